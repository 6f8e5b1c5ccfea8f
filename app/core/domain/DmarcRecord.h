#pragma once

#include "domain/DomainAlignment.h"
#include "domain/RecordSelection.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

namespace Postino {

// A DMARC policy record (RFC 7489 §6.3), the TXT record at _dmarc.DOMAIN, its character-strings joined
// with nothing between. Tags: v=DMARC1 (first), p, sp, adkim, aspf, pct, rua, ruf, fo, rf, ri; from the
// DMARCbis draft (draft-ietf-dmarc-dmarcbis): np (the policy for non-existent subdomains), t (testing,
// which replaces pct) and psd (public suffix domain). Where DMARCbis differs it is said below; this
// parser accepts both, so a record written for either reads without errors. Unknown tags are ignored
// (kept in unknownTags()), as both say. Tag names and keyword values are compared ignoring case.
class DmarcRecord
{
    Q_DECLARE_TR_FUNCTIONS(Postino::DmarcRecord)
public:
    enum class Policy { None, Quarantine, Reject };

    // One rua=/ruf= destination: mailto:ADDRESS[!SIZE[k|m|g|t]].
    struct ReportUri
    {
        QString uri; // as written, without the size
        QString address; // the mailbox, percent-decoded
        QString domain; // its domain, lower case
        quint64 maxBytes = 0; // 0: no limit given
    };

    static DmarcRecord parse(const QString& text);
    // Whether a TXT record is a DMARC record: "v" "=" "DMARC1" then ";" or its end (spaces allowed).
    [[nodiscard]] static bool isDmarcRecord(const QString& text);
    [[nodiscard]] static RecordSelection select(const QList<QStringList>& txtRecords);
    [[nodiscard]] static QString recordName(const QString& domain); // _dmarc.DOMAIN

    // RFC 7489 §7.1: a report destination outside the policy domain's organisational domain must agree
    // with a "v=DMARC1" TXT record at POLICY._report._dmarc.DESTINATION.
    [[nodiscard]] static bool needsExternalAuthorization(const QString& policyDomain, const QString& reportDomain);
    [[nodiscard]] static QString externalReportName(const QString& policyDomain, const QString& reportDomain);
    [[nodiscard]] static bool isExternalAuthorization(const QList<QStringList>& txtRecords);
    // The rua and ruf destinations of this record that need that authorisation.
    [[nodiscard]] QList<ReportUri> externalDestinations(const QString& policyDomain) const;

    [[nodiscard]] bool isValid() const { return m_errors.isEmpty(); }
    [[nodiscard]] const QStringList& errors() const { return m_errors; }
    [[nodiscard]] const QString& text() const { return m_text; }

    // p=. Without one (an error in RFC 7489), receivers act as if p=none when rua= has a valid
    // destination and apply no DMARC otherwise (§6.6.3); DMARCbis says the same.
    [[nodiscard]] bool hasPolicy() const { return m_hasPolicy; }
    [[nodiscard]] Policy policy() const { return m_policy; }
    [[nodiscard]] Policy subdomainPolicy() const { return m_subdomainPolicy; } // sp=, else p
    [[nodiscard]] Policy nonExistentPolicy() const { return m_nonExistentPolicy; } // np= (DMARCbis), else sp
    [[nodiscard]] AlignmentMode dkimAlignment() const { return m_adkim; } // adkim=, default relaxed
    [[nodiscard]] AlignmentMode spfAlignment() const { return m_aspf; } // aspf=, default relaxed
    // pct= (RFC 7489; 100 by default). DMARCbis drops it for t=; a t=y record counts as pct=0 there.
    [[nodiscard]] int percent() const { return m_percent; }
    [[nodiscard]] bool isTesting() const { return m_testing; } // t=y (DMARCbis)
    [[nodiscard]] QString publicSuffixDomain() const { return m_psd; } // psd= y, n or u (DMARCbis); empty
    [[nodiscard]] const QList<ReportUri>& aggregateReports() const { return m_rua; }
    [[nodiscard]] const QList<ReportUri>& failureReports() const { return m_ruf; }
    [[nodiscard]] const QStringList& failureOptions() const { return m_fo; } // fo=, default "0"
    [[nodiscard]] const QStringList& reportFormats() const { return m_rf; } // rf= (dropped by DMARCbis)
    [[nodiscard]] quint32 reportInterval() const { return m_ri; } // ri= seconds (dropped by DMARCbis)
    [[nodiscard]] const QStringList& unknownTags() const { return m_unknown; }

    [[nodiscard]] static QString policyName(Policy policy); // "none", "quarantine", "reject"

private:
    QString m_text;
    QStringList m_errors;
    bool m_hasPolicy = false;
    Policy m_policy = Policy::None;
    Policy m_subdomainPolicy = Policy::None;
    Policy m_nonExistentPolicy = Policy::None;
    AlignmentMode m_adkim = AlignmentMode::Relaxed;
    AlignmentMode m_aspf = AlignmentMode::Relaxed;
    int m_percent = 100;
    bool m_testing = false;
    QString m_psd;
    QList<ReportUri> m_rua;
    QList<ReportUri> m_ruf;
    QStringList m_fo = {QStringLiteral("0")};
    QStringList m_rf = {QStringLiteral("afrf")};
    quint32 m_ri = 86400;
    QStringList m_unknown;
};

} // namespace Postino

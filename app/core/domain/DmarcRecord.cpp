#include "DmarcRecord.h"

#include "domain/PublicSuffixList.h"
#include "domain/TagList.h"

#include <QRegularExpression>
#include <QUrl>

#include <optional>

namespace Postino {

namespace {

std::optional<DmarcRecord::Policy> policyFrom(const QString& value)
{
    const QString v = value.trimmed().toLower();
    if (v == QLatin1String("none"))
        return DmarcRecord::Policy::None;
    if (v == QLatin1String("quarantine"))
        return DmarcRecord::Policy::Quarantine;
    if (v == QLatin1String("reject"))
        return DmarcRecord::Policy::Reject;
    return std::nullopt;
}

bool isDigits(const QString& text)
{
    if (text.isEmpty())
        return false;
    for (const QChar c : text) {
        if (c.unicode() < '0' || c.unicode() > '9')
            return false;
    }
    return true;
}

QStringList colonList(const QString& value)
{
    QStringList out;
    for (const QString& part : value.split(QLatin1Char(':')))
        out.append(part.trimmed());
    return out;
}

// dmarc-uri = URI [ "!" 1*DIGIT [ "k" / "m" / "g" / "t" ] ] (RFC 7489 §6.4), mailto: only.
std::optional<DmarcRecord::ReportUri> parseUri(const QString& text)
{
    DmarcRecord::ReportUri uri;
    QString body = text.trimmed();
    const int bang = body.lastIndexOf(QLatin1Char('!'));
    if (bang >= 0) {
        QString size = body.mid(bang + 1).toLower();
        quint64 unit = 1;
        if (!size.isEmpty() && QStringLiteral("kmgt").contains(size.back())) {
            const int power = QStringLiteral("kmgt").indexOf(size.back()) + 1;
            for (int i = 0; i < power; ++i)
                unit *= 1024;
            size.chop(1);
        }
        if (!isDigits(size) || size.size() > 12)
            return std::nullopt;
        uri.maxBytes = size.toULongLong() * unit;
        body = body.left(bang);
    }
    if (!body.startsWith(QLatin1String("mailto:"), Qt::CaseInsensitive))
        return std::nullopt;
    uri.uri = body;
    QString address = body.mid(7);
    const int query = address.indexOf(QLatin1Char('?'));
    if (query >= 0)
        address = address.left(query);
    address = QUrl::fromPercentEncoding(address.toUtf8());
    const int at = address.lastIndexOf(QLatin1Char('@'));
    if (at <= 0 || at == address.size() - 1)
        return std::nullopt;
    const QString domain = address.mid(at + 1).toLower();
    static const QRegularExpression domainRe(
        QStringLiteral("^([a-z0-9_]([a-z0-9_-]{0,61}[a-z0-9_])?\\.)+[a-z0-9-]{2,63}\\.?$"));
    if (!domainRe.match(domain).hasMatch() || address.contains(QLatin1Char(' ')) || address.contains(QLatin1Char(',')))
        return std::nullopt;
    uri.address = address;
    uri.domain = domain;
    if (uri.domain.endsWith(QLatin1Char('.')))
        uri.domain.chop(1);
    return uri;
}

} // namespace

QString DmarcRecord::policyName(Policy policy)
{
    switch (policy) {
    case Policy::None:
        return QStringLiteral("none");
    case Policy::Quarantine:
        return QStringLiteral("quarantine");
    case Policy::Reject:
        return QStringLiteral("reject");
    }
    return {};
}

bool DmarcRecord::isDmarcRecord(const QString& text)
{
    // RFC 7489's ABNF: the tag's name is a literal, so "V" counts as "v"; DMARC1 is given octet by octet and
    // takes capitals only (as parse() reads it: found by fuzz_dmarc_record, "V=DMARC1; p=none" was valid but
    // not selected, so a domain that publishes it looked as if it had no DMARC record at all).
    static const QRegularExpression re(QStringLiteral("^[ \\t]*[vV][ \\t]*=[ \\t]*DMARC1[ \\t]*(;|$)"));
    return re.match(text).hasMatch();
}

RecordSelection DmarcRecord::select(const QList<QStringList>& txtRecords)
{
    RecordSelection selection;
    for (const QStringList& strings : txtRecords) {
        const QString joined = strings.join(QString());
        if (!isDmarcRecord(joined))
            continue;
        if (++selection.count == 1)
            selection.record = joined;
    }
    selection.outcome = selection.count == 0 ? RecordSelection::Outcome::None
        : selection.count == 1               ? RecordSelection::Outcome::One
                                             : RecordSelection::Outcome::Many;
    if (selection.outcome == RecordSelection::Outcome::Many)
        selection.record.clear();
    return selection;
}

QString DmarcRecord::recordName(const QString& domain)
{
    return QStringLiteral("_dmarc.") + PublicSuffixList::normalized(domain);
}

bool DmarcRecord::needsExternalAuthorization(const QString& policyDomain, const QString& reportDomain)
{
    return !domainsAlign(reportDomain, policyDomain, AlignmentMode::Relaxed);
}

QString DmarcRecord::externalReportName(const QString& policyDomain, const QString& reportDomain)
{
    return PublicSuffixList::normalized(policyDomain) + QStringLiteral("._report._dmarc.")
        + PublicSuffixList::normalized(reportDomain);
}

bool DmarcRecord::isExternalAuthorization(const QList<QStringList>& txtRecords)
{
    for (const QStringList& strings : txtRecords) {
        if (isDmarcRecord(strings.join(QString())))
            return true;
    }
    return false;
}

QList<DmarcRecord::ReportUri> DmarcRecord::externalDestinations(const QString& policyDomain) const
{
    QList<ReportUri> out;
    for (const QList<ReportUri>* list : {&m_rua, &m_ruf}) {
        for (const ReportUri& uri : *list) {
            if (needsExternalAuthorization(policyDomain, uri.domain))
                out.append(uri);
        }
    }
    return out;
}

DmarcRecord DmarcRecord::parse(const QString& text)
{
    DmarcRecord record;
    record.m_text = text;
    const TagList tags = TagList::parse(text, TagList::Names::CaseInsensitive);
    record.m_errors = tags.errors();
    const QList<TagList::Tag>& list = tags.tags();
    if (list.isEmpty() || list.constFirst().name.compare(QLatin1String("v"), Qt::CaseInsensitive) != 0) {
        record.m_errors.prepend(tr("a DMARC record starts with v=DMARC1"));
    } else if (list.constFirst().value != QLatin1String("DMARC1")) {
        record.m_errors.prepend(
            tr("v=%1: a DMARC record starts with v=DMARC1, in capitals").arg(list.constFirst().value));
    } else if (!isDmarcRecord(text)) {
        // The tag list takes any white space before a tag, and RFC 7489 only spaces and tabs: a record that
        // begins with a line break is never selected (select()), so it must not pass as valid either (found by
        // fuzz_dmarc_record: "\nv=DMARC1; p=reject" was valid and not a DMARC record).
        record.m_errors.prepend(tr("a DMARC record starts with v=DMARC1, with nothing but spaces before it"));
    }

    std::optional<Policy> subdomain;
    std::optional<Policy> nonExistent;
    for (int i = 0; i < list.size(); ++i) {
        const QString name = list.at(i).name.toLower();
        const QString value = list.at(i).value.trimmed();
        if (name == QLatin1String("v")) {
            if (i > 0)
                record.m_errors.append(tr("v= must be the first tag"));
        } else if (name == QLatin1String("p") || name == QLatin1String("sp") || name == QLatin1String("np")) {
            const std::optional<Policy> policy = policyFrom(value);
            if (!policy) {
                record.m_errors.append(
                    tr("%1=%2 is not a policy: none, quarantine or reject").arg(list.at(i).name, value));
                continue;
            }
            if (name == QLatin1String("p")) {
                record.m_hasPolicy = true;
                record.m_policy = *policy;
            } else if (name == QLatin1String("sp")) {
                subdomain = policy;
            } else {
                nonExistent = policy;
            }
        } else if (name == QLatin1String("adkim") || name == QLatin1String("aspf")) {
            const QString mode = value.toLower();
            if (mode != QLatin1String("r") && mode != QLatin1String("s")) {
                record.m_errors.append(tr("%1=%2: alignment is r (relaxed) or s (strict)").arg(list.at(i).name, value));
                continue;
            }
            (name == QLatin1String("adkim") ? record.m_adkim : record.m_aspf) =
                mode == QLatin1String("s") ? AlignmentMode::Strict : AlignmentMode::Relaxed;
        } else if (name == QLatin1String("pct")) {
            if (!isDigits(value) || value.size() > 3 || value.toInt() > 100) {
                record.m_errors.append(tr("pct=%1 is not a percentage from 0 to 100").arg(value));
                continue;
            }
            record.m_percent = value.toInt();
        } else if (name == QLatin1String("rua") || name == QLatin1String("ruf")) {
            QList<ReportUri>& uris = name == QLatin1String("rua") ? record.m_rua : record.m_ruf;
            if (value.isEmpty()) {
                record.m_errors.append(
                    tr("%1= is empty: give mailto: addresses or leave the tag out").arg(list.at(i).name));
                continue;
            }
            for (const QString& part : value.split(QLatin1Char(','))) {
                const std::optional<ReportUri> uri = parseUri(part);
                if (!uri) {
                    record.m_errors.append(tr("%1=: “%2” is not a report address: write mailto:name@example.com, "
                                              "optionally with a size limit such as !10m")
                                               .arg(list.at(i).name, part.trimmed()));
                    continue;
                }
                uris.append(*uri);
            }
        } else if (name == QLatin1String("fo")) {
            const QStringList options = colonList(value);
            bool ok = !options.isEmpty();
            for (const QString& option : options) {
                if (option != QLatin1String("0") && option != QLatin1String("1")
                    && option.toLower() != QLatin1String("d") && option.toLower() != QLatin1String("s"))
                    ok = false;
            }
            if (!ok) {
                record.m_errors.append(tr("fo=%1: the failure options are 0, 1, d and s, separated by “:”").arg(value));
                continue;
            }
            record.m_fo = options;
        } else if (name == QLatin1String("rf")) {
            const QStringList formats = colonList(value);
            bool ok = !formats.isEmpty();
            for (const QString& format : formats) {
                if (format.toLower() != QLatin1String("afrf"))
                    ok = false;
            }
            if (!ok) {
                record.m_errors.append(tr("rf=%1: the only failure report format is afrf").arg(value));
                continue;
            }
            record.m_rf = formats;
        } else if (name == QLatin1String("ri")) {
            bool ok = isDigits(value) && value.size() <= 10;
            const quint64 seconds = ok ? value.toULongLong() : 0;
            if (!ok || seconds > 0xffffffffULL) {
                record.m_errors.append(tr("ri=%1 is not a number of seconds").arg(value));
                continue;
            }
            record.m_ri = static_cast<quint32>(seconds);
        } else if (name == QLatin1String("t")) {
            const QString flag = value.toLower();
            if (flag != QLatin1String("y") && flag != QLatin1String("n")) {
                record.m_errors.append(tr("t=%1: testing is y or n").arg(value));
                continue;
            }
            record.m_testing = flag == QLatin1String("y");
        } else if (name == QLatin1String("psd")) {
            const QString flag = value.toLower();
            if (flag != QLatin1String("y") && flag != QLatin1String("n") && flag != QLatin1String("u")) {
                record.m_errors.append(tr("psd=%1 is y, n or u").arg(value));
                continue;
            }
            record.m_psd = flag;
        } else {
            record.m_unknown.append(list.at(i).name);
        }
    }
    if (!record.m_hasPolicy) {
        record.m_errors.append(tr("the record has no p= policy: receivers treat it as p=none when rua= has a valid "
                                  "address, and ignore it otherwise"));
    }
    record.m_subdomainPolicy = subdomain.value_or(record.m_policy);
    record.m_nonExistentPolicy = nonExistent.value_or(record.m_subdomainPolicy);
    return record;
}

} // namespace Postino

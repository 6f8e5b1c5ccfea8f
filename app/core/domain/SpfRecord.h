#pragma once

#include "domain/RecordSelection.h"
#include "domain/SpfMacro.h"

#include <QCoreApplication>
#include <QHostAddress>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace Postino {

// One syntax error of an SPF record: the term, where it starts in the record (0-based), where the
// problem is, and what is wrong (translated).
struct SpfSyntaxError
{
    QString term;
    int position = 0; // the offset of the problem in the record
    QString message;

    // "“ip4:192.0.2.0/33” (character 12): the prefix length /33 is larger than 32", translated.
    [[nodiscard]] QString describe() const;
};

// One term of an SPF record (RFC 7208 §4.6.1, §12): a mechanism with its qualifier, or a modifier.
struct SpfTerm
{
    enum class Kind { Mechanism, Modifier };
    enum class Mechanism { All, Include, A, Mx, Ptr, Ip4, Ip6, Exists };
    enum class Qualifier { Pass, Fail, SoftFail, Neutral };

    Kind kind = Kind::Mechanism;
    Mechanism mechanism = Mechanism::All;
    Qualifier qualifier = Qualifier::Pass;
    bool explicitQualifier = false;
    SpfMacroString domainSpec; // include, a, mx, ptr, exists; empty: the current domain (a, mx, ptr)
    QHostAddress network; // ip4, ip6
    int ip4Prefix = -1; // -1: none given (32 for ip4, a, mx)
    int ip6Prefix = -1; // -1: none given (128)
    QString name; // a modifier's name, lower case
    SpfMacroString value; // a modifier's value
    QString text; // the term as written
    int position = 0; // its offset in the record

    [[nodiscard]] bool causesDnsLookup() const;
    [[nodiscard]] static QString mechanismName(Mechanism mechanism);
};

// An SPF record, parsed (RFC 7208 §4.6, §12 ABNF). Every syntax error is kept, in order; a record with
// any error is a permerror for receivers.
class SpfRecord
{
    Q_DECLARE_TR_FUNCTIONS(Postino::SpfRecord)
public:
    SpfRecord() = default;
    static SpfRecord parse(const QString& text);

    // Whether a TXT record (its strings joined) is an SPF record: "v=spf1" then a space or its end.
    [[nodiscard]] static bool isSpfRecord(const QString& text);
    // Each TXT record as its character-strings, as DNS gave them; they are joined with nothing between
    // (RFC 7208 §3.3) before the choice.
    [[nodiscard]] static RecordSelection select(const QList<QStringList>& txtRecords);

    [[nodiscard]] bool isValid() const { return m_errors.isEmpty(); }
    [[nodiscard]] const QList<SpfSyntaxError>& errors() const { return m_errors; }
    [[nodiscard]] const QString& text() const { return m_text; }
    [[nodiscard]] const QList<SpfTerm>& terms() const { return m_terms; }
    [[nodiscard]] QList<SpfTerm> mechanisms() const;
    [[nodiscard]] std::optional<SpfTerm> redirect() const;
    [[nodiscard]] std::optional<SpfTerm> explanation() const;
    [[nodiscard]] std::optional<SpfTerm> allMechanism() const;

private:
    void parseTerm(const QString& term, int position);
    void addError(const QString& term, int position, QString message);

    QString m_text;
    QList<SpfTerm> m_terms;
    QList<SpfSyntaxError> m_errors;
};

} // namespace Postino

#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QString>
#include <QStringList>

namespace Postino {

// An MTA-STS policy (RFC 8461 §3.2), the text/plain file at https://mta-sts.DOMAIN/.well-known/mta-sts.txt:
// "key: value" lines ended by LF or CRLF. version must be STSv1; mode enforce, testing or none; max_age
// seconds, at most 31557600 (one year); one mx line per pattern (a host name, or "*." and a name for
// exactly one more label in front), at least one unless mode is none. Unknown keys are ignored, as the RFC
// says; anything else that does not fit (a missing or repeated field, a bad value, a line without ":", a
// file over 64 KiB) is an error, and a policy with errors is not valid: senders treat it as absent.
class MtaStsPolicy
{
    Q_DECLARE_TR_FUNCTIONS(Postino::MtaStsPolicy)
public:
    enum class Mode { Enforce, Testing, None };

    static constexpr qint64 kMaxAge = 31557600; // RFC 8461 §3.2
    static constexpr qint64 kShortestSensibleAge = 86400; // below a day, a policy protects little
    static constexpr qsizetype kMaxBytes = 64 * 1024; // RFC 8461 §3.3

    static MtaStsPolicy parse(const QByteArray& text);
    // The id= of an MTA-STS TXT record ("v=STSv1; id=20240101"); empty when it has none or it is not
    // 1 to 32 letters and digits.
    [[nodiscard]] static QString recordId(const QString& record);
    // Whether host matches pattern (RFC 8461 §4.1): case-insensitive, without a final dot; "*.example.com"
    // matches "mx.example.com" but neither "example.com" nor "a.mx.example.com".
    [[nodiscard]] static bool patternMatches(const QString& pattern, const QString& host);

    [[nodiscard]] bool isValid() const { return m_errors.isEmpty(); }
    [[nodiscard]] const QStringList& errors() const { return m_errors; } // translated, one per problem
    [[nodiscard]] Mode mode() const { return m_mode; }
    [[nodiscard]] static QString modeName(Mode mode); // "enforce", "testing", "none"
    [[nodiscard]] qint64 maxAge() const { return m_maxAge; }
    [[nodiscard]] const QStringList& mxPatterns() const { return m_mx; }
    // Whether host matches one of the mx patterns.
    [[nodiscard]] bool allows(const QString& host) const;

private:
    QStringList m_errors;
    Mode m_mode = Mode::None;
    qint64 m_maxAge = 0;
    QStringList m_mx;
};

} // namespace Postino

#include "SmtpTypes.h"

#include <QCryptographicHash>
#include <QRegularExpression>

namespace Postino {

QString securityName(Security s)
{
    switch (s) {
    case Security::Tls:
        return QStringLiteral("tls");
    case Security::StartTls:
        return QStringLiteral("starttls");
    case Security::None:
        return QStringLiteral("none");
    }
    return {};
}

std::optional<Security> securityFromName(const QString& name)
{
    const QString n = name.trimmed().toLower();
    if (n == QLatin1String("tls") || n == QLatin1String("ssl"))
        return Security::Tls;
    if (n == QLatin1String("starttls"))
        return Security::StartTls;
    if (n == QLatin1String("none") || n == QLatin1String("plain"))
        return Security::None;
    return std::nullopt;
}

namespace {
struct MechanismName
{
    AuthMechanism mechanism;
    const char* name;
};
constexpr MechanismName mechanismNames[] = {
    {AuthMechanism::Auto, "AUTO"},
    {AuthMechanism::None, "NONE"},
    {AuthMechanism::Plain, "PLAIN"},
    {AuthMechanism::Login, "LOGIN"},
    {AuthMechanism::CramMd5, "CRAM-MD5"},
    {AuthMechanism::XOAuth2, "XOAUTH2"},
    {AuthMechanism::OAuthBearer, "OAUTHBEARER"},
    {AuthMechanism::ScramSha256, "SCRAM-SHA-256"},
};
} // namespace

QString authMechanismName(AuthMechanism m)
{
    for (const auto& entry : mechanismNames) {
        if (entry.mechanism == m)
            return QLatin1String(entry.name);
    }
    return {};
}

std::optional<AuthMechanism> authMechanismFromName(const QString& name)
{
    const QString n = name.trimmed().toUpper();
    for (const auto& entry : mechanismNames) {
        if (n == QLatin1String(entry.name))
            return entry.mechanism;
    }
    return std::nullopt;
}

SmtpTimeouts SmtpTimeouts::uniform(qint64 msec)
{
    SmtpTimeouts t;
    t.connect = t.greeting = t.command = t.mail = t.rcpt = t.data = t.dataBlock = t.dataTerm = msec;
    return t;
}

QString SmtpReply::toString() const
{
    QString text = QString::number(code);
    if (!enhanced.isEmpty())
        text += QLatin1Char(' ') + QString::fromLatin1(enhanced);
    for (const QByteArray& line : lines) {
        if (!line.isEmpty())
            text += QLatin1Char(' ') + QString::fromUtf8(line);
    }
    return text;
}

Capabilities Capabilities::fromEhlo(const SmtpReply& ehlo)
{
    Capabilities caps;
    caps.esmtp = true;
    if (!ehlo.lines.isEmpty()) {
        const QStringList first = QString::fromUtf8(ehlo.lines.first()).split(QLatin1Char(' '), Qt::SkipEmptyParts);
        if (!first.isEmpty())
            caps.serverName = first.first();
    }
    for (qsizetype i = 1; i < ehlo.lines.size(); ++i) {
        const QString line = QString::fromUtf8(ehlo.lines.at(i)).trimmed();
        if (line.isEmpty())
            continue;
        caps.raw.append(line);
        // "AUTH=PLAIN LOGIN" is the pre-standard form some servers still send.
        const QStringList words = line.split(QRegularExpression(QStringLiteral("[ =]")), Qt::SkipEmptyParts);
        const QString keyword = words.first().toUpper();
        if (keyword == QLatin1String("STARTTLS")) {
            caps.startTls = true;
        } else if (keyword == QLatin1String("PIPELINING")) {
            caps.pipelining = true;
        } else if (keyword == QLatin1String("8BITMIME")) {
            caps.eightBitMime = true;
        } else if (keyword == QLatin1String("SMTPUTF8")) {
            caps.smtpUtf8 = true;
        } else if (keyword == QLatin1String("ENHANCEDSTATUSCODES")) {
            caps.enhancedStatusCodes = true;
        } else if (keyword == QLatin1String("DSN")) {
            caps.dsn = true;
        } else if (keyword == QLatin1String("CHUNKING")) {
            caps.chunking = true;
        } else if (keyword == QLatin1String("SIZE")) {
            caps.size = true;
            if (words.size() > 1) {
                bool ok = false;
                const qint64 limit = words.at(1).toLongLong(&ok);
                if (ok && limit > 0)
                    caps.maxSize = limit;
            }
        } else if (keyword == QLatin1String("AUTH")) {
            for (qsizetype w = 1; w < words.size(); ++w) {
                const QString mechanism = words.at(w).toUpper();
                if (!caps.authMechanisms.contains(mechanism))
                    caps.authMechanisms.append(mechanism);
            }
        }
    }
    return caps;
}

QByteArray CertificateInfo::normalisedPin(const QByteArray& pin)
{
    QByteArray out = pin.trimmed().toLower();
    out.replace(":", "");
    if (out.startsWith("sha256/"))
        out = out.mid(7);
    return out;
}

CertificateInfo CertificateInfo::from(const QSslCertificate& certificate)
{
    CertificateInfo info;
    if (certificate.isNull())
        return info;
    // "CN=name" as people know it from openssl; the display name when there is no CN.
    const QStringList subjectCn = certificate.subjectInfo(QSslCertificate::CommonName);
    info.subject = subjectCn.isEmpty() ? certificate.subjectDisplayName()
                                       : QStringLiteral("CN=") + subjectCn.join(QLatin1String(", "));
    const QStringList issuerCn = certificate.issuerInfo(QSslCertificate::CommonName);
    info.issuer = issuerCn.isEmpty() ? certificate.issuerDisplayName()
                                     : QStringLiteral("CN=") + issuerCn.join(QLatin1String(", "));
    info.notBefore = certificate.effectiveDate().toUTC();
    info.notAfter = certificate.expiryDate().toUTC();
    info.sha256 = certificate.digest(QCryptographicHash::Sha256).toHex();
    const auto alternates = certificate.subjectAlternativeNames();
    for (auto it = alternates.cbegin(); it != alternates.cend(); ++it)
        info.subjectAltNames.append(it.value());
    return info;
}

QString smtpFailureName(SmtpFailure f)
{
    switch (f) {
    case SmtpFailure::None:
        return QStringLiteral("ok");
    case SmtpFailure::HostNotFound:
    case SmtpFailure::ConnectionRefused:
        return QStringLiteral("refused");
    case SmtpFailure::Timeout:
        return QStringLiteral("timeout");
    case SmtpFailure::ConnectionLost:
        return QStringLiteral("connection-lost");
    case SmtpFailure::TlsHandshake:
        return QStringLiteral("tls-error");
    case SmtpFailure::Certificate:
        return QStringLiteral("cert-error");
    case SmtpFailure::NoStartTls:
    case SmtpFailure::StartTlsRefused:
        return QStringLiteral("no-starttls");
    case SmtpFailure::ProtocolError:
        return QStringLiteral("protocol-error");
    case SmtpFailure::AuthFailed:
        return QStringLiteral("auth-failed");
    case SmtpFailure::AuthUnsupported:
    case SmtpFailure::AuthInsecure:
        return QStringLiteral("auth-unsupported");
    case SmtpFailure::ServiceUnavailable:
        return QStringLiteral("service-unavailable");
    case SmtpFailure::TransientReply:
        return QStringLiteral("transient-reply");
    case SmtpFailure::PermanentReply:
        return QStringLiteral("permanent-reply");
    case SmtpFailure::MessageTooLarge:
        return QStringLiteral("message-too-large");
    case SmtpFailure::NeedsSmtpUtf8:
        return QStringLiteral("needs-smtputf8");
    case SmtpFailure::OutcomeUnknown:
        return QStringLiteral("outcome-unknown");
    case SmtpFailure::LocalIo:
        return QStringLiteral("local-io");
    case SmtpFailure::Cancelled:
        return QStringLiteral("cancelled");
    case SmtpFailure::EightBitUnsupported:
        return QStringLiteral("needs-8bitmime");
    case SmtpFailure::InvalidAddress:
        return QStringLiteral("invalid-address");
    }
    return QStringLiteral("unknown");
}

QString recipientStateName(RecipientState s)
{
    switch (s) {
    case RecipientState::Pending:
        return QStringLiteral("pending");
    case RecipientState::Accepted:
        return QStringLiteral("accepted");
    case RecipientState::Delivered:
        return QStringLiteral("delivered");
    case RecipientState::TemporaryFailure:
        return QStringLiteral("temporary-failure");
    case RecipientState::PermanentFailure:
        return QStringLiteral("permanent-failure");
    case RecipientState::NotAttempted:
        return QStringLiteral("not-attempted");
    }
    return QStringLiteral("unknown");
}

} // namespace Postino

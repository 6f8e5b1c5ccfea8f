#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>

// Building blocks for FakeSmtpServer scripts, so that rows show only what differs.
namespace Postino::Test::Script {

inline QString s(const char* line)
{
    return QStringLiteral("S: ") + QString::fromUtf8(line);
}

inline QString c(const char* line)
{
    return QStringLiteral("C: ") + QString::fromUtf8(line);
}

// "S: 250-smtp.test" then the capabilities, the last one with "250 ".
inline QStringList ehloReply(const QStringList& capabilities)
{
    QStringList lines;
    if (capabilities.isEmpty())
        return {QStringLiteral("S: 250 smtp.test")};
    lines << QStringLiteral("S: 250-smtp.test");
    for (qsizetype i = 0; i < capabilities.size(); ++i)
        lines << (i + 1 == capabilities.size() ? QStringLiteral("S: 250 ") : QStringLiteral("S: 250-"))
                + capabilities.at(i);
    return lines;
}

// The greeting, EHLO (the client's HELO name is "client.test" in the tests) and its reply.
inline QStringList greet(const QStringList& capabilities)
{
    return QStringList {QStringLiteral("S: 220 smtp.test ESMTP Postino fake"), QStringLiteral("C: EHLO client.test")}
    + ehloReply(capabilities);
}

// STARTTLS accepted, TLS with the given certificate, and EHLO again.
inline QStringList startTls(const QStringList& capabilitiesAfter, const QString& certificate = QStringLiteral("valid"))
{
    return QStringList {QStringLiteral("C: STARTTLS"), QStringLiteral("S: 220 2.0.0 go ahead"),
                        QStringLiteral("TLS ") + certificate, QStringLiteral("C: EHLO client.test")}
    + ehloReply(capabilitiesAfter);
}

// Implicit TLS: the handshake first, then the greeting.
inline QStringList greetTls(const QStringList& capabilities, const QString& certificate = QStringLiteral("valid"))
{
    return QStringList {QStringLiteral("TLS ") + certificate} + greet(capabilities);
}

inline QStringList authPlain(const QByteArray& user = "ada", const QByteArray& password = "secret")
{
    return {QStringLiteral("C: AUTH PLAIN ")
                + QString::fromLatin1(QByteArray('\0' + user + '\0' + password).toBase64()),
            QStringLiteral("S: 235 2.7.0 Authentication successful")};
}

// MAIL, one RCPT each, DATA, the message, 250.
inline QStringList transaction(const QString& from, const QStringList& to)
{
    QStringList lines {QStringLiteral("C: MAIL FROM:<%1>*").arg(from), QStringLiteral("S: 250 2.1.0 Ok")};
    for (const QString& r : to)
        lines << QStringLiteral("C: RCPT TO:<%1>*").arg(r) << QStringLiteral("S: 250 2.1.5 Ok");
    lines << QStringLiteral("C: DATA") << QStringLiteral("S: 354 End data with <CR><LF>.<CR><LF>")
          << QStringLiteral("DATA") << QStringLiteral("S: 250 2.0.0 Ok: queued as 1");
    return lines;
}

inline QStringList quit()
{
    return {QStringLiteral("C: QUIT"), QStringLiteral("S: 221 2.0.0 Bye"), QStringLiteral("CLOSE")};
}

} // namespace Postino::Test::Script

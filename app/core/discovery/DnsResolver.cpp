#include "DnsResolver.h"

#include <QRegularExpression>

namespace Postino {

std::optional<NameServer> NameServer::parse(const QString& text)
{
    const QString trimmed = text.trimmed();
    QString host = trimmed;
    QString port;
    if (trimmed.startsWith(QLatin1Char('['))) {
        const auto close = trimmed.indexOf(QLatin1Char(']'));
        if (close < 0)
            return std::nullopt;
        host = trimmed.mid(1, close - 1);
        const QString rest = trimmed.mid(close + 1);
        if (!rest.isEmpty()) {
            if (!rest.startsWith(QLatin1Char(':')))
                return std::nullopt;
            port = rest.mid(1);
            if (port.isEmpty())
                return std::nullopt;
        }
        if (QHostAddress(host).protocol() != QAbstractSocket::IPv6Protocol)
            return std::nullopt;
    } else if (trimmed.count(QLatin1Char(':')) == 1) {
        const auto colon = trimmed.indexOf(QLatin1Char(':'));
        host = trimmed.left(colon);
        port = trimmed.mid(colon + 1);
        if (port.isEmpty() || QHostAddress(host).protocol() != QAbstractSocket::IPv4Protocol)
            return std::nullopt;
    }
    const QHostAddress address(host);
    if (address.isNull() || !address.scopeId().isEmpty())
        return std::nullopt;
    // Four decimal parts: QHostAddress would also take inet_aton's "127.1" or "1.2.3", a typo here.
    static const QRegularExpression dottedQuad(QStringLiteral("^\\d{1,3}(\\.\\d{1,3}){3}$"));
    if (address.protocol() == QAbstractSocket::IPv4Protocol && !dottedQuad.match(host).hasMatch())
        return std::nullopt;
    NameServer server {address, 53};
    if (!port.isEmpty()) {
        for (const QChar c : port) {
            if (!c.isDigit() || c.unicode() > '9')
                return std::nullopt;
        }
        bool ok = false;
        const uint number = port.toUInt(&ok);
        if (!ok || number == 0 || number > 65535)
            return std::nullopt;
        server.port = static_cast<quint16>(number);
    }
    return server;
}

QString NameServer::toString() const
{
    const QString host = address.protocol() == QAbstractSocket::IPv6Protocol
        ? QLatin1Char('[') + address.toString() + QLatin1Char(']')
        : address.toString();
    return host + QLatin1Char(':') + QString::number(port);
}

QByteArray TxtRecord::joined() const
{
    QByteArray all;
    for (const QByteArray& string : strings)
        all += string;
    return all;
}

QString TxtRecord::text() const
{
    return QString::fromUtf8(joined());
}

QString dnssecStatusName(DnssecStatus status)
{
    switch (status) {
    case DnssecStatus::Secure:
        return QStringLiteral("secure");
    case DnssecStatus::Insecure:
        return QStringLiteral("insecure");
    case DnssecStatus::Bogus:
        return QStringLiteral("bogus");
    case DnssecStatus::Indeterminate:
        break;
    }
    return QStringLiteral("indeterminate");
}

QString dnsOutcomeName(DnsOutcome outcome)
{
    switch (outcome) {
    case DnsOutcome::Records:
        return QStringLiteral("records");
    case DnsOutcome::NoData:
        return QStringLiteral("nodata");
    case DnsOutcome::NxDomain:
        return QStringLiteral("nxdomain");
    case DnsOutcome::ServerFailure:
        return QStringLiteral("servfail");
    case DnsOutcome::TimedOut:
        break;
    }
    return QStringLiteral("timeout");
}

} // namespace Postino

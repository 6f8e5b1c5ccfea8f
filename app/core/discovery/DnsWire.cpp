#include "DnsWire.h"

#include <QUrl>

namespace Postino::DnsWire {

namespace {

quint16 read16(const QByteArray& data, int pos)
{
    return static_cast<quint16>((static_cast<quint8>(data.at(pos)) << 8) | static_cast<quint8>(data.at(pos + 1)));
}

bool plainByte(quint8 c)
{
    return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-' || c == '_';
}

// Reads an uncompressed name at pos (advanced past it); nullopt on a bad length, a compression pointer
// or a name longer than 255 bytes.
std::optional<QString> readName(const QByteArray& data, int& pos)
{
    QString text;
    int wireLength = 0;
    while (true) {
        if (pos >= data.size())
            return std::nullopt;
        const int length = static_cast<quint8>(data.at(pos));
        ++pos;
        ++wireLength;
        if (length == 0)
            break;
        if (length > 63 || pos + length > data.size())
            return std::nullopt;
        wireLength += length;
        if (wireLength > 255)
            return std::nullopt;
        if (!text.isEmpty())
            text += QLatin1Char('.');
        for (int i = 0; i < length; ++i) {
            quint8 c = static_cast<quint8>(data.at(pos + i));
            if (c >= 'A' && c <= 'Z')
                c = static_cast<quint8>(c - 'A' + 'a');
            if (plainByte(c))
                text += QLatin1Char(static_cast<char>(c));
            else if (c > 0x20 && c < 0x7f)
                text += QLatin1Char('\\') + QLatin1Char(static_cast<char>(c));
            else
                text += QStringLiteral("\\%1").arg(c, 3, 10, QLatin1Char('0'));
        }
        pos += length;
    }
    return text.isEmpty() ? QStringLiteral(".") : text;
}

} // namespace

QString typeName(quint16 type)
{
    switch (type) {
    case A:
        return QStringLiteral("A");
    case Cname:
        return QStringLiteral("CNAME");
    case Ptr:
        return QStringLiteral("PTR");
    case Mx:
        return QStringLiteral("MX");
    case Txt:
        return QStringLiteral("TXT");
    case Aaaa:
        return QStringLiteral("AAAA");
    case Srv:
        return QStringLiteral("SRV");
    case Tlsa:
        return QStringLiteral("TLSA");
    }
    return QStringLiteral("TYPE%1").arg(type);
}

std::optional<MxRecord> parseMx(const QByteArray& rdata)
{
    if (rdata.size() < 3)
        return std::nullopt;
    int pos = 2;
    const std::optional<QString> exchange = readName(rdata, pos);
    if (!exchange || pos != rdata.size())
        return std::nullopt;
    return MxRecord {*exchange, read16(rdata, 0)};
}

std::optional<SrvRecord> parseSrv(const QByteArray& rdata)
{
    if (rdata.size() < 7)
        return std::nullopt;
    int pos = 6;
    const std::optional<QString> target = readName(rdata, pos);
    if (!target || pos != rdata.size())
        return std::nullopt;
    return SrvRecord {*target, read16(rdata, 4), read16(rdata, 0), read16(rdata, 2)};
}

std::optional<TxtRecord> parseTxt(const QByteArray& rdata)
{
    // One or more <length><bytes> character-strings filling the RDATA exactly (RFC 1035 section 3.3.14).
    if (rdata.isEmpty())
        return std::nullopt;
    TxtRecord record;
    int pos = 0;
    while (pos < rdata.size()) {
        const int length = static_cast<quint8>(rdata.at(pos));
        ++pos;
        if (pos + length > rdata.size())
            return std::nullopt;
        record.strings.append(rdata.mid(pos, length));
        pos += length;
    }
    return record;
}

std::optional<QHostAddress> parseA(const QByteArray& rdata)
{
    if (rdata.size() != 4)
        return std::nullopt;
    const auto* bytes = reinterpret_cast<const quint8*>(rdata.constData());
    return QHostAddress((quint32(bytes[0]) << 24) | (quint32(bytes[1]) << 16) | (quint32(bytes[2]) << 8)
                        | quint32(bytes[3]));
}

std::optional<QHostAddress> parseAaaa(const QByteArray& rdata)
{
    if (rdata.size() != 16)
        return std::nullopt;
    Q_IPV6ADDR address;
    for (int i = 0; i < 16; ++i)
        address[i] = static_cast<quint8>(rdata.at(i));
    return QHostAddress(address);
}

std::optional<TlsaRecord> parseTlsa(const QByteArray& rdata)
{
    if (rdata.size() < 4) // usage, selector, matching type and at least one byte of data
        return std::nullopt;
    return TlsaRecord {static_cast<quint8>(rdata.at(0)), static_cast<quint8>(rdata.at(1)),
                       static_cast<quint8>(rdata.at(2)), rdata.mid(3)};
}

std::optional<QString> parseName(const QByteArray& rdata)
{
    int pos = 0;
    std::optional<QString> name = readName(rdata, pos);
    if (!name || pos != rdata.size())
        return std::nullopt;
    return name;
}

std::optional<QByteArray> queryName(const QString& name)
{
    QString text = name;
    if (text.endsWith(QLatin1Char('.')))
        text.chop(1);
    if (text.isEmpty())
        return std::nullopt;
    QByteArray ascii;
    const QStringList labels = text.split(QLatin1Char('.'));
    for (const QString& label : labels) {
        if (label.isEmpty())
            return std::nullopt;
        QByteArray part;
        bool plain = true;
        for (const QChar c : label) {
            if (c.unicode() > 0x7e)
                plain = false;
            else if (c.unicode() <= 0x20 || c == QLatin1Char('\\'))
                return std::nullopt;
        }
        part = plain ? label.toLatin1() : QUrl::toAce(label);
        if (part.isEmpty() || part.size() > 63)
            return std::nullopt;
        if (!ascii.isEmpty())
            ascii += '.';
        ascii += part;
    }
    if (ascii.size() > 253)
        return std::nullopt;
    return ascii;
}

QString reverseName(const QHostAddress& address)
{
    bool isV4 = false;
    const quint32 v4 = address.toIPv4Address(&isV4);
    if (isV4) {
        return QStringLiteral("%1.%2.%3.%4.in-addr.arpa")
            .arg(v4 & 0xff)
            .arg((v4 >> 8) & 0xff)
            .arg((v4 >> 16) & 0xff)
            .arg((v4 >> 24) & 0xff);
    }
    if (address.protocol() != QAbstractSocket::IPv6Protocol)
        return {};
    const Q_IPV6ADDR v6 = address.toIPv6Address();
    static const char digits[] = "0123456789abcdef";
    QString name;
    for (int i = 15; i >= 0; --i) {
        name += QLatin1Char(digits[v6[i] & 0x0f]) + QLatin1Char('.');
        name += QLatin1Char(digits[v6[i] >> 4]) + QLatin1Char('.');
    }
    return name + QStringLiteral("ip6.arpa");
}

} // namespace Postino::DnsWire

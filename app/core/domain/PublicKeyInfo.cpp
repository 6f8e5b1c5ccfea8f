#include "PublicKeyInfo.h"

#include <QStringList>

namespace Postino {

namespace {

constexpr quint8 kInteger = 0x02;
constexpr quint8 kBitString = 0x03;
constexpr quint8 kObjectId = 0x06;
constexpr quint8 kSequence = 0x30;

// One DER element: its tag and where its contents are in the buffer.
struct Element
{
    quint8 tag = 0;
    int contentStart = 0;
    int contentLength = 0;
    [[nodiscard]] int end() const { return contentStart + contentLength; }
};

class DerReader
{
public:
    DerReader(const QByteArray& data, int start, int end)
        : m_data(data)
        , m_pos(start)
        , m_end(end)
    { }

    [[nodiscard]] bool atEnd() const { return m_pos >= m_end; }

    bool next(Element* element)
    {
        if (m_end - m_pos < 2)
            return false;
        element->tag = byte(m_pos++);
        const quint8 first = byte(m_pos++);
        qint64 length = 0;
        if (first < 0x80) {
            length = first;
        } else {
            const int count = first & 0x7f;
            if (count == 0 || count > 4 || m_end - m_pos < count)
                return false; // indefinite or absurd lengths are not DER
            for (int i = 0; i < count; ++i)
                length = (length << 8) | byte(m_pos++);
        }
        if (length > m_end - m_pos)
            return false;
        element->contentStart = m_pos;
        element->contentLength = static_cast<int>(length);
        m_pos += element->contentLength;
        return true;
    }

private:
    [[nodiscard]] quint8 byte(int at) const { return static_cast<quint8>(m_data.at(at)); }
    const QByteArray& m_data;
    int m_pos;
    int m_end;
};

QString oidText(const QByteArray& data, const Element& e)
{
    if (e.contentLength == 0)
        return {};
    QStringList parts;
    quint64 value = 0;
    bool firstDone = false;
    for (int i = e.contentStart; i < e.end(); ++i) {
        const quint8 b = static_cast<quint8>(data.at(i));
        value = (value << 7) | (b & 0x7f);
        if (b & 0x80)
            continue;
        if (!firstDone) {
            const quint64 a = value < 80 ? value / 40 : 2;
            parts << QString::number(a) << QString::number(value - a * 40);
            firstDone = true;
        } else {
            parts << QString::number(value);
        }
        value = 0;
    }
    return parts.join(QLatin1Char('.'));
}

// The bit length of an unsigned big-endian integer's contents (a leading 0x00 is the sign byte).
int integerBits(const QByteArray& data, const Element& e)
{
    int i = e.contentStart;
    while (i < e.end() && data.at(i) == 0)
        ++i;
    if (i >= e.end())
        return 0;
    int bits = (e.end() - i - 1) * 8;
    for (quint8 top = static_cast<quint8>(data.at(i)); top; top >>= 1)
        ++bits;
    return bits;
}

// RSAPublicKey ::= SEQUENCE { modulus INTEGER, publicExponent INTEGER }; returns the modulus's bits.
int rsaModulusBits(const QByteArray& data, int start, int end)
{
    DerReader outer(data, start, end);
    Element seq;
    if (!outer.next(&seq) || seq.tag != kSequence || !outer.atEnd())
        return -1;
    DerReader inner(data, seq.contentStart, seq.end());
    Element modulus;
    Element exponent;
    if (!inner.next(&modulus) || modulus.tag != kInteger || !inner.next(&exponent) || exponent.tag != kInteger
        || !inner.atEnd())
        return -1;
    if (modulus.contentLength > 0 && (static_cast<quint8>(data.at(modulus.contentStart)) & 0x80))
        return -1; // a negative modulus
    return integerBits(data, modulus);
}

} // namespace

PublicKeyInfo PublicKeyInfo::fromDer(const QByteArray& der)
{
    PublicKeyInfo info;
    DerReader top(der, 0, der.size());
    Element outer;
    if (!top.next(&outer) || outer.tag != kSequence || !top.atEnd()) {
        info.error = tr("the key is not a DER-encoded public key");
        return info;
    }
    DerReader body(der, outer.contentStart, outer.end());
    Element first;
    if (!body.next(&first)) {
        info.error = tr("the key is not a DER-encoded public key");
        return info;
    }
    if (first.tag == kInteger) {
        // A bare PKCS#1 RSAPublicKey.
        const int bits = rsaModulusBits(der, 0, der.size());
        if (bits <= 0) {
            info.error = tr("the RSA key is damaged: its modulus and exponent cannot be read");
            return info;
        }
        info.algorithm = Algorithm::Rsa;
        info.format = Format::Pkcs1;
        info.bits = bits;
        return info;
    }
    Element keyBits;
    if (first.tag != kSequence || !body.next(&keyBits) || keyBits.tag != kBitString || !body.atEnd()
        || keyBits.contentLength < 1) {
        info.error = tr("the key is not a DER-encoded public key");
        return info;
    }
    DerReader algorithm(der, first.contentStart, first.end());
    Element oid;
    if (!algorithm.next(&oid) || oid.tag != kObjectId) {
        info.error = tr("the key does not say its algorithm");
        return info;
    }
    info.algorithmOid = oidText(der, oid);
    if (der.at(keyBits.contentStart) != 0) {
        info.error = tr("the key's bit string has unused bits");
        return info;
    }
    const int keyStart = keyBits.contentStart + 1;
    if (info.algorithmOid == QLatin1String("1.2.840.113549.1.1.1")) {
        const int bits = rsaModulusBits(der, keyStart, keyBits.end());
        if (bits <= 0) {
            info.error = tr("the RSA key is damaged: its modulus and exponent cannot be read");
            return info;
        }
        info.algorithm = Algorithm::Rsa;
        info.bits = bits;
        return info;
    }
    if (info.algorithmOid == QLatin1String("1.3.101.112")) {
        if (keyBits.end() - keyStart != 32) {
            info.error = tr("an Ed25519 key is 32 bytes; this one is %1").arg(keyBits.end() - keyStart);
            return info;
        }
        info.algorithm = Algorithm::Ed25519;
        info.bits = 256;
        return info;
    }
    info.error = tr("the key's algorithm %1 is neither RSA nor Ed25519").arg(info.algorithmOid);
    return info;
}

} // namespace Postino

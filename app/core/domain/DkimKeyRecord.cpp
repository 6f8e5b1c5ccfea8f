#include "DkimKeyRecord.h"

#include "domain/PublicKeyInfo.h"
#include "domain/TagList.h"

#include <QByteArray>

namespace Postino {

namespace {

QStringList colonList(const QString& value)
{
    QStringList out;
    for (const QString& part : value.split(QLatin1Char(':'))) {
        const QString item = part.trimmed();
        if (!item.isEmpty())
            out.append(item);
    }
    return out;
}

QString withoutWhitespace(const QString& value)
{
    QString out;
    out.reserve(value.size());
    for (const QChar c : value) {
        if (!c.isSpace())
            out.append(c);
    }
    return out;
}

} // namespace

QString DkimKeyRecord::recordName(const QString& selector, const QString& domain)
{
    QString d = domain;
    while (d.endsWith(QLatin1Char('.')))
        d.chop(1);
    return selector + QStringLiteral("._domainkey.") + d;
}

DkimKeyRecord DkimKeyRecord::parse(const QString& text)
{
    DkimKeyRecord record;
    const TagList tags = TagList::parse(text, TagList::Names::CaseSensitive);
    record.m_errors = tags.errors();

    if (const std::optional<QString> v = tags.value(QStringLiteral("v"))) {
        if (*v != QLatin1String("DKIM1"))
            record.m_errors.append(tr("v=%1: a DKIM key record says v=DKIM1").arg(*v));
        else if (tags.tags().constFirst().name != QLatin1String("v"))
            record.m_errors.append(tr("v=DKIM1 must be the first tag of the record"));
    }
    if (const std::optional<QString> h = tags.value(QStringLiteral("h"))) {
        record.m_hashes = colonList(*h);
        if (!record.m_hashes.contains(QLatin1String("sha256")) && !record.m_hashes.contains(QLatin1String("sha1")))
            record.m_errors.append(tr("h=%1 names no hash algorithm a verifier knows (sha256)").arg(*h));
    }
    if (const std::optional<QString> k = tags.value(QStringLiteral("k"))) {
        record.m_keyTypeName = k->trimmed();
        if (record.m_keyTypeName == QLatin1String("rsa"))
            record.m_keyType = KeyType::Rsa;
        else if (record.m_keyTypeName == QLatin1String("ed25519"))
            record.m_keyType = KeyType::Ed25519;
        else {
            record.m_keyType = KeyType::Unknown;
            record.m_errors.append(tr("k=%1 is not a key type verifiers know (rsa or ed25519)").arg(*k));
        }
    }
    if (const std::optional<QString> n = tags.value(QStringLiteral("n")))
        record.m_notes = *n;
    if (const std::optional<QString> s = tags.value(QStringLiteral("s"))) {
        record.m_services = colonList(*s);
        if (!record.m_services.contains(QLatin1String("*")) && !record.m_services.contains(QLatin1String("email")))
            record.m_errors.append(tr("s=%1: the key is not for email (s=* or s=email)").arg(*s));
    }
    if (const std::optional<QString> t = tags.value(QStringLiteral("t"))) {
        const QStringList flags = colonList(*t);
        record.m_testing = flags.contains(QLatin1String("y"));
        record.m_strict = flags.contains(QLatin1String("s"));
    }

    const std::optional<QString> p = tags.value(QStringLiteral("p"));
    if (!p) {
        record.m_errors.append(tr("the record has no p= tag, the public key"));
        return record;
    }
    const QString key = withoutWhitespace(*p);
    if (key.isEmpty()) {
        record.m_revoked = true;
        return record;
    }
    const QByteArray latin = key.toLatin1();
    const auto decoded = QByteArray::fromBase64Encoding(latin, QByteArray::AbortOnBase64DecodingErrors);
    if (!decoded || decoded.decoded.isEmpty()) {
        record.m_errors.append(tr("p= is not valid base64"));
        return record;
    }
    const QByteArray der = decoded.decoded;
    if (record.m_keyType == KeyType::Ed25519) {
        // RFC 8463 §4.2: the raw 32-byte key, not wrapped in a SubjectPublicKeyInfo.
        if (der.size() != 32) {
            const PublicKeyInfo info = PublicKeyInfo::fromDer(der);
            if (info.ok() && info.algorithm == PublicKeyInfo::Algorithm::Ed25519)
                record.m_errors.append(tr("p= wraps the Ed25519 key in a SubjectPublicKeyInfo; RFC 8463 publishes "
                                          "the raw 32-byte key"));
            else
                record.m_errors.append(tr("an Ed25519 key is 32 bytes; p= holds %1").arg(der.size()));
            return record;
        }
        record.m_bits = 256;
        return record;
    }
    if (record.m_keyType != KeyType::Rsa)
        return record;
    const PublicKeyInfo info = PublicKeyInfo::fromDer(der);
    if (!info.ok()) {
        record.m_errors.append(tr("p= cannot be read: %1").arg(info.error));
        return record;
    }
    if (info.algorithm != PublicKeyInfo::Algorithm::Rsa) {
        record.m_errors.append(tr("k=rsa, but p= holds an Ed25519 key: say k=ed25519 and publish the raw key"));
        return record;
    }
    record.m_bits = info.bits;
    return record;
}

DkimKeyRecord::Verdict DkimKeyRecord::verdict() const
{
    if (!isValid())
        return Verdict::Invalid;
    if (m_revoked)
        return Verdict::Revoked;
    if (m_keyType == KeyType::Ed25519)
        return Verdict::Good;
    if (m_bits < kMinimumBits)
        return Verdict::TooWeak;
    if (m_bits < kRecommendedBits)
        return Verdict::Weak;
    return Verdict::Good;
}

QString DkimKeyRecord::verdictText() const
{
    switch (verdict()) {
    case Verdict::Invalid:
        return tr("The DKIM key record cannot be used: %1").arg(m_errors.join(QStringLiteral("; ")));
    case Verdict::Revoked:
        return tr("The key is revoked (p= is empty): signatures with this selector fail.");
    case Verdict::TooWeak:
        return tr("RSA key of %1 bits: below %2 bits receivers ignore the signature. Publish a %3-bit key.")
            .arg(m_bits)
            .arg(kMinimumBits)
            .arg(kRecommendedBits);
    case Verdict::Weak:
        return tr("RSA key of %1 bits: it still works, but %2 bits is the recommended size.")
            .arg(m_bits)
            .arg(kRecommendedBits);
    case Verdict::Good:
        if (m_keyType == KeyType::Ed25519)
            return tr("Ed25519 key.");
        return tr("RSA key of %1 bits.").arg(m_bits);
    }
    return {};
}

} // namespace Postino

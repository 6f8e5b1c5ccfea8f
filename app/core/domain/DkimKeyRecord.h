#pragma once

#include <QCoreApplication>
#include <QString>
#include <QStringList>

namespace Postino {

// A DKIM public key record (RFC 6376 §3.6.1; Ed25519 by RFC 8463), the TXT record at
// SELECTOR._domainkey.DOMAIN with its character-strings joined with nothing between. Tags: v=DKIM1
// (first when present), h= hash algorithms, k= key type (rsa, the default, or ed25519), n= notes,
// p= the key (required; empty: revoked), s= service types (* or email), t= flags (y: testing, s: strict
// subdomains). Unknown tags are ignored, as the RFC says. The RSA key's size is read from p=
// (PublicKeyInfo: a SubjectPublicKeyInfo, or a bare RSAPublicKey).
class DkimKeyRecord
{
    Q_DECLARE_TR_FUNCTIONS(Postino::DkimKeyRecord)
public:
    enum class KeyType { Rsa, Ed25519, Unknown };
    enum class Verdict {
        Good, // ed25519, or RSA of 2048 bits and more
        Weak, // RSA of 1024 to 2047 bits: a warning
        TooWeak, // RSA below 1024 bits: receivers ignore the signature (RFC 8301 §3.2)
        Revoked, // p= is empty
        Invalid, // the record cannot be used: see errors()
    };

    static constexpr int kMinimumBits = 1024;
    static constexpr int kRecommendedBits = 2048;

    static DkimKeyRecord parse(const QString& text);
    // SELECTOR._domainkey.DOMAIN
    [[nodiscard]] static QString recordName(const QString& selector, const QString& domain);

    [[nodiscard]] bool isValid() const { return m_errors.isEmpty(); }
    [[nodiscard]] const QStringList& errors() const { return m_errors; }
    [[nodiscard]] KeyType keyType() const { return m_keyType; }
    [[nodiscard]] QString keyTypeName() const { return m_keyTypeName; }
    [[nodiscard]] bool isRevoked() const { return m_revoked; }
    [[nodiscard]] int keyBits() const { return m_bits; } // 0 when unknown or revoked
    [[nodiscard]] const QStringList& hashAlgorithms() const { return m_hashes; } // empty: any
    [[nodiscard]] const QStringList& serviceTypes() const { return m_services; } // empty: any
    [[nodiscard]] bool isTesting() const { return m_testing; } // t=y
    [[nodiscard]] bool isStrict() const { return m_strict; } // t=s
    [[nodiscard]] const QString& notes() const { return m_notes; }

    [[nodiscard]] Verdict verdict() const;
    // One translated sentence: the key and what its verdict means.
    [[nodiscard]] QString verdictText() const;

private:
    QStringList m_errors;
    KeyType m_keyType = KeyType::Rsa;
    QString m_keyTypeName = QStringLiteral("rsa");
    bool m_revoked = false;
    int m_bits = 0;
    QStringList m_hashes;
    QStringList m_services;
    bool m_testing = false;
    bool m_strict = false;
    QString m_notes;
};

} // namespace Postino

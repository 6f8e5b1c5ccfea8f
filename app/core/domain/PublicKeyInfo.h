#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

namespace Postino {

// What a DER-encoded public key is, read with a small DER reader (definite lengths only, every length
// checked against what is left): an X.509 SubjectPublicKeyInfo (RFC 5280 §4.1.2.7) with an RSA
// (rsaEncryption, 1.2.840.113549.1.1.1) or Ed25519 (1.3.101.112, RFC 8410) key, or a bare PKCS#1
// RSAPublicKey (RFC 8017 A.1.1), which some DKIM records publish instead.
struct PublicKeyInfo
{
    Q_DECLARE_TR_FUNCTIONS(Postino::PublicKeyInfo)
public:
    enum class Algorithm { Unknown, Rsa, Ed25519 };
    enum class Format { SubjectPublicKeyInfo, Pkcs1 };

    Algorithm algorithm = Algorithm::Unknown;
    Format format = Format::SubjectPublicKeyInfo;
    int bits = 0; // RSA: the modulus's length in bits; Ed25519: 256
    QString algorithmOid; // dotted, as found
    QString error; // translated; empty when the key was read

    [[nodiscard]] bool ok() const { return error.isEmpty(); }
    static PublicKeyInfo fromDer(const QByteArray& der);
};

} // namespace Postino

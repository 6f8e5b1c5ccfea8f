#pragma once

#include <QByteArray>

namespace Postino {

// Proof Key for Code Exchange (RFC 7636) with the S256 method, and the other random strings a sign-in
// needs. Everything random comes from the operating system's CSPRNG (QRandomGenerator::system()).
struct Pkce
{
    QByteArray verifier; // 64 characters of base64url (48 random bytes), within RFC 7636's 43-128
    QByteArray challenge; // BASE64URL(SHA256(verifier)), no padding

    // A fresh verifier and its challenge.
    [[nodiscard]] static Pkce generate();
    // The S256 challenge of verifier (RFC 7636 §4.2).
    [[nodiscard]] static QByteArray challengeFor(const QByteArray& verifier);
    // bytes random bytes as base64url without padding, for `state` and verifiers.
    [[nodiscard]] static QByteArray randomToken(int bytes);
};

} // namespace Postino

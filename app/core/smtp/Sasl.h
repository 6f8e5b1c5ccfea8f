#pragma once

#include "common/Error.h"
#include "smtp/SmtpTypes.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QStringList>

#include <memory>
#include <optional>

class QHostAddress;

namespace Postino {

// One SASL exchange (RFC 4422) as SMTP AUTH carries it (RFC 4954). Works on raw bytes: the client
// base64-encodes what it sends and decodes the 334 challenges before handing them over.
class SaslMechanism
{
public:
    virtual ~SaslMechanism() = default;
    [[nodiscard]] virtual AuthMechanism type() const = 0;
    [[nodiscard]] QByteArray name() const { return authMechanismName(type()).toLatin1(); }
    // Sent with the AUTH command; nullopt when the mechanism waits for a first challenge.
    [[nodiscard]] virtual std::optional<QByteArray> initialResponse() = 0;
    // The answer to a 334 challenge (already base64-decoded), or an error that ends the exchange.
    [[nodiscard]] virtual Result<QByteArray> respond(const QByteArray& challenge) = 0;
    // Called on 235: an error when the mechanism did not complete (SCRAM: the server did not prove itself).
    [[nodiscard]] virtual Status finish() { return {}; }

    // Makes the mechanism; clientNonce is for tests of SCRAM (empty: random).
    [[nodiscard]] static std::unique_ptr<SaslMechanism>
    create(AuthMechanism mechanism, const QString& username, const QString& secret, const QByteArray& clientNonce = {});
};

class SaslPlain final : public SaslMechanism
{
public:
    SaslPlain(QString username, QString password);
    AuthMechanism type() const override { return AuthMechanism::Plain; }
    std::optional<QByteArray> initialResponse() override;
    Result<QByteArray> respond(const QByteArray& challenge) override;

private:
    QString m_username;
    QString m_password;
};

class SaslLogin final : public SaslMechanism
{
public:
    SaslLogin(QString username, QString password);
    AuthMechanism type() const override { return AuthMechanism::Login; }
    std::optional<QByteArray> initialResponse() override { return std::nullopt; }
    Result<QByteArray> respond(const QByteArray& challenge) override;

private:
    QString m_username;
    QString m_password;
    int m_step = 0;
};

class SaslCramMd5 final : public SaslMechanism
{
public:
    SaslCramMd5(QString username, QString password);
    AuthMechanism type() const override { return AuthMechanism::CramMd5; }
    std::optional<QByteArray> initialResponse() override { return std::nullopt; }
    Result<QByteArray> respond(const QByteArray& challenge) override;

private:
    QString m_username;
    QString m_password;
};

// XOAUTH2 (Google, Microsoft): "user=U^Aauth=Bearer T^A^A". An error challenge is answered empty.
class SaslXOAuth2 final : public SaslMechanism
{
public:
    SaslXOAuth2(QString username, QString token);
    AuthMechanism type() const override { return AuthMechanism::XOAuth2; }
    std::optional<QByteArray> initialResponse() override;
    Result<QByteArray> respond(const QByteArray& challenge) override;

private:
    QString m_username;
    QString m_token;
};

// OAUTHBEARER (RFC 7628): "n,a=U,^Aauth=Bearer T^A^A". An error challenge is answered with a lone ^A.
class SaslOAuthBearer final : public SaslMechanism
{
public:
    SaslOAuthBearer(QString username, QString token);
    AuthMechanism type() const override { return AuthMechanism::OAuthBearer; }
    std::optional<QByteArray> initialResponse() override;
    Result<QByteArray> respond(const QByteArray& challenge) override;

private:
    QString m_username;
    QString m_token;
};

// SCRAM-SHA-256 (RFC 5802, RFC 7677), without channel binding ("n,,"). The password is used as
// UTF-8 without SASLprep (identical for ASCII passwords).
class SaslScramSha256 final : public SaslMechanism
{
    Q_DECLARE_TR_FUNCTIONS(Postino::SaslScramSha256)
public:
    SaslScramSha256(QString username, QString password, QByteArray clientNonce = {});
    AuthMechanism type() const override { return AuthMechanism::ScramSha256; }
    std::optional<QByteArray> initialResponse() override;
    Result<QByteArray> respond(const QByteArray& challenge) override;
    Status finish() override;

    // Tests only: the client nonce of every SCRAM exchange made while it is set (empty: random again).
    static void setNonceForTesting(const QByteArray& nonce);

private:
    Result<QByteArray> clientFinal(const QByteArray& serverFirst);
    Result<QByteArray> verifyServerFinal(const QByteArray& serverFinal);

    QString m_username;
    QString m_password;
    QByteArray m_clientNonce;
    QByteArray m_clientFirstBare;
    QByteArray m_serverSignature;
    int m_step = 0;
    bool m_verified = false;
};

// The mechanism to use. requested Auto: the strongest password mechanism both sides accept
// (SCRAM-SHA-256 > CRAM-MD5 > PLAIN > LOGIN; XOAUTH2/OAUTHBEARER only when asked for by name).
// A specific mechanism: that one if offered. AuthMechanism::None when there is no match.
[[nodiscard]] AuthMechanism chooseAuthMechanism(const QStringList& offered, AuthMechanism requested);

// Whether credentials may be sent on this connection: always over TLS; in clear only to a loopback
// peer or when the user explicitly allowed it (ServerEndpoint::allowInsecureAuth).
[[nodiscard]] bool mayAuthenticate(bool encrypted, const QHostAddress& peer, const QString& host,
                                   bool allowInsecureAuth);

} // namespace Postino

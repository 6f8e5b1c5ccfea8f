#include "Sasl.h"

#include <QCryptographicHash>
#include <QHostAddress>
#include <QMessageAuthenticationCode>
#include <QPasswordDigestor>
#include <QRandomGenerator>

namespace Postino {

std::unique_ptr<SaslMechanism> SaslMechanism::create(AuthMechanism mechanism, const QString& username,
                                                     const QString& secret, const QByteArray& clientNonce)
{
    switch (mechanism) {
    case AuthMechanism::Plain:
        return std::make_unique<SaslPlain>(username, secret);
    case AuthMechanism::Login:
        return std::make_unique<SaslLogin>(username, secret);
    case AuthMechanism::CramMd5:
        return std::make_unique<SaslCramMd5>(username, secret);
    case AuthMechanism::XOAuth2:
        return std::make_unique<SaslXOAuth2>(username, secret);
    case AuthMechanism::OAuthBearer:
        return std::make_unique<SaslOAuthBearer>(username, secret);
    case AuthMechanism::ScramSha256:
        return std::make_unique<SaslScramSha256>(username, secret, clientNonce);
    case AuthMechanism::Auto:
    case AuthMechanism::None:
        break;
    }
    return nullptr;
}

// --- PLAIN (RFC 4616) ---

SaslPlain::SaslPlain(QString username, QString password)
    : m_username(std::move(username))
    , m_password(std::move(password))
{ }

std::optional<QByteArray> SaslPlain::initialResponse()
{
    return QByteArray('\0' + m_username.toUtf8() + '\0' + m_password.toUtf8());
}

Result<QByteArray> SaslPlain::respond(const QByteArray&)
{
    // A server that ignored the initial response and asks with an empty 334 gets it again.
    return *initialResponse();
}

// --- LOGIN (draft-murchison-sasl-login) ---

SaslLogin::SaslLogin(QString username, QString password)
    : m_username(std::move(username))
    , m_password(std::move(password))
{ }

Result<QByteArray> SaslLogin::respond(const QByteArray& challenge)
{
    // "Username:" then "Password:"; servers that send other prompts are answered in order.
    const QByteArray lower = challenge.toLower();
    ++m_step;
    if (lower.startsWith("username") || (m_step == 1 && !lower.startsWith("password")))
        return m_username.toUtf8();
    return m_password.toUtf8();
}

// --- CRAM-MD5 (RFC 2195) ---

SaslCramMd5::SaslCramMd5(QString username, QString password)
    : m_username(std::move(username))
    , m_password(std::move(password))
{ }

Result<QByteArray> SaslCramMd5::respond(const QByteArray& challenge)
{
    const QByteArray digest =
        QMessageAuthenticationCode::hash(challenge, m_password.toUtf8(), QCryptographicHash::Md5).toHex();
    return QByteArray(m_username.toUtf8() + ' ' + digest);
}

// --- XOAUTH2 ---

SaslXOAuth2::SaslXOAuth2(QString username, QString token)
    : m_username(std::move(username))
    , m_token(std::move(token))
{ }

std::optional<QByteArray> SaslXOAuth2::initialResponse()
{
    return QByteArray("user=" + m_username.toUtf8()
                      + "\x01"
                        "auth=Bearer "
                      + m_token.toUtf8() + "\x01\x01");
}

Result<QByteArray> SaslXOAuth2::respond(const QByteArray&)
{
    // The challenge is a JSON error; the protocol wants an empty line, then the server sends 535.
    return QByteArray("");
}

// --- OAUTHBEARER (RFC 7628) ---

SaslOAuthBearer::SaslOAuthBearer(QString username, QString token)
    : m_username(std::move(username))
    , m_token(std::move(token))
{ }

std::optional<QByteArray> SaslOAuthBearer::initialResponse()
{
    // gs2-header with the authzid; ',' and '=' in it are escaped as RFC 5801 says.
    QByteArray authzid = m_username.toUtf8();
    authzid.replace("=", "=3D").replace(",", "=2C");
    return QByteArray("n,a=" + authzid
                      + ",\x01"
                        "auth=Bearer "
                      + m_token.toUtf8() + "\x01\x01");
}

Result<QByteArray> SaslOAuthBearer::respond(const QByteArray&)
{
    // RFC 7628 section 3.2.3: an error challenge is answered with a single %x01; the server then fails.
    return QByteArray("\x01");
}

// --- SCRAM-SHA-256 (RFC 5802, RFC 7677) ---

namespace {
QByteArray scramEscape(const QString& name)
{
    QByteArray escaped = name.toUtf8();
    escaped.replace("=", "=3D").replace(",", "=2C");
    return escaped;
}

// "a=1,b=2" -> value of key
QByteArray scramAttribute(const QByteArray& message, char key)
{
    const QList<QByteArray> parts = message.split(',');
    for (const QByteArray& part : parts) {
        if (part.size() >= 2 && part.at(0) == key && part.at(1) == '=')
            return part.mid(2);
    }
    return {};
}

QByteArray hmacSha256(const QByteArray& key, const QByteArray& data)
{
    return QMessageAuthenticationCode::hash(data, key, QCryptographicHash::Sha256);
}

QByteArray& testNonce()
{
    static QByteArray nonce;
    return nonce;
}
} // namespace

void SaslScramSha256::setNonceForTesting(const QByteArray& nonce)
{
    testNonce() = nonce;
}

SaslScramSha256::SaslScramSha256(QString username, QString password, QByteArray clientNonce)
    : m_username(std::move(username))
    , m_password(std::move(password))
    , m_clientNonce(std::move(clientNonce))
{
    if (m_clientNonce.isEmpty())
        m_clientNonce = testNonce();
    if (m_clientNonce.isEmpty()) {
        quint32 words[6];
        QRandomGenerator::system()->fillRange(words);
        m_clientNonce = QByteArray(reinterpret_cast<const char*>(words), sizeof words).toBase64();
        m_clientNonce.replace('=', "");
    }
}

std::optional<QByteArray> SaslScramSha256::initialResponse()
{
    m_clientFirstBare = "n=" + scramEscape(m_username) + ",r=" + m_clientNonce;
    m_step = 1;
    return QByteArray("n,," + m_clientFirstBare);
}

Result<QByteArray> SaslScramSha256::respond(const QByteArray& challenge)
{
    if (m_step == 1) {
        m_step = 2;
        return clientFinal(challenge);
    }
    if (m_step == 2) {
        m_step = 3;
        return verifyServerFinal(challenge);
    }
    return Error(ErrorKind::Security, tr("The server continued the SCRAM-SHA-256 exchange after it was complete."));
}

Result<QByteArray> SaslScramSha256::clientFinal(const QByteArray& serverFirst)
{
    const QByteArray nonce = scramAttribute(serverFirst, 'r');
    const QByteArray salt = QByteArray::fromBase64(scramAttribute(serverFirst, 's'));
    bool ok = false;
    const int iterations = scramAttribute(serverFirst, 'i').toInt(&ok);
    if (!nonce.startsWith(m_clientNonce) || nonce.size() <= m_clientNonce.size() || salt.isEmpty() || !ok
        || iterations < 1 || iterations > 10'000'000) {
        return Error(ErrorKind::Security,
                     tr("The server's SCRAM-SHA-256 challenge is malformed (nonce, salt or iteration count)."));
    }
    const QByteArray saltedPassword =
        QPasswordDigestor::deriveKeyPbkdf2(QCryptographicHash::Sha256, m_password.toUtf8(), salt, iterations, 32);
    const QByteArray clientKey = hmacSha256(saltedPassword, "Client Key");
    const QByteArray storedKey = QCryptographicHash::hash(clientKey, QCryptographicHash::Sha256);
    const QByteArray withoutProof = "c=biws,r=" + nonce;
    const QByteArray authMessage = m_clientFirstBare + ',' + serverFirst + ',' + withoutProof;
    const QByteArray clientSignature = hmacSha256(storedKey, authMessage);
    QByteArray proof = clientKey;
    for (qsizetype i = 0; i < proof.size(); ++i)
        proof[i] = static_cast<char>(proof.at(i) ^ clientSignature.at(i));
    const QByteArray serverKey = hmacSha256(saltedPassword, "Server Key");
    m_serverSignature = hmacSha256(serverKey, authMessage);
    return QByteArray(withoutProof + ",p=" + proof.toBase64());
}

Result<QByteArray> SaslScramSha256::verifyServerFinal(const QByteArray& serverFinal)
{
    const QByteArray error = scramAttribute(serverFinal, 'e');
    if (!error.isEmpty()) {
        return Error(ErrorKind::Auth,
                     tr("The server refused the SCRAM-SHA-256 proof (%1).").arg(QString::fromUtf8(error)));
    }
    const QByteArray signature = QByteArray::fromBase64(scramAttribute(serverFinal, 'v'));
    if (signature.isEmpty() || signature != m_serverSignature) {
        return Error(ErrorKind::Security,
                     tr("The server's SCRAM-SHA-256 signature is wrong: it does not know the password, so it may "
                        "not be the server it claims to be. Nothing was sent; check the server address."));
    }
    m_verified = true;
    return QByteArray("");
}

Status SaslScramSha256::finish()
{
    if (!m_verified) {
        return Error(ErrorKind::Security,
                     tr("The server accepted SCRAM-SHA-256 without proving that it knows the password; the "
                        "connection is not trusted."));
    }
    return {};
}

// --- choice and policy ---

AuthMechanism chooseAuthMechanism(const QStringList& offered, AuthMechanism requested)
{
    auto isOffered = [&offered](AuthMechanism m) {
        return offered.contains(authMechanismName(m), Qt::CaseInsensitive);
    };
    if (requested == AuthMechanism::None)
        return AuthMechanism::None;
    if (requested != AuthMechanism::Auto)
        return isOffered(requested) ? requested : AuthMechanism::None;
    for (AuthMechanism m :
         {AuthMechanism::ScramSha256, AuthMechanism::CramMd5, AuthMechanism::Plain, AuthMechanism::Login}) {
        if (isOffered(m))
            return m;
    }
    return AuthMechanism::None;
}

bool mayAuthenticate(bool encrypted, const QHostAddress& peer, const QString& host, bool allowInsecureAuth)
{
    if (encrypted || allowInsecureAuth)
        return true;
    if (!peer.isNull())
        return peer.isLoopback();
    return host.compare(QLatin1String("localhost"), Qt::CaseInsensitive) == 0;
}

} // namespace Postino

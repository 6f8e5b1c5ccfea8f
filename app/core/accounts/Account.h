#pragma once

#include "common/Error.h"
#include "discovery/IspdbParser.h"
#include "smtp/SmtpTypes.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

namespace Postino {

// One sending account: how to reach its server and how to sign in. Never holds a secret: the password
// lives in the system keychain (SecretStore), keyed by the account's name.
struct Account
{
    Q_DECLARE_TR_FUNCTIONS(Postino::Account)
public:
    // Another sender that goes out through the same server and sign-in (an alias, a shared address): what the
    // composer offers in its From list beside the account's own address.
    struct Identity
    {
        QString id; // unique within the account, never empty
        QString email;
        QString displayName;
        QString signature; // plain text, put under "-- " at the end of a new message
        [[nodiscard]] bool operator==(const Identity& other) const
        {
            return id == other.id && email == other.email && displayName == other.displayName
                && signature == other.signature;
        }
    };

    QString name; // the key: letters, digits, '.', '_', '-'; see isValidName()
    QString email;
    QString displayName;
    QString signature; // of the account's own address; plain text
    QList<Identity> identities; // the other senders of this account
    QString host;
    quint16 port = 587;
    Security security = Security::StartTls;
    AuthMechanism auth = AuthMechanism::Auto;
    QString username; // empty: the address
    QByteArray pinnedSha256; // --trust-fingerprint: lower-case hex SHA-256 of the server certificate's DER
    QString caFile; // --ca-file: extra trusted CA certificates (PEM)
    QStringList resolve; // --resolve entries, "HOST:ADDR"
    int maxConnections = 2; // sessions at once for the outbox
    int rateLimit = 0; // messages per minute; 0: no limit
    // The largest message the server takes (its EHLO's SIZE), as last learned from it (wizard, probe, account
    // test, connection doctor); 0: unknown or no limit announced.
    qint64 maxMessageSize = 0;
    // OAuth2 sign-in (account add --oauth): the provider's <oAuth2> as the provider database had it when the
    // account was added, the provider's id and the client ID signed in with. When oauth2.isValid() the
    // keychain holds the account's refresh token (OAuthTokenSource::refreshTokenKey) instead of a password,
    // and auth is the provider's mechanism (XOAUTH2).
    ProviderOAuth2 oauth2;
    QString oauthProvider;
    QString oauthClientId;
    // A refresh was refused (invalid_grant): the account waits for `postino-cli account login NAME`.
    bool signInAgain = false;

    [[nodiscard]] bool usesOAuth2() const { return oauth2.isValid(); }

    [[nodiscard]] static bool isValidName(const QString& name);
    // Why the account cannot be stored as it is (name, address, port), or ok.
    [[nodiscard]] Status validate() const;
    // The username to sign in with: username, or the address when none was given.
    [[nodiscard]] QString effectiveUsername() const { return username.isEmpty() ? email : username; }
    // Where --resolve sends host, or empty.
    [[nodiscard]] QString connectAddressFor(const QString& hostName) const;
    // The server endpoint; reads caFile (an unreadable or empty CA file is a Config error).
    [[nodiscard]] Result<ServerEndpoint> endpoint() const;
    // {name, email, display_name, host, port, security, auth, username}, as `account list --json` (cli.md).
    [[nodiscard]] QJsonObject toJson() const;
    // The identities as stored: a JSON array of {id, email, display_name, signature}.
    [[nodiscard]] static QByteArray identitiesToJson(const QList<Identity>& identities);
    // Entries without an address are dropped; ids are made where missing.
    [[nodiscard]] static QList<Identity> identitiesFromJson(const QByteArray& json);
    // An id not yet used by identities.
    [[nodiscard]] static QString newIdentityId(const QList<Identity>& identities);
};

} // namespace Postino

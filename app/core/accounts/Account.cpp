#include "Account.h"

#include <QJsonArray>
#include <QJsonDocument>

#include "discovery/DiscoveryTypes.h"

#include <QFile>
#include <QRegularExpression>
#include <algorithm>

namespace Postino {

bool Account::isValidName(const QString& name)
{
    static const QRegularExpression pattern(QStringLiteral("^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$"));
    return pattern.match(name).hasMatch();
}

Status Account::validate() const
{
    if (!isValidName(name)) {
        return Error(ErrorKind::Usage,
                     tr("\"%1\" cannot name an account: use 1 to 64 letters, digits, '.', '_' or '-', starting "
                        "with a letter or digit.")
                         .arg(name));
    }
    const int at = email.lastIndexOf(QLatin1Char('@'));
    if (at <= 0 || at == email.size() - 1) {
        return Error(ErrorKind::DataError,
                     tr("The account %1 needs an e-mail address like name@example.com, not \"%2\".").arg(name, email));
    }
    if (port == 0)
        return Error(ErrorKind::Usage, tr("The account %1 needs a port from 1 to 65535.").arg(name));
    for (const Identity& identity : identities) {
        const int idAt = identity.email.lastIndexOf(QLatin1Char('@'));
        if (idAt <= 0 || idAt == identity.email.size() - 1) {
            return Error(ErrorKind::DataError,
                         tr("The other sender \"%1\" of the account %2 needs an e-mail address "
                            "like name@example.com.")
                             .arg(identity.email, name));
        }
    }
    if (maxConnections < 1)
        return Error(ErrorKind::Usage, tr("The account %1 needs at least one connection.").arg(name));
    if (rateLimit < 0)
        return Error(ErrorKind::Usage, tr("The rate limit of the account %1 cannot be negative.").arg(name));
    for (const QString& entry : resolve) {
        const int colon = entry.indexOf(QLatin1Char(':'));
        if (colon <= 0 || colon == entry.size() - 1) {
            return Error(
                ErrorKind::Usage,
                tr("\"%1\" is not a --resolve entry; write HOST:ADDR, e.g. smtp.example.com:192.0.2.1.").arg(entry));
        }
    }
    return {};
}

QString Account::connectAddressFor(const QString& hostName) const
{
    for (const QString& entry : resolve) {
        const int colon = entry.indexOf(QLatin1Char(':'));
        if (colon > 0 && entry.left(colon).compare(hostName, Qt::CaseInsensitive) == 0)
            return entry.mid(colon + 1);
    }
    return {};
}

Result<ServerEndpoint> Account::endpoint() const
{
    ServerEndpoint endpoint;
    endpoint.host = host;
    endpoint.port = port;
    endpoint.security = security;
    endpoint.connectAddress = connectAddressFor(host);
    endpoint.pinnedSha256 = pinnedSha256;
    if (!caFile.isEmpty()) {
        QFile file(caFile);
        if (!file.open(QIODevice::ReadOnly)) {
            return Error(ErrorKind::Config,
                         tr("The CA file %1 of the account %2 cannot be read: %3. Fix the path "
                            "or add the account again without --ca-file.")
                             .arg(caFile, name, file.errorString()));
        }
        endpoint.extraCaCertificates = QSslCertificate::fromData(file.readAll(), QSsl::Pem);
        if (endpoint.extraCaCertificates.isEmpty()) {
            return Error(ErrorKind::Config,
                         tr("The CA file %1 of the account %2 holds no PEM certificate.").arg(caFile, name));
        }
    }
    return endpoint;
}

QJsonObject Account::toJson() const
{
    QJsonObject object;
    object.insert(QStringLiteral("name"), name);
    object.insert(QStringLiteral("email"), email);
    object.insert(QStringLiteral("display_name"), displayName);
    object.insert(QStringLiteral("host"), host);
    object.insert(QStringLiteral("port"), static_cast<int>(port));
    object.insert(QStringLiteral("security"), securityName(security));
    object.insert(QStringLiteral("auth"), authMechanismName(auth));
    object.insert(QStringLiteral("username"), effectiveUsername());
    return object;
}

QByteArray Account::identitiesToJson(const QList<Identity>& identities)
{
    QJsonArray array;
    for (const Identity& identity : identities) {
        array.append(QJsonObject {{QStringLiteral("id"), identity.id},
                                  {QStringLiteral("email"), identity.email},
                                  {QStringLiteral("display_name"), identity.displayName},
                                  {QStringLiteral("signature"), identity.signature}});
    }
    return QJsonDocument(array).toJson(QJsonDocument::Compact);
}

QList<Account::Identity> Account::identitiesFromJson(const QByteArray& json)
{
    QList<Identity> identities;
    const QJsonArray array = QJsonDocument::fromJson(json).array();
    for (const QJsonValue& value : array) {
        const QJsonObject object = value.toObject();
        Identity identity;
        identity.id = object.value(QStringLiteral("id")).toString();
        identity.email = object.value(QStringLiteral("email")).toString().trimmed();
        identity.displayName = object.value(QStringLiteral("display_name")).toString();
        identity.signature = object.value(QStringLiteral("signature")).toString();
        if (identity.email.isEmpty())
            continue;
        const bool taken = std::any_of(identities.cbegin(), identities.cend(),
                                       [&](const Identity& other) { return other.id == identity.id; });
        if (identity.id.isEmpty() || taken)
            identity.id = newIdentityId(identities);
        identities.append(identity);
    }
    return identities;
}

QString Account::newIdentityId(const QList<Identity>& identities)
{
    for (int n = static_cast<int>(identities.size()) + 1;; ++n) {
        const QString id = QStringLiteral("id%1").arg(n);
        if (std::none_of(identities.cbegin(), identities.cend(), [&](const Identity& i) { return i.id == id; }))
            return id;
    }
}

} // namespace Postino

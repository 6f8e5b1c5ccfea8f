#include "AccountStore.h"
#include "common/Log.h"
#include "common/Paths.h"
#include "common/SerialWorker.h"
#include "discovery/DiscoveryTypes.h"

#include <QDir>
#include <QFileInfo>
#include <QSettings>
#include <QStandardPaths>

namespace Postino {

namespace {

// Positions in settingsTable(), so that code never spells a key twice.
enum Field {
    Email,
    DisplayName,
    Host,
    Port,
    SecurityField,
    Auth,
    Username,
    PinnedSha256,
    CaFile,
    Resolve,
    MaxConnections,
    RateLimit,
    MaxMessageSize,
    Signature,
    Identities,
    OAuthIssuer,
    OAuthScope,
    OAuthAuthUrl,
    OAuthTokenUrl,
    OAuthDeviceUrl,
    OAuthProvider,
    OAuthClientId,
    SignInAgain,
    FieldCount
};

QString groupPrefix()
{
    return QStringLiteral("accounts/");
}

QString keyOf(const QString& name, Field field)
{
    return groupPrefix() + name + QLatin1Char('/') + AccountStore::settingsTable().at(field).key;
}

QVariant read(const QSettings& settings, const QString& name, Field field)
{
    return settings.value(keyOf(name, field), AccountStore::settingsTable().at(field).defaultValue);
}

} // namespace

AccountStore::AccountStore(QString filePath)
    : m_filePath(std::move(filePath))
{ }

AccountStore::~AccountStore() = default;

const QList<AccountStore::Setting>& AccountStore::settingsTable()
{
    static const QList<Setting> table = [] {
        QList<Setting> t(FieldCount);
        t[Email] = {QStringLiteral("email"), QString()};
        t[DisplayName] = {QStringLiteral("display_name"), QString()};
        t[Host] = {QStringLiteral("host"), QString()};
        t[Port] = {QStringLiteral("port"), 587};
        t[SecurityField] = {QStringLiteral("security"), QStringLiteral("starttls")};
        t[Auth] = {QStringLiteral("auth"), QStringLiteral("AUTO")};
        t[Username] = {QStringLiteral("username"), QString()};
        t[PinnedSha256] = {QStringLiteral("trust_fingerprint"), QString()};
        t[CaFile] = {QStringLiteral("ca_file"), QString()};
        t[Resolve] = {QStringLiteral("resolve"), QStringList()};
        t[MaxConnections] = {QStringLiteral("max_connections"), 2};
        t[RateLimit] = {QStringLiteral("rate_limit_per_minute"), 0};
        t[MaxMessageSize] = {QStringLiteral("max_message_size"), qint64(0)};
        t[Signature] = {QStringLiteral("signature"), QString()};
        t[Identities] = {QStringLiteral("identities"), QString()};
        // OAuth2 accounts only (no secret among them: the refresh token is in the keychain).
        t[OAuthIssuer] = {QStringLiteral("oauth2_issuer"), QString()};
        t[OAuthScope] = {QStringLiteral("oauth2_scope"), QString()};
        t[OAuthAuthUrl] = {QStringLiteral("oauth2_auth_url"), QString()};
        t[OAuthTokenUrl] = {QStringLiteral("oauth2_token_url"), QString()};
        t[OAuthDeviceUrl] = {QStringLiteral("oauth2_device_auth_url"), QString()};
        t[OAuthProvider] = {QStringLiteral("oauth2_provider"), QString()};
        t[OAuthClientId] = {QStringLiteral("oauth2_client_id"), QString()};
        t[SignInAgain] = {QStringLiteral("sign_in_again"), false};
        return t;
    }();
    return table;
}

QString AccountStore::defaultFilePath(const QString& configDir)
{
    if (!configDir.isEmpty())
        return QDir(configDir).filePath(QStringLiteral("accounts.ini"));
    return QDir(Paths::configDir()).filePath(QStringLiteral("accounts.ini"));
}

Status AccountStore::add(const Account& account)
{
    if (const Status valid = account.validate(); !valid)
        return valid;
    if (contains(account.name)) {
        return Error(ErrorKind::Usage,
                     tr("An account named %1 exists already. Remove it first (account remove %1) "
                        "or choose another name.")
                         .arg(account.name));
    }
    return write(account);
}

Status AccountStore::save(const Account& account)
{
    if (const Status valid = account.validate(); !valid)
        return valid;
    return write(account);
}

Status AccountStore::write(const Account& account)
{
    const auto failed = [&] {
        return Error(ErrorKind::IoError,
                     tr("The account %1 could not be written to %2. Check that the folder is "
                        "writable and the disk not full.")
                         .arg(account.name, QDir::toNativeSeparators(m_filePath)));
    };
    if (m_hook.injected(Disk::Step::WriteFile, m_filePath) != 0)
        return failed(); // before the settings object holds anything it would write on destruction
    QDir().mkpath(QFileInfo(m_filePath).absolutePath());
    QSettings settings(m_filePath, QSettings::IniFormat);
    settings.remove(groupPrefix() + account.name);
    const auto set = [&](Field field, const QVariant& value) { settings.setValue(keyOf(account.name, field), value); };
    set(Email, account.email);
    set(DisplayName, account.displayName);
    set(Host, account.host);
    set(Port, static_cast<int>(account.port));
    set(SecurityField, securityName(account.security));
    set(Auth, authMechanismName(account.auth));
    set(Username, account.username);
    set(PinnedSha256, QString::fromLatin1(account.pinnedSha256));
    set(CaFile, account.caFile);
    set(Resolve, account.resolve);
    set(MaxConnections, account.maxConnections);
    set(RateLimit, account.rateLimit);
    set(MaxMessageSize, account.maxMessageSize);
    if (!account.signature.isEmpty())
        set(Signature, account.signature);
    if (!account.identities.isEmpty())
        set(Identities, QString::fromUtf8(Account::identitiesToJson(account.identities)));
    if (account.usesOAuth2()) {
        set(OAuthIssuer, account.oauth2.issuer);
        set(OAuthScope, account.oauth2.scope);
        set(OAuthAuthUrl, account.oauth2.authUrl);
        set(OAuthTokenUrl, account.oauth2.tokenUrl);
        set(OAuthDeviceUrl, account.oauth2.deviceAuthUrl);
        set(OAuthProvider, account.oauthProvider);
        set(OAuthClientId, account.oauthClientId);
        set(SignInAgain, account.signInAgain);
    }
    settings.sync();
    if (settings.status() != QSettings::NoError)
        return failed();
    qCInfo(lcAccounts) << "saved account" << account.name;
    return {};
}

Status AccountStore::rememberMaxMessageSize(const QString& name, qint64 bytes)
{
    Result<Account> account = get(name);
    if (!account)
        return account.error();
    const qint64 limit = qMax<qint64>(0, bytes);
    if (account.value().maxMessageSize == limit)
        return {};
    Account changed = std::move(account).value();
    changed.maxMessageSize = limit;
    return save(changed);
}

Status AccountStore::remove(const QString& name)
{
    if (!contains(name)) {
        return Error(ErrorKind::Config, tr("There is no account named %1 (see account list).").arg(name));
    }
    const auto failed = [&] {
        return Error(
            ErrorKind::IoError,
            tr("The account %1 could not be removed from %2.").arg(name, QDir::toNativeSeparators(m_filePath)));
    };
    if (m_hook.injected(Disk::Step::WriteFile, m_filePath) != 0)
        return failed();
    QSettings settings(m_filePath, QSettings::IniFormat);
    settings.remove(groupPrefix() + name);
    settings.sync();
    if (settings.status() != QSettings::NoError)
        return failed();
    return {};
}

void AccountStore::addAsync(const Account& account, QObject* context, Done done)
{
    writeAsync([account](AccountStore& store) { return store.add(account); }, context, std::move(done));
}

void AccountStore::saveAsync(const Account& account, QObject* context, Done done)
{
    writeAsync([account](AccountStore& store) { return store.save(account); }, context, std::move(done));
}

void AccountStore::removeAsync(const QString& name, QObject* context, Done done)
{
    writeAsync([name](AccountStore& store) { return store.remove(name); }, context, std::move(done));
}

void AccountStore::rememberMaxMessageSizeAsync(const QString& name, qint64 bytes, QObject* context, Done done)
{
    writeAsync([name, bytes](AccountStore& store) { return store.rememberMaxMessageSize(name, bytes); }, context,
               std::move(done));
}

void AccountStore::waitForWrites()
{
    if (m_writer)
        m_writer->waitForDone();
}

void AccountStore::writeAsync(std::function<Status(AccountStore& store)> write, QObject* context, Done done)
{
    if (!m_writer)
        m_writer = std::make_unique<SerialWorker>(); // one thread: writes land in the order asked
    m_writer->run(
        [path = m_filePath, hook = m_hook, write = std::move(write)] {
            AccountStore store(path);
            store.m_hook = hook; // the same hook, as it is when the job runs
            return write(store);
        },
        context,
        [done = std::move(done)](const Status& status) {
            if (done)
                done(status);
        });
}

bool AccountStore::contains(const QString& name) const
{
    if (!Account::isValidName(name))
        return false;
    QSettings settings(m_filePath, QSettings::IniFormat);
    settings.beginGroup(groupPrefix() + name);
    return !settings.childKeys().isEmpty();
}

Result<Account> AccountStore::get(const QString& name) const
{
    if (!contains(name)) {
        return Error(ErrorKind::Config,
                     tr("There is no account named %1 in %2. See account list, or add it with account add.")
                         .arg(name, QDir::toNativeSeparators(m_filePath)));
    }
    const QSettings settings(m_filePath, QSettings::IniFormat);
    Account account;
    account.name = name;
    account.email = read(settings, name, Email).toString();
    account.displayName = read(settings, name, DisplayName).toString();
    account.host = read(settings, name, Host).toString();
    const int port = read(settings, name, Port).toInt();
    account.port = static_cast<quint16>(port > 0 && port < 65536 ? port : 587);
    account.security = securityFromName(read(settings, name, SecurityField).toString()).value_or(Security::StartTls);
    account.auth = authMechanismFromName(read(settings, name, Auth).toString()).value_or(AuthMechanism::Auto);
    account.username = read(settings, name, Username).toString();
    account.pinnedSha256 = read(settings, name, PinnedSha256).toString().toLatin1();
    account.caFile = read(settings, name, CaFile).toString();
    account.resolve = read(settings, name, Resolve).toStringList();
    account.maxConnections = qMax(1, read(settings, name, MaxConnections).toInt());
    account.rateLimit = qMax(0, read(settings, name, RateLimit).toInt());
    account.maxMessageSize = qMax<qint64>(0, read(settings, name, MaxMessageSize).toLongLong());
    account.signature = read(settings, name, Signature).toString();
    account.identities = Account::identitiesFromJson(read(settings, name, Identities).toString().toUtf8());
    account.oauth2.issuer = read(settings, name, OAuthIssuer).toString();
    account.oauth2.scope = read(settings, name, OAuthScope).toString();
    account.oauth2.authUrl = read(settings, name, OAuthAuthUrl).toString();
    account.oauth2.tokenUrl = read(settings, name, OAuthTokenUrl).toString();
    account.oauth2.deviceAuthUrl = read(settings, name, OAuthDeviceUrl).toString();
    if (account.auth == AuthMechanism::OAuthBearer)
        account.oauth2.mechanism = AuthMechanism::OAuthBearer;
    account.oauthProvider = read(settings, name, OAuthProvider).toString();
    account.oauthClientId = read(settings, name, OAuthClientId).toString();
    const QString again = read(settings, name, SignInAgain).toString();
    account.signInAgain = again == QLatin1String("true") || again == QLatin1String("1");
    return account;
}

QList<Account> AccountStore::list() const
{
    QSettings settings(m_filePath, QSettings::IniFormat);
    settings.beginGroup(QStringLiteral("accounts"));
    QStringList names = settings.childGroups();
    settings.endGroup();
    names.sort();
    QList<Account> accounts;
    for (const QString& name : std::as_const(names)) {
        Result<Account> account = get(name);
        if (account)
            accounts.append(std::move(account).value());
    }
    return accounts;
}

} // namespace Postino

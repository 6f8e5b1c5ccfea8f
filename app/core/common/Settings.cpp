#include "Settings.h"
#include "common/Paths.h"

#include <QDir>
#include <QSettings>
#include <QStandardPaths>

namespace Postino {

namespace {

struct Entry
{
    Settings::Key key;
    const char* path; // %1 is the account's name
    int defaultValue;
    const char* defaultText = nullptr; // set for a text setting: its default, and defaultValue is unused
};

// The table: every key Postino reads, with its default.
constexpr Entry kEntries[] = {
    {Settings::Key::RetryInitialSeconds, "retry/initial_seconds", 60},
    {Settings::Key::RetryMaxSeconds, "retry/max_seconds", 3600},
    {Settings::Key::RetryGiveUpHours, "retry/give_up_hours", 48},
    {Settings::Key::AccountMaxConnections, "accounts/%1/max_connections", 2},
    {Settings::Key::AccountRatePerMinute, "accounts/%1/rate_per_minute", 0},
    {Settings::Key::AccountDailyLimit, "accounts/%1/daily_limit", 0},
    {Settings::Key::AccountChunking, "accounts/%1/chunking", 1},
    {Settings::Key::ProbeGraceMs, "probe/grace_ms", 2000},
    {Settings::Key::ProbeGraceLimitMs, "probe/grace_limit_ms", 3000},
    {Settings::Key::ProbeConnectTimeoutMs, "probe/connect_timeout_ms", 3000},
    {Settings::Key::UiLanguage, "ui/language", 0, ""},
    {Settings::Key::SpellingLanguage, "spelling/language", 0, ""},
    {Settings::Key::SpellingEnabled, "spelling/check", 1},
    {Settings::Key::OAuthClientId, "oauth/%1/client_id", 0, ""},
    {Settings::Key::OAuthClientSecret, "oauth/%1/client_secret", 0, ""},
};

const Entry& entry(Settings::Key key)
{
    for (const Entry& e : kEntries) {
        if (e.key == key)
            return e;
    }
    Q_UNREACHABLE();
}

} // namespace

Settings::Settings(const QString& fileName)
    : m_settings(std::make_unique<QSettings>(fileName, QSettings::IniFormat))
{ }

Settings::~Settings() = default;

QString Settings::defaultFileName(const QString& configDir)
{
    const QString dir = configDir.isEmpty() ? Paths::configDir() : configDir;
    return QDir(dir).filePath(QStringLiteral("postino.ini"));
}

QString Settings::path(Key key, const QString& account)
{
    QString p = QString::fromLatin1(entry(key).path);
    if (p.contains(QLatin1String("%1"))) {
        QString safe = account;
        // A name must stay one path component ("/" would make a subgroup).
        safe.replace(QLatin1Char('/'), QLatin1Char('_'));
        p = p.arg(safe);
    }
    return p;
}

QVariant Settings::defaultValue(Key key)
{
    const Entry& e = entry(key);
    if (e.defaultText)
        return QString::fromLatin1(e.defaultText);
    return e.defaultValue;
}

QVariant Settings::value(Key key, const QString& account) const
{
    return m_settings->value(path(key, account), defaultValue(key));
}

int Settings::intValue(Key key, const QString& account) const
{
    bool ok = false;
    const int v = value(key, account).toInt(&ok);
    return ok ? v : defaultValue(key).toInt();
}

QString Settings::stringValue(Key key, const QString& account) const
{
    return value(key, account).toString();
}

bool Settings::boolValue(Key key, const QString& account) const
{
    if (!contains(key, account))
        return defaultValue(key).toInt() != 0;
    const QString text = value(key, account).toString().trimmed().toLower();
    return !(text == QLatin1String("false") || text == QLatin1String("no") || text == QLatin1String("off")
             || text == QLatin1String("0"));
}

bool Settings::contains(Key key, const QString& account) const
{
    return m_settings->contains(path(key, account));
}

void Settings::setValue(Key key, const QVariant& value, const QString& account)
{
    m_settings->setValue(path(key, account), value);
}

bool Settings::sync()
{
    m_settings->sync();
    return m_settings->status() == QSettings::NoError;
}

QString Settings::fileName() const
{
    return m_settings->fileName();
}

} // namespace Postino

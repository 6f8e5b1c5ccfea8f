#pragma once

#include <QString>
#include <QVariant>

#include <memory>

class QSettings;

namespace Postino {

// Postino's settings: one typed table of keys and defaults over an INI file. No raw QSettings strings
// elsewhere; secrets never go here.
class Settings
{
public:
    enum class Key {
        RetryInitialSeconds, // retry/initial_seconds: first backoff step (60)
        RetryMaxSeconds, // retry/max_seconds: longest backoff step (3600)
        RetryGiveUpHours, // retry/give_up_hours: a message becomes failed this long after creation (48)
        AccountMaxConnections, // accounts/<name>/max_connections: parallel sessions per account (2)
        AccountRatePerMinute, // accounts/<name>/rate_per_minute: messages per minute, 0 = no limit (0)
        AccountDailyLimit, // accounts/<name>/daily_limit: messages per rolling 24 hours, 0 = no limit (0)
        AccountChunking, // accounts/<name>/chunking: BDAT when the server offers CHUNKING; false = DATA (true)
        ProbeGraceMs, // probe/grace_ms: how long a silent preferred server may hold a verified answer (2000)
        ProbeGraceLimitMs, // probe/grace_limit_ms: the grace ends by then after the probe began; 0: no limit (3000)
        ProbeConnectTimeoutMs, // probe/connect_timeout_ms: a probe's unanswered connect is a blackhole (3000)
        UiLanguage, // ui/language: the GUI's language ("it", "en"); empty follows the system ("")
        SpellingLanguage, // spelling/language: the composer's dictionary ("it_IT"); empty: the UI language's ("")
        SpellingEnabled, // spelling/check: the composer underlines misspelled words (true)
        // oauth/<provider id>/client_id: the OAuth2 client ID registered for Postino with that provider (""),
        // and oauth/<provider id>/client_secret: for Google's installed-app clients, whose secret is not one ("").
        // The "account" argument is the provider's id (gmail.com, outlook.com).
        OAuthClientId,
        OAuthClientSecret,
    };

    // fileName: the INI file; it need not exist yet.
    explicit Settings(const QString& fileName);
    ~Settings();
    Settings(const Settings&) = delete;
    Settings& operator=(const Settings&) = delete;

    // <AppConfigLocation>/postino.ini, or DIR/postino.ini for --config-dir DIR.
    [[nodiscard]] static QString defaultFileName(const QString& configDir = {});

    // The key's path in the file; account keys need the account's name.
    [[nodiscard]] static QString path(Key key, const QString& account = {});
    [[nodiscard]] static QVariant defaultValue(Key key);

    [[nodiscard]] QVariant value(Key key, const QString& account = {}) const;
    [[nodiscard]] int intValue(Key key, const QString& account = {}) const;
    [[nodiscard]] QString stringValue(Key key, const QString& account = {}) const;
    // "false", "no", "off" and 0 (any case) are false; anything else set is true; unset: the default.
    [[nodiscard]] bool boolValue(Key key, const QString& account = {}) const;
    // Whether the file sets the key (its default is not "set"): a value the user chose, even 0.
    [[nodiscard]] bool contains(Key key, const QString& account = {}) const;
    void setValue(Key key, const QVariant& value, const QString& account = {});
    bool sync(); // false when the file could not be written
    [[nodiscard]] QString fileName() const;

private:
    std::unique_ptr<QSettings> m_settings;
};

} // namespace Postino

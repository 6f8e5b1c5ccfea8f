#pragma once

#include "accounts/Account.h"
#include "common/Error.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QVariant>

namespace Postino {

// Accounts in an INI file, one group per account, through one typed table of keys and defaults
// (AccountStore::settingsTable()). Never a secret in it: Account has no field for one.
class AccountStore
{
    Q_DECLARE_TR_FUNCTIONS(Postino::AccountStore)
public:
    // One row of the table: the INI key under the account's group, and the value when it is absent.
    struct Setting
    {
        QString key;
        QVariant defaultValue;
    };

    // filePath: the INI file (see defaultFilePath()).
    explicit AccountStore(QString filePath);

    // configDir/accounts.ini for --config-dir, else <generic config location>/postino/accounts.ini
    // (shared by the GUI and the CLI; XDG_CONFIG_HOME isolates a run).
    [[nodiscard]] static QString defaultFilePath(const QString& configDir = {});
    [[nodiscard]] static const QList<Setting>& settingsTable();
    [[nodiscard]] const QString& filePath() const { return m_filePath; }

    // Adds a new account; an existing name is a Usage error (remove it first, or use save()).
    [[nodiscard]] Status add(const Account& account);
    // Adds or replaces.
    [[nodiscard]] Status save(const Account& account);
    // Stores what the server said its largest message is (SIZE; 0: no limit) for an existing account;
    // writes nothing when it is unchanged. An unknown name is a Config error.
    [[nodiscard]] Status rememberMaxMessageSize(const QString& name, qint64 bytes);
    [[nodiscard]] Status remove(const QString& name);
    [[nodiscard]] bool contains(const QString& name) const;
    // An unknown name is a Config error (78), as cli.md says.
    [[nodiscard]] Result<Account> get(const QString& name) const;
    // Every account, by name.
    [[nodiscard]] QList<Account> list() const;

private:
    [[nodiscard]] Status write(const Account& account);
    QString m_filePath;
};

} // namespace Postino

#pragma once

#include "accounts/Account.h"
#include "common/Error.h"
#include "common/WriteHook.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QVariant>

#include <functional>
#include <memory>

class QObject;

namespace Postino {

class SerialWorker;

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

    // Test seam (WriteHook): called with WriteFile before each write of the file, on the thread that
    // writes; a non-zero errno fails that write as if the disk had said so.
    using Done = std::function<void(const Status&)>;

    // filePath: the INI file (see defaultFilePath()).
    explicit AccountStore(QString filePath);
    // Waits for the writes still under way (see addAsync()).
    ~AccountStore();
    AccountStore(const AccountStore&) = delete;
    AccountStore& operator=(const AccountStore&) = delete;

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

    // The same writes on the store's one worker thread (each writes and fsyncs the file), through a
    // store of its own on the same file, one after the other in the order asked. done runs afterwards
    // on context's thread, unless context is gone by then. For the GUI; the CLI uses the calls above.
    void addAsync(const Account& account, QObject* context, Done done);
    // save() on the worker: an account edited in its settings dialog.
    void saveAsync(const Account& account, QObject* context, Done done);
    void removeAsync(const QString& name, QObject* context, Done done);
    void rememberMaxMessageSizeAsync(const QString& name, qint64 bytes, QObject* context, Done done);
    // Blocks until every write asked for so far is on disk (or failed); their done callbacks still come later.
    void waitForWrites();

    // Reaches the jobs already queued on the store's worker too: once it returns, the old hook runs nowhere.
    void setWriteHook(WriteHook hook) { m_hook.set(std::move(hook)); }
    [[nodiscard]] bool contains(const QString& name) const;
    // An unknown name is a Config error (78), as cli.md says.
    [[nodiscard]] Result<Account> get(const QString& name) const;
    // Every account, by name.
    [[nodiscard]] QList<Account> list() const;

private:
    [[nodiscard]] Status write(const Account& account);
    void writeAsync(std::function<Status(AccountStore& store)> write, QObject* context, Done done);

    QString m_filePath;
    SharedWriteHook m_hook; // shared with the worker's copies of the store
    std::unique_ptr<SerialWorker> m_writer; // created by the first ...Async() call
};

} // namespace Postino

#pragma once

#include "campaign/RecipientList.h"
#include "common/Error.h"
#include "common/WriteHook.h"
#include "mime/Address.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

#include <functional>

namespace Postino {

struct CheckedMailbox;

struct SuppressedAddress
{
    QString email; // the address (its addr-spec as written when it was added)
    QDateTime added; // UTC
    QString source; // "manual", "import:<file name>", "unsubscribe", ...
};

// The addresses no campaign may be sent to again, shared by every campaign; the `suppress` command and
// the GUI edit it. One JSON file:
//
//   {"version": 1, "entries": [{"email": "mario@esempio.it", "added": "2026-03-01T09:00:00Z", "source": "manual"},
//   ...]}
//
// Addresses are compared by suppressionKey(): mailboxKey() (IDN as A-labels) ignoring case in the local part
// too. Dedupe keeps "Mario@" and "mario@" apart as RFC 5321 says, but an address that asked never to get
// mail again must not get it by a change of case: here the safe side is the wider match. Reads use what load() or the
// last change read from the file. Each change is a read-modify-write of the file under a QLockFile (<file>.lock), so
// that two processes, or two objects on one file, never lose each other's entries; the file is replaced durably (a
// temporary, fsync, rename, fsync of the folder). A damaged file is an error naming it, never silently emptied or
// overwritten.
class SuppressionList
{
    Q_DECLARE_TR_FUNCTIONS(Postino::SuppressionList)
public:
    // What a change did. skipped: the rows of an import that were not added (no address, invalid).
    struct Change
    {
        int added = 0;
        int alreadyThere = 0;
        int removed = 0;
        int notThere = 0;
        QList<SkippedRecipient> skipped;
    };

    [[nodiscard]] static QString defaultPath(); // Paths::dataDir() + "/suppression.json"
    explicit SuppressionList(QString path = defaultPath());

    [[nodiscard]] const QString& path() const { return m_path; }
    // A missing file is an empty list; a damaged one is a DataError naming it.
    [[nodiscard]] Status load();
    [[nodiscard]] bool contains(const Address& address) const; // by mailboxKey
    [[nodiscard]] bool contains(const QString& email) const; // false for an invalid address
    [[nodiscard]] bool containsKey(const QString& mailboxKey) const
    {
        return m_entries.contains(suppressionKey(mailboxKey));
    }
    // The key of the list's entries for a mailboxKey(): lower case throughout.
    [[nodiscard]] static QString suppressionKey(const QString& mailboxKey) { return mailboxKey.toLower(); }
    [[nodiscard]] int size() const { return static_cast<int>(m_entries.size()); }
    // Sorted by email (ignoring case).
    [[nodiscard]] QList<SuppressedAddress> entries() const;

    // An invalid address refuses the whole change (a DataError naming it) and nothing is written.
    [[nodiscard]] Result<Change> add(const QStringList& emails, const QString& source, const QDateTime& at);
    [[nodiscard]] Result<Change> remove(const QStringList& emails);
    // A CSV as for campaigns (its address column found as RecipientList finds it), or a one-column file
    // without a header whose first line is itself an address. Rows with no or an invalid address are
    // skipped and listed in Change::skipped, the rest added with the source "import:<file name>"; a
    // row repeating an earlier one counts as already there.
    [[nodiscard]] Result<Change> importCsv(const QString& path, const QDateTime& at);

    // The test seam for the durable steps of a change.
    void setWriteHook(WriteHook hook) { m_hook = std::move(hook); }

    // How long a change waits for another process's lock before it gives up (default kLockWaitMsec).
    void setLockTimeout(int msec) { m_lockWaitMsec = msec; }
    static constexpr int kLockWaitMsec = 10000;

private:
    using Entries = QHash<QString, SuppressedAddress>; // by suppressionKey
    using Edit = std::function<void(Entries* entries, Change* change)>;

    [[nodiscard]] Result<Entries> readFile() const;
    [[nodiscard]] Result<Entries> decode(const QByteArray& bytes) const;
    [[nodiscard]] QByteArray encode(const Entries& entries) const;
    [[nodiscard]] Status writeFile(const QByteArray& bytes) const;
    // Under the lock: the file read, edit applied, the file written when edit changed anything.
    [[nodiscard]] Result<Change> change(const Edit& edit, Change change);
    [[nodiscard]] Result<Change> addMailboxes(const QList<CheckedMailbox>& mailboxes, const QString& source,
                                              const QDateTime& at, const Change& base);
    [[nodiscard]] Error damaged(const QString& what) const;

    QString m_path;
    Entries m_entries;
    WriteHook m_hook;
    int m_lockWaitMsec = kLockWaitMsec;
};

} // namespace Postino

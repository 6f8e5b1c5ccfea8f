#pragma once

#include "common/Error.h"
#include "common/WriteHook.h"
#include "outbox/OutboxItem.h"

#include <QHash>
#include <QObject>
#include <QTimer>

#include <functional>
#include <memory>
#include <optional>
#include <vector>

struct stat;

namespace Postino {

class Clock;

// A problem found while loading the outbox: the item was moved aside into outbox/damaged/.
struct OutboxProblem
{
    QString id; // the item's folder name
    QString reason; // translated: what is wrong with it
    QString movedTo; // where it is now
};

// The outbox on disk. Every message is written durably before its first attempt:
//
//   <base>/outbox/<id>/message.eml   the bytes to transmit, exactly
//   <base>/outbox/<id>/item.json     OutboxItem, with SHA-256 of the message and of the metadata
//   <base>/outbox/damaged/<id>/      items that failed their checks, moved aside (never deleted)
//   <base>/outbox/runner.lock        QLockFile: one runner sends at a time, across processes
//   <base>/sent/<id>/                the local Sent folder, same format
//
// A new item is written into outbox/.new-<id>/ (each file written, fsynced, the folder fsynced), then
// renamed into place and the outbox folder fsynced: a crash leaves the whole item or none of it. An
// update replaces item.json the same way (item.json.tmp, fsync, rename, fsync the folder).
//
// The runner that holds the lock commits its many small state changes through a journal instead:
//
//   <base>/outbox/journal            one line per committed version of an item: "<crc32> <json>\n"
//
// record() appends with write(), so a process that dies leaves the line in the kernel's page cache; a
// background thread syncs it to the disk (journalSyncedTo()), many lines per sync (group commit), and the
// runner waits for that only where it must (before a final dot). checkpoint() writes the newest
// versions into item.json files, files the sent ones under Sent, syncs the file system and empties
// the journal; a crash in between is repaired from the journal, because the newest revision wins.
// Other processes (the GUI while `queue run` sends) read the journal too, so they see the same state.
class OutboxStore : public QObject
{
    Q_OBJECT
public:
    // The durable steps (Disk::Step), for tests that check the order or make one fail through the
    // WriteHook, which is called before each step. SyncFile of the journal is asked from the journal's
    // sync thread.
    using Step = Disk::Step;

    // baseDir: where "outbox" and "sent" live (defaultBaseDir() in production).
    explicit OutboxStore(const QString& baseDir, Clock* clock = nullptr, QObject* parent = nullptr);
    ~OutboxStore() override;

    // QStandardPaths::AppDataLocation, or configDir for `--config-dir DIR`.
    [[nodiscard]] static QString defaultBaseDir(const QString& configDir = {});

    [[nodiscard]] QString baseDir() const { return m_baseDir; }
    [[nodiscard]] QString outboxDir() const;
    [[nodiscard]] QString sentDir() const;
    [[nodiscard]] QString damagedDir() const;
    [[nodiscard]] QString lockFilePath() const;
    [[nodiscard]] QString messagePath(const QString& id) const;
    [[nodiscard]] Clock* clock() const { return m_clock; }

    // Queues a new message. Fills id (unless set), created, windowStart, nextAttempt (now, unless set),
    // size, state (queued) and, where empty, subject/from/messageId from the message's headers. On
    // failure (IoError naming the place and the cause) nothing is left behind and the caller keeps its
    // data.
    [[nodiscard]] Result<OutboxItem> add(OutboxItem item, const QByteArray& message);
    // Commits item's metadata (its message is never rewritten).
    [[nodiscard]] Status update(const OutboxItem& item);
    // Commits the state `sent` first, then moves the item into the Sent folder.
    [[nodiscard]] Status markSent(OutboxItem& item);
    // --- the journal (only by the runner that holds the lock) ---
    // Replays what an earlier runner left (checkpointing it first, unless checkpoint is false: then
    // the journal goes on where it ended) and opens the journal for appending.
    [[nodiscard]] Status openJournal(bool checkpoint = true);
    // Syncs and closes; with checkpoint, everything is then in item.json files and the Sent folder.
    // The GUI passes false: a checkpoint's syncfs() is for `queue run`, or for every 4,096 lines.
    Status closeJournal(bool checkpoint = true);
    [[nodiscard]] bool journalOpen() const { return m_journalFd >= 0; }
    // Commits a new version of item (its revision is advanced) to the journal, without waiting for
    // the disk; a sync is requested in the background. Falls back to update() when the journal is closed.
    [[nodiscard]] Status record(OutboxItem& item);
    // record() of the same item with finalDotPending set, cheaply (on the path of every message).
    [[nodiscard]] Status recordDotPending(OutboxItem& item);
    // Positions in the journal: everything up to journalSynced() is on the disk.
    [[nodiscard]] quint64 journalWritten() const { return m_journalBase + m_journalSize; }
    [[nodiscard]] quint64 journalSynced() const { return m_journalSynced; }
    // Waits for the disk (the background sync is usually quicker to ask for: requestJournalSync()).
    [[nodiscard]] Status syncJournal();
    void requestJournalSync();
    [[nodiscard]] Status checkpoint();
    // A journal left by a runner of this process that closed it (closeJournal(false)): read it and
    // checkpoint it. Meant for a store of its own on a worker thread, under the runner's lock.
    [[nodiscard]] Status checkpointJournal();
    // Whether a journal grown past 4,096 lines or 8 MB is checkpointed on the spot (the default) or
    // left for the owner to checkpoint elsewhere (the GUI: on a worker thread when idle).
    void setAutoCheckpoint(bool on) { m_autoCheckpoint = on; }
    // Lines in the journal file now (open or last closed by this store).
    [[nodiscard]] int journalLines() const { return m_journalLines; }

    // Deletes an item (NoInput if there is none).
    [[nodiscard]] Status remove(const QString& id);

    // One item, checked. NoInput if unknown; a damaged item is moved aside, reported, and DataError.
    // How much a read checks: everything, or the metadata and the message's size only (the runner,
    // which checks the message's SHA-256 as it streams it, before the final dot).
    enum class Check { Full, Metadata };
    [[nodiscard]] Result<OutboxItem> load(const QString& id, Check check = Check::Full);
    // Every item in the outbox (not the Sent ones), in id order. Damaged items are moved aside and
    // reported through itemDamaged() and problems(); items already committed as sent are moved on.
    [[nodiscard]] QList<OutboxItem> items(Check check = Check::Full);
    // An item found damaged elsewhere (its message did not match its SHA-256 while it was sent):
    // moved aside and reported like one found on loading.
    void setAside(const QString& id, const QString& reason) { moveAside(id, reason); }
    [[nodiscard]] QList<OutboxItem> sentItems(Check check = Check::Full);
    // An item wherever it is now: the outbox, or the Sent folder (for `send --json` after success).
    [[nodiscard]] Result<OutboxItem> find(const QString& id, Check check = Check::Full);
    [[nodiscard]] Result<QByteArray> message(const QString& id) const;

    [[nodiscard]] const QList<OutboxProblem>& problems() const { return m_problems; }
    void clearProblems() { m_problems.clear(); }

    void setWriteHook(WriteHook hook) { m_hook = std::move(hook); }
    [[nodiscard]] const WriteHook& writeHook() const { return m_hook; }
    // Another OutboxStore on the same folder (one on a worker thread, say) added this item: tells
    // this one's listeners (itemAdded()).
    void noteAdded(const QString& id) { emit itemAdded(id); }
    // ... changed this item's metadata (itemUpdated()).
    void noteUpdated(const QString& id) { emit itemUpdated(id); }
    // ... removed this item: this one forgets what it held of it (itemRemoved()).
    void noteRemoved(const QString& id);

    // Fills subject, from and messageId (where empty) from the message's header section.
    static void describe(OutboxItem& item, const QByteArray& message);
    [[nodiscard]] static QString newId(const QDateTime& now);

signals:
    void itemAdded(const QString& id);
    void itemUpdated(const QString& id);
    void itemRemoved(const QString& id); // removed, sent, or moved aside
    void sentAdded(const QString& id); // filed in the Sent folder
    void itemDamaged(const QString& id, const QString& reason);
    // Everything up to this journal position is on the disk.
    void journalSyncedTo(quint64 position);
    // The journal could not be synced (translated: where, and what to do).
    void journalSyncFailed(const QString& message);

private:
    Result<OutboxItem> loadFrom(const QString& folder, const QString& id, Check check = Check::Full);
    void moveAside(const QString& id, const QString& reason);
    Status writeDurably(const QString& path, const QByteArray& data);
    Status syncDir(const QString& dir);
    Status makeDir(const QString& dir);
    int hook(Step step, const QString& path) const;
    QByteArray encodeItem(const OutboxItem& item) const;
    static QByteArray wrapItem(const QByteArray& compact, const QByteArray& sha256);
    [[nodiscard]] QByteArray journalledItemFile(const OutboxItem& item) const;
    Status appendToJournal(const OutboxItem& item, const QByteArray& json);
    quint64 nextRevision(const OutboxItem& item) const;
    void readJournal(); // another process's journal: what is new since the last read
    void takeJournalLine(const QByteArray& line);
    [[nodiscard]] bool newerInJournal(const OutboxItem& onDisk, OutboxItem* newer) const;
    void onSynced(quint64 generation, quint64 position, int error);

    QString m_baseDir;
    Clock* m_clock;
    WriteHook m_hook;
    QList<OutboxProblem> m_problems;
    struct FileStamp
    {
        qint64 size = 0;
        qint64 mtimeNs = 0;
        quint64 inode = 0;
        bool operator==(const FileStamp& other) const
        {
            return size == other.size && mtimeNs == other.mtimeNs && inode == other.inode;
        }
    };
    // A file's size, modification time and inode; false when it is not there.
    static bool stampOf(const QString& path, FileStamp* stamp);
    static FileStamp stampFrom(const struct stat& st);
    // message.eml files already verified against their checksum, by path.
    struct Verified
    {
        QByteArray sha256;
        FileStamp stamp;
    };
    QHash<QString, Verified> m_verified;
    // item.json files already parsed and checked, by path.
    struct Parsed
    {
        FileStamp stamp;
        OutboxItem item;
    };
    QHash<QString, Parsed> m_parsed;
    QHash<QString, quint64> m_revisions; // the newest revision seen of each item

    // The journal: the newest version of each item it holds, by id.
    QHash<QString, OutboxItem> m_journal;
    QHash<QString, QPair<QByteArray, QByteArray>> m_journalBytes; // its compact JSON and SHA-256 (or empty)
    int m_journalFd = -1;
    quint64 m_journalBase = 0; // positions before the last checkpoint
    quint64 m_journalSize = 0; // bytes in the file now
    quint64 m_journalSynced = 0;
    int m_journalLines = 0;
    // Reading another process's journal.
    quint64 m_readInode = 0;
    qint64 m_readOffset = 0;
    class Syncer;
    std::unique_ptr<Syncer> m_syncer;
    std::vector<std::unique_ptr<Syncer>> m_retired; // closing journals, syncing their last lines
    quint64 m_syncerGeneration = 0;
    QTimer m_lazySync;
    bool m_autoCheckpoint = true;
};

} // namespace Postino

#pragma once

#include "common/Error.h"
#include "common/SerialWorker.h"
#include "common/ThreadInbox.h"
#include "common/WriteHook.h"
#include "outbox/OutboxFolder.h"
#include "outbox/OutboxIndex.h"
#include "outbox/OutboxItem.h"

#include <QByteArrayView>
#include <QHash>
#include <QObject>
#include <QPointer>
#include <QTimer>

#include <functional>
#include <memory>
#include <optional>
#include <vector>

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
//   <base>/outbox/pace/<account>     the account's transaction starts of the last 24 h (PaceLog)
//   <base>/outbox/index              what the item.json files held, for the next listing (OutboxIndex.h)
//   <base>/sent/<id>/                the local Sent folder, same format
//   <base>/sent/index                ... and its index
//
// A new item is written into outbox/.new-<id>/ (each file written, fsynced, the folder fsynced), then
// renamed into place and the outbox folder fsynced: a crash leaves the whole item or none of it. An
// update replaces item.json the same way (item.json.tmp, fsync, rename, fsync the folder).
//
// The runner that holds the lock commits its many small state changes through a journal instead:
//
//   <base>/outbox/journal            one record per committed version of an item (OutboxJournalRecord.h):
//                                    the item whole the first time, then only what changed, CRC-checked
//
// record() appends with write(), so a process that dies leaves the record in the kernel's page cache; a
// background thread syncs it to the disk (journalSyncedTo()), many records per sync (group commit), and the
// runner waits for that only where it must (before a final dot). checkpoint() writes the newest
// versions into item.json files, files the sent ones under Sent, syncs the file system and empties
// the journal; a crash in between is repaired from the journal, because the newest revision wins.
// Other processes (the GUI while `queue run` sends) read the journal too, so they see the same state.
// A journal of format 1 (a JSON line per version, from earlier builds) is read the same way, and the first
// runner to open it migrates it: replays it, checkpoints it, and begins a journal of format 2.
//
// One store per outbox in a process. Its writes that may wait for the disk also come as *Async calls: the
// durable steps run on the store's own worker thread (OutboxFolder, which caches nothing), and the store
// learns the outcome, tells its listeners and calls back on its own thread. They run one at a time, in
// the order given; the destructor waits for them.
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
    // Where the accounts' transaction starts are kept (PaceLog), one file per account.
    [[nodiscard]] QString paceDir() const;
    [[nodiscard]] QString messagePath(const QString& id) const;
    [[nodiscard]] Clock* clock() const { return m_clock; }

    // Queues a new message. Fills id (unless set), created, windowStart, nextAttempt (now, unless set),
    // size, state (queued) and, where empty, subject/from/messageId from the message's headers. On
    // failure (IoError naming the place and the cause) nothing is left behind and the caller keeps its
    // data.
    [[nodiscard]] Result<OutboxItem> add(OutboxItem item, const QByteArray& message);
    // The same, with the message's bytes streamed from write (never held whole here).
    [[nodiscard]] Result<OutboxItem> add(OutboxItem item, const MessageWriter& write);
    // Many new messages with one group commit (one syncfs() instead of five fsyncs each), all or none: a
    // campaign's messages, written as durably as add() writes one. writes[i] writes items[i]'s message.
    [[nodiscard]] Result<QList<OutboxItem>> addBatch(QList<OutboxItem> items, const QList<MessageWriter>& writes);
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

    // --- the same off this thread: done() is called here afterwards, unless context is gone by then ---
    template<typename T>
    using Then = std::function<void(const T& result)>;
    // add(): write runs on the worker (a message built there, attachments and all, is never whole in memory).
    // Adds given while the worker is still busy go together, as addBatch() writes them: one commit for all
    // (and, should that fail, each on its own, so write may be called twice).
    void addAsync(OutboxItem item, MessageWriter write, QObject* context, Then<Result<OutboxItem>> done);
    // Loads the item with the full check, applies change (which may refuse with an Error) and commits it
    // to item.json: a retry, an edit of its state. A damaged item is moved aside (itemDamaged()).
    void updateAsync(const QString& id, std::function<Status(OutboxItem& item)> change, QObject* context,
                     Then<Result<OutboxItem>> done);
    void removeAsync(const QString& id, QObject* context, Then<Status> done);
    // checkpointJournal() of a journal this store closed (closeJournal(false)); its syncfs() may take long.
    void checkpointAsync(QObject* context, Then<Status> done);
    // Async writes given and not yet reported back.
    [[nodiscard]] int writesPending() const { return m_writesPending; }
    // Waits until every async write has run on the worker (their reports still come through the event loop).
    void waitForWrites() { m_worker.waitForDone(); }

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
    // A message of the Sent folder, as it was sent (NoInput when it is not there). Reads only its file, so
    // it may run on any thread.
    [[nodiscard]] Result<QByteArray> sentMessage(const QString& id) const;

    // How many item.json files this store has parsed so far: not found unchanged in its cache or in the
    // folder's index (OutboxIndex.h). For tests and the benchmark.
    [[nodiscard]] int itemFilesParsed() const { return m_parsedCount; }

    [[nodiscard]] const QList<OutboxProblem>& problems() const { return m_problems; }
    void clearProblems() { m_problems.clear(); }

    // Reaches the store's threads too: once it returns, the old hook runs nowhere (SharedWriteHook).
    void setWriteHook(WriteHook hook) { m_folder.setWriteHook(std::move(hook)); }

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
    // A folder's index (OutboxIndex.h): what its file held when this store last read it, less the entries
    // taken since (into m_parsed), and where it is.
    struct IndexState
    {
        QString path;
        FileStamp stamp; // of the index file as last read or written (size 0: none)
        bool present = false;
        QHash<QString, OutboxIndexEntry> entries;
    };
    // Reads the index again when its file is not the one read last (another process wrote it).
    void refreshIndex(IndexState& index);
    // An item.json of the listing under way, from its index when its entry has the file's stamp.
    [[nodiscard]] bool takeIndexed(const QString& id, const FileStamp& stamp, OutboxItem* item);
    // After a listing that had to parse `parsed` of listed.size() item.json files: a new index when that was many.
    void updateIndex(IndexState& index, const QStringList& listed, int parsed, qint64 listedAtNs);
    void moveAside(const QString& id, const QString& reason);
    // What a damaged item's report says, once it is moved aside (or could not be).
    void reportDamaged(const QString& id, const QString& reason, const QString& movedTo);
    [[nodiscard]] Error damagedError(const QString& id, const QString& reason) const;
    // id, created, windowStart, nextAttempt and state of an item about to be added.
    void prepareNew(OutboxItem& item) const;
    void added(const OutboxItem& item);
    void updated(const OutboxItem& item);
    // The item is gone from the outbox folder: what this store held of it goes too (nobody is told).
    void forget(const QString& id);
    [[nodiscard]] bool goneAfterRemove(const Status& removed, const QString& id) const;
    // Counts an async write in; the report goes to done when context still lives.
    template<typename T>
    void report(const QPointer<QObject>& context, const Then<T>& done, const T& result);
    [[nodiscard]] QByteArray journalledItemFile(const OutboxItem& item) const;
    // The journal's newest versions, as a checkpoint writes them; and what the store learns from one.
    [[nodiscard]] QList<JournalledItem> checkpointPlan() const;
    void checkpointed(const QList<JournalledItem>& plan, const CheckpointDone& done);
    // After a checkpoint of the open journal: a fresh, empty journal file in its place.
    Status restartJournal();
    // line: the framed record; json: the item's compact JSON when the record is whole (else empty).
    Status appendToJournal(const OutboxItem& item, const QByteArray& line, const QByteArray& json);
    // A format-2 journal's first bytes into a new, empty journal file.
    Status writeJournalHeader(int fd, const QString& path);
    quint64 nextRevision(const OutboxItem& item) const;
    void readJournal(); // another process's journal: what is new since the last read
    void takeJournalLine(const QByteArray& line); // format 1
    void takeJournalRecord(QByteArrayView payload); // format 2
    [[nodiscard]] bool newerInJournal(const OutboxItem& onDisk, OutboxItem* newer) const;
    void onSynced(quint64 generation, quint64 position, int error);

    QString m_baseDir;
    Clock* m_clock;
    OutboxFolder m_folder;
    QList<OutboxProblem> m_problems;
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
    IndexState m_outboxIndex;
    IndexState m_sentIndex;
    IndexState* m_listing = nullptr; // the index of the folder being listed, while items() or sentItems() runs
    int m_parsedCount = 0; // item.json files parsed (not found in m_parsed or an index)

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
    bool m_readLines = false; // the file read is of format 1 (JSON lines), left by an earlier version
    QByteArray m_readFileHeader; // the first bytes of the file read (format 2): they name it
    QByteArray m_journalHeader; // ... and of the file this store writes
    // Where the journal's sync threads hand their results (onSynced()) to this store's thread; declared before
    // them, so that it outlives them.
    ThreadInbox m_syncedInbox;
    class Syncer;
    std::unique_ptr<Syncer> m_syncer;
    std::vector<std::unique_ptr<Syncer>> m_retired; // closing journals, syncing their last lines
    quint64 m_syncerGeneration = 0;
    QTimer m_lazySync;
    bool m_autoCheckpoint = true;
    int m_writesPending = 0;
    struct PendingAdds;
    std::shared_ptr<PendingAdds> m_pendingAdds; // addAsync() calls the worker has not taken up yet
    SerialWorker m_worker; // last: destroyed first, it waits for the writes that use the members above
};

} // namespace Postino

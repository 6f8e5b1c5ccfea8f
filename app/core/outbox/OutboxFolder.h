#pragma once

// The outbox store's hands on the disk: every durable step on one outbox's folders, with nothing cached
// and no state but the folder's path and the write hook. A copy may be taken to another thread (the
// store's worker, the journal's sync thread) while the store itself, with its caches and its signals,
// stays on its own. Nothing outside the outbox store includes it.

#include "common/Error.h"
#include "common/WriteHook.h"
#include "outbox/OutboxItem.h"

#include <QByteArray>
#include <QString>

#include <functional>
#include <optional>

class QIODevice;
struct stat;

namespace Postino {

// Writes a message's bytes, exactly as they are transmitted (CRLF), into device.
using MessageWriter = std::function<Status(QIODevice* device)>;

// A file's size, modification time and inode: unchanged means not written since.
struct FileStamp
{
    qint64 size = 0;
    qint64 mtimeNs = 0;
    quint64 inode = 0;
    bool operator==(const FileStamp& other) const
    {
        return size == other.size && mtimeNs == other.mtimeNs && inode == other.inode;
    }
    // false when the file is not there.
    static bool of(const QString& path, FileStamp* stamp);
    static FileStamp from(const struct stat& st);
};

// One item's version of the journal, as a checkpoint writes it into item.json.
struct JournalledItem
{
    OutboxItem item;
    QByteArray itemFile; // item.json's bytes
    std::optional<quint64> cachedRevision; // the revision in item.json, if the store knows it unchanged
    FileStamp cachedStamp; // ... as of this stamp
};

// What a checkpoint did, for the store to remember.
struct CheckpointDone
{
    QList<QPair<int, FileStamp>> written; // the plan's items whose item.json was written, with its stamp
    QStringList filed; // ids moved into the Sent folder
};

class OutboxFolder
{
public:
    using Step = Disk::Step;

    // Every copy of a folder (the store's worker and journal sync thread have theirs) shares one write hook.
    OutboxFolder(const QString& baseDir, WriteHook hook = {});

    [[nodiscard]] QString baseDir() const { return m_baseDir; }
    [[nodiscard]] QString outboxDir() const;
    [[nodiscard]] QString sentDir() const;
    [[nodiscard]] QString damagedDir() const;
    [[nodiscard]] QString itemDir(const QString& id) const;
    [[nodiscard]] QString journalPath() const;
    // The test seam, for this folder and every copy of it (SharedWriteHook).
    void setWriteHook(WriteHook hook) { m_hook.set(std::move(hook)); }
    // The errno the hook makes this step fail with, or 0.
    [[nodiscard]] int injected(Step step, const QString& path) const { return m_hook.injected(step, path); }
    // Whether id can name an item folder at all (not empty, no '/', not hidden, not "damaged").
    [[nodiscard]] static bool isItemName(const QString& id);

    // --- durable steps ---
    // dir, and the parents it needs. Durable: a folder made here is synced into its parent (the outbox,
    // Sent, damaged: nothing else syncs their names, and a power cut would take them with everything
    // in them); NotSynced for a staging folder, whose rename into place is synced.
    enum class DirName { Durable, NotSynced };
    Status makeDir(const QString& dir, DirName name = DirName::Durable) const;
    Status syncDir(const QString& dir) const;
    // path.tmp: written, fsynced, closed; renamed over path; the folder fsynced. On failure the temporary
    // is gone.
    Status writeDurably(const QString& path, const QByteArray& data) const;
    // The same, with the bytes from write; *size and *sha256 (hex) say what was written, *head holds
    // its first bytes (enough for the header section of a message).
    Status writeDurably(const QString& path, const MessageWriter& write, qint64* size, QByteArray* sha256,
                        QByteArray* head) const;
    // writeDurably() with sync, else the same without the fsync of the file and of its folder (a syncfs()
    // afterwards covers them).
    Status writeFile(const QString& path, const MessageWriter& write, qint64* size, QByteArray* sha256,
                     QByteArray* head, bool sync) const;
    // In place, not synced (a checkpoint's syncfs() covers it); not O_TRUNC, see the definition.
    Status overwrite(const QString& path, const QByteArray& data) const;
    // syncfs() of the file system the outbox is on.
    Status syncFileSystem() const;

    // --- items ---
    // A new item folder: outbox/.new-<id>/ with message.eml (from write) and item.json, each durable,
    // then renamed into place and the outbox synced. Fills size, messageSha256 and, where empty,
    // subject/from/messageId. A crash leaves the whole item or none of it; on failure nothing is left.
    [[nodiscard]] Result<OutboxItem> writeNewItem(OutboxItem item, const MessageWriter& write) const;
    // Many new item folders with one commit (a campaign's messages): each written into outbox/.new-<id>/
    // without a sync of its own, then one syncfs() of the file system, the renames into place and one sync
    // of the outbox. All or none: on failure nothing of the batch is left. writes[i] is items[i]'s message.
    [[nodiscard]] Result<QList<OutboxItem>> writeNewItems(QList<OutboxItem> items,
                                                          const QList<MessageWriter>& writes) const;
    // Renames the item's folder out of sight, deletes it, syncs the outbox.
    [[nodiscard]] Status removeItem(const QString& id) const;
    // Moves a folder into the Sent folder, never over an existing one (id-1, id-2...) unless that is a stale
    // copy of the same item (not sent, or torn: a power cut's), which it replaces: where it went.
    [[nodiscard]] Result<QString> fileUnderSent(const QString& from, const QString& id, bool makeSentDir = true) const;
    // Moves a damaged item's folder into damaged/: where it went, or empty if it could not be moved.
    [[nodiscard]] QString moveAside(const QString& id) const;
    // The journalled versions into item.json files (the sent ones filed under Sent), then one syncfs();
    // with removeJournal, the journal file then goes (it was closed) and the outbox is synced.
    [[nodiscard]] Result<CheckpointDone> checkpoint(const QList<JournalledItem>& items, bool removeJournal) const;

    // --- item.json ---
    [[nodiscard]] static QByteArray encodeItem(const OutboxItem& item);
    [[nodiscard]] static QByteArray wrapItem(const QByteArray& compact, const QByteArray& sha256);
    // item.json of the item in folder, parsed and checked (DataError: damaged; IoError: unreadable),
    // with the stamp of the very file read. *complete: whether the stamp covers every byte parsed.
    [[nodiscard]] static Result<OutboxItem> readItemFile(const QString& folder, const QString& id, FileStamp* stamp,
                                                         bool* complete);
    // Whether message.eml matches its SHA-256 (DataError if not, IoError if unreadable).
    [[nodiscard]] static Status verifyMessage(const QString& path, const QByteArray& sha256);
    // An item read and fully checked, without a cache (on the store's worker).
    [[nodiscard]] static Result<OutboxItem> readItem(const QString& folder, const QString& id);

    // Fills subject, from and messageId (where empty) from the message's header section.
    static void describe(OutboxItem& item, const QByteArray& message);

private:
    QString m_baseDir;
    SharedWriteHook m_hook;
};

} // namespace Postino

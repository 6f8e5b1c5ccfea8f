// The journal's checkpoint: its newest versions into item.json files, the sent items filed under Sent,
// one syncfs(), then an empty journal. The store plans it (what the journal holds, what it knows of the
// files), its folder does it (on this thread, or on the store's worker), and the store remembers what
// was written. A crash at any point is repaired from the journal, because the newest revision wins.
#include "OutboxJournalRecord.h"
#include "OutboxStore_p.h"

#include "common/Log.h"

#include <QFile>
#include <QFileInfo>

#include <cerrno>
#include <fcntl.h>
#include <unistd.h>

namespace Postino {

using namespace OutboxFiles;

namespace {

// The revision in the item.json in folder: the store's cached one when the file is unchanged since (one
// stat), else read. *exists: whether the item's folder is there at all. None when it cannot be read.
std::optional<quint64> revisionOnDisk(const QString& folder, const QString& id, const JournalledItem* known,
                                      bool* exists)
{
    const QString file = folder + QLatin1Char('/') + kItemFile;
    FileStamp stamp;
    *exists = FileStamp::of(file, &stamp) || QFileInfo(folder).isDir();
    if (!*exists)
        return std::nullopt;
    if (known && known->cachedRevision && known->cachedStamp == stamp)
        return known->cachedRevision;
    bool complete = false;
    const Result<OutboxItem> onDisk = OutboxFolder::readItemFile(folder, id, &stamp, &complete);
    FileStamp body;
    if (!onDisk || !FileStamp::of(folder + QLatin1Char('/') + kMessageFile, &body) || body.size != onDisk.value().size)
        return std::nullopt;
    return onDisk.value().revision;
}

} // namespace

Result<CheckpointDone> OutboxFolder::checkpoint(const QList<JournalledItem>& items, bool removeJournal) const
{
    CheckpointDone done;
    bool sentDirReady = false;
    // item.json files are overwritten in place and not synced one by one: one syncfs() below covers
    // them all, and until it returns the journal still has every line, so a torn item.json is repaired
    // from it (and readers take the journal's version meanwhile). No temporary files: creating an inode
    // per item costs more than everything else here.
    for (int i = 0; i < items.size(); ++i) {
        const JournalledItem& journalled = items.at(i);
        const OutboxItem& item = journalled.item;
        const bool sent = item.state == OutboxItem::State::Sent;
        const QString folder = itemDir(item.id);
        bool inOutbox = false;
        const std::optional<quint64> disk = revisionOnDisk(folder, item.id, &journalled, &inOutbox);
        if (!inOutbox) {
            if (sent) {
                // Moved by a checkpoint that did not finish: make sure its item.json says sent.
                const QString filed = sentDir() + QLatin1Char('/') + item.id;
                bool inSent = false;
                const std::optional<quint64> sentRevision = revisionOnDisk(filed, item.id, nullptr, &inSent);
                if (inSent && (!sentRevision || *sentRevision < item.revision)) {
                    if (Status s = overwrite(filed + QLatin1Char('/') + kItemFile, journalled.itemFile); !s)
                        return s.error();
                }
            }
            continue;
        }
        if (disk && *disk >= item.revision)
            continue; // changed since by someone else (a retry from the GUI)
        const QString file = folder + QLatin1Char('/') + kItemFile;
        if (Status s = overwrite(file, journalled.itemFile); !s) {
            if (!sent && !QFileInfo(folder).isDir())
                continue; // deleted meanwhile (Delete in the GUI, on another thread)
            return s.error();
        }
        if (!sent) {
            if (FileStamp stamp; FileStamp::of(file, &stamp))
                done.written.append({i, stamp});
            continue;
        }
        if (!sentDirReady) {
            if (Status s = makeDir(sentDir()); !s)
                return s.error();
            sentDirReady = true;
        }
        if (const Result<QString> filed = fileUnderSent(folder, item.id, false); !filed)
            return filed.error();
        done.filed.append(item.id);
    }
    // Everything above onto the disk at once; then the journal may go.
    if (Status s = syncFileSystem(); !s)
        return s.error();
    if (removeJournal) {
        if (::unlink(QFile::encodeName(journalPath()).constData()) != 0 && errno != ENOENT)
            return ioError(Step::Rename, journalPath(), errno);
        if (Status s = syncDir(outboxDir()); !s)
            return s.error();
    }
    return done;
}

QList<JournalledItem> OutboxStore::checkpointPlan() const
{
    QStringList ids = m_journal.keys();
    ids.sort();
    QList<JournalledItem> plan;
    plan.reserve(ids.size());
    for (const QString& id : qAsConst(ids)) {
        JournalledItem journalled;
        journalled.item = m_journal.value(id);
        journalled.itemFile = journalledItemFile(journalled.item);
        const auto cached = m_parsed.constFind(m_folder.itemDir(id) + QLatin1Char('/') + kItemFile);
        if (cached != m_parsed.cend()) {
            journalled.cachedRevision = cached->item.revision;
            journalled.cachedStamp = cached->stamp;
        }
        plan.append(std::move(journalled));
    }
    return plan;
}

void OutboxStore::checkpointed(const QList<JournalledItem>& plan, const CheckpointDone& done)
{
    // What was written is what a later load would parse: remember it as such.
    for (const auto& [index, stamp] : done.written) {
        const OutboxItem& item = plan.at(index).item;
        m_parsed.insert(m_folder.itemDir(item.id) + QLatin1Char('/') + kItemFile, {stamp, item});
    }
    for (const QString& id : done.filed)
        forget(id); // its folder is under Sent now
}

Status OutboxStore::checkpoint()
{
    if (m_journal.isEmpty() && (journalOpen() ? m_journalSize == 0 : !QFileInfo::exists(m_folder.journalPath())))
        return {};
    const QList<JournalledItem> plan = checkpointPlan();
    const Result<CheckpointDone> done = m_folder.checkpoint(plan, !journalOpen());
    if (!done)
        return done.error();
    checkpointed(plan, done.value());
    if (journalOpen()) {
        if (Status s = restartJournal(); !s)
            return s;
    }
    m_journal.clear();
    m_journalBytes.clear();
    m_journalLines = 0;
    return {};
}

Status OutboxStore::restartJournal()
{
    const QString path = m_folder.journalPath();
    const QString fresh = path + QLatin1String(".new");
    const int fd =
        ::open(QFile::encodeName(fresh).constData(), O_WRONLY | O_CREAT | O_TRUNC | O_APPEND | O_CLOEXEC, 0600);
    if (fd < 0)
        return ioError(Step::WriteFile, fresh, errno);
    if (Status s = writeJournalHeader(fd, fresh); !s) {
        ::close(fd);
        ::unlink(QFile::encodeName(fresh).constData());
        return s;
    }
    if (::rename(QFile::encodeName(fresh).constData(), QFile::encodeName(path).constData()) != 0) {
        const int err = errno;
        ::close(fd);
        return ioError(Step::Rename, path, err);
    }
    if (Status s = m_folder.syncDir(outboxDir()); !s) {
        ::close(fd);
        return s;
    }
    m_syncer.reset();
    ::close(m_journalFd);
    m_journalFd = fd;
    m_journalBase += m_journalSize;
    m_journalSize = OutboxJournalRecord::kFileHeaderSize;
    m_journalSynced = journalWritten();
    m_syncer = std::make_unique<Syncer>(this, m_folder, fd, ++m_syncerGeneration);
    emit journalSyncedTo(m_journalSynced);
    return {};
}

Status OutboxStore::checkpointJournal()
{
    readJournal(); // nothing to read when the journal is this store's own, open
    return checkpoint();
}

void OutboxStore::checkpointAsync(QObject* context, Then<Status> done)
{
    readJournal();
    const bool nothing = m_journal.isEmpty() && !QFileInfo::exists(m_folder.journalPath());
    if (journalOpen() || nothing) {
        // Its own open journal is checkpointed where it is written; an absent one needs nothing.
        ++m_writesPending;
        const Status s = nothing ? Status() : checkpoint();
        QMetaObject::invokeMethod(
            this, [this, s, context = QPointer<QObject>(context), done] { report(context, done, s); },
            Qt::QueuedConnection);
        return;
    }
    auto plan = std::make_shared<const QList<JournalledItem>>(checkpointPlan());
    ++m_writesPending;
    m_worker.run([folder = m_folder, plan]() { return folder.checkpoint(*plan, true); }, this,
                 [this, plan, context = QPointer<QObject>(context), done](const Result<CheckpointDone>& r) {
                     if (r) {
                         checkpointed(*plan, r.value());
                         // The journal file is gone: what this store held of it is in the item files now,
                         // but for versions recorded since (none while the runner waits for this).
                         for (const JournalledItem& j : *plan) {
                             if (m_journal.value(j.item.id).revision == j.item.revision) {
                                 m_journal.remove(j.item.id);
                                 m_journalBytes.remove(j.item.id);
                             }
                         }
                         m_journalLines = 0;
                     }
                     report(context, done, r ? Status() : Status(r.error()));
                 });
}

} // namespace Postino

#include "OutboxStore_p.h"
#include "common/Paths.h"

#include "common/Clock.h"
#include "common/Crc32.h"
#include "common/Log.h"
#include "common/PosixFile.h"
#include "common/Sha256.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QStandardPaths>

#include <algorithm>
#include <array>
#include <cerrno>
#include <condition_variable>
#include <cstring>
#include <dirent.h>
#include <fcntl.h>
#include <mutex>
#include <optional>
#include <sys/stat.h>
#include <thread>
#include <unistd.h>

namespace Postino {

namespace OutboxFiles {

QByteArray sha256Hex(const QByteArray& data)
{
    return Sha256::hashHex(data);
}

// The CRC-32 of a journal line, as 8 hex digits: it tells a torn or damaged line from a whole one,
// which is all the journal needs, at a fraction of SHA-256's cost.
QByteArray crc32Hex(const QByteArray& data)
{
    return QByteArray::number(crc32(data), 16).rightJustified(8, '0');
}

QString errnoText(int err)
{
    return QString::fromLocal8Bit(std::strerror(err));
}

QString stepText(OutboxStore::Step step)
{
    switch (step) {
    case OutboxStore::Step::CreateDir:
        return OutboxItem::tr("creating the folder");
    case OutboxStore::Step::WriteFile:
        return OutboxItem::tr("writing");
    case OutboxStore::Step::SyncFile:
        return OutboxItem::tr("flushing to disk");
    case OutboxStore::Step::Rename:
        return OutboxItem::tr("renaming into place");
    case OutboxStore::Step::SyncDir:
        return OutboxItem::tr("flushing the folder to disk");
    case OutboxStore::Step::Remove:
        return OutboxItem::tr("removing");
    }
    return {};
}

Error ioError(OutboxStore::Step step, const QString& path, int err)
{
    return Error(ErrorKind::IoError,
                 OutboxItem::tr("The outbox could not be written: %1 %2 failed (%3). Free some disk space or make "
                                "the folder writable, then try again; nothing half-written was kept.")
                     .arg(stepText(step), QDir::toNativeSeparators(path), errnoText(err)),
                 errnoText(err));
}

// The value of one header field (first occurrence), unfolded; empty when absent.
QString headerValue(const QByteArray& message, const QByteArray& name)
{
    const QByteArray lower = name.toLower() + ':';
    const QList<QByteArray> lines = message.split('\n');
    QByteArray value;
    bool inField = false;
    for (QByteArray line : lines) {
        if (line.endsWith('\r'))
            line.chop(1);
        if (line.isEmpty())
            break; // end of the header section
        if (inField) {
            if (line.startsWith(' ') || line.startsWith('\t')) {
                value += ' ' + line.trimmed();
                continue;
            }
            break;
        }
        if (line.toLower().startsWith(lower)) {
            value = line.mid(lower.size()).trimmed();
            inField = true;
        }
    }
    return QString::fromUtf8(value);
}

void removeTree(const QString& path)
{
    QDir(path).removeRecursively();
}

} // namespace OutboxFiles

using namespace OutboxFiles;

OutboxStore::OutboxStore(const QString& baseDir, Clock* clock, QObject* parent)
    : QObject(parent)
    , m_baseDir(QDir::cleanPath(baseDir))
    , m_clock(Clock::orSystem(clock))
    , m_folder(m_baseDir, {})
{
    m_lazySync.setSingleShot(true);
    m_lazySync.setInterval(kLazySyncMsec);
    connect(&m_lazySync, &QTimer::timeout, this, &OutboxStore::requestJournalSync);
    m_outboxIndex.path = outboxDir() + QLatin1Char('/') + OutboxIndex::kFileName;
    m_sentIndex.path = sentDir() + QLatin1Char('/') + OutboxIndex::kFileName;
}

OutboxStore::~OutboxStore()
{
    m_worker.waitForDone(); // before the journal goes: nothing on the worker uses it, but say so
    // Like a crash: what the journal holds is replayed by the next runner.
    m_syncer.reset();
    m_retired.clear(); // each syncs and closes its journal first
    if (m_journalFd >= 0)
        ::close(m_journalFd);
}

QString OutboxStore::defaultBaseDir(const QString& configDir)
{
    if (!configDir.isEmpty())
        return configDir;
    return Paths::dataDir();
}

QString OutboxStore::outboxDir() const
{
    return m_folder.outboxDir();
}

QString OutboxStore::sentDir() const
{
    return m_folder.sentDir();
}

QString OutboxStore::damagedDir() const
{
    return m_folder.damagedDir();
}

QString OutboxStore::paceDir() const
{
    return outboxDir() + QLatin1Char('/') + kPace;
}

QString OutboxStore::lockFilePath() const
{
    return outboxDir() + QLatin1Char('/') + kLockFile;
}

QString OutboxStore::messagePath(const QString& id) const
{
    return outboxDir() + QLatin1Char('/') + id + QLatin1Char('/') + kMessageFile;
}

QString OutboxStore::newId(const QDateTime& now)
{
    return now.toUTC().toString(QStringLiteral("yyyyMMdd'T'HHmmsszzz")) + QLatin1Char('-')
        + QString::number(QRandomGenerator::system()->generate(), 16).rightJustified(8, QLatin1Char('0'));
}

void OutboxStore::prepareNew(OutboxItem& item) const
{
    const QDateTime now = m_clock->now();
    if (item.id.isEmpty())
        item.id = newId(now);
    if (!item.created.isValid())
        item.created = now;
    // Send Later: the give-up window starts when it may go, not when it was written.
    item.windowStart = item.notBefore.isValid() && item.notBefore > item.created ? item.notBefore : item.created;
    if (!item.nextAttempt.isValid())
        item.nextAttempt = now;
    item.state = OutboxItem::State::Queued;
}

void OutboxStore::added(const OutboxItem& item)
{
    qCDebug(lcOutbox) << "queued" << item.id << item.size << "bytes";
    m_revisions.insert(item.id, item.revision);
    emit itemAdded(item.id);
}

Result<OutboxItem> OutboxStore::add(OutboxItem item, const QByteArray& message)
{
    return add(std::move(item), [&message](QIODevice* device) -> Status {
        device->write(message); // a failure is the device's errno, which the folder reports
        return {};
    });
}

Result<OutboxItem> OutboxStore::add(OutboxItem item, const MessageWriter& write)
{
    prepareNew(item);
    Result<OutboxItem> r = m_folder.writeNewItem(std::move(item), write);
    if (r)
        added(r.value());
    return r;
}

Result<QList<OutboxItem>> OutboxStore::addBatch(QList<OutboxItem> items, const QList<MessageWriter>& writes)
{
    if (items.size() != writes.size())
        return Error(ErrorKind::Internal,
                     QStringLiteral("addBatch: %1 items, %2 writers").arg(items.size()).arg(writes.size()));
    // Ids that sort as the batch is ordered (the runner sends in id order): one time, then a random start
    // counted up.
    const QString stamp = m_clock->now().toUTC().toString(QStringLiteral("yyyyMMdd'T'HHmmsszzz")) + QLatin1Char('-');
    quint32 serial = QRandomGenerator::system()->bounded(0x40000000u);
    for (OutboxItem& item : items) {
        if (item.id.isEmpty())
            item.id = stamp + QString::number(serial++, 16).rightJustified(8, QLatin1Char('0'));
        prepareNew(item);
    }
    Result<QList<OutboxItem>> r = m_folder.writeNewItems(std::move(items), writes);
    if (r) {
        for (const OutboxItem& item : r.value())
            added(item);
    }
    return r;
}

void OutboxStore::updated(const OutboxItem& item)
{
    m_revisions.insert(item.id, item.revision);
    m_journal.remove(item.id); // item.json is the newest now
    m_journalBytes.remove(item.id);
    emit itemUpdated(item.id);
}

Status OutboxStore::update(const OutboxItem& item)
{
    const QString folder = m_folder.itemDir(item.id);
    if (!QFileInfo(folder).isDir()) {
        return Error(ErrorKind::NoInput,
                     tr("The message %1 is no longer in the outbox (sent or removed elsewhere).").arg(item.id));
    }
    OutboxItem version = item;
    version.revision = nextRevision(item);
    if (Status s = m_folder.writeDurably(folder + QLatin1Char('/') + kItemFile, OutboxFolder::encodeItem(version)); !s)
        return s;
    updated(version);
    return {};
}

Status OutboxStore::markSent(OutboxItem& item)
{
    item.state = OutboxItem::State::Sent;
    item.finalDotPending = false;
    if (journalOpen())
        return record(item); // filed under Sent at the next checkpoint
    if (Status s = update(item); !s)
        return s;
    // The state is committed: from here on, a crash cannot cause a resend. Now file it under Sent.
    const QString from = m_folder.itemDir(item.id);
    const Result<QString> filed = m_folder.fileUnderSent(from, item.id);
    if (!filed) {
        qCWarning(lcOutbox) << "sent" << item.id << "but could not file it under Sent:" << filed.error().message();
        return filed.error();
    }
    forget(item.id);
    emit itemRemoved(item.id);
    Status s = m_folder.syncDir(outboxDir());
    if (s)
        s = m_folder.syncDir(sentDir());
    emit sentAdded(item.id);
    return s;
}

void OutboxStore::forget(const QString& id)
{
    m_journal.remove(id);
    m_journalBytes.remove(id);
    const QString folder = m_folder.itemDir(id);
    m_verified.remove(folder + QLatin1Char('/') + kMessageFile);
    m_parsed.remove(folder + QLatin1Char('/') + kItemFile);
}

// Whether a removal took the item's folder away, even if the outbox could not be synced afterwards
// (not when there was no such item to begin with).
bool OutboxStore::goneAfterRemove(const Status& removed, const QString& id) const
{
    return removed || (removed.error().kind() != ErrorKind::NoInput && !QFileInfo(m_folder.itemDir(id)).isDir());
}

Status OutboxStore::remove(const QString& id)
{
    Status s = m_folder.removeItem(id);
    if (goneAfterRemove(s, id)) {
        forget(id);
        emit itemRemoved(id);
    }
    return s;
}

// --- off this thread ---

// addAsync() calls waiting for the worker: the first one's job takes all that came meanwhile.
struct OutboxStore::PendingAdds
{
    std::mutex mutex; // items and writes: the caller's thread appends, the worker takes them
    bool taken = false;
    QList<OutboxItem> items;
    QList<MessageWriter> writes;
    QList<QPair<QPointer<QObject>, Then<Result<OutboxItem>>>> reports; // this thread's only
};

namespace {

// New items on the worker: one as add() writes it; several with one commit (writeNewItems()), and when
// that fails, each on its own, so that one that cannot be written does not keep the others out.
QList<Result<OutboxItem>> writeNew(const OutboxFolder& folder, const QList<OutboxItem>& items,
                                   const QList<MessageWriter>& writes)
{
    QList<Result<OutboxItem>> out;
    if (items.size() > 1) {
        const Result<QList<OutboxItem>> all = folder.writeNewItems(items, writes);
        if (all) {
            for (const OutboxItem& item : all.value())
                out.append(item);
            return out;
        }
        qCWarning(lcOutbox) << "could not queue" << items.size()
                            << "messages together; one by one:" << all.error().message();
    }
    for (qsizetype i = 0; i < items.size(); ++i)
        out.append(folder.writeNewItem(items.at(i), writes.at(i)));
    return out;
}

} // namespace

void OutboxStore::addAsync(OutboxItem item, MessageWriter write, QObject* context, Then<Result<OutboxItem>> done)
{
    prepareNew(item);
    ++m_writesPending;
    if (m_pendingAdds) {
        const std::lock_guard<std::mutex> lock(m_pendingAdds->mutex);
        if (!m_pendingAdds->taken) {
            m_pendingAdds->items.append(std::move(item));
            m_pendingAdds->writes.append(std::move(write));
            m_pendingAdds->reports.append({QPointer<QObject>(context), std::move(done)});
            return;
        }
    }
    auto batch = std::make_shared<PendingAdds>();
    batch->items.append(std::move(item));
    batch->writes.append(std::move(write));
    batch->reports.append({QPointer<QObject>(context), std::move(done)});
    m_pendingAdds = batch;
    m_worker.run(
        [folder = m_folder, batch]() {
            QList<OutboxItem> items;
            QList<MessageWriter> writes;
            {
                const std::lock_guard<std::mutex> lock(batch->mutex);
                batch->taken = true;
                items = std::move(batch->items);
                writes = std::move(batch->writes);
            }
            return writeNew(folder, items, writes);
        },
        this,
        [this, batch](const QList<Result<OutboxItem>>& results) {
            if (m_pendingAdds == batch)
                m_pendingAdds.reset();
            for (qsizetype i = 0; i < results.size(); ++i) {
                if (results.at(i))
                    added(results.at(i).value());
                report(batch->reports.at(i).first, batch->reports.at(i).second, results.at(i));
            }
        });
}

namespace {

// updateAsync()'s work on the worker: the item read with the full check (or the journal's newer
// version), changed and committed; a damaged one moved aside.
struct Updated
{
    Result<OutboxItem> item = Error(ErrorKind::Internal, QString());
    QString damaged; // the reason, when it was moved aside
    QString movedTo;
};

Updated updateOnDisk(const OutboxFolder& folder, const QString& id, const std::function<Status(OutboxItem&)>& change,
                     const std::optional<OutboxItem>& journalled, quint64 newest)
{
    Updated u;
    const QString dir = folder.itemDir(id);
    Result<OutboxItem> read = OutboxFolder::isItemName(id) ? OutboxFolder::readItem(dir, id)
                                                           : Result<OutboxItem>(Error(ErrorKind::NoInput, {}));
    if (!read && journalled && QFileInfo::exists(dir + QLatin1Char('/') + kMessageFile)) {
        read = *journalled; // item.json is being rewritten by a checkpoint
    } else if (!read && !QFileInfo(dir).isDir()) {
        u.item = Error(ErrorKind::NoInput,
                       OutboxStore::tr("There is no message %1 in the outbox; `queue list` shows the ids.").arg(id));
        return u;
    } else if (!read) {
        if (read.error().kind() == ErrorKind::DataError) {
            u.damaged = read.error().message();
            u.movedTo = folder.moveAside(id);
        }
        u.item = read.error();
        return u;
    }
    OutboxItem item = std::move(read).value();
    if (journalled && journalled->revision > item.revision)
        item = *journalled;
    if (Status s = change(item); !s) {
        u.item = s.error();
        return u;
    }
    item.revision = std::max(newest, item.revision) + 1;
    if (Status s = folder.writeDurably(dir + QLatin1Char('/') + kItemFile, OutboxFolder::encodeItem(item)); !s)
        u.item = s.error();
    else
        u.item = std::move(item);
    return u;
}

} // namespace

void OutboxStore::updateAsync(const QString& id, std::function<Status(OutboxItem& item)> change, QObject* context,
                              Then<Result<OutboxItem>> done)
{
    readJournal();
    // What this thread knows and the worker does not: a newer version in the journal, the newest revision.
    std::optional<OutboxItem> journalled;
    if (const auto it = m_journal.constFind(id); it != m_journal.cend())
        journalled = *it;
    const quint64 newest = std::max(m_revisions.value(id), journalled ? journalled->revision : 0);
    ++m_writesPending;
    m_worker.run([folder = m_folder, id, change = std::move(change), journalled,
                  newest]() { return updateOnDisk(folder, id, change, journalled, newest); },
                 this,
                 [this, id, context = QPointer<QObject>(context), done = std::move(done)](const Updated& u) {
                     if (u.item) {
                         updated(u.item.value());
                     } else if (!u.damaged.isEmpty()) {
                         forget(id);
                         reportDamaged(id, u.damaged, u.movedTo);
                         report<Result<OutboxItem>>(context, done, damagedError(id, u.damaged));
                         return;
                     }
                     report(context, done, u.item);
                 });
}

void OutboxStore::removeAsync(const QString& id, QObject* context, Then<Status> done)
{
    ++m_writesPending;
    m_worker.run([folder = m_folder, id]() { return folder.removeItem(id); }, this,
                 [this, id, context = QPointer<QObject>(context), done = std::move(done)](const Status& s) {
                     if (goneAfterRemove(s, id)) {
                         forget(id);
                         emit itemRemoved(id);
                     }
                     report(context, done, s);
                 });
}

Result<QByteArray> OutboxStore::message(const QString& id) const
{
    QFile f(messagePath(id));
    if (!f.open(QIODevice::ReadOnly)) {
        return Error(ErrorKind::NoInput,
                     tr("The message %1 could not be read from the outbox (%2).").arg(id, f.errorString()));
    }
    return f.readAll();
}

Result<QByteArray> OutboxStore::sentMessage(const QString& id) const
{
    if (!OutboxFolder::isItemName(id))
        return Error(ErrorKind::NoInput,
                     tr("The sent message %1 could not be read (%2).").arg(id, tr("no such message")));
    // Sent, as the journal says, but not yet checkpointed: the message is still in its outbox folder. The
    // checkpoint may move it meanwhile, so the Sent folder is tried again last.
    QFile sent(sentDir() + QLatin1Char('/') + id + QLatin1Char('/') + kMessageFile);
    for (const QString& path : {sent.fileName(), messagePath(id), sent.fileName()}) {
        QFile f(path);
        if (f.open(QIODevice::ReadOnly))
            return f.readAll();
    }
    (void)sent.open(QIODevice::ReadOnly);
    return Error(ErrorKind::NoInput, tr("The sent message %1 could not be read (%2).").arg(id, sent.errorString()));
}

Result<OutboxItem> OutboxStore::load(const QString& id, Check check)
{
    const QString folder = m_folder.itemDir(id);
    auto noSuchItem = [&] {
        return Error(ErrorKind::NoInput,
                     tr("There is no message %1 in the outbox; `queue list` shows the ids.").arg(id));
    };
    if (!OutboxFolder::isItemName(id))
        return noSuchItem();
    readJournal();
    Result<OutboxItem> item = loadFrom(folder, id, check);
    // Whether the folder is there at all only matters when its files are not (one stat less per look-up).
    if (!item && !QFileInfo(folder).isDir())
        return noSuchItem();
    if (item) {
        OutboxItem newer;
        if (newerInJournal(item.value(), &newer))
            return newer;
    }
    if (!item && m_journal.contains(id) && QFileInfo::exists(messagePath(id)))
        return m_journal.value(id); // item.json is being rewritten by a checkpoint
    if (!item && item.error().kind() == ErrorKind::DataError) {
        moveAside(id, item.error().message());
        return damagedError(id, item.error().message());
    }
    return item;
}

Error OutboxStore::damagedError(const QString& id, const QString& reason) const
{
    return Error(ErrorKind::DataError,
                 tr("The outbox item %1 is damaged (%2); it was moved to %3.")
                     .arg(id, reason, QDir::toNativeSeparators(damagedDir())));
}

namespace {

struct FolderEntry
{
    QString name;
    bool dir = false;
};

// A folder's entries in name order, from getdents alone: a stat only where the file system gives no type
// (or for a symbolic link, which is followed, as QDir does). *exists: whether it could be opened.
QList<FolderEntry> listFolder(const QString& path, bool* exists)
{
    QList<FolderEntry> out;
    DIR* d = ::opendir(QFile::encodeName(path).constData());
    *exists = d != nullptr;
    if (!d)
        return out;
    while (const struct dirent* e = ::readdir(d)) {
        if (std::strcmp(e->d_name, ".") == 0 || std::strcmp(e->d_name, "..") == 0)
            continue;
        bool dir = e->d_type == DT_DIR;
        if (e->d_type == DT_UNKNOWN || e->d_type == DT_LNK) {
            struct stat st
            {
            };
            dir = ::fstatat(::dirfd(d), e->d_name, &st, 0) == 0 && S_ISDIR(st.st_mode);
        }
        out.append({QFile::decodeName(e->d_name), dir});
    }
    ::closedir(d);
    std::sort(out.begin(), out.end(), [](const FolderEntry& a, const FolderEntry& b) { return a.name < b.name; });
    return out;
}

// How long ago (by now) the file at path was last modified, in seconds; 0 when it is gone.
qint64 ageOf(const QString& path, const QDateTime& now)
{
    const QFileInfo info(path);
    return info.exists() ? info.lastModified().toUTC().secsTo(now) : 0;
}

} // namespace

QList<OutboxItem> OutboxStore::items(Check check)
{
    QList<OutboxItem> out;
    // Before the listing: every change to an item.json after this moment gives it a later time (OutboxIndex.h).
    const qint64 listedAt = OutboxIndex::realTimeNs();
    bool exists = false;
    const QList<FolderEntry> entries = listFolder(outboxDir(), &exists);
    if (!exists)
        return out;
    readJournal();
    const QDateTime now = m_clock->now();
    refreshIndex(m_outboxIndex);
    m_listing = &m_outboxIndex;
    const int parsedBefore = m_parsedCount;
    QStringList listed; // the item.json files read, for the index
    listed.reserve(entries.size());
    out.reserve(entries.size());
    const QString base = outboxDir() + QLatin1Char('/');
    for (const FolderEntry& entry : entries) {
        const QString& name = entry.name;
        const QString path = base + name;
        if (name == kDamaged || name == kPace || name == kLockFile || name.startsWith(kLockFile)
            || name.startsWith(kJournal))
            continue;
        if (OutboxIndex::isIndexFile(name)) {
            // A temporary index a process left when it died (one being written is renamed within seconds).
            if (name != OutboxIndex::kFileName && ageOf(path, now) > 3600)
                QFile::remove(path);
            continue;
        }
        if (name.startsWith(kNewPrefix) || name.startsWith(kDeletePrefix)) {
            // Another process may be writing it right now; only clear what is clearly abandoned.
            if (name.startsWith(kDeletePrefix) || ageOf(path, now) > 3600)
                removeTree(path);
            continue;
        }
        if (!entry.dir) {
            moveAside(name, tr("a stray file where an item folder belongs"));
            continue;
        }
        Result<OutboxItem> item = loadFrom(path, name, check);
        if (!item && m_journal.contains(name)) {
            // item.json is being rewritten by a checkpoint: the journal has it.
            if (m_journal.value(name).state != OutboxItem::State::Sent)
                out.append(m_journal.value(name));
            continue;
        }
        if (!item) {
            if (item.error().kind() == ErrorKind::DataError)
                moveAside(name, item.error().message());
            else
                qCWarning(lcOutbox) << "cannot read outbox item" << name << ":" << item.error().message();
            continue;
        }
        OutboxItem newer;
        if (newerInJournal(item.value(), &newer)) {
            listed.append(path + QLatin1Char('/') + kItemFile);
            if (newer.state != OutboxItem::State::Sent)
                out.append(newer);
            continue; // sent: filed under Sent at the journal's next checkpoint
        }
        if (item.value().state == OutboxItem::State::Sent) {
            // A crash between committing `sent` and moving the folder: finish the move.
            OutboxItem sent = item.value();
            (void)markSent(sent);
            continue;
        }
        listed.append(path + QLatin1Char('/') + kItemFile);
        out.append(std::move(item).value());
    }
    m_listing = nullptr;
    updateIndex(m_outboxIndex, listed, m_parsedCount - parsedBefore, listedAt);
    return out;
}

Result<OutboxItem> OutboxStore::find(const QString& id, Check check)
{
    readJournal();
    if (const auto it = m_journal.constFind(id);
        it != m_journal.cend() && it->state == OutboxItem::State::Sent && QFileInfo::exists(messagePath(id))) {
        return *it;
    }
    const QString sent = sentDir() + QLatin1Char('/') + id;
    if (!id.isEmpty() && !id.contains(QLatin1Char('/')) && !id.startsWith(QLatin1Char('.')) && QFileInfo(sent).isDir()
        && !QFileInfo::exists(outboxDir() + QLatin1Char('/') + id)) {
        return loadFrom(sent, id, check);
    }
    return load(id, check);
}

QList<OutboxItem> OutboxStore::sentItems(Check check)
{
    QList<OutboxItem> out;
    readJournal();
    const qint64 listedAt = OutboxIndex::realTimeNs();
    bool exists = false;
    const QList<FolderEntry> entries = listFolder(sentDir(), &exists);
    refreshIndex(m_sentIndex);
    m_listing = &m_sentIndex;
    const int parsedBefore = m_parsedCount;
    QStringList listed;
    listed.reserve(entries.size());
    out.reserve(entries.size());
    const QString base = sentDir() + QLatin1Char('/');
    for (const FolderEntry& entry : entries) {
        if (!entry.dir || entry.name.startsWith(QLatin1Char('.')))
            continue; // a folder's entries only, not hidden ones (a stale copy on its way out)
        const QString path = base + entry.name;
        Result<OutboxItem> item = loadFrom(path, entry.name, check);
        if (item) {
            listed.append(path + QLatin1Char('/') + kItemFile);
            out.append(std::move(item).value());
        }
    }
    m_listing = nullptr;
    updateIndex(m_sentIndex, listed, m_parsedCount - parsedBefore, listedAt);
    // Sent, and still in the outbox folder until the journal's next checkpoint.
    QList<OutboxItem> journalled;
    for (const OutboxItem& item : qAsConst(m_journal)) {
        if (item.state == OutboxItem::State::Sent && QFileInfo::exists(messagePath(item.id)))
            journalled.append(item);
    }
    if (!journalled.isEmpty()) {
        out += journalled;
        std::sort(out.begin(), out.end(), [](const OutboxItem& a, const OutboxItem& b) { return a.id < b.id; });
    }
    return out;
}

} // namespace Postino

// OutboxStore, the journal: records appended by the runner that holds the lock, synced by a thread of
// their own (group commit), read back by other processes, and checkpointed into item.json files and
// the Sent folder. (The folders and the durable writes are in OutboxStore.cpp, the records' layout in
// OutboxJournalRecord.h.)
#include "OutboxJournalRecord.h"
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
#include <fcntl.h>
#include <mutex>
#include <optional>
#include <sys/stat.h>
#include <thread>
#include <unistd.h>

namespace Postino {

using namespace OutboxFiles;

// --- the journal ---

quint64 OutboxStore::nextRevision(const OutboxItem& item) const
{
    quint64 newest = std::max(item.revision, m_revisions.value(item.id));
    if (const auto it = m_journal.constFind(item.id); it != m_journal.cend())
        newest = std::max(newest, it->revision);
    return newest + 1;
}

bool OutboxStore::newerInJournal(const OutboxItem& onDisk, OutboxItem* newer) const
{
    const auto it = m_journal.constFind(onDisk.id);
    if (it == m_journal.cend() || it->revision <= onDisk.revision)
        return false;
    *newer = *it;
    return true;
}

// "<CRC-32 of json, 8 hex digits> <json>": a torn or damaged line is recognised and skipped.
void OutboxStore::takeJournalLine(const QByteArray& line)
{
    const qsizetype space = line.indexOf(' ');
    if (space != 8)
        return;
    const QByteArray json = line.mid(9);
    if (crc32Hex(json) != line.left(8)) {
        qCWarning(lcOutbox) << "skipping a damaged outbox journal line";
        return;
    }
    Result<OutboxItem> item = OutboxItem::fromStorageJson(QJsonDocument::fromJson(json).object());
    if (!item || item.value().id.isEmpty())
        return;
    const QString id = item.value().id;
    OutboxItem& known = m_journal[id];
    if (item.value().revision >= known.revision) {
        known = std::move(item).value();
        m_journalBytes.insert(id, {json, QByteArray()});
    }
}

// A format-2 record: a whole item, or a change to the version of it that this journal holds already.
void OutboxStore::takeJournalRecord(QByteArrayView payload)
{
    QByteArray json;
    const char* why = "";
    std::optional<OutboxItem> item = OutboxJournalRecord::decode(
        payload,
        [this](const QString& id) -> const OutboxItem* {
            const auto it = m_journal.constFind(id);
            return it == m_journal.cend() ? nullptr : &*it;
        },
        &json, &why);
    if (!item) {
        qCWarning(lcOutbox) << "skipping an outbox journal record:" << why;
        return;
    }
    const QString id = item->id;
    OutboxItem& known = m_journal[id];
    if (item->revision >= known.revision) {
        known = std::move(*item);
        if (json.isEmpty())
            m_journalBytes.remove(id);
        else
            m_journalBytes.insert(id, {json, QByteArray()});
    }
}

void OutboxStore::readJournal()
{
    if (journalOpen())
        return; // ours: m_journal is up to date
    const QByteArray path = QFile::encodeName(m_folder.journalPath());
    struct stat st
    {
    };
    if (::stat(path.constData(), &st) != 0) {
        m_journal.clear();
        m_journalBytes.clear();
        m_readInode = 0;
        m_readOffset = 0;
        return;
    }
    // A checkpoint replaces the file: a new inode means start again.
    if (static_cast<quint64>(st.st_ino) != m_readInode || st.st_size < m_readOffset) {
        m_journal.clear();
        m_journalBytes.clear();
        m_readInode = static_cast<quint64>(st.st_ino);
        m_readOffset = 0;
    }
    if (st.st_size == m_readOffset)
        return;
    QFile file(QFile::decodeName(path));
    if (!file.open(QIODevice::ReadOnly))
        return;
    using OutboxJournalRecord::kFileHeaderSize;
    if (m_readOffset > 0 && !m_readLines && file.read(kFileHeaderSize) != m_readFileHeader) {
        // Another file under the inode number of the one read before (removed by a checkpoint, and the
        // number given again): its header, which names each file, tells.
        m_journal.clear();
        m_journalBytes.clear();
        m_readOffset = 0;
    }
    if (!file.seek(m_readOffset))
        return;
    const QByteArray data = file.readAll();
    qsizetype from = 0;
    if (m_readOffset == 0) {
        // The first bytes say the format: format 2 begins with its magic, format 1 with a line's CRC.
        const QByteArray& magic = OutboxJournalRecord::kMagic;
        if (data.size() < kFileHeaderSize && (magic.startsWith(data) || data.startsWith(magic)))
            return; // being created: next time
        m_readLines = !data.startsWith(magic);
        if (!m_readLines) {
            m_readFileHeader = data.left(kFileHeaderSize);
            from = kFileHeaderSize;
        }
    }
    if (m_readLines) {
        // Format 1, left by an earlier version: one JSON line per version (the next runner migrates it).
        const qsizetype end = data.lastIndexOf('\n');
        if (end < 0)
            return; // a line being written: next time
        while (from <= end) {
            const qsizetype nl = data.indexOf('\n', from);
            takeJournalLine(data.mid(from, nl - from));
            from = nl + 1;
        }
        m_readOffset += end + 1;
        return;
    }
    for (;;) {
        QByteArrayView payload;
        qsizetype after = 0;
        const OutboxJournalRecord::Next next = OutboxJournalRecord::next(data, from, &payload, &after);
        if (next == OutboxJournalRecord::Next::Incomplete)
            break; // a record being written (or cut short by a runner that died): from here next time
        if (next == OutboxJournalRecord::Next::Damaged)
            qCWarning(lcOutbox) << "skipping a damaged outbox journal record";
        else
            takeJournalRecord(payload);
        from = after;
    }
    m_readOffset += from;
}

Status OutboxStore::openJournal(bool checkpointFirst)
{
    if (journalOpen())
        return {};
    m_retired.erase(std::remove_if(m_retired.begin(), m_retired.end(),
                                   [](const std::unique_ptr<Syncer>& s) { return s->finished(); }),
                    m_retired.end());
    if (Status s = m_folder.makeDir(outboxDir()); !s)
        return s;
    // Whatever an earlier runner left: read it as another process would (only what is new since this
    // store last read it), then make it permanent unless told otherwise.
    readJournal();
    struct stat existing
    {
    };
    if (::stat(QFile::encodeName(m_folder.journalPath()).constData(), &existing) != 0)
        existing.st_size = 0;
    const bool big = existing.st_size >= kCheckpointBytes;
    // A journal of format 1 is migrated: replayed and checkpointed, and a journal of format 2 begins.
    const bool lines = m_readLines && existing.st_size > 0;
    if (checkpointFirst || lines || (m_autoCheckpoint && (big || m_journal.size() >= kCheckpointLines))) {
        if (Status s = checkpoint(); !s)
            return s;
    }
    const QString path = m_folder.journalPath();
    if (const int err = m_folder.injected(Step::WriteFile, path))
        return ioError(Step::WriteFile, path, err);
    const int fd = ::open(QFile::encodeName(path).constData(), O_WRONLY | O_CREAT | O_APPEND | O_CLOEXEC, 0600);
    if (fd < 0)
        return ioError(Step::WriteFile, path, errno);
    struct stat st
    {
    };
    ::fstat(fd, &st);
    // A line cut short by a runner that died: cut it off, or the next line would join it.
    if (st.st_size > m_readOffset) {
        if (::ftruncate(fd, static_cast<off_t>(m_readOffset)) != 0) {
            const int err = errno;
            ::close(fd);
            return ioError(Step::WriteFile, path, err);
        }
        st.st_size = static_cast<off_t>(m_readOffset);
    }
    bool made = false;
    if (st.st_size == 0) {
        if (Status s = writeJournalHeader(fd, path); !s) {
            ::close(fd);
            return s;
        }
        st.st_size = OutboxJournalRecord::kFileHeaderSize;
        made = true; // its name is synced with its first records, by the syncer
    } else {
        m_journalHeader = m_readFileHeader; // the file goes on where it ended
    }
    m_journalFd = fd;
    m_journalSize = static_cast<quint64>(st.st_size);
    m_journalLines = static_cast<int>(m_journal.size());
    m_journalSynced = journalWritten();
    m_syncer = std::make_unique<Syncer>(this, m_folder, fd, ++m_syncerGeneration, made);
    return {};
}

Status OutboxStore::closeJournal(bool checkpointAfter)
{
    if (!journalOpen())
        return {};
    Status s;
    if (checkpointAfter) {
        s = syncJournal();
        if (s)
            s = checkpoint();
    }
    // From now on this store reads the journal like any other process, from where it stands: what it
    // holds in memory is what the file says so far.
    struct stat st
    {
    };
    const bool known = ::fstat(m_journalFd, &st) == 0;
    m_readInode = known ? static_cast<quint64>(st.st_ino) : 0;
    m_readOffset = known ? static_cast<qint64>(m_journalSize) : 0;
    m_readLines = false;
    m_readFileHeader = m_journalHeader;
    if (!known) {
        m_journal.clear();
        m_journalBytes.clear();
    }
    if (checkpointAfter) {
        m_syncer.reset();
        ::close(m_journalFd);
    } else {
        // Nobody waits: the syncer syncs what is left and closes the file on its own thread.
        m_lazySync.stop();
        m_syncer->request(journalWritten());
        m_syncer->closeWhenDone();
        m_retired.push_back(std::move(m_syncer));
    }
    m_journalFd = -1;
    return s;
}

Status OutboxStore::record(OutboxItem& item)
{
    if (!journalOpen()) {
        item.revision = nextRevision(item);
        return update(item);
    }
    item.revision = nextRevision(item);
    // A change to the version this journal holds when there is one (a few bytes: the claim's record is
    // whole, the dot's and the outcome's are deltas), else the whole item.
    const auto known = m_journal.constFind(item.id);
    QByteArray json;
    const QByteArray bytes = OutboxJournalRecord::encode(item, known == m_journal.cend() ? nullptr : &*known, &json);
    return appendToJournal(item, bytes, json);
}

Status OutboxStore::recordDotPending(OutboxItem& item)
{
    // One value changes: the record is a delta of a few bytes (this is on the path of every message).
    item.finalDotPending = true;
    return record(item);
}

Status OutboxStore::writeJournalHeader(int fd, const QString& path)
{
    const QByteArray header = OutboxJournalRecord::fileHeader();
    if (const int err = Posix::writeAll(fd, header.constData(), header.size(), nullptr))
        return ioError(Step::WriteFile, path, err);
    m_journalHeader = header;
    return {};
}

Status OutboxStore::appendToJournal(const OutboxItem& item, const QByteArray& line, const QByteArray& json)
{
    const QString path = m_folder.journalPath();
    int err = m_folder.injected(Step::WriteFile, path);
    qint64 written = 0;
    if (!err)
        err = Posix::writeAll(m_journalFd, line.constData(), line.size(), &written);
    if (err) {
        // Take back a partial line, so the next one starts clean.
        if (written > 0 && ::ftruncate(m_journalFd, static_cast<off_t>(m_journalSize)) != 0)
            qCWarning(lcOutbox) << "could not take back a partial journal line:" << errnoText(errno);
        return ioError(Step::WriteFile, path, err);
    }
    m_journalSize += static_cast<quint64>(line.size());
    ++m_journalLines;
    m_journal.insert(item.id, item);
    if (json.isEmpty())
        m_journalBytes.remove(item.id); // a delta: the checkpoint writes the item afresh
    else
        m_journalBytes.insert(item.id, {json, QByteArray()}); // its SHA-256 when a checkpoint needs it
    m_revisions.insert(item.id, item.revision);
    // Synced when someone waits for it (requestJournalSync()), and at the latest after kLazySyncMsec.
    if (!m_lazySync.isActive())
        m_lazySync.start();
    if (item.state == OutboxItem::State::Sent) {
        emit itemRemoved(item.id);
        emit sentAdded(item.id);
    } else {
        emit itemUpdated(item.id);
    }
    if (m_autoCheckpoint
        && (m_journalLines >= kCheckpointLines || m_journalSize >= static_cast<quint64>(kCheckpointBytes))) {
        if (Status s = checkpoint(); !s)
            qCWarning(lcOutbox) << "journal checkpoint:" << s.error().message();
    }
    return {};
}

void OutboxStore::requestJournalSync()
{
    if (m_syncer && journalWritten() > m_journalSynced)
        m_syncer->request(journalWritten());
}

void OutboxStore::onSynced(quint64 generation, quint64 position, int error)
{
    if (generation != m_syncerGeneration || !journalOpen())
        return; // a journal closed since
    if (error) {
        const QString message = ioError(Step::SyncFile, m_folder.journalPath(), error).message();
        qCCritical(lcOutbox).noquote() << message;
        emit journalSyncFailed(message); // those who wait for the sync must not wait forever
        return;
    }
    if (position <= m_journalSynced)
        return;
    m_journalSynced = position;
    emit journalSyncedTo(position);
}

Status OutboxStore::syncJournal()
{
    if (!journalOpen() || m_journalSynced >= journalWritten())
        return {};
    const QString path = m_folder.journalPath();
    if (const int err = m_folder.injected(Step::SyncFile, path))
        return ioError(Step::SyncFile, path, err);
    if (::fdatasync(m_journalFd) != 0)
        return ioError(Step::SyncFile, path, errno);
    if (m_syncer && !m_syncer->syncName())
        return ioError(Step::SyncDir, outboxDir(), EIO);
    m_journalSynced = journalWritten();
    emit journalSyncedTo(m_journalSynced);
    return {};
}

} // namespace Postino

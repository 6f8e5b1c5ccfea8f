// OutboxStore, the journal: lines appended by the runner that holds the lock, synced by a thread of
// their own (group commit), read back by other processes, and checkpointed into item.json files and
// the Sent folder. (The folders and the durable writes are in OutboxStore.cpp.)
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
    if (!file.open(QIODevice::ReadOnly) || !file.seek(m_readOffset))
        return;
    const QByteArray data = file.readAll();
    const qsizetype end = data.lastIndexOf('\n');
    if (end < 0)
        return; // a line being written: next time
    qsizetype from = 0;
    while (from <= end) {
        const qsizetype nl = data.indexOf('\n', from);
        takeJournalLine(data.mid(from, nl - from));
        from = nl + 1;
    }
    m_readOffset += end + 1;
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
    const bool big = ::stat(QFile::encodeName(m_folder.journalPath()).constData(), &existing) == 0
        && existing.st_size >= kCheckpointBytes;
    if (checkpointFirst || (m_autoCheckpoint && (big || m_journal.size() >= kCheckpointLines))) {
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
    m_journalFd = fd;
    m_journalSize = static_cast<quint64>(st.st_size);
    m_journalLines = static_cast<int>(m_journal.size());
    m_journalSynced = journalWritten();
    m_syncer = std::make_unique<Syncer>(this, m_folder, fd, ++m_syncerGeneration);
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
    return appendToJournal(item, item.toStorageBytes());
}

Status OutboxStore::recordDotPending(OutboxItem& item)
{
    // The line differs from the item's last one in two values: patch that line rather than serialise
    // the whole item again (this is on the path of every message).
    const auto known = m_journal.constFind(item.id);
    const auto bytes = m_journalBytes.constFind(item.id);
    if (journalOpen() && known != m_journal.cend() && bytes != m_journalBytes.cend() && known->revision == item.revision
        && !known->finalDotPending && !item.finalDotPending) {
        QByteArray json = bytes->first;
        const QByteArray dotFrom = "\"final_dot_pending\":false";
        const QByteArray revFrom = "\"revision\":\"" + QByteArray::number(item.revision) + '"';
        if (json.count(dotFrom) == 1 && json.count(revFrom) == 1) {
            item.finalDotPending = true;
            item.revision = nextRevision(item);
            json.replace(dotFrom, "\"final_dot_pending\":true");
            const QByteArray revTo = "\"revision\":\"" + QByteArray::number(item.revision) + '"';
            json.replace(revFrom, revTo);
            return appendToJournal(item, json);
        }
    }
    item.finalDotPending = true;
    return record(item);
}

Status OutboxStore::appendToJournal(const OutboxItem& item, const QByteArray& json)
{
    const QByteArray line = crc32Hex(json) + ' ' + json + '\n';
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
    m_journalSynced = journalWritten();
    emit journalSyncedTo(m_journalSynced);
    return {};
}

} // namespace Postino

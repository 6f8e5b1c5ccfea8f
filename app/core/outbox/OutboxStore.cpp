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
{
    m_lazySync.setSingleShot(true);
    m_lazySync.setInterval(kLazySyncMsec);
    connect(&m_lazySync, &QTimer::timeout, this, &OutboxStore::requestJournalSync);
}

OutboxStore::~OutboxStore()
{
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
    return m_baseDir + QLatin1String("/outbox");
}

QString OutboxStore::sentDir() const
{
    return m_baseDir + QLatin1String("/sent");
}

QString OutboxStore::damagedDir() const
{
    return outboxDir() + QLatin1Char('/') + kDamaged;
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

int OutboxStore::hook(Step step, const QString& path) const
{
    return m_hook ? m_hook(step, path) : 0;
}

Status OutboxStore::makeDir(const QString& dir)
{
    if (QFileInfo(dir).isDir())
        return {};
    if (const int err = hook(Step::CreateDir, dir))
        return ioError(Step::CreateDir, dir, err);
    const QString parent = QFileInfo(dir).absolutePath();
    if (!QFileInfo(parent).isDir()) {
        if (Status s = makeDir(parent); !s)
            return s;
    }
    if (::mkdir(QFile::encodeName(dir).constData(), 0700) != 0 && errno != EEXIST)
        return ioError(Step::CreateDir, dir, errno);
    return {};
}

Status OutboxStore::syncDir(const QString& dir)
{
    if (const int err = hook(Step::SyncDir, dir))
        return ioError(Step::SyncDir, dir, err);
    const int fd = ::open(QFile::encodeName(dir).constData(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
    if (fd < 0)
        return ioError(Step::SyncDir, dir, errno);
    const int rc = ::fsync(fd);
    const int err = errno;
    ::close(fd);
    if (rc != 0 && err != EINVAL) // some file systems cannot sync a directory; that is not a failure
        return ioError(Step::SyncDir, dir, err);
    return {};
}

// path.tmp: write, fsync, close; rename over path; fsync the folder. On failure the temporary is gone.
Status OutboxStore::writeDurably(const QString& path, const QByteArray& data)
{
    const QString tmp = path + QLatin1String(".tmp");
    const QByteArray tmpName = QFile::encodeName(tmp);
    auto fail = [&](Step step, const QString& where, int err) {
        ::unlink(tmpName.constData());
        return Status(ioError(step, where, err));
    };
    if (const int err = hook(Step::WriteFile, tmp))
        return fail(Step::WriteFile, tmp, err);
    const int fd = ::open(tmpName.constData(), O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0600);
    if (fd < 0)
        return fail(Step::WriteFile, tmp, errno);
    if (const int err = Posix::writeAll(fd, data.constData(), data.size())) {
        ::close(fd);
        return fail(Step::WriteFile, tmp, err);
    }
    if (const int err = hook(Step::SyncFile, tmp)) {
        ::close(fd);
        return fail(Step::SyncFile, tmp, err);
    }
    if (::fsync(fd) != 0) {
        const int err = errno;
        ::close(fd);
        return fail(Step::SyncFile, tmp, err);
    }
    if (::close(fd) != 0)
        return fail(Step::WriteFile, tmp, errno);
    if (const int err = hook(Step::Rename, path))
        return fail(Step::Rename, path, err);
    if (::rename(tmpName.constData(), QFile::encodeName(path).constData()) != 0)
        return fail(Step::Rename, path, errno);
    return syncDir(QFileInfo(path).absolutePath());
}

void OutboxStore::describe(OutboxItem& item, const QByteArray& message)
{
    if (item.subject.isEmpty())
        item.subject = headerValue(message, "Subject");
    if (item.from.isEmpty())
        item.from = headerValue(message, "From");
    if (item.messageId.isEmpty())
        item.messageId = headerValue(message, "Message-ID");
}

Result<OutboxItem> OutboxStore::add(OutboxItem item, const QByteArray& message)
{
    const QDateTime now = m_clock->now();
    if (item.id.isEmpty())
        item.id = newId(now);
    if (!item.created.isValid())
        item.created = now;
    item.windowStart = item.created;
    if (!item.nextAttempt.isValid())
        item.nextAttempt = now;
    item.state = OutboxItem::State::Queued;
    item.size = message.size();
    item.messageSha256 = sha256Hex(message);
    describe(item, message);

    const QString outbox = outboxDir();
    if (Status s = makeDir(outbox); !s)
        return s.error();
    const QString staging = outbox + QLatin1Char('/') + kNewPrefix + item.id;
    const QString final = outbox + QLatin1Char('/') + item.id;
    if (QFileInfo::exists(final)) {
        return Error(
            ErrorKind::Internal,
            tr("An item with the id %1 is already in the outbox; nothing was queued. Try again.").arg(item.id));
    }
    auto abandon = [&](const Status& s) {
        removeTree(staging);
        qCWarning(lcOutbox) << "could not queue" << item.id << ":" << s.error().message();
        return s.error();
    };
    if (Status s = makeDir(staging); !s)
        return abandon(s);
    if (Status s = writeDurably(staging + QLatin1Char('/') + kMessageFile, message); !s)
        return abandon(s);
    if (Status s = writeDurably(staging + QLatin1Char('/') + kItemFile, encodeItem(item)); !s)
        return abandon(s);
    if (const int err = hook(Step::Rename, final))
        return abandon(ioError(Step::Rename, final, err));
    if (::rename(QFile::encodeName(staging).constData(), QFile::encodeName(final).constData()) != 0)
        return abandon(ioError(Step::Rename, final, errno));
    if (Status s = syncDir(outbox); !s) {
        // The item is in place but its folder entry may not be on disk: take it back, so the caller,
        // who keeps the message, is not told "not queued" about an item that later reappears.
        removeTree(final);
        return s.error();
    }
    qCDebug(lcOutbox) << "queued" << item.id << item.size << "bytes";
    emit itemAdded(item.id);
    return item;
}

Status OutboxStore::update(const OutboxItem& item)
{
    const QString folder = outboxDir() + QLatin1Char('/') + item.id;
    if (!QFileInfo(folder).isDir()) {
        return Error(ErrorKind::NoInput,
                     tr("The message %1 is no longer in the outbox (sent or removed elsewhere).").arg(item.id));
    }
    OutboxItem version = item;
    version.revision = nextRevision(item);
    if (Status s = writeDurably(folder + QLatin1Char('/') + kItemFile, encodeItem(version)); !s)
        return s;
    m_revisions.insert(item.id, version.revision);
    m_journal.remove(item.id); // item.json is the newest now
    m_journalBytes.remove(item.id);
    emit itemUpdated(item.id);
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
    const QString sent = sentDir();
    if (Status s = makeDir(sent); !s)
        return s;
    QString target = sent + QLatin1Char('/') + item.id;
    for (int n = 1; QFileInfo::exists(target) && n < 1000; ++n)
        target = sent + QLatin1Char('/') + item.id + QLatin1Char('-') + QString::number(n);
    const QString from = outboxDir() + QLatin1Char('/') + item.id;
    if (::rename(QFile::encodeName(from).constData(), QFile::encodeName(target).constData()) != 0) {
        const int err = errno;
        qCWarning(lcOutbox) << "sent" << item.id << "but could not move it to" << target << ":" << errnoText(err);
        return ioError(Step::Rename, target, err);
    }
    Status s = syncDir(outboxDir());
    if (s)
        s = syncDir(sent);
    emit itemRemoved(item.id);
    emit sentAdded(item.id);
    return s;
}

Status OutboxStore::remove(const QString& id)
{
    const QString folder = outboxDir() + QLatin1Char('/') + id;
    if (id.isEmpty() || id.contains(QLatin1Char('/')) || id.startsWith(QLatin1Char('.')) || id == kDamaged
        || !QFileInfo(folder).isDir()) {
        return Error(ErrorKind::NoInput,
                     tr("There is no message %1 in the outbox; `queue list` shows the ids.").arg(id));
    }
    const QString doomed = outboxDir() + QLatin1Char('/') + kDeletePrefix + id;
    if (const int err = hook(Step::Rename, doomed))
        return ioError(Step::Rename, doomed, err);
    if (::rename(QFile::encodeName(folder).constData(), QFile::encodeName(doomed).constData()) != 0)
        return ioError(Step::Rename, doomed, errno);
    m_journal.remove(id);
    m_journalBytes.remove(id);
    removeTree(doomed);
    Status s = syncDir(outboxDir());
    emit itemRemoved(id);
    return s;
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

Result<OutboxItem> OutboxStore::load(const QString& id, Check check)
{
    const QString folder = outboxDir() + QLatin1Char('/') + id;
    auto noSuchItem = [&] {
        return Error(ErrorKind::NoInput,
                     tr("There is no message %1 in the outbox; `queue list` shows the ids.").arg(id));
    };
    if (id.isEmpty() || id.contains(QLatin1Char('/')) || id.startsWith(QLatin1Char('.')) || id == kDamaged)
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
        return Error(ErrorKind::DataError,
                     tr("The outbox item %1 is damaged (%2); it was moved to %3.")
                         .arg(id, item.error().message(), QDir::toNativeSeparators(damagedDir())));
    }
    return item;
}

QList<OutboxItem> OutboxStore::items(Check check)
{
    QList<OutboxItem> out;
    QDir dir(outboxDir());
    if (!dir.exists())
        return out;
    readJournal();
    const QDateTime now = m_clock->now();
    const QFileInfoList entries =
        dir.entryInfoList(QDir::Dirs | QDir::Files | QDir::Hidden | QDir::NoDotAndDotDot, QDir::Name);
    for (const QFileInfo& entry : entries) {
        const QString name = entry.fileName();
        if (name == kDamaged || name == kLockFile || name.startsWith(kLockFile) || name.startsWith(kJournal))
            continue;
        if (name.startsWith(kNewPrefix) || name.startsWith(kDeletePrefix)) {
            // Another process may be writing it right now; only clear what is clearly abandoned.
            if (entry.lastModified().toUTC().secsTo(now) > 3600 || name.startsWith(kDeletePrefix))
                removeTree(entry.absoluteFilePath());
            continue;
        }
        if (!entry.isDir()) {
            moveAside(name, tr("a stray file where an item folder belongs"));
            continue;
        }
        Result<OutboxItem> item = loadFrom(entry.absoluteFilePath(), name, check);
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
        out.append(std::move(item).value());
    }
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
    QDir dir(sentDir());
    const QFileInfoList entries = dir.entryInfoList(QDir::Dirs | QDir::NoDotAndDotDot, QDir::Name);
    for (const QFileInfo& entry : entries) {
        Result<OutboxItem> item = loadFrom(entry.absoluteFilePath(), entry.fileName(), check);
        if (item)
            out.append(std::move(item).value());
    }
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

#include "OutboxStore.h"
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

namespace {

constexpr int kFormat = 1;
const QLatin1String kMessageFile("message.eml");
const QLatin1String kItemFile("item.json");
const QLatin1String kNewPrefix(".new-");
const QLatin1String kDeletePrefix(".del-");
const QLatin1String kDamaged("damaged");
const QLatin1String kLockFile("runner.lock");
const QLatin1String kJournal("journal");
const QByteArray kItemPrefix = QByteArrayLiteral("{\"format\":1,\"item\":");
const QByteArray kItemShaKey = QByteArrayLiteral(",\"item_sha256\":\"");
// A checkpoint is made after this many journal lines (and when the journal is closed).
constexpr int kCheckpointLines = 4096;
// ... or when the journal file is this big, whoever wrote its lines (the GUI keeps it across passes).
constexpr qint64 kCheckpointBytes = 8 * 1024 * 1024;
// A journal line nobody waits for reaches the disk at most this much later (real time: it bounds
// what a power cut can take back, which no test clock should stretch).
constexpr int kLazySyncMsec = 100;

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

} // namespace

// Syncs the journal to the disk on its own thread, so that neither the GUI nor the SMTP sessions wait
// for it; one fdatasync covers every line written before it began (group commit).
class OutboxStore::Syncer
{
public:
    Syncer(OutboxStore* store, int fd, quint64 generation)
        : m_store(store)
        , m_fd(fd)
        , m_generation(generation)
        , m_thread([this] { run(); })
    { }
    ~Syncer()
    {
        {
            std::lock_guard<std::mutex> lock(m_mutex);
            if (!m_closing)
                m_stop = true; // a closing one finishes its last sync first
        }
        m_wake.notify_all();
        m_thread.join();
        if (m_closing && m_fd >= 0)
            ::close(m_fd);
    }

    // The journal is closed for writing: sync what is left, then close the file, without anyone waiting.
    void closeWhenDone()
    {
        {
            std::lock_guard<std::mutex> lock(m_mutex);
            m_closing = true;
        }
        m_wake.notify_all();
    }
    [[nodiscard]] bool finished()
    {
        std::lock_guard<std::mutex> lock(m_mutex);
        return m_closing && m_fd < 0;
    }
    Syncer(const Syncer&) = delete;
    Syncer& operator=(const Syncer&) = delete;

    void request(quint64 position)
    {
        {
            std::lock_guard<std::mutex> lock(m_mutex);
            m_wanted = std::max(m_wanted, position);
            m_asked = true; // after a failed sync, only a new request tries again
        }
        m_wake.notify_all();
    }

private:
    void run()
    {
        std::unique_lock<std::mutex> lock(m_mutex);
        for (;;) {
            const auto due = [this] { return m_asked && m_wanted > m_done; };
            m_wake.wait(lock, [this, &due] { return m_stop || due() || (m_closing && m_fd >= 0); });
            if (m_stop)
                return;
            if (m_closing && !due()) {
                ::close(m_fd);
                m_fd = -1;
                return;
            }
            const quint64 target = m_wanted;
            m_asked = false;
            lock.unlock();
            // The write hook (tests) is consulted here too, on this thread.
            int err = m_store->hook(Step::SyncFile, m_store->outboxDir() + QLatin1Char('/') + kJournal);
            if (!err)
                err = ::fdatasync(m_fd) == 0 ? 0 : errno;
            OutboxStore* store = m_store;
            const quint64 generation = m_generation;
            QMetaObject::invokeMethod(
                store, [store, generation, target, err] { store->onSynced(generation, target, err); },
                Qt::QueuedConnection);
            lock.lock();
            if (!err)
                m_done = target;
        }
    }

    OutboxStore* m_store;
    int m_fd;
    quint64 m_generation;
    bool m_closing = false;
    std::mutex m_mutex;
    std::condition_variable m_wake;
    quint64 m_wanted = 0;
    quint64 m_done = 0;
    bool m_asked = false;
    bool m_stop = false;
    std::thread m_thread; // last: starts when everything above is ready
};

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

// item.json: {"format":1,"item":<the item, compact>,"item_sha256":"<its SHA-256>"} on one line. The
// check covers the item's compact form, which is also what Qt writes when it serialises the parsed
// object again, so files written indented by hand or by older versions are read as well (slowly).
QByteArray OutboxStore::wrapItem(const QByteArray& compact, const QByteArray& sha256)
{
    return kItemPrefix + compact + kItemShaKey + sha256 + "\"}\n";
}

QByteArray OutboxStore::encodeItem(const OutboxItem& item) const
{
    const QByteArray compact = item.toStorageBytes();
    return wrapItem(compact, sha256Hex(compact));
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

Result<OutboxItem> OutboxStore::loadFrom(const QString& folder, const QString& id, Check check)
{
    auto damaged = [](const QString& reason) { return Error(ErrorKind::DataError, reason); };
    const QString metaPath = folder + QLatin1Char('/') + kItemFile;
    FileStamp metaStamp;
    if (!stampOf(metaPath, &metaStamp))
        return damaged(tr("item.json is missing"));
    OutboxItem item;
    // An item.json read before and unchanged since (size, time, inode) is not parsed and checked again.
    if (const auto cached = m_parsed.constFind(metaPath); cached != m_parsed.cend() && cached->stamp == metaStamp) {
        item = cached->item;
    } else {
        // Read with the stamp of the very file read (fstat on its descriptor): a change made later
        // gives the file another stamp, so the cache below never answers for bytes it did not see.
        QByteArray raw;
        const int fd = ::open(QFile::encodeName(metaPath).constData(), O_RDONLY | O_CLOEXEC);
        struct stat st
        {
        };
        if (fd < 0 || ::fstat(fd, &st) != 0) {
            const int err = errno;
            if (fd >= 0)
                ::close(fd);
            return Error(ErrorKind::IoError, tr("item.json cannot be read (%1)").arg(errnoText(err)));
        }
        metaStamp = stampFrom(st);
        raw.resize(static_cast<qsizetype>(st.st_size));
        // Shorter than it was a moment ago: the checks below tell.
        const qint64 got = Posix::readUpTo(fd, raw.data(), raw.size());
        if (got < 0) {
            // The disk failed to give it: not a damaged item, so it is not moved aside.
            const int err = errno;
            ::close(fd);
            return Error(ErrorKind::IoError, tr("item.json cannot be read (%1)").arg(errnoText(err)));
        }
        ::close(fd);
        raw.truncate(static_cast<qsizetype>(got));
        if (raw.isEmpty())
            return damaged(tr("item.json is empty (zero bytes)"));
        QJsonObject object;
        // As written by wrapItem(): the check is over bytes that are there, nothing to serialise again.
        const qsizetype shaAt = raw.lastIndexOf(kItemShaKey);
        const qsizetype shaEnd = shaAt + kItemShaKey.size() + 64;
        const bool plain = raw.startsWith(kItemPrefix) && shaAt > kItemPrefix.size() && raw.size() >= shaEnd + 2
            && raw.mid(shaEnd, 2) == "\"}" && raw.mid(shaEnd + 2).trimmed().isEmpty();
        if (plain) {
            const QByteArray compact = raw.mid(kItemPrefix.size(), shaAt - kItemPrefix.size());
            if (sha256Hex(compact) != raw.mid(shaAt + kItemShaKey.size(), 64))
                return damaged(tr("item.json does not match its checksum: it was changed or damaged"));
            QJsonParseError parseError;
            const QJsonDocument doc = QJsonDocument::fromJson(compact, &parseError);
            if (parseError.error != QJsonParseError::NoError || !doc.isObject())
                return damaged(tr("item.json does not match its checksum: it was changed or damaged"));
            object = doc.object();
        } else {
            QJsonParseError parseError;
            const QJsonDocument doc = QJsonDocument::fromJson(raw, &parseError);
            if (parseError.error != QJsonParseError::NoError || !doc.isObject()) {
                return damaged(tr("item.json is not valid JSON (%1 at byte %2): truncated or overwritten")
                                   .arg(parseError.errorString())
                                   .arg(parseError.offset));
            }
            const QJsonObject wrapper = doc.object();
            if (wrapper.value(QStringLiteral("format")).toInt() != kFormat)
                return damaged(tr("item.json has an unknown format"));
            object = wrapper.value(QStringLiteral("item")).toObject();
            const QByteArray expected = wrapper.value(QStringLiteral("item_sha256")).toString().toLatin1();
            if (sha256Hex(QJsonDocument(object).toJson(QJsonDocument::Compact)) != expected)
                return damaged(tr("item.json does not match its checksum: it was changed or damaged"));
        }
        Result<OutboxItem> parsed = OutboxItem::fromStorageJson(object);
        if (!parsed)
            return damaged(parsed.error().message());
        item = std::move(parsed).value();
        if (item.id != id)
            return damaged(tr("item.json belongs to %1, not to this folder").arg(item.id));
        if (metaStamp.size == raw.size())
            m_parsed.insert(metaPath, {metaStamp, item});
    }
    if (item.revision > m_revisions.value(id))
        m_revisions.insert(id, item.revision);
    const QString bodyPath = folder + QLatin1Char('/') + kMessageFile;
    FileStamp bodyStamp;
    if (!stampOf(bodyPath, &bodyStamp))
        return damaged(tr("message.eml is missing"));
    if (bodyStamp.size != item.size) {
        return damaged(tr("message.eml has %1 bytes instead of %2: it was truncated or changed")
                           .arg(bodyStamp.size)
                           .arg(item.size));
    }
    if (check == Check::Metadata)
        return item;
    // Hashing a large message on every look-up is wasteful: a file verified before and unchanged since
    // (same size, modification time and inode) is not read again.
    const auto known = m_verified.constFind(bodyPath);
    if (known != m_verified.cend() && known->sha256 == item.messageSha256 && known->stamp == bodyStamp)
        return item;
    QFile body(bodyPath);
    if (!body.open(QIODevice::ReadOnly))
        return Error(ErrorKind::IoError, tr("message.eml cannot be read (%1)").arg(body.errorString()));
    Sha256 hash;
    QByteArray chunk(64 * 1024, Qt::Uninitialized);
    for (;;) {
        const qint64 n = body.read(chunk.data(), chunk.size());
        if (n < 0)
            return Error(ErrorKind::IoError, tr("message.eml cannot be read (%1)").arg(body.errorString()));
        if (n == 0)
            break;
        hash.addData(QByteArrayView(chunk.constData(), n));
    }
    if (hash.result().toHex() != item.messageSha256)
        return damaged(tr("message.eml does not match its checksum: it was changed or damaged"));
    m_verified.insert(bodyPath, {item.messageSha256, bodyStamp});
    return item;
}

void OutboxStore::moveAside(const QString& id, const QString& reason)
{
    OutboxProblem problem {id, reason, {}};
    const QString from = outboxDir() + QLatin1Char('/') + id;
    if (makeDir(damagedDir())) {
        QString target = damagedDir() + QLatin1Char('/') + id;
        for (int n = 1; QFileInfo::exists(target) && n < 1000; ++n)
            target = damagedDir() + QLatin1Char('/') + id + QLatin1Char('-') + QString::number(n);
        if (::rename(QFile::encodeName(from).constData(), QFile::encodeName(target).constData()) == 0) {
            problem.movedTo = target;
            (void)syncDir(outboxDir());
        }
    }
    qCWarning(lcOutbox) << "damaged outbox item" << id << ":" << reason << "moved to" << problem.movedTo;
    m_problems.append(problem);
    emit itemDamaged(id, reason);
    emit itemRemoved(id);
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

// --- the journal ---

bool OutboxStore::stampOf(const QString& path, FileStamp* stamp)
{
    struct stat st
    {
    };
    if (::stat(QFile::encodeName(path).constData(), &st) != 0)
        return false;
    *stamp = stampFrom(st);
    return true;
}

OutboxStore::FileStamp OutboxStore::stampFrom(const struct stat& st)
{
    FileStamp stamp;
    stamp.size = st.st_size;
    stamp.mtimeNs = static_cast<qint64>(st.st_mtim.tv_sec) * 1'000'000'000 + st.st_mtim.tv_nsec;
    stamp.inode = static_cast<quint64>(st.st_ino);
    return stamp;
}

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
    const QByteArray path = QFile::encodeName(outboxDir() + QLatin1Char('/') + kJournal);
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
    if (Status s = makeDir(outboxDir()); !s)
        return s;
    // Whatever an earlier runner left: read it as another process would (only what is new since this
    // store last read it), then make it permanent unless told otherwise.
    readJournal();
    struct stat existing
    {
    };
    const bool big = ::stat(QFile::encodeName(outboxDir() + QLatin1Char('/') + kJournal).constData(), &existing) == 0
        && existing.st_size >= kCheckpointBytes;
    if (checkpointFirst || (m_autoCheckpoint && (big || m_journal.size() >= kCheckpointLines))) {
        if (Status s = checkpoint(); !s)
            return s;
    }
    const QString path = outboxDir() + QLatin1Char('/') + kJournal;
    if (const int err = hook(Step::WriteFile, path))
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
    m_syncer = std::make_unique<Syncer>(this, fd, ++m_syncerGeneration);
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
    const QString path = outboxDir() + QLatin1Char('/') + kJournal;
    int err = hook(Step::WriteFile, path);
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
        const QString message = ioError(Step::SyncFile, outboxDir() + QLatin1Char('/') + kJournal, error).message();
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
    const QString path = outboxDir() + QLatin1Char('/') + kJournal;
    if (const int err = hook(Step::SyncFile, path))
        return ioError(Step::SyncFile, path, err);
    if (::fdatasync(m_journalFd) != 0)
        return ioError(Step::SyncFile, path, errno);
    m_journalSynced = journalWritten();
    emit journalSyncedTo(m_journalSynced);
    return {};
}

Status OutboxStore::checkpoint()
{
    const QString outbox = outboxDir();
    const QString path = outbox + QLatin1Char('/') + kJournal;
    if (m_journal.isEmpty() && (journalOpen() ? m_journalSize == 0 : !QFileInfo::exists(path)))
        return {};
    QStringList ids = m_journal.keys();
    ids.sort();
    // item.json files are overwritten in place and not synced one by one: one syncfs() below covers
    // them all, and until it returns the journal still has every line, so a torn item.json is repaired
    // from it (and readers take the journal's version meanwhile). No temporary files: creating an inode
    // per item costs more than everything else here.
    auto writeQuickly = [this](const QString& file, const QByteArray& data) -> Status {
        if (const int err = hook(Step::WriteFile, file))
            return ioError(Step::WriteFile, file, err);
        const QByteArray name = QFile::encodeName(file);
        // Not O_TRUNC: ext4 flushes a file truncated to zero when it is closed (auto_da_alloc).
        const int fd = ::open(name.constData(), O_WRONLY | O_CREAT | O_CLOEXEC, 0600);
        if (fd < 0)
            return ioError(Step::WriteFile, file, errno);
        const qint64 written = data.size();
        if (const int err = Posix::writeAll(fd, data.constData(), written)) {
            ::close(fd);
            return ioError(Step::WriteFile, file, err);
        }
        struct stat st
        {
        };
        if (::fstat(fd, &st) == 0 && st.st_size > written && ::ftruncate(fd, static_cast<off_t>(written)) != 0) {
            const int err = errno;
            ::close(fd);
            return ioError(Step::WriteFile, file, err);
        }
        ::close(fd);
        return {};
    };
    // What was written is what a later load would parse: remember it as such.
    auto remember = [this](const QString& file, const OutboxItem& written) {
        if (FileStamp stamp; stampOf(file, &stamp))
            m_parsed.insert(file, {stamp, written});
    };
    // The revision in an item.json: from what this store last read or wrote when the file is unchanged
    // since (one stat), else read. *exists: whether the item's folder is there at all.
    auto diskRevision = [this](const QString& folder, const QString& id, bool* exists) -> std::optional<quint64> {
        const QString file = folder + QLatin1Char('/') + kItemFile;
        FileStamp stamp;
        *exists = stampOf(file, &stamp) || QFileInfo(folder).isDir();
        if (!*exists)
            return std::nullopt;
        if (const auto cached = m_parsed.constFind(file); cached != m_parsed.cend() && cached->stamp == stamp)
            return cached->item.revision;
        Result<OutboxItem> onDisk = loadFrom(folder, id, Check::Metadata);
        if (!onDisk)
            return std::nullopt;
        return onDisk.value().revision;
    };
    bool sentDirReady = false;
    for (const QString& id : qAsConst(ids)) {
        const OutboxItem& item = m_journal[id];
        const QString folder = outbox + QLatin1Char('/') + id;
        bool inOutbox = false;
        const std::optional<quint64> disk = diskRevision(folder, id, &inOutbox);
        if (inOutbox) {
            if (disk && *disk >= item.revision)
                continue; // changed since by someone else (a retry from the GUI)
            if (Status s = writeQuickly(folder + QLatin1Char('/') + kItemFile, journalledItemFile(item)); !s) {
                if (item.state != OutboxItem::State::Sent && !QFileInfo(folder).isDir())
                    continue; // deleted meanwhile (Delete in the GUI, on another thread)
                return s;
            }
            if (item.state != OutboxItem::State::Sent) {
                remember(folder + QLatin1Char('/') + kItemFile, item);
                continue;
            }
            if (!sentDirReady) {
                if (Status s = makeDir(sentDir()); !s)
                    return s;
                sentDirReady = true;
            }
            // Never over an existing one (a message sent twice after an outcome unknown keeps both).
            QString target = sentDir() + QLatin1Char('/') + id;
            int moved = ::renameat2(AT_FDCWD, QFile::encodeName(folder).constData(), AT_FDCWD,
                                    QFile::encodeName(target).constData(), RENAME_NOREPLACE);
            for (int n = 1; moved != 0 && errno == EEXIST && n < 1000; ++n) {
                target = sentDir() + QLatin1Char('/') + id + QLatin1Char('-') + QString::number(n);
                moved = ::renameat2(AT_FDCWD, QFile::encodeName(folder).constData(), AT_FDCWD,
                                    QFile::encodeName(target).constData(), RENAME_NOREPLACE);
            }
            if (moved != 0)
                return ioError(Step::Rename, target, errno);
            m_verified.remove(folder + QLatin1Char('/') + kMessageFile);
            m_parsed.remove(folder + QLatin1Char('/') + kItemFile);
        } else if (item.state == OutboxItem::State::Sent) {
            // Moved by a checkpoint that did not finish: make sure its item.json says sent.
            const QString sent = sentDir() + QLatin1Char('/') + id;
            bool inSent = false;
            const std::optional<quint64> sentRevision = diskRevision(sent, id, &inSent);
            if (inSent && (!sentRevision || *sentRevision < item.revision)) {
                if (Status s = writeQuickly(sent + QLatin1Char('/') + kItemFile, journalledItemFile(item)); !s)
                    return s;
            }
        }
    }
    // Everything above onto the disk at once, then a fresh, empty journal.
    if (const int err = hook(Step::SyncDir, outbox))
        return ioError(Step::SyncDir, outbox, err);
    const int dirFd = ::open(QFile::encodeName(outbox).constData(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
    if (dirFd < 0)
        return ioError(Step::SyncDir, outbox, errno);
    const int rc = ::syncfs(dirFd);
    const int syncErr = errno;
    ::close(dirFd);
    if (rc != 0)
        return ioError(Step::SyncDir, outbox, syncErr);
    if (journalOpen()) {
        const QString fresh = path + QLatin1String(".new");
        const int fd =
            ::open(QFile::encodeName(fresh).constData(), O_WRONLY | O_CREAT | O_TRUNC | O_APPEND | O_CLOEXEC, 0600);
        if (fd < 0)
            return ioError(Step::WriteFile, fresh, errno);
        if (::rename(QFile::encodeName(fresh).constData(), QFile::encodeName(path).constData()) != 0) {
            const int err = errno;
            ::close(fd);
            return ioError(Step::Rename, path, err);
        }
        if (Status s = syncDir(outbox); !s) {
            ::close(fd);
            return s;
        }
        m_syncer.reset();
        ::close(m_journalFd);
        m_journalFd = fd;
        m_journalBase += m_journalSize;
        m_journalSize = 0;
        m_journalSynced = journalWritten();
        m_syncer = std::make_unique<Syncer>(this, fd, ++m_syncerGeneration);
        emit journalSyncedTo(m_journalSynced);
    } else {
        if (::unlink(QFile::encodeName(path).constData()) != 0 && errno != ENOENT)
            return ioError(Step::Rename, path, errno);
        if (Status s = syncDir(outbox); !s)
            return s;
    }
    m_journal.clear();
    m_journalBytes.clear();
    m_journalLines = 0;
    return {};
}

Status OutboxStore::checkpointJournal()
{
    readJournal(); // nothing to read when the journal is this store's own, open
    return checkpoint();
}

void OutboxStore::noteRemoved(const QString& id)
{
    // The folder is gone: what the journal held of it is of no use (a checkpoint would skip it).
    m_journal.remove(id);
    m_journalBytes.remove(id);
    const QString folder = outboxDir() + QLatin1Char('/') + id;
    m_verified.remove(folder + QLatin1Char('/') + kMessageFile);
    m_parsed.remove(folder + QLatin1Char('/') + kItemFile);
    emit itemRemoved(id);
}

// An item's item.json from the journal's bytes for it, without serialising it again.
QByteArray OutboxStore::journalledItemFile(const OutboxItem& item) const
{
    const auto bytes = m_journalBytes.constFind(item.id);
    if (bytes == m_journalBytes.cend())
        return encodeItem(item);
    return wrapItem(bytes->first, bytes->second.isEmpty() ? sha256Hex(bytes->first) : bytes->second);
}

} // namespace Postino

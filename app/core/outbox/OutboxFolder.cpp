// The outbox's durable steps on the disk (OutboxFolder.h); item.json's codec is in OutboxItemFile.cpp.
#include "OutboxStore_p.h"

#include "common/Log.h"
#include "common/PosixFile.h"
#include "common/Sha256.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QIODevice>

#include <cerrno>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

namespace Postino {

using namespace OutboxFiles;

namespace {

// How much of a message's beginning is kept for describe(): its header section, in any sane message.
constexpr qsizetype kHeadBytes = 256 * 1024;

// A write-only device onto a file descriptor that hashes and counts what goes through it, keeps its
// first bytes, and writes in large blocks whatever size the writer's pieces are.
class DigestingDevice : public QIODevice
{
public:
    // digest: hash and keep the head too (a message); else only write (an item.json).
    DigestingDevice(int fd, bool digest)
        : m_fd(fd)
        , m_digest(digest)
    {
        m_buffer.reserve(kBlock);
        open(QIODevice::WriteOnly | QIODevice::Unbuffered);
    }
    bool isSequential() const override { return true; }
    // 0, or the errno of the write that failed.
    [[nodiscard]] int error() const { return m_error; }
    [[nodiscard]] int flushAll()
    {
        if (!m_error && !m_buffer.isEmpty())
            m_error = Posix::writeAll(m_fd, m_buffer.constData(), m_buffer.size());
        m_buffer.clear();
        return m_error;
    }
    [[nodiscard]] qint64 written() const { return m_size; }
    [[nodiscard]] QByteArray sha256Hex() { return m_hash.result().toHex(); }
    [[nodiscard]] const QByteArray& head() const { return m_head; }

protected:
    qint64 readData(char*, qint64) override { return -1; }
    qint64 writeData(const char* data, qint64 len) override
    {
        if (m_error)
            return -1;
        m_size += len;
        if (m_digest)
            m_hash.addData(QByteArrayView(data, len));
        if (m_digest && m_head.size() < kHeadBytes)
            m_head.append(data, static_cast<qsizetype>(std::min<qint64>(len, kHeadBytes - m_head.size())));
        if (m_buffer.size() + len <= kBlock) {
            m_buffer.append(data, static_cast<qsizetype>(len));
            return len;
        }
        if (flushAll() == 0)
            m_error = Posix::writeAll(m_fd, data, len);
        if (m_error) {
            setErrorString(errnoText(m_error));
            return -1;
        }
        return len;
    }

private:
    static constexpr qsizetype kBlock = 256 * 1024;
    int m_fd;
    bool m_digest;
    int m_error = 0;
    qint64 m_size = 0;
    Sha256 m_hash;
    QByteArray m_head;
    QByteArray m_buffer;
};

} // namespace

bool FileStamp::of(const QString& path, FileStamp* stamp)
{
    struct stat st
    {
    };
    if (::stat(QFile::encodeName(path).constData(), &st) != 0)
        return false;
    *stamp = from(st);
    return true;
}

FileStamp FileStamp::from(const struct stat& st)
{
    FileStamp stamp;
    stamp.size = st.st_size;
    stamp.mtimeNs = static_cast<qint64>(st.st_mtim.tv_sec) * 1'000'000'000 + st.st_mtim.tv_nsec;
    stamp.inode = static_cast<quint64>(st.st_ino);
    return stamp;
}

OutboxFolder::OutboxFolder(const QString& baseDir, WriteHook hook)
    : m_baseDir(QDir::cleanPath(baseDir))
{
    m_hook.set(std::move(hook));
}

QString OutboxFolder::outboxDir() const
{
    return m_baseDir + QLatin1String("/outbox");
}

QString OutboxFolder::sentDir() const
{
    return m_baseDir + QLatin1String("/sent");
}

QString OutboxFolder::damagedDir() const
{
    return outboxDir() + QLatin1Char('/') + kDamaged;
}

QString OutboxFolder::itemDir(const QString& id) const
{
    return outboxDir() + QLatin1Char('/') + id;
}

QString OutboxFolder::journalPath() const
{
    return outboxDir() + QLatin1Char('/') + kJournal;
}

bool OutboxFolder::isItemName(const QString& id)
{
    return !id.isEmpty() && !id.contains(QLatin1Char('/')) && !id.startsWith(QLatin1Char('.')) && id != kDamaged
        && id != kPace && !OutboxIndex::isIndexFile(id);
}

Status OutboxFolder::makeDir(const QString& dir, DirName name) const
{
    if (QFileInfo(dir).isDir())
        return {};
    if (const int err = injected(Step::CreateDir, dir))
        return ioError(Step::CreateDir, dir, err);
    const QString parent = QFileInfo(dir).absolutePath();
    if (!QFileInfo(parent).isDir()) {
        if (Status s = makeDir(parent, name); !s)
            return s;
    }
    if (::mkdir(QFile::encodeName(dir).constData(), 0700) != 0) {
        if (errno != EEXIST)
            return ioError(Step::CreateDir, dir, errno);
        return {};
    }
    // Found by the power-cut test (tests/cli/test_powercut.py): the first message ever queued went with
    // the outbox folder whose name was never synced.
    return name == DirName::Durable ? syncDir(parent) : Status {};
}

Status OutboxFolder::syncDir(const QString& dir) const
{
    if (const int err = injected(Step::SyncDir, dir))
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

Status OutboxFolder::writeDurably(const QString& path, const QByteArray& data) const
{
    return writeDurably(
        path,
        [&data](QIODevice* device) -> Status {
            device->write(data); // a failure is the device's errno, looked at below
            return {};
        },
        nullptr, nullptr, nullptr);
}

Status OutboxFolder::writeDurably(const QString& path, const MessageWriter& write, qint64* size, QByteArray* sha256,
                                  QByteArray* head) const
{
    return writeFile(path, write, size, sha256, head, true);
}

Status OutboxFolder::writeFile(const QString& path, const MessageWriter& write, qint64* size, QByteArray* sha256,
                               QByteArray* head, bool sync) const
{
    const QString tmp = path + QLatin1String(".tmp");
    const QByteArray tmpName = QFile::encodeName(tmp);
    auto fail = [&](const Status& s) {
        ::unlink(tmpName.constData());
        return s;
    };
    if (const int err = injected(Step::WriteFile, tmp))
        return fail(ioError(Step::WriteFile, tmp, err));
    const int fd = ::open(tmpName.constData(), O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0600);
    if (fd < 0)
        return fail(ioError(Step::WriteFile, tmp, errno));
    DigestingDevice device(fd, sha256 || head);
    Status written = write(&device);
    if (const int err = device.flushAll())
        written = ioError(Step::WriteFile, tmp, err); // the disk's words, not the writer's
    if (written && sync) {
        if (const int err = injected(Step::SyncFile, tmp))
            written = ioError(Step::SyncFile, tmp, err);
        else if (::fsync(fd) != 0)
            written = ioError(Step::SyncFile, tmp, errno);
    }
    if (::close(fd) != 0 && written)
        written = ioError(Step::WriteFile, tmp, errno);
    if (!written)
        return fail(written);
    if (const int err = injected(Step::Rename, path))
        return fail(ioError(Step::Rename, path, err));
    if (::rename(tmpName.constData(), QFile::encodeName(path).constData()) != 0)
        return fail(ioError(Step::Rename, path, errno));
    if (size)
        *size = device.written();
    if (sha256)
        *sha256 = device.sha256Hex();
    if (head)
        *head = device.head();
    return sync ? syncDir(QFileInfo(path).absolutePath()) : Status();
}

Status OutboxFolder::overwrite(const QString& path, const QByteArray& data) const
{
    if (const int err = injected(Step::WriteFile, path))
        return ioError(Step::WriteFile, path, err);
    const QByteArray name = QFile::encodeName(path);
    // Not O_TRUNC: ext4 flushes a file truncated to zero when it is closed (auto_da_alloc).
    const int fd = ::open(name.constData(), O_WRONLY | O_CREAT | O_CLOEXEC, 0600);
    if (fd < 0)
        return ioError(Step::WriteFile, path, errno);
    const qint64 written = data.size();
    if (const int err = Posix::writeAll(fd, data.constData(), written)) {
        ::close(fd);
        return ioError(Step::WriteFile, path, err);
    }
    struct stat st
    {
    };
    if (::fstat(fd, &st) == 0 && st.st_size > written && ::ftruncate(fd, static_cast<off_t>(written)) != 0) {
        const int err = errno;
        ::close(fd);
        return ioError(Step::WriteFile, path, err);
    }
    ::close(fd);
    return {};
}

Status OutboxFolder::syncFileSystem() const
{
    const QString outbox = outboxDir();
    if (const int err = injected(Step::SyncDir, outbox))
        return ioError(Step::SyncDir, outbox, err);
    const int dirFd = ::open(QFile::encodeName(outbox).constData(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
    if (dirFd < 0)
        return ioError(Step::SyncDir, outbox, errno);
    const int rc = ::syncfs(dirFd);
    const int err = errno;
    ::close(dirFd);
    if (rc != 0)
        return ioError(Step::SyncDir, outbox, err);
    return {};
}

Result<OutboxItem> OutboxFolder::writeNewItem(OutboxItem item, const MessageWriter& write) const
{
    const QString outbox = outboxDir();
    if (Status s = makeDir(outbox); !s)
        return s.error();
    const QString staging = outbox + QLatin1Char('/') + kNewPrefix + item.id;
    const QString final = itemDir(item.id);
    if (QFileInfo::exists(final)) {
        return Error(ErrorKind::Internal,
                     OutboxStore::tr("An item with the id %1 is already in the outbox; nothing was queued. Try again.")
                         .arg(item.id));
    }
    auto abandon = [&](const Status& s) {
        removeTree(staging);
        qCWarning(lcOutbox) << "could not queue" << item.id << ":" << s.error().message();
        return s.error();
    };
    if (Status s = makeDir(staging, DirName::NotSynced); !s)
        return abandon(s);
    QByteArray head;
    if (Status s =
            writeDurably(staging + QLatin1Char('/') + kMessageFile, write, &item.size, &item.messageSha256, &head);
        !s)
        return abandon(s);
    describe(item, head);
    if (Status s = writeDurably(staging + QLatin1Char('/') + kItemFile, encodeItem(item)); !s)
        return abandon(s);
    if (const int err = injected(Step::Rename, final))
        return abandon(ioError(Step::Rename, final, err));
    if (::rename(QFile::encodeName(staging).constData(), QFile::encodeName(final).constData()) != 0)
        return abandon(ioError(Step::Rename, final, errno));
    if (Status s = syncDir(outbox); !s) {
        // The item is in place but its folder entry may not be on disk: take it back, so the caller,
        // who keeps the message, is not told "not queued" about an item that later reappears.
        removeTree(final);
        return s.error();
    }
    return item;
}

Result<QList<OutboxItem>> OutboxFolder::writeNewItems(QList<OutboxItem> items, const QList<MessageWriter>& writes) const
{
    const QString outbox = outboxDir();
    if (Status s = makeDir(outbox); !s)
        return s.error();
    QStringList staged; // staging folders written so far
    QStringList placed; // final folders renamed into place so far
    auto abandon = [&](const Status& s) {
        for (const QString& dir : std::as_const(staged))
            removeTree(dir);
        for (const QString& dir : std::as_const(placed))
            removeTree(dir);
        if (!placed.isEmpty())
            (void)syncDir(outbox);
        qCWarning(lcOutbox) << "could not queue a batch of" << items.size() << ":" << s.error().message();
        return s.error();
    };
    // Each item written, not yet synced: one syncfs() below covers them all.
    for (qsizetype i = 0; i < items.size(); ++i) {
        OutboxItem& item = items[i];
        const QString staging = outbox + QLatin1Char('/') + kNewPrefix + item.id;
        if (QFileInfo::exists(itemDir(item.id))) {
            return abandon(Error(ErrorKind::Internal,
                                 OutboxStore::tr("An item with the id %1 is already in the "
                                                 "outbox; nothing was queued. Try again.")
                                     .arg(item.id)));
        }
        if (Status s = makeDir(staging, DirName::NotSynced); !s)
            return abandon(s);
        staged << staging;
        QByteArray head;
        if (Status s = writeFile(staging + QLatin1Char('/') + kMessageFile, writes.at(i), &item.size,
                                 &item.messageSha256, &head, false);
            !s)
            return abandon(s);
        describe(item, head);
        if (Status s = writeFile(
                staging + QLatin1Char('/') + kItemFile,
                [bytes = encodeItem(item)](QIODevice* device) -> Status {
                    device->write(bytes);
                    return {};
                },
                nullptr, nullptr, nullptr, false);
            !s)
            return abandon(s);
    }
    // Every byte of every item on the disk before any of them is in place: a crash leaves whole items.
    if (Status s = syncFileSystem(); !s)
        return abandon(s);
    for (const OutboxItem& item : std::as_const(items)) {
        const QString staging = outbox + QLatin1Char('/') + kNewPrefix + item.id;
        const QString final = itemDir(item.id);
        if (const int err = injected(Step::Rename, final))
            return abandon(ioError(Step::Rename, final, err));
        if (::rename(QFile::encodeName(staging).constData(), QFile::encodeName(final).constData()) != 0)
            return abandon(ioError(Step::Rename, final, errno));
        staged.removeOne(staging);
        placed << final;
    }
    if (Status s = syncDir(outbox); !s)
        return abandon(s);
    return items;
}

Status OutboxFolder::removeItem(const QString& id) const
{
    const QString folder = itemDir(id);
    if (!isItemName(id) || !QFileInfo(folder).isDir()) {
        return Error(ErrorKind::NoInput,
                     OutboxStore::tr("There is no message %1 in the outbox; `queue list` shows the ids.").arg(id));
    }
    const QString doomed = outboxDir() + QLatin1Char('/') + kDeletePrefix + id;
    if (const int err = injected(Step::Rename, doomed))
        return ioError(Step::Rename, doomed, err);
    if (::rename(QFile::encodeName(folder).constData(), QFile::encodeName(doomed).constData()) != 0)
        return ioError(Step::Rename, doomed, errno);
    removeTree(doomed);
    return syncDir(outboxDir());
}

// Whether Sent holds, at filed, an older copy of the item id that records no sending: its item.json says it is
// not sent, or is torn. A power cut during a sync can make a move into Sent durable in Sent and not in the
// outbox, so that after the boot the item is in both, with its older bytes in each (found by
// tests/cli/test_powercut.py). A copy that says sent is a sending of its own (an outcome unknown sent it
// twice) and stays.
static bool staleCopyInSent(const QString& filed, const QString& id)
{
    FileStamp stamp;
    bool complete = false;
    const Result<OutboxItem> copy = OutboxFolder::readItemFile(filed, id, &stamp, &complete);
    if (!copy)
        return copy.error().kind() == ErrorKind::DataError; // torn or empty; an unreadable one stays
    return copy.value().state != OutboxItem::State::Sent;
}

Result<QString> OutboxFolder::fileUnderSent(const QString& from, const QString& id, bool makeSentDir) const
{
    if (makeSentDir) {
        if (Status s = makeDir(sentDir()); !s)
            return s.error();
    }
    // Never over an existing one (a message sent twice after an outcome unknown keeps both).
    QString target = sentDir() + QLatin1Char('/') + id;
    int moved = ::renameat2(AT_FDCWD, QFile::encodeName(from).constData(), AT_FDCWD,
                            QFile::encodeName(target).constData(), RENAME_NOREPLACE);
    if (moved != 0 && errno == EEXIST && staleCopyInSent(target, id)) {
        // This item replaces its stale copy rather than going beside it as <id>-1: out of sight first (a
        // listing skips hidden names), then gone. The caller's sync covers both names.
        const QString aside = sentDir() + QStringLiteral("/.stale-") + id;
        if (::rename(QFile::encodeName(target).constData(), QFile::encodeName(aside).constData()) != 0)
            return ioError(Step::Rename, target, errno);
        qCWarning(lcOutbox) << "an older copy of" << id << "in Sent (left by a power cut) replaced";
        QDir(aside).removeRecursively();
        moved = ::renameat2(AT_FDCWD, QFile::encodeName(from).constData(), AT_FDCWD,
                            QFile::encodeName(target).constData(), RENAME_NOREPLACE);
    }
    for (int n = 1; moved != 0 && errno == EEXIST && n < 1000; ++n) {
        target = sentDir() + QLatin1Char('/') + id + QLatin1Char('-') + QString::number(n);
        moved = ::renameat2(AT_FDCWD, QFile::encodeName(from).constData(), AT_FDCWD,
                            QFile::encodeName(target).constData(), RENAME_NOREPLACE);
    }
    if (moved != 0)
        return ioError(Step::Rename, target, errno);
    return target;
}

QString OutboxFolder::moveAside(const QString& id) const
{
    if (!makeDir(damagedDir()))
        return {};
    QString target = damagedDir() + QLatin1Char('/') + id;
    for (int n = 1; QFileInfo::exists(target) && n < 1000; ++n)
        target = damagedDir() + QLatin1Char('/') + id + QLatin1Char('-') + QString::number(n);
    if (::rename(QFile::encodeName(itemDir(id)).constData(), QFile::encodeName(target).constData()) != 0)
        return {};
    (void)syncDir(damagedDir()); // its new name
    (void)syncDir(outboxDir()); // its old one gone
    return target;
}

void OutboxFolder::describe(OutboxItem& item, const QByteArray& message)
{
    if (item.subject.isEmpty())
        item.subject = headerValue(message, "Subject");
    if (item.from.isEmpty())
        item.from = headerValue(message, "From");
    if (item.messageId.isEmpty())
        item.messageId = headerValue(message, "Message-ID");
}

} // namespace Postino

#include "common/PosixFile.h"

#include <QFile>
#include <QFileInfo>

#include <cerrno>
#include <fcntl.h>
#include <unistd.h>

namespace Postino::Posix {

int writeAll(int fd, const char* data, qint64 size, qint64* written)
{
    qint64 done = 0;
    int err = 0;
    while (done < size) {
        const ssize_t n = ::write(fd, data + done, static_cast<size_t>(size - done));
        if (n < 0 && errno == EINTR)
            continue;
        if (n < 0) {
            err = errno;
            break;
        }
        done += n;
    }
    if (written)
        *written = done;
    return err;
}

qint64 readSome(int fd, char* data, qint64 size)
{
    for (;;) {
        const ssize_t n = ::read(fd, data, static_cast<size_t>(size));
        if (n < 0 && errno == EINTR)
            continue;
        return n;
    }
}

qint64 readUpTo(int fd, char* data, qint64 size)
{
    qint64 got = 0;
    while (got < size) {
        const qint64 n = readSome(fd, data + got, size - got);
        if (n < 0)
            return -1;
        if (n == 0)
            break;
        got += n;
    }
    return got;
}

int syncDirectory(const QString& dir)
{
    const int fd = ::open(QFile::encodeName(dir).constData(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
    if (fd < 0)
        return errno;
    const int rc = ::fsync(fd);
    const int err = errno;
    ::close(fd);
    return rc != 0 && err != EINVAL ? err : 0;
}

namespace {

// The temporary written, fsynced and closed: 0 or the errno, *failed saying where.
int writeTemporary(const QByteArray& tmpName, const QByteArray& data, const WriteHook& hook, Disk::Step* failed)
{
    const QString tmp = QFile::decodeName(tmpName);
    *failed = Disk::Step::WriteFile;
    if (const int err = injectedError(hook, Disk::Step::WriteFile, tmp))
        return err;
    const int fd = ::open(tmpName.constData(), O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0600);
    if (fd < 0)
        return errno;
    int err = writeAll(fd, data.constData(), data.size());
    if (err == 0) {
        *failed = Disk::Step::SyncFile;
        err = injectedError(hook, Disk::Step::SyncFile, tmp);
        if (err == 0 && ::fsync(fd) != 0)
            err = errno;
    }
    if (::close(fd) != 0 && err == 0) {
        *failed = Disk::Step::WriteFile;
        err = errno;
    }
    return err;
}

} // namespace

int writeFileDurably(const QString& path, const QByteArray& data, const WriteHook& hook, Disk::Step* failed)
{
    Disk::Step step = Disk::Step::WriteFile;
    const QByteArray tmpName = QFile::encodeName(path + QLatin1String(".tmp"));
    int err = writeTemporary(tmpName, data, hook, &step);
    if (err == 0) {
        step = Disk::Step::Rename;
        err = injectedError(hook, step, path);
        if (err == 0 && ::rename(tmpName.constData(), QFile::encodeName(path).constData()) != 0)
            err = errno;
    }
    if (err != 0) {
        ::unlink(tmpName.constData());
    } else {
        const QString dir = QFileInfo(path).absolutePath();
        step = Disk::Step::SyncDir;
        err = injectedError(hook, step, dir);
        if (err == 0)
            err = syncDirectory(dir);
    }
    if (failed)
        *failed = step;
    return err;
}

} // namespace Postino::Posix

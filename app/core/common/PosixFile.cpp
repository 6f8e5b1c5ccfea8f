#include "common/PosixFile.h"

#include <cerrno>
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

} // namespace Postino::Posix

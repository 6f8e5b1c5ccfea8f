#include "HashingFile.h"

#include "common/PosixFile.h"

#include <QFile>

#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

namespace Postino {

HashingFile::~HashingFile()
{
    if (m_fd >= 0)
        ::close(m_fd);
}

bool HashingFile::open(OpenMode mode)
{
    // Plain system calls: one open, one fstat, and reads of exactly the file's size (QFile would
    // stat it twice more and read past the end twice), on the path of every message.
    m_fd = ::open(QFile::encodeName(m_path).constData(), O_RDONLY | O_CLOEXEC);
    struct stat st
    {
    };
    if (m_fd < 0 || ::fstat(m_fd, &st) != 0) {
        setErrorString(QString::fromLocal8Bit(std::strerror(errno)));
        return false;
    }
    m_size = st.st_size; // a stored message does not change while it is sent (the SHA-256 says)
    return QIODevice::open(mode);
}

QByteArray HashingFile::sha256Hex()
{
    if (m_read != m_size)
        return {};
    if (m_digest.isEmpty())
        m_digest = m_hash.result().toHex();
    return m_digest;
}

qint64 HashingFile::readData(char* data, qint64 maxSize)
{
    if (m_read >= m_size)
        return 0; // the end, known without asking
    const qint64 n = Posix::readSome(m_fd, data, qMin(maxSize, m_size - m_read));
    if (n < 0) {
        setErrorString(QString::fromLocal8Bit(std::strerror(errno)));
        return -1;
    }
    if (n == 0) {
        // Shorter than it was when opened: cut off on the disk. The SHA-256 will not match.
        m_size = m_read;
        return 0;
    }
    m_hash.addData(QByteArrayView(data, n));
    m_read += n;
    return n;
}

} // namespace Postino

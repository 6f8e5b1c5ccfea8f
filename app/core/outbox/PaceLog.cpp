#include "PaceLog.h"

#include "common/PosixFile.h"
#include "common/Sha256.h"

#include <QDir>
#include <QFile>
#include <QUrl>

#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

namespace Postino {

namespace {

// "2026-11-22T10:00:00.000Z"
constexpr int kLineLength = 24;
// Lines beyond twice the needed ones before a compaction: it happens once in hundreds of messages.
constexpr int kStaleSlack = 256;
// What is read of a file at most: its end, far more than a day of starts at any sane pace.
constexpr qint64 kMaxReadBytes = 8 * 1024 * 1024;
constexpr int kMaxNameLength = 120;

QByteArray lineFor(const QDateTime& start)
{
    return start.toUTC().toString(Qt::ISODateWithMs).toLatin1() + '\n';
}

// A start, or an invalid time for anything else.
QDateTime parseLine(const QByteArray& line)
{
    if (line.size() != kLineLength || !line.endsWith('Z'))
        return {};
    return QDateTime::fromString(QString::fromLatin1(line), Qt::ISODateWithMs);
}

bool statPath(const QString& path, struct stat* st)
{
    return ::stat(QFile::encodeName(path).constData(), st) == 0;
}

} // namespace

PaceLog::PaceLog(const QString& dir, const QString& accountKey)
    : m_dir(dir)
    , m_key(accountKey)
    , m_path(QDir(dir).filePath(fileName(accountKey)))
{ }

PaceLog::~PaceLog()
{
    close();
}

QString PaceLog::fileName(const QString& accountKey)
{
    QString name = QString::fromLatin1(QUrl::toPercentEncoding(accountKey));
    if (name.isEmpty())
        name = QStringLiteral("%00"); // no key holds a NUL
    else if (name.startsWith(QLatin1Char('.')))
        name.replace(0, 1, QStringLiteral("%2E")); // never hidden, never "." or ".."
    if (name.size() > kMaxNameLength) {
        const QString digest = QString::fromLatin1(Sha256::hashHex(accountKey.toUtf8()).left(16));
        name = name.left(kMaxNameLength - 17) + QLatin1Char('-') + digest;
    }
    return name;
}

QList<QDateTime> PaceLog::read(const QString& path, const QDateTime& since)
{
    QList<QDateTime> starts;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return starts;
    const bool cut = file.size() > kMaxReadBytes;
    if (cut)
        file.seek(file.size() - kMaxReadBytes);
    const QByteArray data = file.read(kMaxReadBytes);
    const QList<QByteArray> lines = data.split('\n');
    for (int i = cut ? 1 : 0; i < lines.size(); ++i) { // a cut file starts inside a line
        const QDateTime start = parseLine(lines.at(i));
        if (start.isValid() && start > since)
            starts.append(start);
    }
    return starts;
}

SendPacer PaceLog::load(const QString& dir, const QString& accountKey, PaceLimits limits, const QDateTime& now)
{
    SendPacer pacer(limits);
    if (pacer.isPaced()) {
        const QString path = QDir(dir).filePath(fileName(accountKey));
        pacer.setStarts(read(path, now.addMSecs(-SendPacer::kWindowMsec)), now);
    }
    return pacer;
}

QList<QDateTime> PaceLog::read(const QDateTime& since)
{
    QFile file(m_path);
    m_lines = 0;
    if (file.open(QIODevice::ReadOnly))
        m_lines = static_cast<int>(qMin<qint64>(file.size(), kMaxReadBytes) / (kLineLength + 1));
    QList<QDateTime> starts = read(m_path, since);
    remember();
    return starts;
}

void PaceLog::remember()
{
    struct stat st
    {
    };
    if (!statPath(m_path, &st)) {
        m_inode = 0;
        m_size = 0;
        return;
    }
    m_inode = static_cast<quint64>(st.st_ino);
    m_size = static_cast<qint64>(st.st_size);
}

bool PaceLog::unchangedSinceRead() const
{
    if (m_size < 0)
        return false;
    struct stat st
    {
    };
    if (!statPath(m_path, &st))
        return m_size == 0;
    return static_cast<quint64>(st.st_ino) == m_inode && static_cast<qint64>(st.st_size) == m_size;
}

Error PaceLog::writeError(const QString& path, int err) const
{
    return Error(ErrorKind::IoError,
                 tr("The sending pace of %1 could not be written to %2 (%3). Until it can, a restart may send "
                    "faster than the account's limits; free some disk space or make the folder writable.")
                     .arg(m_key, QDir::toNativeSeparators(path), QString::fromLocal8Bit(std::strerror(err))));
}

Status PaceLog::open()
{
    if (m_fd >= 0)
        return {};
    if (!QDir().mkpath(m_dir))
        return writeError(m_dir, EACCES);
    const bool known = unchangedSinceRead(); // then what this log knows goes on from the file it opens
    // Read and write: its last byte says whether a crash tore its last line.
    const int fd = ::open(QFile::encodeName(m_path).constData(), O_RDWR | O_CREAT | O_APPEND | O_CLOEXEC, 0600);
    if (fd < 0)
        return writeError(m_path, errno);
    struct stat st
    {
    };
    const bool stated = ::fstat(fd, &st) == 0;
    char last = '\n';
    if (stated && st.st_size > 0 && ::pread(fd, &last, 1, st.st_size - 1) != 1)
        last = '\n'; // unreadable: taken as whole
    m_fd = fd;
    if (known && stated) {
        m_inode = static_cast<quint64>(st.st_ino);
        m_size = static_cast<qint64>(st.st_size);
    }
    // A line torn by a crash stays a line of its own (skipped when read), not the start of the next.
    if (last != '\n' && Posix::writeAll(m_fd, "\n", 1) == 0 && m_size >= 0)
        ++m_size;
    return {};
}

Status PaceLog::append(const QDateTime& start)
{
    if (Status s = open(); !s)
        return s;
    const QByteArray line = lineFor(start);
    if (const int err = Posix::writeAll(m_fd, line.constData(), line.size()))
        return writeError(m_path, err);
    ++m_lines;
    if (m_size >= 0)
        m_size += line.size();
    return {};
}

bool PaceLog::isMostlyStale(int needed) const
{
    return m_lines > 2 * qMax(0, needed) + kStaleSlack;
}

Status PaceLog::compact(const QList<QDateTime>& keep)
{
    QByteArray data;
    data.reserve(static_cast<qsizetype>(keep.size()) * (kLineLength + 1));
    for (const QDateTime& start : keep)
        data += lineFor(start);
    const QString tmp = m_path + QStringLiteral(".tmp");
    const QByteArray tmpName = QFile::encodeName(tmp);
    const int fd = ::open(tmpName.constData(), O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0600);
    if (fd < 0)
        return writeError(tmp, errno);
    int err = Posix::writeAll(fd, data.constData(), data.size());
    if (!err && ::fdatasync(fd) != 0)
        err = errno;
    ::close(fd);
    if (!err && ::rename(tmpName.constData(), QFile::encodeName(m_path).constData()) != 0)
        err = errno;
    if (err) {
        ::unlink(tmpName.constData());
        return writeError(m_path, err);
    }
    close(); // the open file is the old one
    m_lines = static_cast<int>(keep.size());
    remember();
    return {};
}

void PaceLog::close()
{
    if (m_fd >= 0)
        ::close(m_fd);
    m_fd = -1;
}

} // namespace Postino

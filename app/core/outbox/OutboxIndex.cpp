// The outbox's index (OutboxIndex.h): its file and the items' binary form in it.
#include "OutboxIndex.h"

#include "common/Crc32.h"
#include "common/PosixFile.h"

#include <QDataStream>
#include <QFile>
#include <QIODevice>

#include <atomic>
#include <cerrno>
#include <cstring>
#include <ctime>
#include <fcntl.h>
#include <limits>
#include <sys/stat.h>
#include <unistd.h>

namespace Postino {

namespace {

constexpr char kFileMagic[] = "POSTINO-INDEX-1\n"; // 16 bytes
constexpr qsizetype kMagicSize = 16;
constexpr qsizetype kHeaderSize = kMagicSize + 8 + 4;
constexpr qsizetype kRecordHead = 8;
constexpr quint8 kItemVersion = 1;
constexpr qint64 kNoDate = std::numeric_limits<qint64>::min();

void putU32(QByteArray& out, quint32 v)
{
    const char b[4] = {static_cast<char>(v & 0xff), static_cast<char>((v >> 8) & 0xff),
                       static_cast<char>((v >> 16) & 0xff), static_cast<char>((v >> 24) & 0xff)};
    out.append(b, 4);
}

quint32 getU32(const char* p)
{
    const auto* u = reinterpret_cast<const unsigned char*>(p);
    return static_cast<quint32>(u[0]) | (static_cast<quint32>(u[1]) << 8) | (static_cast<quint32>(u[2]) << 16)
        | (static_cast<quint32>(u[3]) << 24);
}

void putDate(QDataStream& s, const QDateTime& d)
{
    s << (d.isValid() ? d.toMSecsSinceEpoch() : kNoDate);
}

QDateTime getDate(QDataStream& s)
{
    qint64 ms = 0;
    s >> ms;
    if (ms == kNoDate)
        return {};
    return QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC);
}

template<typename E>
void putEnum(QDataStream& s, E e)
{
    s << static_cast<qint32>(e);
}

template<typename E>
E getEnum(QDataStream& s)
{
    qint32 v = 0;
    s >> v;
    return static_cast<E>(v);
}

void putServer(QDataStream& s, const OutboxServer& server)
{
    s << server.host << server.port;
    putEnum(s, server.security);
    s << server.username;
    putEnum(s, server.auth);
    s << server.resolve << server.caFile << server.pinnedSha256 << server.allowInsecureAuth;
}

void getServer(QDataStream& s, OutboxServer& server)
{
    s >> server.host >> server.port;
    server.security = getEnum<Security>(s);
    s >> server.username;
    server.auth = getEnum<AuthMechanism>(s);
    s >> server.resolve >> server.caFile >> server.pinnedSha256 >> server.allowInsecureAuth;
}

} // namespace

QByteArray OutboxIndex::encodeItem(const OutboxItem& item)
{
    QByteArray out;
    out.reserve(512);
    QDataStream s(&out, QIODevice::WriteOnly);
    s.setVersion(QDataStream::Qt_6_4);
    s.setByteOrder(QDataStream::LittleEndian);
    s << kItemVersion << item.id << item.account;
    if (item.isAdHoc())
        putServer(s, item.server);
    s << item.sender << static_cast<qint32>(item.recipients.size());
    for (const OutboxRecipient& r : item.recipients) {
        s << r.address;
        putEnum(s, r.state);
        s << r.reply;
    }
    putEnum(s, item.body);
    s << item.requestDsn << item.envelopeId;
    putEnum(s, item.state);
    s << static_cast<qint32>(item.attempts);
    putDate(s, item.created);
    putDate(s, item.windowStart);
    putDate(s, item.nextAttempt);
    putDate(s, item.notBefore);
    putDate(s, item.lastAttempt);
    s << item.lastError << item.lastReply;
    putEnum(s, item.lastErrorKind);
    s << item.transcript << item.messageId << item.subject << item.from << item.size << item.messageSha256;
    s << static_cast<qint32>(item.history.size());
    for (const OutboxEvent& e : item.history) {
        putDate(s, e.at);
        s << e.outcome;
    }
    s << item.campaign << static_cast<qint32>(item.campaignRow) << item.possibleDuplicate << item.finalDotPending
      << item.sendingBoot << item.revision;
    return out;
}

std::optional<OutboxItem> OutboxIndex::decodeItem(QByteArrayView bytes)
{
    const QByteArray raw = QByteArray::fromRawData(bytes.data(), bytes.size());
    QDataStream s(raw);
    s.setVersion(QDataStream::Qt_6_4);
    s.setByteOrder(QDataStream::LittleEndian);
    quint8 version = 0;
    s >> version;
    if (version != kItemVersion)
        return std::nullopt;
    OutboxItem item;
    s >> item.id >> item.account;
    if (item.isAdHoc())
        getServer(s, item.server);
    qint32 count = 0;
    s >> item.sender >> count;
    if (count < 0 || count > bytes.size())
        return std::nullopt;
    item.recipients.reserve(count);
    for (qint32 i = 0; i < count && s.status() == QDataStream::Ok; ++i) {
        OutboxRecipient r;
        s >> r.address;
        r.state = getEnum<OutboxRecipient::State>(s);
        s >> r.reply;
        item.recipients.append(std::move(r));
    }
    item.body = getEnum<Envelope::Body>(s);
    s >> item.requestDsn >> item.envelopeId;
    item.state = getEnum<OutboxItem::State>(s);
    qint32 attempts = 0;
    s >> attempts;
    item.attempts = attempts;
    item.created = getDate(s);
    item.windowStart = getDate(s);
    item.nextAttempt = getDate(s);
    item.notBefore = getDate(s);
    item.lastAttempt = getDate(s);
    s >> item.lastError >> item.lastReply;
    item.lastErrorKind = getEnum<ErrorKind>(s);
    s >> item.transcript >> item.messageId >> item.subject >> item.from >> item.size >> item.messageSha256;
    s >> count;
    if (count < 0 || count > bytes.size())
        return std::nullopt;
    item.history.reserve(count);
    for (qint32 i = 0; i < count && s.status() == QDataStream::Ok; ++i) {
        OutboxEvent e;
        e.at = getDate(s);
        s >> e.outcome;
        item.history.append(std::move(e));
    }
    qint32 row = 0;
    s >> item.campaign >> row >> item.possibleDuplicate >> item.finalDotPending >> item.sendingBoot >> item.revision;
    item.campaignRow = row;
    if (s.status() != QDataStream::Ok || !s.atEnd() || item.id.isEmpty())
        return std::nullopt;
    return item;
}

QByteArray OutboxIndex::serialise(const QList<OutboxIndexEntry>& entries, qint64 listedAtNs)
{
    QByteArray out;
    out.reserve(kHeaderSize + entries.size() * 400);
    out.append(kFileMagic, kMagicSize);
    for (int i = 0; i < 8; ++i)
        out.append(static_cast<char>((static_cast<quint64>(listedAtNs) >> (8 * i)) & 0xff));
    putU32(out, crc32(QByteArrayView(out.constData(), kMagicSize + 8)));
    QByteArray payload;
    for (const OutboxIndexEntry& entry : entries) {
        if (isRacy(entry.stamp, listedAtNs))
            continue; // would not count when read: parsed next time, and written then
        payload.clear();
        QDataStream s(&payload, QIODevice::WriteOnly);
        s.setByteOrder(QDataStream::LittleEndian);
        s << entry.stamp.size << entry.stamp.mtimeNs << entry.stamp.inode;
        payload.append(encodeItem(entry.item));
        putU32(out, static_cast<quint32>(payload.size()));
        putU32(out, crc32(payload));
        out.append(payload);
    }
    return out;
}

OutboxIndex::Contents OutboxIndex::parse(QByteArrayView bytes)
{
    Contents contents;
    if (bytes.size() < kHeaderSize || std::memcmp(bytes.data(), kFileMagic, kMagicSize) != 0
        || getU32(bytes.data() + kMagicSize + 8) != crc32(bytes.first(kMagicSize + 8)))
        return contents;
    contents.present = true;
    quint64 listedAt = 0;
    for (int i = 0; i < 8; ++i)
        listedAt |= static_cast<quint64>(static_cast<unsigned char>(bytes.at(kMagicSize + i))) << (8 * i);
    const auto listedAtNs = static_cast<qint64>(listedAt);
    qsizetype at = kHeaderSize;
    contents.entries.reserve(static_cast<qsizetype>((bytes.size() - at) / 300));
    while (bytes.size() - at >= kRecordHead) {
        const quint32 length = getU32(bytes.data() + at);
        const quint32 crc = getU32(bytes.data() + at + 4);
        if (length > static_cast<quint64>(bytes.size() - at - kRecordHead))
            break; // torn: the rest is not there
        const QByteArrayView payload = bytes.sliced(at + kRecordHead, length);
        at += kRecordHead + length;
        if (length < 24 || crc32(payload) != crc) {
            ++contents.skipped;
            continue;
        }
        OutboxIndexEntry entry;
        const QByteArray stampBytes = QByteArray::fromRawData(payload.data(), 24);
        QDataStream s(stampBytes);
        s.setByteOrder(QDataStream::LittleEndian);
        s >> entry.stamp.size >> entry.stamp.mtimeNs >> entry.stamp.inode;
        if (isRacy(entry.stamp, listedAtNs)) {
            ++contents.skipped;
            continue;
        }
        std::optional<OutboxItem> item = decodeItem(payload.sliced(24));
        if (!item) {
            ++contents.skipped;
            continue;
        }
        entry.item = std::move(*item);
        const QString id = entry.item.id;
        contents.entries.insert(id, std::move(entry));
    }
    return contents;
}

OutboxIndex::Contents OutboxIndex::read(const QString& path, FileStamp* stamp)
{
    *stamp = {};
    const int fd = ::open(QFile::encodeName(path).constData(), O_RDONLY | O_CLOEXEC);
    if (fd < 0)
        return {};
    struct stat st
    {
    };
    if (::fstat(fd, &st) != 0) {
        ::close(fd);
        return {};
    }
    *stamp = FileStamp::from(st);
    QByteArray raw(static_cast<qsizetype>(st.st_size), Qt::Uninitialized);
    const qint64 got = Posix::readUpTo(fd, raw.data(), raw.size());
    ::close(fd);
    if (got < 0)
        return {};
    raw.truncate(static_cast<qsizetype>(got));
    return parse(raw);
}

bool OutboxIndex::write(const QString& path, const QList<OutboxIndexEntry>& entries, qint64 listedAtNs)
{
    const QByteArray bytes = serialise(entries, listedAtNs);
    // A name of this writer's own: two processes (or two stores of one, on two threads) that rebuild it at
    // once do not write into one file; the last rename wins, and either file is a whole index.
    static std::atomic<unsigned> writers {0};
    const QByteArray tmp =
        QFile::encodeName(path) + ".tmp-" + QByteArray::number(::getpid()) + '-' + QByteArray::number(++writers);
    const int fd = ::open(tmp.constData(), O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0600);
    if (fd < 0)
        return false;
    const bool written = Posix::writeAll(fd, bytes.constData(), bytes.size()) == 0;
    const bool closed = ::close(fd) == 0;
    if (!written || !closed || ::rename(tmp.constData(), QFile::encodeName(path).constData()) != 0) {
        ::unlink(tmp.constData());
        return false;
    }
    return true;
}

qint64 OutboxIndex::realTimeNs()
{
    struct timespec ts
    {
    };
    ::clock_gettime(CLOCK_REALTIME, &ts);
    return static_cast<qint64>(ts.tv_sec) * 1'000'000'000 + ts.tv_nsec;
}

} // namespace Postino

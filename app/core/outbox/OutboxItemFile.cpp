// OutboxStore, an item's files: item.json written and read back with its check, a damaged one set
// aside. (The folders and the durable writes are in OutboxStore.cpp, the journal in OutboxJournal.cpp.)
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

// item.json: {"format":1,"item":<the item, compact>,"item_sha256":"<its SHA-256>"} on one line. The
// check covers the item's compact form, which is also what Qt writes when it serialises the parsed
// object again, so files written indented by hand or by older versions are read as well (slowly).
QByteArray OutboxFolder::wrapItem(const QByteArray& compact, const QByteArray& sha256)
{
    return kItemPrefix + compact + kItemShaKey + sha256 + "\"}\n";
}

QByteArray OutboxFolder::encodeItem(const OutboxItem& item)
{
    const QByteArray compact = item.toStorageBytes();
    return wrapItem(compact, sha256Hex(compact));
}

namespace {

Error damaged(const QString& reason)
{
    return Error(ErrorKind::DataError, reason);
}

// The item object inside item.json's bytes, checked against its SHA-256.
Result<QJsonObject> checkedItemObject(const QByteArray& raw)
{
    // As written by wrapItem(): the check is over bytes that are there, nothing to serialise again.
    const qsizetype shaAt = raw.lastIndexOf(kItemShaKey);
    const qsizetype shaEnd = shaAt + kItemShaKey.size() + 64;
    const bool plain = raw.startsWith(kItemPrefix) && shaAt > kItemPrefix.size() && raw.size() >= shaEnd + 2
        && raw.mid(shaEnd, 2) == "\"}" && raw.mid(shaEnd + 2).trimmed().isEmpty();
    if (plain) {
        const QByteArray compact = raw.mid(kItemPrefix.size(), shaAt - kItemPrefix.size());
        if (sha256Hex(compact) != raw.mid(shaAt + kItemShaKey.size(), 64))
            return damaged(OutboxStore::tr("item.json does not match its checksum: it was changed or damaged"));
        QJsonParseError parseError;
        const QJsonDocument doc = QJsonDocument::fromJson(compact, &parseError);
        if (parseError.error != QJsonParseError::NoError || !doc.isObject())
            return damaged(OutboxStore::tr("item.json does not match its checksum: it was changed or damaged"));
        return doc.object();
    }
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(raw, &parseError);
    if (parseError.error != QJsonParseError::NoError || !doc.isObject()) {
        return damaged(OutboxStore::tr("item.json is not valid JSON (%1 at byte %2): truncated or overwritten")
                           .arg(parseError.errorString())
                           .arg(parseError.offset));
    }
    const QJsonObject wrapper = doc.object();
    if (wrapper.value(QStringLiteral("format")).toInt() != kFormat)
        return damaged(OutboxStore::tr("item.json has an unknown format"));
    QJsonObject object = wrapper.value(QStringLiteral("item")).toObject();
    const QByteArray expected = wrapper.value(QStringLiteral("item_sha256")).toString().toLatin1();
    if (sha256Hex(QJsonDocument(object).toJson(QJsonDocument::Compact)) != expected)
        return damaged(OutboxStore::tr("item.json does not match its checksum: it was changed or damaged"));
    return object;
}

// A whole small file, with the stamp of the very file read (fstat on its descriptor): a change made
// later gives the file another stamp, so a cache never answers for bytes it did not see.
Result<QByteArray> readWithStamp(const QString& path, FileStamp* stamp)
{
    const int fd = ::open(QFile::encodeName(path).constData(), O_RDONLY | O_CLOEXEC);
    struct stat st
    {
    };
    if (fd < 0 || ::fstat(fd, &st) != 0) {
        const int err = errno;
        if (fd >= 0)
            ::close(fd);
        return Error(ErrorKind::IoError, OutboxStore::tr("item.json cannot be read (%1)").arg(errnoText(err)));
    }
    *stamp = FileStamp::from(st);
    QByteArray raw(static_cast<qsizetype>(st.st_size), Qt::Uninitialized);
    // Shorter than it was a moment ago: the checks tell.
    const qint64 got = Posix::readUpTo(fd, raw.data(), raw.size());
    const int err = errno;
    ::close(fd);
    if (got < 0) // the disk failed to give it: not a damaged item, so it is not moved aside
        return Error(ErrorKind::IoError, OutboxStore::tr("item.json cannot be read (%1)").arg(errnoText(err)));
    raw.truncate(static_cast<qsizetype>(got));
    return raw;
}

} // namespace

Result<OutboxItem> OutboxFolder::readItemFile(const QString& folder, const QString& id, FileStamp* stamp,
                                              bool* complete)
{
    Result<QByteArray> raw = readWithStamp(folder + QLatin1Char('/') + kItemFile, stamp);
    if (!raw)
        return raw.error();
    if (raw.value().isEmpty())
        return damaged(OutboxStore::tr("item.json is empty (zero bytes)"));
    *complete = stamp->size == raw.value().size();
    Result<QJsonObject> object = checkedItemObject(raw.value());
    if (!object)
        return object.error();
    Result<OutboxItem> parsed = OutboxItem::fromStorageJson(object.value());
    if (!parsed)
        return damaged(parsed.error().message());
    if (parsed.value().id != id)
        return damaged(OutboxStore::tr("item.json belongs to %1, not to this folder").arg(parsed.value().id));
    return parsed;
}

Status OutboxFolder::verifyMessage(const QString& path, const QByteArray& sha256)
{
    QFile body(path);
    if (!body.open(QIODevice::ReadOnly))
        return Error(ErrorKind::IoError, OutboxStore::tr("message.eml cannot be read (%1)").arg(body.errorString()));
    Sha256 hash;
    QByteArray chunk(64 * 1024, Qt::Uninitialized);
    for (;;) {
        const qint64 n = body.read(chunk.data(), chunk.size());
        if (n < 0)
            return Error(ErrorKind::IoError,
                         OutboxStore::tr("message.eml cannot be read (%1)").arg(body.errorString()));
        if (n == 0)
            break;
        hash.addData(QByteArrayView(chunk.constData(), n));
    }
    if (hash.result().toHex() != sha256)
        return damaged(OutboxStore::tr("message.eml does not match its checksum: it was changed or damaged"));
    return {};
}

// message.eml is there and has the size item.json gives it.
static Status checkMessageSize(const QString& bodyPath, const OutboxItem& item, FileStamp* stamp)
{
    if (!FileStamp::of(bodyPath, stamp))
        return damaged(OutboxStore::tr("message.eml is missing"));
    if (stamp->size != item.size) {
        return damaged(OutboxStore::tr("message.eml has %1 bytes instead of %2: it was truncated or changed")
                           .arg(stamp->size)
                           .arg(item.size));
    }
    return {};
}

Result<OutboxItem> OutboxFolder::readItem(const QString& folder, const QString& id)
{
    FileStamp stamp;
    bool complete = false;
    Result<OutboxItem> item = readItemFile(folder, id, &stamp, &complete);
    if (!item)
        return item;
    const QString bodyPath = folder + QLatin1Char('/') + kMessageFile;
    if (Status s = checkMessageSize(bodyPath, item.value(), &stamp); !s)
        return s.error();
    if (Status s = verifyMessage(bodyPath, item.value().messageSha256); !s)
        return s.error();
    return item;
}

Result<OutboxItem> OutboxStore::loadFrom(const QString& folder, const QString& id, Check check)
{
    const QString metaPath = folder + QLatin1Char('/') + kItemFile;
    FileStamp metaStamp;
    if (!FileStamp::of(metaPath, &metaStamp))
        return damaged(tr("item.json is missing"));
    OutboxItem item;
    // An item.json read before and unchanged since (size, time, inode) is not parsed and checked again.
    if (const auto cached = m_parsed.constFind(metaPath); cached != m_parsed.cend() && cached->stamp == metaStamp) {
        item = cached->item;
    } else if (takeIndexed(id, metaStamp, &item)) {
        m_parsed.insert(metaPath, {metaStamp, item});
    } else {
        ++m_parsedCount;
        bool complete = false;
        Result<OutboxItem> parsed = OutboxFolder::readItemFile(folder, id, &metaStamp, &complete);
        if (!parsed)
            return parsed;
        item = std::move(parsed).value();
        if (complete)
            m_parsed.insert(metaPath, {metaStamp, item});
    }
    if (item.revision > m_revisions.value(id))
        m_revisions.insert(id, item.revision);
    const QString bodyPath = folder + QLatin1Char('/') + kMessageFile;
    FileStamp bodyStamp;
    if (Status s = checkMessageSize(bodyPath, item, &bodyStamp); !s)
        return s.error();
    if (check == Check::Metadata)
        return item;
    // Hashing a large message on every look-up is wasteful: a file verified before and unchanged since
    // (same size, modification time and inode) is not read again.
    const auto known = m_verified.constFind(bodyPath);
    if (known != m_verified.cend() && known->sha256 == item.messageSha256 && known->stamp == bodyStamp)
        return item;
    if (Status s = OutboxFolder::verifyMessage(bodyPath, item.messageSha256); !s)
        return s.error();
    m_verified.insert(bodyPath, {item.messageSha256, bodyStamp});
    return item;
}

void OutboxStore::refreshIndex(IndexState& index)
{
    FileStamp now;
    if (!FileStamp::of(index.path, &now))
        now = {};
    if (now == index.stamp)
        return; // the file read (or written) last: what is left of it is still in index.entries
    OutboxIndex::Contents contents = OutboxIndex::read(index.path, &index.stamp);
    index.entries = std::move(contents.entries);
    index.present = contents.present;
}

bool OutboxStore::takeIndexed(const QString& id, const FileStamp& stamp, OutboxItem* item)
{
    if (!m_listing)
        return false;
    const auto it = m_listing->entries.find(id);
    if (it == m_listing->entries.end())
        return false;
    const bool same = it->stamp == stamp;
    if (same)
        *item = std::move(it->item);
    m_listing->entries.erase(it); // taken, or stale: either way m_parsed has the truth from here on
    return same;
}

void OutboxStore::updateIndex(IndexState& index, const QStringList& listed, int parsed, qint64 listedAtNs)
{
    // Parsing a few files costs less than writing the index again; many, or a missing index, not.
    if (parsed == 0 || (index.present && parsed < kIndexRewriteParsed && parsed * 10 < listed.size()))
        return;
    QList<OutboxIndexEntry> entries;
    entries.reserve(listed.size());
    for (const QString& metaPath : listed) {
        const auto cached = m_parsed.constFind(metaPath);
        if (cached != m_parsed.cend() && !OutboxIndex::isRacy(cached->stamp, listedAtNs))
            entries.append({cached->stamp, cached->item});
    }
    if (entries.isEmpty()) {
        // Every file listed changed a moment ago (or none is left): nothing an index could vouch for.
        if (index.present || QFileInfo::exists(index.path))
            QFile::remove(index.path);
        index.entries.clear();
        index.present = false;
        index.stamp = {};
        return;
    }
    if (!OutboxIndex::write(index.path, entries, listedAtNs)) {
        qCWarning(lcOutbox) << "cannot write" << index.path << "(the next listing parses every item.json)";
        return;
    }
    index.entries.clear();
    index.present = true;
    if (!FileStamp::of(index.path, &index.stamp))
        index.stamp = {};
}

void OutboxStore::moveAside(const QString& id, const QString& reason)
{
    reportDamaged(id, reason, m_folder.moveAside(id));
}

void OutboxStore::reportDamaged(const QString& id, const QString& reason, const QString& movedTo)
{
    qCWarning(lcOutbox) << "damaged outbox item" << id << ":" << reason << "moved to" << movedTo;
    m_problems.append(OutboxProblem {id, reason, movedTo});
    emit itemDamaged(id, reason);
    emit itemRemoved(id);
}

// An item's item.json from the journal's bytes for it, without serialising it again.
QByteArray OutboxStore::journalledItemFile(const OutboxItem& item) const
{
    const auto bytes = m_journalBytes.constFind(item.id);
    if (bytes == m_journalBytes.cend())
        return OutboxFolder::encodeItem(item);
    return OutboxFolder::wrapItem(bytes->first, bytes->second.isEmpty() ? sha256Hex(bytes->first) : bytes->second);
}

} // namespace Postino

#pragma once

#include "outbox/OutboxFolder.h"
#include "outbox/OutboxItem.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QHash>
#include <QList>
#include <QString>

#include <optional>

namespace Postino {

// <outbox>/index and <sent>/index: the item.json files a store has parsed, kept for the next process, so
// that a run's start, `queue list`, `campaign status` and the Outbox and Sent views read one file instead
// of parsing every item.json. It is a cache, never the truth: every entry names the stamp (size,
// modification time in ns, inode) of the item.json it was read from, and the store takes an entry only
// while that file still has that stamp (one stat per item, which the listing makes anyway). So
//
//   - another process's writes are seen: an item added, removed or moved has its folder there or not (the
//     listing is of the folder, not of the index); an update() renames a new item.json into place (a new
//     inode); a checkpoint overwrites item.json in place (a new size or modification time);
//   - the journal stays the truth until it is checkpointed: the store lays it over what the files say,
//     whether they were parsed or taken from here;
//   - a stale index is rebuilt: an entry whose file changed is parsed again, and the listing writes a new
//     index when it had to parse many (or found none, or a damaged one).
//
// A file changed twice within the file system's clock tick, in place and to the same size, keeps its stamp
// ("racy" in Git's words). So an entry counts only when its file's modification time lies more than a
// second before the moment its listing began (written into the file): whatever changes the file after
// that moment gives it a later time, and a newer entry is parsed until it is old enough.
//
// The file: kFileMagic, then the listing's start (ns since the epoch, 8 bytes) and the CRC-32 of the
// 24 bytes so far; then records of [payload length, 4 bytes][CRC-32 of the payload, 4 bytes][payload],
// little-endian, the payload the entry in a binary form (QDataStream). A record that does not match its
// CRC is skipped (that item is parsed), a torn tail ignored, a damaged header makes the whole file
// unknown. Written whole into a temporary file and renamed into place, without fsync: a power cut may
// leave an empty or torn file, which the checks above tell apart from a good one.
struct OutboxIndexEntry
{
    FileStamp stamp; // of item.json, when its contents were what item is
    OutboxItem item;
};

class OutboxIndex
{
public:
    static constexpr QLatin1String kFileName {"index"};
    static constexpr qint64 kRacyNs = 1'000'000'000;
    // Whether a file of this stamp may still change within its clock tick without a new stamp, as far as a
    // listing that began at listedAtNs can tell: its entry would not count.
    [[nodiscard]] static bool isRacy(const FileStamp& stamp, qint64 listedAtNs)
    {
        return stamp.mtimeNs >= listedAtNs - kRacyNs;
    }
    // The index, or a temporary one being written ("index.tmp-<pid>"): not an item's folder.
    [[nodiscard]] static bool isIndexFile(const QString& name)
    {
        return name == kFileName || name.startsWith(QLatin1String("index.tmp-"));
    }

    // What a read found: the entries that count, by id, and whether the file was there and whole.
    struct Contents
    {
        QHash<QString, OutboxIndexEntry> entries;
        bool present = false; // the file exists and its header is good
        int skipped = 0; // records damaged, or too recent to count (racy)
    };

    [[nodiscard]] static Contents parse(QByteArrayView bytes);
    [[nodiscard]] static QByteArray serialise(const QList<OutboxIndexEntry>& entries, qint64 listedAtNs);
    // Reads path (absent: an empty result); *stamp: the index file's own stamp (size 0 if absent).
    [[nodiscard]] static Contents read(const QString& path, FileStamp* stamp);
    // Writes path whole (a temporary file renamed over it). false when it could not: the index is a cache,
    // the caller carries on without it.
    static bool write(const QString& path, const QList<OutboxIndexEntry>& entries, qint64 listedAtNs);

    // The item's binary form in a record, and back (std::nullopt when the bytes are not one).
    [[nodiscard]] static QByteArray encodeItem(const OutboxItem& item);
    [[nodiscard]] static std::optional<OutboxItem> decodeItem(QByteArrayView bytes);

    // The real time now, in ns since the epoch (the clock the file system stamps files with, not a Clock).
    [[nodiscard]] static qint64 realTimeNs();
};

} // namespace Postino

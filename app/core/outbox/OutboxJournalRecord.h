#pragma once

// The outbox journal's records, format 2: what OutboxStore appends for each committed version of an
// item, and reads back (another process, the next runner, a checkpoint). Nothing outside the outbox
// store (and its tests) includes it.
//
//   file    := kMagic | 8 random bytes | record*   (the random bytes tell this file from the next one)
//   record  := u32 length (little-endian) | u32 CRC-32 of payload | payload (length bytes)
//   payload := 'F' id revision json        the whole item, as item.json's compact JSON
//            | 'D' id revision base field*  only what changed since revision `base` of the same item,
//                                           which is an earlier record of the same file
//   field   := tag value                    state, attempts, the times, the last error and reply,
//                                           the transcript, the recipients' states and replies, the
//                                           events added to the history, the crash marks
//
// Integers are LEB128 varints, strings a varint length and UTF-8, times milliseconds since the epoch.
//
// Why binary and length-prefixed rather than JSON lines (format 1, still read): a message costs three
// records (claimed, dot pending, sent); two of them change a handful of values, and the line format
// wrote the whole item with its transcript each time. A delta of varints and verbatim UTF-8 is
// written and read without escaping or number formatting; the length in front tells a torn tail from a
// whole record without scanning for a newline, and the CRC tells a damaged one. An item's first record
// in a file is whole, so a file never depends on an item.json that a checkpoint may be rewriting: a
// reader needs nothing but the file to know every item it names.

#include "outbox/OutboxItem.h"

#include <QByteArray>
#include <QByteArrayView>

#include <functional>
#include <optional>

namespace Postino::OutboxJournalRecord {

// The first bytes of a format-2 journal file. A format-1 file starts with 8 hex digits.
inline const QByteArray kMagic = QByteArrayLiteral("\x89PJRNL2\n");
inline constexpr qsizetype kFileHeaderSize = 16;
// kMagic and 8 random bytes: what a new journal file begins with.
[[nodiscard]] QByteArray fileHeader();
// A record longer than this is not one (a damaged length): the reader stops there.
inline constexpr quint32 kMaxPayload = 64u * 1024 * 1024;
inline constexpr int kHeaderSize = 8; // length and CRC

// The framed record that takes base (nullptr: none known) to item: a delta when base is given and only
// an attempt's fields differ, else the whole item. *json: the compact JSON of a whole record (empty for
// a delta), which a checkpoint can write into item.json as it is.
[[nodiscard]] QByteArray encode(const OutboxItem& item, const OutboxItem* base, QByteArray* json);

enum class Next {
    Record, // *payload is a whole record, *next follows it
    Damaged, // a whole record whose CRC does not match: skip to *next
    Incomplete, // the data ends inside a record (or its length is not plausible): read again later
};
// The framed record at pos in data.
[[nodiscard]] Next next(QByteArrayView data, qsizetype pos, QByteArrayView* payload, qsizetype* next);

// A record's payload as the item version it commits. baseOf gives the newest known version of an id
// (nullptr: none). Nothing when the payload is not valid or names a base that is not the one known
// (*why says which, untranslated, for the log). *json: as for encode().
[[nodiscard]] std::optional<OutboxItem> decode(QByteArrayView payload,
                                               const std::function<const OutboxItem*(const QString& id)>& baseOf,
                                               QByteArray* json, const char** why);

} // namespace Postino::OutboxJournalRecord

// The outbox journal's loader, on random and truncated files of both formats (format 2: framed records, whole or
// deltas; format 1: "<CRC-32> <json>" lines):
//
// - the records of a file cut anywhere are a prefix of the records of the whole file (a torn tail is never read
//   as a record, nor does it hide one before it);
// - every record that decodes is an item the outbox can use, and it is the same item when stored again;
// - OutboxStore, reading the file as its journal, gives for each item folder the version this replay gives
//   (the newest revision of each id), and only usable items.
//
// Input: a byte saying where to cut (in 256ths of the file), a flags byte (bit 0: give it format 2's header;
// bit 1: the store reads the cut file rather than the whole one), then the file.

#include "FuzzCommon.h"
#include "outbox/OutboxItem.h"
#include "outbox/OutboxJournalRecord.h"
#include "outbox/OutboxStore.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QHash>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

#include <unistd.h>

using namespace Postino;
namespace Record = OutboxJournalRecord;

namespace {

QCoreApplication* app = nullptr;

struct Walked
{
    Record::Next kind;
    qsizetype start;
    qsizetype end;
};

// The records from `from` on, as the loader walks them.
QList<Walked> walk(QByteArrayView data, qsizetype from)
{
    QList<Walked> out;
    for (;;) {
        QByteArrayView payload;
        qsizetype after = 0;
        const Record::Next next = Record::next(data, from, &payload, &after);
        if (next == Record::Next::Incomplete)
            return out;
        FUZZ_CHECK(after > from && after <= data.size());
        FUZZ_CHECK(payload.data() == data.data() + from + Record::kHeaderSize);
        out.append({next, from, after});
        from = after;
    }
}

void checkUsable(const OutboxItem& item)
{
    FUZZ_CHECK(!item.id.isEmpty());
    FUZZ_CHECK(!item.recipients.isEmpty());
    for (const OutboxRecipient& r : item.recipients)
        FUZZ_CHECK(!r.address.isEmpty());
    FUZZ_CHECK(item.created.isValid());
    const QByteArray stored = item.toStorageBytes();
    const Result<OutboxItem> again = OutboxItem::fromStorageJson(QJsonDocument::fromJson(stored).object());
    FUZZ_CHECK(again.ok());
    FUZZ_CHECK(again.value().toStorageBytes() == stored);
}

// What the journal holds after these records: the newest version of each id.
QHash<QString, OutboxItem> replay(QByteArrayView data, const QList<Walked>& records)
{
    QHash<QString, OutboxItem> known;
    for (const Walked& w : records) {
        if (w.kind != Record::Next::Record)
            continue;
        const QByteArrayView payload =
            data.sliced(w.start + Record::kHeaderSize, w.end - w.start - Record::kHeaderSize);
        QByteArray json;
        const char* why = "";
        const std::optional<OutboxItem> item = Record::decode(
            payload,
            [&known](const QString& id) -> const OutboxItem* {
                const auto it = known.constFind(id);
                return it == known.cend() ? nullptr : &*it;
            },
            &json, &why);
        if (!item)
            continue;
        checkUsable(*item);
        if (!json.isEmpty())
            FUZZ_CHECK(Record::decode(
                payload, [](const QString&) { return nullptr; }, &json, &why));
        OutboxItem& slot = known[item->id];
        if (item->revision >= slot.revision)
            slot = *item;
    }
    return known;
}

QString baseDir()
{
    static const QString path = [] {
        const QString base = QDir(QStringLiteral("/dev/shm")).exists() ? QStringLiteral("/dev/shm") : QDir::tempPath();
        return QStringLiteral("%1/fuzz_outbox_journal-%2").arg(base).arg(::getpid());
    }();
    return path;
}

// The ids a file names that can be item folders.
QStringList folderIds(const QByteArray& file, bool lines, const QHash<QString, OutboxItem>& replayed)
{
    static const QRegularExpression usable(QStringLiteral("^[A-Za-z0-9][A-Za-z0-9-]{0,63}$"));
    QStringList ids;
    if (lines) {
        for (const QByteArray& line : file.split('\n')) {
            const QString id = QJsonDocument::fromJson(line.mid(9)).object().value(QStringLiteral("id")).toString();
            if (usable.match(id).hasMatch() && !ids.contains(id))
                ids.append(id);
        }
    } else {
        for (auto it = replayed.cbegin(); it != replayed.cend(); ++it) {
            if (usable.match(it.key()).hasMatch())
                ids.append(it.key());
        }
    }
    ids.removeAll(QStringLiteral("damaged"));
    ids.removeAll(QStringLiteral("pace"));
    while (ids.size() > 8)
        ids.removeLast();
    return ids;
}

// The store, reading file as the journal an earlier runner left, next to an item folder (with no item.json
// yet, as while a checkpoint rewrites it) for each id.
QList<OutboxItem> storeItems(const QByteArray& file, const QStringList& ids)
{
    QDir(baseDir()).removeRecursively();
    const QString outbox = baseDir() + QStringLiteral("/outbox");
    FUZZ_CHECK(QDir().mkpath(outbox));
    for (const QString& id : ids)
        FUZZ_CHECK(QDir().mkpath(outbox + QLatin1Char('/') + id));
    QFile journal(outbox + QStringLiteral("/journal"));
    FUZZ_CHECK(journal.open(QIODevice::WriteOnly));
    FUZZ_CHECK(journal.write(file) == file.size());
    journal.close();
    OutboxStore store(baseDir());
    return store.items(OutboxStore::Check::Metadata);
}

} // namespace

extern "C" int LLVMFuzzerInitialize(int* argc, char*** argv)
{
    qputenv("QT_LOGGING_RULES", "*.debug=false;*.warning=false");
    app = new QCoreApplication(*argc, *argv);
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    Fuzz::Input input(data, size);
    const std::uint8_t cutAt = input.byte();
    const std::uint8_t flags = input.byte();
    QByteArray file = input.rest();
    if (flags & 0x01) {
        QByteArray header = Record::kMagic;
        header.append(8, 'r');
        file.prepend(header);
    }
    const qsizetype cut = file.size() * cutAt / 256;
    const QByteArray torn = file.left(cut);

    const bool lines = !file.startsWith(Record::kMagic);
    // Whether `replayed` is what the store reads: the whole file, or the torn one once its header is whole.
    const bool replayKnown = !lines && (!(flags & 0x02) || torn.size() >= Record::kFileHeaderSize);
    QHash<QString, OutboxItem> replayed;
    if (!lines) {
        const QList<Walked> whole = walk(file, Record::kFileHeaderSize);
        // Cut inside the header: the loader waits; after it, the torn file's records are the whole one's first.
        if (torn.size() >= Record::kFileHeaderSize) {
            const QList<Walked> part = walk(torn, Record::kFileHeaderSize);
            FUZZ_CHECK(part.size() <= whole.size());
            for (qsizetype i = 0; i < part.size(); ++i) {
                FUZZ_CHECK(part.at(i).kind == whole.at(i).kind);
                FUZZ_CHECK(part.at(i).start == whole.at(i).start && part.at(i).end == whole.at(i).end);
            }
            // ... and all of them that fit before the cut.
            if (part.size() < whole.size())
                FUZZ_CHECK(whole.at(part.size()).end > torn.size());
            if (flags & 0x02)
                replayed = replay(torn, part);
        }
        if (!(flags & 0x02))
            replayed = replay(file, whole);
    }

    // The store: the items of those folders are the journal's versions, each usable, and never one already sent.
    const QByteArray& read = (flags & 0x02) ? torn : file;
    const QStringList ids = folderIds(read, lines, replayed);
    const QList<OutboxItem> items = storeItems(read, ids);
    for (const OutboxItem& item : items) {
        checkUsable(item);
        FUZZ_CHECK(ids.contains(item.id));
        FUZZ_CHECK(item.state != OutboxItem::State::Sent);
        if (replayKnown) {
            FUZZ_CHECK(replayed.contains(item.id));
            FUZZ_CHECK(replayed.value(item.id).toStorageBytes() == item.toStorageBytes());
        }
    }
    if (replayKnown) {
        // Every replayed version not yet sent is given for its folder.
        int expected = 0;
        for (const QString& id : ids)
            expected += replayed.value(id).state != OutboxItem::State::Sent ? 1 : 0;
        FUZZ_CHECK(items.size() == expected);
    }
    return 0;
}

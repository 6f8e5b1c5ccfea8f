// The outbox's item loader (item.json, read by OutboxFolder::readItemFile, and the whole records of the journal,
// which carry the same JSON): what loads is an item of the folder it is in that the outbox can use (an id, at least one
// recipient with an address, a creation time), and it survives being stored again: both writers of item.json (the
// compact one of the hot path and the QJsonObject one) write the same object, and that reads back as the same item; so
// does the item as a journal record, whole and as a change (a delta) from it to a version the input alters.
//
// Input: a byte choosing what the changed version changes (its low bit also: whether the text is wrapped as
// item.json wraps it, with its own SHA-256, or written as it is), then the text.

#include "FuzzCommon.h"
#include "common/Sha256.h"
#include "outbox/OutboxFolder.h"
#include "outbox/OutboxItem.h"
#include "outbox/OutboxJournalRecord.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>

#include <unistd.h>

using namespace Postino;

namespace {

const QString kId = QStringLiteral("20261122T100000123-1a2b3c4d");

QString folder()
{
    static const QString path = [] {
        const QString base = QDir(QStringLiteral("/dev/shm")).exists() ? QStringLiteral("/dev/shm") : QDir::tempPath();
        const QString dir = QStringLiteral("%1/fuzz_outbox_item-%2/%3").arg(base).arg(::getpid()).arg(kId);
        QDir().mkpath(dir);
        return dir;
    }();
    return path;
}

Result<OutboxItem> readItemFile(const QByteArray& bytes)
{
    QFile file(folder() + QStringLiteral("/item.json"));
    FUZZ_CHECK(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    FUZZ_CHECK(file.write(bytes) == bytes.size());
    file.close();
    FileStamp stamp;
    bool complete = false;
    return OutboxFolder::readItemFile(folder(), kId, &stamp, &complete);
}

OutboxItem roundTrip(const QByteArray& json)
{
    Result<OutboxItem> again = OutboxItem::fromStorageJson(QJsonDocument::fromJson(json).object());
    FUZZ_CHECK(again.ok());
    return again.value();
}

// item as a journal record (a delta when base is given and covers it), read back.
OutboxItem throughJournal(const OutboxItem& item, const OutboxItem* base)
{
    QByteArray json;
    const QByteArray record = OutboxJournalRecord::encode(item, base, &json);
    QByteArrayView payload;
    qsizetype after = 0;
    FUZZ_CHECK(OutboxJournalRecord::next(record, 0, &payload, &after) == OutboxJournalRecord::Next::Record);
    FUZZ_CHECK(after == record.size());
    QByteArray readJson;
    const char* why = "";
    const std::optional<OutboxItem> back = OutboxJournalRecord::decode(
        payload, [base](const QString&) { return base; }, &readJson, &why);
    if (!back)
        std::fprintf(stderr, "journal record not read back: %s\n", why);
    FUZZ_CHECK(back.has_value());
    FUZZ_CHECK(readJson == json);
    return *back;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    Fuzz::Input input(data, size);
    const std::uint8_t change = input.byte();
    const QByteArray text = input.rest();
    const QByteArray file = (change & 0x01) ? OutboxFolder::wrapItem(text, Sha256::hashHex(text)) : text;
    const Result<OutboxItem> loaded = readItemFile(file);
    if (!loaded.ok()) {
        FUZZ_CHECK(!loaded.error().message().isEmpty());
        FUZZ_CHECK(loaded.error().kind() == ErrorKind::DataError);
        return 0;
    }
    const OutboxItem& item = loaded.value();
    FUZZ_CHECK(item.id == kId);
    FUZZ_CHECK(!item.recipients.isEmpty());
    for (const OutboxRecipient& r : item.recipients)
        FUZZ_CHECK(!r.address.isEmpty());
    FUZZ_CHECK(item.created.isValid() && item.windowStart.isValid());
    // The next attempt goes only to those who do not have it yet.
    const QStringList pending = item.pendingRecipients();
    FUZZ_CHECK(pending.size() <= item.recipients.size());
    FUZZ_CHECK(!item.allRecipientsSent() || pending.isEmpty());
    (void)item.toJson();
    (void)item.toSendJson();
    (void)item.exitCode();

    // Stored again, it is the same item, whichever writer writes it.
    const QByteArray stored = item.toStorageBytes();
    QJsonParseError error {};
    const QJsonDocument document = QJsonDocument::fromJson(stored, &error);
    FUZZ_CHECK(error.error == QJsonParseError::NoError && document.isObject());
    FUZZ_CHECK(document.object() == item.toStorageJson());
    const OutboxItem again = roundTrip(stored);
    FUZZ_CHECK(again.toStorageBytes() == stored);
    const Result<OutboxItem> reread = readItemFile(OutboxFolder::encodeItem(item));
    FUZZ_CHECK(reread.ok() && reread.value().toStorageBytes() == stored);

    // As the journal carries it: whole, and as a change to a later version.
    FUZZ_CHECK(throughJournal(again, nullptr).toStorageBytes() == stored);
    OutboxItem later = again;
    later.revision = again.revision + 1;
    if (change & 0x01)
        later.state = static_cast<OutboxItem::State>((static_cast<int>(later.state) + 1) % 4);
    if (change & 0x02)
        ++later.attempts;
    if (change & 0x04)
        later.nextAttempt = later.created.addSecs(60 * (change >> 4));
    if (change & 0x08)
        later.lastError = QString::fromUtf8(text.left(change >> 3));
    if (change & 0x10)
        later.recipients.first().state = OutboxRecipient::State::Sent;
    if (change & 0x20)
        later.addEvent(later.created.addSecs(1), QStringLiteral("451 4.3.0 try later"));
    if (change & 0x40)
        later.finalDotPending = !later.finalDotPending;
    if (change & 0x80)
        later.transcript.append(QStringLiteral("S: 250 ok"));
    const QByteArray laterStored = later.toStorageBytes();
    FUZZ_CHECK(throughJournal(later, &again).toStorageBytes() == laterStored);
    return 0;
}

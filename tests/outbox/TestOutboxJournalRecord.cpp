// The outbox journal's records (format 2): a delta carries exactly what changed and applies to give the
// item back byte for byte; anything a delta cannot say makes a whole record; a torn, damaged or
// misplaced record is recognised, never misread.
#include "outbox/OutboxJournalRecord.h"

#include <QTest>

using namespace Postino;
namespace Record = Postino::OutboxJournalRecord;

namespace {

OutboxItem baseItem()
{
    OutboxItem item;
    item.id = QStringLiteral("20261122T100000000-0000002a");
    item.account = QStringLiteral("work");
    item.sender = QStringLiteral("ada@example.test");
    item.recipients = {{QStringLiteral("bob@example.test"), OutboxRecipient::State::Pending, {}},
                       {QStringLiteral("carol@example.test"), OutboxRecipient::State::Pending, {}}};
    item.created = QDateTime(QDate(2026, 11, 22), QTime(10, 0, 0, 123), Qt::UTC);
    item.windowStart = item.created;
    item.nextAttempt = item.created;
    item.subject = QStringLiteral("Quarterly report");
    item.from = QStringLiteral("Ada <ada@example.test>");
    item.messageId = QStringLiteral("<1@example.test>");
    item.size = 1234;
    item.messageSha256 = QByteArray(64, 'a');
    item.history.append({item.created, QStringLiteral("queued")});
    item.revision = 7;
    return item;
}

// The record's payload, checked to be one whole record and nothing more.
QByteArray payloadOf(const QByteArray& framed)
{
    QByteArrayView payload;
    qsizetype next = 0;
    if (Record::next(framed, 0, &payload, &next) != Record::Next::Record || next != framed.size())
        return {};
    return payload.toByteArray();
}

std::optional<OutboxItem> decodeOnto(const QByteArray& framed, const OutboxItem* base, QByteArray* json = nullptr)
{
    QByteArray ignored;
    const char* why = "";
    return Record::decode(
        payloadOf(framed), [base](const QString& id) { return base && base->id == id ? base : nullptr; },
        json ? json : &ignored, &why);
}

} // namespace

class TestOutboxJournalRecord : public QObject
{
    Q_OBJECT
private slots:
    void aChangeIsADeltaThatGivesTheItemBack_data()
    {
        QTest::addColumn<int>("change");
        QTest::newRow("claimed: sending, attempt 1, boot") << 0;
        QTest::newRow("the final dot pending") << 1;
        QTest::newRow("sent: replies, transcript, an event") << 2;
        QTest::newRow("failed: error, kind, reply, next try") << 3;
        QTest::newRow("possible duplicate, back in the queue") << 4;
        QTest::newRow("Send Later cleared by a retry") << 5;
        QTest::newRow("non-ASCII words and an empty transcript") << 6;
    }
    void aChangeIsADeltaThatGivesTheItemBack()
    {
        QFETCH(int, change);
        OutboxItem base = baseItem();
        base.notBefore = base.created.addSecs(3600);
        base.transcript = {QStringLiteral("C: EHLO old")};
        OutboxItem item = base;
        const QDateTime t = base.created.addSecs(90);
        switch (change) {
        case 0:
            item.state = OutboxItem::State::Sending;
            item.attempts = 1;
            item.lastAttempt = t;
            item.sendingBoot = QStringLiteral("00000000-0000-4000-8000-000000000001");
            break;
        case 1:
            item.finalDotPending = true;
            break;
        case 2:
            item.state = OutboxItem::State::Sent;
            for (OutboxRecipient& r : item.recipients) {
                r.state = OutboxRecipient::State::Sent;
                r.reply = QStringLiteral("250 2.1.5 Ok");
            }
            item.transcript = {QStringLiteral("C: MAIL FROM:<ada@example.test>"), QStringLiteral("S: 250 2.1.0 Ok")};
            item.addEvent(t, QStringLiteral("sent"));
            break;
        case 3:
            item.state = OutboxItem::State::Failed;
            item.lastError = QStringLiteral("The server refused the message.");
            item.lastReply = QStringLiteral("554 5.7.1 rejected");
            item.lastErrorKind = ErrorKind::Permanent;
            item.nextAttempt = QDateTime();
            item.recipients[1].state = OutboxRecipient::State::Failed;
            item.recipients[1].reply = QStringLiteral("554 5.7.1 rejected");
            break;
        case 4:
            item.possibleDuplicate = true;
            item.finalDotPending = false;
            item.nextAttempt = t.addSecs(300);
            item.windowStart = t;
            break;
        case 5:
            item.notBefore = QDateTime();
            item.addEvent(t, QStringLiteral("retry requested"));
            item.addEvent(t.addMSecs(1), QStringLiteral("second event"));
            break;
        case 6:
            item.lastError = QStringLiteral("Il server ha rifiutato «il messaggio» — riprova più tardi");
            item.transcript.clear();
            item.sendingBoot.clear();
            item.lastErrorKind = ErrorKind::Temporary;
            break;
        }
        item.revision = base.revision + 1;
        QByteArray json;
        const QByteArray framed = Record::encode(item, &base, &json);
        QVERIFY(json.isEmpty()); // a delta
        // Far smaller than the item, and the dot's mark is a handful of bytes.
        QVERIFY2(framed.size() < item.toStorageBytes().size() / 2, qPrintable(QString::number(framed.size())));
        if (change == 1)
            QVERIFY2(framed.size() <= 48, qPrintable(QString::number(framed.size())));
        const std::optional<OutboxItem> back = decodeOnto(framed, &base);
        QVERIFY(back);
        QCOMPARE(back->revision, item.revision);
        QCOMPARE(back->toStorageBytes(), item.toStorageBytes());
        // Unchanged fields are not in it: the old transcript is not written again.
        QVERIFY(!framed.contains("EHLO old"));
    }

    void whatADeltaCannotSayMakesAWholeRecord_data()
    {
        QTest::addColumn<int>("change");
        QTest::newRow("no base") << 0;
        QTest::newRow("another recipient") << 1;
        QTest::newRow("a recipient's address") << 2;
        QTest::newRow("the subject") << 3;
        QTest::newRow("the history rewritten, not added to") << 4;
        QTest::newRow("the ad-hoc server") << 5;
        QTest::newRow("the campaign row") << 6;
    }
    void whatADeltaCannotSayMakesAWholeRecord()
    {
        QFETCH(int, change);
        const OutboxItem base = baseItem();
        OutboxItem item = base;
        switch (change) {
        case 1:
            item.recipients.append({QStringLiteral("dan@example.test"), OutboxRecipient::State::Pending, {}});
            break;
        case 2:
            item.recipients[0].address = QStringLiteral("robert@example.test");
            break;
        case 3:
            item.subject = QStringLiteral("Annual report");
            break;
        case 4:
            item.history[0].outcome = QStringLiteral("rewritten");
            break;
        case 5:
            item.server.host = QStringLiteral("smtp.example.test");
            break;
        case 6:
            item.campaign = QStringLiteral("news");
            item.campaignRow = 3;
            break;
        }
        item.revision = base.revision + 1;
        QByteArray json;
        const QByteArray framed = Record::encode(item, change == 0 ? nullptr : &base, &json);
        QCOMPARE(json, item.toStorageBytes());
        QByteArray decodedJson;
        // A whole record needs no base.
        const std::optional<OutboxItem> back = decodeOnto(framed, nullptr, &decodedJson);
        QVERIFY(back);
        QCOMPARE(back->toStorageBytes(), item.toStorageBytes());
        QCOMPARE(decodedJson, json);
    }

    void aDeltaOnAnotherVersionIsRefused()
    {
        const OutboxItem base = baseItem();
        OutboxItem item = base;
        item.finalDotPending = true;
        item.revision = base.revision + 1;
        QByteArray json;
        const QByteArray framed = Record::encode(item, &base, &json);
        QVERIFY(!decodeOnto(framed, nullptr)); // no base at all
        OutboxItem other = base;
        other.revision = base.revision + 5; // a newer version than the one it changes
        QVERIFY(!decodeOnto(framed, &other));
        QVERIFY(decodeOnto(framed, &base));
    }

    void tornAndDamagedRecordsAreRecognised()
    {
        const OutboxItem base = baseItem();
        OutboxItem item = base;
        item.state = OutboxItem::State::Sending;
        item.revision = base.revision + 1;
        QByteArray json;
        const QByteArray framed = Record::encode(item, &base, &json);
        QByteArrayView payload;
        qsizetype next = 0;
        for (qsizetype cut = 0; cut < framed.size(); ++cut)
            QVERIFY(Record::next(framed.left(cut), 0, &payload, &next) == Record::Next::Incomplete);
        // Two records back to back, the first one damaged in its payload: skipped by its length.
        QByteArray two = framed + framed;
        two[Record::kHeaderSize + 3] = static_cast<char>(two[Record::kHeaderSize + 3] ^ 0x20);
        QVERIFY(Record::next(two, 0, &payload, &next) == Record::Next::Damaged);
        QCOMPARE(next, framed.size());
        QVERIFY(Record::next(two, next, &payload, &next) == Record::Next::Record);
        QCOMPARE(next, two.size());
        // A length nobody writes (a damaged header) is not taken as one.
        QByteArray huge = framed;
        huge[3] = '\x7f';
        QVERIFY(Record::next(huge, 0, &payload, &next) == Record::Next::Incomplete);
        // A payload whose CRC matches but that is not a record (an unknown field) is refused.
        const char* why = "";
        QByteArray bogus = payloadOf(framed);
        bogus.append('\xfe');
        QVERIFY(!Record::decode(
            bogus, [&base](const QString&) { return &base; }, &json, &why));
    }
};

QTEST_GUILESS_MAIN(TestOutboxJournalRecord)
#include "TestOutboxJournalRecord.moc"

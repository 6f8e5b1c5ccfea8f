#include "outbox/OutboxItem.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace Postino;

class TestOutboxItem : public QObject
{
    Q_OBJECT
private:
    // Every field the factory takes from an envelope set away from its default.
    static Envelope envelope()
    {
        Envelope e;
        e.sender = QStringLiteral("ada@example.org");
        e.recipients = {QStringLiteral("mario@esempio.it"), QStringLiteral("zoe@example.org")};
        e.body = Envelope::Body::EightBitMime;
        e.requestDsn = true;
        return e;
    }

    static OutboxServer server()
    {
        OutboxServer s;
        s.host = QStringLiteral("smtp.example.test");
        s.port = 2525;
        s.security = Security::None;
        s.username = QStringLiteral("ada");
        s.allowInsecureAuth = true;
        return s;
    }

    static void verifyEnvelope(const OutboxItem& item)
    {
        QCOMPARE(item.sender, QStringLiteral("ada@example.org"));
        QCOMPARE(item.recipients.size(), 2);
        QCOMPARE(item.recipients.at(0).address, QStringLiteral("mario@esempio.it"));
        QCOMPARE(item.recipients.at(1).address, QStringLiteral("zoe@example.org"));
        for (const OutboxRecipient& r : item.recipients) {
            QCOMPARE(r.state, OutboxRecipient::State::Pending);
            QVERIFY(r.reply.isEmpty());
        }
        QCOMPARE(item.pendingRecipients(), envelope().recipients);
        QCOMPARE(item.body, Envelope::Body::EightBitMime);
        QVERIFY(item.requestDsn);
        QCOMPARE(item.state, OutboxItem::State::Queued);
        QCOMPARE(item.attempts, 0);
    }

private slots:
    void forEnvelopeThroughAStoredAccount()
    {
        const OutboxItem item = OutboxItem::forEnvelope(envelope(), QStringLiteral("work"), server());
        verifyEnvelope(item);
        QCOMPARE(item.account, QStringLiteral("work"));
        QVERIFY(!item.isAdHoc());
        QVERIFY(!item.server.isValid()); // the account's server is the account's business
        QCOMPARE(item.accountKey(), QStringLiteral("work"));
    }

    void forEnvelopeThroughAdHocServerOptions()
    {
        const OutboxItem item = OutboxItem::forEnvelope(envelope(), QString(), server());
        verifyEnvelope(item);
        QVERIFY(item.isAdHoc());
        QCOMPARE(item.server.host, QStringLiteral("smtp.example.test"));
        QCOMPARE(item.server.port, quint16(2525));
        QCOMPARE(item.server.security, Security::None);
        QCOMPARE(item.server.username, QStringLiteral("ada"));
        QVERIFY(item.server.allowInsecureAuth);
        QCOMPARE(item.accountKey(), QStringLiteral("ad-hoc:ada@smtp.example.test:2525"));
    }

    void forEnvelopeLeavesWhatIsTheCallersOwn()
    {
        const OutboxItem item = OutboxItem::forEnvelope(envelope(), QStringLiteral("work"));
        QVERIFY(item.id.isEmpty());
        QVERIFY(item.messageId.isEmpty());
        QVERIFY(item.subject.isEmpty());
        QVERIFY(item.from.isEmpty());
        QVERIFY(item.envelopeId.isEmpty());
    }

    // `queue list --json` writes each item's text itself; it must be the very text QJsonDocument gives.
    void listJsonIsWhatQJsonDocumentWrites_data()
    {
        QTest::addColumn<bool>("adHoc");
        QTest::addColumn<QString>("campaign");
        QTest::addColumn<QString>("text"); // into every string field
        QString controls;
        for (char16_t c = 0; c < 0x80; ++c)
            controls += QChar(c);
        QTest::newRow("plain") << false << QString() << QStringLiteral("Hello");
        QTest::newRow("ad hoc, every ASCII character") << true << QString() << controls;
        QTest::newRow("campaign, beyond ASCII")
            << false << QStringLiteral("news")
            << QString::fromUtf8("Caff\u00e8 \"al\" banco \\ \u20ac \U0001F600 \u4e2d");
        QTest::newRow("a lone surrogate")
            << false << QString() << (QStringLiteral("a") + QChar(0xd800) + QStringLiteral("b"));
        QTest::newRow("lone surrogates at the ends")
            << false << QString() << (QString(QChar(0xdc00)) + QString::fromUtf8("\u00e8") + QChar(0xd800));
        QTest::newRow("empty") << true << QString() << QString();
    }

    void listJsonIsWhatQJsonDocumentWrites()
    {
        QFETCH(bool, adHoc);
        QFETCH(QString, campaign);
        QFETCH(QString, text);
        OutboxItem item;
        item.id = QStringLiteral("20261123T010203004-0a1b2c3d");
        if (adHoc) {
            item.server.host = QStringLiteral("smtp.example.test") + text;
            item.server.port = 465;
            item.server.security = Security::Tls;
            item.server.username = text;
        } else {
            item.account = QStringLiteral("work") + text;
        }
        item.sender = QStringLiteral("ada@example.test");
        item.from = text;
        item.subject = text;
        item.recipients = {
            {QStringLiteral("bob@example.test"), OutboxRecipient::State::Pending, {}},
            {text + QStringLiteral("@x.test"), OutboxRecipient::State::Failed, QStringLiteral("550 ") + text}};
        item.created = QDateTime(QDate(2026, 11, 23), QTime(1, 2, 3, 4), Qt::UTC);
        item.nextAttempt = item.created.addSecs(600);
        item.lastError = text;
        item.lastReply = text;
        item.lastErrorKind = text.isEmpty() ? ErrorKind::None : ErrorKind::Permanent;
        item.messageId = text;
        item.size = 12'345'678'901;
        item.attempts = 3;
        item.campaign = campaign;
        item.campaignRow = 1234;
        item.possibleDuplicate = !text.isEmpty();
        if (!text.isEmpty())
            item.history = {{item.created, text}, {QDateTime(), QStringLiteral("sent")}};
        for (OutboxItem::State state : {OutboxItem::State::Queued, OutboxItem::State::Failed}) {
            item.state = state;
            QByteArray expected = QJsonDocument(item.toJson()).toJson(QJsonDocument::Indented);
            QByteArray got;
            item.appendListJson(got, 0);
            QCOMPARE(got + '\n', expected);
            // One level deeper: every line indented by four more spaces.
            expected.chop(1);
            expected.replace("\n", "\n    ");
            got.clear();
            item.appendListJson(got, 1);
            QCOMPARE(got, expected);
        }
    }
};

QTEST_GUILESS_MAIN(TestOutboxItem)
#include "TestOutboxItem.moc"

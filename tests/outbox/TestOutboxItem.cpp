#include "outbox/OutboxItem.h"

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
};

QTEST_GUILESS_MAIN(TestOutboxItem)
#include "TestOutboxItem.moc"

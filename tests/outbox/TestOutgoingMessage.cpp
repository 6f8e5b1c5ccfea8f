#include "outbox/OutgoingMessage.h"

#include <QBuffer>
#include <QTest>

using namespace Postino;

class TestOutgoingMessage : public QObject
{
    Q_OBJECT
private:
    static ComposedMessage composed()
    {
        ComposedMessage m;
        m.from = QStringLiteral("Ada Lovelace <ada@example.org>");
        m.to = QStringLiteral("\"Rossi, Mario\" <mario@esempio.it>, zoe@example.org");
        m.cc = QStringLiteral("bob@example.org");
        m.bcc = QStringLiteral("hidden@example.org");
        m.subject = QStringLiteral("Fattura però");
        m.plainText = QStringLiteral("Ciao");
        return m;
    }

private slots:
    void buildsBytesEnvelopeAndItem()
    {
        const auto built = buildOutgoing(composed(), QStringLiteral("work"));
        QVERIFY2(built.ok(), qPrintable(built.error().message()));
        const OutgoingMessage& out = built.value();
        QCOMPARE(out.item.account, QStringLiteral("work"));
        QCOMPARE(out.item.sender, QStringLiteral("ada@example.org"));
        QStringList recipients;
        for (const OutboxRecipient& r : out.item.recipients)
            recipients << r.address;
        QCOMPARE(recipients,
                 (QStringList {QStringLiteral("mario@esempio.it"), QStringLiteral("zoe@example.org"),
                               QStringLiteral("bob@example.org"), QStringLiteral("hidden@example.org")}));
        const Result<QByteArray> whole = out.toBytes();
        QVERIFY(whole.ok());
        const QByteArray& bytes = whole.value();
        // What the outbox stores is streamed from the builder: the same bytes.
        QBuffer streamed;
        QVERIFY(streamed.open(QIODevice::WriteOnly));
        QVERIFY(out.writer()(&streamed).ok());
        QCOMPARE(streamed.data(), bytes);
        QVERIFY(bytes.contains("\r\nTo: "));
        QVERIFY(!bytes.contains("hidden@example.org")); // Bcc only in the envelope
        QVERIFY(bytes.contains("\r\nSubject: "));
        QVERIFY(!bytes.contains(QStringLiteral("però").toUtf8())); // encoded, 7-bit headers
        QVERIFY(out.item.messageId.startsWith(u'<'));
        QCOMPARE(out.item.subject, QStringLiteral("Fattura però"));
    }

    void adHocServerWithoutAccount()
    {
        OutboxServer server;
        server.host = QStringLiteral("127.0.0.1");
        server.port = 2525;
        server.security = Security::None;
        const auto built = buildOutgoing(composed(), {}, server);
        QVERIFY(built.ok());
        QVERIFY(built.value().item.isAdHoc());
        QCOMPARE(built.value().item.server.port, quint16(2525));
    }

    void refused_data()
    {
        QTest::addColumn<QString>("field");
        QTest::addColumn<QString>("value");
        QTest::addColumn<QString>("account");
        QTest::addColumn<int>("kind");
        QTest::addColumn<QString>("messageStart");
        QTest::newRow("a To address without a domain") << "to"
                                                       << "mario"
                                                       << "work" << int(ErrorKind::DataError) << "To:";
        QTest::newRow("a broken Cc address") << "cc"
                                             << "<bob@"
                                             << "work" << int(ErrorKind::DataError) << "Cc:";
        QTest::newRow("a broken Bcc address") << "bcc"
                                              << "a@@b"
                                              << "work" << int(ErrorKind::DataError) << "Bcc:";
        QTest::newRow("an empty From") << "from"
                                       << ""
                                       << "work" << int(ErrorKind::DataError) << "From:";
        QTest::newRow("no recipient at all") << "to"
                                             << ""
                                             << "work" << int(ErrorKind::DataError) << "";
        QTest::newRow("no account and no server") << "to"
                                                  << "zoe@example.org"
                                                  << "" << int(ErrorKind::Config) << "";
        QTest::newRow("an attachment that is gone") << "attachment"
                                                    << "/nonexistent/postino/fattura.pdf"
                                                    << "work" << int(ErrorKind::NoInput) << "";
    }

    void refused()
    {
        QFETCH(QString, field);
        QFETCH(QString, value);
        QFETCH(QString, account);
        QFETCH(int, kind);
        QFETCH(QString, messageStart);
        ComposedMessage m = composed();
        if (field == u"to") {
            m.to = value;
            if (value.isEmpty()) {
                m.cc.clear();
                m.bcc.clear();
            }
        } else if (field == u"cc") {
            m.cc = value;
        } else if (field == u"bcc") {
            m.bcc = value;
        } else if (field == u"from") {
            m.from = value;
        } else if (field == u"attachment") {
            m.attachments = {value};
        }
        const auto built = buildOutgoing(m, account);
        QVERIFY(!built.ok());
        QCOMPARE(int(built.error().kind()), kind);
        QVERIFY2(built.error().message().startsWith(messageStart), qPrintable(built.error().message()));
    }
};

QTEST_GUILESS_MAIN(TestOutgoingMessage)
#include "TestOutgoingMessage.moc"

#include "mime/Envelope.h"

#include <QTest>

using namespace Postino;

class TestEnvelope : public QObject
{
    Q_OBJECT
private slots:
    void encodePath_data()
    {
        QTest::addColumn<QString>("address");
        QTest::addColumn<bool>("smtpUtf8");
        QTest::addColumn<QByteArray>("expected"); // empty: an error is expected
        QTest::addColumn<int>("errorKind");
        const int none = int(ErrorKind::None);
        const int data = int(ErrorKind::DataError);

        QTest::newRow("plain ascii") << QStringLiteral("ada@example.test") << false << QByteArray("<ada@example.test>")
                                     << none;
        QTest::newRow("null sender") << QString() << false << QByteArray("<>") << none;
        QTest::newRow("idn domain becomes A-labels without SMTPUTF8")
            << QStringLiteral("mario@città.it") << false << QByteArray("<mario@xn--citt-3na.it>") << none;
        QTest::newRow("idn domain stays UTF-8 with SMTPUTF8")
            << QStringLiteral("mario@città.it") << true << QByteArray("<mario@citt\xc3\xa0.it>") << none;
        QTest::newRow("unicode local part needs SMTPUTF8")
            << QStringLiteral("niccolò@example.it") << false << QByteArray() << data;
        QTest::newRow("unicode local part with SMTPUTF8")
            << QStringLiteral("niccolò@example.it") << true << QByteArray("<niccol\xc3\xb2@example.it>") << none;
        QTest::newRow("CRLF injection refused")
            << QStringLiteral("a@b.it>\r\nRCPT TO:<evil@x.test") << false << QByteArray() << data;
        QTest::newRow("space refused") << QStringLiteral("a b@example.it") << false << QByteArray() << data;
        QTest::newRow("no at sign") << QStringLiteral("example.it") << false << QByteArray() << data;
        QTest::newRow("nothing after at") << QStringLiteral("mario@") << false << QByteArray() << data;
        QTest::newRow("address literal") << QStringLiteral("root@[127.0.0.1]") << false
                                         << QByteArray("<root@[127.0.0.1]>") << none;
    }

    void encodePath()
    {
        QFETCH(QString, address);
        QFETCH(bool, smtpUtf8);
        QFETCH(QByteArray, expected);
        QFETCH(int, errorKind);
        const auto result = encodeSmtpPath(address, smtpUtf8);
        if (expected.isEmpty()) {
            QVERIFY(!result.ok());
            QCOMPARE(int(result.error().kind()), errorKind);
            QVERIFY(!result.error().message().isEmpty());
        } else {
            QVERIFY2(result.ok(), qPrintable(result.error().message()));
            QCOMPARE(result.value(), expected);
        }
    }

    void recipientsAreDeduplicatedByDomainCase()
    {
        Envelope env;
        env.addRecipient(QStringLiteral("ada@Example.test"));
        env.addRecipient(QStringLiteral("ada@example.TEST"));
        env.addRecipient(QStringLiteral("Ada@example.test")); // local parts are case-sensitive
        QCOMPARE(env.recipients.size(), 2);
    }

    void needsSmtpUtf8OnlyForUnicodeLocalParts()
    {
        Envelope env;
        env.sender = QStringLiteral("mario@città.it");
        env.addRecipient(QStringLiteral("ada@example.test"));
        QVERIFY(!env.needsSmtpUtf8());
        env.addRecipient(QStringLiteral("zoë@example.test"));
        QVERIFY(env.needsSmtpUtf8());
    }
};

QTEST_GUILESS_MAIN(TestEnvelope)
#include "TestEnvelope.moc"

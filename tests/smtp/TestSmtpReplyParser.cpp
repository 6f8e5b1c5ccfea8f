#include "smtp/SmtpReplyParser.h"

#include <QTest>

using namespace Postino;

class TestSmtpReplyParser : public QObject
{
    Q_OBJECT
private slots:
    void parse_data()
    {
        QTest::addColumn<QList<QByteArray>>("feeds"); // fed one after another
        QTest::addColumn<bool>("enhanced");
        QTest::addColumn<bool>("ok");
        QTest::addColumn<int>("replies");
        QTest::addColumn<int>("code"); // of the first reply
        QTest::addColumn<QByteArray>("enhancedCode");
        QTest::addColumn<QList<QByteArray>>("lines"); // of the first reply

        using L = QList<QByteArray>;
        QTest::newRow("single line") << L {"220 smtp.test ESMTP ready\r\n"} << false << true << 1 << 220 << QByteArray()
                                     << L {"smtp.test ESMTP ready"};
        QTest::newRow("multi-line EHLO") << L {"250-smtp.test\r\n250-PIPELINING\r\n250 SIZE 1000\r\n"} << false << true
                                         << 1 << 250 << QByteArray() << L {"smtp.test", "PIPELINING", "SIZE 1000"};
        QTest::newRow("code without text") << L {"250\r\n"} << false << true << 1 << 250 << QByteArray() << L {""};
        QTest::newRow("two replies in one feed")
            << L {"250 a\r\n354 b\r\n"} << false << true << 2 << 250 << QByteArray() << L {"a"};
        QTest::newRow("split across feeds byte by byte") << L {"2", "5", "0", "-", "a\r", "\n2", "50 b\r", "\n"}
                                                         << false << true << 1 << 250 << QByteArray() << L {"a", "b"};
        QTest::newRow("CRLF split across feeds")
            << L {"250 ok\r", "\n"} << false << true << 1 << 250 << QByteArray() << L {"ok"};
        QTest::newRow("bare LF accepted")
            << L {"250-a\n250 b\n"} << false << true << 1 << 250 << QByteArray() << L {"a", "b"};
        QTest::newRow("enhanced code split off when announced")
            << L {"535 5.7.8 Authentication credentials invalid\r\n"} << true << true << 1 << 535 << QByteArray("5.7.8")
            << L {"Authentication credentials invalid"};
        QTest::newRow("enhanced code on every line") << L {"550-5.1.1 no such\r\n550 5.1.1 user\r\n"} << true << true
                                                     << 1 << 550 << QByteArray("5.1.1") << L {"no such", "user"};
        QTest::newRow("enhanced code kept as text when not announced")
            << L {"250 2.0.0 Ok\r\n"} << false << true << 1 << 250 << QByteArray() << L {"2.0.0 Ok"};
        QTest::newRow("enhanced code of the wrong class kept as text")
            << L {"250 5.0.0 Ok\r\n"} << true << true << 1 << 250 << QByteArray() << L {"5.0.0 Ok"};
        QTest::newRow("version number is not an enhanced code")
            << L {"220 2.5ESMTP\r\n"} << true << true << 1 << 220 << QByteArray() << L {"2.5ESMTP"};
        QTest::newRow("incomplete reply waits")
            << L {"250-a\r\n250-b\r\n"} << false << true << 0 << 0 << QByteArray() << L {};
        QTest::newRow("no CRLF waits") << L {"250 never ends"} << false << true << 0 << 0 << QByteArray() << L {};
        QTest::newRow("inconsistent codes")
            << L {"250-a\r\n251 b\r\n"} << false << false << 0 << 0 << QByteArray() << L {};
        QTest::newRow("non-digit code") << L {"2x0 hello\r\n"} << false << false << 0 << 0 << QByteArray() << L {};
        QTest::newRow("code below 200") << L {"199 hello\r\n"} << false << false << 0 << 0 << QByteArray() << L {};
        QTest::newRow("code above 599") << L {"600 hello\r\n"} << false << false << 0 << 0 << QByteArray() << L {};
        QTest::newRow("missing separator") << L {"250hello\r\n"} << false << false << 0 << 0 << QByteArray() << L {};
        QTest::newRow("too short") << L {"25\r\n"} << false << false << 0 << 0 << QByteArray() << L {};
        QTest::newRow("empty line") << L {"\r\n"} << false << false << 0 << 0 << QByteArray() << L {};
        QTest::newRow("garbage binary") << L {QByteArray("\x16\x03\x01\x02\x00\r\n", 7)} << false << false << 0 << 0
                                        << QByteArray() << L {};
        QTest::newRow("line of exactly the limit") << L {"250 " + QByteArray(4096 - 6, 'x') + "\r\n"} << false << true
                                                   << 1 << 250 << QByteArray() << L {QByteArray(4096 - 6, 'x')};
        QTest::newRow("line one byte over the limit")
            << L {"250 " + QByteArray(4096 - 5, 'x') + "\r\n"} << false << false << 0 << 0 << QByteArray() << L {};
        QTest::newRow("10 MB line") << L {"250 " + QByteArray(10 * 1024 * 1024, 'x')} << false << false << 0 << 0
                                    << QByteArray() << L {};
        QTest::newRow("10 MB line in small feeds")
            << QList<QByteArray>(2560, QByteArray(4096, 'y')) << false << false << 0 << 0 << QByteArray() << L {};
        QTest::newRow("endless multi-line reply")
            << L {QByteArray("250-more\r\n").repeated(100000)} << false << false << 0 << 0 << QByteArray() << L {};
        QTest::newRow("201 lines") << L {QByteArray("250-x\r\n").repeated(200) + "250 end\r\n"} << false << false << 0
                                   << 0 << QByteArray() << L {};
        QTest::newRow("reply over 64 KiB") << L {QByteArray("250-" + QByteArray(1000, 'z') + "\r\n").repeated(66)}
                                           << false << false << 0 << 0 << QByteArray() << L {};
    }

    void parse()
    {
        QFETCH(QList<QByteArray>, feeds);
        QFETCH(bool, enhanced);
        QFETCH(bool, ok);
        QFETCH(int, replies);
        QFETCH(int, code);
        QFETCH(QByteArray, enhancedCode);
        QFETCH(QList<QByteArray>, lines);

        SmtpReplyParser parser;
        parser.setEnhancedStatusCodes(enhanced);
        bool allFed = true;
        for (const QByteArray& feed : feeds) {
            allFed = parser.feed(feed) && allFed;
            // Never buffers past its line limit, whatever comes.
            QVERIFY(parser.pendingBytes() <= parser.limits().maxReplySize + parser.limits().maxLineLength);
        }
        QCOMPARE(allFed, ok);
        QCOMPARE(parser.hasError(), !ok);
        if (!ok) {
            QVERIFY(!parser.errorString().isEmpty());
            QVERIFY(!parser.feed("250 ok\r\n")); // the error is permanent
            return;
        }
        int count = 0;
        SmtpReply first;
        while (parser.hasReply()) {
            const SmtpReply reply = parser.takeReply();
            if (count == 0)
                first = reply;
            ++count;
        }
        QCOMPARE(count, replies);
        if (replies > 0) {
            QCOMPARE(first.code, code);
            QCOMPARE(first.enhanced, enhancedCode);
            QCOMPARE(first.lines, lines);
        }
    }

    void rawLinesAndPending()
    {
        SmtpReplyParser parser;
        QVERIFY(parser.feed("250-a\r\n250 b\r\n220 c"));
        QList<QByteArray> raw;
        const SmtpReply reply = parser.takeReply(&raw);
        QCOMPARE(raw, (QList<QByteArray> {"250-a", "250 b"}));
        QCOMPARE(reply.toString(), QStringLiteral("250 a b"));
        QCOMPARE(parser.pendingBytes(), qsizetype(5));
        parser.reset();
        QCOMPARE(parser.pendingBytes(), qsizetype(0));
    }

    void replyToString()
    {
        SmtpReply reply;
        reply.code = 535;
        reply.enhanced = "5.7.8";
        reply.lines = {"Authentication", "credentials invalid"};
        QCOMPARE(reply.toString(), QStringLiteral("535 5.7.8 Authentication credentials invalid"));
        QVERIFY(reply.isPermanent());
    }
};

QTEST_GUILESS_MAIN(TestSmtpReplyParser)
#include "TestSmtpReplyParser.moc"

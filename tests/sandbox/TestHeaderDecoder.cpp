#include "sandbox/HeaderDecoder.h"
#include "sandbox/ParsedMessage.h"

#include <QTest>

using namespace Postino;

class TestHeaderDecoder : public QObject
{
    Q_OBJECT
private slots:
    void decode_data()
    {
        QTest::addColumn<QByteArray>("raw");
        QTest::addColumn<QString>("expected");

        QTest::newRow("plain ascii stays as it is") << QByteArray("Hello world") << QStringLiteral("Hello world");
        QTest::newRow("utf-8 base64 word")
            << QByteArray("=?UTF-8?B?Q2lhbyBtb25kbyDwn4yN?=") << QStringLiteral("Ciao mondo \U0001F30D");
        QTest::newRow("utf-8 q word with underscore as space")
            << QByteArray("=?utf-8?Q?Caff=C3=A8_al_bar?=") << QStringLiteral("Caffè al bar");
        QTest::newRow("latin-1 q word") << QByteArray("=?ISO-8859-1?Q?Andr=E9?= Pirard")
                                        << QStringLiteral("André Pirard");
        QTest::newRow("lower-case encoding letter")
            << QByteArray("=?iso-8859-1?q?this=20is=20some=20text?=") << QStringLiteral("this is some text");
        QTest::newRow("space between adjacent words is dropped")
            << QByteArray("=?ISO-8859-1?Q?a?= =?ISO-8859-1?Q?b?=") << QStringLiteral("ab");
        QTest::newRow("folding between adjacent words is dropped")
            << QByteArray("=?ISO-8859-1?Q?a?=\r\n   =?ISO-8859-1?Q?b?=") << QStringLiteral("ab");
        QTest::newRow("space inside a word is kept as underscore")
            << QByteArray("=?ISO-8859-1?Q?a_b?=") << QStringLiteral("a b");
        QTest::newRow("text between words is kept")
            << QByteArray("=?ISO-8859-1?Q?a?= b =?ISO-8859-1?Q?c?=") << QStringLiteral("a b c");
        QTest::newRow("utf-8 character split across two words")
            << QByteArray("=?UTF-8?B?w6g=?= =?UTF-8?B?4oKs?=") << QStringLiteral("è€");
        QTest::newRow("multi-byte split mid-character in q words")
            << QByteArray("=?UTF-8?Q?=E2=82?= =?UTF-8?Q?=AC?=") << QStringLiteral("€");
        QTest::newRow("language suffix of RFC 2231")
            << QByteArray("=?UTF-8*it?Q?Citt=C3=A0?=") << QStringLiteral("Città");
        QTest::newRow("base64 without padding") << QByteArray("=?UTF-8?B?w6g?=") << QStringLiteral("è");
        QTest::newRow("display name with address")
            << QByteArray("=?UTF-8?Q?Jos=C3=A9?= <jose@example.org>") << QStringLiteral("José <jose@example.org>");
        QTest::newRow("raw utf-8 header (SMTPUTF8)") << QByteArray("Perché no") << QStringLiteral("Perché no");
        QTest::newRow("raw latin-1 bytes") << QByteArray("Perch\xe9") << QStringLiteral("Perché");
        QTest::newRow("unknown charset is shown as sent")
            << QByteArray("=?x-unknown?Q?abc?=") << QStringLiteral("=?x-unknown?Q?abc?=");
        QTest::newRow("unknown encoding is shown as sent")
            << QByteArray("=?UTF-8?X?abc?=") << QStringLiteral("=?UTF-8?X?abc?=");
        QTest::newRow("bad base64 is shown as sent")
            << QByteArray("=?UTF-8?B?####?=") << QStringLiteral("=?UTF-8?B?####?=");
        QTest::newRow("unterminated word is shown as sent")
            << QByteArray("=?UTF-8?Q?abc") << QStringLiteral("=?UTF-8?Q?abc");
        QTest::newRow("folded plain header is unfolded")
            << QByteArray("a long\r\n subject") << QStringLiteral("a long subject");
        QTest::newRow("empty") << QByteArray() << QString();
    }

    void decode()
    {
        QFETCH(QByteArray, raw);
        QFETCH(QString, expected);
        QCOMPARE(HeaderDecoder::decode(raw), expected);
    }

    void quotedPrintableBody_data()
    {
        QTest::addColumn<QByteArray>("encoded");
        QTest::addColumn<QByteArray>("decoded");
        QTest::newRow("hex escapes") << QByteArray("Caff=C3=A8") << QByteArray("Caff\xc3\xa8");
        QTest::newRow("soft line break crlf") << QByteArray("abc=\r\ndef") << QByteArray("abcdef");
        QTest::newRow("soft line break lf") << QByteArray("abc=\ndef") << QByteArray("abcdef");
        QTest::newRow("soft line break after spaces") << QByteArray("abc= \t\r\ndef") << QByteArray("abcdef");
        QTest::newRow("hard line break kept") << QByteArray("a\r\nb") << QByteArray("a\r\nb");
        QTest::newRow("stray equals kept") << QByteArray("1 =? 2") << QByteArray("1 =? 2");
    }

    void quotedPrintableBody()
    {
        QFETCH(QByteArray, encoded);
        QFETCH(QByteArray, decoded);
        QCOMPARE(ParsedMessage::decodeQuotedPrintable(encoded), decoded);
    }

    void parsesMultipartMessage()
    {
        const QByteArray raw = "From: =?UTF-8?Q?Ren=C3=A9e?= <renee@example.org>\r\n"
                               "To: bob@example.org,\r\n carol@example.org\r\n"
                               "Subject: =?UTF-8?B?UmVzb2NvbnRv?=\r\n"
                               "Date: Sun, 22 Nov 2026 10:00:00 +0100\r\n"
                               "MIME-Version: 1.0\r\n"
                               "Content-Type: multipart/mixed; boundary=\"outer\"\r\n"
                               "\r\n"
                               "preamble\r\n"
                               "--outer\r\n"
                               "Content-Type: multipart/alternative; boundary=inner\r\n"
                               "\r\n"
                               "--inner\r\n"
                               "Content-Type: text/plain; charset=utf-8\r\n"
                               "Content-Transfer-Encoding: quoted-printable\r\n"
                               "\r\n"
                               "Citt=C3=A0 =\r\nbella\r\n"
                               "--inner\r\n"
                               "Content-Type: text/html; charset=utf-8\r\n"
                               "Content-Transfer-Encoding: base64\r\n"
                               "\r\n"
                               "PHA+Q2l0dMOgPC9wPg==\r\n"
                               "--inner--\r\n"
                               "--outer\r\n"
                               "Content-Type: application/pdf; name=\"a.pdf\"\r\n"
                               "Content-Disposition: attachment; filename*=utf-8''%E2%82%AC.pdf\r\n"
                               "Content-Transfer-Encoding: base64\r\n"
                               "\r\n"
                               "AAECAwQ=\r\n"
                               "--outer--\r\n";
        const ParsedMessage message = ParsedMessage::parse(raw);
        QCOMPARE(message.from(), QStringLiteral("Renée <renee@example.org>"));
        QCOMPARE(message.to(), QStringLiteral("bob@example.org, carol@example.org"));
        QCOMPARE(message.subject(), QStringLiteral("Resoconto"));
        QCOMPARE(message.date(), QDateTime(QDate(2026, 11, 22), QTime(9, 0), Qt::UTC));
        QVERIFY(message.hasText());
        QCOMPARE(message.textBody(), QStringLiteral("Città bella"));
        QCOMPARE(message.htmlBody(), QStringLiteral("<p>Città</p>"));
        QCOMPARE(message.attachments().size(), 1);
        QCOMPARE(message.attachments().constFirst().fileName, QStringLiteral("€.pdf"));
        QCOMPARE(message.attachments().constFirst().size, qint64(5));
    }

    // Found by fuzz_parsed_message: a NUL, a line break or an escape in an attachment's name never reaches
    // the viewer or a saved file's name.
    void attachmentNamesLoseControlCharacters()
    {
        const QByteArray raw = "Subject: x\r\n"
                               "Content-Type: multipart/mixed; boundary=b\r\n"
                               "\r\n"
                               "--b\r\n"
                               "Content-Type: text/plain\r\n"
                               "\r\n"
                               "hi\r\n"
                               "--b\r\n"
                               "Content-Type: application/octet-stream\r\n"
                               "Content-Disposition: attachment; filename*=utf-8''fattura%00%0A%1B[31m.pdf\r\n"
                               "\r\n"
                               "data\r\n"
                               "--b--\r\n";
        const ParsedMessage message = ParsedMessage::parse(raw);
        QCOMPARE(message.attachments().size(), 1);
        QCOMPARE(message.attachments().constFirst().fileName, QStringLiteral("fattura[31m.pdf"));
    }

    void singlePartWithoutContentTypeIsText()
    {
        const ParsedMessage message = ParsedMessage::parse("Subject: hi\r\n\r\nline one\r\nline two\r\n");
        QCOMPARE(message.subject(), QStringLiteral("hi"));
        QCOMPARE(message.textBody(), QStringLiteral("line one\nline two\n"));
        QVERIFY(message.attachments().isEmpty());
    }

    void deepNestingIsBounded()
    {
        QByteArray raw = "Subject: deep\r\n";
        for (int i = 0; i < 50; ++i)
            raw += "Content-Type: multipart/mixed; boundary=b" + QByteArray::number(i) + "\r\n\r\n--b"
                + QByteArray::number(i) + "\r\n";
        raw += "Content-Type: text/plain\r\n\r\nbottom\r\n";
        const ParsedMessage message = ParsedMessage::parse(raw);
        QCOMPARE(message.subject(), QStringLiteral("deep"));
        QVERIFY(!message.hasText()); // deeper than the limit: not followed, and no crash
    }
};

QTEST_GUILESS_MAIN(TestHeaderDecoder)
#include "TestHeaderDecoder.moc"

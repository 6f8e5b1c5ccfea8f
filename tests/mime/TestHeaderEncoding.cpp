#include "mime/HeaderEncoding.h"

#include <QRandomGenerator>
#include <QRegularExpression>
#include <QStringDecoder>
#include <QTest>

using namespace Postino;

namespace {

// Every encoded-word in the bytes, each decoded alone: a word must hold whole UTF-8 sequences.
bool everyWordIsWholeUtf8(const QByteArray& encoded, QString* why)
{
    static const QRegularExpression word(QStringLiteral("=\\?UTF-8\\?([QB])\\?([^?]*)\\?="));
    auto it = word.globalMatch(QString::fromLatin1(encoded));
    while (it.hasNext()) {
        const auto m = it.next();
        if (m.capturedLength(0) > HeaderEncoding::MaxWordLength) {
            *why = QStringLiteral("word longer than 75: ") + m.captured(0);
            return false;
        }
        QByteArray bytes;
        if (m.captured(1) == QLatin1String("B")) {
            bytes = QByteArray::fromBase64(m.captured(2).toLatin1());
        } else {
            QByteArray text = m.captured(2).toLatin1();
            text.replace('_', ' ');
            bytes = QByteArray::fromPercentEncoding(text, '=');
        }
        QStringDecoder decoder(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
        (void)decoder.decode(bytes);
        if (decoder.hasError()) {
            *why = QStringLiteral("split UTF-8 sequence in ") + m.captured(0);
            return false;
        }
    }
    return true;
}

QString longMixedText()
{
    QString s;
    for (int i = 0; i < 40; ++i)
        s += QStringLiteral("però €uro 🚀 日本 ");
    return s.trimmed();
}

} // namespace

class TestHeaderEncoding : public QObject
{
    Q_OBJECT
private slots:
    void encodeWordsRoundTrip_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QByteArray>("encoding"); // "Q" or "B"
        QTest::newRow("ascii") << QStringLiteral("Hello") << QByteArray("Q");
        QTest::newRow("short italian accents, B is shorter") << QStringLiteral("Caffè però") << QByteArray("B");
        QTest::newRow("mostly ascii sentence, Q is shorter")
            << QStringLiteral("Riunione di domani alle dieci, però in sala grande") << QByteArray("Q");
        QTest::newRow("mostly non-latin") << QStringLiteral("日本語のテキストです") << QByteArray("B");
        QTest::newRow("emoji") << QStringLiteral("🚀🚀🚀🚀🚀🚀🚀🚀🚀🚀🚀🚀🚀🚀🚀🚀🚀🚀🚀🚀") << QByteArray("B");
        QTest::newRow("long mixed text") << longMixedText() << QByteArray("B");
        QTest::newRow("specials") << QStringLiteral("a_b=c?d \"e\" (f) <g>, h;") << QByteArray(); // depends on context
        QTest::newRow("long latin with accents")
            << QString(300, QChar(0xe8)) + QStringLiteral("abc") << QByteArray("B");
    }

    void encodeWordsRoundTrip()
    {
        QFETCH(QString, text);
        QFETCH(QByteArray, encoding);
        for (auto context : {HeaderEncoding::Context::Text, HeaderEncoding::Context::Phrase}) {
            const QByteArray encoded = HeaderEncoding::encodeWords(text, context);
            QVERIFY2(encoding.isEmpty() || encoded.contains(QByteArray("?" + encoding + "?")), encoded.constData());
            for (char c : encoded)
                QVERIFY(static_cast<uchar>(c) >= 0x20 && static_cast<uchar>(c) < 0x7f);
            QString why;
            QVERIFY2(everyWordIsWholeUtf8(encoded, &why), qPrintable(why));
            QCOMPARE(HeaderEncoding::decode(encoded), text);
        }
    }

    void phraseWordsNeedNoQuotes()
    {
        // In a phrase the Q form may not carry specials raw: the word must be a valid atom there.
        const QByteArray encoded =
            HeaderEncoding::encodeWords(QStringLiteral("a,b \"c\" (d) è"), HeaderEncoding::Context::Phrase);
        for (char c : QByteArray(",\"()<>@;:[]\\."))
            QVERIFY2(!encoded.mid(10).contains(c), encoded.constData());
    }

    void encodeUnstructured_data()
    {
        QTest::addColumn<QString>("value");
        QTest::addColumn<bool>("utf8");
        QTest::addColumn<QByteArray>("expected");
        QTest::newRow("plain ascii unchanged")
            << QStringLiteral("Meeting at 10:00, room \"B\"") << false << QByteArray("Meeting at 10:00, room \"B\"");
        QTest::newRow("only the accented word encoded")
            << QStringLiteral("Re: caffè al bar") << false << QByteArray("Re: =?UTF-8?B?Y2FmZsOo?= al bar");
        QTest::newRow("adjacent words encoded together")
            << QStringLiteral("Re: però sì") << false << QByteArray("Re: =?UTF-8?B?cGVyw7Igc8Os?=");
        QTest::newRow("Q chosen when shorter") << QStringLiteral("Re: Riunione-di-domani-però") << false
                                               << QByteArray("Re: =?UTF-8?Q?Riunione-di-domani-per=C3=B2?=");
        QTest::newRow("encoded-word lookalike is encoded")
            << QStringLiteral("see =?x?q?y?=") << false << QByteArray("see =?UTF-8?B?PT94P3E/eT89?=");
        QTest::newRow("utf8 headers stay raw") << QStringLiteral("Re: però") << true << QByteArray("Re: per\xc3\xb2");
        QTest::newRow("multiple spaces kept") << QStringLiteral("a  b") << false << QByteArray("a  b");
        QTest::newRow("empty") << QString() << false << QByteArray();
    }

    void encodeUnstructured()
    {
        QFETCH(QString, value);
        QFETCH(bool, utf8);
        QFETCH(QByteArray, expected);
        const QByteArray encoded = HeaderEncoding::encodeUnstructured(value, utf8);
        QCOMPARE(encoded, expected);
        QCOMPARE(HeaderEncoding::decode(encoded), value);
    }

    void unstructuredRoundTrip_data()
    {
        QTest::addColumn<QString>("value");
        QTest::newRow("mixed words") << QStringLiteral("Fattura n. 12 — però pagata 🎉 ok");
        QTest::newRow("long mixed") << longMixedText();
        QTest::newRow("1200 character word") << QString(1200, QLatin1Char('x'));
        QTest::newRow("tabs") << QStringLiteral("a\tb è\tc");
    }

    void unstructuredRoundTrip()
    {
        QFETCH(QString, value);
        const QByteArray encoded = HeaderEncoding::encodeUnstructured(value);
        QString why;
        QVERIFY2(everyWordIsWholeUtf8(encoded, &why), qPrintable(why));
        QCOMPARE(HeaderEncoding::decode(encoded), value);
        // Folded, no line is longer than 998 octets and every line but the first starts with whitespace.
        const QByteArray folded = HeaderEncoding::fold("Subject", encoded);
        QVERIFY(folded.endsWith("\r\n"));
        const QList<QByteArray> lines = folded.chopped(2).split('\n');
        for (qsizetype i = 0; i < lines.size(); ++i) {
            QByteArray line = lines.at(i);
            if (line.endsWith('\r'))
                line.chop(1);
            QVERIFY2(line.size() <= HeaderEncoding::MaxLineLength, line.constData());
            QVERIFY2(line.size() <= HeaderEncoding::FoldColumn + HeaderEncoding::MaxWordLength, line.constData());
            if (i > 0) {
                QVERIFY(line.startsWith(' ') || line.startsWith('\t'));
                QVERIFY(!line.trimmed().isEmpty());
            }
        }
        QByteArray unfolded = folded;
        unfolded.replace("\r\n", "");
        QCOMPARE(HeaderEncoding::decode(unfolded.mid(9)), value);
    }

    void randomValuesRoundTrip()
    {
        const QStringList pieces {QStringLiteral("a"),
                                  QStringLiteral("Zoë"),
                                  QStringLiteral(" "),
                                  QStringLiteral("  "),
                                  QStringLiteral("\t"),
                                  QStringLiteral("=?"),
                                  QStringLiteral("?="),
                                  QStringLiteral("_"),
                                  QStringLiteral("=?UTF-8?Q?x?="),
                                  QStringLiteral("🚀"),
                                  QStringLiteral("\""),
                                  QStringLiteral("però"),
                                  QString(120, QLatin1Char('w')),
                                  QString(950, QLatin1Char('l')),
                                  QStringLiteral("日本")};
        QRandomGenerator gen(42);
        for (int round = 0; round < 3000; ++round) {
            QString value;
            const int n = int(gen.bounded(15));
            for (int i = 0; i < n; ++i)
                value += pieces.at(int(gen.bounded(int(pieces.size()))));
            for (bool utf8 : {false, true}) {
                const QByteArray encoded = HeaderEncoding::encodeUnstructured(value, utf8);
                QString why;
                QVERIFY2(everyWordIsWholeUtf8(encoded, &why), qPrintable(why));
                const QByteArray folded = HeaderEncoding::fold("Subject", encoded);
                for (const QByteArray& line : folded.split('\n'))
                    QVERIFY2(line.size() <= HeaderEncoding::MaxLineLength + 1, qPrintable(value));
                QByteArray unfolded = folded.chopped(2);
                unfolded.replace("\r\n", "");
                const QByteArray back = unfolded.mid(int(sizeof("Subject:")) - 1);
                // fold() puts one space after the colon, which readers drop.
                QCOMPARE(HeaderEncoding::decode(back.startsWith(' ') ? back.mid(1) : back), value);
                if (!utf8) {
                    for (char c : encoded)
                        QVERIFY(static_cast<uchar>(c) < 0x80);
                }
            }
        }
    }

    void fold_data()
    {
        QTest::addColumn<QByteArray>("value");
        QTest::addColumn<QByteArray>("expected");
        QTest::newRow("short stays on one line") << QByteArray("Hello") << QByteArray("Subject: Hello\r\n");
        QTest::newRow("empty value") << QByteArray() << QByteArray("Subject:\r\n");
        QTest::newRow("folds before the word that would pass column 78")
            << QByteArray("aaaaaaaaaa bbbbbbbbbb cccccccccc dddddddddd eeeeeeeeee ffffffffff gggggggggg")
            << QByteArray("Subject: aaaaaaaaaa bbbbbbbbbb cccccccccc dddddddddd eeeeeeeeee ffffffffff\r\n"
                          " gggggggggg\r\n");
        QTest::newRow("trailing whitespace never alone on a line") << QByteArray(70, 'a')
                + QByteArray("       ") << QByteArray("Subject: ") + QByteArray(70, 'a') + QByteArray("       \r\n");
        QTest::newRow("unbreakable long word stays whole")
            << QByteArray(100, 'x') << QByteArray("Subject: ") + QByteArray(100, 'x') + "\r\n";
    }

    void fold()
    {
        QFETCH(QByteArray, value);
        QFETCH(QByteArray, expected);
        QCOMPARE(HeaderEncoding::fold("Subject", value), expected);
    }

    void encodeParameter_data()
    {
        QTest::addColumn<QString>("value");
        QTest::addColumn<QByteArray>("expectedStart");
        QTest::addColumn<int>("items");
        QTest::newRow("short ascii quoted")
            << QStringLiteral("report 2026.pdf") << QByteArray("filename=\"report 2026.pdf\"") << 1;
        QTest::newRow("quote in ascii name escaped")
            << QStringLiteral("a\"b.pdf") << QByteArray("filename=\"a\\\"b.pdf\"") << 1;
        QTest::newRow("non-ascii short") << QStringLiteral("fattura però €.pdf")
                                         << QByteArray("filename*=UTF-8''fattura%20per%C3%B2%20%E2%82%AC.pdf") << 1;
        QTest::newRow("200 character unicode name")
            << QString(196, QChar(0xe8)) + QStringLiteral(".pdf") << QByteArray("filename*0*=UTF-8''%C3%A8") << 20;
        QTest::newRow("long ascii name continues")
            << QString(150, QLatin1Char('a')) + QStringLiteral(".txt") << QByteArray("filename*0*=UTF-8''aaa") << 3;
    }

    void encodeParameter()
    {
        QFETCH(QString, value);
        QFETCH(QByteArray, expectedStart);
        QFETCH(int, items);
        const QByteArrayList list = HeaderEncoding::encodeParameter("filename", value);
        QVERIFY2(list.first().startsWith(expectedStart), list.first().constData());
        QCOMPARE(list.size(), items);
        if (list.size() == 1 && !list.first().contains('*'))
            return;
        // Decode the RFC 2231 pieces back, each piece whole UTF-8 and each line within 78 columns.
        QByteArray joined;
        for (qsizetype i = 0; i < list.size(); ++i) {
            const QByteArray& item = list.at(i);
            QVERIFY2(1 + item.size() + 1 <= HeaderEncoding::FoldColumn, item.constData());
            const QByteArray head =
                list.size() == 1 ? QByteArray("filename*=") : QByteArray("filename*" + QByteArray::number(i) + "*=");
            QVERIFY2(item.startsWith(head), item.constData());
            QByteArray piece = item.mid(head.size());
            if (i == 0) {
                QVERIFY(piece.startsWith("UTF-8''"));
                piece = piece.mid(7);
            }
            QStringDecoder decoder(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
            (void)decoder.decode(QByteArray::fromPercentEncoding(piece));
            QVERIFY2(!decoder.hasError(), piece.constData());
            joined += piece;
        }
        QCOMPARE(QString::fromUtf8(QByteArray::fromPercentEncoding(joined)), value);
    }

    void legacyParameter_data()
    {
        QTest::addColumn<QString>("value");
        QTest::addColumn<QByteArray>("expected");
        QTest::newRow("ascii") << QStringLiteral("a b.pdf") << QByteArray("name=\"a b.pdf\"");
        QTest::newRow("non-ascii encoded words in quotes")
            << QStringLiteral("però.pdf") << QByteArray("name=\"=?UTF-8?B?cGVyw7IucGRm?=\"");
    }

    void legacyParameter()
    {
        QFETCH(QString, value);
        QFETCH(QByteArray, expected);
        QCOMPARE(HeaderEncoding::encodeLegacyParameter("name", value), expected);
    }

    void validateName_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<bool>("ok");
        QTest::newRow("X-Priority") << QStringLiteral("X-Priority") << true;
        QTest::newRow("punctuation allowed") << QStringLiteral("X-My_Header.v2!") << true;
        QTest::newRow("empty") << QString() << false;
        QTest::newRow("colon") << QStringLiteral("X:Y") << false;
        QTest::newRow("space") << QStringLiteral("X Y") << false;
        QTest::newRow("CRLF injection in name") << QStringLiteral("X\r\nBcc") << false;
        QTest::newRow("non-ascii") << QStringLiteral("X-Però") << false;
        QTest::newRow("DEL") << QStringLiteral("X\x7f") << false;
    }

    void validateName()
    {
        QFETCH(QString, name);
        QFETCH(bool, ok);
        const Status s = HeaderEncoding::validateName(name);
        QCOMPARE(s.ok(), ok);
        QCOMPARE(HeaderEncoding::isValidName(name), ok);
        if (!ok) {
            QCOMPARE(s.error().kind(), ErrorKind::DataError);
            QVERIFY(!s.error().message().contains(QLatin1Char('\n')));
        }
    }

    void validateValue_data()
    {
        QTest::addColumn<QString>("value");
        QTest::addColumn<bool>("ok");
        QTest::newRow("plain") << QStringLiteral("hello world") << true;
        QTest::newRow("tab allowed") << QStringLiteral("a\tb") << true;
        QTest::newRow("unicode allowed") << QStringLiteral("però 🚀") << true;
        QTest::newRow("CRLF Bcc injection") << QStringLiteral("hi\r\nBcc: evil@example.test") << false;
        QTest::newRow("bare LF") << QStringLiteral("hi\nthere") << false;
        QTest::newRow("bare CR") << QStringLiteral("hi\rthere") << false;
        QTest::newRow("NUL") << QStringLiteral("hi") + QChar(0) << false;
        QTest::newRow("escape character") << QStringLiteral("\x1b[31m") << false;
        QTest::newRow("C1 next line U+0085") << QStringLiteral("a") + QChar(0x85) + QStringLiteral("b") << false;
        QTest::newRow("unicode line separator") << QStringLiteral("a") + QChar(0x2028) + QStringLiteral("b") << false;
    }

    void validateValue()
    {
        QFETCH(QString, value);
        QFETCH(bool, ok);
        const Status s = HeaderEncoding::validateValue(QStringLiteral("X-Test"), value);
        QCOMPARE(s.ok(), ok);
        if (!ok) {
            QCOMPARE(s.error().kind(), ErrorKind::DataError);
            QVERIFY(s.error().message().contains(QLatin1String("X-Test")));
        }
    }

    void decode_data()
    {
        QTest::addColumn<QByteArray>("raw");
        QTest::addColumn<QString>("expected");
        QTest::newRow("no words") << QByteArray("plain text") << QStringLiteral("plain text");
        QTest::newRow("space between adjacent words dropped")
            << QByteArray("=?UTF-8?Q?a?= =?UTF-8?Q?b?=") << QStringLiteral("ab");
        QTest::newRow("space between word and text kept") << QByteArray("=?UTF-8?Q?a?= b") << QStringLiteral("a b");
        QTest::newRow("folded adjacent words")
            << QByteArray("=?UTF-8?B?w6g=?=\r\n =?UTF-8?B?w6g=?=") << QStringLiteral("èè");
        QTest::newRow("character split across words by another program")
            << QByteArray("=?UTF-8?Q?=C3?= =?UTF-8?Q?=A8?=") << QStringLiteral("è");
        QTest::newRow("latin1 word") << QByteArray("=?iso-8859-1?q?caf=E9?=") << QStringLiteral("café");
        QTest::newRow("lower-case encoding letter") << QByteArray("=?utf-8?b?w6g=?=") << QStringLiteral("è");
        QTest::newRow("rfc2231 language in charset") << QByteArray("=?UTF-8*it?Q?s=C3=AC?=") << QStringLiteral("sì");
        QTest::newRow("invalid base64 left as is")
            << QByteArray("=?UTF-8?B?###?=") << QStringLiteral("=?UTF-8?B?###?=");
        QTest::newRow("unknown charset left as is")
            << QByteArray("=?x-unknown-42?Q?a?=") << QStringLiteral("=?x-unknown-42?Q?a?=");
        QTest::newRow("raw utf8 outside words")
            << QByteArray("per\xc3\xb2 =?UTF-8?Q?s=C3=AC?=") << QStringLiteral("però sì");
    }

    void decode()
    {
        QFETCH(QByteArray, raw);
        QFETCH(QString, expected);
        QCOMPARE(HeaderEncoding::decode(raw), expected);
    }

    void encodePhrase_data()
    {
        QTest::addColumn<QString>("phrase");
        QTest::addColumn<bool>("utf8");
        QTest::addColumn<QByteArray>("expected");
        QTest::newRow("atoms") << QStringLiteral("Mario Rossi") << false << QByteArray("Mario Rossi");
        QTest::newRow("comma quoted") << QStringLiteral("Rossi, Mario") << false << QByteArray("\"Rossi, Mario\"");
        QTest::newRow("dot quoted") << QStringLiteral("M. Rossi") << false << QByteArray("\"M. Rossi\"");
        QTest::newRow("colon and semicolon quoted") << QStringLiteral("a:b;c") << false << QByteArray("\"a:b;c\"");
        QTest::newRow("backslash escaped") << QStringLiteral("a\\b") << false << QByteArray("\"a\\\\b\"");
        QTest::newRow("non-ascii encoded") << QStringLiteral("Zoë") << false << QByteArray("=?UTF-8?Q?Zo=C3=AB?=");
        QTest::newRow("non-ascii raw with utf8 headers") << QStringLiteral("Zoë") << true << QByteArray("Zo\xc3\xab");
        QTest::newRow("non-ascii with comma, utf8 headers")
            << QStringLiteral("Però, Zoë") << true << QByteArray("\"Per\xc3\xb2, Zo\xc3\xab\"");
    }

    void encodePhrase()
    {
        QFETCH(QString, phrase);
        QFETCH(bool, utf8);
        QFETCH(QByteArray, expected);
        QCOMPARE(HeaderEncoding::encodePhrase(phrase, utf8), expected);
    }
};

QTEST_GUILESS_MAIN(TestHeaderEncoding)
#include "TestHeaderEncoding.moc"

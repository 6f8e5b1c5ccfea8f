#include "smtp/DotStuffer.h"

#include <QTest>

using namespace Postino;

namespace {

using Chunks = QList<QByteArray>;

QByteArray stuff(const Chunks& chunks)
{
    DotStuffer stuffer;
    QByteArray out;
    for (const QByteArray& chunk : chunks)
        out += stuffer.feed(chunk);
    return out + stuffer.terminator();
}

QByteArray chunked(const Chunks& chunks)
{
    DotStuffer stuffer(DotStuffer::Mode::Bdat);
    QByteArray out;
    for (const QByteArray& chunk : chunks)
        out += stuffer.feed(chunk);
    return out + stuffer.terminator();
}

// The DATA stream without its final dot and with each line's added dot taken off again.
QByteArray unstuffed(const QByteArray& stream)
{
    QByteArray out;
    const QByteArray body = stream.left(stream.size() - 3); // ".\r\n"
    bool lineStart = true;
    for (qsizetype i = 0; i < body.size(); ++i) {
        if (lineStart && body.at(i) == '.') {
            lineStart = false;
            continue;
        }
        out.append(body.at(i));
        lineStart = body.at(i) == '\n';
    }
    return out;
}

QByteArray joined(const Chunks& chunks)
{
    QByteArray all;
    for (const QByteArray& chunk : chunks)
        all += chunk;
    return all;
}

} // namespace

// Every row is checked fed as given, as one buffer, one byte at a time and split in two at every offset:
// the stream must be the same each way.
class TestDotStuffer : public QObject
{
    Q_OBJECT
private slots:
    void asGiven_data();
    void asGiven();
    void wholeBuffer_data() { asGiven_data(); }
    void wholeBuffer();
    void oneByteChunks_data() { asGiven_data(); }
    void oneByteChunks();
    void splitAnywhere_data() { asGiven_data(); }
    void splitAnywhere();
    void atLineStart();
    void bdatMode_data() { asGiven_data(); }
    void bdatMode();
    void bdatModeExamples();
};

void TestDotStuffer::asGiven_data()
{
    QTest::addColumn<Chunks>("chunks"); // the message, fed one chunk after another
    QTest::addColumn<QByteArray>("stream"); // everything after DATA's 354, the final dot included

    QTest::newRow("empty message") << Chunks {} << QByteArray(".\r\n");
    QTest::newRow("empty chunks") << Chunks {"", ""} << QByteArray(".\r\n");
    QTest::newRow("first line is a dot") << Chunks {".\r\nnext\r\n"} << QByteArray("..\r\nnext\r\n.\r\n");
    QTest::newRow("first line starts with a dot") << Chunks {".hidden\r\n"} << QByteArray("..hidden\r\n.\r\n");
    QTest::newRow("only a dot") << Chunks {"."} << QByteArray("..\r\n.\r\n");
    QTest::newRow("leading dots") << Chunks {"a\r\n.b\r\n..c\r\n"} << QByteArray("a\r\n..b\r\n...c\r\n.\r\n");
    QTest::newRow("dot inside a line is left") << Chunks {"a.b\r\n.\r"} << QByteArray("a.b\r\n..\r\n.\r\n");
    QTest::newRow("CRLF dot CRLF inside the body") << Chunks {"a\r\n.\r\nb\r\n"} << QByteArray("a\r\n..\r\nb\r\n.\r\n");
    QTest::newRow("dot after CRLF split across chunks")
        << Chunks {"a\r", "\n", ".b\r\n"} << QByteArray("a\r\n..b\r\n.\r\n");
    QTest::newRow("dot at the start of the second chunk") << Chunks {"a\r\n", ".b"} << QByteArray("a\r\n..b\r\n.\r\n");
    QTest::newRow("CR ends a chunk, LF starts the next") << Chunks {"a\r", "\nb\r\n"} << QByteArray("a\r\nb\r\n.\r\n");
    QTest::newRow("bare LF") << Chunks {"a\nb\n"} << QByteArray("a\r\nb\r\n.\r\n");
    QTest::newRow("bare LF then dot") << Chunks {"a\n.b\n"} << QByteArray("a\r\n..b\r\n.\r\n");
    QTest::newRow("lone CR") << Chunks {"a\rb\r\n"} << QByteArray("a\r\nb\r\n.\r\n");
    QTest::newRow("lone CR then dot") << Chunks {"a\r.b"} << QByteArray("a\r\n..b\r\n.\r\n");
    QTest::newRow("CR CR LF is two line ends") << Chunks {"a\r\r\nb"} << QByteArray("a\r\n\r\nb\r\n.\r\n");
    QTest::newRow("LF CR is two line ends") << Chunks {"a\n\rb"} << QByteArray("a\r\n\r\nb\r\n.\r\n");
    QTest::newRow("LF dot CRLF inside") << Chunks {"a\n.\r\nb\r\n"} << QByteArray("a\r\n..\r\nb\r\n.\r\n");
    QTest::newRow("CRLF dot LF inside") << Chunks {"a\r\n.\nb"} << QByteArray("a\r\n..\r\nb\r\n.\r\n");
    QTest::newRow("blank lines") << Chunks {"\r\n\n\r\n"} << QByteArray("\r\n\r\n\r\n.\r\n");
    QTest::newRow("message ending without CRLF") << Chunks {"abc"} << QByteArray("abc\r\n.\r\n");
    QTest::newRow("message ending with a lone CR") << Chunks {"abc\r"} << QByteArray("abc\r\n.\r\n");
    QTest::newRow("ends with a dot line, no newline") << Chunks {"a\r\n."} << QByteArray("a\r\n..\r\n.\r\n");
    QTest::newRow("NUL and 8-bit bytes pass unchanged")
        << Chunks {QByteArray("a\0\xff\r\n", 5)} << QByteArray("a\0\xff\r\n.\r\n", 8);
    QTest::newRow("a line split over many chunks")
        << Chunks {".", "x", "y\r", "\n", ".", "\r\n"} << QByteArray("..xy\r\n..\r\n.\r\n");
}

void TestDotStuffer::asGiven()
{
    QFETCH(Chunks, chunks);
    QFETCH(QByteArray, stream);
    QCOMPARE(stuff(chunks), stream);
}

void TestDotStuffer::wholeBuffer()
{
    QFETCH(Chunks, chunks);
    QFETCH(QByteArray, stream);
    QCOMPARE(stuff({joined(chunks)}), stream);
}

void TestDotStuffer::oneByteChunks()
{
    QFETCH(Chunks, chunks);
    QFETCH(QByteArray, stream);
    const QByteArray all = joined(chunks);
    Chunks bytes;
    for (qsizetype i = 0; i < all.size(); ++i)
        bytes.append(all.mid(i, 1));
    QCOMPARE(stuff(bytes), stream);
    QCOMPARE(stuff(bytes), stuff({all}));
}

void TestDotStuffer::splitAnywhere()
{
    QFETCH(Chunks, chunks);
    QFETCH(QByteArray, stream);
    const QByteArray all = joined(chunks);
    for (qsizetype at = 0; at <= all.size(); ++at) {
        const QByteArray fed = stuff({all.left(at), all.mid(at)});
        QVERIFY2(fed == stream, qPrintable(QStringLiteral("split at %1").arg(at)));
    }
}

void TestDotStuffer::atLineStart()
{
    DotStuffer stuffer;
    QVERIFY(stuffer.atLineStart());
    QCOMPARE(stuffer.feed(QByteArray("a")), QByteArray("a"));
    QVERIFY(!stuffer.atLineStart());
    QCOMPARE(stuffer.terminator(), QByteArray("\r\n.\r\n"));
    QCOMPARE(stuffer.feed(QByteArray("\r")), QByteArray("\r\n"));
    QVERIFY(stuffer.atLineStart());
    QCOMPARE(stuffer.terminator(), QByteArray(".\r\n"));
    QCOMPARE(stuffer.feed(QByteArray("\n")), QByteArray()); // the LF of that CR
    QVERIFY(stuffer.atLineStart());
}

// BDAT carries the same lines as DATA, without the dots: every row, fed whole and a byte at a time.
void TestDotStuffer::bdatMode()
{
    QFETCH(Chunks, chunks);
    QFETCH(QByteArray, stream);
    QVERIFY(stream.endsWith(".\r\n"));
    QCOMPARE(chunked(chunks), unstuffed(stream));
    const QByteArray all = joined(chunks);
    Chunks bytes;
    for (qsizetype i = 0; i < all.size(); ++i)
        bytes.append(all.mid(i, 1));
    QCOMPARE(chunked(bytes), unstuffed(stream));
}

void TestDotStuffer::bdatModeExamples()
{
    QCOMPARE(chunked({}), QByteArray());
    QCOMPARE(chunked({".\r\n.."}), QByteArray(".\r\n..\r\n"));
    QCOMPARE(chunked({"a\nb"}), QByteArray("a\r\nb\r\n"));
    QCOMPARE(chunked({"a\r\n.\r\n"}), QByteArray("a\r\n.\r\n")); // no meaning without DATA
    DotStuffer stuffer(DotStuffer::Mode::Bdat);
    QCOMPARE(stuffer.feed(QByteArray(".x")), QByteArray(".x"));
    QCOMPARE(stuffer.terminator(), QByteArray("\r\n"));
}

QTEST_GUILESS_MAIN(TestDotStuffer)
#include "TestDotStuffer.moc"

#include "mime/MessageBuilder.h"
#include "mime/RawMessage.h"

#include <QBuffer>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace Postino;

namespace {

class ChunkCountingDevice : public QIODevice
{
public:
    ChunkCountingDevice() { open(QIODevice::WriteOnly); }
    qint64 total = 0;
    qint64 largestWrite = 0;

protected:
    qint64 readData(char*, qint64) override { return -1; }
    qint64 writeData(const char*, qint64 len) override
    {
        total += len;
        largestWrite = std::max(largestWrite, len);
        return len;
    }
};

} // namespace

class TestRawMessage : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    int m_files = 0;

    QString write(const QByteArray& content)
    {
        const QString path = m_dir.filePath(QStringLiteral("m%1.eml").arg(++m_files));
        QFile f(path);
        if (!f.open(QIODevice::WriteOnly) || f.write(content) != content.size())
            qFatal("cannot write %s", qPrintable(path));
        return path;
    }

    static QByteArray transmitted(const RawMessage& msg)
    {
        QByteArray out;
        QBuffer buffer(&out);
        buffer.open(QIODevice::WriteOnly);
        const Status s = msg.writeTransmitted(&buffer);
        if (!s.ok())
            qWarning("writeTransmitted: %s", qPrintable(s.error().message()));
        return out;
    }

private slots:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    void readsAndStripsBcc_data()
    {
        QTest::addColumn<QByteArray>("message");
        QTest::addColumn<QByteArray>("expectedTransmitted");
        QTest::addColumn<QString>("sender");
        QTest::addColumn<QStringList>("recipients");
        QTest::addColumn<bool>("eightBit");

        const QByteArray crlf = "From: \"Rossi, Mario\" <mario@esempio.it>\r\n"
                                "To: bob@esempio.it,\r\n"
                                " Carla <carla@esempio.it>\r\n"
                                "Bcc: hidden@esempio.it,\r\n"
                                "\tother@esempio.it\r\n"
                                "Cc: bob@esempio.it, dan@esempio.it\r\n"
                                "Subject: =?UTF-8?Q?per=C3=B2?=\r\n"
                                "Message-ID: <id1@esempio.it>\r\n"
                                "\r\n"
                                "Bcc: this line is body text and stays\r\n"
                                ".a dot line\r\n";
        const QByteArray crlfOut = "From: \"Rossi, Mario\" <mario@esempio.it>\r\n"
                                   "To: bob@esempio.it,\r\n"
                                   " Carla <carla@esempio.it>\r\n"
                                   "Cc: bob@esempio.it, dan@esempio.it\r\n"
                                   "Subject: =?UTF-8?Q?per=C3=B2?=\r\n"
                                   "Message-ID: <id1@esempio.it>\r\n"
                                   "\r\n"
                                   "Bcc: this line is body text and stays\r\n"
                                   ".a dot line\r\n";
        const QStringList all {QStringLiteral("bob@esempio.it"), QStringLiteral("carla@esempio.it"),
                               QStringLiteral("dan@esempio.it"), QStringLiteral("hidden@esempio.it"),
                               QStringLiteral("other@esempio.it")};
        QTest::newRow("CRLF message with folded Bcc")
            << crlf << crlfOut << QStringLiteral("mario@esempio.it") << all << false;
        QByteArray lf = crlf;
        lf.replace("\r\n", "\n");
        QByteArray lfOut = crlfOut;
        lfOut.replace("\r\n", "\n");
        QTest::newRow("LF-only message") << lf << lfOut << QStringLiteral("mario@esempio.it") << all << false;
        QTest::newRow("Sender decides the envelope sender")
            << QByteArray("From: a@esempio.it\r\nSender: Segreteria <s@esempio.it>\r\nTo: b@esempio.it\r\n\r\nx\r\n")
            << QByteArray("From: a@esempio.it\r\nSender: Segreteria <s@esempio.it>\r\nTo: b@esempio.it\r\n\r\nx\r\n")
            << QStringLiteral("s@esempio.it") << QStringList {QStringLiteral("b@esempio.it")} << false;
        QTest::newRow("lower-case bcc and Resent-Bcc removed")
            << QByteArray("from: a@esempio.it\r\nbcc: h@esempio.it\r\nTo: b@esempio.it\r\nResent-Bcc: r@esempio.it\r\n"
                          "\r\nbody")
            << QByteArray("from: a@esempio.it\r\nTo: b@esempio.it\r\n\r\nbody") << QStringLiteral("a@esempio.it")
            << QStringList {QStringLiteral("b@esempio.it"), QStringLiteral("h@esempio.it")} << false;
        QTest::newRow("empty Bcc header")
            << QByteArray("From: a@esempio.it\nTo: b@esempio.it\nBcc:\n\nbody\n")
            << QByteArray("From: a@esempio.it\nTo: b@esempio.it\n\nbody\n") << QStringLiteral("a@esempio.it")
            << QStringList {QStringLiteral("b@esempio.it")} << false;
        QTest::newRow("headers only, no body")
            << QByteArray("From: a@esempio.it\r\nTo: b@esempio.it\r\nBcc: c@e.it\r\n")
            << QByteArray("From: a@esempio.it\r\nTo: b@esempio.it\r\n") << QStringLiteral("a@esempio.it")
            << QStringList {QStringLiteral("b@esempio.it"), QStringLiteral("c@e.it")} << false;
        QTest::newRow("8bit body and utf8 headers")
            << QByteArray("From: Zo\xc3\xab <zoe@citt\xc3\xa0.it>\r\nTo: b@esempio.it\r\n\r\nper\xc3\xb2\r\n")
            << QByteArray("From: Zo\xc3\xab <zoe@citt\xc3\xa0.it>\r\nTo: b@esempio.it\r\n\r\nper\xc3\xb2\r\n")
            << QStringLiteral("zoe@città.it") << QStringList {QStringLiteral("b@esempio.it")} << true;
        QTest::newRow("obsolete space before colon")
            << QByteArray("From : a@esempio.it\r\nTo: b@esempio.it\r\nBcc : c@esempio.it\r\n\r\nx")
            << QByteArray("From : a@esempio.it\r\nTo: b@esempio.it\r\n\r\nx") << QStringLiteral("a@esempio.it")
            << QStringList {QStringLiteral("b@esempio.it"), QStringLiteral("c@esempio.it")} << false;
        QTest::newRow("byte order mark skipped")
            << QByteArray("\xEF\xBB\xBF"
                          "From: a@esempio.it\r\nTo: b@esempio.it\r\n\r\nx")
            << QByteArray("From: a@esempio.it\r\nTo: b@esempio.it\r\n\r\nx") << QStringLiteral("a@esempio.it")
            << QStringList {QStringLiteral("b@esempio.it")} << false;
        QTest::newRow("group syntax in To")
            << QByteArray("From: a@esempio.it\r\nTo: Undisclosed recipients:;\r\nBcc: h@esempio.it\r\n\r\nx")
            << QByteArray("From: a@esempio.it\r\nTo: Undisclosed recipients:;\r\n\r\nx")
            << QStringLiteral("a@esempio.it") << QStringList {QStringLiteral("h@esempio.it")} << false;
    }

    void readsAndStripsBcc()
    {
        QFETCH(QByteArray, message);
        QFETCH(QByteArray, expectedTransmitted);
        QFETCH(QString, sender);
        QFETCH(QStringList, recipients);
        QFETCH(bool, eightBit);
        const Result<RawMessage> msg = RawMessage::open(write(message));
        QVERIFY2(msg.ok(), qPrintable(msg.error().message()));
        const Envelope env = msg.value().envelope();
        QCOMPARE(env.sender, sender);
        QStringList got = env.recipients;
        got.sort();
        QCOMPARE(got, recipients);
        QCOMPARE(env.body == Envelope::Body::EightBitMime, eightBit);
        const QByteArray out = transmitted(msg.value());
        QCOMPARE(out, expectedTransmitted);
        QCOMPARE(msg.value().transmittedSize(), out.size());
        QCOMPARE(msg.value().fileSize(), message.size());
        QVERIFY(msg.value().defaultEnvelope().ok());
    }

    void headerValues()
    {
        const auto msg = RawMessage::open(write("From: \"Rossi, Mario\" <mario@esempio.it>\r\n"
                                                "Subject: =?UTF-8?Q?per=C3=B2?=\r\n"
                                                " =?UTF-8?Q?_s=C3=AC?=\r\n"
                                                "To: b@esempio.it\r\n"
                                                "Message-ID: <id1@esempio.it>\r\n\r\nbody\r\n"));
        QVERIFY2(msg.ok(), qPrintable(msg.error().message()));
        QCOMPARE(msg.value().subject(), QStringLiteral("però sì"));
        QCOMPARE(msg.value().messageId(), QByteArray("<id1@esempio.it>"));
        QCOMPARE(msg.value().from().size(), 1);
        QCOMPARE(msg.value().from().first().displayName(), QStringLiteral("Rossi, Mario"));
        QCOMPARE(msg.value().headerValue("to"), QByteArray("b@esempio.it"));
        QVERIFY(msg.value().headerValue("X-Missing").isNull());
    }

    void refused_data()
    {
        QTest::addColumn<QByteArray>("content");
        QTest::addColumn<int>("kind");
        QTest::addColumn<QString>("messagePart");
        const int data = int(ErrorKind::DataError);
        QTest::newRow("empty file") << QByteArray() << data << QStringLiteral("empty");
        QTest::newRow("binary file") << QByteArray("\x7f"
                                                   "ELF\x02\x01\x01\0\0\0",
                                                   10)
                                     << data << QStringLiteral("line 1");
        QTest::newRow("NUL in a header") << QByteArray("From: a@b.it\r\nX: a\0b\r\n\r\n", 23) << data
                                         << QStringLiteral("NUL");
        QTest::newRow("text that is not a message")
            << QByteArray("Hello there,\nthis is a letter.\n") << data << QStringLiteral("not a header line");
        QTest::newRow("continuation before any header")
            << QByteArray(" folded: x\r\nFrom: a@b.it\r\n\r\n") << data << QStringLiteral("starts with a space");
        QTest::newRow("mbox From_ line") << QByteArray(
            "From mario@esempio.it Sun Nov 22 10:00:00 2026\nFrom: a@b.it\n\n")
                                         << data << QStringLiteral("mbox");
        QTest::newRow("invalid address in To")
            << QByteArray("From: a@esempio.it\r\nTo: bob at esempio\r\n\r\nx") << data << QStringLiteral("To header");
        QTest::newRow("header block over 1 MiB") << QByteArray("From: a@esempio.it\r\nX-Long: x\r\n")
                + QByteArray(" ").append(QByteArray(1000, 'y')).append("\r\n").repeated(1100)
                + QByteArray("\r\nbody") << data << QStringLiteral("larger than 1024 KiB");
    }

    void refused()
    {
        QFETCH(QByteArray, content);
        QFETCH(int, kind);
        QFETCH(QString, messagePart);
        const auto msg = RawMessage::open(write(content));
        QVERIFY(!msg.ok());
        QCOMPARE(int(msg.error().kind()), kind);
        QVERIFY2(msg.error().message().contains(messagePart), qPrintable(msg.error().message()));
    }

    void missingFileIsNoInput()
    {
        const auto msg = RawMessage::open(m_dir.filePath(QStringLiteral("nope.eml")));
        QVERIFY(!msg.ok());
        QCOMPARE(msg.error().kind(), ErrorKind::NoInput);
        QVERIFY(msg.error().message().contains(QLatin1String("nope.eml")));
    }

    void folderIsDataError()
    {
        const auto msg = RawMessage::open(m_dir.path());
        QVERIFY(!msg.ok());
        QCOMPARE(msg.error().kind(), ErrorKind::DataError);
    }

    void defaultEnvelopeSaysWhatIsMissing_data()
    {
        QTest::addColumn<QByteArray>("content");
        QTest::addColumn<QString>("messagePart");
        QTest::newRow("no From") << QByteArray("To: b@esempio.it\r\n\r\nx") << QStringLiteral("no From or Sender");
        QTest::newRow("no recipients") << QByteArray("From: a@esempio.it\r\nSubject: x\r\n\r\nx")
                                       << QStringLiteral("no recipients");
    }

    void defaultEnvelopeSaysWhatIsMissing()
    {
        QFETCH(QByteArray, content);
        QFETCH(QString, messagePart);
        const auto msg = RawMessage::open(write(content));
        QVERIFY2(msg.ok(), qPrintable(msg.error().message()));
        const auto env = msg.value().defaultEnvelope();
        QVERIFY(!env.ok());
        QCOMPARE(env.error().kind(), ErrorKind::DataError);
        QVERIFY2(env.error().message().contains(messagePart), qPrintable(env.error().message()));
    }

    void bodyIsStreamed()
    {
        QByteArray content = "From: a@esempio.it\r\nTo: b@esempio.it\r\nBcc: c@esempio.it\r\n\r\n";
        const QByteArray line = QByteArray(76, 'z') + "\r\n";
        content += line.repeated(5 * 1024 * 1024 / line.size());
        const auto msg = RawMessage::open(write(content));
        QVERIFY2(msg.ok(), qPrintable(msg.error().message()));
        ChunkCountingDevice out;
        QVERIFY(msg.value().writeTransmitted(&out).ok());
        QCOMPARE(out.total, content.size() - qsizetype(sizeof("Bcc: c@esempio.it\r\n")) + 1);
        QVERIFY(out.largestWrite <= 64 * 1024);
    }

    void fileChangedAfterOpenIsRefused()
    {
        const QString path = write("From: a@esempio.it\r\nTo: b@esempio.it\r\n\r\nbody\r\n");
        const auto msg = RawMessage::open(path);
        QVERIFY(msg.ok());
        {
            QFile f(path);
            QVERIFY(f.open(QIODevice::Append));
            f.write("more\r\n");
        }
        QByteArray out;
        QBuffer buffer(&out);
        buffer.open(QIODevice::WriteOnly);
        const Status s = msg.value().writeTransmitted(&buffer);
        QCOMPARE(s.error().kind(), ErrorKind::DataError);
        QVERIFY(s.error().message().contains(QLatin1String("changed")));
    }

    void builtMessageReadsBack()
    {
        // What MessageBuilder writes, RawMessage reads: same sender, To + Cc (Bcc was never in the headers).
        MessageBuilder b;
        b.setFrom(Address::parse(QStringLiteral("\"Rossi, Mario\" <mario@città.it>")).value());
        b.setTo(Address::parseList(QStringLiteral("Zoë <zoe@esempio.it>, bob@esempio.it")).value());
        b.setCc(Address::parseList(QStringLiteral("\"Carla, C.\" <carla@esempio.it>")).value());
        b.setBcc(Address::parseList(QStringLiteral("hidden@esempio.it")).value());
        b.setSubject(QStringLiteral("Fattura però 🎉"));
        b.setTextBody(QStringLiteral("ciao"));
        const QByteArray raw = b.toByteArray().value();
        const auto msg = RawMessage::open(write(raw));
        QVERIFY2(msg.ok(), qPrintable(msg.error().message()));
        QCOMPARE(msg.value().subject(), QStringLiteral("Fattura però 🎉"));
        QCOMPARE(msg.value().messageId(), b.messageId());
        const Envelope env = msg.value().envelope();
        QCOMPARE(env.sender, QStringLiteral("mario@xn--citt-3na.it"));
        QCOMPARE(env.recipients,
                 (QStringList {QStringLiteral("zoe@esempio.it"), QStringLiteral("bob@esempio.it"),
                               QStringLiteral("carla@esempio.it")}));
        QCOMPARE(msg.value().to().first().displayName(), QStringLiteral("Zoë"));
        QCOMPARE(msg.value().cc().first().displayName(), QStringLiteral("Carla, C."));
        QCOMPARE(transmitted(msg.value()), raw);
    }
};

QTEST_GUILESS_MAIN(TestRawMessage)
#include "TestRawMessage.moc"

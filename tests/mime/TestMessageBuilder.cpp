#include "MockClock.h"
#include "mime/HtmlToText.h"
#include "mime/MessageBuilder.h"

#include <QBuffer>
#include <QCryptographicHash>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QProcess>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTemporaryFile>
#include <QTest>

using namespace Postino;

namespace {

QList<Address> list(const QString& text)
{
    const auto parsed = Address::parseList(text);
    if (!parsed.ok())
        qFatal("test address list does not parse: %s", qPrintable(parsed.error().message()));
    return parsed.value();
}

Address one(const QString& text)
{
    const auto parsed = Address::parse(text);
    if (!parsed.ok())
        qFatal("test address does not parse: %s", qPrintable(parsed.error().message()));
    return parsed.value();
}

QString normalised(QString text)
{
    text.replace(QLatin1String("\r\n"), QLatin1String("\n"));
    text.replace(QLatin1Char('\r'), QLatin1Char('\n'));
    return text;
}

QByteArray pseudoRandomBytes(qint64 size, quint32 seed)
{
    QRandomGenerator gen(seed);
    QByteArray data(size, Qt::Uninitialized);
    for (qint64 i = 0; i < size; ++i)
        data[i] = static_cast<char>(gen.generate() & 0xff);
    return data;
}

// Every line of the raw message, without its CRLF; fails on a bare CR or LF.
bool linesWithin998(const QByteArray& raw, QString* why)
{
    qsizetype start = 0;
    while (start < raw.size()) {
        const qsizetype lf = raw.indexOf('\n', start);
        const qsizetype end = lf < 0 ? raw.size() : lf;
        if (lf >= 0 && (lf == 0 || raw.at(lf - 1) != '\r')) {
            *why = QStringLiteral("bare LF at %1").arg(lf);
            return false;
        }
        const qsizetype length = end - start - (lf >= 0 ? 1 : 0);
        if (length > 998) {
            *why = QStringLiteral("line of %1 octets at %2").arg(length).arg(start);
            return false;
        }
        if (raw.mid(start, length).contains('\r')) {
            *why = QStringLiteral("bare CR in line at %1").arg(start);
            return false;
        }
        start = end + 1;
    }
    return true;
}

// A device that keeps only a count, the largest single write, and fails after a limit when asked.
class CountingDevice : public QIODevice
{
public:
    explicit CountingDevice(qint64 failAfter = -1)
        : m_failAfter(failAfter)
    {
        open(QIODevice::WriteOnly);
    }
    qint64 total = 0;
    qint64 largestWrite = 0;
    QCryptographicHash hash {QCryptographicHash::Sha256};

protected:
    qint64 readData(char*, qint64) override { return -1; }
    qint64 writeData(const char* data, qint64 len) override
    {
        if (m_failAfter >= 0 && total + len > m_failAfter) {
            setErrorString(QStringLiteral("No space left on device"));
            return -1;
        }
        total += len;
        largestWrite = std::max(largestWrite, len);
        hash.addData(QByteArrayView(data, len));
        return len;
    }

private:
    qint64 m_failAfter;
};

} // namespace

class TestMessageBuilder : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;

    QString makeFile(const QString& name, const QByteArray& content)
    {
        const QString path = m_dir.filePath(name);
        QFile f(path);
        if (!f.open(QIODevice::WriteOnly) || f.write(content) != content.size())
            qFatal("cannot write test file %s", qPrintable(path));
        return path;
    }

    QJsonObject pythonSummary(const QByteArray& message)
    {
        // POSTINO_MIME_DUMP_DIR=/some/dir keeps each built message there for a person to read.
        if (const QString dump = qEnvironmentVariable("POSTINO_MIME_DUMP_DIR"); !dump.isEmpty()) {
            QFile out(dump + QLatin1Char('/') + QString::fromUtf8(QTest::currentDataTag()) + QStringLiteral(".eml"));
            if (out.open(QIODevice::WriteOnly))
                out.write(message);
        }
        QTemporaryFile file(m_dir.filePath(QStringLiteral("msg-XXXXXX.eml")));
        if (!file.open() || file.write(message) != message.size())
            qFatal("cannot write the message for Python");
        file.close();
        const QString python = qEnvironmentVariable("SYSTEM_PYTHON", QStringLiteral("/usr/bin/python3"));
        const QString script = qEnvironmentVariable("POSTINO_SOURCE_DIR", QStringLiteral(QT_TESTCASE_SOURCEDIR "/.."))
            + QStringLiteral("/tests/mime/check_message.py");
        QProcess process;
        process.start(python, {script, file.fileName()});
        if (!process.waitForFinished(30000)) {
            process.kill();
            process.waitForFinished(5000);
            qWarning("check_message.py did not finish: %s", qPrintable(process.errorString()));
            return {};
        }
        if (process.exitCode() != 0) {
            qWarning("check_message.py failed: %s", process.readAllStandardError().constData());
            return {};
        }
        QJsonParseError error;
        const QJsonDocument doc = QJsonDocument::fromJson(process.readAllStandardOutput(), &error);
        if (error.error != QJsonParseError::NoError)
            qWarning("check_message.py printed no JSON: %s", qPrintable(error.errorString()));
        return doc.object();
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QVERIFY2(QFile::exists(qEnvironmentVariable("SYSTEM_PYTHON", QStringLiteral("/usr/bin/python3"))),
                 "the independent check needs /usr/bin/python3");
    }

    // The message as Python's email package reads it, against what was asked.
    void pythonReadsWhatWasBuilt_data()
    {
        QTest::addColumn<QString>("from");
        QTest::addColumn<QString>("to");
        QTest::addColumn<QString>("cc");
        QTest::addColumn<QString>("bcc");
        QTest::addColumn<QString>("subject");
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("html");
        QTest::addColumn<QStringList>("attachments"); // "file name|size"
        QTest::addColumn<bool>("allow8Bit");
        QTest::addColumn<bool>("utf8Headers");
        QTest::addColumn<QString>("structure");
        QTest::addColumn<QString>("plainText"); // expected text/plain content; null: the text, normalised
        QTest::addColumn<QStringList>("encodings"); // Content-Transfer-Encoding of each leaf part

        const QString from = QStringLiteral("Ada Lovelace <ada@esempio.it>");
        const QString to = QStringLiteral("bob@esempio.it");
        const QStringList none;

        QTest::newRow("plain ascii message")
            << from << to << QString() << QString() << QStringLiteral("Hello") << QStringLiteral("Hi Bob,\nall good.\n")
            << QString() << none << false << false << QStringLiteral("text/plain") << QString()
            << QStringList {QStringLiteral("7bit")};
        QTest::newRow("utf8 subject and display names with commas, quotes, accents, emoji")
            << QStringLiteral("\"Rossi, Mario\" <mario@esempio.it>")
            << QStringLiteral("\"Zoë \\\"Ziggy\\\" Bianchi, Jr.\" <zoe@città.it>, =?UTF-8?B?8J+agCBSb2NrZXQ=?= "
                              "<r@esempio.it>")
            << QStringLiteral("\"Niccolò; Però: (ufficio)\" <n@esempio.it>") << QString()
            << QStringLiteral("Fattura n. 12 — però pagata 🎉, grazie! \"Subito\" =?not-a-word?=")
            << QStringLiteral("Caffè?") << QString() << none << false << false << QStringLiteral("text/plain")
            << QString() << QStringList {QStringLiteral("quoted-printable")};
        QTest::newRow("long subject folds and round-trips")
            << from << to << QString() << QString()
            << QString(QStringLiteral("Una riunione molto importante però lunga 🚀 ")).repeated(12).trimmed()
            << QStringLiteral("x") << QString() << none << false << false << QStringLiteral("text/plain") << QString()
            << QStringList {QStringLiteral("7bit")};
        QTest::newRow("1200 character line comes out quoted-printable")
            << from << to << QString() << QString() << QStringLiteral("long")
            << QString(1200, QLatin1Char('a')) + QStringLiteral("\nshort\n") << QString() << none << false << false
            << QStringLiteral("text/plain") << QString() << QStringList {QStringLiteral("quoted-printable")};
        QTest::newRow("1200 character unicode line stays quoted-printable with 8bit allowed")
            << from << to << QString() << QString() << QStringLiteral("long")
            << QString(1200, QChar(0xe8)) + QStringLiteral("\n") << QString() << none << true << false
            << QStringLiteral("text/plain") << QString() << QStringList {QStringLiteral("quoted-printable")};
        QTest::newRow("dots and odd line endings")
            << from << to << QString() << QString() << QStringLiteral("dots")
            << QStringLiteral(".first\n.\r\nsecond\r\n.\nthird\rfourth\n..double\r\r\nend.") << QString() << none
            << false << false << QStringLiteral("text/plain") << QString() << QStringList {QStringLiteral("7bit")};
        QTest::newRow("trailing spaces and tabs survive quoted-printable")
            << from << to << QString() << QString() << QStringLiteral("spaces")
            << QStringLiteral("però   \nTab\t\n=3D literal\n") << QString() << none << false << false
            << QStringLiteral("text/plain") << QString() << QStringList {QStringLiteral("quoted-printable")};
        QTest::newRow("unicode text as 8bit when allowed")
            << from << to << QString() << QString() << QStringLiteral("8bit")
            << QStringLiteral("Però è così 🚀\n.\nfine") << QString() << none << true << false
            << QStringLiteral("text/plain") << QString() << QStringList {QStringLiteral("8bit")};
        QTest::newRow("html only derives the plain alternative")
            << from << to << QString() << QString() << QStringLiteral("html") << QString()
            << QStringLiteral("<html><head><title>t</title><style>p{}</style></head><body><p>Ciao "
                              "<b>Zoë</b></p><p>Riga&nbsp;due &amp; tre<br>quattro</p></body></html>")
            << none << false << false << QStringLiteral("multipart/alternative(text/plain,text/html)")
            << QStringLiteral("Ciao Zoë\n\nRiga due & tre\nquattro")
            << QStringList {QStringLiteral("quoted-printable"), QStringLiteral("quoted-printable")};
        QTest::newRow("text, html and attachments with non-ascii and long names")
            << from << to << QStringLiteral("carla@esempio.it") << QStringLiteral("segreto@esempio.it")
            << QStringLiteral("Documenti") << QStringLiteral("Ecco i file.\n") << QStringLiteral("<p>Ecco i file.</p>")
            << QStringList {QStringLiteral("fattura però €.pdf|100000"),
                            QString(196, QChar(0xe8)) + QStringLiteral(".txt|57"),
                            QStringLiteral("empty.bin|0"),
                            QStringLiteral("exact lines.bin|5700"),
                            QStringLiteral("one more.bin|5701"),
                            QStringLiteral("quote \"and\" semicolon;.zip|10")}
            << false << false
            << QStringLiteral("multipart/mixed(multipart/alternative(text/plain,text/html),application/pdf,text/"
                              "plain,application/octet-stream,application/octet-stream,application/octet-stream,"
                              "application/zip)")
            << QString() << QStringList {QStringLiteral("7bit"),   QStringLiteral("7bit"),   QStringLiteral("base64"),
                                         QStringLiteral("base64"), QStringLiteral("base64"), QStringLiteral("base64"),
                                         QStringLiteral("base64"), QStringLiteral("base64")};
        QTest::newRow("attachment only, no text")
            << from << to << QString() << QString() << QStringLiteral("scan") << QString() << QString()
            << QStringList {QStringLiteral("scan.pdf|3000")} << false << false
            << QStringLiteral("multipart/mixed(application/pdf)") << QString()
            << QStringList {QStringLiteral("base64")};
        QTest::newRow("bcc only: undisclosed recipients, bcc in no header")
            << from << QString() << QString() << QStringLiteral("hidden@esempio.it, other@esempio.it")
            << QStringLiteral("bcc") << QStringLiteral("secret") << QString() << none << false << false
            << QStringLiteral("text/plain") << QString() << QStringList {QStringLiteral("7bit")};
        QTest::newRow("utf8 headers for SMTPUTF8")
            << QStringLiteral("Zoë <zoë@città.it>") << QStringLiteral("\"Però, Niccolò\" <niccolò@esempio.it>")
            << QString() << QString() << QStringLiteral("Però 🎉") << QStringLiteral("ciao") << QString() << none << true
            << true << QStringLiteral("text/plain") << QString() << QStringList {QStringLiteral("7bit")};
        QTest::newRow("boundary-like strings in the text")
            << from << to << QString() << QString() << QStringLiteral("boundaries")
            << QStringLiteral("--=_Postino_\n--=_Postino_0123456789abcdef01234567--\n=_\n--\n")
            << QStringLiteral("<pre>--=_Postino_</pre>") << QStringList {QStringLiteral("a.bin|10")} << false << false
            << QStringLiteral("multipart/mixed(multipart/alternative(text/plain,text/html),application/octet-stream)")
            << QString() << QStringList {QStringLiteral("7bit"), QStringLiteral("7bit"), QStringLiteral("base64")};
    }

    void pythonReadsWhatWasBuilt()
    {
        QFETCH(QString, from);
        QFETCH(QString, to);
        QFETCH(QString, cc);
        QFETCH(QString, bcc);
        QFETCH(QString, subject);
        QFETCH(QString, text);
        QFETCH(QString, html);
        QFETCH(QStringList, attachments);
        QFETCH(bool, allow8Bit);
        QFETCH(bool, utf8Headers);
        QFETCH(QString, structure);
        QFETCH(QString, plainText);
        QFETCH(QStringList, encodings);

        MessageBuilder b;
        b.setFrom(one(from));
        b.setTo(list(to));
        b.setCc(list(cc));
        b.setBcc(list(bcc));
        b.setSubject(subject);
        b.setTextBody(text);
        b.setHtmlBody(html);
        b.setAllow8Bit(allow8Bit);
        b.setUtf8Headers(utf8Headers);
        QList<QByteArray> contents;
        QStringList names;
        for (const QString& spec : attachments) {
            const QString name = spec.section(QLatin1Char('|'), 0, 0);
            const qint64 size = spec.section(QLatin1Char('|'), 1).toLongLong();
            contents.append(pseudoRandomBytes(size, static_cast<quint32>(contents.size() + 1)));
            names.append(name);
            const QString path = makeFile(QStringLiteral("att%1").arg(contents.size()), contents.last());
            QVERIFY(b.addAttachment(path, name).ok());
        }
        const Result<QByteArray> built = b.toByteArray();
        QVERIFY2(built.ok(), qPrintable(built.error().message()));
        const QByteArray raw = built.value();
        QString why;
        QVERIFY2(linesWithin998(raw, &why), qPrintable(why));
        QCOMPARE(b.estimatedSize(), raw.size());

        const QJsonObject py = pythonSummary(raw);
        QVERIFY(!py.isEmpty());
        // Header defects: Python flags any non-ASCII local part, which RFC 6532 allows with UTF-8 headers, and
        // any encoded-word in a quoted parameter, which is exactly the old readers' name="=?UTF-8?...?=" (the
        // RFC 2231 filename*= beside it is what Python itself reads). Nothing else may be flagged.
        const auto headerDefects = [utf8Headers](QJsonArray found) {
            for (qsizetype i = found.size() - 1; i >= 0; --i) {
                const QString d = found.at(i).toString();
                const bool utf8LocalPart = utf8Headers && d.contains(QLatin1String(": NonASCIILocalPartDefect"));
                const bool legacyName = d.startsWith(QLatin1String("Content-Type: InvalidHeaderDefect"))
                    && (d.endsWith(QLatin1String("encoded word inside quoted string"))
                        || d.endsWith(QLatin1String("missing trailing whitespace after encoded-word")));
                if (utf8LocalPart || legacyName)
                    found.removeAt(i);
            }
            return found;
        };
        QCOMPARE(py.value(QLatin1String("defects")).toArray(), QJsonArray());
        QCOMPARE(headerDefects(py.value(QLatin1String("header_defects")).toArray()), QJsonArray());
        const QJsonObject rawInfo = py.value(QLatin1String("raw")).toObject();
        QVERIFY(rawInfo.value(QLatin1String("max_line")).toInt() <= 998);
        QVERIFY(!rawInfo.value(QLatin1String("bare_lf")).toBool());
        QVERIFY(!rawInfo.value(QLatin1String("bare_cr")).toBool());
        QVERIFY(rawInfo.value(QLatin1String("ends_with_crlf")).toBool());
        QCOMPARE(rawInfo.value(QLatin1String("non_ascii_header_bytes")).toBool(), utf8Headers);
        QCOMPARE(py.value(QLatin1String("mime_version")).toString(), QStringLiteral("1.0"));
        QCOMPARE(py.value(QLatin1String("subject")).toString(), subject);
        QCOMPARE(py.value(QLatin1String("message_id")).toString(), QString::fromLatin1(b.messageId()));
        QVERIFY(!py.value(QLatin1String("bcc_present")).toBool());
        QVERIFY(!raw.contains("\r\nBcc:"));
        for (const Address& hidden : b.bcc())
            QVERIFY2(!raw.contains(hidden.addrSpec().toUtf8()), qPrintable(hidden.addrSpec()));

        const auto compareAddresses = [&](const char* field, const QList<Address>& expected) {
            const QJsonValue value = py.value(QLatin1String(field));
            if (expected.isEmpty())
                return value.isNull() || value.toArray().isEmpty()
                    || (QLatin1String(field) == QLatin1String("to") && value.toArray().isEmpty());
            const QJsonArray got = value.toArray();
            if (got.size() != expected.size()) {
                qWarning("%s: %lld addresses, expected %lld", field, static_cast<long long>(got.size()),
                         static_cast<long long>(expected.size()));
                return false;
            }
            for (qsizetype i = 0; i < got.size(); ++i) {
                const QJsonObject a = got.at(i).toObject();
                const Address& e = expected.at(i);
                const QString domain = utf8Headers ? e.domain() : e.asciiDomain();
                if (a.value(QLatin1String("name")).toString() != e.displayName()
                    || a.value(QLatin1String("local")).toString() != e.localPart()
                    || a.value(QLatin1String("domain")).toString() != domain) {
                    qWarning("%s[%lld]: got %s", field, static_cast<long long>(i),
                             QJsonDocument(a).toJson(QJsonDocument::Compact).constData());
                    return false;
                }
            }
            return true;
        };
        QVERIFY(compareAddresses("from", {b.from()}));
        QVERIFY(compareAddresses("cc", b.cc()));
        if (b.to().isEmpty() && b.cc().isEmpty())
            QVERIFY(raw.contains("\r\nTo: undisclosed-recipients:;\r\n"));
        else
            QVERIFY(compareAddresses("to", b.to()));

        QCOMPARE(py.value(QLatin1String("structure")).toString(), structure);
        const QJsonArray parts = py.value(QLatin1String("parts")).toArray();
        QCOMPARE(parts.size(), encodings.size());
        qsizetype attachmentIndex = 0;
        for (qsizetype i = 0; i < parts.size(); ++i) {
            const QJsonObject part = parts.at(i).toObject();
            QCOMPARE(part.value(QLatin1String("defects")).toArray(), QJsonArray());
            QCOMPARE(headerDefects(part.value(QLatin1String("header_defects")).toArray()), QJsonArray());
            QCOMPARE(part.value(QLatin1String("cte")).toString(), encodings.at(i));
            const QString type = part.value(QLatin1String("content_type")).toString();
            if (part.value(QLatin1String("disposition")).toString() == QLatin1String("attachment")) {
                QCOMPARE(part.value(QLatin1String("filename")).toString(), names.at(attachmentIndex));
                // Python keeps the folding space between encoded-words inside quotes.
                QCOMPARE(part.value(QLatin1String("name_param")).toString().remove(QLatin1Char(' ')),
                         QString(names.at(attachmentIndex)).remove(QLatin1Char(' ')));
                const QByteArray& content = contents.at(attachmentIndex);
                QCOMPARE(part.value(QLatin1String("size")).toInteger(), content.size());
                QCOMPARE(part.value(QLatin1String("sha256")).toString().toLatin1(),
                         QCryptographicHash::hash(content, QCryptographicHash::Sha256).toHex());
                ++attachmentIndex;
                continue;
            }
            QCOMPARE(part.value(QLatin1String("charset")).toString(), QStringLiteral("utf-8"));
            QString got = normalised(part.value(QLatin1String("text")).toString());
            if (type == QLatin1String("text/plain")) {
                const QString expected = plainText.isNull() ? normalised(text) : plainText;
                // A single-part message ends with a line break.
                if (got != expected && got == expected + QLatin1Char('\n'))
                    got.chop(1);
                QCOMPARE(got, expected);
            } else {
                QCOMPARE(type, QStringLiteral("text/html"));
                QCOMPARE(got, normalised(html));
            }
        }
        QCOMPARE(attachmentIndex, attachments.size());

        // Bcc recipients are in the envelope.
        const Envelope env = b.envelope();
        QCOMPARE(env.sender, b.from().addrSpec());
        for (const Address& hidden : b.bcc())
            QVERIFY(env.recipients.contains(hidden.addrSpec()));
        QCOMPARE(env.recipients.size(), b.to().size() + b.cc().size() + b.bcc().size());
        const bool eightBit = encodings.contains(QStringLiteral("8bit")) || utf8Headers;
        QCOMPARE(env.body == Envelope::Body::EightBitMime, eightBit);
    }

    void pythonReadsSenderReplyToAndLongNames()
    {
        MessageBuilder b;
        b.setFrom(one(QStringLiteral("\"Rossi, Mario\" <mario@esempio.it>")));
        b.setSender(one(QStringLiteral("Segreteria Però <segreteria@esempio.it>")));
        b.setReplyTo(list(QStringLiteral("\"Ufficio; vendite\" <vendite@esempio.it>, zoe@città.it")));
        b.setTo(list(QStringLiteral("bob@esempio.it")));
        b.setSubject(QString(1500, QLatin1Char('s')));
        const QString longAscii = QString(2000, QLatin1Char('n')) + QStringLiteral(".txt");
        b.addAttachmentData("hello", longAscii, "text/plain");
        QVERIFY(b.addHeader(QStringLiteral("References"), QStringLiteral("<a@esempio.it> ").repeated(100)).ok());
        const QByteArray raw = b.toByteArray().value();
        QString why;
        QVERIFY2(linesWithin998(raw, &why), qPrintable(why));
        const QJsonObject py = pythonSummary(raw);
        QCOMPARE(py.value(QLatin1String("defects")).toArray(), QJsonArray());
        QCOMPARE(py.value(QLatin1String("subject")).toString(), b.subject());
        const QJsonArray sender = py.value(QLatin1String("sender")).toArray();
        QCOMPARE(sender.size(), 1);
        QCOMPARE(sender.at(0).toObject().value(QLatin1String("name")).toString(), QStringLiteral("Segreteria Però"));
        const QJsonArray replyTo = py.value(QLatin1String("reply_to")).toArray();
        QCOMPARE(replyTo.size(), 2);
        QCOMPARE(replyTo.at(0).toObject().value(QLatin1String("name")).toString(), QStringLiteral("Ufficio; vendite"));
        QCOMPARE(replyTo.at(1).toObject().value(QLatin1String("spec")).toString(),
                 QStringLiteral("zoe@xn--citt-3na.it"));
        const QJsonArray parts = py.value(QLatin1String("parts")).toArray();
        QCOMPARE(parts.size(), 1); // no text: the attachment alone in multipart/mixed
        QCOMPARE(parts.at(0).toObject().value(QLatin1String("filename")).toString(), longAscii);
    }

    // RFC 2369 / 8058: a long unsubscribe URL is written as it is and folded only between the <URL>s, never
    // turned into an encoded-word; a non-ASCII one is refused (it must be percent-encoded).
    void listUnsubscribeIsWrittenVerbatim()
    {
        MessageBuilder b;
        b.setFrom(one(QStringLiteral("negozio@esempio.it")));
        b.setTo(list(QStringLiteral("bob@esempio.it")));
        b.setSubject(QStringLiteral("Offerte"));
        const QString url =
            QStringLiteral("https://esempio.it/disiscrivi?e=bob%40esempio.it&t=") + QString(120, QLatin1Char('x'));
        const QString value = QStringLiteral("<mailto:esci@esempio.it?subject=unsubscribe>, <%1>").arg(url);
        QVERIFY(b.addHeader(QStringLiteral("List-Unsubscribe"), value).ok());
        QVERIFY(
            b.addHeader(QStringLiteral("List-Unsubscribe-Post"), QStringLiteral("List-Unsubscribe=One-Click")).ok());
        const QByteArray raw = b.toByteArray().value();
        const QByteArray expected = QByteArray("List-Unsubscribe: <mailto:esci@esempio.it?subject=unsubscribe>,\r\n <")
            + url.toLatin1() + QByteArray(">\r\n");
        QVERIFY2(raw.contains(expected), raw.constData());
        QVERIFY(raw.contains("\r\nList-Unsubscribe-Post: List-Unsubscribe=One-Click\r\n"));
        QVERIFY(!raw.contains("=?"));
        const Status refused =
            b.addHeader(QStringLiteral("List-Unsubscribe"), QStringLiteral("<https://esempio.it/città>"));
        QCOMPARE(refused.error().kind(), ErrorKind::DataError);
        QVERIFY(refused.error().message().contains(QLatin1String("percent-encode")));
    }

    // A verbatim header is folded only at white space: a URL too long for one line is refused, not written as
    // a line over 998 octets (found by fuzz_campaign_template). The longest that fits is taken.
    void verbatimHeaderWithAWordLongerThanALineIsRefused()
    {
        const QString name = QStringLiteral("List-Unsubscribe");
        const auto url = [](qsizetype length) {
            QString text = QStringLiteral("<https://e.it/");
            text.append(QString(length - 15, u'a')); // length characters in all
            text.append(u'>');
            return text;
        };
        MessageBuilder b;
        b.setFrom(one(QStringLiteral("ada@example.org")));
        b.setTo(list(QStringLiteral("bob@example.org")));
        const Status tooLong = b.addHeader(name, url(998 - name.size() - 2 + 1));
        QCOMPARE(tooLong.error().kind(), ErrorKind::DataError);
        QVERIFY2(tooLong.error().message().contains(QLatin1String("shorter")), qPrintable(tooLong.error().message()));
        // On a continuation line the word has the whole line but its one space.
        const QString mailto = QStringLiteral("<mailto:u@e.it>, ");
        const Status second = b.addHeader(name, mailto + url(998));
        QCOMPARE(second.error().kind(), ErrorKind::DataError);
        QVERIFY(b.addHeader(name, mailto + url(997)).ok());
        QVERIFY(b.addHeader(QStringLiteral("List-Help"), url(998 - 9 - 2)).ok());
        const Result<QByteArray> raw = b.toByteArray();
        QVERIFY(raw.ok());
        for (const QByteArray& line : raw.value().split('\n'))
            QVERIFY2(line.size() <= 999, line.left(80).constData()); // 998 and the CR
    }

    void boundaryNeverOccursInContent_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<bool>("allow8Bit");
        QTest::newRow("text made of boundary prefixes")
            << QStringLiteral("--=_Postino_\r\n--=_Postino_--\r\n=_Postino_abc\r\n") << false;
        QTest::newRow("8bit text with boundary prefixes")
            << QStringLiteral("è --=_Postino_ è\n--=_Postino_ffffffffffffffffffffffff--\n") << true;
    }

    void boundaryNeverOccursInContent()
    {
        QFETCH(QString, text);
        QFETCH(bool, allow8Bit);
        for (int round = 0; round < 20; ++round) {
            MessageBuilder b;
            b.setFrom(one(QStringLiteral("a@esempio.it")));
            b.setTo(list(QStringLiteral("b@esempio.it")));
            b.setTextBody(text);
            b.setHtmlBody(QStringLiteral("<p>") + text + QStringLiteral("</p>"));
            b.setAllow8Bit(allow8Bit);
            b.addAttachmentData(text.toUtf8(), QStringLiteral("copy.txt"));
            const QByteArray raw = b.toByteArray().value();
            static const QRegularExpression boundaryParam(QStringLiteral("boundary=\"([^\"]+)\""));
            auto it = boundaryParam.globalMatch(QString::fromUtf8(raw));
            int boundaries = 0;
            while (it.hasNext()) {
                const QByteArray boundary = it.next().captured(1).toLatin1();
                QVERIFY(boundary.contains("=_"));
                QVERIFY(boundary.size() <= 70);
                ++boundaries;
                // Every occurrence is a delimiter line of its own.
                qsizetype pos = raw.indexOf(boundary);
                int delimiters = 0;
                while (pos >= 0) {
                    const bool inHeader = raw.mid(pos - 10, 10).contains("boundary=\"");
                    if (!inHeader) {
                        QVERIFY2(raw.mid(pos - 4, 4) == "\r\n--", raw.mid(pos - 20, 60).constData());
                        const QByteArray after = raw.mid(pos + boundary.size(), 4);
                        QVERIFY(after.startsWith("\r\n") || after == "--\r\n");
                        ++delimiters;
                    }
                    pos = raw.indexOf(boundary, pos + 1);
                }
                QVERIFY(delimiters >= 3); // two parts and the close at least
            }
            QCOMPARE(boundaries, 2);
        }
    }

    void largeAttachmentIsStreamed()
    {
        // 25 MB: written in chunks, never as one block; the count matches the estimate.
        const qint64 size = 25 * 1000 * 1000 + 13;
        const QString path = m_dir.filePath(QStringLiteral("big.bin"));
        {
            QFile f(path);
            QVERIFY(f.open(QIODevice::WriteOnly));
            const QByteArray block = pseudoRandomBytes(1 << 20, 7);
            for (qint64 written = 0; written < size;)
                written += f.write(block.constData(), std::min<qint64>(block.size(), size - written));
        }
        MessageBuilder b;
        b.setFrom(one(QStringLiteral("a@esempio.it")));
        b.setTo(list(QStringLiteral("b@esempio.it")));
        b.setTextBody(QStringLiteral("big one"));
        QVERIFY(b.addAttachment(path).ok());
        CountingDevice out;
        const Status s = b.writeTo(&out);
        QVERIFY2(s.ok(), qPrintable(s.error().message()));
        QVERIFY(out.total > size * 4 / 3);
        QVERIFY2(out.largestWrite < 200 * 1024, qPrintable(QString::number(out.largestWrite)));
        QCOMPARE(b.estimatedSize(), out.total);
    }

    void streamedAttachmentDecodesExactly()
    {
        // A file larger than one read chunk, not a multiple of 57: decoded back byte for byte.
        const QByteArray content = pseudoRandomBytes(57 * 1024 * 3 + 5, 11);
        const QString path = makeFile(QStringLiteral("chunks.bin"), content);
        MessageBuilder b;
        b.setFrom(one(QStringLiteral("a@esempio.it")));
        b.setTo(list(QStringLiteral("b@esempio.it")));
        QVERIFY(b.addAttachment(path).ok());
        const QByteArray raw = b.toByteArray().value();
        const qsizetype start = raw.indexOf("Content-Transfer-Encoding: base64\r\n\r\n");
        QVERIFY(start > 0);
        const qsizetype bodyStart = start + int(sizeof("Content-Transfer-Encoding: base64\r\n\r\n")) - 1;
        const qsizetype end = raw.indexOf("\r\n--", bodyStart);
        const QByteArray base64 = raw.mid(bodyStart, end - bodyStart);
        for (const QByteArray& line : base64.split('\n'))
            QVERIFY(line.size() <= 77);
        QCOMPARE(QByteArray::fromBase64(base64), content);
    }

    void badAttachmentTypeIsRefused()
    {
        MessageBuilder b;
        b.setFrom(one(QStringLiteral("a@esempio.it")));
        b.setTo(list(QStringLiteral("b@esempio.it")));
        b.addAttachmentData("x", QStringLiteral("x.txt"), "text/plain\r\nBcc: evil@example.test");
        const Status s = b.validate();
        QCOMPARE(s.error().kind(), ErrorKind::DataError);
        QVERIFY(s.error().message().contains(QLatin1String("\\r\\nBcc")));
        QVERIFY(!b.toByteArray().ok());
    }

    void writeFailureIsIoError()
    {
        MessageBuilder b;
        b.setFrom(one(QStringLiteral("a@esempio.it")));
        b.setTo(list(QStringLiteral("b@esempio.it")));
        b.addAttachmentData(pseudoRandomBytes(100000, 3), QStringLiteral("x.bin"));
        CountingDevice out(5000);
        const Status s = b.writeTo(&out);
        QVERIFY(!s.ok());
        QCOMPARE(s.error().kind(), ErrorKind::IoError);
        QVERIFY(s.error().message().contains(QLatin1String("No space left on device")));
    }

    void validate_data()
    {
        QTest::addColumn<QString>("from");
        QTest::addColumn<QString>("to");
        QTest::addColumn<QString>("subject");
        QTest::addColumn<QString>("attachment"); // a path under the temporary directory, or empty
        QTest::addColumn<int>("kind");
        QTest::addColumn<QString>("messagePart");
        const int none = int(ErrorKind::None);
        const int data = int(ErrorKind::DataError);
        const int noInput = int(ErrorKind::NoInput);
        QTest::newRow("complete") << QStringLiteral("a@esempio.it") << QStringLiteral("b@esempio.it")
                                  << QStringLiteral("s") << QString() << none << QString();
        QTest::newRow("no from") << QString() << QStringLiteral("b@esempio.it") << QStringLiteral("s") << QString()
                                 << data << QStringLiteral("no sender");
        QTest::newRow("no recipients") << QStringLiteral("a@esempio.it") << QString() << QStringLiteral("s")
                                       << QString() << data << QStringLiteral("no recipients");
        QTest::newRow("subject with CRLF header injection")
            << QStringLiteral("a@esempio.it") << QStringLiteral("b@esempio.it")
            << QStringLiteral("Hi\r\nBcc: evil@example.test") << QString() << data << QStringLiteral("line break");
        QTest::newRow("subject with NUL")
            << QStringLiteral("a@esempio.it") << QStringLiteral("b@esempio.it") << QStringLiteral("Hi") + QChar(0)
            << QString() << data << QStringLiteral("NUL");
        QTest::newRow("missing attachment named")
            << QStringLiteral("a@esempio.it") << QStringLiteral("b@esempio.it") << QStringLiteral("s")
            << QStringLiteral("nope/missing.pdf") << noInput << QStringLiteral("missing.pdf");
        QTest::newRow("attachment is a folder")
            << QStringLiteral("a@esempio.it") << QStringLiteral("b@esempio.it") << QStringLiteral("s")
            << QStringLiteral(".") << noInput << QStringLiteral("folder");
    }

    void validate()
    {
        QFETCH(QString, from);
        QFETCH(QString, to);
        QFETCH(QString, subject);
        QFETCH(QString, attachment);
        QFETCH(int, kind);
        QFETCH(QString, messagePart);
        MessageBuilder b;
        if (!from.isEmpty())
            b.setFrom(one(from));
        b.setTo(list(to));
        b.setSubject(subject);
        b.setTextBody(QStringLiteral("body"));
        if (!attachment.isEmpty()) {
            const Status added = b.addAttachment(m_dir.filePath(attachment));
            QCOMPARE(int(added.error().kind()), kind);
        }
        const Status s = b.validate();
        QCOMPARE(int(s.error().kind()), kind);
        if (kind != int(ErrorKind::None)) {
            QVERIFY2(s.error().message().contains(messagePart, Qt::CaseInsensitive), qPrintable(s.error().message()));
            QVERIFY(!s.error().message().contains(QLatin1Char('\n')));
            QVERIFY(!b.toByteArray().ok()); // nothing is written when invalid
        } else {
            QVERIFY(b.toByteArray().ok());
        }
    }

    void addHeader_data()
    {
        QTest::addColumn<QString>("line");
        QTest::addColumn<bool>("ok");
        QTest::addColumn<QByteArray>("written"); // the header line as written, when ok
        QTest::newRow("x-priority") << QStringLiteral("X-Priority: 1") << true << QByteArray("X-Priority: 1\r\n");
        QTest::newRow("in-reply-to") << QStringLiteral("In-Reply-To: <abc@esempio.it>") << true
                                     << QByteArray("In-Reply-To: <abc@esempio.it>\r\n");
        QTest::newRow("non-ascii value encoded")
            << QStringLiteral("X-Note: però") << true << QByteArray("X-Note: =?UTF-8?B?cGVyw7I=?=\r\n");
        QTest::newRow("CRLF injection in value refused")
            << QStringLiteral("X-Note: a\r\nBcc: evil@example.test") << false << QByteArray();
        QTest::newRow("LF injection in value refused")
            << QStringLiteral("X-Note: a\nBcc: evil@example.test") << false << QByteArray();
        QTest::newRow("space in name refused") << QStringLiteral("X Note: a") << false << QByteArray();
        QTest::newRow("no colon refused") << QStringLiteral("X-Note a") << false << QByteArray();
        QTest::newRow("Bcc refused") << QStringLiteral("Bcc: evil@example.test") << false << QByteArray();
        QTest::newRow("Content-Type refused") << QStringLiteral("Content-Type: text/html") << false << QByteArray();
        QTest::newRow("content-transfer-encoding refused in lower case")
            << QStringLiteral("content-transfer-encoding: 8bit") << false << QByteArray();
        QTest::newRow("MIME-Version refused") << QStringLiteral("MIME-Version: 2.0") << false << QByteArray();
        QTest::newRow("From refused") << QStringLiteral("From: x@y.it") << false << QByteArray();
        QTest::newRow("Message-ID refused") << QStringLiteral("Message-ID: <x@y.it>") << false << QByteArray();
        QTest::newRow("name over 76 characters refused")
            << QStringLiteral("X-") + QString(80, QLatin1Char('n')) + QStringLiteral(": v") << false << QByteArray();
    }

    void addHeader()
    {
        QFETCH(QString, line);
        QFETCH(bool, ok);
        QFETCH(QByteArray, written);
        MessageBuilder b;
        b.setFrom(one(QStringLiteral("a@esempio.it")));
        b.setTo(list(QStringLiteral("b@esempio.it")));
        const Status s = b.addHeaderLine(line);
        QCOMPARE(s.ok(), ok);
        const QByteArray raw = b.toByteArray().value();
        if (ok) {
            QVERIFY2(raw.contains(QByteArray("\r\n" + written)), raw.constData());
        } else {
            QCOMPARE(s.error().kind(), ErrorKind::DataError);
            QVERIFY(!raw.contains("evil@example.test"));
            QVERIFY(!s.error().message().contains(QLatin1Char('\n')));
        }
    }

    void formatDate_data()
    {
        QTest::addColumn<QDateTime>("dateTime");
        QTest::addColumn<QByteArray>("expected");
        QTest::newRow("UTC") << QDateTime(QDate(2026, 11, 22), QTime(10, 0, 5), Qt::UTC)
                             << QByteArray("Sun, 22 Nov 2026 10:00:05 +0000");
        QTest::newRow("Rome in winter") << QDateTime(QDate(2026, 1, 5), QTime(9, 3, 0), Qt::OffsetFromUTC, 3600)
                                        << QByteArray("Mon, 5 Jan 2026 09:03:00 +0100");
        QTest::newRow("negative half-hour offset")
            << QDateTime(QDate(2026, 7, 1), QTime(23, 59, 59), Qt::OffsetFromUTC, -(3 * 3600 + 1800))
            << QByteArray("Wed, 1 Jul 2026 23:59:59 -0330");
    }

    void formatDate()
    {
        QFETCH(QDateTime, dateTime);
        QFETCH(QByteArray, expected);
        const QLocale previous;
        QLocale::setDefault(QLocale(QLocale::Italian, QLocale::Italy));
        const QByteArray got = MessageBuilder::formatDate(dateTime);
        QLocale::setDefault(previous);
        QCOMPARE(got, expected);
        QCOMPARE(QDateTime::fromString(QString::fromLatin1(got), Qt::RFC2822Date), dateTime);
    }

    void dateComesFromTheClock()
    {
        Test::MockClock clock(QDateTime(QDate(2026, 11, 22), QTime(21, 30, 15), Qt::UTC));
        MessageBuilder b(&clock);
        b.setFrom(one(QStringLiteral("a@esempio.it")));
        b.setTo(list(QStringLiteral("b@esempio.it")));
        const QByteArray raw = b.toByteArray().value();
        static const QRegularExpression dateLine(QStringLiteral("\r\nDate: ([^\r]+)\r\n|^Date: ([^\r]+)\r\n"));
        const auto m = dateLine.match(QString::fromLatin1(raw));
        QVERIFY(m.hasMatch());
        const QString value = m.captured(1).isEmpty() ? m.captured(2) : m.captured(1);
        QCOMPARE(QDateTime::fromString(value, Qt::RFC2822Date).toUTC(), clock.now());
    }

    void messageIdIsGeneratedOnceWithTheSenderDomain()
    {
        MessageBuilder b;
        b.setFrom(one(QStringLiteral("zoe@città.it")));
        b.setTo(list(QStringLiteral("b@esempio.it")));
        const QByteArray id = b.messageId();
        static const QRegularExpression shape(QStringLiteral("^<[0-9a-z]+\\.[0-9a-f]{32}@xn--citt-3na\\.it>$"));
        QVERIFY2(shape.match(QString::fromLatin1(id)).hasMatch(), id.constData());
        QCOMPARE(b.messageId(), id);
        QVERIFY(b.toByteArray().value().contains(QByteArray("\r\nMessage-ID: " + id + "\r\n")));
        MessageBuilder other;
        other.setFrom(one(QStringLiteral("zoe@città.it")));
        QVERIFY(other.messageId() != id);
    }

    void setMessageId_data()
    {
        QTest::addColumn<QByteArray>("input");
        QTest::addColumn<QByteArray>("expected"); // empty: refused
        QTest::newRow("with brackets") << QByteArray("<abc.1@esempio.it>") << QByteArray("<abc.1@esempio.it>");
        QTest::newRow("brackets added") << QByteArray("abc@esempio.it") << QByteArray("<abc@esempio.it>");
        QTest::newRow("no at sign") << QByteArray("<abc>") << QByteArray();
        QTest::newRow("space") << QByteArray("<a b@esempio.it>") << QByteArray();
        QTest::newRow("CRLF injection") << QByteArray("<a@b.it>\r\nBcc: x@y.it") << QByteArray();
        QTest::newRow("too long") << QByteArray("<") + QByteArray(300, 'a') + QByteArray("@b.it>") << QByteArray();
    }

    void setMessageId()
    {
        QFETCH(QByteArray, input);
        QFETCH(QByteArray, expected);
        MessageBuilder b;
        const Status s = b.setMessageId(input);
        QCOMPARE(s.ok(), !expected.isEmpty());
        if (s.ok())
            QCOMPARE(b.messageId(), expected);
        else
            QCOMPARE(s.error().kind(), ErrorKind::DataError);
    }

    void envelope()
    {
        MessageBuilder b;
        b.setFrom(one(QStringLiteral("Ada <ada@esempio.it>")));
        b.setTo(list(QStringLiteral("bob@esempio.it, Carla <carla@Esempio.it>")));
        b.setCc(list(QStringLiteral("carla@esempio.it, dan@esempio.it")));
        b.setBcc(list(QStringLiteral("bob@esempio.it, eve@esempio.it")));
        Envelope env = b.envelope();
        QCOMPARE(env.sender, QStringLiteral("ada@esempio.it"));
        QCOMPARE(env.recipients,
                 (QStringList {QStringLiteral("bob@esempio.it"), QStringLiteral("carla@Esempio.it"),
                               QStringLiteral("dan@esempio.it"), QStringLiteral("eve@esempio.it")}));
        QCOMPARE(env.body, Envelope::Body::SevenBit);
        b.setSender(one(QStringLiteral("Segreteria <segreteria@esempio.it>")));
        env = b.envelope();
        QCOMPARE(env.sender, QStringLiteral("segreteria@esempio.it"));
        QVERIFY(b.toByteArray().value().contains("\r\nSender: Segreteria <segreteria@esempio.it>\r\n"));
    }

    void unicodeLocalPartTurnsOnUtf8Headers()
    {
        MessageBuilder b;
        b.setFrom(one(QStringLiteral("ada@esempio.it")));
        b.setTo(list(QStringLiteral("niccolò@esempio.it")));
        QVERIFY(b.utf8HeadersInEffect());
        QVERIFY(b.envelope().needsSmtpUtf8());
        QCOMPARE(b.envelope().body, Envelope::Body::EightBitMime);
        QVERIFY(b.toByteArray().value().contains("To: niccol\xc3\xb2@esempio.it\r\n"));
    }

    void unicodeReplyToAloneIsRefused()
    {
        MessageBuilder b;
        b.setFrom(one(QStringLiteral("ada@esempio.it")));
        b.setTo(list(QStringLiteral("bob@esempio.it")));
        b.setReplyTo(list(QStringLiteral("niccolò@esempio.it")));
        const Status s = b.validate();
        QCOMPARE(s.error().kind(), ErrorKind::DataError);
        QVERIFY(s.error().message().contains(QStringLiteral("niccolò@esempio.it")));
        b.setUtf8Headers(true);
        QVERIFY(b.validate().ok());
    }

    void htmlToText_data()
    {
        QTest::addColumn<QString>("html");
        QTest::addColumn<QString>("expected");
        QTest::newRow("paragraphs and breaks")
            << QStringLiteral("<p>Uno</p><p>Due<br/>Tre</p>") << QStringLiteral("Uno\n\nDue\nTre");
        QTest::newRow("entities") << QStringLiteral("a &amp; b &lt;c&gt; &quot;d&quot; &#233; &#xE8; &euro; &bogus;")
                                  << QStringLiteral("a & b <c> \"d\" é è € &bogus;");
        QTest::newRow("script, style and comments dropped")
            << QStringLiteral("<style>p{color:red}</style><script>alert(1)</script><!-- hidden -->Visibile")
            << QStringLiteral("Visibile");
        QTest::newRow("whitespace collapsed")
            << QStringLiteral("  Molto\n\n   spazio\t qui  ") << QStringLiteral("Molto spazio qui");
        QTest::newRow("list items") << QStringLiteral("<ul><li>uno</li><li>due</li></ul>")
                                    << QStringLiteral("- uno\n- due");
        QTest::newRow("link keeps its target") << QStringLiteral("Vedi <a href=\"https://esempio.it/x\">qui</a>.")
                                               << QStringLiteral("Vedi qui <https://esempio.it/x>.");
        QTest::newRow("link whose text is the target")
            << QStringLiteral("<a href=\"https://esempio.it\">https://esempio.it</a>")
            << QStringLiteral("https://esempio.it");
        QTest::newRow("upper-case tags") << QStringLiteral("<P>Uno<BR>Due</P>") << QStringLiteral("Uno\nDue");
    }

    void htmlToText()
    {
        QFETCH(QString, html);
        QFETCH(QString, expected);
        QCOMPARE(HtmlToText::convert(html), expected);
    }
};

QTEST_GUILESS_MAIN(TestMessageBuilder)
#include "TestMessageBuilder.moc"

#include "DomainTestUtil.h"
#include "domain/DkimKeyRecord.h"
#include "domain/PublicKeyInfo.h"
#include "domain/TagList.h"

#include <QFile>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Postino;
using Postino::Test::strings;
using Verdict = DkimKeyRecord::Verdict;

Q_DECLARE_METATYPE(Postino::DkimKeyRecord::Verdict)

namespace {

// Public keys made with openssl (genrsa 512/1024/2048, genpkey ed25519), kept in tests/domain/keys.
QString key(const QString& name)
{
    QFile file(qEnvironmentVariable("POSTINO_SOURCE_DIR") + QStringLiteral("/tests/domain/keys/") + name);
    if (!file.open(QIODevice::ReadOnly))
        qFatal("missing test key %s", qPrintable(name));
    return QString::fromLatin1(file.readAll()).trimmed();
}

} // namespace

class TestDkimKeyRecord : public QObject
{
    Q_OBJECT
private slots:
    void tagList_data();
    void tagList();
    void records_data();
    void records();
    void tagsRead();
    void keyMadeNow();
    void damagedDer_data();
    void damagedDer();
    void recordName();
};

void TestDkimKeyRecord::tagList_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QStringList>("names");
    QTest::addColumn<QStringList>("values");
    QTest::addColumn<QString>("error");
    QTest::newRow("plain") << "v=DKIM1; k=rsa; p=AB" << strings({"v", "k", "p"}) << strings({"DKIM1", "rsa", "AB"})
                           << "";
    QTest::newRow("folding white space") << " v = DKIM1 ;\r\n\tp=AB CD ; " << strings({"v", "p"})
                                         << strings({"DKIM1", "AB CD"}) << "";
    QTest::newRow("trailing semicolon") << "a=1;" << strings({"a"}) << strings({"1"}) << "";
    QTest::newRow("empty value") << "p=" << strings({"p"}) << strings({""}) << "";
    QTest::newRow("duplicate tag") << "p=AB; p=CD" << strings({"p"}) << strings({"AB"}) << "more than once";
    QTest::newRow("no equals sign") << "v=DKIM1; rsa" << strings({"v"}) << strings({"DKIM1"}) << "name=value";
    QTest::newRow("bad tag name") << "1a=b" << QStringList {} << QStringList {} << "not a tag name";
    QTest::newRow("empty tag in the middle") << "a=1;;b=2" << strings({"a", "b"}) << strings({"1", "2"}) << "empty tag";
    QTest::newRow("non-ASCII value") << "n=caffè" << QStringList {} << QStringList {} << "printable ASCII";
}

void TestDkimKeyRecord::tagList()
{
    QFETCH(QString, text);
    QFETCH(QStringList, names);
    QFETCH(QStringList, values);
    QFETCH(QString, error);
    const TagList list = TagList::parse(text);
    QStringList gotNames;
    QStringList gotValues;
    for (const TagList::Tag& tag : list.tags()) {
        gotNames.append(tag.name);
        gotValues.append(tag.value);
    }
    QCOMPARE(gotNames, names);
    QCOMPARE(gotValues, values);
    if (error.isEmpty()) {
        QVERIFY2(list.errors().isEmpty(), qPrintable(list.errors().join(QLatin1Char('|'))));
    } else {
        QCOMPARE(list.errors().size(), 1);
        QVERIFY2(list.errors().constFirst().contains(error), qPrintable(list.errors().constFirst()));
    }
}

void TestDkimKeyRecord::records_data()
{
    QTest::addColumn<QString>("record");
    QTest::addColumn<Verdict>("verdict");
    QTest::addColumn<int>("bits");
    QTest::addColumn<QString>("fragment"); // in verdictText()
    QTest::newRow("RSA 512: fail") << QStringLiteral("v=DKIM1; k=rsa; p=") + key(QStringLiteral("rsa512.spki.b64"))
                                   << Verdict::TooWeak << 512 << "512 bits";
    QTest::newRow("RSA 1024: warn") << QStringLiteral("v=DKIM1; k=rsa; p=") + key(QStringLiteral("rsa1024.spki.b64"))
                                    << Verdict::Weak << 1024 << "2048";
    QTest::newRow("RSA 2048: good") << QStringLiteral("v=DKIM1; k=rsa; p=") + key(QStringLiteral("rsa2048.spki.b64"))
                                    << Verdict::Good << 2048 << "2048 bits";
    QTest::newRow("RSA without v= or k=")
        << QStringLiteral("p=") + key(QStringLiteral("rsa2048.spki.b64")) << Verdict::Good << 2048 << "2048";
    QTest::newRow("RSA key split by spaces, as DNS panels do") << QStringLiteral("v=DKIM1; p=")
            + key(QStringLiteral("rsa2048.spki.b64")).insert(100, QStringLiteral(" ")).insert(200, QStringLiteral("\t"))
                                                               << Verdict::Good << 2048 << "2048";
    QTest::newRow("bare PKCS#1 RSA key") << QStringLiteral("v=DKIM1; p=") + key(QStringLiteral("rsa1024.pkcs1.b64"))
                                         << Verdict::Weak << 1024 << "1024";
    QTest::newRow("ed25519") << QStringLiteral("v=DKIM1; k=ed25519; p=") + key(QStringLiteral("ed25519.raw.b64"))
                             << Verdict::Good << 256 << "Ed25519";
    QTest::newRow("revoked") << "v=DKIM1; k=rsa; p=" << Verdict::Revoked << 0 << "revoked";
    QTest::newRow("revoked with spaces") << "v=DKIM1; p= ;" << Verdict::Revoked << 0 << "revoked";
    QTest::newRow("no p=") << "v=DKIM1; k=rsa" << Verdict::Invalid << 0 << "no p=";
    QTest::newRow("wrong version") << QStringLiteral("v=DKIM2; p=") + key(QStringLiteral("rsa2048.spki.b64"))
                                   << Verdict::Invalid << 2048 << "v=DKIM1";
    QTest::newRow("version not first") << QStringLiteral("k=rsa; v=DKIM1; p=") + key(QStringLiteral("rsa2048.spki.b64"))
                                       << Verdict::Invalid << 2048 << "first";
    QTest::newRow("unknown key type") << "v=DKIM1; k=dsa; p=AAAA" << Verdict::Invalid << 0 << "k=dsa";
    QTest::newRow("not base64") << "v=DKIM1; p=not*base64" << Verdict::Invalid << 0 << "base64";
    QTest::newRow("base64 of junk") << "v=DKIM1; p=aGVsbG8gd29ybGQ=" << Verdict::Invalid << 0 << "DER";
    QTest::newRow("ed25519 key under k=rsa") << QStringLiteral("v=DKIM1; p=") + key(QStringLiteral("ed25519.spki.b64"))
                                             << Verdict::Invalid << 0 << "k=ed25519";
    QTest::newRow("ed25519 wrapped in SubjectPublicKeyInfo")
        << QStringLiteral("v=DKIM1; k=ed25519; p=") + key(QStringLiteral("ed25519.spki.b64")) << Verdict::Invalid << 0
        << "raw 32-byte";
    QTest::newRow("ed25519 of the wrong length") << "v=DKIM1; k=ed25519; p=AAAA" << Verdict::Invalid << 0 << "32 bytes";
    QTest::newRow("RSA key under k=ed25519")
        << QStringLiteral("v=DKIM1; k=ed25519; p=") + key(QStringLiteral("rsa1024.spki.b64")) << Verdict::Invalid << 0
        << "32 bytes";
    QTest::newRow("not for email") << QStringLiteral("v=DKIM1; s=web; p=") + key(QStringLiteral("rsa2048.spki.b64"))
                                   << Verdict::Invalid << 2048 << "not for email";
    QTest::newRow("unknown hash only") << QStringLiteral("v=DKIM1; h=md5; p=") + key(QStringLiteral("rsa2048.spki.b64"))
                                       << Verdict::Invalid << 2048 << "h=md5";
    QTest::newRow("duplicate p=") << QStringLiteral("v=DKIM1; p=") + key(QStringLiteral("rsa2048.spki.b64"))
            + QStringLiteral("; p=")
                                  << Verdict::Invalid << 2048 << "more than once";
    QTest::newRow("unknown tags are ignored")
        << QStringLiteral("v=DKIM1; x=whatever; p=") + key(QStringLiteral("rsa2048.spki.b64")) << Verdict::Good << 2048
        << "2048";
}

void TestDkimKeyRecord::records()
{
    QFETCH(QString, record);
    QFETCH(Verdict, verdict);
    QFETCH(int, bits);
    QFETCH(QString, fragment);
    const DkimKeyRecord r = DkimKeyRecord::parse(record);
    QCOMPARE(r.verdict(), verdict);
    QCOMPARE(r.keyBits(), bits);
    QVERIFY2(r.verdictText().contains(fragment), qPrintable(r.verdictText()));
}

void TestDkimKeyRecord::tagsRead()
{
    const DkimKeyRecord r = DkimKeyRecord::parse(QStringLiteral("v=DKIM1; h=sha256:sha1; k=rsa; n=rotated in 2025; "
                                                                "s=email; t=y:s; p=")
                                                 + key(QStringLiteral("rsa2048.spki.b64")));
    QVERIFY(r.isValid());
    QCOMPARE(r.hashAlgorithms(), (QStringList {QStringLiteral("sha256"), QStringLiteral("sha1")}));
    QCOMPARE(r.serviceTypes(), QStringList {QStringLiteral("email")});
    QVERIFY(r.isTesting());
    QVERIFY(r.isStrict());
    QCOMPARE(r.notes(), QStringLiteral("rotated in 2025"));
    QCOMPARE(r.keyType(), DkimKeyRecord::KeyType::Rsa);
    QVERIFY(!r.isRevoked());
}

void TestDkimKeyRecord::keyMadeNow()
{
    // A key made at test time, of a size none of the files has.
    const QString openssl = QStandardPaths::findExecutable(QStringLiteral("openssl"));
    if (openssl.isEmpty())
        QSKIP("openssl is not installed");
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    QProcess gen;
    gen.start(openssl,
              {QStringLiteral("genpkey"), QStringLiteral("-algorithm"), QStringLiteral("RSA"),
               QStringLiteral("-pkeyopt"), QStringLiteral("rsa_keygen_bits:1536"), QStringLiteral("-out"),
               dir.filePath(QStringLiteral("k.pem"))});
    QVERIFY(gen.waitForFinished(60000));
    QCOMPARE(gen.exitCode(), 0);
    QProcess pub;
    pub.start(openssl,
              {QStringLiteral("pkey"), QStringLiteral("-in"), dir.filePath(QStringLiteral("k.pem")),
               QStringLiteral("-pubout"), QStringLiteral("-outform"), QStringLiteral("DER")});
    QVERIFY(pub.waitForFinished(60000));
    QCOMPARE(pub.exitCode(), 0);
    const QByteArray der = pub.readAllStandardOutput();
    const DkimKeyRecord r = DkimKeyRecord::parse(QStringLiteral("v=DKIM1; p=") + QString::fromLatin1(der.toBase64()));
    QCOMPARE(r.keyBits(), 1536);
    QCOMPARE(r.verdict(), Verdict::Weak);
}

void TestDkimKeyRecord::damagedDer_data()
{
    QTest::addColumn<QByteArray>("der");
    const QByteArray good = QByteArray::fromBase64(key(QStringLiteral("rsa1024.spki.b64")).toLatin1());
    QTest::newRow("empty") << QByteArray();
    QTest::newRow("truncated") << good.left(good.size() - 10);
    QTest::newRow("trailing bytes") << good + QByteArray("\x00", 1);
    QTest::newRow("indefinite length") << QByteArray::fromHex("3080020101");
    QTest::newRow("length past the end") << QByteArray::fromHex("30840fffffff");
    QTest::newRow("unknown algorithm") << QByteArray::fromHex("3013300906072a8648ce3d0201030600040102030405");
}

void TestDkimKeyRecord::damagedDer()
{
    QFETCH(QByteArray, der);
    const PublicKeyInfo info = PublicKeyInfo::fromDer(der);
    QVERIFY(!info.ok());
    QCOMPARE(info.algorithm, PublicKeyInfo::Algorithm::Unknown);
}

void TestDkimKeyRecord::recordName()
{
    QCOMPARE(DkimKeyRecord::recordName(QStringLiteral("selector1"), QStringLiteral("example.it.")),
             QStringLiteral("selector1._domainkey.example.it"));
}

QTEST_GUILESS_MAIN(TestDkimKeyRecord)
#include "TestDkimKeyRecord.moc"

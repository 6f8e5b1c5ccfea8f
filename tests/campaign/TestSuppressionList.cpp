#include "campaign/SuppressionList.h"
#include "common/Paths.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLockFile>
#include <QTemporaryDir>
#include <QTest>

#include <cerrno>

using namespace Postino;

namespace {

const QDateTime kMarch = QDateTime(QDate(2026, 3, 1), QTime(9, 0), Qt::UTC);
const QDateTime kApril = QDateTime(QDate(2026, 4, 2), QTime(10, 30), Qt::UTC);

QByteArray readAll(const QString& path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

void writeFile(const QString& path, const QByteArray& bytes)
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size())
        qFatal("could not write %s", qPrintable(path));
}

QStringList emails(const SuppressionList& list)
{
    QStringList out;
    for (const SuppressedAddress& entry : list.entries())
        out.append(entry.email);
    return out;
}

} // namespace

class TestSuppressionList : public QObject
{
    Q_OBJECT
private slots:
    void defaultPathIsInTheDataDir();
    void missingFileIsEmpty();
    void addListAndRemoveRoundTrip();
    void theFileFormat();
    void invalidAddressesAreRefusedAndNothingIsWritten();
    void damagedFileIsAnErrorAndIsNotOverwritten_data();
    void damagedFileIsAnErrorAndIsNotOverwritten();
    void twoObjectsOnOneFileSeeEachOthersWrites();
    void importsACsv();
    void importsAOneColumnFileWithoutHeader();
    void importWithoutAnAddressColumnIsAnError();
    void aFailedWriteLeavesTheFileAsItWas_data();
    void aFailedWriteLeavesTheFileAsItWas();
    void aHeldLockIsReported();
    void hundredThousandEntries();
};

void TestSuppressionList::defaultPathIsInTheDataDir()
{
    QTemporaryDir dir;
    Paths::setOverride(dir.path());
    QCOMPARE(SuppressionList::defaultPath(), QDir(dir.path()).absolutePath() + QStringLiteral("/suppression.json"));
    QCOMPARE(SuppressionList().path(), SuppressionList::defaultPath());
    Paths::setOverride(QString());
}

void TestSuppressionList::missingFileIsEmpty()
{
    QTemporaryDir dir;
    SuppressionList list(dir.filePath(QStringLiteral("sub/suppression.json")));
    QVERIFY(list.load());
    QVERIFY(list.entries().isEmpty());
    QVERIFY(!list.contains(QStringLiteral("ada@esempio.it")));
    // Nothing to remove writes nothing.
    const Result<SuppressionList::Change> removed = list.remove({QStringLiteral("ada@esempio.it")});
    QVERIFY(removed.ok());
    QCOMPARE(removed.value().notThere, 1);
    QVERIFY(!QFile::exists(list.path()));
}

void TestSuppressionList::addListAndRemoveRoundTrip()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("dati/suppression.json"));
    SuppressionList list(path);
    const Result<SuppressionList::Change> added =
        list.add({QStringLiteral("zoe@città.it"), QStringLiteral(" Ada@Esempio.it "), QStringLiteral("Ada@esempio.IT"),
                  QStringLiteral("bob@esempio.it")},
                 QStringLiteral("manual"), kMarch);
    QVERIFY2(added.ok(), qPrintable(added.error().message()));
    QCOMPARE(added.value().added, 3);
    QCOMPARE(added.value().alreadyThere, 1);
    QCOMPARE(emails(list),
             (QStringList {QStringLiteral("Ada@Esempio.it"), QStringLiteral("bob@esempio.it"),
                           QStringLiteral("zoe@città.it")}));
    QVERIFY(list.contains(QStringLiteral("zoe@xn--citt-3na.it")));
    // Another local part by RFC 5321, but whoever asked never to get mail again must not get it by a change of case.
    QVERIFY(list.contains(Address::create(QStringLiteral("ADA@esempio.it")).value()));
    QVERIFY(list.contains(QStringLiteral("Ada@ESEMPIO.IT")));

    const Result<SuppressionList::Change> again = list.add(
        {QStringLiteral("bob@ESEMPIO.it"), QStringLiteral("eve@esempio.it")}, QStringLiteral("unsubscribe"), kApril);
    QVERIFY(again.ok());
    QCOMPARE(again.value().added, 1);
    QCOMPARE(again.value().alreadyThere, 1);

    SuppressionList reread(path);
    QVERIFY(reread.load());
    const QList<SuppressedAddress> entries = reread.entries();
    QCOMPARE(entries.size(), 4);
    QCOMPARE(entries.at(1).email, QStringLiteral("bob@esempio.it"));
    QCOMPARE(entries.at(1).added, kMarch); // the first time counts
    QCOMPARE(entries.at(1).source, QStringLiteral("manual"));
    QCOMPARE(entries.at(2).email, QStringLiteral("eve@esempio.it"));
    QCOMPARE(entries.at(2).added, kApril);
    QCOMPARE(entries.at(2).source, QStringLiteral("unsubscribe"));

    const Result<SuppressionList::Change> removed =
        reread.remove({QStringLiteral("BOB@esempio.it"), QStringLiteral("bob@ESEMPIO.IT"),
                       QStringLiteral("zoe@CITTÀ.it"), QStringLiteral("nessuno@esempio.it")});
    QVERIFY(removed.ok());
    QCOMPARE(removed.value().removed, 2); // bob (ignoring case) and zoe
    QCOMPARE(removed.value().notThere, 2); // bob once more, after BOB took it; nessuno was never there
    SuppressionList third(path);
    QVERIFY(third.load());
    QCOMPARE(emails(third), (QStringList {QStringLiteral("Ada@Esempio.it"), QStringLiteral("eve@esempio.it")}));
    QVERIFY(!QFile::exists(path + QStringLiteral(".tmp")));
}

void TestSuppressionList::theFileFormat()
{
    QTemporaryDir dir;
    SuppressionList list(dir.filePath(QStringLiteral("suppression.json")));
    QVERIFY(list.add({QStringLiteral("ada@esempio.it")}, QStringLiteral("import:lista.csv"),
                     QDateTime(QDate(2026, 3, 1), QTime(10, 0), Qt::OffsetFromUTC, 3600)));
    const QJsonDocument document = QJsonDocument::fromJson(readAll(list.path()));
    QCOMPARE(document.object().value(QLatin1String("version")).toInt(), 1);
    const QJsonArray entries = document.object().value(QLatin1String("entries")).toArray();
    QCOMPARE(entries.size(), 1);
    const QJsonObject entry = entries.first().toObject();
    QCOMPARE(entry.value(QLatin1String("email")).toString(), QStringLiteral("ada@esempio.it"));
    QCOMPARE(entry.value(QLatin1String("added")).toString(), QStringLiteral("2026-03-01T09:00:00Z"));
    QCOMPARE(entry.value(QLatin1String("source")).toString(), QStringLiteral("import:lista.csv"));

    // Quotes, backslashes, controls and accents survive the file.
    const QString quoted = QStringLiteral("\"mario \\\"il capo\\\" \\\\ rossi\"@città.it");
    const QString source = QStringLiteral("import:a\"b\\c\td\u0001è.csv");
    QVERIFY(Address::create(quoted).ok());
    QVERIFY(list.add({quoted}, source, kApril));
    QVERIFY(QJsonDocument::fromJson(readAll(list.path())).isObject());
    SuppressionList reread(list.path());
    QVERIFY(reread.load());
    QCOMPARE(reread.size(), 2);
    QVERIFY(reread.contains(quoted));
    const SuppressedAddress last = reread.entries().first(); // '"' sorts before 'a'
    QCOMPARE(last.email, Address::create(quoted).value().addrSpec());
    QCOMPARE(last.source, source);
    QCOMPARE(last.added, kApril);
}

void TestSuppressionList::invalidAddressesAreRefusedAndNothingIsWritten()
{
    QTemporaryDir dir;
    SuppressionList list(dir.filePath(QStringLiteral("suppression.json")));
    const Result<SuppressionList::Change> none =
        list.add({QStringLiteral("ada@esempio.it"), QStringLiteral("non valido")}, QStringLiteral("manual"), kMarch);
    QVERIFY(!none.ok());
    QCOMPARE(none.error().kind(), ErrorKind::DataError);
    QVERIFY2(none.error().message().contains(QLatin1String("non valido")), qPrintable(none.error().message()));
    QVERIFY(!QFile::exists(list.path()));

    QVERIFY(list.add({QStringLiteral("ada@esempio.it")}, QStringLiteral("manual"), kMarch));
    const QByteArray before = readAll(list.path());
    const Result<SuppressionList::Change> two =
        list.add({QStringLiteral("bob@esempio.it"), QStringLiteral("x@"), QStringLiteral("@y.it")},
                 QStringLiteral("manual"), kMarch);
    QVERIFY(!two.ok());
    QVERIFY2(two.error().message().contains(QLatin1String("\"x@\", \"@y.it\"")), qPrintable(two.error().message()));
    const Result<SuppressionList::Change> removed = list.remove({QStringLiteral("ada@esempio.it"), QString()});
    QVERIFY(!removed.ok());
    QCOMPARE(readAll(list.path()), before);
    QVERIFY(list.contains(QStringLiteral("ada@esempio.it")));
    QVERIFY(!list.contains(QStringLiteral("bob@esempio.it")));
}

void TestSuppressionList::damagedFileIsAnErrorAndIsNotOverwritten_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("expected");

    QTest::newRow("not JSON") << QByteArray("{\"version\": 1, \"entries\": [") << QStringLiteral("not valid JSON");
    QTest::newRow("cut short") << QByteArray() << QStringLiteral("not valid JSON");
    QTest::newRow("another version") << QByteArray("{\"version\": 2, \"entries\": []}")
                                     << QStringLiteral("not a version 1");
    QTest::newRow("no entries") << QByteArray("{\"version\": 1}") << QStringLiteral("not a version 1");
    QTest::newRow("an array") << QByteArray("[]") << QStringLiteral("not a version 1");
    QTest::newRow("an invalid address") << QByteArray(
        "{\"version\": 1, \"entries\": [{\"email\": \"a@b.it\"}, {\"email\": \"rotto\"}]}")
                                        << QStringLiteral("entry 2, \"rotto\"");
}

void TestSuppressionList::damagedFileIsAnErrorAndIsNotOverwritten()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QString, expected);
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("suppression.json"));
    writeFile(path, bytes);
    SuppressionList list(path);
    const Status loaded = list.load();
    QVERIFY(!loaded.ok());
    QCOMPARE(loaded.error().kind(), ErrorKind::DataError);
    QVERIFY2(loaded.error().message().contains(path), qPrintable(loaded.error().message()));
    QVERIFY2(loaded.error().message().contains(expected), qPrintable(loaded.error().message()));
    const Result<SuppressionList::Change> added =
        list.add({QStringLiteral("ada@esempio.it")}, QStringLiteral("manual"), kMarch);
    QVERIFY(!added.ok());
    QCOMPARE(added.error().message(), loaded.error().message());
    QVERIFY(!list.remove({QStringLiteral("a@b.it")}).ok());
    QCOMPARE(readAll(path), bytes);
}

void TestSuppressionList::twoObjectsOnOneFileSeeEachOthersWrites()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("suppression.json"));
    SuppressionList gui(path);
    SuppressionList cli(path);
    QVERIFY(gui.load());
    QVERIFY(cli.load());
    QVERIFY(gui.add({QStringLiteral("ada@esempio.it")}, QStringLiteral("manual"), kMarch));
    // cli's change reads the file first: gui's entry is kept, and cli now knows it.
    const Result<SuppressionList::Change> added =
        cli.add({QStringLiteral("bob@esempio.it")}, QStringLiteral("manual"), kMarch);
    QVERIFY(added.ok());
    QCOMPARE(added.value().added, 1);
    QVERIFY(cli.contains(QStringLiteral("ada@esempio.it")));
    QVERIFY(!gui.contains(QStringLiteral("bob@esempio.it"))); // until it reads the file again
    QVERIFY(gui.load());
    QVERIFY(gui.contains(QStringLiteral("bob@esempio.it")));
    const Result<SuppressionList::Change> removed = gui.remove({QStringLiteral("ada@esempio.it")});
    QVERIFY(removed.ok());
    QCOMPARE(removed.value().removed, 1);
    const Result<SuppressionList::Change> again =
        cli.add({QStringLiteral("ada@esempio.it")}, QStringLiteral("manual"), kApril);
    QVERIFY(again.ok());
    QCOMPARE(again.value().added, 1); // it saw the removal
    QCOMPARE(emails(cli), (QStringList {QStringLiteral("ada@esempio.it"), QStringLiteral("bob@esempio.it")}));
}

void TestSuppressionList::importsACsv()
{
    QTemporaryDir dir;
    SuppressionList list(dir.filePath(QStringLiteral("suppression.json")));
    QVERIFY(list.add({QStringLiteral("gia@esempio.it")}, QStringLiteral("manual"), kMarch));
    const QString csv = dir.filePath(QStringLiteral("disiscritti.csv"));
    writeFile(csv,
              "\xEF\xBB\xBF"
              "Nome;E-mail\r\n"
              "Ada;ada@esempio.it\r\n" // row 1: added
              "Nessuno;\r\n" // row 2: no address
              "Rotto;non valido\r\n" // row 3: invalid
              "Ada di nuovo;ADA@esempio.IT\r\n" // row 4: the same as row 1, ignoring case
              "Ada ancora;ada@ESEMPIO.it\r\n" // row 5: repeats row 1
              "Gia;gia@esempio.it\r\n"); // row 6: already there
    const Result<SuppressionList::Change> imported = list.importCsv(csv, kApril);
    QVERIFY2(imported.ok(), qPrintable(imported.error().message()));
    QCOMPARE(imported.value().added, 1);
    QCOMPARE(imported.value().alreadyThere, 3);
    QCOMPARE(imported.value().skipped.size(), 2);
    QCOMPARE(imported.value().skipped.at(0).row, 2);
    QCOMPARE(imported.value().skipped.at(0).reason, SkippedRecipient::Reason::NoAddress);
    QCOMPARE(imported.value().skipped.at(1).row, 3);
    QCOMPARE(imported.value().skipped.at(1).line, 4);
    QCOMPARE(imported.value().skipped.at(1).reason, SkippedRecipient::Reason::Invalid);
    QCOMPARE(imported.value().skipped.at(1).email, QStringLiteral("non valido"));

    SuppressionList reread(list.path());
    QVERIFY(reread.load());
    const QList<SuppressedAddress> entries = reread.entries();
    QCOMPARE(emails(reread), (QStringList {QStringLiteral("ada@esempio.it"), QStringLiteral("gia@esempio.it")}));
    QCOMPARE(entries.at(0).source, QStringLiteral("import:disiscritti.csv"));
    QCOMPARE(entries.at(0).added, kApril);
    QCOMPARE(entries.at(1).source, QStringLiteral("manual"));
}

void TestSuppressionList::importsAOneColumnFileWithoutHeader()
{
    QTemporaryDir dir;
    SuppressionList list(dir.filePath(QStringLiteral("suppression.json")));
    const QString csv = dir.filePath(QStringLiteral("indirizzi.txt"));
    writeFile(csv, "\nada@esempio.it\nbob@esempio.it\nrotto\n\nzoe@città.it");
    const Result<SuppressionList::Change> imported = list.importCsv(csv, kApril);
    QVERIFY2(imported.ok(), qPrintable(imported.error().message()));
    QCOMPARE(imported.value().added, 3);
    QCOMPARE(imported.value().skipped.size(), 1);
    QCOMPARE(imported.value().skipped.first().line, 4);
    QVERIFY(list.contains(QStringLiteral("ada@esempio.it")));
    QVERIFY(list.contains(QStringLiteral("zoe@xn--citt-3na.it")));
}

void TestSuppressionList::importWithoutAnAddressColumnIsAnError()
{
    QTemporaryDir dir;
    SuppressionList list(dir.filePath(QStringLiteral("suppression.json")));
    const QString csv = dir.filePath(QStringLiteral("nomi.csv"));
    writeFile(csv, "Nome,Cognome\nAda,Lovelace\n");
    const Result<SuppressionList::Change> imported = list.importCsv(csv, kApril);
    QVERIFY(!imported.ok());
    QCOMPARE(imported.error().kind(), ErrorKind::DataError);
    QVERIFY2(imported.error().message().contains(csv), qPrintable(imported.error().message()));
    QVERIFY2(imported.error().message().contains(QLatin1String("Nome, Cognome")),
             qPrintable(imported.error().message()));
    const Result<SuppressionList::Change> missing = list.importCsv(dir.filePath(QStringLiteral("nessuno.csv")), kApril);
    QVERIFY(!missing.ok());
    QCOMPARE(missing.error().kind(), ErrorKind::NoInput);
    QVERIFY(!QFile::exists(list.path()));
}

void TestSuppressionList::aFailedWriteLeavesTheFileAsItWas_data()
{
    QTest::addColumn<Disk::Step>("step");
    QTest::newRow("write") << Disk::Step::WriteFile;
    QTest::newRow("fsync") << Disk::Step::SyncFile;
    QTest::newRow("rename") << Disk::Step::Rename;
}

void TestSuppressionList::aFailedWriteLeavesTheFileAsItWas()
{
    QFETCH(Disk::Step, step);
    QTemporaryDir dir;
    SuppressionList list(dir.filePath(QStringLiteral("suppression.json")));
    QVERIFY(list.add({QStringLiteral("ada@esempio.it")}, QStringLiteral("manual"), kMarch));
    const QByteArray before = readAll(list.path());
    QList<Disk::Step> steps;
    list.setWriteHook([&](Disk::Step at, const QString&) {
        steps.append(at);
        return at == step ? ENOSPC : 0;
    });
    const Result<SuppressionList::Change> added =
        list.add({QStringLiteral("bob@esempio.it")}, QStringLiteral("manual"), kMarch);
    QVERIFY(!added.ok());
    QCOMPARE(added.error().kind(), ErrorKind::IoError);
    QVERIFY2(added.error().message().contains(list.path()), qPrintable(added.error().message()));
    QCOMPARE(steps.last(), step);
    QCOMPARE(readAll(list.path()), before);
    QVERIFY(!QFile::exists(list.path() + QStringLiteral(".tmp")));
    QVERIFY(!list.contains(QStringLiteral("bob@esempio.it")));

    list.setWriteHook([&](Disk::Step at, const QString&) {
        steps.append(at);
        return 0;
    });
    steps.clear();
    QVERIFY(list.add({QStringLiteral("bob@esempio.it")}, QStringLiteral("manual"), kMarch));
    QCOMPARE(
        steps,
        (QList<Disk::Step> {Disk::Step::WriteFile, Disk::Step::SyncFile, Disk::Step::Rename, Disk::Step::SyncDir}));
}

void TestSuppressionList::aHeldLockIsReported()
{
    QTemporaryDir dir;
    SuppressionList list(dir.filePath(QStringLiteral("suppression.json")));
    list.setLockTimeout(0);
    QLockFile other(list.path() + QStringLiteral(".lock"));
    QVERIFY(other.tryLock(0));
    const Result<SuppressionList::Change> added =
        list.add({QStringLiteral("ada@esempio.it")}, QStringLiteral("manual"), kMarch);
    QVERIFY(!added.ok());
    QCOMPARE(added.error().kind(), ErrorKind::Temporary);
    QVERIFY2(added.error().message().contains(list.path()), qPrintable(added.error().message()));
    QVERIFY(!QFile::exists(list.path()));
    other.unlock();
    QVERIFY(list.add({QStringLiteral("ada@esempio.it")}, QStringLiteral("manual"), kMarch));
}

// A list at campaign size, as `suppress import` of an old list leaves it: every address is found whatever its
// case, and adding one keeps them all. How long it takes is measured by bench/suppression.sh against a peer in
// the same run, not here: a unit test's time depends on the machine and its load (and on a sanitizer's build).
void TestSuppressionList::hundredThousandEntries()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("suppression.json"));
    QByteArray bytes = "{\"version\": 1, \"entries\": [";
    for (int i = 0; i < 100000; ++i) {
        bytes += (i ? ",\n" : "\n") + QByteArray("{\"email\":\"utente") + QByteArray::number(i)
            + "@esempio.it\",\"added\":\"2026-03-01T09:00:00Z\",\"source\":\"import:vecchia.csv\"}";
    }
    bytes += "\n]}\n";
    writeFile(path, bytes);
    SuppressionList list(path);
    QVERIFY(list.load());
    QCOMPARE(list.size(), 100000);
    int found = 0;
    for (int i = 0; i < 100000; i += 100)
        found += list.contains(QStringLiteral("UTENTE%1@ESEMPIO.IT").arg(i)) ? 1 : 0;
    for (int i = 0; i < 100000; i += 100)
        found += list.contains(QStringLiteral("utente%1@Esempio.It").arg(i)) ? 1 : 0;
    QCOMPARE(found, 2000); // case is ignored throughout
    QVERIFY(!list.contains(QStringLiteral("utente100000@esempio.it")));

    QVERIFY(list.add({QStringLiteral("nuovo@esempio.it")}, QStringLiteral("manual"), kMarch));
    QCOMPARE(list.size(), 100001);
    SuppressionList again(path);
    QVERIFY(again.load());
    QCOMPARE(again.size(), 100001);
    QVERIFY(again.contains(QStringLiteral("Nuovo@Esempio.it")));
    QVERIFY(again.contains(QStringLiteral("utente99999@esempio.it")));
}

QTEST_GUILESS_MAIN(TestSuppressionList)
#include "TestSuppressionList.moc"

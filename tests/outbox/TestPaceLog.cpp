#include "MockClock.h"

#include "outbox/OutboxStore.h"
#include "outbox/PaceLog.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace Postino;

namespace {

const QDateTime kT0(QDate(2026, 11, 22), QTime(10, 0), Qt::UTC);

QByteArray fileBytes(const QString& path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

void writeBytes(const QString& path, const QByteArray& data, QIODevice::OpenMode mode = QIODevice::WriteOnly)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile f(path);
    QVERIFY(f.open(mode));
    QCOMPARE(f.write(data), data.size());
}

} // namespace

class TestPaceLog : public QObject
{
    Q_OBJECT
private slots:
    void appendedStartsAreReadBack()
    {
        QTemporaryDir dir;
        PaceLog log(dir.filePath(QStringLiteral("pace")), QStringLiteral("work"));
        QVERIFY(log.read(kT0.addDays(-1)).isEmpty()); // no file yet: nothing, no error
        QVERIFY(log.append(kT0).ok());
        QVERIFY(log.append(kT0.addMSecs(2001)).ok());
        QCOMPARE(fileBytes(log.path()), QByteArray("2026-11-22T10:00:00.000Z\n2026-11-22T10:00:02.001Z\n"));
        QCOMPARE(PaceLog::read(log.path(), kT0.addDays(-1)), (QList<QDateTime> {kT0, kT0.addMSecs(2001)}));
        // Only those after `since`.
        QCOMPARE(PaceLog::read(log.path(), kT0), QList<QDateTime> {kT0.addMSecs(2001)});
        QCOMPARE(log.lines(), 2);
    }

    void damagedLinesAreSkipped_data()
    {
        QTest::addColumn<QByteArray>("content");
        QTest::addColumn<int>("starts");
        QTest::newRow("garbage") << QByteArray("\x00\xff garbage\n2026-11-22T10:00:00.000Z\n", 36) << 1;
        QTest::newRow("a line torn by a crash, then another start")
            << QByteArray("2026-11-22T10:00:00.000Z\n2026-11-22T10:0\n2026-11-22T10:00:04.000Z\n") << 2;
        QTest::newRow("a torn line the next one was written onto")
            << QByteArray("2026-11-22T10:002026-11-22T10:00:04.000Z\n2026-11-22T10:00:06.000Z\n") << 1;
        QTest::newRow("no time zone: not ours") << QByteArray("2026-11-22T10:00:00.0000\n") << 0;
        QTest::newRow("not a date") << QByteArray("2026-13-45T10:00:00.000Z\n") << 0;
        QTest::newRow("CRLF line") << QByteArray("2026-11-22T10:00:00.000Z\r\n") << 0;
        QTest::newRow("empty file") << QByteArray() << 0;
        QTest::newRow("no newline at the end") << QByteArray("2026-11-22T10:00:00.000Z") << 1;
    }

    void damagedLinesAreSkipped()
    {
        QFETCH(QByteArray, content);
        QFETCH(int, starts);
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("pace/work"));
        writeBytes(path, content);
        QCOMPARE(PaceLog::read(path, kT0.addDays(-1)).size(), starts);
    }

    void aTornLastLineDoesNotSwallowTheNextStart()
    {
        QTemporaryDir dir;
        PaceLog log(dir.filePath(QStringLiteral("pace")), QStringLiteral("work"));
        writeBytes(log.path(), "2026-11-22T10:00:00.000Z\n2026-11-22T1"); // killed in the middle of a write
        QVERIFY(log.append(kT0.addSecs(10)).ok());
        QCOMPARE(PaceLog::read(log.path(), kT0.addDays(-1)), (QList<QDateTime> {kT0, kT0.addSecs(10)}));
    }

    void fileNamesAreSafeForAnyKey_data()
    {
        QTest::addColumn<QString>("key");
        QTest::addColumn<QString>("name");
        QTest::newRow("an account name is itself") << "work.2_a-b"
                                                   << "work.2_a-b";
        QTest::newRow("an ad-hoc key") << "ad-hoc:ada@smtp.esempio.it:587"
                                       << "ad-hoc%3Aada%40smtp.esempio.it%3A587";
        QTest::newRow("a slash never makes a folder") << "a/b"
                                                      << "a%2Fb";
        QTest::newRow("never hidden, never ..") << ".."
                                                << "%2E.";
        QTest::newRow("accents") << QStringLiteral("caffè") << "caff%C3%A8";
        QTest::newRow("empty") << ""
                               << "%00";
    }

    void fileNamesAreSafeForAnyKey()
    {
        QFETCH(QString, key);
        QFETCH(QString, name);
        QCOMPARE(PaceLog::fileName(key), name);
    }

    void aLongKeyIsCutAndStaysDistinct()
    {
        const QString a = QString(300, QLatin1Char('a')) + QLatin1Char('1');
        const QString b = QString(300, QLatin1Char('a')) + QLatin1Char('2');
        QVERIFY(PaceLog::fileName(a).size() <= 120);
        QVERIFY(PaceLog::fileName(a) != PaceLog::fileName(b));
    }

    void compactionKeepsWhatIsNeeded()
    {
        QTemporaryDir dir;
        PaceLog log(dir.filePath(QStringLiteral("pace")), QStringLiteral("work"));
        for (int i = 0; i < 300; ++i)
            QVERIFY(log.append(kT0.addSecs(i)).ok());
        QVERIFY(!log.isMostlyStale(100)); // 300 lines, 100 needed: not yet
        QVERIFY(log.isMostlyStale(10));
        QVERIFY(log.compact({kT0.addSecs(298), kT0.addSecs(299)}).ok());
        QCOMPARE(log.lines(), 2);
        QVERIFY(!log.isMostlyStale(2));
        QVERIFY(!QFile::exists(log.path() + QStringLiteral(".tmp")));
        // Appends go on in the new file.
        QVERIFY(log.append(kT0.addSecs(300)).ok());
        QCOMPARE(PaceLog::read(log.path(), kT0.addDays(-1)),
                 (QList<QDateTime> {kT0.addSecs(298), kT0.addSecs(299), kT0.addSecs(300)}));
    }

    void knowsWhenAnotherRunnerWroteTheFile()
    {
        QTemporaryDir dir;
        PaceLog log(dir.filePath(QStringLiteral("pace")), QStringLiteral("work"));
        QVERIFY(!log.unchangedSinceRead()); // never read
        (void)log.read(kT0);
        QVERIFY(log.unchangedSinceRead());
        QVERIFY(log.append(kT0).ok());
        QVERIFY(log.unchangedSinceRead()); // its own append
        PaceLog other(dir.filePath(QStringLiteral("pace")), QStringLiteral("work"));
        QVERIFY(other.append(kT0.addSecs(2)).ok());
        QVERIFY(!log.unchangedSinceRead());
        QCOMPARE(log.read(kT0.addDays(-1)).size(), 2);
        QVERIFY(log.unchangedSinceRead());
        QVERIFY(other.compact({kT0.addSecs(2)}).ok()); // a new file in its place
        QVERIFY(!log.unchangedSinceRead());
    }

    void theStoreLeavesThePaceFolderAlone()
    {
        QTemporaryDir dir;
        Test::MockClock clock;
        OutboxStore store(dir.path(), &clock);
        OutboxItem item;
        item.account = QStringLiteral("work");
        item.recipients = {{QStringLiteral("a@example.test"), OutboxRecipient::State::Pending, {}}};
        QVERIFY(store.add(item, "Subject: x\r\n\r\nx\r\n").ok());
        PaceLog log(store.paceDir(), QStringLiteral("work"));
        QVERIFY(log.append(clock.now()).ok());
        QCOMPARE(store.items().size(), 1);
        QVERIFY(store.problems().isEmpty()); // not taken for a damaged item
        QVERIFY(QFile::exists(log.path()));
        QCOMPARE(store.load(QStringLiteral("pace")).error().kind(), ErrorKind::NoInput);
    }
};

QTEST_GUILESS_MAIN(TestPaceLog)
#include "TestPaceLog.moc"

#include "MockClock.h"

#include "outbox/OutboxModel.h"
#include "outbox/OutboxStore.h"

#include <QAbstractItemModelTester>
#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Postino;

namespace {

OutboxItem item(const QString& rcpt)
{
    OutboxItem i;
    i.account = QStringLiteral("work");
    i.sender = QStringLiteral("ada@example.test");
    i.recipients = {{rcpt, OutboxRecipient::State::Pending, {}}};
    return i;
}

QByteArray message(const char* subject)
{
    return QByteArrayLiteral("From: ada@example.test\r\nSubject: ") + subject + QByteArrayLiteral("\r\n\r\nHi\r\n");
}

} // namespace

class TestOutboxModel : public QObject
{
    Q_OBJECT
private slots:
    void followsTheStoreLive()
    {
        QTemporaryDir dir;
        Test::MockClock clock;
        OutboxStore store(dir.path(), &clock);
        const QString first = store.add(item(QStringLiteral("a@x.test")), message("one")).value().id;
        clock.advance(1);

        OutboxModel model(&store);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(model.rowCount(), 1);
        QCOMPARE(model.data(model.index(0), Qt::DisplayRole).toString(), QStringLiteral("one"));
        QCOMPARE(model.data(model.index(0), OutboxModel::StateRole).toString(), QStringLiteral("queued"));
        QCOMPARE(model.data(model.index(0), OutboxModel::RecipientsRole).toStringList(),
                 QStringList {QStringLiteral("a@x.test")});
        QCOMPARE(model.data(model.index(0), OutboxModel::NextAttemptRole).toDateTime(),
                 store.load(first).value().created);

        // Added: a row appears, in id order.
        const QString second = store.add(item(QStringLiteral("b@x.test")), message("two")).value().id;
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(model.rowOf(second), 1);

        // Updated: the row changes in place.
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        OutboxItem failed = store.load(first).value();
        failed.state = OutboxItem::State::Failed;
        failed.lastError = QStringLiteral("The server refused a@x.test");
        QVERIFY(store.update(failed).ok());
        QCOMPARE(changed.count(), 1);
        QCOMPARE(model.data(model.index(0), OutboxModel::StateRole).toString(), QStringLiteral("failed"));
        QCOMPARE(model.data(model.index(0), OutboxModel::LastErrorRole).toString(), failed.lastError);
        QVERIFY(!model.data(model.index(0), OutboxModel::NextAttemptRole).toDateTime().isValid());

        // Sent: the row goes.
        OutboxItem sent = store.load(second).value();
        QVERIFY(store.markSent(sent).ok());
        QCOMPARE(model.rowCount(), 1);
        QCOMPARE(model.rowOf(second), -1);

        // Removed: the row goes.
        QVERIFY(store.remove(first).ok());
        QCOMPARE(model.rowCount(), 0);
    }

    void damagedItemDisappearsFromTheModel()
    {
        QTemporaryDir dir;
        Test::MockClock clock;
        OutboxStore store(dir.path(), &clock);
        const QString id = store.add(item(QStringLiteral("a@x.test")), message("one")).value().id;
        OutboxModel model(&store);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(model.rowCount(), 1);
        QFile meta(dir.path() + QStringLiteral("/outbox/") + id + QStringLiteral("/item.json"));
        QVERIFY(meta.open(QIODevice::WriteOnly | QIODevice::Truncate));
        meta.close();
        model.reload();
        QCOMPARE(model.rowCount(), 0);
        QCOMPARE(store.problems().size(), 1);
    }

    void theViewNeverReadsTheMessages()
    {
        // A view needs the items' metadata only: the message bytes (up to 25 MB each) are not read or
        // hashed for it on the GUI thread. A message changed on the disk (same size) is found when it
        // is sent, before its final dot (TestOutboxSmtp::aMessageChangedOnDiskIsNeverCompleted).
        QTemporaryDir dir;
        Test::MockClock clock;
        OutboxStore store(dir.path(), &clock);
        const QString id = store.add(item(QStringLiteral("a@x.test")), message("one")).value().id;
        QFile body(store.messagePath(id));
        QVERIFY(body.open(QIODevice::ReadWrite));
        QByteArray bytes = body.readAll();
        bytes[bytes.size() - 3] = 'X';
        QVERIFY(body.seek(0));
        QCOMPARE(body.write(bytes), bytes.size());
        body.close();
        OutboxStore gui(dir.path(), &clock); // nothing cached
        OutboxModel model(&gui);
        QCOMPARE(model.rowCount(), 1);
        emit gui.itemUpdated(id); // as when the item changed: the view reads its metadata again
        QCOMPARE(model.rowCount(), 1);
        // The Sent folder's view, likewise: its messages are not read to be listed.
        OutboxItem sent = store.load(id, OutboxStore::Check::Metadata).value();
        QVERIFY(store.markSent(sent).ok());
        OutboxStore later(dir.path(), &clock);
        OutboxModel sentModel(&later, OutboxModel::Folder::Sent);
        QCOMPARE(sentModel.rowCount(), 1);
        QVERIFY(later.problems().isEmpty());
        QVERIFY(gui.problems().isEmpty());
    }

    void sentFolderGainsWhatIsSent()
    {
        QTemporaryDir dir;
        Test::MockClock clock;
        OutboxStore store(dir.path(), &clock);
        OutboxItem earlier = store.add(item(QStringLiteral("a@x.test")), message("earlier")).value();
        QVERIFY(store.markSent(earlier).ok());
        clock.advance(1);
        OutboxModel sent(&store, OutboxModel::Folder::Sent);
        QAbstractItemModelTester tester(&sent, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(sent.rowCount(), 1);
        OutboxItem now = store.add(item(QStringLiteral("b@x.test")), message("now")).value();
        QCOMPARE(sent.rowCount(), 1);
        QVERIFY(store.markSent(now).ok());
        QCOMPARE(sent.rowCount(), 2);
        QCOMPARE(sent.data(sent.index(1), Qt::DisplayRole).toString(), QStringLiteral("now"));
        QCOMPARE(sent.data(sent.index(1), OutboxModel::StateRole).toString(), QStringLiteral("sent"));
        QCOMPARE(sent.headerData(0, Qt::Horizontal).toString(), QStringLiteral("Sent"));
    }

    void roleNamesForViews()
    {
        QTemporaryDir dir;
        OutboxStore store(dir.path());
        OutboxModel model(&store);
        const QHash<int, QByteArray> names = model.roleNames();
        QCOMPARE(names.value(OutboxModel::StateRole), QByteArray("state"));
        QCOMPARE(names.value(OutboxModel::NextAttemptRole), QByteArray("nextAttempt"));
        QCOMPARE(names.value(OutboxModel::LastErrorRole), QByteArray("lastError"));
    }
};

QTEST_GUILESS_MAIN(TestOutboxModel)
#include "TestOutboxModel.moc"

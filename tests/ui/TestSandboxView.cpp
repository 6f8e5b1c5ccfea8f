#include "MessageViewer.h"
#include "SandboxView.h"
#include "sandbox/SandboxMailbox.h"
#include "sandbox/SandboxServer.h"

#include <QApplication>
#include <QFile>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPointer>
#include <QScopeGuard>
#include <QSemaphore>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBrowser>
#include <QThread>
#include <QTreeView>

#include <memory>
#include <mutex>

using namespace Postino;

namespace {

// Records every step of every load (which message, on which thread), and can hold one step of one
// message until the test lets it go.
class LoadWatch
{
public:
    struct Call
    {
        SandboxView::LoadStep step;
        QString id;
        QThread* thread;
    };

    void holdAt(SandboxView::LoadStep step, const QString& id)
    {
        m_holdStep = step;
        m_holdId = id;
    }
    void letGo() { m_release.release(); }
    // Waits (bounded) until the held step has been reached.
    [[nodiscard]] bool waitUntilHeld() { return m_held.tryAcquire(1, 5000); }

    [[nodiscard]] SandboxView::LoadHook hook()
    {
        return [this](SandboxView::LoadStep step, const QString& id) {
            {
                const std::lock_guard<std::mutex> lock(m_mutex);
                m_calls.append({step, id, QThread::currentThread()});
            }
            if (step == m_holdStep && id == m_holdId) {
                m_held.release();
                (void)m_release.tryAcquire(1, 10000); // bounded: a failed test does not hang
            }
        };
    }

    [[nodiscard]] QList<Call> calls() const
    {
        const std::lock_guard<std::mutex> lock(m_mutex);
        return m_calls;
    }
    [[nodiscard]] bool called(SandboxView::LoadStep step, const QString& id) const
    {
        const QList<Call> all = calls();
        return std::any_of(all.cbegin(), all.cend(), [&](const Call& c) { return c.step == step && c.id == id; });
    }

private:
    mutable std::mutex m_mutex;
    QList<Call> m_calls;
    SandboxView::LoadStep m_holdStep = SandboxView::LoadStep::Read;
    QString m_holdId; // empty: nothing is held
    QSemaphore m_held;
    QSemaphore m_release;
};

QByteArray textMessage(const QByteArray& subject, const QByteArray& body)
{
    return "From: Ada <ada@example.org>\r\nTo: bob@example.org\r\nSubject: " + subject
        + "\r\nContent-Type: text/plain; charset=utf-8\r\n\r\n" + body + "\r\n";
}

} // namespace

class TestSandboxView : public QObject
{
    Q_OBJECT
private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<SandboxServer> m_server;

    QString capture(const QByteArray& message)
    {
        const Result<QString> id =
            m_server->mailbox()->store(QStringLiteral("ada@example.org"), {QStringLiteral("bob@example.org")}, message,
                                       QDateTime::currentDateTimeUtc());
        if (!id)
            qWarning("Could not store a capture: %s", qPrintable(id.error().message()));
        return id ? id.value() : QString();
    }

    static void select(SandboxView* view, const QString& id)
    {
        auto* list = view->findChild<QTreeView*>(QStringLiteral("sandboxMessageList"));
        QVERIFY(list);
        for (int row = 0; row < list->model()->rowCount(); ++row) {
            const QModelIndex index = list->model()->index(row, 0);
            if (index.data(SandboxMailbox::IdRole).toString() == id) {
                list->setCurrentIndex(index);
                return;
            }
        }
        QFAIL("The capture is not listed");
    }

    static QString headers(SandboxView* view)
    {
        return view->findChild<QLabel*>(QStringLiteral("messageHeaders"))->text();
    }
    static QString rendered(SandboxView* view)
    {
        return view->findChild<QTextBrowser*>(QStringLiteral("renderedView"))->toPlainText();
    }

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        QVERIFY(m_dir->isValid());
        m_server = std::make_unique<SandboxServer>(m_dir->filePath(QStringLiteral("sandbox")));
    }

    void cleanup()
    {
        m_server.reset();
        m_dir.reset();
    }

    void selectedMessageIsReadAndParsedOffTheGuiThread()
    {
        const QString id = capture(textMessage("Caff\xC3\xA8", "Ci vediamo al bar."));
        QVERIFY(!id.isEmpty());
        LoadWatch watch;
        SandboxView view(m_server.get());
        view.setLoadHook(watch.hook());
        view.show();

        select(&view, id);
        // Until the worker is back, the viewer says it is loading and shows nothing else.
        QVERIFY(view.viewer()->isLoading());
        QVERIFY(headers(&view).contains(QStringLiteral("Loading")));
        QVERIFY(rendered(&view).isEmpty());
        QVERIFY(!view.viewer()->tabs()->isEnabled());

        QTRY_VERIFY_WITH_TIMEOUT(rendered(&view).contains(QStringLiteral("Ci vediamo al bar.")), 5000);
        QVERIFY(!view.viewer()->isLoading());
        QVERIFY(headers(&view).contains(QStringLiteral("Caffè")));
        QVERIFY(view.findChild<QPlainTextEdit*>(QStringLiteral("rawView"))
                    ->toPlainText()
                    .contains(QStringLiteral("Subject: Caffè")));
        QVERIFY(view.viewer()->tabs()->isEnabled());

        QVERIFY(watch.called(SandboxView::LoadStep::Read, id));
        QVERIFY(watch.called(SandboxView::LoadStep::Parse, id));
        for (const LoadWatch::Call& call : watch.calls())
            QVERIFY2(call.thread != QThread::currentThread(), "a message was read or parsed on the GUI thread");
    }

    // Whether the first load is held before its read (dropped on the worker) or before its parse
    // (dropped when its result comes back), only the second selection is shown.
    void latestSelectionWins_data()
    {
        QTest::addColumn<SandboxView::LoadStep>("heldAt");
        QTest::newRow("first held before reading") << SandboxView::LoadStep::Read;
        QTest::newRow("first held before parsing") << SandboxView::LoadStep::Parse;
    }
    void latestSelectionWins()
    {
        QFETCH(SandboxView::LoadStep, heldAt);
        const QString first = capture(textMessage("First", "The first body."));
        const QString second = capture(textMessage("Second", "The second body."));
        QVERIFY(!first.isEmpty() && !second.isEmpty());
        LoadWatch watch;
        watch.holdAt(heldAt, first);
        auto view = std::make_unique<SandboxView>(m_server.get());
        // Declared after the view, so it lets the held job go before the view waits for it.
        const auto letGo = qScopeGuard([&watch] { watch.letGo(); });
        view->setLoadHook(watch.hook());
        view->show();

        select(view.get(), first);
        QVERIFY(watch.waitUntilHeld());
        select(view.get(), second);
        QTRY_VERIFY_WITH_TIMEOUT(rendered(view.get()).contains(QStringLiteral("The second body.")), 5000);

        // Now the first finishes; whatever it queued before it was done is delivered by one more
        // round of events, and must not replace the second.
        watch.letGo();
        QTRY_VERIFY_WITH_TIMEOUT(watch.called(SandboxView::LoadStep::Done, first), 5000);
        QCoreApplication::processEvents();
        QVERIFY(rendered(view.get()).contains(QStringLiteral("The second body.")));
        QVERIFY(!rendered(view.get()).contains(QStringLiteral("The first body.")));
        QVERIFY(headers(view.get()).contains(QStringLiteral("Second")));
    }

    void messageRemovedFromDiskShowsTheError()
    {
        const QString id = capture(textMessage("Gone", "Soon gone."));
        QVERIFY(!id.isEmpty());
        SandboxView view(m_server.get());
        view.show();
        QVERIFY(QFile::remove(m_server->mailbox()->messagePath(id)));

        select(&view, id);
        QTRY_VERIFY_WITH_TIMEOUT(headers(&view).contains(QStringLiteral("Could not open the captured message")), 5000);
        QVERIFY(!view.viewer()->isLoading());
        QVERIFY(rendered(&view).isEmpty());
        QVERIFY(!view.viewer()->tabs()->isEnabled());
    }

    void viewDestroyedWhileLoading()
    {
        const QString id = capture(textMessage("Late", "Arrives after the view is gone."));
        QVERIFY(!id.isEmpty());
        LoadWatch watch;
        watch.holdAt(SandboxView::LoadStep::Parse, id);
        auto view = std::make_unique<SandboxView>(m_server.get());
        view->setLoadHook(watch.hook());
        view->show();
        QPointer<MessageViewer> viewer = view->viewer();

        select(view.get(), id);
        QVERIFY(watch.waitUntilHeld());
        watch.letGo(); // the job parses and queues its result while the view is being destroyed
        view.reset();
        QVERIFY(viewer.isNull());
        QVERIFY(watch.called(SandboxView::LoadStep::Done, id)); // the destructor waited for the job
        QCoreApplication::processEvents(); // a result queued for the destroyed view would arrive here
    }
};

QTEST_MAIN(TestSandboxView)
#include "TestSandboxView.moc"

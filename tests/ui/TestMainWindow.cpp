#include "GuiTestUtil.h"

#include "Autostart.h"
#include "ComposerWindow.h"
#include "ItemListPage.h"
#include "MainWindow.h"
#include "MessageBox.h"
#include "MessageViewer.h"
#include "SandboxView.h"
#include "common/Paths.h"
#include "common/Settings.h"
#include "drafts/DraftStore.h"
#include "sandbox/SandboxMailbox.h"
#include "sandbox/SandboxServer.h"

#include <QAction>
#include <QApplication>
#include <QCommandLinkButton>
#include <QDir>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPointer>
#include <QPushButton>
#include <QScrollBar>
#include <QSettings>
#include <QSignalSpy>
#include <QSplitter>
#include <QStackedWidget>
#include <QStandardItemModel>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTabWidget>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBrowser>
#include <QTreeView>

#include <cerrno>
#include <memory>

using namespace Postino;

class TestMainWindow : public QObject
{
    Q_OBJECT
private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<DraftStore> m_drafts;
    std::unique_ptr<SandboxServer> m_sandbox;

    std::unique_ptr<MainWindow> makeWindow()
    {
        auto window = std::make_unique<MainWindow>(m_drafts.get(), m_sandbox.get());
        window->sandboxView()->setPreferredPort(0); // tests never take a fixed port
        window->show();
        if (!QTest::qWaitForWindowExposed(window.get()))
            qWarning("The main window was not exposed");
        return window;
    }

    template<typename T>
    static T* find(QWidget* root, const char* name)
    {
        auto* child = root->findChild<T*>(QLatin1String(name));
        if (!child)
            qWarning("No %s named %s", T::staticMetaObject.className(), name);
        return child;
    }

    // Sends one message to the sandbox the way a pipelining client does.
    void sendToSandbox(const QByteArray& message)
    {
        QTcpSocket socket;
        socket.connectToHost(QHostAddress::LocalHost, m_sandbox->port());
        QVERIFY(QTest::qWaitFor([&] { return socket.state() == QAbstractSocket::ConnectedState; }, 5000));
        socket.write("EHLO gui.test\r\nMAIL FROM:<ada@example.org>\r\nRCPT TO:<bob@example.org>\r\nDATA\r\n" + message
                     + "\r\n.\r\nQUIT\r\n");
        QVERIFY(QTest::qWaitFor([&] { return socket.state() == QAbstractSocket::UnconnectedState; }, 5000));
    }

    static QVariantHash windowState()
    {
        QSettings settings(MainWindow::windowStateFileName(), QSettings::IniFormat);
        QVariantHash values;
        for (const QString& key : settings.allKeys())
            values.insert(key, settings.value(key));
        return values;
    }

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        QVERIFY(m_dir->isValid());
        m_drafts = std::make_unique<DraftStore>(m_dir->filePath(QStringLiteral("drafts")));
        m_sandbox = std::make_unique<SandboxServer>(m_dir->filePath(QStringLiteral("sandbox")));
        QFile::remove(MainWindow::windowStateFileName());
        MessageBox::resetCounters();
    }

    void cleanup()
    {
        m_sandbox.reset();
        m_drafts.reset();
        m_dir.reset();
    }

    void languageIsChosenInTheViewMenu()
    {
        Paths::setOverride(m_dir->filePath(QStringLiteral("config")));
        auto window = makeWindow();
        auto* system = find<QAction>(window.get(), "languageAction_system");
        auto* italian = find<QAction>(window.get(), "languageAction_it");
        QVERIFY(system && italian);
        QVERIFY(system->isChecked()); // nothing stored: the system's language
        QSignalSpy restart(window.get(), &MainWindow::restartRequested);
        MessageBox::setNextAnswer(QMessageBox::No); // Later
        italian->trigger();
        QVERIFY(italian->isChecked());
        QVERIFY(!system->isChecked());
        QTRY_COMPARE_WITH_TIMEOUT(MessageBox::shownCount(), 1, 5000); // once it is written
        QCOMPARE(Settings(Settings::defaultFileName()).stringValue(Settings::Key::UiLanguage), QStringLiteral("it"));
        // Said in the language chosen, not in the one shown now.
        QVERIFY2(MessageBox::lastText().contains(QStringLiteral("Riavviarlo ora?")),
                 qPrintable(MessageBox::lastText()));
        QVERIFY(restart.isEmpty());
        QVERIFY(window->isVisible());
        // Restart Now: the window asks to be started again and closes.
        MessageBox::setNextAnswer(QMessageBox::Yes);
        find<QAction>(window.get(), "languageAction_en")->trigger();
        QTRY_COMPARE_WITH_TIMEOUT(MessageBox::shownCount(), 2, 5000);
        QVERIFY2(MessageBox::lastText().contains(QStringLiteral("Restart it now?")),
                 qPrintable(MessageBox::lastText()));
        QCOMPARE(restart.size(), 1);
        QTRY_VERIFY(!window->isVisible());
        // A new window shows the stored choice.
        window.reset();
        window = makeWindow();
        QVERIFY(find<QAction>(window.get(), "languageAction_en")->isChecked());
        Paths::setOverride({});
    }

    void welcomePageIsShownWithoutAccounts()
    {
        auto window = makeWindow();
        QCOMPARE(window->currentPage(), MainWindow::Page::Welcome);
        QVERIFY(find<QWidget>(window.get(), "welcomePage")->isVisible());
        QVERIFY(find<QLabel>(window.get(), "noAccountsLabel")->isVisible());
        QSignalSpy addAccount(window.get(), &MainWindow::addAccountRequested);
        QTest::mouseClick(find<QCommandLinkButton>(window.get(), "welcomeAddAccountButton"), Qt::LeftButton);
        QTest::mouseClick(find<QPushButton>(window.get(), "addAccountButton"), Qt::LeftButton);
        window->findChild<QAction*>(QStringLiteral("addAccountAction"))->trigger();
        QCOMPARE(addAccount.size(), 3);
    }

    void accountsReplaceTheWelcomePage()
    {
        auto window = makeWindow();
        QStandardItemModel accounts;
        window->setAccountsModel(&accounts);
        QCOMPARE(window->currentPage(), MainWindow::Page::Welcome);
        accounts.appendRow(new QStandardItem(QStringLiteral("ada@example.org")));
        QCOMPARE(window->currentPage(), MainWindow::Page::Outbox);
        QVERIFY(find<QListView>(window.get(), "accountList")->isVisible());
        QVERIFY(!find<QLabel>(window.get(), "noAccountsLabel")->isVisible());
        QVERIFY(find<QListWidget>(window.get(), "navigationList")->item(0)->isHidden());
    }

    void sandboxButtonStartsTheServerAndShowsItsMessages()
    {
        auto window = makeWindow();
        QVERIFY(!m_sandbox->isRunning());
        QTest::mouseClick(find<QCommandLinkButton>(window.get(), "welcomeSandboxButton"), Qt::LeftButton);
        QTRY_VERIFY(m_sandbox->isRunning());
        QCOMPARE(window->currentPage(), MainWindow::Page::Sandbox);
        QVERIFY(find<QWidget>(window.get(), "sandboxView")->isVisible());
        auto* address = find<QLineEdit>(window.get(), "sandboxAddressEdit");
        QVERIFY(address->isVisible());
        QCOMPARE(address->text(), QStringLiteral("127.0.0.1:%1").arg(m_sandbox->port()));
        QVERIFY(find<QLabel>(window.get(), "sandboxStatusLabel")->text().contains(QString::number(m_sandbox->port())));

        auto* list = find<QTreeView>(window.get(), "sandboxMessageList");
        QVERIFY(!list->isVisible()); // the empty state is shown instead
        sendToSandbox("From: Ada <ada@example.org>\r\nTo: bob@example.org\r\nSubject: =?UTF-8?Q?Caff=C3=A8?=\r\n"
                      "Content-Type: text/plain; charset=utf-8\r\nContent-Transfer-Encoding: quoted-printable\r\n\r\n"
                      "Ci vediamo al bar alle 10. Citt=C3=A0 bella.\r\n..dot");
        QTRY_VERIFY(list->isVisible());
        QCOMPARE(list->model()->rowCount(), 1);
        QCOMPARE(list->model()->index(0, SandboxMailbox::FromColumn).data().toString(),
                 QStringLiteral("Ada <ada@example.org>"));
        QCOMPARE(list->model()->index(0, SandboxMailbox::ToColumn).data().toString(),
                 QStringLiteral("bob@example.org"));
        QCOMPARE(list->model()->index(0, SandboxMailbox::SubjectColumn).data().toString(), QStringLiteral("Caffè"));
        QVERIFY(!list->model()->index(0, SandboxMailbox::ReceivedColumn).data().toString().isEmpty());

        // The first message captured is selected and shown: rendered and raw.
        auto* rendered = find<QTextBrowser>(window.get(), "renderedView");
        auto* raw = find<QPlainTextEdit>(window.get(), "rawView");
        QTRY_VERIFY(rendered->toPlainText().contains(QStringLiteral("Città bella")));
        QVERIFY(find<QLabel>(window.get(), "messageHeaders")->text().contains(QStringLiteral("Caffè")));
        QVERIFY(raw->toPlainText().contains(QStringLiteral("Subject: =?UTF-8?Q?Caff=C3=A8?=")));
        QVERIFY(raw->toPlainText().contains(QStringLiteral("\n.dot"))); // unstuffed
        QVERIFY(raw->isReadOnly());
        QVERIFY(raw->textInteractionFlags() & Qt::TextSelectableByKeyboard);
        QVERIFY(raw->font().fixedPitch() || raw->font().styleHint() == QFont::TypeWriter
                || raw->font().family().contains(QStringLiteral("Mono"), Qt::CaseInsensitive));

        // Delete removes it from the list and the disk.
        list->setFocus();
        list->setCurrentIndex(list->model()->index(0, 0));
        QTest::mouseClick(find<QPushButton>(window.get(), "sandboxDeleteButton"), Qt::LeftButton);
        QCOMPARE(m_sandbox->mailbox()->rowCount(), 0);
        QTRY_VERIFY(!list->isVisible());

        QTest::mouseClick(find<QPushButton>(window.get(), "sandboxStartStopButton"), Qt::LeftButton);
        QVERIFY(!m_sandbox->isRunning());
        QVERIFY(!address->isVisible());
    }

    void outboxAndSentShowTheIntegratorsModels()
    {
        auto window = makeWindow();
        window->showPage(MainWindow::Page::Outbox);
        auto* outbox = find<ItemListPage>(window.get(), "outboxPage");
        QVERIFY(outbox->emptyLabel()->isVisible()); // no model yet: the empty state, not a blank list
        QStandardItemModel queue;
        window->setOutboxModel(&queue);
        QVERIFY(outbox->emptyLabel()->isVisible());
        queue.appendRow(new QStandardItem(QStringLiteral("To bob: Caffè")));
        QVERIFY(outbox->view()->isVisible());
        QCOMPARE(outbox->view()->model(), &queue);
        queue.removeRow(0);
        QVERIFY(outbox->emptyLabel()->isVisible());

        QStandardItemModel sent;
        sent.appendRow(new QStandardItem(QStringLiteral("To carol: report")));
        window->setSentModel(&sent);
        window->showPage(MainWindow::Page::Sent);
        QVERIFY(find<ItemListPage>(window.get(), "sentPage")->view()->isVisible());
    }

    void newMessageOpensAComposerAndForwardsSend()
    {
        auto window = makeWindow();
        window->setIdentities({{QString(), QStringLiteral("acc"), QStringLiteral("Ada <ada@example.org>"), QString()}});
        QSignalSpy opened(window.get(), &MainWindow::composerOpened);
        QSignalSpy sent(window.get(), &MainWindow::sendRequested);
        QTest::keyClick(window.get(), Qt::Key_N, Qt::ControlModifier);
        QCOMPARE(opened.size(), 1);
        QPointer<ComposerWindow> composer = opened.at(0).at(0).value<ComposerWindow*>();
        QVERIFY(composer);
        QVERIFY(composer->isVisible());
        QVERIFY(composer->isWindow());
        QCOMPARE(composer->message().from, QStringLiteral("Ada <ada@example.org>"));
        QTest::keyClicks(composer->findChild<QLineEdit*>(QStringLiteral("toEdit")), QStringLiteral("bob@example.org"));
        QVERIFY(composer->send());
        QCOMPARE(sent.size(), 1);
        QTRY_VERIFY(!composer); // deleted on close
    }

    void draftsAreListedAndReopened()
    {
        ComposedMessage draft;
        draft.to = QStringLiteral("bob@example.org");
        draft.subject = QStringLiteral("left over");
        QVERIFY(m_drafts->save(QStringLiteral("d1"), draft).ok());
        auto window = makeWindow();
        window->showPage(MainWindow::Page::Drafts);
        auto* list = find<QTreeView>(window.get(), "draftList");
        QVERIFY(list->isVisible());
        QCOMPARE(list->model()->rowCount(), 1);
        QCOMPARE(list->model()->index(0, 0).data().toString(), QStringLiteral("left over"));

        list->setCurrentIndex(list->model()->index(0, 0));
        QSignalSpy opened(window.get(), &MainWindow::composerOpened);
        QTest::mouseClick(find<QPushButton>(window.get(), "openDraftButton"), Qt::LeftButton);
        QCOMPARE(opened.size(), 1);
        auto* composer = opened.at(0).at(0).value<ComposerWindow*>();
        QCOMPARE(composer->message().subject, QStringLiteral("left over"));
        QCOMPARE(composer->draftId(), QStringLiteral("d1"));
        // Opening it again brings the same window forward.
        QCOMPARE(window->openDraft(QStringLiteral("d1")), composer);

        // A new draft appears in the list as it is saved.
        QVERIFY(m_drafts->save(QStringLiteral("d2"), draft).ok());
        QCOMPARE(list->model()->rowCount(), 2);
        QVERIFY(window->close()); // closes the composer too, which keeps its draft
        QCOMPARE(m_drafts->list().size(), 2);
    }

    // Delete on the Drafts page removes the file on the window's worker thread; when it cannot, the
    // draft stays listed and the status bar says why.
    void draftIsDeletedOffTheGuiThread()
    {
        ComposedMessage draft;
        draft.subject = QStringLiteral("to go");
        QVERIFY(m_drafts->save(QStringLiteral("d1"), draft).ok());
        Test::WriteWatch watch;
        watch.failWith(EIO);
        m_drafts->setWriteHook(watch.hook());
        auto window = makeWindow();
        window->showPage(MainWindow::Page::Drafts);
        auto* list = find<QTreeView>(window.get(), "draftList");
        list->setCurrentIndex(list->model()->index(0, 0));
        QTest::mouseClick(find<QPushButton>(window.get(), "deleteDraftButton"), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(window->statusBar()->currentMessage().contains(QStringLiteral("Could not delete")),
                                 5000);
        QCOMPARE(list->model()->rowCount(), 1);
        QVERIFY(m_drafts->contains(QStringLiteral("d1")));

        watch.failWith(0);
        QTest::mouseClick(find<QPushButton>(window.get(), "deleteDraftButton"), Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(list->model()->rowCount(), 0, 5000);
        QVERIFY(!m_drafts->contains(QStringLiteral("d1")));
        QCOMPARE(watch.count(), 2);
        QVERIFY2(watch.onThisThread().isEmpty(), qPrintable(watch.onThisThread().join(u'\n')));
    }

    // The language and the window's geometry are written on the worker thread; a language that cannot
    // be written is reported and the menu shows the stored choice again.
    void settingsAreWrittenOffTheGuiThread()
    {
        Paths::setOverride(m_dir->filePath(QStringLiteral("config")));
        Test::WriteWatch watch;
        watch.failWith(EACCES);
        auto window = makeWindow();
        window->setWriteHook(watch.hook());
        auto* system = find<QAction>(window.get(), "languageAction_system");
        auto* italian = find<QAction>(window.get(), "languageAction_it");
        MessageBox::setNextAnswer(QMessageBox::Ok);
        italian->trigger();
        QTRY_COMPARE_WITH_TIMEOUT(MessageBox::shownCount(), 1, 5000);
        QVERIFY2(MessageBox::lastText().contains(QStringLiteral("could not be saved")),
                 qPrintable(MessageBox::lastText()));
        QVERIFY(system->isChecked());
        QVERIFY(Settings(Settings::defaultFileName()).stringValue(Settings::Key::UiLanguage).isEmpty());

        watch.failWith(0);
        MessageBox::setNextAnswer(QMessageBox::Ok);
        italian->trigger();
        QTRY_COMPARE_WITH_TIMEOUT(MessageBox::shownCount(), 2, 5000);
        QCOMPARE(Settings(Settings::defaultFileName()).stringValue(Settings::Key::UiLanguage), QStringLiteral("it"));
        QVERIFY(window->close());
        window.reset(); // waits for the geometry's write
        QCOMPARE(watch.count(), 3);
        QVERIFY(windowState().contains(QStringLiteral("MainWindow/geometry")));
        QVERIFY2(watch.onThisThread().isEmpty(), qPrintable(watch.onThisThread().join(u'\n')));
        Paths::setOverride({});
    }

    // Quitting while a composer still writes its draft: the composer goes at once, the main window
    // closes once the draft is on disk.
    void closingWaitsForTheComposersDraft()
    {
        auto window = makeWindow();
        ComposerWindow* composer = window->newMessage();
        QPointer<ComposerWindow> guard(composer);
        QTest::keyClicks(find<QLineEdit>(composer, "subjectEdit"), QStringLiteral("unsent"));
        QVERIFY(!window->close());
        QVERIFY(!composer->isVisible());
        QTRY_VERIFY_WITH_TIMEOUT(!window->isVisible(), 5000);
        QVERIFY(guard.isNull());
        QCOMPARE(m_drafts->list().size(), 1);
        QCOMPARE(m_drafts->list().constFirst().subject, QStringLiteral("unsent"));
    }

    void damagedDraftIsReportedNotOpened()
    {
        QDir().mkpath(m_drafts->folder());
        QFile bad(m_drafts->folder() + u"/broken.json");
        QVERIFY(bad.open(QIODevice::WriteOnly));
        bad.write("{not json");
        bad.close();
        auto window = makeWindow();
        MessageBox::setNextAnswer(QMessageBox::Ok);
        QCOMPARE(window->openDraft(QStringLiteral("broken")), nullptr);
        QCOMPARE(MessageBox::shownCount(), 1);
        QVERIFY(MessageBox::lastText().contains(QStringLiteral("broken.json")));
    }

    void geometryIsSavedAndRestored()
    {
        {
            auto window = makeWindow();
            window->resize(812, 555);
            QTRY_COMPARE(window->size(), QSize(812, 555));
            QVERIFY(window->close());
        }
        QVERIFY(windowState().contains(QStringLiteral("MainWindow/geometry")));
        auto again = makeWindow();
        QCOMPARE(again->size(), QSize(812, 555));
    }

    // Earlier versions wrote the window's settings to "Unknown Organization/<app>.conf": moved beside
    // Postino's other settings at the next start, the stray file and its folder removed.
    void strayWindowSettingsAreMoved()
    {
        const QString strayDir = QDir(QStandardPaths::writableLocation(QStandardPaths::GenericConfigLocation))
                                     .filePath(QStringLiteral("Unknown Organization"));
        const QString stray = strayDir + u'/' + QCoreApplication::applicationName() + QStringLiteral(".conf");
        QByteArray geometry;
        {
            auto window = makeWindow();
            window->resize(640, 433);
            QTRY_COMPARE(window->size(), QSize(640, 433));
            geometry = window->saveGeometry();
            window->hide();
        }
        QFile::remove(MainWindow::windowStateFileName());
        {
            QDir().mkpath(strayDir);
            QSettings old(stray, QSettings::IniFormat);
            old.setValue(QStringLiteral("MainWindow/geometry"), geometry);
            old.sync();
        }
        QVERIFY(QFile::exists(stray));
        auto window = makeWindow();
        QCOMPARE(window->size(), QSize(640, 433));
        QTRY_VERIFY_WITH_TIMEOUT(!QFile::exists(stray), 5000);
        QTRY_VERIFY_WITH_TIMEOUT(!QDir(strayDir).exists(), 5000); // removed just after the file, on the writer
        QCOMPARE(windowState().value(QStringLiteral("MainWindow/geometry")).toByteArray(), geometry);
        QVERIFY(MainWindow::windowStateFileName().startsWith(Paths::configDir()));
    }

    // Start at login: off by default; on writes the XDG autostart entry that starts Postino minimised, off
    // removes it.
    void startAtLoginWritesAndRemovesTheAutostartEntry()
    {
        QFile::remove(Autostart::entryPath());
        auto window = makeWindow();
        auto* action = find<QAction>(window.get(), "autostartAction");
        QVERIFY(action->isCheckable());
        QVERIFY(!action->isChecked());
        action->trigger();
        QVERIFY(action->isChecked());
        QFile entry(Autostart::entryPath());
        QVERIFY(entry.fileName().endsWith(QStringLiteral("/autostart/org.postino.Postino.desktop")));
        QVERIFY(entry.open(QIODevice::ReadOnly));
        const QByteArray text = entry.readAll();
        QVERIFY(text.startsWith("[Desktop Entry]\n"));
        QVERIFY(text.contains(
            QByteArray("\nExec=\"" + QCoreApplication::applicationFilePath().toUtf8() + "\" --minimized\n")));
        QVERIFY(text.contains("\nType=Application\n"));
        QVERIFY(makeWindow()->findChild<QAction*>(QStringLiteral("autostartAction"))->isChecked());
        action->trigger();
        QVERIFY(!QFile::exists(Autostart::entryPath()));
        // A path with a quote and a dollar is quoted as the Desktop Entry Specification says.
        QVERIFY(Autostart::entry(QStringLiteral("/opt/my \"p$\"/postino"))
                    .contains("Exec=\"/opt/my \\\\\"p\\\\$\\\\\"/postino\" --minimized\n"));
    }

    void outboxCountsShowOutsideTheOutbox()
    {
        auto window = makeWindow();
        auto* navigation = find<QListWidget>(window.get(), "navigationList");
        QVERIFY(navigation);
        const auto outboxEntry = [navigation]() -> QListWidgetItem* {
            for (int row = 0; row < navigation->count(); ++row) {
                if (navigation->item(row)->data(Qt::UserRole).toInt() == int(MainWindow::Page::Outbox))
                    return navigation->item(row);
            }
            return nullptr;
        };
        QCOMPARE(outboxEntry()->text(), QStringLiteral("Outbox"));
        window->setOutboxCounts(3, 0);
        QCOMPARE(outboxEntry()->text(), QStringLiteral("Outbox (3 waiting)"));
        QCOMPARE(window->windowTitle(), QStringLiteral("Postino – 3 waiting"));
        QVERIFY(!outboxEntry()->font().bold());
        window->setOutboxCounts(3, 1);
        QCOMPARE(outboxEntry()->text(), QStringLiteral("Outbox (3 waiting, 1 failed)"));
        QCOMPARE(window->windowTitle(), QStringLiteral("Postino – 3 waiting, 1 failed"));
        QVERIFY(outboxEntry()->font().bold()); // failed ones stand out
        window->setOutboxCounts(0, 0);
        QCOMPARE(outboxEntry()->text(), QStringLiteral("Outbox"));
        QCOMPARE(window->windowTitle(), QStringLiteral("Postino"));
    }

    // In a narrow sidebar a long count wraps onto a second line: read whole, never cut off or scrolled
    // sideways (Italian's "Posta in uscita (1 in attesa, 1 non riuscito)" is longer still).
    void outboxCountsWrapInANarrowSidebar()
    {
        auto window = makeWindow();
        window->resize(1000, 660);
        find<QSplitter>(window.get(), "mainSplitter")->setSizes({180, 820});
        window->setOutboxCounts(12345, 678);
        auto* navigation = find<QListWidget>(window.get(), "navigationList");
        QListWidgetItem* entry = nullptr;
        for (int row = 0; row < navigation->count(); ++row) {
            if (navigation->item(row)->data(Qt::UserRole).toInt() == int(MainWindow::Page::Outbox))
                entry = navigation->item(row);
        }
        QVERIFY(entry);
        const QFontMetrics metrics(entry->font());
        QTRY_VERIFY(navigation->viewport()->width() <= 200);
        QVERIFY2(metrics.horizontalAdvance(entry->text()) > navigation->viewport()->width(),
                 "the count fits one line: make it longer");
        QTRY_VERIFY(navigation->visualItemRect(entry).height() >= 2 * metrics.lineSpacing());
        QVERIFY(navigation->visualItemRect(entry).right() <= navigation->viewport()->width());
        QCOMPARE(navigation->horizontalScrollBar()->maximum(), 0);
    }

    void draftButtonsNeedADraft()
    {
        auto window = makeWindow();
        auto* open = find<QPushButton>(window.get(), "openDraftButton");
        auto* remove = find<QPushButton>(window.get(), "deleteDraftButton");
        QVERIFY(!open->isEnabled());
        QVERIFY(!remove->isEnabled());
        ComposedMessage draft;
        draft.subject = QStringLiteral("kept");
        QVERIFY(m_drafts->save(QStringLiteral("d1"), draft).ok());
        QTRY_VERIFY(open->isEnabled());
        QVERIFY(remove->isEnabled());
        QVERIFY(m_drafts->remove(QStringLiteral("d1")).ok());
        QTRY_VERIFY(!open->isEnabled());
        QVERIFY(!remove->isEnabled());
    }

    void everyInputHasAnAccessibleName()
    {
        auto window = makeWindow();
        window->startSandbox();
        window->setOutboxModel(new QStandardItemModel(window.get()));
        QStringList unnamed = Test::unnamedInputs(window.get());
        QVERIFY2(unnamed.isEmpty(), qPrintable(unnamed.join(u',')));
        ComposerWindow* composer = window->newMessage();
        unnamed = Test::unnamedInputs(composer);
        QVERIFY2(unnamed.isEmpty(), qPrintable(unnamed.join(u',')));
    }

    void keyboardReachesEveryView()
    {
        auto window = makeWindow();
        const std::pair<Qt::Key, MainWindow::Page> keys[] = {
            {Qt::Key_1, MainWindow::Page::Outbox},    {Qt::Key_2, MainWindow::Page::Sent},
            {Qt::Key_3, MainWindow::Page::Drafts},    {Qt::Key_4, MainWindow::Page::Sandbox},
            {Qt::Key_5, MainWindow::Page::Campaigns}, {Qt::Key_6, MainWindow::Page::DomainHealth}};
        for (const auto& [key, page] : keys) {
            QTest::keyClick(window.get(), key, Qt::ControlModifier);
            QCOMPARE(window->currentPage(), page);
        }
        MessageBox::setNextAnswer(QMessageBox::Ok);
        window->findChild<QAction*>(QStringLiteral("aboutAction"))->trigger();
        QCOMPARE(MessageBox::shownCount(), 1);
        QTest::keyClick(window.get(), Qt::Key_Q, Qt::ControlModifier);
        QVERIFY(!window->isVisible());
    }

    // Not a check: writes the main window as a person sees it, when POSTINO_SCREENSHOT_DIR is set.
    void screenshot()
    {
        const QString dir = qEnvironmentVariable("POSTINO_SCREENSHOT_DIR");
        if (dir.isEmpty())
            QSKIP("Set POSTINO_SCREENSHOT_DIR to write screenshots");
        auto window = makeWindow();
        window->resize(1000, 660);
        QVERIFY(window->grab().save(dir + u"/welcome-offscreen.png"));
    }
};

QTEST_MAIN(TestMainWindow)
#include "TestMainWindow.moc"

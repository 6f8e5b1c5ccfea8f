// The campaign windows offscreen, the whole journey: a list with a bad and a repeated row, a field inserted
// from the menu, a preview, a test to oneself, Start on the worker, the GUI's runner sending through the fake
// factory, pause and resume, the report and its export; then cancel, and the suppression list.
#include "GuiTestUtil.h"

#include "AppController.h"
#include "FakeSecretStore.h"
#include "FakeSubmission.h"
#include "ItemListPage.h"
#include "MainWindow.h"
#include "MessageBox.h"
#include "accounts/AccountStore.h"
#include "campaign/CampaignEditor.h"
#include "campaign/CampaignJobs.h"
#include "campaign/CampaignListModel.h"
#include "campaign/CampaignReportModel.h"
#include "campaign/CampaignService.h"
#include "campaign/CampaignWindow.h"
#include "campaign/CampaignsView.h"
#include "campaign/Prompt.h"
#include "campaign/SuppressionDialog.h"
#include "outbox/OutboxRunner.h"

#include <QComboBox>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>
#include <QTreeView>
#include <QTreeWidget>

#include <memory>

using namespace Postino;
using Postino::Test::FakeSecretStore;
using Postino::Test::FakeSubmissionFactory;

class TestCampaignWindows : public QObject
{
    Q_OBJECT
private:
    std::unique_ptr<QTemporaryDir> m_dir;
    FakeSecretStore m_secrets;
    std::unique_ptr<FakeSubmissionFactory> m_factory;

    std::unique_ptr<AppController> makeController()
    {
        AppControllerOptions options;
        options.dataDir = m_dir->filePath(QStringLiteral("data"));
        options.accountsFile = m_dir->filePath(QStringLiteral("accounts.ini"));
        options.secrets = &m_secrets;
        options.submissions = m_factory.get();
        options.notifications = false;
        auto controller = std::make_unique<AppController>(options);
        Account account;
        account.name = QStringLiteral("ada");
        account.email = QStringLiteral("ada@example.org");
        account.displayName = QStringLiteral("Ada Rossi");
        account.host = QStringLiteral("127.0.0.1");
        account.port = 2525;
        account.security = Security::None;
        account.auth = AuthMechanism::None;
        if (!controller->accounts()->add(account).ok())
            return nullptr;
        controller->reloadAccounts();
        controller->window()->show();
        return controller;
    }

    // Five data rows: three kept, one invalid (line 4), one repeating row 1 (line 5).
    QString writeList()
    {
        const QString path = m_dir->filePath(QStringLiteral("iscritti.csv"));
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly))
            return {};
        file.write("email,nome\r\n"
                   "anna@example.org,Anna\r\n"
                   "bruno@example.org,Bruno\r\n"
                   "not an address,Nessuno\r\n"
                   "anna@example.org,Anna again\r\n"
                   "carla@example.org,Carla\r\n");
        return path;
    }

    template<typename T>
    static T* child(QWidget* root, const char* name)
    {
        return root->findChild<T*>(QLatin1String(name));
    }

    // A created campaign from the editor, with the list above (not started).
    CampaignEditor* createCampaign(AppController* controller, const QString& name)
    {
        CampaignsView* view = controller->campaignsView();
        auto* newButton = child<QToolButton>(controller->window()->campaignsPage(), "newCampaignButton");
        if (!newButton)
            return nullptr;
        newButton->click();
        CampaignEditor* editor = view->editor();
        if (!editor)
            return nullptr;
        QSignalSpy checked(editor, &CampaignEditor::listChecked);
        Prompt::setNextAnswers({writeList()});
        child<QPushButton>(editor, "importListButton")->click();
        if (!QTest::qWaitFor([&] { return checked.count() == 1; }, 5000) || !checked.first().first().toBool())
            return nullptr;
        child<QLineEdit>(editor, "campaignNameEdit")->setText(name);
        QTest::keyClicks(child<QLineEdit>(editor, "campaignSubjectEdit"), QStringLiteral("News for {{nome}}"));
        QTest::keyClicks(child<QPlainTextEdit>(editor, "campaignTextEdit"), QStringLiteral("Ciao "));
        // The field from the menu, at the cursor of the text body (the field last used).
        QAction* field = editor->findChild<QAction*>(QStringLiteral("insertField_nome"));
        if (!field)
            return nullptr;
        field->trigger();
        QSignalSpy created(editor, &CampaignEditor::created);
        child<QPushButton>(editor, "createCampaignButton")->click();
        if (!QTest::qWaitFor([&] { return created.count() == 1; }, 5000))
            return nullptr;
        return editor;
    }

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        m_factory = std::make_unique<FakeSubmissionFactory>();
        MessageBox::resetCounters();
        Prompt::setNextAnswers({});
    }
    void cleanup() { QCOMPARE(Prompt::pendingAnswers(), 0); }

    void theWholeJourney()
    {
        auto controller = makeController();
        QVERIFY(controller);
        controller->window()->showPage(MainWindow::Page::Campaigns);
        QCOMPARE(controller->window()->currentPage(), MainWindow::Page::Campaigns);
        CampaignsView* view = controller->campaignsView();

        CampaignEditor* editor = createCampaign(controller.get(), QStringLiteral("Spring"));
        QVERIFY(editor);
        QVERIFY2(Test::unnamedInputs(editor).isEmpty(), qPrintable(Test::unnamedInputs(editor).join(u',')));
        // The list: its first rows, the address column found by name, and the skipped rows with line and reason.
        QCOMPARE(child<QComboBox>(editor, "emailColumnCombo")->currentText(), QStringLiteral("email"));
        QCOMPARE(child<QTableWidget>(editor, "listPreviewTable")->rowCount(), 5);
        auto* skipped = child<QTreeWidget>(editor, "skippedRowsList");
        QCOMPARE(skipped->topLevelItemCount(), 2);
        QCOMPARE(skipped->topLevelItem(0)->text(0), QStringLiteral("4"));
        QCOMPARE(skipped->topLevelItem(1)->text(0), QStringLiteral("5"));
        QVERIFY(skipped->topLevelItem(1)->text(2).contains(QLatin1String("1"))); // the row it repeats
        QVERIFY(!skipped->topLevelItem(0)->text(2).isEmpty());
        QVERIFY(editor->insertableFields().contains(QStringLiteral("unsubscribe")));
        QCOMPARE(child<QPlainTextEdit>(editor, "campaignTextEdit")->toPlainText(), QStringLiteral("Ciao {{nome}}"));
        // The From line came from the account.
        QVERIFY(child<QLineEdit>(editor, "campaignFromEdit")->text().contains(QLatin1String("ada@example.org")));
        QTRY_COMPARE_WITH_TIMEOUT(view->model()->rowCount(), 1, 5000);

        // Row 2 as it will be sent.
        QSignalSpy previewed(editor, &CampaignEditor::previewShown);
        child<QSpinBox>(editor, "previewRowSpin")->setValue(2);
        QTRY_VERIFY_WITH_TIMEOUT(!previewed.isEmpty() && previewed.last().first().toBool(), 5000);
        QTRY_VERIFY_WITH_TIMEOUT(
            child<QLabel>(editor, "previewHeaders")->text().contains(QLatin1String("News for Bruno")), 5000);
        QVERIFY(child<QLabel>(editor, "previewHeaders")->text().contains(QLatin1String("bruno@example.org")));
        QCOMPARE(child<QPlainTextEdit>(editor, "previewText")->toPlainText(), QStringLiteral("Ciao Bruno"));
        QVERIFY(child<QPlainTextEdit>(editor, "previewSource")->toPlainText().contains(QLatin1String("Subject:")));

        // A test to the account's own address, sent by the GUI's runner.
        QSignalSpy tested(editor, &CampaignEditor::testFinished);
        child<QPushButton>(editor, "sendTestButton")->click();
        QTRY_COMPARE_WITH_TIMEOUT(tested.count(), 1, 10000);
        QVERIFY2(tested.first().first().toBool(), qPrintable(tested.first().at(1).toString()));
        QCOMPARE(m_factory->receivedBy(QStringLiteral("ada@example.org")), 1);
        QTRY_VERIFY_WITH_TIMEOUT(controller->runner()->isIdle(), 5000); // its session closed

        // The server is down while the messages are written: they wait, and pause and resume act on them.
        m_factory->defaultScript.openError = Test::smtpError(SmtpFailure::ConnectionRefused, ErrorKind::Temporary);
        QSignalSpy started(editor, &CampaignEditor::started);
        child<QPushButton>(editor, "startCampaignButton")->click();
        QTRY_COMPARE_WITH_TIMEOUT(started.count(), 1, 10000);
        QVERIFY(started.first().at(1).toBool());
        CampaignWindow* window = view->windowOf(QStringLiteral("Spring"));
        QVERIFY(window);
        QVERIFY2(Test::unnamedInputs(window).isEmpty(), qPrintable(Test::unnamedInputs(window).join(u',')));
        QTRY_COMPARE_WITH_TIMEOUT(window->status().campaign.state, CampaignState::Sending, 5000);
        QTRY_COMPARE_WITH_TIMEOUT(child<QLabel>(window, "waitingCount")->text(), QStringLiteral("3"), 5000);
        QCOMPARE(child<QLabel>(window, "skippedCount")->text(), QStringLiteral("2"));
        QCOMPARE(m_factory->receivedBy(QStringLiteral("anna@example.org")), 0);

        auto* pause = child<QPushButton>(window, "pauseCampaignButton");
        auto* resume = child<QPushButton>(window, "resumeCampaignButton");
        QTRY_VERIFY_WITH_TIMEOUT(pause->isEnabled(), 5000);
        QVERIFY(!resume->isEnabled());
        pause->click();
        QTRY_COMPARE_WITH_TIMEOUT(window->status().campaign.state, CampaignState::Paused, 5000);
        QCOMPARE(controller->campaigns()->store.load(QStringLiteral("Spring")).value().state, CampaignState::Paused);
        QTRY_VERIFY_WITH_TIMEOUT(resume->isEnabled(), 5000);
        QVERIFY(!pause->isEnabled());
        // Paused: the server is back, but nothing of it goes.
        m_factory->defaultScript = {};
        controller->runner()->flush();
        QTRY_VERIFY_WITH_TIMEOUT(controller->runner()->isIdle(), 5000); // its pass held them
        QCOMPARE(m_factory->receivedBy(QStringLiteral("anna@example.org")), 0);
        resume->click();
        QTRY_COMPARE_WITH_TIMEOUT(window->status().campaign.state, CampaignState::Sending, 5000);
        controller->runner()->flush(); // the retry now rather than after the backoff

        // Sent through the fake factory: N of N, and done.
        QTRY_COMPARE_WITH_TIMEOUT(m_factory->receivedBy(QStringLiteral("carla@example.org")), 1, 10000);
        QTRY_COMPARE_WITH_TIMEOUT(child<QLabel>(window, "sentCount")->text(), QStringLiteral("3"), 10000);
        QTRY_COMPARE_WITH_TIMEOUT(window->status().campaign.state, CampaignState::Done, 10000);
        QCOMPARE(m_factory->receivedBy(QStringLiteral("anna@example.org")), 1);
        QCOMPARE(m_factory->receivedBy(QStringLiteral("bruno@example.org")), 1);
        QCOMPARE(child<QLabel>(window, "waitingCount")->text(), QStringLiteral("0"));
        QVERIFY(!pause->isEnabled());
        QVERIFY(!resume->isEnabled());
        // One report row per data row.
        QCOMPARE(window->reportModel()->rowCount(), 5);
        QCOMPARE(window->reportModel()->index(1, CampaignReportModel::EmailColumn).data().toString(),
                 QStringLiteral("bruno@example.org"));
        // The page says so too.
        QTRY_COMPARE_WITH_TIMEOUT(view->model()->index(0, CampaignListModel::ProgressColumn).data().toString(),
                                  QStringLiteral("3 of 3 sent (2 skipped)"), 5000);
        QCOMPARE(child<QProgressBar>(window, "campaignProgress")->text(), QStringLiteral("3 of 3 sent"));

        // Export CSV writes the report.
        const QString out = m_dir->filePath(QStringLiteral("report.csv"));
        QSignalSpy exported(window, &CampaignWindow::exported);
        Prompt::setNextAnswers({out});
        child<QPushButton>(window, "exportCsvButton")->click();
        QTRY_COMPARE_WITH_TIMEOUT(exported.count(), 1, 5000);
        QVERIFY(exported.first().at(1).toBool());
        QFile file(out);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray csv = file.readAll();
        QCOMPARE(csv.count("\r\n"), 6); // the header and five rows
        QVERIFY(csv.contains("carla@example.org"));

        // And JSON: one object per data row.
        const QString json = m_dir->filePath(QStringLiteral("report.json"));
        Prompt::setNextAnswers({json});
        child<QPushButton>(window, "exportJsonButton")->click();
        QTRY_COMPARE_WITH_TIMEOUT(exported.count(), 2, 5000);
        QFile jsonFile(json);
        QVERIFY(jsonFile.open(QIODevice::ReadOnly));
        QCOMPARE(QJsonDocument::fromJson(jsonFile.readAll()).array().size(), qsizetype(5));
    }

    void aDraftOpensFromThePageAndStartsThere()
    {
        m_factory->defaultScript.openError = Test::smtpError(SmtpFailure::ConnectionRefused, ErrorKind::Temporary);
        auto controller = makeController();
        QVERIFY(controller);
        CampaignEditor* editor = createCampaign(controller.get(), QStringLiteral("Draft"));
        QVERIFY(editor);
        editor->close(); // a draft, not started
        controller->window()->showPage(MainWindow::Page::Campaigns);
        CampaignsView* view = controller->campaignsView();
        QTRY_COMPARE_WITH_TIMEOUT(view->model()->rowCount(), 1, 5000);
        // The only campaign is selected: Open opens it.
        auto* open = child<QToolButton>(controller->window()->campaignsPage(), "openCampaignButton");
        QTRY_VERIFY_WITH_TIMEOUT(open->isEnabled(), 5000);
        open->click();
        CampaignWindow* window = view->windowOf(QStringLiteral("Draft"));
        QVERIFY(window);
        auto* start = child<QPushButton>(window, "startCampaignButton");
        QTRY_VERIFY_WITH_TIMEOUT(start->isVisible(), 5000); // the draft's status is in
        QCOMPARE(window->status().campaign.name, QStringLiteral("Draft"));
        QCOMPARE(window->status().campaign.state, CampaignState::Draft);
        QVERIFY(!child<QPushButton>(window, "pauseCampaignButton")->isEnabled());
        start->click();
        QTRY_COMPARE_WITH_TIMEOUT(window->status().campaign.state, CampaignState::Sending, 5000);
        QTRY_COMPARE_WITH_TIMEOUT(child<QLabel>(window, "waitingCount")->text(), QStringLiteral("3"), 5000);
        QVERIFY(!start->isVisible());
        QVERIFY(child<QPushButton>(window, "pauseCampaignButton")->isEnabled());
    }

    void theColumnPickerChecksTheListAgain()
    {
        auto controller = makeController();
        QVERIFY(controller);
        CampaignEditor* editor = controller->campaignsView()->newCampaign();
        QSignalSpy checked(editor, &CampaignEditor::listChecked);
        editor->importList(writeList());
        QTRY_COMPARE_WITH_TIMEOUT(checked.count(), 1, 5000);
        QCOMPARE(editor->recipients().recipients().size(), qsizetype(3));
        // The names as addresses: every row is skipped, and the list says so.
        auto* column = child<QComboBox>(editor, "emailColumnCombo");
        column->setCurrentIndex(column->findText(QStringLiteral("nome")));
        emit column->activated(column->currentIndex());
        QTRY_COMPARE_WITH_TIMEOUT(checked.count(), 2, 5000);
        QCOMPARE(editor->recipients().emailColumn(), QStringLiteral("nome"));
        QCOMPARE(editor->recipients().recipients().size(), qsizetype(0));
        QCOMPARE(child<QTreeWidget>(editor, "skippedRowsList")->topLevelItemCount(), 5);
        QCOMPARE(column->currentText(), QStringLiteral("nome"));
    }

    void cancelAsksFirstAndEmptiesTheOutbox()
    {
        m_factory->defaultScript.openError = Test::smtpError(SmtpFailure::ConnectionRefused, ErrorKind::Temporary);
        auto controller = makeController();
        QVERIFY(controller);
        CampaignEditor* editor = createCampaign(controller.get(), QStringLiteral("Autumn"));
        QVERIFY(editor);
        QSignalSpy started(editor, &CampaignEditor::started);
        child<QPushButton>(editor, "startCampaignButton")->click();
        QTRY_COMPARE_WITH_TIMEOUT(started.count(), 1, 10000);
        CampaignWindow* window = controller->campaignsView()->windowOf(QStringLiteral("Autumn"));
        QVERIFY(window);
        QTRY_COMPARE_WITH_TIMEOUT(child<QLabel>(window, "waitingCount")->text(), QStringLiteral("3"), 5000);
        auto* cancel = child<QPushButton>(window, "cancelCampaignButton");
        QVERIFY(cancel->isEnabled());

        MessageBox::setNextAnswer(QMessageBox::No);
        cancel->click();
        QCOMPARE(MessageBox::shownCount(), 1);
        QVERIFY(MessageBox::lastText().contains(QLatin1String("3 waiting message")));
        QCOMPARE(controller->campaigns()->store.load(QStringLiteral("Autumn")).value().state, CampaignState::Sending);

        MessageBox::setNextAnswer(QMessageBox::Yes);
        cancel->click();
        QTRY_COMPARE_WITH_TIMEOUT(window->status().campaign.state, CampaignState::Cancelled, 5000);
        QTRY_COMPARE_WITH_TIMEOUT(child<QLabel>(window, "waitingCount")->text(), QStringLiteral("0"), 5000);
        QCOMPARE(child<QLabel>(window, "skippedCount")->text(), QStringLiteral("5"));
        QVERIFY(!cancel->isEnabled());
        m_factory->defaultScript = {};
        controller->runner()->flush();
        QTRY_VERIFY_WITH_TIMEOUT(controller->runner()->isIdle(), 5000); // nothing of it was left to send
        QCOMPARE(m_factory->receivedBy(QStringLiteral("anna@example.org")), 0);
    }

    void suppressionDialogAddsAndRemoves()
    {
        auto controller = makeController();
        QVERIFY(controller);
        auto* button = child<QToolButton>(controller->window()->campaignsPage(), "suppressionListButton");
        QVERIFY(button);
        button->click();
        SuppressionDialog* dialog = controller->campaignsView()->suppressionDialog();
        QVERIFY(dialog);
        QVERIFY(Test::unnamedInputs(dialog).isEmpty());
        QSignalSpy changed(dialog, &SuppressionDialog::changed);
        QTRY_VERIFY_WITH_TIMEOUT(child<QPushButton>(dialog, "suppressionAddButton")->isEnabled(), 5000); // loaded
        Prompt::setNextAnswers({QStringLiteral("mario@example.org, Luigi@Example.org")});
        child<QPushButton>(dialog, "suppressionAddButton")->click();
        QTRY_COMPARE_WITH_TIMEOUT(changed.count(), 1, 5000);
        QCOMPARE(dialog->emails().size(), 2);
        QVERIFY(controller->campaigns()->suppression.load().ok());
        QVERIFY(controller->campaigns()->suppression.contains(QStringLiteral("mario@example.org")));

        auto* list = child<QTreeWidget>(dialog, "suppressionList");
        const QList<QTreeWidgetItem*> mario = list->findItems(QStringLiteral("mario@example.org"), Qt::MatchExactly);
        QCOMPARE(mario.size(), 1);
        list->setCurrentItem(mario.first());
        auto* remove = child<QPushButton>(dialog, "suppressionRemoveButton");
        QVERIFY(remove->isEnabled());
        remove->click();
        QTRY_COMPARE_WITH_TIMEOUT(changed.count(), 2, 5000);
        QCOMPARE(dialog->emails(), QStringList {QStringLiteral("Luigi@Example.org")});
        QVERIFY(controller->campaigns()->suppression.load().ok());
        QVERIFY(!controller->campaigns()->suppression.contains(QStringLiteral("mario@example.org")));
    }
};

QTEST_MAIN(TestCampaignWindows)
#include "TestCampaignWindows.moc"

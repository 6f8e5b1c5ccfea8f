#include "FakeNetworkMonitor.h"
#include "GuiTestUtil.h"

#include "AccountSettingsDialog.h"
#include "AppController.h"
#include "ComposerWindow.h"
#include "ConnectionDoctor.h"
#include "FakeSecretStore.h"
#include "FakeSmtpServer.h"
#include "ItemListPage.h"
#include "MainWindow.h"
#include "MessageBox.h"
#include "MessageViewer.h"
#include "OutboxTableModel.h"
#include "OutboxView.h"
#include "PasswordDialog.h"
#include "RecipientEdit.h"
#include "SandboxView.h"
#include "SendLaterDialog.h"
#include "SentCopy.h"
#include "SentModel.h"
#include "SentView.h"
#include "TrustedCertificatesDialog.h"
#include "accounts/AccountStore.h"
#include "campaign/Prompt.h"
#include "common/Settings.h"
#include "outbox/OutboxModel.h"
#include "outbox/OutboxRunner.h"
#include "outbox/OutboxStore.h"
#include "sandbox/ParsedMessage.h"
#include "sandbox/SandboxMailbox.h"
#include "sandbox/SandboxServer.h"

#include <atomic>
#include <cerrno>

#include <QAbstractItemView>
#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QCompleter>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QListWidget>
#include <QMenu>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QScopeGuard>
#include <QSignalSpy>
#include <QSpinBox>
#include <QStandardItemModel>
#include <QStandardPaths>
#include <QStatusBar>
#include <QSystemTrayIcon>
#include <QTemporaryDir>
#include <QTest>
#include <QTextCursor>
#include <QTextEdit>
#include <QThread>
#include <QToolButton>
#include <QTreeView>

#include <memory>

using namespace Postino;
using Postino::Test::FakeSecretStore;
using Postino::Test::FakeSmtpServer;

// The outbox's durable steps go into watch, except appends to the journal (a write() into the page
// cache: nothing waits for the disk). The watch must outlive the store's use of the hook: clear it
// (setWriteHook({})) before the watch goes.
void watchOutboxWrites(OutboxStore* store, Test::WriteWatch& watch)
{
    store->setWriteHook([hook = watch.hook()](OutboxStore::Step step, const QString& path) {
        if (step == OutboxStore::Step::WriteFile && path.endsWith(QStringLiteral("/outbox/journal")))
            return 0;
        return hook(step, QStringLiteral("%1 %2").arg(QVariant::fromValue(step).toString(), path));
    });
}

class TestAppController : public QObject
{
    Q_OBJECT
private:
    std::unique_ptr<QTemporaryDir> m_dir;
    FakeSecretStore m_secrets;
    Test::FakeNetworkMonitor* m_network = nullptr; // null: the system's

    std::unique_ptr<AppController> makeController(std::optional<bool> systemTray = false)
    {
        AppControllerOptions options;
        options.systemTray = systemTray;
        options.dataDir = m_dir->filePath(QStringLiteral("data"));
        options.accountsFile = m_dir->filePath(QStringLiteral("accounts.ini"));
        options.settingsFile = m_dir->filePath(QStringLiteral("postino.ini"));
        options.secrets = &m_secrets;
        options.notifications = false;
        options.network = m_network;
        auto controller = std::make_unique<AppController>(options);
        controller->window()->show();
        return controller;
    }

    static Account makeAccount(const QString& name, quint16 port, qint64 maxMessageSize = 0,
                               AuthMechanism auth = AuthMechanism::None)
    {
        Account account;
        account.name = name;
        account.email = name + QStringLiteral("@example.org");
        account.host = QStringLiteral("127.0.0.1");
        account.port = port;
        account.security = Security::None;
        account.auth = auth;
        account.maxMessageSize = maxMessageSize;
        return account;
    }

    static QString identityOf(AppController* controller, const QString& account)
    {
        for (const SenderIdentity& identity : controller->identities()) {
            if (identity.account == account)
                return identity.from;
        }
        return {};
    }

    static QStringList greeting(const QString& capability)
    {
        return {QStringLiteral("S: 220 smtp.test ESMTP fake"), QStringLiteral("C: EHLO *"),
                QStringLiteral("S: 250-smtp.test"), QStringLiteral("S: 250-") + capability,
                QStringLiteral("S: 250 AUTH PLAIN LOGIN")};
    }

    template<typename T>
    static T* find(QWidget* root, const char* name)
    {
        auto* child = root->findChild<T*>(QLatin1String(name));
        if (!child)
            qFatal("No %s named %s", T::staticMetaObject.className(), name);
        return child;
    }

    static QString authPlain(const QString& user, const QString& password)
    {
        const QByteArray response = '\0' + user.toUtf8() + '\0' + password.toUtf8();
        return QStringLiteral("C: AUTH PLAIN ") + QString::fromLatin1(response.toBase64());
    }

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        m_secrets.passwords.clear();
    }

    void composeToSentThroughTheTestServer()
    {
        auto controller = makeController();
        QVERIFY(controller->identities().isEmpty());
        QVERIFY(controller->sandbox()->start(0).ok());
        // The test server is offered as a sender while it runs.
        const QList<SenderIdentity> identities = controller->identities();
        QCOMPARE(identities.size(), 1);
        QCOMPARE(identities.first().id, AppController::sandboxIdentityId());

        QSignalSpy queued(controller.get(), &AppController::messageQueued);
        QSignalSpy notified(controller.get(), &AppController::notified);
        ComposerWindow* composer = controller->window()->newMessage();
        ComposedMessage message;
        message.from = identities.first().from;
        message.to = QStringLiteral("Zoe <zoe@example.org>, bob@example.org");
        message.bcc = QStringLiteral("hidden@example.org");
        message.subject = QStringLiteral("Hello from the test");
        message.plainText = QStringLiteral("Ciao!");
        composer->setMessage(message);
        composer->send();

        QTRY_COMPARE_WITH_TIMEOUT(queued.count(), 1, 5000);
        QTRY_COMPARE_WITH_TIMEOUT(controller->sentModel()->rowCount(), 1, 10000);
        QTRY_COMPARE_WITH_TIMEOUT(controller->outboxModel()->rowCount(), 0, 5000);
        QCOMPARE(controller->sentModel()->index(0, SentModel::SubjectColumn).data().toString(),
                 QStringLiteral("Hello from the test"));
        QTRY_COMPARE_WITH_TIMEOUT(controller->sandbox()->mailbox()->messages().size(), qsizetype(1), 5000);
        const auto rawRead =
            controller->sandbox()->mailbox()->rawMessage(controller->sandbox()->mailbox()->messages().first().id);
        QVERIFY(rawRead.ok());
        const QByteArray raw = rawRead.value();
        QVERIFY(raw.contains("Subject: Hello from the test"));
        QVERIFY(!raw.contains("hidden@example.org")); // Bcc only in the envelope
        QTRY_VERIFY_WITH_TIMEOUT(!notified.isEmpty(), 5000);
        QCOMPARE(notified.first().at(0).toString(), QStringLiteral("Message sent"));
    }

    // Offline, a message waits without an attempt and the window says why; one to a server on this machine (the
    // test server) still goes.
    void offlineHoldsTheMessageAndTheWindowSaysSo()
    {
        Test::FakeNetworkMonitor network;
        network.set(false);
        m_network = &network;
        auto controller = makeController();
        m_network = nullptr;
        QVERIFY(controller->sandbox()->start(0).ok());
        auto* indicator = find<QLabel>(controller->window(), "offlineIndicator");
        QVERIFY(indicator && !indicator->isHidden());
        QVERIFY(!indicator->accessibleName().isEmpty());

        Account far = makeAccount(QStringLiteral("far"), 587);
        far.host = QStringLiteral("smtp.example.org");
        QVERIFY(controller->accounts()->add(far).ok());
        controller->reloadAccounts();
        QSignalSpy queued(controller.get(), &AppController::messageQueued);
        ComposedMessage message;
        message.account = QStringLiteral("far");
        message.from = QStringLiteral("far@example.org");
        message.to = QStringLiteral("zoe@example.org");
        message.subject = QStringLiteral("Sent when the network returns");
        message.plainText = QStringLiteral("Ciao!");
        controller->send(message);
        QTRY_COMPARE_WITH_TIMEOUT(queued.count(), 1, 5000);
        OutboxModel* model = controller->outboxModel();
        QTRY_COMPARE_WITH_TIMEOUT(model->rowCount(), 1, 5000);

        ComposedMessage local;
        local.identity = AppController::sandboxIdentityId();
        local.from = identityOf(controller.get(), QString());
        local.to = QStringLiteral("zoe@example.org");
        local.subject = QStringLiteral("To the test server");
        local.plainText = QStringLiteral("Ciao!");
        controller->send(local);
        QTRY_COMPARE_WITH_TIMEOUT(controller->sandbox()->mailbox()->messages().size(), qsizetype(1), 10000);
        QTRY_COMPARE_WITH_TIMEOUT(controller->sentModel()->rowCount(), 1, 5000);
        QCOMPARE(model->rowCount(), 1);
        QCOMPARE(model->itemAt(0).attempts, 0); // the far one was not tried
        QCOMPARE(model->itemAt(0).state, OutboxItem::State::Queued);

        // It is taken out before the network returns: smtp.example.org is not to be reached from a test.
        bool done = false;
        controller->runner()->removeAsync(model->itemAt(0).id, [&done](const Status& s) { done = s.ok(); });
        QTRY_VERIFY_WITH_TIMEOUT(done, 5000);
        network.set(true);
        QVERIFY(indicator->isHidden());
    }

    // #17 point 7: a sent message can be read, its attachment opened and saved, and it can be resent or
    // forwarded as a new message; the test server's viewer offers the same attachment.
    void sentMessageCanBeReadResentForwardedAndItsAttachmentSaved()
    {
        auto controller = makeController();
        QVERIFY(controller->sandbox()->start(0).ok());
        const QString attachmentPath = m_dir->filePath(QStringLiteral("preventivo.pdf"));
        const QByteArray attachmentBytes = QByteArray("%PDF-1.4 fake\n") + QByteArray(3000, 'x') + '\0' + "end";
        {
            QFile file(attachmentPath);
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write(attachmentBytes);
        }
        ComposedMessage message;
        message.from = controller->identities().constFirst().from;
        message.to = QStringLiteral("Zoe <zoe@example.org>");
        message.cc = QStringLiteral("carla@example.org");
        message.bcc = QStringLiteral("hidden@example.org");
        message.subject = QStringLiteral("Preventivo di giugno");
        message.plainText = QStringLiteral("Ecco il preventivo.");
        message.attachments = {attachmentPath};
        ComposerWindow* composer = controller->window()->newMessage();
        composer->setMessage(message);
        QVERIFY(composer->send());
        QTRY_COMPARE_WITH_TIMEOUT(controller->sentModel()->rowCount(), 1, 10000);

        controller->window()->showPage(MainWindow::Page::Sent);
        SentView* sent = controller->sentView();
        QVERIFY(!sent->resendAction()->isEnabled()); // nothing selected yet
        QTreeView* list = controller->window()->sentPage()->view();
        list->setCurrentIndex(controller->sentModel()->index(0, 0));
        auto* headers = sent->viewer()->findChild<QLabel*>(QStringLiteral("messageHeaders"));
        QTRY_VERIFY_WITH_TIMEOUT(headers->text().contains(QStringLiteral("Preventivo di giugno")), 5000);
        QVERIFY(headers->text().contains(QStringLiteral("hidden@example.org"))); // the envelope says who got it
        QVERIFY(sent->resendAction()->isEnabled());
        auto* attachments = sent->viewer()->findChild<QListWidget*>(QStringLiteral("attachmentList"));
        QCOMPARE(attachments->count(), 1);
        QVERIFY(attachments->item(0)->text().contains(QStringLiteral("preventivo.pdf")));

        // Save As… writes the decoded bytes where the person chose.
        const QString savedPath = m_dir->filePath(QStringLiteral("salvato.pdf"));
        Prompt::setNextAnswers({savedPath});
        find<QPushButton>(sent->viewer(), "saveAttachmentButton")->click();
        QFile saved(savedPath);
        QVERIFY(saved.open(QIODevice::ReadOnly));
        QCOMPARE(saved.readAll(), attachmentBytes);

        // Open writes a private, read-only copy and hands it to the desktop.
        QList<QUrl> opened;
        MessageViewer::setOpener([&opened](const QUrl& url) {
            opened.append(url);
            return true;
        });
        const auto restoreOpener = qScopeGuard([] { MessageViewer::setOpener({}); });
        find<QPushButton>(sent->viewer(), "openAttachmentButton")->click();
        QCOMPARE(opened.size(), 1);
        QFile openedFile(opened.constFirst().toLocalFile());
        QVERIFY(openedFile.fileName().startsWith(MessageViewer::openedAttachmentsDir()));
        QVERIFY(openedFile.open(QIODevice::ReadOnly));
        QCOMPARE(openedFile.readAll(), attachmentBytes);
        QCOMPARE(openedFile.permissions()
                     & (QFile::ExeOwner | QFile::ExeGroup | QFile::ExeOther | QFile::WriteOther | QFile::ReadOther),
                 QFile::Permissions());
        MessageViewer::removeOpenedAttachments();

        // Resend: a composer with the same people (the Bcc from the envelope), text and attachment.
        QSignalSpy composeRequested(sent, &SentView::composeRequested);
        sent->resendAction()->trigger();
        QTRY_COMPARE_WITH_TIMEOUT(composeRequested.count(), 1, 5000);
        QTRY_COMPARE(controller->window()->composers().size(), 1);
        ComposerWindow* resend = controller->window()->composers().constFirst();
        const ComposedMessage copy = resend->message();
        QCOMPARE(copy.to, QStringLiteral("Zoe <zoe@example.org>"));
        QCOMPARE(copy.cc, QStringLiteral("carla@example.org"));
        QCOMPARE(copy.bcc, QStringLiteral("hidden@example.org"));
        QCOMPARE(copy.subject, QStringLiteral("Preventivo di giugno"));
        QVERIFY(copy.plainText.contains(QStringLiteral("Ecco il preventivo.")));
        QCOMPARE(copy.attachments.size(), 1);
        QVERIFY(copy.attachments.constFirst().endsWith(QStringLiteral("/preventivo.pdf")));
        QFile copied(copy.attachments.constFirst());
        QVERIFY(copied.open(QIODevice::ReadOnly));
        QCOMPARE(copied.readAll(), attachmentBytes);

        // Forward: "Fwd:", nobody yet, the original's headers above its text, the attachment kept.
        sent->forwardAction()->trigger();
        QTRY_COMPARE_WITH_TIMEOUT(composeRequested.count(), 2, 5000);
        QTRY_COMPARE(controller->window()->composers().size(), 2);
        ComposerWindow* forward = controller->window()->composers().constLast();
        const ComposedMessage forwarded = forward->message();
        QCOMPARE(forwarded.subject, QStringLiteral("Fwd: Preventivo di giugno"));
        QVERIFY(forwarded.to.isEmpty() && forwarded.cc.isEmpty() && forwarded.bcc.isEmpty());
        QVERIFY(forwarded.plainText.contains(QStringLiteral("-------- Forwarded Message --------")));
        QVERIFY(forwarded.plainText.contains(QStringLiteral("To: Zoe <zoe@example.org>")));
        QVERIFY(forwarded.plainText.contains(QStringLiteral("Ecco il preventivo.")));
        QCOMPARE(forwarded.attachments.size(), 1);
        QVERIFY(forwarded.attachments.constFirst() != copy.attachments.constFirst()); // a folder per copy
        forward->close();

        // The resent copy goes out as a new message (a new Message-ID) to all three again.
        QVERIFY(resend->send());
        QTRY_COMPARE_WITH_TIMEOUT(controller->sentModel()->rowCount(), 2, 10000);
        QTRY_COMPARE_WITH_TIMEOUT(controller->sandbox()->mailbox()->messages().size(), qsizetype(2), 5000);
        const QList<CapturedMessage> captured = controller->sandbox()->mailbox()->messages();
        QStringList messageIds;
        for (const CapturedMessage& one : captured) {
            const auto raw = controller->sandbox()->mailbox()->rawMessage(one.id);
            QVERIFY(raw.ok());
            const ParsedMessage parsed = ParsedMessage::parse(raw.value());
            QCOMPARE(parsed.attachments().size(), 1);
            QCOMPARE(parsed.attachments().constFirst().data, attachmentBytes);
            messageIds.append(parsed.header("Message-ID"));
            QStringList recipients = one.envelopeRecipients;
            recipients.sort();
            QCOMPARE(recipients,
                     QStringList({QStringLiteral("carla@example.org"), QStringLiteral("hidden@example.org"),
                                  QStringLiteral("zoe@example.org")}));
        }
        QVERIFY(messageIds.at(0) != messageIds.at(1));

        // The people sent to are offered as the next message's recipients are typed.
        ComposerWindow* fresh = controller->window()->newMessage();
        auto* to = find<RecipientEdit>(fresh, "toEdit");
        to->setFocus();
        QTest::keyClicks(to, QStringLiteral("car"));
        QTRY_VERIFY(to->completer()->popup()->isVisible());
        QCOMPARE(to->completer()->currentCompletion(), QStringLiteral("carla@example.org"));
        QCOMPARE(to->completer()->model()->rowCount(), 3); // each address once, though sent to twice
        fresh->discard();

        // The test server's viewer offers the attachment too.
        controller->window()->showPage(MainWindow::Page::Sandbox);
        SandboxView* sandboxView = controller->window()->sandboxView();
        auto* sandboxList = sandboxView->findChild<QTreeView*>();
        sandboxList->setCurrentIndex(controller->sandbox()->mailbox()->index(0, 0));
        auto* sandboxAttachments = sandboxView->viewer()->findChild<QListWidget*>(QStringLiteral("attachmentList"));
        QTRY_COMPARE_WITH_TIMEOUT(sandboxAttachments->count(), 1, 5000);
        QVERIFY(Test::unnamedInputs(controller->window()).isEmpty());
    }

    void sentCopyNamesTheBlindRecipientsAndForwardsOnce()
    {
        OutboxItem item;
        for (const char* address : {"zoe@example.org", "carla@Example.ORG", "hidden@example.org"}) {
            OutboxRecipient recipient;
            recipient.address = QString::fromLatin1(address);
            item.recipients.append(recipient);
        }
        const ParsedMessage message = ParsedMessage::parse(
            "From: ada@example.org\r\nTo: \"Rossi, Zoe\" <zoe@example.org>\r\nCc: carla@example.org\r\n"
            "Subject: x\r\n\r\nbody\r\n");
        QCOMPARE(SentCopy::blindRecipients(item, message), QStringList {QStringLiteral("hidden@example.org")});
        QCOMPARE(SentCopy::forwardSubject(QStringLiteral("Ciao")), QStringLiteral("Fwd: Ciao"));
        QCOMPARE(SentCopy::forwardSubject(QStringLiteral("FWD: Ciao")), QStringLiteral("FWD: Ciao"));
        QCOMPARE(MessageViewer::safeFileName(QStringLiteral("../../.bashrc")), QStringLiteral("_.._.bashrc"));
        QCOMPARE(MessageViewer::safeFileName(QStringLiteral("..")), QStringLiteral("attachment"));
        QCOMPARE(MessageViewer::safeFileName(QStringLiteral("a\nb\u202Ec.pdf")), QStringLiteral("a_b_c.pdf"));
    }

    void invalidAddressGivesTheMessageBack()
    {
        auto controller = makeController();
        QVERIFY(controller->sandbox()->start(0).ok());
        MessageBox::setNextAnswer(QMessageBox::Ok);
        QSignalSpy failed(controller.get(), &AppController::sendFailed);
        ComposedMessage message;
        message.identity = AppController::sandboxIdentityId();
        message.from = controller->identities().first().from;
        message.to = QStringLiteral("not an address");
        message.subject = QStringLiteral("Keep me");
        message.plainText = QStringLiteral("What I typed");
        controller->send(message);
        QTRY_COMPARE_WITH_TIMEOUT(failed.count(), 1, 5000);
        QVERIFY(failed.first().first().toString().startsWith(QStringLiteral("To:")));
        // A composer is open again with what was typed.
        const QList<ComposerWindow*> composers = controller->window()->composers();
        QCOMPARE(composers.size(), 1);
        QCOMPARE(composers.first()->message().plainText, QStringLiteral("What I typed"));
        QCOMPARE(controller->outboxModel()->rowCount(), 0);
    }

    void fullDiskWhileQueueingGivesTheMessageBackAndNeverBlocksTheWindow()
    {
        // Before the controller, and the hook cleared before it goes: its workers and the journal's sync
        // thread may call the hook while the controller is torn down (a hook that outlived these locals
        // corrupted memory once, in a fresh Debian run).
        std::atomic<int> onGuiThread {0};
        std::atomic<int> writes {0};
        QThread* gui = QThread::currentThread();
        auto controller = makeController();
        controller->outbox()->setWriteHook([&](OutboxStore::Step step, const QString& path) {
            if (!path.contains(QStringLiteral("/.new-")))
                return 0; // not the new message (the runner opening its journal, say)
            ++writes;
            if (QThread::currentThread() == gui)
                ++onGuiThread;
            return step == OutboxStore::Step::SyncFile ? ENOSPC : 0;
        });
        const auto unhook = qScopeGuard([&] { controller->outbox()->setWriteHook({}); });
        QVERIFY(controller->sandbox()->start(0).ok());
        MessageBox::setNextAnswer(QMessageBox::Ok);
        QSignalSpy failed(controller.get(), &AppController::sendFailed);
        ComposedMessage message;
        message.identity = AppController::sandboxIdentityId();
        message.from = controller->identities().first().from;
        message.to = QStringLiteral("zoe@example.org");
        message.subject = QStringLiteral("Keep me");
        message.plainText = QStringLiteral("What I typed on a full disk");
        controller->send(message);
        QTRY_COMPARE_WITH_TIMEOUT(failed.count(), 1, 5000);
        QVERIFY2(failed.first().first().toString().contains(QStringLiteral("No space left")),
                 qPrintable(failed.first().first().toString()));
        QVERIFY(writes > 0);
        QCOMPARE(onGuiThread.load(), 0); // the durable write ran on a worker thread
        const QList<ComposerWindow*> composers = controller->window()->composers();
        QCOMPARE(composers.size(), 1);
        QCOMPARE(composers.first()->message().plainText, QStringLiteral("What I typed on a full disk"));
        QCOMPARE(controller->outboxModel()->rowCount(), 0);
        QVERIFY(controller->outbox()->items().isEmpty());
    }

    // Two sessions that each answer the message with a 451.
    static void refuseTwiceFor451(FakeSmtpServer& server)
    {
        for (const char* reply :
             {"S: 451 4.3.0 Mail server temporarily rejected message", "S: 451 4.3.0 Still not now"})
            server.addScript({QStringLiteral("S: 220 smtp.test ESMTP fake"), QStringLiteral("C: EHLO *"),
                              QStringLiteral("S: 250-smtp.test"), QStringLiteral("S: 250 8BITMIME"),
                              QStringLiteral("C: MAIL FROM:<ada@example.org>*"), QStringLiteral("S: 250 2.1.0 Ok"),
                              QStringLiteral("C: RCPT TO:<zoe@example.org>*"), QStringLiteral("S: 250 2.1.5 Ok"),
                              QStringLiteral("C: DATA"), QStringLiteral("S: 354 Go ahead"), QStringLiteral("DATA"),
                              QString::fromLatin1(reply), QStringLiteral("C: QUIT"), QStringLiteral("S: 221 Bye"),
                              QStringLiteral("CLOSE")});
    }

    // An account "fake" on the server at port, and one message through it that the first 451 leaves waiting.
    static void sendOneThatWaits(AppController* controller, quint16 port)
    {
        Account account;
        account.name = QStringLiteral("fake");
        account.email = QStringLiteral("ada@example.org");
        account.host = QStringLiteral("127.0.0.1");
        account.port = port;
        account.security = Security::None;
        account.auth = AuthMechanism::None;
        QVERIFY(controller->accounts()->add(account).ok());
        controller->reloadAccounts();
        QCOMPARE(controller->accountsModel()->rowCount(), 1);
        QCOMPARE(controller->window()->currentPage(), MainWindow::Page::Outbox);

        ComposedMessage message;
        message.account = QStringLiteral("fake");
        message.from = QStringLiteral("Ada <ada@example.org>");
        message.to = QStringLiteral("zoe@example.org");
        message.subject = QStringLiteral("Will wait");
        message.plainText = QStringLiteral("Body");
        controller->send(message);

        OutboxModel* model = controller->outboxModel();
        QTRY_COMPARE_WITH_TIMEOUT(model->rowCount(), 1, 5000);
        QTRY_VERIFY_WITH_TIMEOUT(model->itemAt(0).attempts == 1 && model->itemAt(0).state == OutboxItem::State::Queued,
                                 10000);
    }

    // Send Now, Then Quit: the waiting message is tried once more at once, and the window closes when that
    // try is over; what the server deferred again stays in the outbox.
    void quittingCanSendWhatWaitsFirst()
    {
        FakeSmtpServer server;
        refuseTwiceFor451(server);
        QVERIFY(server.listen());
        auto controller = makeController();
        sendOneThatWaits(controller.get(), server.port());
        OutboxModel* model = controller->outboxModel();
        MessageBox::setNextAnswer(QMessageBox::Yes);
        QVERIFY(!controller->window()->close()); // not yet: first the try
        QVERIFY(controller->window()->isVisible());
        QTRY_VERIFY_WITH_TIMEOUT(!controller->window()->isVisible(), 10000);
        QCOMPARE(server.connectionCount(), 2);
        QCOMPARE(model->itemAt(0).attempts, 2);
        QCOMPARE(model->itemAt(0).state, OutboxItem::State::Queued);
        QVERIFY(model->itemAt(0).lastReply.contains(QStringLiteral("Still not now")));
    }

    static void acceptOnce(FakeSmtpServer& server)
    {
        server.addScript({QStringLiteral("S: 220 smtp.test ESMTP fake"), QStringLiteral("C: EHLO *"),
                          QStringLiteral("S: 250-smtp.test"), QStringLiteral("S: 250 8BITMIME"),
                          QStringLiteral("C: MAIL FROM:<ada@example.org>*"), QStringLiteral("S: 250 2.1.0 Ok"),
                          QStringLiteral("C: RCPT TO:<zoe@example.org>*"), QStringLiteral("S: 250 2.1.5 Ok"),
                          QStringLiteral("C: DATA"), QStringLiteral("S: 354 Go ahead"), QStringLiteral("DATA"),
                          QStringLiteral("S: 250 2.0.0 Queued"), QStringLiteral("C: QUIT"),
                          QStringLiteral("S: 221 Bye"), QStringLiteral("CLOSE")});
    }

    // #17 point 1: an account's settings can be seen and changed after setup. A changed server is checked
    // before anything is stored; the limits go to postino.ini, which the runner reads; the pinned certificate
    // can be removed; what waits is sent with the new settings.
    void accountSettingsAreCheckedSavedAndAppliedToWaitingMessages()
    {
        FakeSmtpServer oldServer;
        refuseTwiceFor451(oldServer);
        QVERIFY(oldServer.listen());
        FakeSmtpServer newServer;
        // The dialog's check, then the waiting message.
        newServer.addScript({QStringLiteral("S: 220 new.test ESMTP"), QStringLiteral("C: EHLO *"),
                             QStringLiteral("S: 250-new.test"), QStringLiteral("S: 250 8BITMIME"),
                             QStringLiteral("C: QUIT"), QStringLiteral("S: 221 Bye"), QStringLiteral("CLOSE")});
        acceptOnce(newServer);
        QVERIFY(newServer.listen());
        auto controller = makeController();
        sendOneThatWaits(controller.get(), oldServer.port());
        {
            Account pinned = controller->accounts()->get(QStringLiteral("fake")).value();
            pinned.pinnedSha256 = QByteArray(64, 'a');
            pinned.displayName = QStringLiteral("Ada");
            QVERIFY(controller->accounts()->save(pinned).ok());
        }
        controller->window()->accountList()->setCurrentIndex(controller->accountsModel()->index(0, 0));
        auto* action = controller->window()->findChild<QAction*>(QStringLiteral("accountSettingsAction"));
        QVERIFY(action);
        action->trigger();
        AccountSettingsDialog* dialog = controller->accountSettingsDialog();
        QVERIFY(dialog);
        QVERIFY(Test::unnamedInputs(dialog).isEmpty());
        QCOMPARE(find<QLineEdit>(dialog, "hostEdit")->text(), QStringLiteral("127.0.0.1"));
        QCOMPARE(find<QSpinBox>(dialog, "portSpin")->value(), int(oldServer.port()));
        QCOMPARE(find<QLineEdit>(dialog, "displayNameEdit")->text(), QStringLiteral("Ada"));
        QCOMPARE(find<QSpinBox>(dialog, "maxConnectionsSpin")->value(), 2); // Postino's default
        QVERIFY(find<QLabel>(dialog, "pinnedCertificateLabel")->text().contains(QStringLiteral("AA:AA:AA")));

        // A wrong value is refused before anything is checked or written.
        find<QLineEdit>(dialog, "emailEdit")->setText(QStringLiteral("not an address"));
        find<QPushButton>(dialog, "saveAccountButton")->click();
        QVERIFY(dialog->statusLabel()->text().startsWith(QStringLiteral("✘")));
        QCOMPARE(newServer.connectionCount(), 0);
        find<QLineEdit>(dialog, "emailEdit")->setText(QStringLiteral("ada@example.org"));

        find<QSpinBox>(dialog, "portSpin")->setValue(newServer.port());
        find<QSpinBox>(dialog, "ratePerMinuteSpin")->setValue(30);
        find<QSpinBox>(dialog, "maxConnectionsSpin")->setValue(1);
        find<QPushButton>(dialog, "removePinButton")->click();
        QVERIFY(find<QLabel>(dialog, "pinnedCertificateLabel")->text().contains(QStringLiteral("No certificate")));
        QPointer<AccountSettingsDialog> watched(dialog);
        find<QPushButton>(dialog, "saveAccountButton")->click();
        QTRY_VERIFY_WITH_TIMEOUT(watched.isNull() || !watched->isVisible(), 10000);
        QVERIFY(newServer.connectionCount() >= 1); // checked first

        const Account saved = controller->accounts()->get(QStringLiteral("fake")).value();
        QCOMPARE(saved.port, newServer.port());
        QVERIFY(saved.pinnedSha256.isEmpty());
        QCOMPARE(saved.displayName, QStringLiteral("Ada"));
        Settings ini(m_dir->filePath(QStringLiteral("postino.ini")));
        QCOMPARE(ini.intValue(Settings::Key::AccountRatePerMinute, QStringLiteral("fake")), 30);
        QCOMPARE(ini.intValue(Settings::Key::AccountMaxConnections, QStringLiteral("fake")), 1);
        QVERIFY(!ini.contains(Settings::Key::AccountDailyLimit, QStringLiteral("fake"))); // a default is not written
        QCOMPARE(controller->runner()->accountLimits(QStringLiteral("fake")).ratePerMinute, 30);
        // The waiting message goes at once, through the new server.
        QTRY_COMPARE_WITH_TIMEOUT(controller->sentModel()->rowCount(), 1, 10000);
        QCOMPARE(newServer.connectionCount(), 2);
        QCOMPARE(oldServer.connectionCount(), 1);
    }

    // A changed server that does not answer is not stored unless the person says so.
    void trustedCertificatesListsThePinsAndRemovesOne()
    {
        auto controller = makeController();
        Account pinned;
        pinned.name = QStringLiteral("lab");
        pinned.email = QStringLiteral("ada@lab.example");
        pinned.host = QStringLiteral("10.0.0.5");
        pinned.port = 2525;
        pinned.pinnedSha256 = QByteArray(64, 'a');
        QVERIFY(controller->accounts()->add(pinned).ok());
        auto* action = controller->window()->findChild<QAction*>(QStringLiteral("trustedCertificatesAction"));
        QVERIFY(action);
        auto* menu = controller->window()->findChild<QMenu*>(QStringLiteral("accountMenu"));
        QVERIFY(menu && menu->actions().contains(action));
        action->trigger();
        auto* dialog = controller->window()->findChild<TrustedCertificatesDialog*>();
        QVERIFY(dialog);
        QVERIFY(dialog->isVisible());
        QCOMPARE(dialog->accountNames(), QStringList {QStringLiteral("lab")});
        QCOMPARE(controller->showTrustedCertificates(), dialog); // one at a time
        MessageBox::resetCounters();
        MessageBox::setNextAnswer(QMessageBox::Yes);
        dialog->findChild<QPushButton*>(QStringLiteral("removeCertificateButton"))->click();
        QCOMPARE(MessageBox::shownCount(), 1);
        QTRY_VERIFY(controller->accounts()->get(QStringLiteral("lab")).value().pinnedSha256.isEmpty());
        QTRY_VERIFY(dialog->accountNames().isEmpty());
        QTRY_VERIFY(controller->window()->statusBar()->currentMessage().contains(QStringLiteral("lab")));
    }

    void accountSettingsThatFailTheCheckAreKeptOnlyWhenAsked()
    {
        FakeSmtpServer server;
        server.addScript({QStringLiteral("S: 554 5.3.2 No service here"), QStringLiteral("CLOSE")});
        server.addScript({QStringLiteral("S: 554 5.3.2 No service here"), QStringLiteral("CLOSE")});
        QVERIFY(server.listen());
        auto controller = makeController();
        QVERIFY(controller->accounts()->add(makeAccount(QStringLiteral("ada"), 25)).ok());
        controller->reloadAccounts();
        AccountSettingsDialog* dialog = controller->editAccount(QStringLiteral("ada"));
        QVERIFY(dialog);
        find<QSpinBox>(dialog, "portSpin")->setValue(server.port());
        MessageBox::setNextAnswer(QMessageBox::Cancel);
        find<QPushButton>(dialog, "saveAccountButton")->click();
        QTRY_VERIFY_WITH_TIMEOUT(!dialog->isChecking() && dialog->statusLabel()->text().startsWith(QStringLiteral("✘")),
                                 10000);
        QVERIFY(dialog->isVisible());
        QVERIFY(dialog->statusLabel()->text().contains(QStringLiteral("No service here")));
        QCOMPARE(controller->accounts()->get(QStringLiteral("ada")).value().port, quint16(25)); // unchanged
        QPointer<AccountSettingsDialog> watched(dialog);
        MessageBox::setNextAnswer(QMessageBox::Save); // Save Anyway
        find<QPushButton>(dialog, "saveAccountButton")->click();
        QTRY_VERIFY_WITH_TIMEOUT(watched.isNull() || !watched->isVisible(), 10000);
        QCOMPARE(controller->accounts()->get(QStringLiteral("ada")).value().port, server.port());
    }

    // #17 points 1 and 12: more than one sender per account, each with its signature. The settings dialog edits
    // them; the composer offers each in From and puts its signature under "-- ", swapped when the From changes
    // as long as the person has not changed it; a new message with only the signature is not a draft.
    void identitiesAndSignaturesReachTheComposer()
    {
        auto controller = makeController();
        QVERIFY(controller->accounts()->add(makeAccount(QStringLiteral("ada"), 25)).ok());
        controller->reloadAccounts();
        AccountSettingsDialog* dialog = controller->editAccount(QStringLiteral("ada"));
        QVERIFY(dialog);
        find<QLineEdit>(dialog, "displayNameEdit")->setText(QStringLiteral("Ada Lovelace"));
        find<QPlainTextEdit>(dialog, "signatureEdit")->setPlainText(QStringLiteral("Ada\nAnalytical Engines"));
        find<QPushButton>(dialog, "addIdentityButton")->click();
        QTest::keyClicks(find<QLineEdit>(dialog, "identityEmailEdit"), QStringLiteral("info@example.org"));
        find<QLineEdit>(dialog, "identityNameEdit")->clear();
        QTest::keyClicks(find<QLineEdit>(dialog, "identityNameEdit"), QStringLiteral("Ufficio"));
        find<QPlainTextEdit>(dialog, "identitySignatureEdit")->setPlainText(QStringLiteral("L'ufficio"));
        QCOMPARE(find<QListWidget>(dialog, "identityList")->item(0)->text(),
                 QStringLiteral("Ufficio <info@example.org>"));
        QVERIFY(Test::unnamedInputs(dialog).isEmpty());
        QPointer<AccountSettingsDialog> watched(dialog);
        find<QPushButton>(dialog, "saveAccountButton")->click(); // nothing about the server changed: no check
        QTRY_VERIFY_WITH_TIMEOUT(watched.isNull() || !watched->isVisible(), 5000);

        const Account stored = controller->accounts()->get(QStringLiteral("ada")).value();
        QCOMPARE(stored.signature, QStringLiteral("Ada\nAnalytical Engines"));
        QCOMPARE(stored.identities.size(), 1);
        QCOMPARE(stored.identities.constFirst().email, QStringLiteral("info@example.org"));
        const QList<SenderIdentity> identities = controller->identities();
        QCOMPARE(identities.size(), 2);
        QCOMPARE(identities.at(1).from, QStringLiteral("Ufficio <info@example.org>"));
        QCOMPARE(identities.at(1).account, QStringLiteral("ada"));

        ComposerWindow* composer = controller->window()->newMessage();
        auto* body = find<QTextEdit>(composer, "bodyEdit");
        auto* from = find<QComboBox>(composer, "fromCombo");
        QCOMPARE(from->currentText(), QStringLiteral("Ada Lovelace <ada@example.org>"));
        QCOMPARE(body->toPlainText(), QStringLiteral("\n\n-- \nAda\nAnalytical Engines"));
        QCOMPARE(body->textCursor().position(), 0); // the person writes above it
        QVERIFY(!composer->writeDraftForTest()); // only the signature: no draft
        QTest::keyClicks(body, QStringLiteral("Ciao"));
        from->setCurrentIndex(1);
        QCOMPARE(body->toPlainText(), QStringLiteral("Ciao\n\n-- \nL'ufficio"));
        const ComposedMessage message = composer->message();
        QCOMPARE(message.account, QStringLiteral("ada"));
        QCOMPARE(message.identity, stored.identities.constFirst().id);
        QCOMPARE(message.from, QStringLiteral("Ufficio <info@example.org>"));
        // A signature the person changed is theirs: another From adds none and removes nothing.
        QTextCursor end(body->document());
        end.movePosition(QTextCursor::End);
        end.insertText(QStringLiteral(" (ufficio)"));
        from->setCurrentIndex(0);
        QCOMPARE(body->toPlainText(), QStringLiteral("Ciao\n\n-- \nL'ufficio (ufficio)"));
        composer->discard();
    }

    // #17 point 12: Send Later. The message waits in the outbox with its time; neither a start's first pass nor
    // Send Now's flush sends it early; Retry Now sends it at once. Its Date says when it goes.
    void sendLaterHoldsTheMessageUntilItsTime()
    {
        FakeSmtpServer server;
        acceptOnce(server);
        QVERIFY(server.listen());
        const QDateTime when = QDateTime::currentDateTimeUtc().addSecs(2 * 3600);
        {
            auto controller = makeController();
            Account account = makeAccount(QStringLiteral("fake"), server.port());
            account.email = QStringLiteral("ada@example.org");
            QVERIFY(controller->accounts()->add(account).ok());
            controller->reloadAccounts();
            ComposerWindow* composer = controller->window()->newMessage();
            ComposedMessage message;
            message.account = QStringLiteral("fake");
            message.from = QStringLiteral("ada@example.org");
            message.to = QStringLiteral("zoe@example.org");
            message.subject = QStringLiteral("Later");
            message.plainText = QStringLiteral("Body");
            composer->setMessage(message);
            SendLaterDialog::setNextAnswer(QDateTime::currentDateTimeUtc().addSecs(-60));
            QVERIFY(!composer->sendLater()); // a time already past is refused, the composer stays
            SendLaterDialog::setNextAnswer(when.toLocalTime());
            QVERIFY(composer->sendLater());
            OutboxModel* model = controller->outboxModel();
            QTRY_COMPARE_WITH_TIMEOUT(model->rowCount(), 1, 5000);
            QCOMPARE(model->itemAt(0).notBefore.toSecsSinceEpoch() / 60, when.toSecsSinceEpoch() / 60);
            QCOMPARE(OutboxTableModel::statusText(model->itemAt(0)), QStringLiteral("Scheduled"));
            QVERIFY(OutboxTableModel::detailsText(model->itemAt(0), QDateTime::currentDateTime())
                        .contains(QStringLiteral("Sent later")));
            controller->runner()->flush();
            QTest::qWait(300);
            QCOMPARE(server.connectionCount(), 0);
            const auto raw = controller->outbox()->message(model->itemAt(0).id);
            QVERIFY(raw.ok());
            QCOMPARE(ParsedMessage::parseHeaders(raw.value()).date().toSecsSinceEpoch() / 60,
                     when.toSecsSinceEpoch() / 60);
            // Send Now, Then Quit: the message sent later keeps its time, and Postino quits without it.
            MessageBox::setNextAnswer(QMessageBox::Yes);
            QVERIFY(!controller->window()->close());
            QTRY_VERIFY_WITH_TIMEOUT(!controller->window()->isVisible(), 5000);
            QCOMPARE(server.connectionCount(), 0);
            QCOMPARE(model->itemAt(0).state, OutboxItem::State::Queued);
        }
        // The next start's first pass leaves it alone too; Retry Now sends it.
        auto controller = makeController();
        OutboxModel* model = controller->outboxModel();
        QTRY_COMPARE_WITH_TIMEOUT(model->rowCount(), 1, 5000);
        QTest::qWait(300);
        QCOMPARE(server.connectionCount(), 0);
        QCOMPARE(model->itemAt(0).state, OutboxItem::State::Queued);
        controller->runner()->retryNowAsync(model->itemAt(0).id, [](const Status&) {});
        QTRY_COMPARE_WITH_TIMEOUT(controller->sentModel()->rowCount(), 1, 10000);
        QCOMPARE(server.connectionCount(), 1);
    }

    // #16 in the desktop app: an OAuth2 account without a usable sign-in (none stored, or its refresh refused)
    // keeps its messages waiting, is marked "sign in again" in accounts.ini, and is told about once.
    void aLostSignInKeepsTheMessagesWaitingAndIsToldOnce()
    {
        FakeSmtpServer server;
        QVERIFY(server.listen());
        auto controller = makeController();
        Account account = makeAccount(QStringLiteral("ms"), server.port(), 0, AuthMechanism::XOAuth2);
        account.email = QStringLiteral("ada@example.org");
        account.oauth2.issuer = QStringLiteral("https://login.example.test/common/v2.0");
        account.oauth2.scope = QStringLiteral("https://outlook.office.com/SMTP.Send offline_access");
        account.oauth2.authUrl = QStringLiteral("https://login.example.test/authorize");
        account.oauth2.tokenUrl = QStringLiteral("https://login.example.test/token");
        account.oauthProvider = QStringLiteral("microsoft");
        account.oauthClientId = QStringLiteral("client-id");
        QVERIFY(controller->accounts()->add(account).ok());
        controller->reloadAccounts();
        QSignalSpy notified(controller.get(), &AppController::notified);
        for (int n = 0; n < 2; ++n) {
            ComposedMessage message;
            message.account = QStringLiteral("ms");
            message.from = QStringLiteral("ada@example.org");
            message.to = QStringLiteral("zoe@example.org");
            message.subject = QStringLiteral("Waits %1").arg(n);
            message.plainText = QStringLiteral("Body");
            controller->send(message);
        }
        OutboxModel* model = controller->outboxModel();
        const auto told = [&notified] {
            int n = 0;
            for (const QList<QVariant>& call : std::as_const(notified))
                n += call.at(0).toString() == QStringLiteral("Sign in again") ? 1 : 0;
            return n;
        };
        QTRY_VERIFY_WITH_TIMEOUT(model->rowCount() == 2 && told() == 1, 10000);
        // Asked again (Retry Now on each): still waiting, still told only once.
        for (int row = 0; row < 2; ++row)
            controller->runner()->retryNowAsync(model->itemAt(row).id, [](const Status&) {});
        QTRY_VERIFY_WITH_TIMEOUT(!model->itemAt(0).lastError.isEmpty() && !model->itemAt(1).lastError.isEmpty(), 10000);
        QTest::qWait(200);
        QCOMPARE(model->itemAt(0).state, OutboxItem::State::Queued);
        QCOMPARE(model->itemAt(1).state, OutboxItem::State::Queued);
        QVERIFY(model->itemAt(0).lastError.contains(QStringLiteral("sign in again")));
        QCOMPARE(server.connectionCount(), 0); // no token, no connection
        controller->accounts()->waitForWrites();
        QTRY_VERIFY(controller->accounts()->get(QStringLiteral("ms")).value().signInAgain);
        QCOMPARE(told(), 1);
        MessageBox::setNextAnswer(QMessageBox::No);
    }

    // #17 point 2: what waited when Postino was closed is tried at once at the next start, not after its backoff.
    void whatWaitsIsTriedAtOnceAtStart()
    {
        FakeSmtpServer server;
        refuseTwiceFor451(server);
        QVERIFY(server.listen());
        {
            auto controller = makeController();
            sendOneThatWaits(controller.get(), server.port());
            QVERIFY(controller->outboxModel()->itemAt(0).nextAttempt > QDateTime::currentDateTimeUtc().addSecs(30));
        }
        QCOMPARE(server.connectionCount(), 1);
        auto controller = makeController();
        OutboxModel* model = controller->outboxModel();
        QTRY_VERIFY_WITH_TIMEOUT(model->rowCount() == 1 && model->itemAt(0).attempts == 2
                                     && model->itemAt(0).state == OutboxItem::State::Queued,
                                 10000);
        QCOMPARE(server.connectionCount(), 2);
        QVERIFY(model->itemAt(0).lastReply.contains(QStringLiteral("Still not now")));
    }

    // Closing with a message waiting can leave Postino sending from the tray: the window hides, the message is
    // tried again, and Postino quits by itself once nothing waits.
    void closingCanKeepSendingFromTheTray()
    {
        FakeSmtpServer server;
        refuseTwiceFor451(server);
        QVERIFY(server.listen());
        auto controller = makeController(true);
        QVERIFY(controller->tray());
        sendOneThatWaits(controller.get(), server.port());
        QSignalSpy quitRequested(controller.get(), &AppController::quitRequested);

        MessageBox::resetCounters();
        MessageBox::setNextAnswer(QMessageBox::Ignore);
        QVERIFY(!controller->window()->close());
        QVERIFY(MessageBox::lastText().contains(QStringLiteral("tray")));
        QVERIFY(controller->sendsInBackground());
        QTRY_VERIFY(!controller->window()->isVisible());
        // Tried again at once; deferred again, so it still waits and Postino stays in the tray.
        QTRY_VERIFY_WITH_TIMEOUT(controller->outboxModel()->itemAt(0).attempts == 2
                                     && controller->outboxModel()->itemAt(0).state == OutboxItem::State::Queued,
                                 10000);
        QCOMPARE(quitRequested.count(), 0);
        // Opening the window from the tray ends the plan to quit.
        auto* open = controller->tray()->contextMenu()->findChild<QAction*>(QStringLiteral("trayOpenAction"));
        QVERIFY(open);
        open->trigger();
        QVERIFY(controller->window()->isVisible());
        QVERIFY(!controller->sendsInBackground());

        // Quit from the tray asks the same question; this time it is sent, and then Postino quits.
        acceptOnce(server);
        MessageBox::setNextAnswer(QMessageBox::Ignore);
        controller->tray()->contextMenu()->findChild<QAction*>(QStringLiteral("trayQuitAction"))->trigger();
        QVERIFY(controller->sendsInBackground());
        QTRY_COMPARE_WITH_TIMEOUT(controller->sentModel()->rowCount(), 1, 10000);
        QTRY_COMPARE_WITH_TIMEOUT(quitRequested.count(), 1, 5000);
        QVERIFY(!controller->window()->isVisible());
        QCOMPARE(server.connectionCount(), 3);
    }

    // Without a tray the question has no background choice (the window could not come back), and a start
    // at login shows a minimised window; with one, only the tray icon.
    void theBackgroundNeedsATray()
    {
        FakeSmtpServer server;
        refuseTwiceFor451(server);
        QVERIFY(server.listen());
        {
            auto controller = makeController(false);
            QVERIFY(!controller->tray());
            sendOneThatWaits(controller.get(), server.port());
            MessageBox::setNextAnswer(QMessageBox::Cancel);
            QVERIFY(!controller->window()->close());
            QVERIFY(!MessageBox::lastText().contains(QStringLiteral("tray")));
            QVERIFY(!controller->sendsInBackground());
            QVERIFY(controller->window()->isVisible());
            controller->window()->hide();
            controller->startMinimized();
            QVERIFY(controller->window()->isVisible());
            QVERIFY(controller->window()->windowState() & Qt::WindowMinimized);
            MessageBox::setNextAnswer(QMessageBox::No);
        }
        auto controller = makeController(true);
        controller->window()->hide();
        controller->startMinimized();
        QVERIFY(!controller->window()->isVisible());
        QVERIFY(!controller->sendsInBackground()); // started at login: it stays in the tray
        MessageBox::setNextAnswer(QMessageBox::No);
    }

    void outboxShowsRetryAfter451()
    {
        FakeSmtpServer server;
        refuseTwiceFor451(server);
        QVERIFY(server.listen());

        auto controller = makeController();
        QSignalSpy notified(controller.get(), &AppController::notified);
        sendOneThatWaits(controller.get(), server.port());
        OutboxModel* model = controller->outboxModel();
        const OutboxItem item = model->itemAt(0);
        QVERIFY(item.nextAttempt > QDateTime::currentDateTimeUtc());
        QVERIFY(item.lastReply.contains(QStringLiteral("451")));

        QTreeView* view = controller->window()->outboxPage()->view();
        QAbstractItemModel* table = view->model();
        QCOMPARE(table->index(0, OutboxTableModel::StatusColumn).data().toString(), QStringLiteral("Waiting to retry"));
        const QString details = table->index(0, OutboxTableModel::DetailsColumn).data().toString();
        QVERIFY2(details.contains(QStringLiteral("Next try at")), qPrintable(details));
        QVERIFY2(details.contains(QStringLiteral("(in ")), qPrintable(details)); // "23:57 (in 2 minutes)"
        // Outside the Outbox too: the sidebar and the window title say that one message waits.
        QTRY_VERIFY(controller->window()->windowTitle().contains(QStringLiteral("1 waiting")));
        // Quitting with it waiting asks first: Don't Quit keeps the window, Keep Them quits.
        MessageBox::setNextAnswer(QMessageBox::Cancel);
        QVERIFY(!controller->window()->close());
        QVERIFY2(MessageBox::lastText().contains(QStringLiteral("still wait")), qPrintable(MessageBox::lastText()));
        QVERIFY(controller->window()->isVisible());
        MessageBox::setNextAnswer(QMessageBox::No);
        QVERIFY(controller->window()->close());
        QVERIFY(!controller->window()->isVisible());
        QCOMPARE(model->itemAt(0).state, OutboxItem::State::Queued); // kept for the next start
        QVERIFY2(details.contains(QStringLiteral("Last error")), qPrintable(details));
        QVERIFY2(!item.lastError.isEmpty() && details.contains(item.lastError), qPrintable(details));
        view->setCurrentIndex(table->index(0, 0));
        auto* label = controller->window()->findChild<QLabel*>(QStringLiteral("outboxDetails"));
        QVERIFY2(label->text().contains(QStringLiteral("451")), qPrintable(label->text()));
        OutboxView* outbox = controller->outboxView();
        QVERIFY(outbox->retryAction()->isEnabled());
        QVERIFY(outbox->editAction()->isEnabled());

        // Retry now: a second attempt, refused again. Nothing on the window's thread waits for the disk.
        Test::WriteWatch watch;
        watchOutboxWrites(controller->outbox(), watch);
        const auto unwatch = qScopeGuard([&] { controller->outbox()->setWriteHook({}); });
        outbox->retryAction()->trigger();
        QTRY_VERIFY_WITH_TIMEOUT(model->itemAt(0).attempts == 2 && model->itemAt(0).state == OutboxItem::State::Queued,
                                 10000);
        QCOMPARE(server.connectionCount(), 2);

        // Delete, after saying yes.
        MessageBox::setNextAnswer(QMessageBox::Yes);
        outbox->deleteAction()->trigger();
        QTRY_COMPARE_WITH_TIMEOUT(model->rowCount(), 0, 5000);
        QCOMPARE(controller->sentModel()->rowCount(), 0);
        QVERIFY(controller->outbox()->items().isEmpty());
        QTRY_VERIFY_WITH_TIMEOUT(!controller->runner()->diskBusy(), 5000);
        QVERIFY2(watch.onThisThread().isEmpty(), qPrintable(watch.onThisThread().join(QLatin1Char('\n'))));
        QVERIFY(watch.count() > 0); // it did see the writes, elsewhere
    }

    // In Italian the state of a waiting message ("In attesa di riprovare") is read whole, and every header
    // fits its column; only the subject, the recipients and the details may be cut, with the whole text in
    // the tooltip and under the list.
    void outboxColumnsFitTheItalianWords()
    {
        const Test::ScopedLanguage italian(QStringLiteral("it"));
        FakeSmtpServer server;
        refuseTwiceFor451(server);
        QVERIFY(server.listen());
        auto controller = makeController();
        controller->window()->resize(1000, 660);
        sendOneThatWaits(controller.get(), server.port());
        QTreeView* view = controller->window()->outboxPage()->view();
        QCOMPARE(view->model()->index(0, OutboxTableModel::StatusColumn).data().toString(),
                 QStringLiteral("In attesa di riprovare"));
        const QList<int> elidable {OutboxTableModel::SubjectColumn, OutboxTableModel::ToColumn,
                                   OutboxTableModel::DetailsColumn};
        QTRY_VERIFY2(Test::cutOffTexts(view, elidable).isEmpty(),
                     qPrintable(Test::cutOffTexts(view, elidable).join(u'\n')));
        MessageBox::setNextAnswer(QMessageBox::No);
        QVERIFY(controller->window()->close());
    }

    void outboxShowsUploadProgress()
    {
        FakeSmtpServer server;
        server.setTimeout(20'000);
        // The server takes the envelope, then stops reading: the upload stalls part of the way.
        server.addScript({QStringLiteral("S: 220 smtp.test ESMTP fake"), QStringLiteral("C: EHLO *"),
                          QStringLiteral("S: 250-smtp.test"), QStringLiteral("S: 250 8BITMIME"),
                          QStringLiteral("C: MAIL FROM:<ada@example.org>*"), QStringLiteral("S: 250 2.1.0 Ok"),
                          QStringLiteral("C: RCPT TO:<zoe@example.org>*"), QStringLiteral("S: 250 2.1.5 Ok"),
                          QStringLiteral("C: DATA"), QStringLiteral("S: 354 Go ahead"), QStringLiteral("STALL")});
        QVERIFY(server.listen());
        auto controller = makeController();
        Account account;
        account.name = QStringLiteral("slow");
        account.email = QStringLiteral("ada@example.org");
        account.host = QStringLiteral("127.0.0.1");
        account.port = server.port();
        account.security = Security::None;
        account.auth = AuthMechanism::None;
        QVERIFY(controller->accounts()->add(account).ok());
        controller->reloadAccounts();
        ComposedMessage message;
        message.account = QStringLiteral("slow");
        message.from = QStringLiteral("Ada <ada@example.org>");
        message.to = QStringLiteral("zoe@example.org");
        message.subject = QStringLiteral("Big");
        message.plainText = QString(QStringLiteral("%1\n").arg(QString(70, QLatin1Char('x')))).repeated(200'000);
        controller->send(message);
        QTreeView* view = controller->window()->outboxPage()->view();
        QAbstractItemModel* table = view->model();
        QTRY_COMPARE_WITH_TIMEOUT(table->rowCount(), 1, 5000);
        const QRegularExpression sending(QStringLiteral("^Sending… (\\d+) %$"));
        QTRY_VERIFY_WITH_TIMEOUT(
            sending.match(table->index(0, OutboxTableModel::StatusColumn).data().toString()).hasMatch(), 10000);
        const int percent =
            sending.match(table->index(0, OutboxTableModel::StatusColumn).data().toString()).captured(1).toInt();
        QVERIFY2(percent >= 0 && percent < 100, qPrintable(QString::number(percent)));
        const QString details = table->index(0, OutboxTableModel::DetailsColumn).data().toString();
        QVERIFY2(details.contains(QStringLiteral("handed to the server")), qPrintable(details));
    }

    void editTakesTheMessageBackIntoTheComposer()
    {
        auto controller = makeController();
        Account account;
        account.name = QStringLiteral("offline");
        account.email = QStringLiteral("ada@example.org");
        account.host = QStringLiteral("127.0.0.1");
        account.port = 1; // nothing listens: the message stays in the outbox
        account.security = Security::None;
        account.auth = AuthMechanism::None;
        QVERIFY(controller->accounts()->add(account).ok());
        controller->reloadAccounts();
        ComposedMessage message;
        message.account = QStringLiteral("offline");
        message.from = QStringLiteral("ada@example.org");
        message.to = QStringLiteral("zoe@example.org");
        message.subject = QStringLiteral("Edit me");
        message.plainText = QStringLiteral("First version");
        controller->send(message);
        OutboxModel* model = controller->outboxModel();
        QTRY_COMPARE_WITH_TIMEOUT(model->rowCount(), 1, 5000);
        QTRY_VERIFY_WITH_TIMEOUT(model->itemAt(0).state != OutboxItem::State::Sending && model->itemAt(0).attempts >= 1,
                                 10000);
        controller->window()->outboxPage()->view()->setCurrentIndex(
            controller->window()->outboxPage()->view()->model()->index(0, 0));
        const QString id = model->itemAt(0).id;
        Test::WriteWatch watch;
        watchOutboxWrites(controller->outbox(), watch);
        const auto unwatch = qScopeGuard([&] { controller->outbox()->setWriteHook({}); });
        QSignalSpy edited(controller.get(), &AppController::outboxItemEdited);
        controller->outboxView()->editAction()->trigger();
        QTRY_COMPARE_WITH_TIMEOUT(model->rowCount(), 0, 5000);
        const QList<ComposerWindow*> composers = controller->window()->composers();
        QCOMPARE(composers.size(), 1);
        QCOMPARE(composers.first()->message().subject, QStringLiteral("Edit me"));
        QCOMPARE(composers.first()->message().plainText, QStringLiteral("First version"));
        // The text was a draft on the disk before the message left the outbox.
        QVERIFY(!composers.first()->draftId().isEmpty());
        QCOMPARE(controller->drafts()->load(composers.first()->draftId()).value().plainText,
                 QStringLiteral("First version"));
        QTRY_COMPARE_WITH_TIMEOUT(edited.count(), 1, 5000);
        QCOMPARE(edited.first().first().toString(), id);
        QCOMPARE(controller->outbox()->load(id).error().kind(), ErrorKind::NoInput);
        QTRY_VERIFY_WITH_TIMEOUT(!controller->runner()->diskBusy(), 5000);
        QVERIFY2(watch.onThisThread().isEmpty(), qPrintable(watch.onThisThread().join(QLatin1Char('\n'))));
        QVERIFY(watch.count() > 0); // it did see the writes, elsewhere
    }

    void composerWarnsOnlyForTheFromAccountsStoredLimit()
    {
        auto controller = makeController();
        QVERIFY(controller->accounts()->add(makeAccount(QStringLiteral("small"), 1, 2000)).ok());
        QVERIFY(controller->accounts()->add(makeAccount(QStringLiteral("open"), 1)).ok()); // never learned: 0
        controller->reloadAccounts();

        ComposerWindow* composer = controller->window()->newMessage();
        auto* from = composer->findChild<QComboBox*>(QStringLiteral("fromCombo"));
        from->setCurrentIndex(from->findText(identityOf(controller.get(), QStringLiteral("small"))));
        QCOMPARE(composer->senderAccount(), QStringLiteral("small"));
        QCOMPARE(composer->sizeLimit(), qint64(2000));
        QTest::keyClicks(composer->findChild<QLineEdit*>(QStringLiteral("toEdit")), QStringLiteral("zoe@example.org"));
        QTest::keyClicks(composer->findChild<QLineEdit*>(QStringLiteral("subjectEdit")), QStringLiteral("Big"));
        ComposedMessage typed = composer->message();
        typed.plainText = QString(6000, QLatin1Char('x')); // well over 2000 bytes on the wire
        composer->setMessage(typed);

        // Over the limit: the warning comes, and Cancel keeps the message.
        MessageBox::resetCounters();
        MessageBox::setNextAnswer(QMessageBox::Cancel);
        QVERIFY(!composer->send());
        QCOMPARE(MessageBox::shownCount(), 1);
        QVERIFY2(MessageBox::lastText().contains(QStringLiteral("accepts at most")),
                 qPrintable(MessageBox::lastText()));
        QVERIFY(composer->isVisible());

        // The user picks the other identity: its account has no stored limit, so no warning.
        from->setCurrentIndex(from->findText(identityOf(controller.get(), QStringLiteral("open"))));
        QCOMPARE(composer->senderAccount(), QStringLiteral("open"));
        QCOMPARE(composer->sizeLimit(), qint64(0));
        // And back again: the limit follows the From line.
        from->setCurrentIndex(from->findText(identityOf(controller.get(), QStringLiteral("small"))));
        QCOMPARE(composer->sizeLimit(), qint64(2000));
        from->setCurrentIndex(from->findText(identityOf(controller.get(), QStringLiteral("open"))));

        MessageBox::resetCounters();
        QSignalSpy queued(controller.get(), &AppController::messageQueued);
        QVERIFY(composer->send());
        QCOMPARE(MessageBox::shownCount(), 0);
        QTRY_COMPARE_WITH_TIMEOUT(queued.count(), 1, 5000);
    }

    void doctorStoresTheServersSizeForTheComposer()
    {
        FakeSmtpServer server;
        server.addScript(
            greeting(QStringLiteral("SIZE 4000"))
            + QStringList {QStringLiteral("C: QUIT"), QStringLiteral("S: 221 Bye"), QStringLiteral("CLOSE")});
        QVERIFY(server.listen());
        auto controller = makeController();
        QVERIFY(controller->accounts()->add(makeAccount(QStringLiteral("ada"), server.port())).ok());
        controller->reloadAccounts();
        ComposerWindow* composer = controller->window()->newMessage();
        QCOMPARE(composer->senderAccount(), QStringLiteral("ada")); // the only identity
        QCOMPARE(composer->sizeLimit(), qint64(0)); // not known yet

        ConnectionDoctor* doctor = controller->checkConnection(QStringLiteral("ada"));
        QVERIFY(doctor);
        QSignalSpy finished(doctor, &ConnectionDoctor::finished);
        QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 10000);
        QCOMPARE(finished.first().first().toBool(), true);
        QTRY_COMPARE_WITH_TIMEOUT(composer->sizeLimit(), qint64(4000), 5000); // the open composer follows
        QCOMPARE(controller->accounts()->get(QStringLiteral("ada")).value().maxMessageSize, qint64(4000));
        QCOMPARE(controller->window()->newMessage()->sizeLimit(), qint64(4000));
        doctor->close();
    }

    // Removing an account and remembering a server's SIZE write the account file on the store's worker
    // thread; a failed write leaves the account and its password where they were, and says so.
    void accountWritesLeaveTheGuiThreadAndAFailureKeepsTheAccount()
    {
        auto controller = makeController();
        AccountStore* accounts = controller->accounts();
        QVERIFY(accounts->add(makeAccount(QStringLiteral("ada"), 1)).ok());
        m_secrets.passwords.insert(QStringLiteral("ada"), QStringLiteral("secret"));
        controller->reloadAccounts();
        QCOMPARE(controller->accountsModel()->rowCount(), 1);
        Test::WriteWatch watch;
        watch.failWith(EIO);
        accounts->setWriteHook(watch.hook());
        const auto unwatch = qScopeGuard([&] { accounts->setWriteHook({}); });

        // A server's SIZE that cannot be stored: said in the status bar, the stored value unchanged.
        ConnectionDoctor* doctor = nullptr;
        {
            FakeSmtpServer server;
            server.addScript(
                greeting(QStringLiteral("SIZE 4000"))
                + QStringList {QStringLiteral("C: QUIT"), QStringLiteral("S: 221 Bye"), QStringLiteral("CLOSE")});
            QVERIFY(server.listen());
            Account moved = makeAccount(QStringLiteral("ada"), server.port());
            watch.failWith(0);
            QVERIFY(AccountStore(accounts->filePath()).save(moved).ok()); // not through the hook
            watch.failWith(EIO);
            doctor = controller->checkConnection(QStringLiteral("ada"));
            QVERIFY(doctor);
            QSignalSpy finished(doctor, &ConnectionDoctor::finished);
            QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 10000);
            QTRY_VERIFY_WITH_TIMEOUT(
                controller->window()->statusBar()->currentMessage().contains(QStringLiteral("could not be written")),
                5000);
            doctor->close();
        }
        QCOMPARE(watch.count(), 1);
        QVERIFY(watch.onThisThread().isEmpty());
        QCOMPARE(accounts->get(QStringLiteral("ada")).value().maxMessageSize, qint64(0));

        // Remove, and the file cannot be written: the account and its password stay.
        MessageBox::setNextAnswer(QMessageBox::Yes);
        controller->removeAccount(QStringLiteral("ada"));
        QTRY_VERIFY_WITH_TIMEOUT(
            controller->window()->statusBar()->currentMessage().contains(QStringLiteral("could not be removed")), 5000);
        QCOMPARE(watch.count(), 2);
        QVERIFY(watch.onThisThread().isEmpty());
        QVERIFY(accounts->contains(QStringLiteral("ada")));
        QCOMPARE(controller->accountsModel()->rowCount(), 1);
        QCOMPARE(m_secrets.passwords.value(QStringLiteral("ada")), QStringLiteral("secret"));

        // The disk is back: the account goes, then its password, and the sidebar follows.
        watch.failWith(0);
        MessageBox::setNextAnswer(QMessageBox::Yes);
        controller->removeAccount(QStringLiteral("ada"));
        QTRY_COMPARE_WITH_TIMEOUT(controller->accountsModel()->rowCount(), 0, 5000);
        QCOMPARE(watch.count(), 3);
        QVERIFY(watch.onThisThread().isEmpty());
        QVERIFY(!accounts->contains(QStringLiteral("ada")));
        QTRY_VERIFY_WITH_TIMEOUT(m_secrets.passwords.isEmpty(), 5000);
    }

    void refusedPasswordLeadsToThePasswordDialogAndTheMessageGoes()
    {
        const QString account = QStringLiteral("ada");
        const QString user = QStringLiteral("ada@example.org");
        FakeSmtpServer server;
        // 1. The outbox tries with the stored password: refused.
        server.addScript(greeting(QStringLiteral("8BITMIME"))
                         + QStringList {authPlain(user, QStringLiteral("old")),
                                        QStringLiteral("S: 535 5.7.8 Authentication credentials invalid")});
        // 2. The password dialog checks the new one.
        server.addScript(greeting(QStringLiteral("8BITMIME"))
                         + QStringList {authPlain(user, QStringLiteral("n3w")), QStringLiteral("S: 235 2.7.0 Ok"),
                                        QStringLiteral("C: QUIT"), QStringLiteral("S: 221 Bye"),
                                        QStringLiteral("CLOSE")});
        // 3. The outbox sends with it.
        server.addScript(
            greeting(QStringLiteral("8BITMIME"))
            + QStringList {authPlain(user, QStringLiteral("n3w")), QStringLiteral("S: 235 2.7.0 Ok"),
                           QStringLiteral("C: MAIL FROM:<ada@example.org>*"), QStringLiteral("S: 250 2.1.0 Ok"),
                           QStringLiteral("C: RCPT TO:<zoe@example.org>*"), QStringLiteral("S: 250 2.1.5 Ok"),
                           QStringLiteral("C: DATA"), QStringLiteral("S: 354 Go ahead"), QStringLiteral("DATA"),
                           QStringLiteral("S: 250 2.0.0 Queued"), QStringLiteral("C: QUIT"),
                           QStringLiteral("S: 221 Bye"), QStringLiteral("CLOSE")});
        QVERIFY(server.listen());
        m_secrets.passwords.insert(account, QStringLiteral("old"));
        auto controller = makeController();
        QVERIFY(controller->accounts()->add(makeAccount(account, server.port(), 0, AuthMechanism::Plain)).ok());
        controller->reloadAccounts();

        QSignalSpy notified(controller.get(), &AppController::notified);
        ComposedMessage message;
        message.account = account;
        message.from = user;
        message.to = QStringLiteral("zoe@example.org");
        message.subject = QStringLiteral("Wait for the password");
        message.plainText = QStringLiteral("Body");
        controller->send(message);

        OutboxRunner* runner = controller->runner();
        QTRY_VERIFY_WITH_TIMEOUT(runner->credentialsNeedAttention(account), 10000);
        OutboxModel* model = controller->outboxModel();
        QTRY_VERIFY_WITH_TIMEOUT(model->rowCount() == 1 && model->itemAt(0).state == OutboxItem::State::Failed, 5000);
        QCOMPARE(model->itemAt(0).lastErrorKind, ErrorKind::Auth);
        QTRY_VERIFY_WITH_TIMEOUT(!notified.isEmpty(), 5000);
        QCOMPARE(notified.last().at(0).toString(), QStringLiteral("Password refused"));
        QTest::qWait(50);
        for (const QList<QVariant>& notification : std::as_const(notified)) // said once, not twice
            QCOMPARE(notification.at(0).toString(), QStringLiteral("Password refused"));
        QVERIFY(!controller->passwordDialog()); // nothing pops up by itself

        // The notification leads to the dialog (the tray message's click).
        controller->activateNotification();
        PasswordDialog* dialog = controller->passwordDialog();
        QVERIFY(dialog);
        QCOMPARE(dialog->accountName(), account);
        QVERIFY(dialog->isVisible());
        QVERIFY2(dialog->reason().contains(QStringLiteral("535 5.7.8")), qPrintable(dialog->reason()));
        dialog->close();
        QTRY_VERIFY(!controller->passwordDialog());

        // So does the Outbox: the selected message offers Enter Password….
        QTreeView* view = controller->window()->outboxPage()->view();
        view->setCurrentIndex(view->model()->index(0, 0));
        OutboxView* outbox = controller->outboxView();
        QVERIFY(outbox->passwordAction()->isEnabled());
        auto* button = controller->window()->findChild<QToolButton*>(QStringLiteral("outboxPasswordButton"));
        QVERIFY(button && button->isVisible());
        QVERIFY(outbox->detailsLabel()->text().contains(QStringLiteral("Enter Password")));
        button->click();
        dialog = controller->passwordDialog();
        QVERIFY(dialog);
        QCOMPARE(dialog->accountName(), account);

        // The new password: checked with the server, stored in the keychain, and the message goes.
        QTest::keyClicks(dialog->findChild<QLineEdit*>(QStringLiteral("passwordEdit")), QStringLiteral("n3w"));
        QVERIFY(dialog->findChild<QCheckBox*>(QStringLiteral("verifyPasswordCheck"))->isChecked());
        dialog->findChild<QPushButton*>(QStringLiteral("passwordSaveButton"))->click();
        QTRY_COMPARE_WITH_TIMEOUT(m_secrets.passwords.value(account), QStringLiteral("n3w"), 10000);
        QTRY_VERIFY_WITH_TIMEOUT(!runner->credentialsNeedAttention(account), 5000);
        QTRY_COMPARE_WITH_TIMEOUT(controller->sentModel()->rowCount(), 1, 10000);
        QTRY_COMPARE_WITH_TIMEOUT(model->rowCount(), 0, 5000);
        QCOMPARE(server.messages().size(), qsizetype(1));
        QCOMPARE(server.connectionCount(), 3);
        QVERIFY(!outbox->passwordAction()->isEnabled());
        QVERIFY2(m_secrets.passwords.value(account) == QStringLiteral("n3w"), "only in the keychain");
        QFile accounts(m_dir->filePath(QStringLiteral("accounts.ini")));
        QVERIFY(accounts.open(QIODevice::ReadOnly));
        QVERIFY(!accounts.readAll().contains("n3w"));
    }

    void changePasswordFromTheAccountsMenu()
    {
        auto controller = makeController();
        QVERIFY(controller->accounts()->add(makeAccount(QStringLiteral("ada"), 1, 0, AuthMechanism::Auto)).ok());
        QVERIFY(controller->accounts()->add(makeAccount(QStringLiteral("open"), 1)).ok()); // signs in with nothing
        controller->reloadAccounts();
        auto* action = controller->window()->findChild<QAction*>(QStringLiteral("changePasswordAction"));
        QVERIFY(action);
        QListView* list = controller->window()->accountList();
        QVERIFY(list->actions().contains(action)); // in the accounts' context menu too

        list->setCurrentIndex(list->model()->index(0, 0)); // "ada", the first by name
        action->trigger();
        PasswordDialog* dialog = controller->passwordDialog();
        QVERIFY(dialog);
        QCOMPARE(dialog->accountName(), QStringLiteral("ada"));
        QVERIFY(dialog->reason().isEmpty()); // nothing was refused
        dialog->findChild<QCheckBox*>(QStringLiteral("verifyPasswordCheck"))->setChecked(false);
        QTest::keyClicks(dialog->findChild<QLineEdit*>(QStringLiteral("passwordEdit")), QStringLiteral("s3cret"));
        dialog->findChild<QPushButton*>(QStringLiteral("passwordSaveButton"))->click();
        QTRY_COMPARE_WITH_TIMEOUT(m_secrets.passwords.value(QStringLiteral("ada")), QStringLiteral("s3cret"), 5000);
        QTRY_VERIFY(!controller->passwordDialog());

        // An account without sign-in has no password to change.
        list->setCurrentIndex(list->model()->index(1, 0));
        action->trigger();
        QVERIFY(!controller->passwordDialog());
        QVERIFY(controller->window()->statusBar()->currentMessage().contains(QStringLiteral("without a password")));
    }
};

QTEST_MAIN(TestAppController)
#include "TestAppController.moc"

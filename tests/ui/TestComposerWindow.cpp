#include "GuiTestUtil.h"

#include "ComposerWindow.h"
#include "MessageBox.h"
#include "RecipientEdit.h"
#include "drafts/DraftStore.h"

#include <QAccessible>
#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QCompleter>
#include <QDropEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QLocale>
#include <QMimeData>
#include <QPointer>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QStringListModel>
#include <QTemporaryDir>
#include <QTest>
#include <QTextEdit>
#include <QToolButton>

#include <cerrno>
#include <memory>

using namespace Postino;

class TestComposerWindow : public QObject
{
    Q_OBJECT
private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<DraftStore> m_store;

    QString makeFile(const QString& name, qint64 size)
    {
        QFile file(m_dir->filePath(name));
        if (!file.open(QIODevice::WriteOnly))
            return {};
        file.write(QByteArray(size, 'a'));
        return file.fileName();
    }

    template<typename T>
    static T* find(QWidget* root, const char* name)
    {
        auto* child = root->findChild<T*>(QLatin1String(name));
        if (!child)
            qWarning("No %s named %s", T::staticMetaObject.className(), name);
        return child;
    }

    // A composer shown and active, so that window shortcuts (Ctrl+Return) work.
    std::unique_ptr<ComposerWindow> openComposer()
    {
        auto composer = std::make_unique<ComposerWindow>(m_store.get());
        composer->show();
        QApplication::setActiveWindow(composer.get());
        if (!QTest::qWaitForWindowActive(composer.get()))
            qWarning("The composer did not become active");
        return composer;
    }

    void fillEveryField(ComposerWindow* composer)
    {
        composer->setIdentities(
            {{QStringLiteral("work"), QStringLiteral("acc-1"), QStringLiteral("Ada <ada@example.org>"), QString()},
             {QStringLiteral("home"), QStringLiteral("acc-2"), QStringLiteral("Ada <ada@home.example>"), QString()}});
        find<QComboBox>(composer, "fromCombo")->setCurrentIndex(1);
        QTest::keyClicks(find<QLineEdit>(composer, "toEdit"),
                         QStringLiteral("bob@example.org, Carol <carol@example.org>"));
        QTest::keyClicks(find<QLineEdit>(composer, "ccEdit"), QStringLiteral("dan@example.org"));
        QTest::keyClicks(find<QLineEdit>(composer, "bccEdit"), QStringLiteral("eve@example.org"));
        QTest::keyClicks(find<QLineEdit>(composer, "subjectEdit"), QStringLiteral("Coffee?"));
        QTest::keyClicks(find<QTextEdit>(composer, "bodyEdit"), QStringLiteral("Ten o'clock at the bar."));
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        qRegisterMetaType<ComposedMessage>();
    }

    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        QVERIFY(m_dir->isValid());
        m_store = std::make_unique<DraftStore>(m_dir->filePath(QStringLiteral("drafts")));
        MessageBox::resetCounters();
        ComposerWindow::setFileChooser({});
    }

    void cleanup()
    {
        m_store.reset();
        m_dir.reset();
    }

    void invalidAddressIsMarkedAsYouType()
    {
        auto composer = openComposer();
        auto* to = find<RecipientEdit>(composer.get(), "toEdit");
        QVERIFY(to);
        auto* errorLabel = find<QLabel>(composer.get(), "addressErrorLabel");
        QVERIFY(!to->hasError());
        QTest::keyClicks(to, QStringLiteral("bob@example.org, carol at example"));
        QTRY_VERIFY(to->hasError());
        QVERIFY(to->property("invalid").toBool());
        QVERIFY(to->errorText().contains(QStringLiteral("carol at example")));
        QCOMPARE(to->accessibleDescription(), to->errorText());
        QVERIFY(errorLabel->isVisible());
        QVERIFY(errorLabel->text().contains(QStringLiteral("carol at example")));
        // The warning icon inside the field is named for a screen reader by the problem it marks.
        bool iconNamed = false;
        for (QToolButton* icon : to->findChildren<QToolButton*>()) {
            if (!icon->isVisible())
                continue;
            const QAccessibleInterface* accessible = QAccessible::queryAccessibleInterface(icon);
            iconNamed = accessible && accessible->text(QAccessible::Name).contains(QStringLiteral("carol at example"));
        }
        QVERIFY(iconNamed);
        const QStringList unnamed = Test::unnamedInputs(composer.get());
        QVERIFY2(unnamed.isEmpty(), qPrintable(unnamed.join(u',')));

        // Fixing it clears the mark.
        to->clear();
        QTest::keyClicks(to, QStringLiteral("bob@example.org, carol@example.org"));
        QTRY_VERIFY(!to->hasError());
        QVERIFY(!errorLabel->isVisible());
    }

    void defaultValidator_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<bool>("valid");
        QTest::newRow("bare address") << QStringLiteral("bob@example.org") << true;
        QTest::newRow("name and address") << QStringLiteral("Bob Smith <bob@example.org>") << true;
        QTest::newRow("quoted name with comma") << QStringLiteral("\"Smith, Bob\" <bob@example.org>, c@d.org") << true;
        QTest::newRow("trailing comma") << QStringLiteral("bob@example.org, ") << true;
        QTest::newRow("unicode domain") << QStringLiteral("mario@città.it") << true;
        QTest::newRow("localhost") << QStringLiteral("root@localhost") << true;
        QTest::newRow("no at sign") << QStringLiteral("bob.example.org") << false;
        QTest::newRow("no domain") << QStringLiteral("bob@") << false;
        QTest::newRow("domain without dot") << QStringLiteral("bob@example") << false;
        QTest::newRow("space in local part") << QStringLiteral("bob smith@example.org") << false;
        QTest::newRow("missing closing bracket") << QStringLiteral("Bob <bob@example.org") << false;
        QTest::newRow("one bad among good") << QStringLiteral("a@b.org, nope, c@d.org") << false;
        QTest::newRow("double dot") << QStringLiteral("bob..x@example.org") << false;
    }

    void defaultValidator()
    {
        QFETCH(QString, text);
        QFETCH(bool, valid);
        QCOMPARE(RecipientEdit::defaultValidator(text).isEmpty(), valid);
    }

    void injectedValidatorIsUsed()
    {
        auto composer = openComposer();
        composer->setAddressValidator([](const QString& text) {
            return text.contains(QStringLiteral("forbidden")) ? QStringLiteral("no forbidden here") : QString();
        });
        auto* cc = find<RecipientEdit>(composer.get(), "ccEdit");
        QTest::keyClicks(cc, QStringLiteral("forbidden"));
        QTRY_COMPARE(cc->errorText(), QStringLiteral("no forbidden here"));
    }

    void ctrlReturnSendsEveryFieldAndCloses()
    {
        auto composer = openComposer();
        QPointer<ComposerWindow> guard(composer.get());
        const QString pdf = makeFile(QStringLiteral("report.pdf"), 1500);
        ComposerWindow::setFileChooser([&](QWidget*) { return QStringList {pdf}; });
        fillEveryField(composer.get());
        composer->chooseAttachments();
        QSignalSpy sent(composer.get(), &ComposerWindow::sendRequested);

        QTest::keyClick(find<QTextEdit>(composer.get(), "bodyEdit"), Qt::Key_Return, Qt::ControlModifier);

        QCOMPARE(sent.size(), 1);
        const auto message = sent.at(0).at(0).value<ComposedMessage>();
        QCOMPARE(message.from, QStringLiteral("Ada <ada@home.example>"));
        QCOMPARE(message.account, QStringLiteral("acc-2"));
        QCOMPARE(message.identity, QStringLiteral("home"));
        QCOMPARE(message.to, QStringLiteral("bob@example.org, Carol <carol@example.org>"));
        QCOMPARE(message.cc, QStringLiteral("dan@example.org"));
        QCOMPARE(message.bcc, QStringLiteral("eve@example.org"));
        QCOMPARE(message.subject, QStringLiteral("Coffee?"));
        QCOMPARE(message.plainText, QStringLiteral("Ten o'clock at the bar."));
        QVERIFY(message.html.isEmpty());
        QCOMPARE(message.attachments, QStringList {pdf});
        QVERIFY(!composer->isVisible());
        QCOMPARE(MessageBox::shownCount(), 0);
    }

    void richTextSendsHtmlToo()
    {
        auto composer = openComposer();
        QTest::keyClicks(find<QLineEdit>(composer.get(), "toEdit"), QStringLiteral("bob@example.org"));
        composer->setRichText(true);
        auto* body = find<QTextEdit>(composer.get(), "bodyEdit");
        QTest::keyClick(body, Qt::Key_B, Qt::ControlModifier);
        QTest::keyClicks(body, QStringLiteral("bold words"));
        QSignalSpy sent(composer.get(), &ComposerWindow::sendRequested);
        QVERIFY(composer->send());
        const auto message = sent.at(0).at(0).value<ComposedMessage>();
        QCOMPARE(message.plainText, QStringLiteral("bold words"));
        QVERIFY(message.html.contains(QStringLiteral("bold words")));
        QVERIFY(message.html.contains(QStringLiteral("font-weight:700")));
    }

    void sendIsRefusedWithInvalidOrNoRecipients()
    {
        auto composer = openComposer();
        QSignalSpy sent(composer.get(), &ComposerWindow::sendRequested);
        QVERIFY(!composer->send()); // nobody to send to
        QVERIFY(composer->isVisible());
        QTest::keyClicks(find<QLineEdit>(composer.get(), "bccEdit"), QStringLiteral("not-an-address"));
        QTest::keyClick(composer.get(), Qt::Key_Return, Qt::ControlModifier); // at once, before the typing pause
        QCOMPARE(sent.size(), 0);
        QVERIFY(composer->isVisible());
        QCOMPARE(QApplication::focusWidget(), find<QWidget>(composer.get(), "bccEdit"));
    }

    void attachmentsShowTheirSizesAndCanBeRemoved()
    {
        auto composer = openComposer();
        const QString small = makeFile(QStringLiteral("small.txt"), 2048);
        const QString big = makeFile(QStringLiteral("big.bin"), 3 * 1024 * 1024);
        const QString dropped = makeFile(QStringLiteral("dropped.png"), 5000);
        const QString onBody = makeFile(QStringLiteral("on-body.jpg"), 700);
        auto* list = find<QListWidget>(composer.get(), "attachmentList");
        QVERIFY(!list->isVisible());

        ComposerWindow::setFileChooser([&](QWidget* parent) {
            return parent == composer.get() ? QStringList {small, big} : QStringList {};
        });
        composer->findChild<QAction*>(QStringLiteral("attachAction"))->trigger();
        QCOMPARE(list->count(), 2);
        QVERIFY(list->isVisible());
        const QLocale locale;
        QCOMPARE(list->item(0)->text(), QStringLiteral("small.txt (%1)").arg(locale.formattedDataSize(2048)));
        QCOMPARE(list->item(1)->text(), QStringLiteral("big.bin (%1)").arg(locale.formattedDataSize(3 * 1024 * 1024)));

        // Dropped on the window, and on the text: both become attachments, not links in the text.
        QMimeData mime;
        mime.setUrls({QUrl::fromLocalFile(dropped)});
        QDropEvent drop(QPointF(20, 20), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
        // QApplication only delivers a drop to the widget a real drag entered, so the event goes to the
        // window's handler (and the text's event filter) directly, as the drag manager would.
        QVERIFY(static_cast<QObject*>(composer.get())->event(&drop));
        QVERIFY(drop.isAccepted());
        QMimeData bodyMime;
        bodyMime.setUrls({QUrl::fromLocalFile(onBody), QUrl(QStringLiteral("https://example.org/not-a-file"))});
        auto* body = find<QTextEdit>(composer.get(), "bodyEdit");
        QDropEvent bodyDrop(QPointF(20, 20), Qt::CopyAction, &bodyMime, Qt::LeftButton, Qt::NoModifier);
        QVERIFY(static_cast<QObject*>(composer.get())->eventFilter(body->viewport(), &bodyDrop));
        QVERIFY(bodyDrop.isAccepted());
        QVERIFY(body->toPlainText().isEmpty());
        QCOMPARE(list->count(), 4);
        QCOMPARE(list->item(2)->text(), QStringLiteral("dropped.png (%1)").arg(locale.formattedDataSize(5000)));
        QCOMPARE(list->item(3)->text(), QStringLiteral("on-body.jpg (%1)").arg(locale.formattedDataSize(700)));
        QCOMPARE(composer->message().attachments, (QStringList {small, big, dropped, onBody}));

        // The same file twice is attached once.
        composer->addAttachments({small});
        QCOMPARE(list->count(), 4);

        list->setFocus();
        list->setCurrentRow(1);
        QTest::keyClick(list, Qt::Key_Delete);
        QCOMPARE(composer->message().attachments, (QStringList {small, dropped, onBody}));
        list->setCurrentRow(0);
        QTest::mouseClick(find<QPushButton>(composer.get(), "removeAttachmentButton"), Qt::LeftButton);
        QCOMPARE(composer->message().attachments, (QStringList {dropped, onBody}));
    }

    void sizeWarningCanBeCancelled()
    {
        auto composer = openComposer();
        composer->setSizeLimit(10 * 1024);
        QTest::keyClicks(find<QLineEdit>(composer.get(), "toEdit"), QStringLiteral("bob@example.org"));
        composer->addAttachments({makeFile(QStringLiteral("photo.jpg"), 9 * 1024)}); // 12 KiB in base64
        QSignalSpy sent(composer.get(), &ComposerWindow::sendRequested);

        MessageBox::setNextAnswer(QMessageBox::Cancel);
        QTest::keyClick(find<QTextEdit>(composer.get(), "bodyEdit"), Qt::Key_Return, Qt::ControlModifier);
        QCOMPARE(MessageBox::shownCount(), 1);
        QVERIFY(MessageBox::lastText().contains(QLocale().formattedDataSize(10 * 1024)));
        QCOMPARE(sent.size(), 0);
        QVERIFY(composer->isVisible());

        MessageBox::setNextAnswer(QMessageBox::Yes);
        QTest::keyClick(find<QTextEdit>(composer.get(), "bodyEdit"), Qt::Key_Return, Qt::ControlModifier);
        QCOMPARE(MessageBox::shownCount(), 2);
        QCOMPARE(sent.size(), 1);
        QVERIFY(!composer->isVisible());
    }

    void noWarningUnderTheLimit()
    {
        auto composer = openComposer();
        composer->setSizeLimit(10 * 1024 * 1024);
        QTest::keyClicks(find<QLineEdit>(composer.get(), "toEdit"), QStringLiteral("bob@example.org"));
        composer->addAttachments({makeFile(QStringLiteral("photo.jpg"), 9 * 1024)});
        QVERIFY(composer->send());
        QCOMPARE(MessageBox::shownCount(), 0);
    }

    void draftSurvivesASimulatedCrash()
    {
        auto composer = openComposer();
        composer->setAutosaveInterval(50);
        const QString pdf = makeFile(QStringLiteral("a.pdf"), 100);
        fillEveryField(composer.get());
        composer->addAttachments({pdf});
        const ComposedMessage typed = composer->message();
        QTRY_VERIFY(!composer->draftId().isEmpty());
        const QString id = composer->draftId();
        QTRY_COMPARE(m_store->load(id).value(), typed);

        composer.reset(); // destroyed without closing: no close-time save

        ComposerWindow reopened(m_store.get());
        reopened.setIdentities(
            {{QStringLiteral("work"), QStringLiteral("acc-1"), QStringLiteral("Ada <ada@example.org>"), QString()},
             {QStringLiteral("home"), QStringLiteral("acc-2"), QStringLiteral("Ada <ada@home.example>"), QString()}});
        QVERIFY(reopened.loadDraft(id).ok());
        QCOMPARE(reopened.message(), typed);
        QCOMPARE(find<QComboBox>(&reopened, "fromCombo")->currentIndex(), 1);
        QCOMPARE(find<QListWidget>(&reopened, "attachmentList")->count(), 1);
    }

    void closingSavesTheDraftAndSendingRemovesIt()
    {
        auto composer = openComposer();
        composer->setAutosaveInterval(60'000); // only the close saves
        QTest::keyClicks(find<QLineEdit>(composer.get(), "subjectEdit"), QStringLiteral("kept on close"));
        QVERIFY(m_store->list().isEmpty());
        QVERIFY(!composer->close()); // hidden at once, closed once the draft is written
        QVERIFY(!composer->isVisible());
        QTRY_COMPARE_WITH_TIMEOUT(m_store->list().size(), 1, 5000);
        QTRY_VERIFY_WITH_TIMEOUT(!composer->isClosing(), 5000);
        const QString id = m_store->list().constFirst().id;

        ComposerWindow reopened(m_store.get());
        QVERIFY(reopened.loadDraft(id).ok());
        QCOMPARE(reopened.message().subject, QStringLiteral("kept on close"));
        reopened.setRichText(true);
        QTest::keyClicks(find<QLineEdit>(&reopened, "toEdit"), QStringLiteral("bob@example.org"));
        QVERIFY(reopened.send());
        QTRY_VERIFY_WITH_TIMEOUT(m_store->list().isEmpty(), 5000); // sent: the draft is gone
    }

    void richDraftIsRestoredAsRichText()
    {
        auto composer = openComposer();
        composer->setRichText(true);
        auto* body = find<QTextEdit>(composer.get(), "bodyEdit");
        QTest::keyClick(body, Qt::Key_I, Qt::ControlModifier);
        QTest::keyClicks(body, QStringLiteral("slanted"));
        QSignalSpy saved(composer.get(), &ComposerWindow::draftSaved);
        composer->saveDraft();
        QTRY_COMPARE_WITH_TIMEOUT(saved.size(), 1, 5000);
        ComposerWindow reopened(m_store.get());
        QVERIFY(reopened.loadDraft(composer->draftId()).ok());
        QVERIFY(reopened.isRichText());
        QCOMPARE(find<QTextEdit>(&reopened, "bodyEdit")->toPlainText(), QStringLiteral("slanted"));
        QVERIFY(find<QTextEdit>(&reopened, "bodyEdit")->toHtml().contains(QStringLiteral("font-style:italic")));
    }

    void emptyComposerLeavesNoDraft()
    {
        auto composer = openComposer();
        composer->setAutosaveInterval(20);
        QTest::qWait(100);
        QVERIFY(composer->close());
        QVERIFY(m_store->list().isEmpty());
    }

    void discardDeletesTheDraft()
    {
        auto composer = openComposer();
        QTest::keyClicks(find<QLineEdit>(composer.get(), "subjectEdit"), QStringLiteral("never mind"));
        composer->saveDraft();
        composer->discard(); // queued after the save: the save never brings the draft back
        QVERIFY(!composer->isVisible());
        QTRY_VERIFY_WITH_TIMEOUT(!composer->isClosing(), 5000);
        QVERIFY(m_store->list().isEmpty());
    }

    // Ctrl+S, the save on close, Discard and Send write or remove the draft on the composer's worker
    // thread, never on the GUI thread; close hides the window at once.
    void draftWritesLeaveTheGuiThread()
    {
        Test::WriteWatch watch;
        m_store->setWriteHook(watch.hook());
        auto composer = openComposer();
        composer->setAutosaveInterval(60'000);
        QSignalSpy saved(composer.get(), &ComposerWindow::draftSaved);
        QTest::keyClicks(find<QLineEdit>(composer.get(), "subjectEdit"), QStringLiteral("first"));
        find<QAction>(composer.get(), "saveDraftAction")->trigger(); // Ctrl+S
        QTRY_COMPARE_WITH_TIMEOUT(saved.size(), 1, 5000);
        QCOMPARE(watch.count(), 1);
        QTest::keyClicks(find<QLineEdit>(composer.get(), "subjectEdit"), QStringLiteral(" and second"));
        QVERIFY(!composer->close());
        QVERIFY(!composer->isVisible());
        QTRY_VERIFY_WITH_TIMEOUT(!composer->isClosing(), 5000);
        QCOMPARE(watch.count(), 2);
        QCOMPARE(m_store->load(composer->draftId()).value().subject, QStringLiteral("first and second"));

        auto discarded = openComposer();
        discarded->adoptDraft(composer->draftId(), m_store->load(composer->draftId()).value());
        discarded->discard();
        QTRY_VERIFY_WITH_TIMEOUT(m_store->list().isEmpty(), 5000);
        QCOMPARE(watch.count(), 3);

        auto sent = openComposer();
        QTest::keyClicks(find<QLineEdit>(sent.get(), "toEdit"), QStringLiteral("bob@example.org"));
        sent->saveDraft();
        QVERIFY(sent->send()); // the removal is queued behind the save: it never brings the draft back
        QTRY_VERIFY_WITH_TIMEOUT(!sent->isClosing(), 5000);
        QCOMPARE(watch.count(), 5);
        QVERIFY(m_store->list().isEmpty());
        QVERIFY2(watch.onThisThread().isEmpty(), qPrintable(watch.onThisThread().join(u'\n')));
    }

    // A draft that cannot be written on close brings the window back with the reason and every word;
    // Cancel keeps it open, and a later close with room on the disk saves it.
    void fullDiskOnCloseBringsTheWindowBackWithTheText()
    {
        Test::WriteWatch watch;
        watch.failWith(ENOSPC);
        m_store->setWriteHook(watch.hook());
        auto composer = openComposer();
        composer->setAutosaveInterval(60'000);
        QSignalSpy cancelled(composer.get(), &ComposerWindow::closeCancelled);
        fillEveryField(composer.get());
        const ComposedMessage typed = composer->message();
        MessageBox::setNextAnswer(QMessageBox::Cancel);
        QVERIFY(!composer->close());
        QTRY_COMPARE_WITH_TIMEOUT(cancelled.size(), 1, 5000);
        QVERIFY(composer->isVisible());
        QVERIFY(!composer->isClosing());
        QCOMPARE(MessageBox::shownCount(), 1);
        QVERIFY2(MessageBox::lastText().contains(qt_error_string(ENOSPC)), qPrintable(MessageBox::lastText()));
        QCOMPARE(composer->message(), typed);
        QVERIFY(m_store->list().isEmpty());
        QVERIFY(watch.onThisThread().isEmpty());

        watch.failWith(0);
        QVERIFY(!composer->close());
        QTRY_VERIFY_WITH_TIMEOUT(!composer->isClosing(), 5000);
        QVERIFY(!composer->isVisible());
        QCOMPARE(m_store->list().size(), 1);
        QCOMPARE(m_store->load(composer->draftId()).value(), typed);
        QCOMPARE(MessageBox::shownCount(), 1);
    }

    void addressesAreCompletedFromKnownOnes()
    {
        auto composer = openComposer();
        QStringListModel known({QStringLiteral("Bob Smith <bob@example.org>"), QStringLiteral("carol@example.org")});
        composer->setKnownAddressesModel(&known);
        auto* to = find<RecipientEdit>(composer.get(), "toEdit");
        to->setFocus();
        QTest::keyClicks(to, QStringLiteral("dan@example.org, car"));
        QTRY_VERIFY(to->completer()->popup()->isVisible());
        QCOMPARE(to->completer()->currentCompletion(), QStringLiteral("carol@example.org"));
        emit to->completer()->activated(QStringLiteral("carol@example.org"));
        QCOMPARE(to->text(), QStringLiteral("dan@example.org, carol@example.org, "));
        QVERIFY(!to->hasError());
    }

    void senderWarningFollowsTheFrom()
    {
        auto composer = openComposer();
        composer->setIdentities(
            {{QString(), QStringLiteral("gmail"), QStringLiteral("Ada <ada@gmail.com>"), QString()},
             {QString(), QStringLiteral("own"), QStringLiteral("Ada <ada@example.org>"), QString()}});
        auto* from = find<QComboBox>(composer.get(), "fromCombo");
        from->setCurrentIndex(0);
        QCOMPARE(composer->senderAddress(), QStringLiteral("ada@gmail.com"));
        auto* warning = find<QWidget>(composer.get(), "senderWarning");
        QVERIFY(!warning->isVisible());
        composer->setSenderWarning(QStringLiteral("Mail from ada@gmail.com will probably be refused."));
        QVERIFY(warning->isVisible());
        QCOMPARE(find<QLabel>(composer.get(), "senderWarningLabel")->text(),
                 QStringLiteral("Mail from ada@gmail.com will probably be refused."));

        // Check Domain… asks for this From through this account.
        QSignalSpy requested(composer.get(), &ComposerWindow::domainCheckRequested);
        QTest::mouseClick(find<QPushButton>(composer.get(), "checkDomainButton"), Qt::LeftButton);
        QCOMPARE(requested.size(), 1);
        QCOMPARE(requested.first().at(0).toString(), QStringLiteral("ada@gmail.com"));
        QCOMPARE(requested.first().at(1).toString(), QStringLiteral("gmail"));

        // Another From: the warning goes and the integrator is told; typing the same address again says nothing.
        QSignalSpy changed(composer.get(), &ComposerWindow::senderAddressChanged);
        from->setCurrentIndex(1);
        QVERIFY(!warning->isVisible());
        QCOMPARE(changed.size(), 1);
        QCOMPARE(changed.first().at(0).toString(), QStringLiteral("ada@example.org"));
        QCOMPARE(changed.first().at(1).toString(), QStringLiteral("own"));
        from->setEditText(QStringLiteral("Ada <ada@example.org>"));
        QCOMPARE(changed.size(), 1);
        QTest::keyClicks(find<QLineEdit>(composer.get(), "subjectEdit"), QStringLiteral("Hello"));
        QCOMPARE(changed.size(), 1);
    }

    void everyInputHasAnAccessibleNameAndTabOrderFollowsTheForm()
    {
        auto composer = openComposer();
        composer->addAttachments({makeFile(QStringLiteral("x.txt"), 10)});
        const QStringList unnamed = Test::unnamedInputs(composer.get());
        QVERIFY2(unnamed.isEmpty(), qPrintable(unnamed.join(u',')));

        QWidget* from = find<QComboBox>(composer.get(), "fromCombo");
        QStringList order;
        QWidget* w = from;
        for (int i = 0; i < 5; ++i) {
            w = w->nextInFocusChain();
            // As Qt's Tab does: past what cannot take the focus, and what is hidden (the From warning).
            while (w->focusProxy() || !(w->focusPolicy() & Qt::TabFocus) || !w->isVisible())
                w = w->nextInFocusChain();
            order.append(w->objectName());
        }
        QCOMPARE(order,
                 (QStringList {QStringLiteral("toEdit"), QStringLiteral("ccEdit"), QStringLiteral("bccEdit"),
                               QStringLiteral("subjectEdit"), QStringLiteral("bodyEdit")}));
        // With the warning shown, its Check Domain… comes right after the From line.
        composer->setSenderWarning(QStringLiteral("Mail from this address will probably be refused."));
        w = from->nextInFocusChain();
        while (w->focusProxy() || !(w->focusPolicy() & Qt::TabFocus) || !w->isVisible())
            w = w->nextInFocusChain();
        QCOMPARE(w->objectName(), QStringLiteral("checkDomainButton"));
        QVERIFY2(Test::unnamedInputs(composer.get()).isEmpty(),
                 qPrintable(Test::unnamedInputs(composer.get()).join(u',')));
    }

    // Not a check: writes the composer as a person sees it, when POSTINO_SCREENSHOT_DIR is set.
    void screenshot()
    {
        const QString dir = qEnvironmentVariable("POSTINO_SCREENSHOT_DIR");
        if (dir.isEmpty())
            QSKIP("Set POSTINO_SCREENSHOT_DIR to write screenshots");
        auto composer = openComposer();
        composer->setIdentities({{QStringLiteral("work"), QStringLiteral("acc-1"),
                                  QStringLiteral("Ada Lovelace <ada@example.org>"), QString()}});
        QTest::keyClicks(find<QLineEdit>(composer.get(), "toEdit"),
                         QStringLiteral("Charles Babbage <charles@example.org>, mary@example"));
        QTest::keyClicks(find<QLineEdit>(composer.get(), "subjectEdit"),
                         QStringLiteral("Notes on the Analytical Engine"));
        find<QTextEdit>(composer.get(), "bodyEdit")
            ->setPlainText(
                QStringLiteral("Dear Charles,\n\nhere are my notes on the engine; note G has the Bernoulli numbers."
                               "\n\nYours,\nAda"));
        composer->addAttachments({makeFile(QStringLiteral("note-g.pdf"), 412'000),
                                  makeFile(QStringLiteral("engine-diagram.png"), 1'830'000)});
        QTRY_VERIFY(find<RecipientEdit>(composer.get(), "toEdit")->hasError());
        QVERIFY(composer->grab().save(dir + u"/composer.png"));
    }
};

QTEST_MAIN(TestComposerWindow)
#include "TestComposerWindow.moc"

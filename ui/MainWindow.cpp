#include "MainWindow.h"
#include "Spelling.h"

#include "Accessibility.h"
#include "ComposerWindow.h"
#include "ItemListPage.h"
#include "MessageBox.h"
#include "SandboxView.h"
#include "drafts/DraftStore.h"
#include "sandbox/SandboxServer.h"

#include <QCloseEvent>
#include <QLabel>
#include <QListView>
#include <QListWidget>
#include <QSplitter>
#include <QStackedWidget>
#include <QStatusBar>

// MainWindow is in four files: this one (construction, the pages, the accounts' state, the composers
// and the close that waits for them), MainWindowLayout.cpp (widgets and actions), MainWindowDrafts.cpp
// (the Drafts page) and MainWindowSettings.cpp (window state and language, written off the GUI thread).

namespace Postino {

MainWindow::MainWindow(DraftStore* drafts, SandboxServer* sandbox, QWidget* parent)
    : QMainWindow(parent)
    , m_drafts(drafts)
    , m_sandbox(sandbox)
{
    installAccessibility();
    setObjectName(QStringLiteral("mainWindow"));
    setWindowTitle(tr("Postino"));
    buildPages();
    setCentralWidget(buildSplitter());
    buildActions();
    buildStatusBar();

    connect(m_drafts, &DraftStore::draftSaved, this, &MainWindow::refreshDrafts);
    connect(m_drafts, &DraftStore::draftRemoved, this, &MainWindow::refreshDrafts);
    refreshDrafts();

    updateAccountsState();
    showPage(Page::Welcome);
    m_welcomePage->setFocus();
    resize(1000, 660);
    restoreWindowState();
    statusBar()->showMessage(tr("Ready."), 3000);
}

MainWindow::~MainWindow()
{
    // Composers are top-level windows of their own; none outlives the main window unsaved (each one's
    // destructor waits for its save).
    for (ComposerWindow* composer : composers()) {
        composer->saveDraft();
        delete composer;
    }
    m_writer.waitForDone();
}

MainWindow::Page MainWindow::currentPage() const
{
    return static_cast<Page>(m_pages->currentIndex());
}

void MainWindow::showPage(Page page)
{
    for (int row = 0; row < m_navigation->count(); ++row) {
        if (m_navigation->item(row)->data(Qt::UserRole).toInt() == static_cast<int>(page)) {
            m_navigation->setCurrentRow(row);
            break;
        }
    }
    m_pages->setCurrentIndex(static_cast<int>(page));
}

void MainWindow::setAccountsModel(QAbstractItemModel* model)
{
    if (m_accounts)
        m_accounts->disconnect(this);
    m_accounts = model;
    m_accountList->setModel(model);
    if (model) {
        connect(model, &QAbstractItemModel::rowsInserted, this, &MainWindow::updateAccountsState);
        connect(model, &QAbstractItemModel::rowsRemoved, this, &MainWindow::updateAccountsState);
        connect(model, &QAbstractItemModel::modelReset, this, &MainWindow::updateAccountsState);
    }
    updateAccountsState();
}

void MainWindow::updateAccountsState()
{
    const bool hasAccounts = m_accounts && m_accounts->rowCount() > 0;
    m_accountList->setVisible(hasAccounts);
    m_noAccounts->setVisible(!hasAccounts);
    // "Get started" is the first navigation row; it goes away once there is an account.
    m_navigation->item(0)->setHidden(hasAccounts);
    if (hasAccounts && currentPage() == Page::Welcome)
        showPage(Page::Outbox);
}

void MainWindow::setOutboxModel(QAbstractItemModel* model)
{
    m_outboxPage->setModel(model);
}

void MainWindow::setSentModel(QAbstractItemModel* model)
{
    m_sentPage->setModel(model);
}

void MainWindow::setIdentities(const QList<SenderIdentity>& identities)
{
    m_identities = identities;
    for (ComposerWindow* composer : composers())
        composer->setIdentities(identities);
}

void MainWindow::setKnownAddressesModel(QAbstractItemModel* model)
{
    m_knownAddresses = model;
    for (ComposerWindow* composer : composers())
        composer->setKnownAddressesModel(model);
}

void MainWindow::setAddressValidator(const AddressValidator& validator)
{
    m_validator = validator;
    for (ComposerWindow* composer : composers())
        composer->setAddressValidator(validator);
}

QList<ComposerWindow*> MainWindow::composers() const
{
    QList<ComposerWindow*> open;
    for (const QPointer<ComposerWindow>& composer : m_composers) {
        if (composer)
            open.append(composer);
    }
    return open;
}

Spelling* MainWindow::spelling()
{
    if (!m_spelling)
        m_spelling = new Spelling(this);
    return m_spelling;
}

void MainWindow::setSpelling(Spelling* spelling)
{
    m_spelling = spelling;
}

ComposerWindow* MainWindow::createComposer()
{
    m_composers.removeAll(nullptr);
    auto* composer = new ComposerWindow(m_drafts);
    composer->setAttribute(Qt::WA_DeleteOnClose);
    composer->setIdentities(m_identities);
    composer->setSpelling(spelling());
    if (m_knownAddresses)
        composer->setKnownAddressesModel(m_knownAddresses);
    if (m_validator)
        composer->setAddressValidator(m_validator);
    connect(composer, &ComposerWindow::sendRequested, this, [this](const ComposedMessage& message) {
        statusBar()->showMessage(
            tr("Message to %1 handed to the outbox.")
                .arg(message.to.isEmpty() ? (message.cc.isEmpty() ? message.bcc : message.cc) : message.to),
            8000);
        emit sendRequested(message);
    });
    // A close that waited for this composer's draft goes on when it is gone, and stops if it came back.
    connect(composer, &QObject::destroyed, this, &MainWindow::composerGone, Qt::QueuedConnection);
    connect(composer, &ComposerWindow::closeCancelled, this, [this] { m_closeWhenComposersClosed = false; });
    m_composers.append(composer);
    emit composerOpened(composer);
    return composer;
}

ComposerWindow* MainWindow::newMessage()
{
    ComposerWindow* composer = createComposer();
    composer->show();
    composer->activateWindow();
    return composer;
}

ComposerWindow* MainWindow::openDraft(const QString& id)
{
    // A draft already open is brought to the front rather than opened twice.
    for (ComposerWindow* composer : composers()) {
        if (composer->draftId() == id) {
            composer->show();
            composer->raise();
            composer->activateWindow();
            return composer;
        }
    }
    if (const Result<ComposedMessage> draft = m_drafts->load(id); !draft) {
        MessageBox::information(this, tr("Draft Not Opened"), draft.error().message());
        return nullptr;
    }
    ComposerWindow* composer = createComposer();
    if (const Status loaded = composer->loadDraft(id); !loaded)
        statusBar()->showMessage(loaded.error().message());
    composer->show();
    composer->activateWindow();
    return composer;
}

bool MainWindow::startSandbox()
{
    const bool started = m_sandboxView->startServer();
    showPage(Page::Sandbox);
    return started;
}

void MainWindow::showAbout()
{
    MessageBox::about(
        this, tr("About Postino"),
        tr("<h3>Postino %1</h3><p>Finds, tests and uses the right outgoing mail server, and keeps every message "
           "until the server has taken it.</p>")
            .arg(QStringLiteral(POSTINO_VERSION)));
}

void MainWindow::updateSandboxStatus()
{
    if (m_sandbox->isRunning()) {
        m_sandboxStatus->setText(tr("Test server: %1:%2").arg(m_sandbox->host()).arg(m_sandbox->port()));
        m_sandboxStatus->show();
    } else {
        m_sandboxStatus->hide();
    }
}

void MainWindow::composerGone()
{
    if (!m_closeWhenComposersClosed)
        return;
    for (ComposerWindow* composer : composers()) {
        if (composer->isClosing())
            return; // still writing its draft
    }
    m_closeWhenComposersClosed = false;
    close();
}

void MainWindow::closeEvent(QCloseEvent* event)
{
    // Messages that wait: the integrator asks first (send now, keep them, or stay).
    if (m_quitGuard && !m_quitGuard()) {
        event->ignore();
        return;
    }
    // Composers save their drafts when they close: those still writing are waited for (hidden), and
    // one that cannot save and is kept open keeps the application open.
    bool waiting = false;
    for (ComposerWindow* composer : composers()) {
        if (composer->close())
            continue;
        if (!composer->isClosing()) {
            m_closeWhenComposersClosed = false;
            event->ignore();
            return;
        }
        waiting = true;
    }
    if (waiting) {
        m_closeWhenComposersClosed = true; // composerGone() closes again
        event->ignore();
        return;
    }
    saveWindowState();
    QMainWindow::closeEvent(event);
    emit closed();
}

} // namespace Postino

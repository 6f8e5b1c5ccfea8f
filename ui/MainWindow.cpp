#include "MainWindow.h"

#include "common/Settings.h"

#include "ComposerWindow.h"
#include "ItemListPage.h"
#include "MessageBox.h"
#include "SandboxView.h"
#include "drafts/DraftStore.h"
#include "sandbox/SandboxServer.h"

#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QCloseEvent>
#include <QCommandLinkButton>
#include <QDir>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QListView>
#include <QListWidget>
#include <QLocale>
#include <QMenuBar>
#include <QPainter>
#include <QPushButton>
#include <QSettings>
#include <QSplitter>
#include <QStackedWidget>
#include <QStandardItemModel>
#include <QStatusBar>
#include <QStyle>
#include <QToolBar>
#include <QTreeView>
#include <QVBoxLayout>

namespace Postino {

namespace {
// The window's settings keys, in one place.
namespace Keys {
const QString Geometry = QStringLiteral("MainWindow/geometry");
const QString State = QStringLiteral("MainWindow/state");
const QString Splitter = QStringLiteral("MainWindow/splitter");
} // namespace Keys

enum DraftColumn { DraftSubject, DraftTo, DraftSaved };
constexpr int DraftIdRole = Qt::UserRole + 1;

// Icons from different sources come in different sizes; pad them so the texts line up.
QIcon uniformIcon(const QIcon& icon, const QSize& size)
{
    QPixmap canvas(size);
    canvas.fill(Qt::transparent);
    const QPixmap pixmap = icon.pixmap(size);
    QPainter painter(&canvas);
    const QSize actual = pixmap.deviceIndependentSize().toSize();
    painter.drawPixmap((size.width() - actual.width()) / 2, (size.height() - actual.height()) / 2, pixmap);
    painter.end();
    return QIcon(canvas);
}

QLabel* sectionLabel(const QString& text, QWidget* parent)
{
    auto* label = new QLabel(text, parent);
    QFont font = label->font();
    font.setBold(true);
    label->setFont(font);
    return label;
}
} // namespace

MainWindow::MainWindow(DraftStore* drafts, SandboxServer* sandbox, QWidget* parent)
    : QMainWindow(parent)
    , m_drafts(drafts)
    , m_sandbox(sandbox)
{
    setObjectName(QStringLiteral("mainWindow"));
    setWindowTitle(tr("Postino"));

    m_pages = new QStackedWidget(this);
    m_pages->setObjectName(QStringLiteral("pageStack"));
    m_pages->setContentsMargins(6, 6, 6, 0);
    m_welcomePage = buildWelcomePage();
    m_outboxPage = new ItemListPage(
        tr("Outbox"),
        tr("The outbox is empty.\n\nMessages you send wait here until the server has accepted them; if the "
           "network or the server is down, Postino tries again by itself."),
        this);
    m_outboxPage->setObjectName(QStringLiteral("outboxPage"));
    m_outboxPage->view()->setObjectName(QStringLiteral("outboxList"));
    m_sentPage = new ItemListPage(tr("Sent"),
                                  tr("Nothing sent yet.\n\nMessages the server has accepted are listed here."), this);
    m_sentPage->setObjectName(QStringLiteral("sentPage"));
    m_sentPage->view()->setObjectName(QStringLiteral("sentList"));
    m_draftsPage = new ItemListPage(
        tr("Drafts"), tr("No drafts.\n\nWhat you write is saved here as you type, and stays until you send it."), this);
    m_draftsPage->setObjectName(QStringLiteral("draftsPage"));
    m_draftsPage->view()->setObjectName(QStringLiteral("draftList"));
    m_draftsModel = new QStandardItemModel(0, 3, this);
    m_draftsModel->setHorizontalHeaderLabels({tr("Subject"), tr("To"), tr("Saved")});
    m_draftsPage->setModel(m_draftsModel);
    m_draftsPage->view()->setSelectionMode(QAbstractItemView::SingleSelection);
    m_draftsPage->view()->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_draftsPage->view()->header()->resizeSection(DraftSubject, 320);
    m_draftsPage->view()->header()->resizeSection(DraftTo, 220);
    auto* openDraftButton = new QPushButton(tr("&Open"), m_draftsPage);
    openDraftButton->setObjectName(QStringLiteral("openDraftButton"));
    auto* deleteDraftButton = new QPushButton(tr("&Delete"), m_draftsPage);
    deleteDraftButton->setObjectName(QStringLiteral("deleteDraftButton"));
    m_draftsPage->addHeaderWidget(openDraftButton);
    m_draftsPage->addHeaderWidget(deleteDraftButton);
    auto selectedDraft = [this]() -> QString {
        const QModelIndex index = m_draftsPage->view()->currentIndex();
        return index.isValid() ? m_draftsModel->index(index.row(), 0).data(DraftIdRole).toString() : QString();
    };
    connect(m_draftsPage->view(), &QTreeView::activated, this, [this, selectedDraft] {
        if (const QString id = selectedDraft(); !id.isEmpty())
            openDraft(id);
    });
    connect(openDraftButton, &QPushButton::clicked, this, [this, selectedDraft] {
        if (const QString id = selectedDraft(); !id.isEmpty())
            openDraft(id);
    });
    connect(deleteDraftButton, &QPushButton::clicked, this, [this, selectedDraft] {
        if (const QString id = selectedDraft(); !id.isEmpty())
            deleteDraft(id);
    });

    m_sandboxView = new SandboxView(m_sandbox, this);
    connect(m_sandboxView, &SandboxView::statusMessage, this,
            [this](const QString& text) { statusBar()->showMessage(text, 8000); });

    m_pages->addWidget(m_welcomePage);
    m_pages->addWidget(m_outboxPage);
    m_pages->addWidget(m_sentPage);
    m_pages->addWidget(m_draftsPage);
    m_pages->addWidget(m_sandboxView);

    m_splitter = new QSplitter(Qt::Horizontal, this);
    m_splitter->setObjectName(QStringLiteral("mainSplitter"));
    m_splitter->addWidget(buildSidebar());
    m_splitter->addWidget(m_pages);
    m_splitter->setStretchFactor(0, 0);
    m_splitter->setStretchFactor(1, 1);
    m_splitter->setChildrenCollapsible(false);
    m_splitter->setSizes({220, 780});
    setCentralWidget(m_splitter);

    buildActions();

    m_sandboxStatus = new QLabel(this);
    m_sandboxStatus->setObjectName(QStringLiteral("sandboxStatusLabel"));
    statusBar()->addPermanentWidget(m_sandboxStatus);
    connect(m_sandbox, &SandboxServer::started, this, &MainWindow::updateSandboxStatus);
    connect(m_sandbox, &SandboxServer::stopped, this, &MainWindow::updateSandboxStatus);
    updateSandboxStatus();

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

QWidget* MainWindow::buildSidebar()
{
    auto* sidebar = new QWidget(this);
    sidebar->setObjectName(QStringLiteral("sidebar"));
    auto* layout = new QVBoxLayout(sidebar);
    layout->setContentsMargins(6, 6, 0, 6);

    auto* accountsLabel = sectionLabel(tr("A&ccounts"), sidebar);
    layout->addWidget(accountsLabel);
    m_accountList = new QListView(sidebar);
    m_accountList->setObjectName(QStringLiteral("accountList"));
    m_accountList->setAccessibleName(tr("Accounts"));
    m_accountList->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_accountList->setMaximumHeight(fontMetrics().height() * 8);
    accountsLabel->setBuddy(m_accountList);
    connect(m_accountList, &QListView::activated, this, &MainWindow::accountActivated);
    layout->addWidget(m_accountList);
    m_noAccounts = new QLabel(tr("No accounts yet."), sidebar);
    m_noAccounts->setObjectName(QStringLiteral("noAccountsLabel"));
    m_noAccounts->setEnabled(false);
    layout->addWidget(m_noAccounts);
    auto* addAccount = new QPushButton(QIcon::fromTheme(QStringLiteral("list-add")), tr("Add Account…"), sidebar);
    addAccount->setObjectName(QStringLiteral("addAccountButton"));
    connect(addAccount, &QPushButton::clicked, this, &MainWindow::addAccountRequested);
    layout->addWidget(addAccount);
    layout->addSpacing(12);

    auto* viewsLabel = sectionLabel(tr("&Views"), sidebar);
    layout->addWidget(viewsLabel);
    m_navigation = new QListWidget(sidebar);
    m_navigation->setObjectName(QStringLiteral("navigationList"));
    m_navigation->setAccessibleName(tr("Views"));
    m_navigation->setIconSize(QSize(20, 20));
    viewsLabel->setBuddy(m_navigation);
    const QStyle* s = style();
    const struct
    {
        Page page;
        QString text;
        QIcon icon;
    } items[] = {
        {Page::Welcome, tr("Get Started"),
         QIcon::fromTheme(QStringLiteral("go-home"), s->standardIcon(QStyle::SP_DirHomeIcon))},
        {Page::Outbox, tr("Outbox"),
         QIcon::fromTheme(QStringLiteral("mail-folder-outbox"), s->standardIcon(QStyle::SP_ArrowUp))},
        {Page::Sent, tr("Sent"),
         QIcon::fromTheme(QStringLiteral("mail-folder-sent"), s->standardIcon(QStyle::SP_DialogApplyButton))},
        {Page::Drafts, tr("Drafts"),
         QIcon::fromTheme(QStringLiteral("document-edit"), s->standardIcon(QStyle::SP_FileIcon))},
        {Page::Sandbox, tr("Test Server"),
         QIcon::fromTheme(QStringLiteral("network-server"), s->standardIcon(QStyle::SP_ComputerIcon))},
    };
    for (const auto& item : items) {
        auto* entry = new QListWidgetItem(uniformIcon(item.icon, m_navigation->iconSize()), item.text, m_navigation);
        entry->setData(Qt::UserRole, static_cast<int>(item.page));
    }
    connect(m_navigation, &QListWidget::currentItemChanged, this, [this](QListWidgetItem* current) {
        if (current)
            m_pages->setCurrentIndex(current->data(Qt::UserRole).toInt());
    });
    layout->addWidget(m_navigation, 1);
    sidebar->setMinimumWidth(180);
    return sidebar;
}

QWidget* MainWindow::buildWelcomePage()
{
    auto* page = new QWidget(this);
    page->setObjectName(QStringLiteral("welcomePage"));
    auto* outer = new QHBoxLayout(page);
    auto* column = new QVBoxLayout;
    outer->addStretch(1);
    outer->addLayout(column, 4);
    outer->addStretch(1);

    auto* title = new QLabel(tr("Welcome to Postino"), page);
    title->setObjectName(QStringLiteral("welcomeTitle"));
    QFont titleFont = title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 2);
    titleFont.setBold(true);
    title->setFont(titleFont);
    auto* intro = new QLabel(tr("Postino sends your e-mail and makes sure it arrives: it finds the right server "
                                "for your address, checks that it works, and keeps every message in the outbox "
                                "until the server has accepted it."),
                             page);
    intro->setObjectName(QStringLiteral("welcomeIntro"));
    intro->setWordWrap(true);

    auto* addAccount = new QCommandLinkButton(
        tr("Add an Account"), tr("Set up the address you send from. Postino looks up the server settings for you."),
        page);
    addAccount->setObjectName(QStringLiteral("welcomeAddAccountButton"));
    addAccount->setIcon(
        QIcon::fromTheme(QStringLiteral("list-add-user"), style()->standardIcon(QStyle::SP_ArrowRight)));
    connect(addAccount, &QCommandLinkButton::clicked, this, &MainWindow::addAccountRequested);

    auto* trySandbox = new QCommandLinkButton(
        tr("Try Postino with the Built-in Test Server"),
        tr("Send messages to a mail server inside Postino and see exactly what would be sent. Nothing leaves "
           "this computer."),
        page);
    trySandbox->setObjectName(QStringLiteral("welcomeSandboxButton"));
    trySandbox->setIcon(style()->standardIcon(QStyle::SP_ArrowRight));
    connect(trySandbox, &QCommandLinkButton::clicked, this, &MainWindow::startSandbox);

    page->setFocusProxy(addAccount); // the welcome page's first action has the focus
    column->addStretch(2);
    column->addWidget(title);
    column->addSpacing(8);
    column->addWidget(intro);
    column->addSpacing(20);
    column->addWidget(addAccount);
    column->addWidget(trySandbox);
    column->addStretch(3);
    return page;
}

void MainWindow::buildActions()
{
    auto* newMessageAction =
        new QAction(QIcon::fromTheme(QStringLiteral("mail-message-new"), style()->standardIcon(QStyle::SP_FileIcon)),
                    tr("&New Message"), this);
    newMessageAction->setObjectName(QStringLiteral("newMessageAction"));
    newMessageAction->setShortcut(QKeySequence::New);
    newMessageAction->setToolTip(tr("Write a new message (Ctrl+N)"));
    connect(newMessageAction, &QAction::triggered, this, &MainWindow::newMessage);

    auto* addAccountAction = new QAction(
        QIcon::fromTheme(QStringLiteral("list-add-user"), style()->standardIcon(QStyle::SP_FileDialogNewFolder)),
        tr("&Add Account…"), this);
    addAccountAction->setObjectName(QStringLiteral("addAccountAction"));
    connect(addAccountAction, &QAction::triggered, this, &MainWindow::addAccountRequested);

    auto* sandboxAction =
        new QAction(QIcon::fromTheme(QStringLiteral("network-server"), style()->standardIcon(QStyle::SP_ComputerIcon)),
                    tr("Try the &Test Server"), this);
    sandboxAction->setObjectName(QStringLiteral("startSandboxAction"));
    connect(sandboxAction, &QAction::triggered, this, &MainWindow::startSandbox);

    auto* quitAction = new QAction(QIcon::fromTheme(QStringLiteral("application-exit")), tr("&Quit"), this);
    quitAction->setObjectName(QStringLiteral("quitAction"));
    quitAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Q));
    quitAction->setMenuRole(QAction::QuitRole);
    connect(quitAction, &QAction::triggered, this, &QWidget::close);

    auto* aboutAction = new QAction(tr("&About Postino"), this);
    aboutAction->setObjectName(QStringLiteral("aboutAction"));
    aboutAction->setMenuRole(QAction::AboutRole);
    connect(aboutAction, &QAction::triggered, this, &MainWindow::showAbout);

    QMenu* fileMenu = menuBar()->addMenu(tr("&File"));
    fileMenu->addAction(newMessageAction);
    fileMenu->addAction(addAccountAction);
    fileMenu->addAction(sandboxAction);
    fileMenu->addSeparator();
    fileMenu->addAction(quitAction);

    QMenu* viewMenu = menuBar()->addMenu(tr("&View"));
    const std::pair<Page, QString> views[] = {
        {Page::Outbox, tr("&Outbox")},
        {Page::Sent, tr("&Sent")},
        {Page::Drafts, tr("&Drafts")},
        {Page::Sandbox, tr("&Test Server")},
    };
    int key = Qt::Key_1;
    for (const auto& [page, text] : views) {
        auto* action = viewMenu->addAction(text);
        action->setShortcut(QKeySequence(Qt::CTRL | static_cast<Qt::Key>(key++)));
        connect(action, &QAction::triggered, this, [this, p = page] { showPage(p); });
    }

    // The language: the system's, or one chosen here (ui/language); it applies at the next start.
    viewMenu->addSeparator();
    QMenu* languageMenu = viewMenu->addMenu(tr("&Language"));
    languageMenu->setObjectName(QStringLiteral("languageMenu"));
    auto* languages = new QActionGroup(this);
    const QString current = Settings(Settings::defaultFileName()).stringValue(Settings::Key::UiLanguage);
    const std::pair<QString, QString> choices[] = {
        {QString(), tr("Follow the &System")},
        {QStringLiteral("en"), QStringLiteral("English")}, // each language by its own name
        {QStringLiteral("it"), QStringLiteral("Italiano")},
    };
    for (const auto& [code, text] : choices) {
        QAction* action = languageMenu->addAction(text);
        action->setObjectName(QStringLiteral("languageAction_") + (code.isEmpty() ? QStringLiteral("system") : code));
        action->setCheckable(true);
        action->setChecked(code == current);
        languages->addAction(action);
        connect(action, &QAction::triggered, this, [this, language = code] { chooseLanguage(language); });
    }

    QMenu* helpMenu = menuBar()->addMenu(tr("&Help"));
    helpMenu->addAction(aboutAction);

    QToolBar* toolbar = addToolBar(tr("Main"));
    toolbar->setObjectName(QStringLiteral("mainToolBar"));
    toolbar->setMovable(false);
    toolbar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    toolbar->addAction(newMessageAction);
    toolbar->addAction(addAccountAction);
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

ComposerWindow* MainWindow::createComposer()
{
    m_composers.removeAll(nullptr);
    auto* composer = new ComposerWindow(m_drafts);
    composer->setAttribute(Qt::WA_DeleteOnClose);
    composer->setIdentities(m_identities);
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

void MainWindow::refreshDrafts()
{
    const QString current = m_draftsPage->view()->currentIndex().isValid()
        ? m_draftsModel->index(m_draftsPage->view()->currentIndex().row(), 0).data(DraftIdRole).toString()
        : QString();
    m_draftsModel->removeRows(0, m_draftsModel->rowCount());
    const QLocale locale;
    for (const DraftStore::Entry& entry : m_drafts->list()) {
        auto* subject = new QStandardItem(entry.error.isEmpty()
                                              ? (entry.subject.trimmed().isEmpty() ? tr("(no subject)") : entry.subject)
                                              : tr("(damaged draft)"));
        subject->setData(entry.id, DraftIdRole);
        if (!entry.error.isEmpty())
            subject->setToolTip(entry.error);
        auto* to = new QStandardItem(entry.to);
        auto* saved = new QStandardItem(locale.toString(entry.modified.toLocalTime(), QLocale::ShortFormat));
        m_draftsModel->appendRow({subject, to, saved});
        if (entry.id == current)
            m_draftsPage->view()->setCurrentIndex(subject->index());
    }
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

void MainWindow::restoreWindowState()
{
    QSettings settings;
    if (const QByteArray geometry = settings.value(Keys::Geometry).toByteArray(); !geometry.isEmpty())
        restoreGeometry(geometry);
    if (const QByteArray state = settings.value(Keys::State).toByteArray(); !state.isEmpty())
        restoreState(state);
    if (const QByteArray splitter = settings.value(Keys::Splitter).toByteArray(); !splitter.isEmpty())
        m_splitter->restoreState(splitter);
}

// QSettings does not write in setValue(): it posts itself an update request and writes the whole file
// from the event loop, in sync(), or in its destructor when changes are pending. Each write takes a
// lock file and writes the file through QSaveFile, with an fdatasync() for each (seen with strace on
// Qt 6.4.2). With a QSettings on the GUI thread all of these wait for the disk there, so
// the settings are written on m_writer's thread instead, by a QSettings of its own (QSettings is
// reentrant, and safe on the same file from several threads).
void MainWindow::saveWindowState()
{
    const QByteArray geometry = saveGeometry();
    const QByteArray state = saveState();
    const QByteArray splitter = m_splitter->saveState();
    m_writer.run([hook = m_hook, geometry, state, splitter] {
        QSettings settings;
        if (injectedError(hook, Disk::Step::WriteFile, settings.fileName()) != 0)
            return; // only the window's size and layout: the next start uses the defaults
        settings.setValue(Keys::Geometry, geometry);
        settings.setValue(Keys::State, state);
        settings.setValue(Keys::Splitter, splitter);
        settings.sync();
    });
}

void MainWindow::chooseLanguage(const QString& language)
{
    m_writer.run(
        [hook = m_hook, language] {
            Settings settings(Settings::defaultFileName());
            bool written = false;
            if (injectedError(hook, Disk::Step::WriteFile, settings.fileName()) == 0) {
                settings.setValue(Settings::Key::UiLanguage, language);
                written = settings.sync();
            }
            return std::make_pair(written, settings.fileName());
        },
        this,
        [this](const std::pair<bool, QString>& outcome) {
            const auto& [written, fileName] = outcome;
            if (written) {
                MessageBox::information(this, tr("Language"),
                                        tr("Postino will use the new language the next time it starts."));
                return;
            }
            // The menu shows the stored choice again.
            const QString stored = Settings(fileName).stringValue(Settings::Key::UiLanguage);
            if (auto* kept = findChild<QAction*>(QStringLiteral("languageAction_")
                                                 + (stored.isEmpty() ? QStringLiteral("system") : stored)))
                kept->setChecked(true);
            MessageBox::information(this, tr("Language"),
                                    tr("The language could not be saved in %1. Check that the folder is "
                                       "writable and the disk not full.")
                                        .arg(QDir::toNativeSeparators(fileName)));
        });
}

void MainWindow::deleteDraft(const QString& id)
{
    m_drafts->removeAsync(id, this, [this](const Status& removed) {
        if (!removed)
            statusBar()->showMessage(removed.error().message());
    });
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
}

} // namespace Postino

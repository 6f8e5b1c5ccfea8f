// MainWindow: its widgets (the pages, the sidebar with the accounts and the views, the welcome page, the
// status bar) and its actions (menus and toolbar). The Drafts page is in MainWindowDrafts.cpp, the
// Language menu in MainWindowSettings.cpp.
#include "MainWindow.h"

#include "Autostart.h"
#include "ItemListPage.h"
#include "SandboxView.h"
#include "domain/DomainCheckText.h"
#include "domain/DomainHealthPage.h"
#include "sandbox/SandboxServer.h"

#include <QAction>
#include <QBrush>
#include <QColor>
#include <QCommandLinkButton>
#include <QHBoxLayout>
#include <QLabel>
#include <QListView>
#include <QListWidget>
#include <QLocale>
#include <QMenuBar>
#include <QPainter>
#include <QPushButton>
#include <QSplitter>
#include <QStackedWidget>
#include <QStatusBar>
#include <QStyle>
#include <QToolBar>
#include <QTreeView>
#include <QVBoxLayout>

namespace Postino {

namespace {
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

// An action with the theme's icon, or the style's when the theme has none.
QAction* themedAction(QWidget* owner, const char* icon, QStyle::StandardPixmap fallback, const QString& text,
                      const char* objectName)
{
    auto* action =
        new QAction(QIcon::fromTheme(QLatin1String(icon), owner->style()->standardIcon(fallback)), text, owner);
    action->setObjectName(QLatin1String(objectName));
    return action;
}
} // namespace

void MainWindow::buildPages()
{
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
    m_draftsPage = buildDraftsPage();
    m_campaignsPage = new ItemListPage(
        tr("Campaigns"),
        tr("No campaign yet.\n\nA campaign sends one personal message to each recipient of a list (a CSV file), "
           "at a pace the provider accepts. Choose New Campaign… to make one."),
        this);
    m_campaignsPage->setObjectName(QStringLiteral("campaignsPage"));
    m_campaignsPage->view()->setObjectName(QStringLiteral("campaignList"));

    m_domainPage = new DomainHealthPage(this);

    m_sandboxView = new SandboxView(m_sandbox, this);
    connect(m_sandboxView, &SandboxView::statusMessage, this,
            [this](const QString& text) { statusBar()->showMessage(text, 8000); });

    m_pages->addWidget(m_welcomePage);
    m_pages->addWidget(m_outboxPage);
    m_pages->addWidget(m_sentPage);
    m_pages->addWidget(m_draftsPage);
    m_pages->addWidget(m_sandboxView);
    m_pages->addWidget(m_campaignsPage);
    m_pages->addWidget(m_domainPage); // in the order of Page
}

QSplitter* MainWindow::buildSplitter()
{
    m_splitter = new QSplitter(Qt::Horizontal, this);
    m_splitter->setObjectName(QStringLiteral("mainSplitter"));
    m_splitter->addWidget(buildSidebar());
    m_splitter->addWidget(m_pages);
    m_splitter->setStretchFactor(0, 0);
    m_splitter->setStretchFactor(1, 1);
    m_splitter->setChildrenCollapsible(false);
    m_splitter->setSizes({220, 780});
    return m_splitter;
}

void MainWindow::buildStatusBar()
{
    m_sandboxStatus = new QLabel(this);
    m_sandboxStatus->setObjectName(QStringLiteral("sandboxStatusLabel"));
    statusBar()->addPermanentWidget(m_sandboxStatus);
    connect(m_sandbox, &SandboxServer::started, this, &MainWindow::updateSandboxStatus);
    connect(m_sandbox, &SandboxServer::stopped, this, &MainWindow::updateSandboxStatus);
    updateSandboxStatus();
}

QWidget* MainWindow::buildSidebar()
{
    auto* sidebar = new QWidget(this);
    sidebar->setObjectName(QStringLiteral("sidebar"));
    auto* layout = new QVBoxLayout(sidebar);
    layout->setContentsMargins(6, 6, 0, 6);
    buildAccountsSection(sidebar, layout);
    layout->addSpacing(12);
    buildNavigation(sidebar, layout);
    sidebar->setMinimumWidth(180);
    return sidebar;
}

void MainWindow::buildAccountsSection(QWidget* sidebar, QVBoxLayout* layout)
{
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
}

void MainWindow::buildNavigation(QWidget* sidebar, QVBoxLayout* layout)
{
    auto* viewsLabel = sectionLabel(tr("&Views"), sidebar);
    layout->addWidget(viewsLabel);
    m_navigation = new QListWidget(sidebar);
    m_navigation->setObjectName(QStringLiteral("navigationList"));
    m_navigation->setAccessibleName(tr("Views"));
    m_navigation->setIconSize(QSize(20, 20));
    // "Outbox (2 waiting, 1 failed)" and longer Italian names wrap in a narrow sidebar instead of being cut off.
    m_navigation->setWordWrap(true);
    m_navigation->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
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
        {Page::Campaigns, tr("Campaigns"),
         QIcon::fromTheme(QStringLiteral("mail-send"), s->standardIcon(QStyle::SP_FileDialogListView))},
        {Page::DomainHealth, tr("Domain Health"),
         QIcon::fromTheme(QStringLiteral("security-high"), DomainCheckText::pageIcon())},
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
}

QString MainWindow::outboxCountText(int waiting, int failed)
{
    const QLocale locale;
    if (waiting > 0 && failed > 0)
        return tr("%1 waiting, %2 failed").arg(locale.toString(waiting), locale.toString(failed));
    if (failed > 0)
        return tr("%1 failed").arg(locale.toString(failed));
    if (waiting > 0)
        return tr("%1 waiting").arg(locale.toString(waiting));
    return {};
}

void MainWindow::setOutboxCounts(int waiting, int failed)
{
    m_outboxWaiting = waiting;
    m_outboxFailed = failed;
    const QString counts = outboxCountText(waiting, failed);
    for (int row = 0; row < m_navigation->count(); ++row) {
        QListWidgetItem* entry = m_navigation->item(row);
        if (entry->data(Qt::UserRole).toInt() != static_cast<int>(Page::Outbox))
            continue;
        entry->setText(counts.isEmpty() ? tr("Outbox") : tr("Outbox (%1)").arg(counts));
        QFont font = m_navigation->font();
        font.setBold(failed > 0);
        entry->setFont(font);
        // Failed messages stand out: the warning colour of the palette, and a warning icon.
        entry->setForeground(failed > 0 ? QBrush(QColor(0xb0, 0x1e, 0x1e)) : QBrush());
        entry->setIcon(uniformIcon(failed > 0 ? style()->standardIcon(QStyle::SP_MessageBoxWarning)
                                              : QIcon::fromTheme(QStringLiteral("mail-folder-outbox"),
                                                                 style()->standardIcon(QStyle::SP_ArrowUp)),
                                   m_navigation->iconSize()));
    }
    setWindowTitle(counts.isEmpty() ? tr("Postino") : tr("Postino – %1").arg(counts));
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
    QAction* newMessageAction =
        themedAction(this, "mail-message-new", QStyle::SP_FileIcon, tr("&New Message"), "newMessageAction");
    newMessageAction->setShortcut(QKeySequence::New);
    newMessageAction->setToolTip(tr("Write a new message (Ctrl+N)"));
    connect(newMessageAction, &QAction::triggered, this, &MainWindow::newMessage);

    QAction* addAccountAction =
        themedAction(this, "list-add-user", QStyle::SP_FileDialogNewFolder, tr("&Add Account…"), "addAccountAction");
    connect(addAccountAction, &QAction::triggered, this, &MainWindow::addAccountRequested);

    buildFileMenu(newMessageAction, addAccountAction);
    buildViewMenu();
    buildHelpMenu();

    QToolBar* toolbar = addToolBar(tr("Main"));
    toolbar->setObjectName(QStringLiteral("mainToolBar"));
    toolbar->setMovable(false);
    toolbar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    toolbar->addAction(newMessageAction);
    toolbar->addAction(addAccountAction);
}

void MainWindow::buildFileMenu(QAction* newMessageAction, QAction* addAccountAction)
{
    QAction* sandboxAction =
        themedAction(this, "network-server", QStyle::SP_ComputerIcon, tr("Try the &Test Server"), "startSandboxAction");
    connect(sandboxAction, &QAction::triggered, this, &MainWindow::startSandbox);

    auto* quitAction = new QAction(QIcon::fromTheme(QStringLiteral("application-exit")), tr("&Quit"), this);
    quitAction->setObjectName(QStringLiteral("quitAction"));
    quitAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Q));
    quitAction->setMenuRole(QAction::QuitRole);
    connect(quitAction, &QAction::triggered, this, &QWidget::close);

    QMenu* fileMenu = menuBar()->addMenu(tr("&File"));
    fileMenu->addAction(newMessageAction);
    fileMenu->addAction(addAccountAction);
    fileMenu->addAction(sandboxAction);
    fileMenu->addSeparator();
    fileMenu->addAction(quitAction);
}

void MainWindow::buildViewMenu()
{
    QMenu* viewMenu = menuBar()->addMenu(tr("&View"));
    const std::pair<Page, QString> views[] = {
        {Page::Outbox, tr("&Outbox")},       {Page::Sent, tr("&Sent")},
        {Page::Drafts, tr("&Drafts")},       {Page::Sandbox, tr("&Test Server")},
        {Page::Campaigns, tr("&Campaigns")}, {Page::DomainHealth, tr("Domain &Health")},
    };
    int key = Qt::Key_1;
    for (const auto& [page, text] : views) {
        auto* action = viewMenu->addAction(text);
        action->setShortcut(QKeySequence(Qt::CTRL | static_cast<Qt::Key>(key++)));
        connect(action, &QAction::triggered, this, [this, p = page] { showPage(p); });
    }
    viewMenu->addSeparator();
    buildLanguageMenu(viewMenu);

    // Off unless the person turns it on (an entry in ~/.config/autostart); what the file says is the truth.
    auto* autostart = viewMenu->addAction(tr("Start Postino at &Login"));
    autostart->setObjectName(QStringLiteral("autostartAction"));
    autostart->setCheckable(true);
    autostart->setChecked(Autostart::isEnabled());
    autostart->setToolTip(tr("Start Postino in the tray when you log in, so that waiting messages go out"));
    connect(autostart, &QAction::toggled, this, [this, autostart](bool on) {
        const Status changed = Autostart::setEnabled(on);
        if (!changed) {
            const QSignalBlocker blocker(autostart);
            autostart->setChecked(Autostart::isEnabled());
            statusBar()->showMessage(changed.error().message(), 15000);
            return;
        }
        statusBar()->showMessage(on ? tr("Postino will start in the tray when you log in.")
                                    : tr("Postino will not start when you log in."),
                                 8000);
    });
}

void MainWindow::buildHelpMenu()
{
    auto* aboutAction = new QAction(tr("&About Postino"), this);
    aboutAction->setObjectName(QStringLiteral("aboutAction"));
    aboutAction->setMenuRole(QAction::AboutRole);
    connect(aboutAction, &QAction::triggered, this, &MainWindow::showAbout);

    QMenu* helpMenu = menuBar()->addMenu(tr("&Help"));
    helpMenu->addAction(aboutAction);
}

} // namespace Postino

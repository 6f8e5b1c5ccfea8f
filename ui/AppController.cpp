#include "AppController.h"
#include "StartupTrace.h"
#include "TrustedCertificatesDialog.h"

#include "AccountSettingsDialog.h"
#include "campaign/CampaignService.h"

#include "ComposerWindow.h"
#include "ConnectionDoctor.h"
#include "ItemListPage.h"
#include "KeychainSecretStore.h"
#include "MainWindow.h"
#include "MessageBox.h"
#include "OutboxTableModel.h"
#include "OutboxView.h"
#include "PasswordDialog.h"
#include "RecentRecipients.h"
#include "SentModel.h"
#include "SentView.h"
#include "SignInDialog.h"
#include "accounts/AccountStore.h"
#include "campaign/CampaignJobs.h"
#include "campaign/CampaignsView.h"
#include "common/Settings.h"
#include "discovery/ProviderDatabase.h"
#include "domain/DomainHealthPage.h"
#include "domain/SenderAlignmentCheck.h"
#include "drafts/DraftStore.h"
#include "mime/Address.h"
#include "oauth/OAuthTokenSource.h"
#include "outbox/AccountCredentialsProvider.h"
#include "outbox/NetworkMonitor.h"
#include "outbox/OutboxModel.h"
#include "outbox/OutboxRunner.h"
#include "outbox/OutboxStore.h"
#include "outbox/OutboxSubmitter.h"
#include "outbox/ProviderLimits.h"
#include "sandbox/SandboxServer.h"
#include "wizard/AccountWizard.h"

#include <QAction>
#include <QApplication>
#include <QDir>
#include <QFile>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QListView>
#include <QMenu>
#include <QMenuBar>
#include <QPainter>
#include <QPixmap>
#include <QStandardItemModel>
#include <QStatusBar>
#include <QSystemTrayIcon>
#include <QTimer>
#include <QTreeView>

namespace Postino {

namespace {
constexpr int AccountNameRole = Qt::UserRole + 1;
} // namespace

AppController::AppController(AppControllerOptions options, QObject* parent)
    : QObject(parent)
    , m_options(std::move(options))
{
    makeStores();
    StartupTrace::mark("  stores");
    makeViews();
    StartupTrace::mark("  views");
    connectWindow();
    buildAccountActions();
    makeTray();
    StartupTrace::mark("  tray");
    connectRunner();
    connectSubmitter();
    m_window->setOutboxModel(m_outboxTable);
    m_window->setQuitGuard([this] { return mayQuit(); });
    connect(m_window.get(), &MainWindow::closed, this, &AppController::quitRequested);
    followOutboxCounts();
    reloadAccounts();
    StartupTrace::mark("  accounts");
    m_runner->start(OutboxRunner::Mode::Continuous);
    // What waits from the last session is tried at once, not after its backoff: Postino was closed, not the
    // server (the pace and a campaign's pause still hold).
    m_runner->flush();
}

void AppController::makeStores()
{
    if (m_options.secrets) {
        m_secrets = m_options.secrets;
    } else {
        m_ownSecrets = std::make_unique<KeychainSecretStore>();
        m_secrets = m_ownSecrets.get();
    }
    m_submissions = m_options.submissions ? m_options.submissions : SubmissionFactory::smtp();
    if (!m_options.probeServices.submissions)
        m_options.probeServices.submissions = m_submissions;

    m_settings = std::make_unique<Settings>(m_options.settingsFile.isEmpty() ? Settings::defaultFileName()
                                                                             : m_options.settingsFile);
    m_accounts = std::make_unique<AccountStore>(m_options.accountsFile);
    m_drafts = std::make_unique<DraftStore>(m_options.dataDir + QStringLiteral("/drafts"));
    m_sandbox = std::make_unique<SandboxServer>(m_options.dataDir + QStringLiteral("/sandbox"));
    m_outbox = std::make_unique<OutboxStore>(m_options.dataDir);
    m_credentials = std::make_unique<AccountCredentialsProvider>(m_accounts.get(), m_secrets, this);
    m_credentials->setHttpOptions(m_options.oauthHttp);
    m_credentials->setSignInRequiredHandler(
        [this](const QString& account, const Error& error) { signInRequired(account, error); });
    m_runner = std::make_unique<OutboxRunner>(m_outbox.get(), m_submissions, m_credentials.get());
    m_runner->setSettings(m_settings.get()); // the accounts' limits, CHUNKING and retry steps, as the CLI reads them
    if (!m_options.network)
        m_ownNetwork = NetworkMonitor::createSystem();
    m_network = m_options.network ? m_options.network : m_ownNetwork.get();
    m_runner->setNetworkMonitor(m_network);
    m_runner->setLocalAccount(accountsOnThisMachine(*m_accounts));
    m_campaigns = std::make_unique<CampaignRoom>(m_options.dataDir, m_outbox.get());
    m_runner->setDefaultLimits(providerDefaultLimits(*m_accounts, ProviderDatabase::installed()));
    m_campaigns->service.attach(m_runner.get());
    m_submitter = std::make_unique<OutboxSubmitter>(m_outbox.get(), m_runner.get(), m_drafts.get(),
                                                    m_options.dataDir + QStringLiteral("/outbox-composed"));
    m_outboxModel = new OutboxModel(m_outbox.get(), this);
    m_outboxTable = new OutboxTableModel(m_outboxModel, this);
    m_sentModel = new SentModel(m_outbox.get(), this);
    m_accountsModel = new QStandardItemModel(this);
}

void AppController::makeViews()
{
    m_senderAlignment =
        std::make_unique<SenderAlignmentCheck>(m_options.probeServices.dns, m_options.probeServices.clock);
    m_window = std::make_unique<MainWindow>(m_drafts.get(), m_sandbox.get());
    m_window->setAddressValidator([](const QString& text) {
        const auto parsed = Address::parseList(text);
        return parsed.ok() ? QString() : parsed.error().message();
    });
    m_window->setSentModel(m_sentModel);
    // To, Cc and Bcc complete the addresses sent to before, newest first.
    m_window->setKnownAddressesModel(new RecentRecipients(m_sentModel, this));
    m_window->sentPage()->view()->header()->resizeSection(SentModel::SubjectColumn, 260);
    m_window->sentPage()->view()->header()->resizeSection(SentModel::ToColumn, 220);
    m_window->sentPage()->view()->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_sentView = new SentView(m_window->sentPage(), m_sentModel, m_outbox.get(),
                              m_options.dataDir + QStringLiteral("/attachment-copies"), this);
    connect(m_sentView, &SentView::composeRequested, this,
            [this](const ComposedMessage& message) { m_window->newMessage()->setMessage(message); });
    connect(m_sentView, &SentView::statusMessage, this,
            [this](const QString& text) { m_window->statusBar()->showMessage(text, 8000); });
    m_outboxView = new OutboxView(m_window->outboxPage(), m_outboxTable, m_runner.get(), this);
    connect(m_outboxView, &OutboxView::editRequested, this, &AppController::editOutboxItem);
    connect(m_outboxView, &OutboxView::passwordRequested, this, &AppController::changePassword);
    m_outboxView->setSignsInWithOAuth([this](const QString& account) {
        const Result<Account> stored = m_accounts->get(account);
        return stored.ok() && stored.value().usesOAuth2();
    });
    connect(m_outboxView, &OutboxView::statusMessage, this,
            [this](const QString& text) { m_window->statusBar()->showMessage(text, 8000); });
    m_window->domainHealthPage()->setResolver(m_options.probeServices.dns, m_options.probeServices.clock);
    m_window->domainHealthPage()->setServices(m_options.mtaSts, m_submissions);
    m_campaignJobs = std::make_unique<CampaignJobs>(m_options.dataDir);
    m_campaignsView = new CampaignsView(m_window->campaignsPage(), m_campaignJobs.get(), m_outbox.get(), m_runner.get(),
                                        &m_campaigns->service, m_accounts.get(), this);
    connect(m_campaignsView, &CampaignsView::statusMessage, this,
            [this](const QString& text) { m_window->statusBar()->showMessage(text, 8000); });

    // Offline: said for as long as it lasts, in the status bar's permanent corner; the runner waits.
    auto* offline = new QLabel(tr("Offline: messages wait for the network"), m_window->statusBar());
    offline->setObjectName(QStringLiteral("offlineIndicator"));
    offline->setAccessibleName(offline->text());
    m_window->statusBar()->addPermanentWidget(offline);
    offline->setHidden(m_network->isOnline());
    connect(m_network, &NetworkMonitor::onlineChanged, offline, [this, offline](bool online) {
        offline->setHidden(online);
        if (online && m_outboxModel->rowCount() > 0)
            m_window->statusBar()->showMessage(tr("The network is back; sending what waited."), 8000);
    });
    // A disk that refuses the outbox's lock or journal: nothing can be sent until it has room again.
    connect(m_runner.get(), &OutboxRunner::diskProblem, this,
            [this](const QString& message) { notify(tr("Messages cannot be sent"), message, true); });
}

void AppController::connectWindow()
{
    connect(m_window.get(), &MainWindow::sendRequested, this, &AppController::send);
    connect(m_window.get(), &MainWindow::composerOpened, this, [this](ComposerWindow* composer) {
        // The From account's server limit, again whenever the From line names another account.
        connect(composer, &ComposerWindow::senderChanged, this, [this, composer] { applySizeLimit(composer); });
        applySizeLimit(composer);
        // Whether its From will be trusted through its account: again only when the From or the account changes.
        connect(composer, &ComposerWindow::senderAddressChanged, this,
                [this, composer] { checkSenderAlignment(composer); });
        connect(composer, &ComposerWindow::domainCheckRequested, this,
                [this](const QString& address, const QString& account) { checkDomain(account, address); });
        checkSenderAlignment(composer);
    });
    connect(m_window.get(), &MainWindow::addAccountRequested, this, &AppController::addAccount);
    connect(m_window.get(), &MainWindow::accountActivated, this,
            [this](const QModelIndex& index) { checkConnection(index.data(AccountNameRole).toString()); });
    connect(m_sandbox.get(), &SandboxServer::started, this, &AppController::refreshIdentities);
    connect(m_sandbox.get(), &SandboxServer::stopped, this, &AppController::refreshIdentities);
}

bool AppController::mayQuit()
{
    if (m_quitting)
        return true;
    const QStringList waiting = waitingIds();
    if (waiting.isEmpty())
        return true;
    const int n = static_cast<int>(waiting.size());
    QMessageBox::StandardButtons buttons = QMessageBox::Yes | QMessageBox::No | QMessageBox::Cancel;
    QHash<QMessageBox::StandardButton, QString> texts {{QMessageBox::Yes, tr("&Send Now, Then Quit")},
                                                       {QMessageBox::No, tr("&Keep Them and Quit")},
                                                       {QMessageBox::Cancel, tr("&Don't Quit")}};
    QString text = tr("%n message(s) still wait in the outbox. Postino sends them only while it runs.", nullptr, n);
    if (m_tray) {
        // Only with a tray to come back from: a window that vanished with no icon would be lost.
        buttons |= QMessageBox::Ignore;
        texts.insert(QMessageBox::Ignore, tr("Keep Sending in the &Background"));
        text += u' '
            + tr("In the background, Postino keeps trying from its icon in the tray and quits by itself once "
                 "nothing waits.");
    }
    const QMessageBox::StandardButton answer = MessageBox::ask(
        m_window.get(), QMessageBox::Question, tr("Messages Waiting"), text, buttons, QMessageBox::Yes, texts);
    if (answer == QMessageBox::No) {
        m_quitting = true;
        return true;
    }
    if (answer == QMessageBox::Yes)
        sendThenQuit(waiting);
    if (answer == QMessageBox::Ignore)
        sendInBackground();
    return false;
}

void AppController::sendInBackground()
{
    m_background = true;
    // After the close event that asked has been refused: the window goes, the process and the tray stay.
    QTimer::singleShot(0, m_window.get(), [this] {
        if (m_background)
            m_window->hide();
    });
    m_runner->flush(); // each one tried now, then on its schedule
    const int n = static_cast<int>(waitingIds().size());
    notify(tr("Sending in the background"),
           tr("Postino sends the %n waiting message(s) and then quits; click its icon to open it.", nullptr, n), false);
    quitWhenNothingWaits();
}

void AppController::quitWhenNothingWaits()
{
    if (!m_background)
        return;
    if (!waitingIds().isEmpty())
        return; // asked again on every change of the outbox (updateOutboxCounts)
    m_background = false;
    m_quitting = true;
    if (!m_window->close()) { // a composer that cannot save its draft keeps Postino open, and shows why
        m_quitting = false;
        showWindow();
    }
}

void AppController::showWindow()
{
    m_background = false; // the person is back: nothing quits behind their back
    m_window->show();
    m_window->setWindowState(m_window->windowState() & ~Qt::WindowMinimized);
    m_window->raise();
    m_window->activateWindow();
}

void AppController::startMinimized()
{
    if (m_tray)
        m_window->hide();
    else
        m_window->showMinimized();
}

void AppController::quit()
{
    if (m_window->close())
        return; // closed(), then quitRequested()
    if (!m_background && !m_quitting)
        showWindow(); // Don't Quit, or Send Now, Then Quit: the window shows what happens
}

void AppController::sendThenQuit(const QStringList& ids)
{
    // Each one tried once now; Postino quits once none is waiting for its try (what a server deferred stays
    // in the outbox for the next start), or after two minutes at most.
    // A message sent later (Send Later) keeps its time: it waits in the outbox for the next start.
    QHash<QString, int> attemptsBefore;
    const QDateTime now = QDateTime::currentDateTimeUtc();
    for (int row = 0; row < m_outboxModel->rowCount(); ++row) {
        const OutboxItem item = m_outboxModel->itemAt(row);
        if (ids.contains(item.id) && !(item.notBefore.isValid() && item.notBefore > now))
            attemptsBefore.insert(item.id, item.attempts);
    }
    for (auto it = attemptsBefore.cbegin(); it != attemptsBefore.cend(); ++it)
        m_runner->retryNowAsync(it.key(), [](const Status&) {});
    m_window->statusBar()->showMessage(tr("Sending %n waiting message(s); Postino quits when they are done.", nullptr,
                                          static_cast<int>(attemptsBefore.size())));
    // Checked whenever an item changes or leaves the outbox, and once more at the deadline.
    auto* watch = new QObject(this);
    const auto check = [this, watch, attemptsBefore](bool deadline) {
        bool pending = false;
        for (int row = 0; row < m_outboxModel->rowCount() && !pending; ++row) {
            const OutboxItem item = m_outboxModel->itemAt(row);
            const auto it = attemptsBefore.constFind(item.id);
            if (it != attemptsBefore.cend())
                pending = item.state == OutboxItem::State::Sending
                    || (item.state == OutboxItem::State::Queued && item.attempts <= *it);
        }
        if (pending && !deadline)
            return;
        watch->deleteLater();
        m_quitting = true;
        m_window->close();
    };
    connect(m_outboxModel, &QAbstractItemModel::dataChanged, watch, [check] { check(false); });
    connect(m_outboxModel, &QAbstractItemModel::rowsRemoved, watch, [check] { check(false); });
    QTimer::singleShot(120'000, watch, [check] { check(true); });
    QTimer::singleShot(0, watch, [check] { check(false); }); // nothing to try: quit at once
}

void AppController::followOutboxCounts()
{
    // Coalesced: a campaign's start adds thousands of rows in one go.
    auto* recount = new QTimer(this);
    recount->setSingleShot(true);
    recount->setInterval(0);
    connect(recount, &QTimer::timeout, this, &AppController::updateOutboxCounts);
    for (const auto signal : {&QAbstractItemModel::rowsInserted, &QAbstractItemModel::rowsRemoved})
        connect(m_outboxModel, signal, recount, qOverload<>(&QTimer::start));
    connect(m_outboxModel, &QAbstractItemModel::dataChanged, recount, qOverload<>(&QTimer::start));
    connect(m_outboxModel, &QAbstractItemModel::modelReset, recount, qOverload<>(&QTimer::start));
    updateOutboxCounts();
}

void AppController::updateOutboxCounts()
{
    int waiting = 0;
    int failed = 0;
    for (int row = 0; row < m_outboxModel->rowCount(); ++row) {
        switch (m_outboxModel->itemAt(row).state) {
        case OutboxItem::State::Queued:
        case OutboxItem::State::Sending:
            ++waiting;
            break;
        case OutboxItem::State::Failed:
            ++failed;
            break;
        case OutboxItem::State::Sent:
            break;
        }
    }
    m_window->setOutboxCounts(waiting, failed);
    if (m_tray) {
        const QString counts = MainWindow::outboxCountText(waiting, failed);
        m_tray->setToolTip(counts.isEmpty() ? tr("Postino") : tr("Postino: %1").arg(counts));
        m_tray->setIcon(trayIcon(waiting, failed));
    }
    quitWhenNothingWaits();
}

QIcon AppController::trayIcon(int waiting, int failed) const
{
    const QIcon base = QApplication::windowIcon().isNull()
        ? QApplication::style()->standardIcon(QStyle::SP_DriveNetIcon)
        : QApplication::windowIcon();
    if (waiting == 0 && failed == 0)
        return base;
    // A badge with the count: red when something failed, blue while messages wait.
    QPixmap pixmap = base.pixmap(64, 64);
    QPainter painter(&pixmap);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setPen(Qt::NoPen);
    painter.setBrush(failed > 0 ? QColor(0xc0, 0x1c, 0x28) : QColor(0x1c, 0x71, 0xd8));
    const QRect badge(30, 30, 34, 34);
    painter.drawEllipse(badge);
    const int shown = failed > 0 ? failed : waiting;
    QFont font = painter.font();
    font.setBold(true);
    font.setPixelSize(shown > 99 ? 14 : 20);
    painter.setFont(font);
    painter.setPen(Qt::white);
    painter.drawText(badge, Qt::AlignCenter, shown > 999 ? QStringLiteral("999+") : QString::number(shown));
    painter.end();
    return QIcon(pixmap);
}

void AppController::makeTray()
{
    if (!m_options.systemTray.value_or(QSystemTrayIcon::isSystemTrayAvailable()))
        return;
    const QIcon icon = QApplication::windowIcon().isNull()
        ? QApplication::style()->standardIcon(QStyle::SP_DriveNetIcon)
        : QApplication::windowIcon();
    m_tray = new QSystemTrayIcon(icon, this);
    m_tray->setToolTip(tr("Postino"));
    connect(m_tray, &QSystemTrayIcon::messageClicked, this, &AppController::activateNotification);
    connect(m_tray, &QSystemTrayIcon::activated, this, [this](QSystemTrayIcon::ActivationReason reason) {
        if (reason == QSystemTrayIcon::Trigger || reason == QSystemTrayIcon::DoubleClick)
            showWindow();
    });
    m_trayMenu = std::make_unique<QMenu>();
    QAction* open = m_trayMenu->addAction(tr("&Open Postino"));
    open->setObjectName(QStringLiteral("trayOpenAction"));
    connect(open, &QAction::triggered, this, &AppController::showWindow);
    QAction* newMessage = m_trayMenu->addAction(tr("&New Message"));
    newMessage->setObjectName(QStringLiteral("trayNewMessageAction"));
    connect(newMessage, &QAction::triggered, this, [this] { m_window->newMessage(); });
    m_trayMenu->addSeparator();
    QAction* quitAction = m_trayMenu->addAction(tr("&Quit"));
    quitAction->setObjectName(QStringLiteral("trayQuitAction"));
    connect(quitAction, &QAction::triggered, this, &AppController::quit);
    m_tray->setContextMenu(m_trayMenu.get());
    m_tray->show();
}

void AppController::connectRunner()
{
    connect(m_runner.get(), &OutboxRunner::itemSent, this, &AppController::itemSent);
    connect(m_runner.get(), &OutboxRunner::itemFailed, this, &AppController::itemFailed);
    connect(m_runner.get(), &OutboxRunner::credentialsRejected, this, &AppController::credentialsRejected);
    connect(m_runner.get(), &OutboxRunner::uploadProgress, m_outboxTable, &OutboxTableModel::setUploadProgress);
}

void AppController::itemSent(const QString& id)
{
    m_sentModel->add(id); // already there when the store said so first
    const auto sent = m_sentModel->rowCount() > 0 ? m_sentModel->itemAt(0) : OutboxItem();
    notify(tr("Message sent"),
           sent.id == id ? tr("\"%1\" was accepted by the server.").arg(sent.subject)
                         : tr("A message was accepted by the server."),
           false);
}

void AppController::itemFailed(const QString& id)
{
    const int row = m_outboxModel->rowOf(id);
    const OutboxItem item = row >= 0 ? m_outboxModel->itemAt(row) : OutboxItem();
    if (item.lastErrorKind == ErrorKind::Auth && m_runner->credentialsNeedAttention(item.accountKey())
        && m_notifiedPasswordAccount == item.accountKey())
        return; // "Password refused" said it, and a click on it leads to the password
    notify(tr("Message not sent"), tr("\"%1\" could not be sent: %2 See the Outbox.").arg(item.subject, item.lastError),
           true);
}

void AppController::signInRequired(const QString& accountName, const Error& error)
{
    const Result<Account> account = m_accounts->get(accountName);
    if (!account || m_signInTold.contains(accountName))
        return; // told already: once per sign-in that ended, not once per message
    m_signInTold.insert(accountName);
    Account marked = account.value();
    marked.signInAgain = true;
    m_accounts->saveAsync(marked, this, [](const Status&) {});
    notify(tr("Sign in again"),
           tr("The sign-in of %1 has expired or was withdrawn (%2). Its messages wait in the outbox until you sign "
              "in again: click here, or Account > Sign In Again….")
               .arg(accountName, error.message()),
           true);
    m_notifiedSignInAccount = accountName;
    updateAccountActions();
}

void AppController::credentialsRejected(const QString& account)
{
    if (!m_accounts->contains(account)) {
        // Ad-hoc server options (queued by the command line): there is no stored password to change.
        notify(tr("Password refused"),
               tr("The server refused the password of %1. Its messages wait in the outbox.").arg(account), true);
        return;
    }
    notify(tr("Password refused"),
           tr("The server refused the password of %1. Its messages wait in the outbox until you enter it again "
              "(Account > Change Password…, or Enter Password… in the Outbox).")
               .arg(account),
           true);
    m_notifiedPasswordAccount = account;
}

AppController::~AppController()
{
    delete m_campaignsView; // and its windows, before the worker they use
    m_campaignsView = nullptr;
    m_campaignJobs.reset(); // waits for the job under way
    m_submitter.reset(); // waits for its worker
    m_accounts->waitForWrites(); // the last account edits land before the application goes
    m_sandbox->disconnect(this);
    m_runner->disconnect(this);
    delete m_wizard.data();
    m_runner->stop();
    m_window.reset();
}

QList<SenderIdentity> AppController::identities() const
{
    QList<SenderIdentity> list;
    const auto displayed = [](const QString& email, const QString& name) {
        const auto address = Address::create(email, name);
        return address.ok() ? address.value().toDisplayString() : email;
    };
    for (const Account& account : m_accounts->list()) {
        SenderIdentity identity;
        identity.account = account.name;
        identity.from = displayed(account.email, account.displayName);
        identity.signature = account.signature;
        list.append(identity);
        for (const Account::Identity& other : account.identities) {
            SenderIdentity more;
            more.id = other.id;
            more.account = account.name;
            more.from = displayed(other.email, other.displayName);
            more.signature = other.signature;
            list.append(more);
        }
    }
    if (m_sandbox->isRunning()) {
        SenderIdentity identity;
        identity.id = sandboxIdentityId();
        identity.from = tr("Postino Test <me@postino.test>");
        list.append(identity);
    }
    return list;
}

void AppController::refreshIdentities()
{
    m_window->setIdentities(identities());
}

void AppController::reloadAccounts()
{
    for (const Account& account : m_accounts->list()) {
        if (!account.signInAgain)
            m_signInTold.remove(account.name); // signed in again (account login): a new loss is told again
    }
    m_accountsModel->clear();
    for (const Account& account : m_accounts->list()) {
        // The address alone fits the sidebar; the name and the server are in the tooltip.
        auto* item = new QStandardItem(account.email);
        item->setData(account.name, AccountNameRole);
        item->setToolTip(
            tr("%1 <%2> via %3, port %4").arg(account.displayName, account.email, account.host).arg(account.port));
        item->setIcon(QApplication::style()->standardIcon(QStyle::SP_DriveNetIcon));
        m_accountsModel->appendRow(item);
    }
    m_window->setAccountsModel(m_accountsModel);
    if (QItemSelectionModel* selection = m_window->accountList()->selectionModel())
        connect(selection, &QItemSelectionModel::currentChanged, this, &AppController::suggestDomainAccount,
                Qt::UniqueConnection);
    if (QItemSelectionModel* selection = m_window->accountList()->selectionModel())
        connect(selection, &QItemSelectionModel::currentChanged, this, &AppController::updateAccountActions,
                Qt::UniqueConnection);
    updateAccountActions();
    suggestDomainAccount();
    refreshIdentities();
    for (ComposerWindow* composer : m_window->composers())
        applySizeLimit(composer);
}

void AppController::applySizeLimit(ComposerWindow* composer)
{
    qint64 limit = 0; // unknown: no warning (the test server, an address typed by hand, an account never checked)
    if (const QString account = composer->senderAccount(); !account.isEmpty()) {
        if (const auto stored = m_accounts->get(account); stored.ok())
            limit = stored.value().maxMessageSize;
    }
    composer->setSizeLimit(limit);
}

void AppController::checkSenderAlignment(ComposerWindow* composer)
{
    const QString accountName = composer->senderAccount();
    const QString from = composer->senderAddress();
    if (accountName.isEmpty() || from.isEmpty())
        return; // the test server, or an address typed by hand: no account's server to judge
    const auto account = m_accounts->get(accountName);
    if (!account.ok() || account.value().host.isEmpty())
        return;
    const QString host = account.value().host;
    m_senderAlignment->check(
        from, account.value().email, host, composer,
        [composer, from, accountName, host](const SenderAlignmentCheck::Verdict& verdict) {
            if (composer->senderAddress() != from || composer->senderAccount() != accountName)
                return; // the From changed since: its own check says
            composer->setSenderWarning(
                verdict.fails ? tr("Mail from %1 sent through %2 will probably be refused or marked as spam (%3).")
                                    .arg(from, host, verdict.summary)
                              : QString());
        });
}

void AppController::rememberMaxMessageSize(const QString& accountName, qint64 bytes)
{
    // Written on the account store's worker thread; the composers learn the new limit once it is on disk.
    m_accounts->rememberMaxMessageSizeAsync(accountName, bytes, this, [this](const Status& stored) {
        if (!stored.ok()) {
            m_window->statusBar()->showMessage(stored.error().message(), 8000);
            return;
        }
        for (ComposerWindow* composer : m_window->composers())
            applySizeLimit(composer);
    });
}

QString AppController::currentAccountName() const
{
    const QModelIndex index = m_window->accountList()->currentIndex();
    if (index.isValid())
        return index.data(AccountNameRole).toString();
    return m_accountsModel->rowCount() == 1 ? m_accountsModel->index(0, 0).data(AccountNameRole).toString() : QString();
}

void AppController::suggestDomainAccount()
{
    const QString name = currentAccountName();
    if (name.isEmpty())
        return;
    if (const auto account = m_accounts->get(name); account.ok())
        m_window->domainHealthPage()->suggestAccount(account.value().email, account.value().host);
}

DomainHealthPage* AppController::checkDomain(const QString& accountName, const QString& from)
{
    const auto account = m_accounts->get(accountName);
    if (!account.ok()) {
        m_window->statusBar()->showMessage(account.error().message(), 8000);
        return nullptr;
    }
    DomainHealthPage* page = m_window->domainHealthPage();
    page->setAccount(account.value().email, account.value().host);
    if (!from.trimmed().isEmpty())
        page->setTarget(from);
    m_window->showPage(MainWindow::Page::DomainHealth);
    m_window->show();
    m_window->raise();
    m_window->activateWindow();
    page->check();
    return page;
}

void AppController::buildAccountActions()
{
    auto* check = new QAction(tr("&Check Connection…"), m_window.get());
    check->setObjectName(QStringLiteral("checkConnectionAction"));
    check->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_K));
    connect(check, &QAction::triggered, this, [this] {
        if (const QString name = currentAccountName(); !name.isEmpty())
            checkConnection(name);
        else
            m_window->statusBar()->showMessage(tr("Select an account in the sidebar first."), 6000);
    });
    auto* remove = new QAction(tr("&Remove Account…"), m_window.get());
    remove->setObjectName(QStringLiteral("removeAccountAction"));
    connect(remove, &QAction::triggered, this, [this] {
        if (const QString name = currentAccountName(); !name.isEmpty())
            removeAccount(name);
        else
            m_window->statusBar()->showMessage(tr("Select an account in the sidebar first."), 6000);
    });
    auto* password = new QAction(tr("Change &Password…"), m_window.get());
    password->setObjectName(QStringLiteral("changePasswordAction"));
    connect(password, &QAction::triggered, this, [this] {
        if (const QString name = currentAccountName(); !name.isEmpty())
            changePassword(name);
        else
            m_window->statusBar()->showMessage(tr("Select an account in the sidebar first."), 6000);
    });
    m_passwordAction = password;
    auto* signInAgain = new QAction(tr("Sign &In Again…"), m_window.get());
    signInAgain->setObjectName(QStringLiteral("signInAction"));
    connect(signInAgain, &QAction::triggered, this, [this] {
        if (const QString name = currentAccountName(); !name.isEmpty())
            signIn(name);
        else
            m_window->statusBar()->showMessage(tr("Select an account in the sidebar first."), 6000);
    });
    m_signInAction = signInAgain;
    auto* edit = new QAction(tr("Account &Settings…"), m_window.get());
    edit->setObjectName(QStringLiteral("accountSettingsAction"));
    connect(edit, &QAction::triggered, this, [this] {
        if (const QString name = currentAccountName(); !name.isEmpty())
            editAccount(name);
        else
            m_window->statusBar()->showMessage(tr("Select an account in the sidebar first."), 6000);
    });
    auto* domain = new QAction(tr("Check &Domain Health…"), m_window.get());
    domain->setObjectName(QStringLiteral("checkDomainAction"));
    connect(domain, &QAction::triggered, this, [this] {
        if (const QString name = currentAccountName(); !name.isEmpty())
            checkDomain(name);
        else
            m_window->showPage(MainWindow::Page::DomainHealth);
    });
    auto* certificates = new QAction(tr("&Trusted Certificates…"), m_window.get());
    certificates->setObjectName(QStringLiteral("trustedCertificatesAction"));
    certificates->setToolTip(tr("The certificates your accounts trust by their fingerprint, with Remove"));
    connect(certificates, &QAction::triggered, this, &AppController::showTrustedCertificates);
    QMenu* menu = new QMenu(tr("Acc&ount"), m_window.get());
    menu->setObjectName(QStringLiteral("accountMenu"));
    menu->addAction(edit);
    menu->addAction(check);
    menu->addAction(domain);
    menu->addAction(password);
    menu->addAction(signInAgain);
    menu->addAction(remove);
    menu->addSeparator();
    menu->addAction(certificates);
    const QList<QAction*> menus = m_window->menuBar()->actions();
    m_window->menuBar()->insertMenu(menus.size() > 1 ? menus.at(1) : nullptr, menu);

    QListView* list = m_window->accountList();
    list->setContextMenuPolicy(Qt::ActionsContextMenu);
    list->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    list->setTextElideMode(Qt::ElideRight);
    list->addAction(edit);
    list->addAction(check);
    list->addAction(domain);
    list->addAction(password);
    list->addAction(signInAgain);
    list->addAction(remove);
    updateAccountActions();
}

void AppController::updateAccountActions()
{
    if (!m_passwordAction || !m_signInAction)
        return;
    const Result<Account> account = m_accounts->get(currentAccountName());
    const bool oauth = account.ok() && account.value().usesOAuth2();
    m_passwordAction->setVisible(!oauth);
    m_signInAction->setVisible(oauth);
    // A lost sign-in stands out in the sidebar too.
    m_signInAction->setText(oauth && account.value().signInAgain ? tr("Sign &In Again… (needed)")
                                                                 : tr("Sign &In Again…"));
}

AccountSettingsDialog* AppController::accountSettingsDialog() const
{
    return m_accountDialog;
}

AccountSettingsDialog* AppController::editAccount(const QString& accountName)
{
    const Result<Account> account = m_accounts->get(accountName);
    if (!account) {
        m_window->statusBar()->showMessage(account.error().message(), 8000);
        return nullptr;
    }
    if (m_accountDialog) {
        if (m_accountDialog->editedAccount().name == accountName) {
            m_accountDialog->raise();
            m_accountDialog->activateWindow();
            return m_accountDialog;
        }
        m_accountDialog->close();
    }
    m_accountDialog = new AccountSettingsDialog(account.value(), m_accounts.get(), m_settings.get(), m_secrets,
                                                m_submissions, m_window.get());
    m_accountDialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(m_accountDialog, &AccountSettingsDialog::saved, this, [this](const Account& saved, bool connectionChanged) {
        reloadAccounts();
        if (connectionChanged)
            m_runner->clearCredentialsAttention(saved.name);
        // The runner asks for an account's settings again on each pass: what waits goes with the new ones.
        const int retried = retryWaiting(saved.name);
        m_window->statusBar()->showMessage(
            retried > 0 ? tr("The settings of %1 are saved; %n waiting message(s) will be sent now.", nullptr, retried)
                              .arg(saved.name)
                        : tr("The settings of %1 are saved.").arg(saved.name),
            8000);
    });
    m_accountDialog->show();
    return m_accountDialog;
}

TrustedCertificatesDialog* AppController::showTrustedCertificates()
{
    if (m_certificatesDialog) {
        m_certificatesDialog->reload();
        m_certificatesDialog->raise();
        m_certificatesDialog->activateWindow();
        return m_certificatesDialog;
    }
    m_certificatesDialog = new TrustedCertificatesDialog(m_accounts.get(), m_window.get());
    m_certificatesDialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(m_certificatesDialog, &TrustedCertificatesDialog::certificateRemoved, this, [this](const QString& name) {
        reloadAccounts();
        m_window->statusBar()->showMessage(tr("%1 no longer trusts a certificate by its fingerprint.").arg(name), 8000);
    });
    m_certificatesDialog->show();
    return m_certificatesDialog;
}

void AppController::send(const ComposedMessage& message)
{
    QString accountName = message.account;
    OutboxServer adHoc;
    if (message.identity == sandboxIdentityId()) {
        accountName.clear();
        adHoc.host = QStringLiteral("127.0.0.1");
        adHoc.port = m_sandbox->port();
        adHoc.security = Security::None;
        adHoc.auth = AuthMechanism::None;
        if (!m_sandbox->isRunning()) {
            const Status started = m_sandbox->start();
            adHoc.port = m_sandbox->port();
            if (!started.ok()) {
                emit sendFailed(started.error().message());
                return;
            }
        }
    }
    m_submitter->submit(message, accountName, adHoc);
}

void AppController::editOutboxItem(const QString& id)
{
    const int row = m_outboxModel->rowOf(id);
    if (row >= 0)
        m_submitter->takeBack(m_outboxModel->itemAt(row));
}

void AppController::connectSubmitter()
{
    connect(m_submitter.get(), &OutboxSubmitter::queued, this, &AppController::messageQueued);
    connect(m_submitter.get(), &OutboxSubmitter::notQueued, this,
            [this](const ComposedMessage& message, const QString& reason, const QString& explanation) {
                // Nothing typed is lost: the composer comes back with it and the reason.
                emit sendFailed(reason);
                ComposerWindow* composer = m_window->newMessage();
                composer->setMessage(message);
                MessageBox::information(composer, tr("Message Not Sent"), explanation);
            });
    connect(m_submitter.get(), &OutboxSubmitter::takenBack, this,
            [this](const QString&, const QString& draftId, const ComposedMessage& message) {
                m_window->newMessage()->adoptDraft(draftId, message);
            });
    connect(m_submitter.get(), &OutboxSubmitter::edited, this, &AppController::outboxItemEdited);
    connect(m_submitter.get(), &OutboxSubmitter::takeBackProblem, this,
            [this](const QString& text) { m_window->statusBar()->showMessage(text, 15000); });
}

AccountWizard* AppController::addAccount()
{
    if (m_wizard) {
        m_wizard->raise();
        m_wizard->activateWindow();
        return m_wizard;
    }
    m_wizard = new AccountWizard(m_accounts.get(), m_secrets, m_options.probeServices, m_window.get());
    m_wizard->setAttribute(Qt::WA_DeleteOnClose);
    connect(m_wizard, &AccountWizard::accountSaved, this, [this](const QString& name) {
        reloadAccounts();
        m_window->statusBar()->showMessage(tr("Account %1 added.").arg(name), 8000);
    });
    // "Check whether mail from DOMAIN will be trusted", ticked at the end of the wizard.
    connect(m_wizard, &AccountWizard::domainCheckRequested, this, [this](const QString& name) { checkDomain(name); });
    m_wizard->show();
    return m_wizard;
}

QStringList AppController::waitingIds(const QString& accountName) const
{
    QStringList ids;
    for (int row = 0; row < m_outboxModel->rowCount(); ++row) {
        const OutboxItem item = m_outboxModel->itemAt(row);
        const bool waiting = item.state == OutboxItem::State::Queued || item.state == OutboxItem::State::Sending;
        if (waiting && (accountName.isEmpty() || item.account == accountName))
            ids.append(item.id);
    }
    return ids;
}

ConnectionDoctor* AppController::checkConnection(const QString& accountName)
{
    const auto account = m_accounts->get(accountName);
    if (!account.ok()) {
        m_window->statusBar()->showMessage(account.error().message(), 8000);
        return nullptr;
    }
    auto* doctor = new ConnectionDoctor(account.value(), m_secrets, m_submissions, m_window.get());
    doctor->setAttribute(Qt::WA_DeleteOnClose);
    connect(doctor, &ConnectionDoctor::maxMessageSizeLearned, this, &AppController::rememberMaxMessageSize);
    doctor->setWaitingCount(static_cast<int>(waitingIds(accountName).size()));
    connect(doctor, &ConnectionDoctor::sendWaitingRequested, this, [this](const QString& name) {
        // Due now, whatever their backoff said: the connection was just seen to work.
        for (const QString& id : waitingIds(name))
            m_runner->retryNowAsync(id, [](const Status&) {});
    });
    doctor->show();
    doctor->start();
    return doctor;
}

PasswordDialog* AppController::changePassword(const QString& accountName)
{
    const auto account = m_accounts->get(accountName);
    if (!account.ok()) {
        m_window->statusBar()->showMessage(account.error().message(), 8000);
        return nullptr;
    }
    if (account.value().usesOAuth2()) {
        signIn(accountName); // its provider's page, not a password
        return nullptr;
    }
    if (account.value().auth == AuthMechanism::None) {
        m_window->statusBar()->showMessage(
            tr("The account %1 signs in without a password: there is none to change.").arg(accountName), 8000);
        return nullptr;
    }
    if (m_passwordDialog) {
        if (m_passwordDialog->accountName() == accountName) {
            m_passwordDialog->setReason(passwordRefusal(accountName));
            m_passwordDialog->raise();
            m_passwordDialog->activateWindow();
            return m_passwordDialog;
        }
        m_passwordDialog->close();
    }
    m_passwordDialog = new PasswordDialog(account.value(), m_secrets, m_submissions, m_window.get());
    m_passwordDialog->setAttribute(Qt::WA_DeleteOnClose);
    m_passwordDialog->setReason(passwordRefusal(accountName));
    connect(m_passwordDialog, &PasswordDialog::passwordSaved, this, &AppController::passwordChanged);
    m_passwordDialog->show();
    m_passwordDialog->activateWindow();
    return m_passwordDialog;
}

SignInDialog* AppController::signIn(const QString& accountName)
{
    const Result<Account> account = m_accounts->get(accountName);
    if (!account.ok()) {
        m_window->statusBar()->showMessage(account.error().message(), 8000);
        return nullptr;
    }
    if (!account.value().usesOAuth2()) {
        m_window->statusBar()->showMessage(
            tr("The account %1 signs in with a password: choose Account > Change Password… instead.").arg(accountName),
            8000);
        return nullptr;
    }
    if (m_signInDialog) {
        if (m_signInDialog->accountName() == accountName) {
            m_signInDialog->raise();
            m_signInDialog->activateWindow();
            return m_signInDialog;
        }
        m_signInDialog->close();
    }
    m_signInDialog = new SignInDialog(account.value(), m_accounts.get(), m_secrets, m_settings.get(),
                                      m_options.oauthHttp, m_window.get());
    m_signInDialog->setAttribute(Qt::WA_DeleteOnClose);
    if (account.value().signInAgain) {
        QString why;
        for (const OutboxItem& item : m_outboxModel->items()) {
            if (item.account == accountName && item.lastErrorKind == ErrorKind::Auth && !item.lastError.isEmpty()) {
                why = item.lastError;
                break;
            }
        }
        m_signInDialog->setReason(why.isEmpty() ? tr("The sign-in has expired or was withdrawn.") : why);
    }
    connect(m_signInDialog, &SignInDialog::signedIn, this, &AppController::signedIn);
    m_signInDialog->show();
    m_signInDialog->activateWindow();
    return m_signInDialog;
}

SignInDialog* AppController::signInDialog() const
{
    return m_signInDialog.data();
}

void AppController::signedIn(const QString& accountName, const OAuthTokens& tokens)
{
    const Result<Account> account = m_accounts->get(accountName);
    if (account.ok())
        m_credentials->tokenSource(account.value())->adopt(tokens); // the runner signs in with these at once
    m_signInTold.remove(accountName);
    if (m_notifiedSignInAccount == accountName)
        m_notifiedSignInAccount.clear();
    m_runner->clearCredentialsAttention(accountName);
    reloadAccounts();
    const int retried = retryWaiting(accountName);
    m_window->statusBar()->showMessage(
        retried > 0
            ? tr("%1 is signed in again; %n waiting message(s) will be sent now.", nullptr, retried).arg(accountName)
            : tr("%1 is signed in again.").arg(accountName),
        8000);
}

PasswordDialog* AppController::passwordDialog() const
{
    return m_passwordDialog.data();
}

QString AppController::passwordRefusal(const QString& accountName)
{
    const bool flagged = m_runner->credentialsNeedAttention(accountName);
    for (const OutboxItem& item : m_outboxModel->items()) {
        if (item.account == accountName && item.lastErrorKind == ErrorKind::Auth && !item.lastReply.isEmpty())
            return tr("The server refused the stored password: %1").arg(item.lastReply);
    }
    return flagged ? tr("The server refused the stored password.") : QString();
}

void AppController::passwordChanged(const QString& accountName)
{
    m_runner->clearCredentialsAttention(accountName);
    if (m_notifiedPasswordAccount == accountName)
        m_notifiedPasswordAccount.clear();
    const int retried = retryWaiting(accountName);
    m_window->statusBar()->showMessage(
        retried > 0
            ? tr("The new password of %1 is in the keychain; %n waiting message(s) will be sent now.", nullptr, retried)
                  .arg(accountName)
            : tr("The new password of %1 is in the keychain.").arg(accountName),
        8000);
}

int AppController::retryWaiting(const QString& accountName)
{
    // What waits for this account goes again now: queued messages, and those that failed on the password.
    int retried = 0;
    // A copy: a retry changes the model while this goes through it.
    const QList<OutboxItem> items = m_outboxModel->items();
    for (const OutboxItem& item : items) {
        if (item.account != accountName)
            continue;
        const bool waiting = item.state == OutboxItem::State::Queued
            || (item.state == OutboxItem::State::Failed && item.lastErrorKind == ErrorKind::Auth);
        if (!waiting)
            continue;
        // Written on the runner's worker thread; a failure is said when it comes back.
        m_runner->retryNowAsync(item.id, [this](const Status& retriedNow) {
            if (!retriedNow.ok())
                m_window->statusBar()->showMessage(retriedNow.error().message(), 8000);
        });
        ++retried;
    }
    return retried;
}

void AppController::activateNotification()
{
    if (!m_notifiedPasswordAccount.isEmpty())
        changePassword(m_notifiedPasswordAccount);
    else if (!m_notifiedSignInAccount.isEmpty())
        signIn(m_notifiedSignInAccount);
}

void AppController::removeAccount(const QString& accountName)
{
    const auto answer = MessageBox::ask(
        m_window.get(), QMessageBox::Question, tr("Remove Account"),
        tr("Remove the account %1 and its password from the keychain? Messages already in the outbox stay there "
           "and cannot be sent until you add the account again.")
            .arg(accountName),
        QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel, {{QMessageBox::Yes, tr("Remove")}});
    if (answer != QMessageBox::Yes)
        return;
    // Written on the account store's worker thread; the password goes once the account is gone from the file.
    m_accounts->removeAsync(accountName, this, [this, accountName](const Status& removed) {
        if (!removed.ok()) {
            m_window->statusBar()->showMessage(removed.error().message(), 8000);
            return;
        }
        m_secrets->deletePassword(accountName, this, [this, accountName](const Status& status) {
            if (!status.ok())
                m_window->statusBar()->showMessage(
                    tr("The account %1 was removed, but its password could not be deleted from the keychain: %2")
                        .arg(accountName, status.error().message()),
                    10000);
        });
        reloadAccounts();
    });
}

void AppController::notify(const QString& title, const QString& text, bool error)
{
    m_notifiedPasswordAccount.clear(); // a click is about the latest message only
    m_notifiedSignInAccount.clear();
    emit notified(title, text);
    if (m_options.notifications && m_tray && m_tray->isVisible()) {
        m_tray->showMessage(title, text, error ? QSystemTrayIcon::Warning : QSystemTrayIcon::Information, 8000);
        return;
    }
    m_window->statusBar()->showMessage(tr("%1: %2").arg(title, text), 10000);
}

} // namespace Postino

#pragma once

#include "RecipientEdit.h"
#include "Spelling.h"
#include "common/SerialWorker.h"
#include "common/WriteHook.h"
#include "drafts/ComposedMessage.h"

#include <QMainWindow>
#include <QPointer>

#include <functional>

class QAbstractItemModel;
class QAction;
class QLabel;
class QListView;
class QListWidget;
class QMenu;
class QSplitter;
class QStackedWidget;
class QStandardItemModel;
class QVBoxLayout;

namespace Postino {

class ComposerWindow;
class DomainHealthPage;
class DraftStore;
class ItemListPage;
class SandboxServer;
class SandboxView;

// Postino's main window: accounts on the side (with "Add account…"), then the Outbox, Sent, Drafts,
// Campaigns, Domain Health and Test Server views. While there is no account a welcome page offers to add one or to try
// Postino with the built-in test server. Models come from the integrator; until then the views
// show their empty state.
class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    enum class Page { Welcome, Outbox, Sent, Drafts, Sandbox, Campaigns, DomainHealth };
    Q_ENUM(Page)

    // Test seam (WriteHook): called with WriteFile on the thread that writes, before the window's
    // settings (language, geometry) are written to path; a non-zero errno fails that write.

    // drafts and sandbox are not owned and must outlive the window.
    MainWindow(DraftStore* drafts, SandboxServer* sandbox, QWidget* parent = nullptr);
    ~MainWindow() override;

    // Asked when the window is closed, before anything else: false keeps it open (the integrator asks
    // about messages that wait, and closes again later itself when it chose to send them first).
    void setQuitGuard(std::function<bool()> guard) { m_quitGuard = std::move(guard); }

    // The window's size and layout: window.ini beside postino.ini (Paths::configDir()).
    [[nodiscard]] static QString windowStateFileName();

    // Accounts, one per row (DisplayRole shown). While it has no rows the welcome page is offered.
    void setAccountsModel(QAbstractItemModel* model);
    void setOutboxModel(QAbstractItemModel* model);
    void setSentModel(QAbstractItemModel* model);
    // What waits (queued or being sent) and what failed in the outbox: beside Outbox in the sidebar (failed
    // ones in the warning colour) and in the window title.
    void setOutboxCounts(int waiting, int failed);
    // "3 waiting, 1 failed", "1 waiting", or empty: the words of the sidebar, the title and the tray.
    [[nodiscard]] static QString outboxCountText(int waiting, int failed);

    // Handed to every composer opened from now on (and to the open ones).
    void setIdentities(const QList<SenderIdentity>& identities);
    void setKnownAddressesModel(QAbstractItemModel* model);
    void setAddressValidator(const AddressValidator& validator);

    [[nodiscard]] Page currentPage() const;
    void showPage(Page page);
    [[nodiscard]] SandboxView* sandboxView() const { return m_sandboxView; }
    // The Outbox and Sent pages, to add actions (Retry, Cancel) with addHeaderWidget() or to react
    // to view()->activated().
    [[nodiscard]] ItemListPage* outboxPage() const { return m_outboxPage; }
    [[nodiscard]] ItemListPage* sentPage() const { return m_sentPage; }
    // The Campaigns page, for the integrator's CampaignsView.
    [[nodiscard]] ItemListPage* campaignsPage() const { return m_campaignsPage; }
    // The Domain health page; the integrator gives it the DNS resolver and the current account.
    [[nodiscard]] DomainHealthPage* domainHealthPage() const { return m_domainPage; }
    // The accounts in the sidebar, for per-account actions (check connection, remove).
    [[nodiscard]] QListView* accountList() const { return m_accountList; }
    [[nodiscard]] QList<ComposerWindow*> composers() const;
    // The dictionaries and the person's words every composer checks with: made with the first composer (the
    // system's dictionaries), unless one was given (tests: another folder; not owned then).
    [[nodiscard]] Spelling* spelling();
    void setSpelling(Spelling* spelling);
    void setWriteHook(WriteHook hook) { m_hook = std::move(hook); }

public slots:
    ComposerWindow* newMessage();
    ComposerWindow* openDraft(const QString& id);
    bool startSandbox(); // starts the test server and shows its view
    void showAbout();

signals:
    void addAccountRequested(); // connect to the account wizard
    void accountActivated(const QModelIndex& index);
    // A composer asked to send: put the message in the outbox.
    void sendRequested(const Postino::ComposedMessage& message);
    // A composer was just created (before it is shown): set its size limit, identities, etc.
    void composerOpened(Postino::ComposerWindow* composer);
    // The window was closed for good (its close accepted): the application ends.
    void closed();
    // The user chose Restart Now after a new language: start Postino again once this one has quit.
    void restartRequested();

protected:
    void closeEvent(QCloseEvent* event) override;

private:
    // The widgets and actions (MainWindowLayout.cpp).
    void buildPages();
    QSplitter* buildSplitter(); // the sidebar beside the pages
    void buildStatusBar();
    QWidget* buildSidebar();
    void buildAccountsSection(QWidget* sidebar, QVBoxLayout* layout);
    void buildNavigation(QWidget* sidebar, QVBoxLayout* layout);
    QWidget* buildWelcomePage();
    void buildActions();
    void buildFileMenu(QAction* newMessageAction, QAction* addAccountAction);
    void buildViewMenu();
    void buildHelpMenu();

    // The Drafts page (MainWindowDrafts.cpp).
    ItemListPage* buildDraftsPage();
    [[nodiscard]] QString selectedDraft() const; // empty: none
    void openSelectedDraft();
    void refreshDrafts();
    void deleteDraft(const QString& id);

    // The window's settings (MainWindowSettings.cpp).
    void buildLanguageMenu(QMenu* viewMenu);
    void restoreWindowState();
    void applyWindowState(const QByteArray& geometry, const QByteArray& state, const QByteArray& splitter);
    // After a new language was stored: Restart Now (restartRequested(), then close) or Later.
    void offerRestart(const QString& language);
    void saveWindowState();
    void chooseLanguage(const QString& language);

    void updateAccountsState();
    void updateSandboxStatus();
    ComposerWindow* createComposer();
    void composerGone();

    DraftStore* m_drafts;
    SandboxServer* m_sandbox;
    QAbstractItemModel* m_accounts = nullptr;
    QAbstractItemModel* m_knownAddresses = nullptr;
    QList<SenderIdentity> m_identities;
    AddressValidator m_validator;
    QList<QPointer<ComposerWindow>> m_composers;
    QPointer<Spelling> m_spelling;

    QSplitter* m_splitter = nullptr;
    QListView* m_accountList = nullptr;
    QLabel* m_noAccounts = nullptr;
    QListWidget* m_navigation = nullptr;
    std::function<bool()> m_quitGuard;
    int m_outboxWaiting = 0;
    int m_outboxFailed = 0;
    QStackedWidget* m_pages = nullptr;
    QWidget* m_welcomePage = nullptr;
    ItemListPage* m_outboxPage = nullptr;
    ItemListPage* m_sentPage = nullptr;
    ItemListPage* m_draftsPage = nullptr;
    ItemListPage* m_campaignsPage = nullptr;
    DomainHealthPage* m_domainPage = nullptr;
    QStandardItemModel* m_draftsModel = nullptr;
    SandboxView* m_sandboxView = nullptr;
    QLabel* m_sandboxStatus = nullptr;
    WriteHook m_hook;
    bool m_closeWhenComposersClosed = false; // a close waits for composers still writing their drafts
    // The window's settings are written (each fsyncs) on this worker, in the order asked; declared
    // last, so that it waits for them before the rest goes.
    SerialWorker m_writer;
};

} // namespace Postino

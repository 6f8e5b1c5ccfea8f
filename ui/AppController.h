#pragma once

#include "discovery/ServerProbe.h"
#include "drafts/ComposedMessage.h"
#include "oauth/OAuthClient.h"
#include "oauth/OAuthHttp.h"
#include "outbox/OutboxItem.h"

#include <QIcon>
#include <QObject>
#include <QPointer>
#include <QSet>

#include <memory>
#include <optional>

class QAction;
class QMenu;
class QStandardItemModel;
class QSystemTrayIcon;

namespace Postino {

class AccountCredentialsProvider;
class AccountSettingsDialog;
class AccountStore;
class TrustedCertificatesDialog;
class AccountWizard;
class CampaignJobs;
struct CampaignRoom;
class CampaignsView;
class ComposerWindow;
class ConnectionDoctor;
class DomainHealthPage;
class DraftStore;
class MainWindow;
class MtaStsFetcher;
class NetworkMonitor;
class OutboxModel;
class OutboxRunner;
class OutboxStore;
class OutboxSubmitter;
class OutboxTableModel;
class OutboxView;
class PasswordDialog;
class SandboxServer;
class SecretStore;
class SenderAlignmentCheck;
class SentModel;
class SentView;
class Settings;
class SignInDialog;
class SubmissionFactory;

// Where the application keeps things and what it talks to; tests point these at temporary folders,
// fake keychains and scripted servers.
struct AppControllerOptions
{
    QString dataDir; // outbox/, sent/, drafts/, sandbox/ live here
    QString accountsFile; // accounts.ini
    QString settingsFile; // postino.ini; empty: Settings::defaultFileName()
    SecretStore* secrets = nullptr; // null: the system keychain (KeychainSecretStore)
    SubmissionFactory* submissions = nullptr; // null: SubmissionFactory::smtp()
    ProbeServices probeServices; // for the account wizard; submissions defaults as above
    // The Domain health page's MTA-STS policy fetch (main() gives the HTTPS one); null: the TXT record only.
    MtaStsFetcher* mtaSts = nullptr;
    bool notifications = true; // tray messages (tests turn them off; notified() is emitted anyway)
    // Whether there is a system tray to live in (null: ask the desktop, QSystemTrayIcon::isSystemTrayAvailable).
    std::optional<bool> systemTray;
    // How the OAuth2 providers' token endpoints are reached (tests: the test server's CA and address).
    OAuthHttpOptions oauthHttp;
    // Whether the network is there (tests: a fake one they switch); null: NetworkMonitor::createSystem(), the
    // interfaces as the kernel reports them. While offline the runner tries nothing and the window says so.
    NetworkMonitor* network = nullptr;
};

// The desktop application's wiring: the stores, the outbox runner (continuous), the models and the main
// window. A composed message is built off the GUI thread, queued durably, and sent by the runner;
// the built-in test server becomes a sender in the composer while it runs.
class AppController : public QObject
{
    Q_OBJECT
public:
    explicit AppController(AppControllerOptions options, QObject* parent = nullptr);
    ~AppController() override;

    [[nodiscard]] MainWindow* window() const { return m_window.get(); }
    [[nodiscard]] AccountStore* accounts() const { return m_accounts.get(); }
    [[nodiscard]] SecretStore* secrets() const { return m_secrets; }
    [[nodiscard]] DraftStore* drafts() const { return m_drafts.get(); }
    [[nodiscard]] SandboxServer* sandbox() const { return m_sandbox.get(); }
    [[nodiscard]] OutboxStore* outbox() const { return m_outbox.get(); }
    [[nodiscard]] OutboxRunner* runner() const { return m_runner.get(); }
    [[nodiscard]] OutboxModel* outboxModel() const { return m_outboxModel; }
    [[nodiscard]] SentModel* sentModel() const { return m_sentModel; }
    [[nodiscard]] OutboxView* outboxView() const { return m_outboxView; }
    [[nodiscard]] SentView* sentView() const { return m_sentView; }
    [[nodiscard]] QStandardItemModel* accountsModel() const { return m_accountsModel; }
    // The campaigns of this data folder (store, suppression list, service), attached to the runner.
    [[nodiscard]] CampaignRoom* campaigns() const { return m_campaigns.get(); }
    // The Campaigns page's behaviour, and the worker its windows use.
    [[nodiscard]] CampaignsView* campaignsView() const { return m_campaignsView; }
    [[nodiscard]] CampaignJobs* campaignJobs() const { return m_campaignJobs.get(); }
    // The composer's From entries: every account, and the test server while it runs.
    [[nodiscard]] QList<SenderIdentity> identities() const;
    // The identity id of the built-in test server.
    [[nodiscard]] static QString sandboxIdentityId() { return QStringLiteral("test-server"); }

    // The composers' alignment warnings: DomainCheck's verdicts, cached by domain and server.
    [[nodiscard]] SenderAlignmentCheck* senderAlignment() const { return m_senderAlignment.get(); }

    // The password dialog that is open, if any.
    [[nodiscard]] PasswordDialog* passwordDialog() const;
    [[nodiscard]] AccountSettingsDialog* accountSettingsDialog() const;
    // The Sign In Again dialog that is open, if any.
    [[nodiscard]] SignInDialog* signInDialog() const;
    [[nodiscard]] Settings* settings() const { return m_settings.get(); }
    // The icon in the system tray (null without a tray): the outbox's counts, Open Postino and Quit.
    [[nodiscard]] QSystemTrayIcon* tray() const { return m_tray; }
    // The window was closed with messages waiting and Postino sends them from the tray: it quits by itself
    // when none waits any more, unless the window is opened again.
    [[nodiscard]] bool sendsInBackground() const { return m_background; }

public slots:
    // Builds the message (off the GUI thread), then queues it: messageQueued(id) or sendFailed(error)
    // (the composer comes back with what was typed).
    void send(const Postino::ComposedMessage& message);
    AccountWizard* addAccount();
    ConnectionDoctor* checkConnection(const QString& accountName);
    // Asks for the account's password again (non-modal); on Save it is in the keychain and the account's
    // waiting messages are tried again. Null (and a status message) for an unknown account or one that
    // signs in without a password.
    PasswordDialog* changePassword(const QString& accountName);
    // Signs an OAuth2 account in again (non-modal): the browser or a code on another device; once signed in,
    // the refresh token is in the keychain, the "sign in again" mark is gone and what waits goes now. Null
    // (and a status message) for an unknown account or one that signs in with a password.
    SignInDialog* signIn(const QString& accountName);
    // The account's settings (non-modal); on Save the account is stored and what waits for it is tried
    // again with the new settings. Null (and a status message) for an unknown account.
    AccountSettingsDialog* editAccount(const QString& accountName);
    // Account > Trusted Certificates…: every account's pinned certificate, with Remove (one dialog at a time).
    TrustedCertificatesDialog* showTrustedCertificates();
    // What clicking the last notification does: after a refused password, changePassword() for that account;
    // after a lost sign-in, signIn().
    void activateNotification();
    void removeAccount(const QString& accountName);
    void reloadAccounts();
    void editOutboxItem(const QString& id);
    // Brings the window back (from the tray): a send in the background no longer ends in a quit.
    void showWindow();
    // Started at login (Autostart): only the tray icon, or a minimised window where there is no tray.
    void startMinimized();
    // Quit, as File > Quit does: the question about waiting messages first.
    void quit();
    // Shows the Domain health page for the account (its address and server) and starts the check; from, when
    // given, is the address checked instead of the account's (the composer's From). Null for an unknown account.
    DomainHealthPage* checkDomain(const QString& accountName, const QString& from = {});

signals:
    // Postino should end now: the window was closed for good (by the person, after Send Now, or once a send in
    // the background is done). With a tray the application does not end by itself when its last window closes.
    void quitRequested();
    void messageQueued(const QString& id);
    void sendFailed(const QString& error);
    // What a notification said (tray or status bar).
    void notified(const QString& title, const QString& text);
    // Edit took the message out of the outbox; it is in a composer, saved as a draft.
    void outboxItemEdited(const QString& id);

private:
    void connectSubmitter();
    // The constructor's parts, in this order.
    void makeStores(); // secrets, submissions, the stores, the runner and the models
    void makeViews(); // the main window and the Outbox page's behaviour
    void connectWindow(); // what the window and the test server ask for
    void makeTray(); // only with notifications on and a system tray
    void connectRunner();
    // What the runner says, told to the person (tray or status bar).
    void itemSent(const QString& id);
    void itemFailed(const QString& id);
    void credentialsRejected(const QString& account);
    // An OAuth2 account's sign-in expired or was revoked: marked "sign in again" in accounts.ini, told once.
    void signInRequired(const QString& account, const Error& error);
    void applySizeLimit(ComposerWindow* composer);
    // Warns in the composer when its From will fail DMARC alignment through the From account's server.
    void checkSenderAlignment(ComposerWindow* composer);
    void rememberMaxMessageSize(const QString& accountName, qint64 bytes);
    void passwordChanged(const QString& accountName);
    void signedIn(const QString& accountName, const OAuthTokens& tokens);
    // Shows Change Password or Sign In Again for the sidebar's account, as it signs in.
    void updateAccountActions();
    // Tries again now what waits for the account (queued, or failed on its password); how many.
    int retryWaiting(const QString& accountName);
    [[nodiscard]] QString passwordRefusal(const QString& accountName);
    void refreshIdentities();
    void notify(const QString& title, const QString& text, bool error);
    void buildAccountActions();
    [[nodiscard]] QString currentAccountName() const;
    // The current account's address and server, offered to the Domain health page's fields.
    void suggestDomainAccount();

    AppControllerOptions m_options;
    std::unique_ptr<SecretStore> m_ownSecrets;
    SecretStore* m_secrets = nullptr;
    SubmissionFactory* m_submissions = nullptr;
    std::unique_ptr<Settings> m_settings; // postino.ini: the runner's limits and retry steps
    std::unique_ptr<AccountStore> m_accounts;
    std::unique_ptr<DraftStore> m_drafts;
    std::unique_ptr<SandboxServer> m_sandbox;
    std::unique_ptr<OutboxStore> m_outbox;
    std::unique_ptr<CampaignRoom> m_campaigns; // the runner's gate: a paused campaign's messages wait
    std::unique_ptr<AccountCredentialsProvider> m_credentials;
    std::unique_ptr<NetworkMonitor> m_ownNetwork; // before the runner, which watches it: it goes after
    NetworkMonitor* m_network = nullptr;
    std::unique_ptr<OutboxRunner> m_runner;
    // Closing with messages that wait: Send Now (then quit), Keep Them (quit), or Don't Quit.
    bool mayQuit();
    void sendThenQuit(const QStringList& ids);
    bool m_quitting = false;
    // Keep Sending in the Background: the window hides, the tray stays, Postino quits when nothing waits.
    void sendInBackground();
    void quitWhenNothingWaits();
    bool m_background = false;
    // The outbox's counts on the window and the tray, kept current.
    void followOutboxCounts();
    void updateOutboxCounts();
    [[nodiscard]] QIcon trayIcon(int waiting, int failed) const;
    // The ids of the messages that wait in the outbox (queued or being sent), of one account or (empty) all.
    [[nodiscard]] QStringList waitingIds(const QString& accountName = {}) const;
    std::unique_ptr<OutboxSubmitter> m_submitter; // after the runner and the stores it uses
    OutboxModel* m_outboxModel = nullptr;
    OutboxTableModel* m_outboxTable = nullptr;
    SentModel* m_sentModel = nullptr;
    QStandardItemModel* m_accountsModel = nullptr;
    std::unique_ptr<SenderAlignmentCheck> m_senderAlignment; // before the window: its composers ask it
    std::unique_ptr<MainWindow> m_window;
    OutboxView* m_outboxView = nullptr;
    SentView* m_sentView = nullptr;
    std::unique_ptr<CampaignJobs> m_campaignJobs; // its own stores, on its own worker
    CampaignsView* m_campaignsView = nullptr;
    QSystemTrayIcon* m_tray = nullptr;
    std::unique_ptr<QMenu> m_trayMenu; // a menu has no parent widget to go with
    QPointer<AccountWizard> m_wizard;
    QPointer<PasswordDialog> m_passwordDialog;
    QPointer<AccountSettingsDialog> m_accountDialog;
    QPointer<SignInDialog> m_signInDialog;
    QAction* m_passwordAction = nullptr;
    QAction* m_signInAction = nullptr;
    QPointer<TrustedCertificatesDialog> m_certificatesDialog;
    QSet<QString> m_signInTold; // OAuth2 accounts told to sign in again (until a sign-in clears the mark)
    QString m_notifiedPasswordAccount; // the last notification was about this account's refused password
    QString m_notifiedSignInAccount; // the last notification was about this account's lost sign-in
};

} // namespace Postino

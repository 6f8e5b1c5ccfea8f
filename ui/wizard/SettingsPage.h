#pragma once

#include "accounts/Account.h"
#include "discovery/ConnectionCheck.h"
#include "discovery/ProbeResult.h"

#include <QPointer>

#include <QWizardPage>
#include <optional>

class QCheckBox;
class QComboBox;
class QFrame;
class QFormLayout;
class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;

namespace Postino {

class AccountWizard;
class ReplyPanel;
class Submission;
class Transcript;

// The chosen settings, editable by hand, with what the server offers, a check (core's ConnectionCheck) and
// a test message. Complete while a server is named and nothing is being saved; Finish checks first when the
// settings were not verified yet, and a certificate that does not verify leads to the certificate page.
class SettingsPage : public QWizardPage
{
    Q_OBJECT
public:
    explicit SettingsPage(AccountWizard* wizard);
    ~SettingsPage() override;

    // The server part of the account as the page describes it now: host, port, security, sign-in method,
    // username and the largest message size the server announced.
    void describeServer(Account& account) const;
    [[nodiscard]] QString password() const;
    // True once these settings were verified (connect, TLS, EHLO, AUTH), by the search or a check.
    [[nodiscard]] bool isVerified() const { return m_verified; }
    // What the search found: fills the settings (and what the server offers, when known).
    void takeCandidate(const ProbeCandidate& candidate, bool verified);
    // A new search: nothing is verified or learned (and no late server is offered).
    void forgetCheck();
    // A server the search preferred verified after the search had chosen another: offers it above the form
    // ("Use It" takes it as takeCandidate(candidate, true) does; "Keep Current" hides the offer). The user's
    // name, password and sign-in method stay as they are.
    void offerLateServer(const ProbeCandidate& candidate);
    // A certificate was just trusted: the settings need checking again.
    void forgetVerification() { m_verified = false; }
    void setStatus(const QString& text);
    // For an address on one's own domain (not a mailbox provider's): the offer, after Finish, to check whether
    // mail from the domain will be trusted (checked unless the user unticks it).
    [[nodiscard]] bool isDomainCheckOffered() const { return m_domainCheckOffered; }
    [[nodiscard]] bool isDomainCheckWanted() const;
    // Emits completeChanged() (saving started or ended).
    void changed() { emit completeChanged(); }

    [[nodiscard]] bool isComplete() const override;
    [[nodiscard]] int nextId() const override;
    void initializePage() override;
    bool validatePage() override;

public slots:
    void checkSettings();
    void sendTestMessage();

signals:
    void checkFinished(bool ok);
    void testMessageFinished(bool ok);
    // The settings are verified and Finish was pressed (or the user keeps unverified ones): store the account.
    void saveWanted();

private:
    void buildForm();
    void buildLayout();
    void fill(const ProbeCandidate& candidate);
    void showCapabilities(const QStringList& capabilities, qint64 maxSize, const TlsSessionInfo& tls);
    [[nodiscard]] bool isBusy() const;
    // The settings as the page describes them, through core's one path (a new transcript each time).
    [[nodiscard]] Result<SubmissionSettings> connectionSettings();
    void setBusy(bool busy);
    void onCheckFinished(const ConnectionCheckResult& result);
    void onTestFinished(const TransactionResult& result);
    void onFailed(const SmtpError& error);
    void settingsEdited();
    // For manual setup: what is known of the server before anyone typed (see the .cpp).
    [[nodiscard]] std::optional<ProbeCandidate> knownServer() const;
    // host:port:security as the form has it now.
    [[nodiscard]] QString serverKey() const;

    AccountWizard* m_wizard;
    ConnectionCheck* m_check;
    QPointer<Submission> m_testSession;
    Transcript* m_transcript = nullptr;
    QByteArray m_testBody;
    bool m_verified = false;
    bool m_finishAfterCheck = false;
    bool m_filling = false;
    bool m_credentialsEdited = false; // user name, password or sign-in method changed here since the search
    QString m_serverShown; // the server "What the server offers" describes (serverKey()), or empty
    qint64 m_maxSize = 0; // the server's SIZE from the last probe or check; 0: unknown or no limit

    QLineEdit* m_host = nullptr;
    QSpinBox* m_port = nullptr;
    QComboBox* m_security = nullptr;
    QComboBox* m_auth = nullptr;
    QLineEdit* m_username = nullptr;
    QLineEdit* m_password = nullptr;
    QLabel* m_capabilities = nullptr;
    QLabel* m_checkStatus = nullptr;
    QFrame* m_lateOffer = nullptr;
    QLabel* m_lateOfferText = nullptr;
    QPushButton* m_useLate = nullptr;
    QPushButton* m_keepCurrent = nullptr;
    std::optional<ProbeCandidate> m_lateCandidate;
    QPushButton* m_checkButton = nullptr;
    QPushButton* m_testButton = nullptr;
    ReplyPanel* m_checkReply = nullptr;
    QCheckBox* m_domainCheck = nullptr;
    bool m_domainCheckOffered = false;
    void offerDomainCheck(); // for the identity page's address
    QFormLayout* m_serverForm = nullptr;
};

} // namespace Postino

#pragma once

#include "accounts/Account.h"
#include "discovery/ServerProbe.h"
#include "smtp/SmtpTypes.h"
#include "smtp/Submission.h"

#include <QPointer>
#include <QWizard>

#include <functional>
#include <memory>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QSpinBox;
class QTreeWidget;

namespace Postino {

class AccountStore;
class ReplyPanel;
class SecretStore;
class Submission;
class Transcript;

// Adds a sending account in three steps: who you are (name, address, password); the search for the
// server, every candidate shown as it is found and checked (cancellable); and the chosen settings,
// editable by hand, with what the server offers, a check and a test message. A certificate that does
// not verify gets its own page, where the user may trust exactly that certificate for that server (the
// account's pinned fingerprint). The password goes to the keychain; where none answers, the wizard says
// so and offers to keep the account without a stored password.
class AccountWizard : public QWizard
{
    Q_OBJECT
public:
    enum PageId { IdentityPageId, DiscoveryPageId, SettingsPageId, CertificatePageId };
    Q_ENUM(PageId)

    // None is owned. services.submissions must be set; the other services may be null (sources skipped).
    AccountWizard(AccountStore* store, SecretStore* secrets, ProbeServices services, QWidget* parent = nullptr);
    ~AccountWizard() override;

    // Test seam (and --host style overrides): adjusts each probe's settings before it starts.
    void setProbeAdjuster(std::function<void(ProbeSettings&)> adjuster) { m_adjuster = std::move(adjuster); }

    // The account as the settings page describes it now, with the largest message size the server announced.
    [[nodiscard]] Account account() const;
    [[nodiscard]] QString password() const;
    [[nodiscard]] ServerProbe* probe() const { return m_probe; }
    // True once the settings on the settings page were verified (connect, TLS, EHLO, AUTH).
    [[nodiscard]] bool isVerified() const { return m_verified; }

public slots:
    // Fills in the address on the first page (the name follows unless it was edited).
    void setAddress(const QString& email);
    void setUpManually();
    void cancelSearch();
    // Connects with the settings page's values (connect, TLS, EHLO, AUTH) and shows what came back.
    void checkSettings();
    void sendTestMessage();
    // Cancel: refused while the account file is being written (a moment), so that it is never left half-done.
    void reject() override;

signals:
    void accountSaved(const QString& name);
    void checkFinished(bool ok);
    void testMessageFinished(bool ok);

private:
    friend class WizardPage;
    QWizardPage* buildIdentityPage();
    QWizardPage* buildDiscoveryPage();
    QWizardPage* buildSettingsPage();
    QWizardPage* buildCertificatePage();

    void startProbe();
    void onCandidate(int index, const ProbeCandidate& candidate, bool added);
    void onProbeFinished(const ProbeResult& result);
    void fillSettings(const ProbeCandidate& candidate);
    void showCapabilities(const QStringList& capabilities, qint64 maxSize, const TlsSessionInfo& tls);
    void showCertificateProblem(const CertificateInfo& certificate, const QStringList& problems, const QString& host,
                                quint16 port);
    [[nodiscard]] SubmissionSettings submissionSettings(Transcript* transcript) const;
    void onCheckFailed(const SmtpError& error);
    void save();
    void store(bool passwordStored);
    void settingsEdited();
    [[nodiscard]] QString derivedName() const;

    AccountStore* m_store;
    SecretStore* m_secrets;
    ProbeServices m_services;
    std::function<void(ProbeSettings&)> m_adjuster;
    QPointer<ServerProbe> m_probe;
    QPointer<Submission> m_session;
    Transcript* m_transcript = nullptr;
    bool m_manual = false;
    bool m_verified = false;
    bool m_finishAfterCheck = false;
    bool m_filling = false;
    bool m_saving = false;
    bool m_writingAccount = false;
    bool m_saved = false; // the account is stored: Finish may close the wizard
    bool m_nameEdited = false;
    QByteArray m_pendingPin; // fingerprint of the certificate shown on the certificate page
    bool m_certificatePending = false;
    QByteArray m_pinned; // chosen by the user
    QByteArray m_testBody;
    qint64 m_maxSize = 0; // the server's SIZE from the last probe or check; 0: unknown or no limit

    // Identity page
    QLineEdit* m_displayName = nullptr;
    QLineEdit* m_email = nullptr;
    QLineEdit* m_password = nullptr;
    QLineEdit* m_accountName = nullptr;
    // Discovery page
    QLabel* m_searchStatus = nullptr;
    QTreeWidget* m_candidates = nullptr;
    QPushButton* m_cancelSearch = nullptr;
    ReplyPanel* m_searchReply = nullptr;
    // Settings page
    QLineEdit* m_host = nullptr;
    QSpinBox* m_port = nullptr;
    QComboBox* m_security = nullptr;
    QComboBox* m_auth = nullptr;
    QLineEdit* m_username = nullptr;
    QLineEdit* m_settingsPassword = nullptr;
    QLabel* m_capabilities = nullptr;
    QLabel* m_checkStatus = nullptr;
    QPushButton* m_checkButton = nullptr;
    QPushButton* m_testButton = nullptr;
    ReplyPanel* m_checkReply = nullptr;
    // Certificate page
    QLabel* m_certProblem = nullptr;
    QLabel* m_certDetails = nullptr;
    QLabel* m_certFingerprint = nullptr;
    QCheckBox* m_trustCertificate = nullptr;
};

} // namespace Postino

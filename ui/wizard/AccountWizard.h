#pragma once

#include "accounts/Account.h"
#include "accounts/AccountConnection.h"
#include "discovery/ServerProbe.h"

#include <QWizard>

#include <functional>

namespace Postino {

class AccountStore;
class CertificatePage;
class DiscoveryPage;
class IdentityPage;
class SecretStore;
class SettingsPage;

// Adds a sending account in three steps: who you are (name, address, password); the search for the
// server, every candidate shown as it is found and checked (cancellable); and the chosen settings,
// editable by hand, with what the server offers, a check and a test message. A certificate that does
// not verify gets its own page, where the user may trust exactly that certificate for that server (the
// account's pinned fingerprint). For a provider that signs in with OAuth2, the first page signs in through
// the browser instead, the checks use the access token, and Finish keeps the refresh token in the keychain
// (OAuthTokenSource::refreshTokenKey) and the provider's <oAuth2> in the account. The password goes to the keychain;
// where none answers, the wizard says so and offers to keep the account without a stored password. Each step is a page
// class in ui/wizard/.
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
    [[nodiscard]] QString password() const; // empty for an account that signs in with OAuth2
    // What the checks sign in with: the password, or an OAuth2 account's access token (never stored).
    [[nodiscard]] QString secret() const;
    // Test seam: what opens the sign-in page (QDesktopServices::openUrl when unset).
    static void setBrowserOpener(std::function<void(const QUrl&)> opener);
    static void openBrowser(const QUrl& url);
    [[nodiscard]] ServerProbe* probe() const;
    // True once the settings on the settings page were verified (connect, TLS, EHLO, AUTH).
    [[nodiscard]] bool isVerified() const;
    // The last page offers, for an address on one's own domain, to check after Finish whether mail from the
    // domain will be trusted; domainCheckRequested() follows accountSaved() when the user kept it ticked.
    [[nodiscard]] bool isDomainCheckOffered() const;

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
    // Finish with "Check whether mail from DOMAIN will be trusted" ticked: show the Domain health page for it.
    void domainCheckRequested(const QString& accountName);
    void checkFinished(bool ok);
    void testMessageFinished(bool ok);

private:
    // The pages work together through these.
    friend class CertificatePage;
    friend class DiscoveryPage;
    friend class IdentityPage;
    friend class SettingsPage;
    [[nodiscard]] IdentityPage* identityPage() const { return m_identity; }
    [[nodiscard]] SettingsPage* settingsPage() const { return m_settings; }
    [[nodiscard]] CertificatePage* certificatePage() const { return m_certificate; }
    [[nodiscard]] const ProbeServices& probeServices() const { return m_services; }
    void adjustProbe(ProbeSettings& settings) const;
    // What the probe adjuster adds to a connection (--resolve, --ca-file), and the services' clock.
    [[nodiscard]] ConnectionOverrides connectionOverrides() const;
    [[nodiscard]] bool isManual() const { return m_manual; }
    void setManual(bool manual) { m_manual = manual; }
    [[nodiscard]] const QByteArray& pinned() const { return m_pinned; }
    // The user trusts the certificate with this fingerprint for the server.
    void trustCertificate(const QByteArray& sha256);
    [[nodiscard]] bool isSaving() const { return m_saving; }
    [[nodiscard]] bool isSaved() const { return m_saved; }

    void save();
    void store(bool passwordStored);
    void setSaving(bool saving);

    AccountStore* m_store;
    SecretStore* m_secrets;
    ProbeServices m_services;
    std::function<void(ProbeSettings&)> m_adjuster;
    IdentityPage* m_identity;
    DiscoveryPage* m_discovery;
    SettingsPage* m_settings;
    CertificatePage* m_certificate;
    bool m_manual = false;
    bool m_saving = false;
    bool m_writingAccount = false;
    bool m_saved = false; // the account is stored: Finish may close the wizard
    QByteArray m_pinned; // chosen by the user
};

} // namespace Postino

#include "AccountWizard.h"

#include "Accessibility.h"
#include "MessageBox.h"
#include "OAuthSignInPanel.h"
#include "accounts/AccountStore.h"
#include "accounts/SecretStore.h"
#include "oauth/OAuthTokenSource.h"
#include "wizard/CertificatePage.h"
#include "wizard/DiscoveryPage.h"
#include "wizard/IdentityPage.h"
#include "wizard/SettingsPage.h"

#include <QAbstractButton>

namespace Postino {

void AccountWizard::setBrowserOpener(std::function<void(const QUrl&)> opener)
{
    OAuthSignInPanel::setBrowserOpener(std::move(opener));
}

void AccountWizard::openBrowser(const QUrl& url)
{
    OAuthSignInPanel::openBrowser(url);
}

AccountWizard::AccountWizard(AccountStore* store, SecretStore* secrets, ProbeServices services, QWidget* parent)
    : QWizard((installAccessibility(), parent)) // before the pages below make their widgets
    , m_store(store)
    , m_secrets(secrets)
    , m_services(services)
    , m_identity(new IdentityPage(this, store))
    , m_discovery(new DiscoveryPage(this))
    , m_settings(new SettingsPage(this))
    , m_certificate(new CertificatePage(this))
{
    setObjectName(QStringLiteral("accountWizard"));
    setWindowTitle(tr("Add Account"));
    // Ours, not Qt's: Italian software says "Avanti" and "Indietro".
    setButtonText(QWizard::NextButton, tr("&Next >"));
    setButtonText(QWizard::BackButton, tr("< &Back"));
    setWizardStyle(QWizard::ModernStyle);
    setOption(QWizard::NoBackButtonOnStartPage);
    setOption(QWizard::HaveCustomButton1);
    setButtonText(QWizard::CustomButton1, tr("Set Up &Manually"));
    button(QWizard::CustomButton1)->setObjectName(QStringLiteral("manualSetupButton"));
    connect(this, &QWizard::customButtonClicked, this, [this](int which) {
        if (which == QWizard::CustomButton1)
            setUpManually();
    });
    setPage(IdentityPageId, m_identity);
    setPage(DiscoveryPageId, m_discovery);
    setPage(SettingsPageId, m_settings);
    setPage(CertificatePageId, m_certificate);
    setStartId(IdentityPageId);
    connect(this, &QWizard::currentIdChanged, this, [this](int id) {
        button(QWizard::CustomButton1)->setVisible(id == IdentityPageId || id == DiscoveryPageId);
    });
    connect(m_settings, &SettingsPage::checkFinished, this, &AccountWizard::checkFinished);
    connect(m_settings, &SettingsPage::testMessageFinished, this, &AccountWizard::testMessageFinished);
    connect(m_settings, &SettingsPage::saveWanted, this, &AccountWizard::save);
    resize(720, 560);
}

AccountWizard::~AccountWizard() = default; // the pages drop a connection or search in flight

ServerProbe* AccountWizard::probe() const
{
    return m_discovery->probe();
}

bool AccountWizard::isVerified() const
{
    return m_settings->isVerified();
}

bool AccountWizard::isDomainCheckOffered() const
{
    return m_settings->isDomainCheckOffered();
}

void AccountWizard::adjustProbe(ProbeSettings& settings) const
{
    if (m_adjuster)
        m_adjuster(settings);
}

ConnectionOverrides AccountWizard::connectionOverrides() const
{
    ProbeSettings adjusted;
    adjustProbe(adjusted);
    ConnectionOverrides overrides;
    overrides.resolve = adjusted.resolve;
    overrides.extraCaCertificates = adjusted.extraCaCertificates;
    overrides.clock = m_services.clock;
    return overrides;
}

void AccountWizard::trustCertificate(const QByteArray& sha256)
{
    m_pinned = sha256;
    m_settings->forgetVerification();
}

void AccountWizard::setAddress(const QString& email)
{
    m_identity->setEmail(email);
}

void AccountWizard::setUpManually()
{
    m_manual = true;
    cancelSearch();
    if (currentId() == IdentityPageId) {
        if (currentPage()->isComplete())
            next();
        return;
    }
    if (currentId() == DiscoveryPageId) {
        m_certificate->clearPending();
        next();
    }
}

void AccountWizard::cancelSearch()
{
    m_discovery->cancelSearch();
}

void AccountWizard::checkSettings()
{
    m_settings->checkSettings();
}

void AccountWizard::sendTestMessage()
{
    m_settings->sendTestMessage();
}

Account AccountWizard::account() const
{
    Account account;
    account.name = m_identity->accountName();
    account.email = m_identity->email();
    account.displayName = m_identity->displayName();
    m_settings->describeServer(account);
    account.pinnedSha256 = m_pinned;
    if (m_identity->usesOAuth() && m_identity->oauthProvider()) {
        const ProviderEntry& provider = *m_identity->oauthProvider();
        account.auth = provider.oauth2.mechanism;
        account.oauth2 = provider.oauth2;
        account.oauthProvider = provider.id;
        account.oauthClientId = m_identity->oauthClient().clientId;
    }
    return account;
}

QString AccountWizard::secret() const
{
    if (m_identity->usesOAuth())
        return m_identity->oauthTokens() ? m_identity->oauthTokens()->accessToken : QString();
    return password();
}

QString AccountWizard::password() const
{
    if (m_identity->usesOAuth())
        return {};
    return currentId() == SettingsPageId || visitedIds().contains(SettingsPageId) ? m_settings->password()
                                                                                  : m_identity->password();
}

void AccountWizard::setSaving(bool saving)
{
    m_saving = saving;
    m_settings->changed();
}

void AccountWizard::save()
{
    const Account a = account();
    if (const Status valid = a.validate(); !valid.ok()) {
        m_settings->setStatus(valid.error().message());
        return;
    }
    if (a.usesOAuth2()) {
        // The refresh token to the keychain, never a file; the access token stays in memory only.
        if (!m_identity->oauthTokens()) {
            m_settings->setStatus(tr("Sign in with %1 on the first page first.").arg(a.oauthProvider));
            return;
        }
        m_settings->setStatus(tr("Keeping the sign-in in the keychain…"));
        setSaving(true);
        OAuthTokenSource::storeAsync(
            *m_secrets, a.name, *m_identity->oauthTokens(), this, [this](const Status& written) {
                setSaving(false);
                if (written.ok()) {
                    store(true);
                    return;
                }
                m_settings->setStatus(
                    tr("The account was not saved: the sign-in could not be kept in the keychain (%1).")
                        .arg(written.error().message()));
            });
        return;
    }
    const QString secret = password();
    if (secret.isEmpty() || a.auth == AuthMechanism::None) {
        store(false);
        return;
    }
    m_settings->setStatus(tr("Storing the password in the keychain…"));
    setSaving(true);
    m_secrets->writePassword(a.name, secret, this, [this](const Status& written) {
        setSaving(false);
        if (written.ok()) {
            store(true);
            return;
        }
        const auto answer = MessageBox::ask(
            this, QMessageBox::Warning, tr("No Keychain"),
            tr("The password could not be stored: %1\n\nKeep the account without a stored password? Postino "
               "cannot send through it until a keychain is available and the password is entered again.")
                .arg(written.error().message()),
            QMessageBox::Save | QMessageBox::Cancel, QMessageBox::Cancel,
            {{QMessageBox::Save, tr("Keep Without Password")}});
        if (answer == QMessageBox::Save)
            store(false);
        else
            m_settings->setStatus(
                tr("The account was not saved: no keychain answered (%1).").arg(written.error().message()));
    });
}

void AccountWizard::store(bool passwordStored)
{
    // The file is written (and fsynced) on the store's worker thread; meanwhile Finish and Cancel wait,
    // and the account is reported saved only once both the keychain and the file have it.
    const Account a = account();
    m_writingAccount = true;
    setSaving(true);
    button(QWizard::CancelButton)->setEnabled(false);
    m_settings->setStatus(tr("Saving the account…"));
    m_store->addAsync(a, this, [this, a, passwordStored](const Status& added) {
        m_writingAccount = false;
        setSaving(false);
        button(QWizard::CancelButton)->setEnabled(true);
        if (!added.ok()) {
            m_settings->setStatus(added.error().message());
            // Nothing half-written: the file could not be written, so the password just stored for the
            // account goes again.
            if (passwordStored && added.error().kind() == ErrorKind::IoError)
                m_secrets->deletePassword(a.usesOAuth2() ? OAuthTokenSource::refreshTokenKey(a.name) : a.name, this,
                                          [](const Status&) {});
            return;
        }
        m_saved = true;
        const bool checkDomain = m_settings->isDomainCheckWanted();
        emit accountSaved(a.name);
        if (checkDomain)
            emit domainCheckRequested(a.name);
        accept();
    });
}

void AccountWizard::reject()
{
    if (m_writingAccount)
        return; // a moment: the account file is being written
    QWizard::reject();
}

} // namespace Postino

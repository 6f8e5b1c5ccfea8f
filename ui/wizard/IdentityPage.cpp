#include "IdentityPage.h"

#include "OAuthSignInPanel.h"
#include "accounts/AccountStore.h"
#include "discovery/ProviderDatabase.h"
#include "mime/Address.h"
#include "oauth/OAuthAccount.h"
#include "wizard/AccountWizard.h"
#include "wizard/WizardText.h"

#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRegularExpression>

namespace Postino {

IdentityPage::IdentityPage(AccountWizard* wizard, const AccountStore* store)
    : QWizardPage(wizard)
    , m_wizard(wizard)
    , m_store(store)
    , m_displayName(new QLineEdit(this))
    , m_email(new QLineEdit(this))
    , m_password(new QLineEdit(this))
    , m_accountName(new QLineEdit(this))
    , m_hint(new QLabel(this))
    , m_signIn(new OAuthSignInPanel(this))
    , m_usePassword(new QPushButton(AccountWizard::tr("Use an &App Password Instead"), this))
{
    setObjectName(QStringLiteral("identityPage"));
    setTitle(AccountWizard::tr("Your Address"));
    setSubTitle(
        AccountWizard::tr("Postino looks up your provider's outgoing server and checks it with your password."));
    m_displayName->setObjectName(QStringLiteral("displayNameEdit"));
    m_displayName->setAccessibleName(AccountWizard::tr("Your name"));
    m_displayName->setPlaceholderText(AccountWizard::tr("Ada Lovelace"));
    m_email->setObjectName(QStringLiteral("emailEdit"));
    m_email->setAccessibleName(AccountWizard::tr("E-mail address"));
    m_email->setPlaceholderText(AccountWizard::tr("ada@example.org"));
    m_password->setObjectName(QStringLiteral("passwordEdit"));
    m_password->setAccessibleName(AccountWizard::tr("Password"));
    m_password->setEchoMode(QLineEdit::Password);
    m_accountName->setObjectName(QStringLiteral("accountNameEdit"));
    m_accountName->setAccessibleName(AccountWizard::tr("Account name"));
    m_accountName->setToolTip(
        AccountWizard::tr("How Postino and postino-cli call this account: letters, digits, '.', '_' and '-'."));
    m_hint->setObjectName(QStringLiteral("identityHint"));
    m_hint->setWordWrap(true);

    m_usePassword->setObjectName(QStringLiteral("appPasswordButton"));
    m_signIn->addButton(m_usePassword);
    connect(m_signIn, &OAuthSignInPanel::changed, this, [this] {
        m_email->setEnabled(!m_signIn->isWaiting());
        updateOAuth();
        emit completeChanged();
    });
    connect(m_usePassword, &QPushButton::clicked, this, [this] {
        m_signIn->forget();
        m_appPassword = true;
        updateOAuth();
        emit completeChanged();
        m_password->setFocus();
    });

    auto* form = new QFormLayout(this);
    m_form = form;
    form->addRow(AccountWizard::tr("Your &name:"), m_displayName);
    form->addRow(AccountWizard::tr("&E-mail address:"), m_email);
    form->addRow(m_signIn);
    form->addRow(AccountWizard::tr("&Password:"), m_password);
    form->addRow(AccountWizard::tr("Account na&me:"), m_accountName);
    form->addRow(m_hint);
    form->addRow(wizardIntro(AccountWizard::tr("The password is kept in your system's keychain, never in a file. "
                                               "Leave it empty for a server that does not ask for one."),
                             this));

    connect(m_email, &QLineEdit::textChanged, this, &IdentityPage::update);
    connect(m_accountName, &QLineEdit::textEdited, this, [this] {
        m_nameEdited = true;
        update();
    });
    setTabOrder(m_displayName, m_email);
    setTabOrder(m_email, m_password);
    setTabOrder(m_password, m_accountName);
    updateOAuth();
}

IdentityPage::~IdentityPage() = default;

QString IdentityPage::displayName() const
{
    return m_displayName->text().trimmed();
}

QString IdentityPage::email() const
{
    return m_email->text().trimmed();
}

QString IdentityPage::password() const
{
    return usesOAuth() ? QString() : m_password->text();
}

bool IdentityPage::usesOAuth() const
{
    return m_provider && !m_appPassword;
}

const OAuthClientId& IdentityPage::oauthClient() const
{
    return m_signIn->client();
}

const std::optional<OAuthTokens>& IdentityPage::oauthTokens() const
{
    return m_signIn->tokens();
}

void IdentityPage::updateOAuth()
{
    const ProviderDatabase& providers =
        m_wizard->probeServices().providers ? *m_wizard->probeServices().providers : ProviderDatabase::installed();
    const QString address = email();
    const ProviderEntry* provider =
        Address::parse(address).ok() ? OAuthAccount::providerFor(address, providers) : nullptr;
    if (!provider || !m_provider || provider->id != m_provider->id)
        m_appPassword = false; // another provider: its own way in
    if (provider) {
        m_provider = *provider;
        if (!m_signIn->isWaiting()) {
            const ConnectionOverrides overrides = m_wizard->connectionOverrides();
            OAuthHttpOptions options;
            options.resolve = overrides.resolve;
            options.extraCaCertificates = overrides.extraCaCertificates;
            options.clock = overrides.clock;
            m_signIn->setHttpOptions(options);
        }
        m_signIn->setProvider(*provider);
    } else {
        m_provider.reset();
    }
    m_signIn->setLoginHint(address);
    const bool oauth = usesOAuth();
    m_signIn->setVisible(oauth);
    m_usePassword->setVisible(oauth && !m_signIn->isWaiting()); // Gmail and Microsoft also take app passwords
    m_form->setRowVisible(m_password, !oauth);
}

QString IdentityPage::accountName() const
{
    return m_accountName->text().trimmed();
}

void IdentityPage::setEmail(const QString& email)
{
    m_email->setText(email);
}

void IdentityPage::update()
{
    if (!m_nameEdited) {
        const QSignalBlocker block(m_accountName);
        m_accountName->setText(derivedName());
    }
    const QString address = email();
    const auto parsed = Address::parse(address);
    if (!address.isEmpty() && !parsed.ok())
        m_hint->setText(parsed.error().message());
    else if (!m_accountName->text().isEmpty() && !Account::isValidName(m_accountName->text()))
        m_hint->setText(AccountWizard::tr("The account name may only have letters, digits, '.', '_' and '-'."));
    else if (m_store->contains(m_accountName->text()))
        m_hint->setText(AccountWizard::tr("There is already an account called %1: choose another account name.")
                            .arg(m_accountName->text()));
    else
        m_hint->clear();
    updateOAuth();
    emit completeChanged();
}

QString IdentityPage::derivedName() const
{
    const auto parsed = Address::parse(email());
    QString base = parsed.ok() ? parsed.value().localPart() + u'-' + parsed.value().asciiDomain() : email();
    base.replace(QRegularExpression(QStringLiteral("[^A-Za-z0-9._-]")), QStringLiteral("_"));
    return base;
}

bool IdentityPage::isComplete() const
{
    const QString address = email();
    return !address.isEmpty() && Address::parse(address).ok() && Account::isValidName(m_accountName->text())
        && !m_store->contains(m_accountName->text())
        && (!usesOAuth() || (m_signIn->tokens() && !m_signIn->isWaiting()));
}

int IdentityPage::nextId() const
{
    return m_wizard->isManual() ? AccountWizard::SettingsPageId : AccountWizard::DiscoveryPageId;
}

void IdentityPage::initializePage()
{
    m_wizard->setManual(false);
}

} // namespace Postino

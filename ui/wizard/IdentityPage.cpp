#include "IdentityPage.h"

#include "accounts/AccountStore.h"
#include "common/Settings.h"
#include "discovery/ProviderDatabase.h"
#include "mime/Address.h"
#include "oauth/AuthorizationCodeFlow.h"
#include "oauth/OAuthAccount.h"
#include "oauth/OAuthClientConfig.h"
#include "oauth/OAuthHttp.h"
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
    , m_oauthNote(new QLabel(this))
    , m_signIn(new QPushButton(this))
    , m_cancelSignIn(new QPushButton(AccountWizard::tr("&Cancel Sign-In"), this))
    , m_usePassword(new QPushButton(AccountWizard::tr("Use an &App Password Instead"), this))
    , m_oauthStatus(new QLabel(this))
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

    m_oauthNote->setObjectName(QStringLiteral("oauthNote"));
    m_oauthNote->setWordWrap(true);
    m_signIn->setObjectName(QStringLiteral("signInButton"));
    m_cancelSignIn->setObjectName(QStringLiteral("cancelSignInButton"));
    m_usePassword->setObjectName(QStringLiteral("appPasswordButton"));
    m_oauthStatus->setObjectName(QStringLiteral("oauthStatus"));
    m_oauthStatus->setWordWrap(true);
    m_oauthStatus->setTextInteractionFlags(Qt::TextSelectableByMouse);
    connect(m_signIn, &QPushButton::clicked, this, &IdentityPage::signIn);
    connect(m_cancelSignIn, &QPushButton::clicked, this, &IdentityPage::cancelSignIn);
    connect(m_usePassword, &QPushButton::clicked, this, [this] {
        cancelSignIn();
        m_appPassword = true;
        m_oauthStatus->clear();
        updateOAuth();
        emit completeChanged();
        m_password->setFocus();
    });

    auto* form = new QFormLayout(this);
    m_form = form;
    form->addRow(AccountWizard::tr("Your &name:"), m_displayName);
    form->addRow(AccountWizard::tr("&E-mail address:"), m_email);
    form->addRow(m_oauthNote);
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_signIn);
    buttons->addWidget(m_cancelSignIn);
    buttons->addWidget(m_usePassword);
    buttons->addStretch(1);
    form->addRow(buttons);
    form->addRow(m_oauthStatus);
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

IdentityPage::~IdentityPage()
{
    // Every flow (one finished may still wait for its deleteLater) goes before the transport it uses.
    qDeleteAll(findChildren<AuthorizationCodeFlow*>(QString(), Qt::FindDirectChildrenOnly));
}

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

void IdentityPage::updateOAuth()
{
    const ProviderDatabase& providers =
        m_wizard->probeServices().providers ? *m_wizard->probeServices().providers : ProviderDatabase::installed();
    const QString address = email();
    const ProviderEntry* provider =
        Address::parse(address).ok() ? OAuthAccount::providerFor(address, providers) : nullptr;
    if (!provider || !m_provider || provider->id != m_provider->id) {
        m_appPassword = false; // another provider: its own way in
        m_oauthStatus->clear();
        m_client = {};
    }
    if (provider)
        m_provider = *provider;
    else
        m_provider.reset();
    if (m_tokens && m_signedInAs.compare(address, Qt::CaseInsensitive) != 0) {
        m_tokens.reset(); // signed in as another address
        m_oauthStatus->clear();
    }
    const bool oauth = usesOAuth();
    const bool waiting = !m_flow.isNull();
    if (m_provider) {
        const QString name = m_provider->displayName.isEmpty() ? m_provider->id : m_provider->displayName;
        m_oauthNote->setText(
            AccountWizard::tr("%1 signs in through its own page, not with a password here.").arg(name));
        m_signIn->setText(AccountWizard::tr("&Sign in with %1…").arg(name));
    }
    m_oauthNote->setVisible(oauth);
    m_signIn->setVisible(oauth);
    m_signIn->setEnabled(!waiting);
    m_cancelSignIn->setVisible(oauth && waiting);
    m_usePassword->setVisible(oauth && !waiting); // Gmail and Microsoft also take app passwords
    m_oauthStatus->setVisible(oauth && !m_oauthStatus->text().isEmpty());
    m_form->setRowVisible(m_password, !oauth);
}

void IdentityPage::signIn()
{
    if (!usesOAuth() || m_flow)
        return;
    m_tokens.reset();
    const Settings settings(Settings::defaultFileName());
    const Result<OAuthClientId> client = OAuthClientConfig::resolve(*m_provider, QString(), &settings);
    if (!client.ok()) {
        const Error& e = client.error();
        m_oauthStatus->setText(e.detail().isEmpty() ? e.message() : e.message() + u'\n' + e.detail());
        updateOAuth();
        emit completeChanged();
        return;
    }
    m_client = client.value();
    const ConnectionOverrides overrides = m_wizard->connectionOverrides();
    if (!m_http) {
        OAuthHttpOptions options;
        options.resolve = overrides.resolve;
        options.extraCaCertificates = overrides.extraCaCertificates;
        options.clock = overrides.clock;
        m_http = std::make_unique<OAuthHttp>(options);
    }
    auto* flow = new AuthorizationCodeFlow(m_provider->oauth2, m_client, m_http.get(), overrides.clock, this);
    m_flow = flow;
    flow->setLoginHint(email());
    flow->setBrowserOpener([](const QUrl& url) { AccountWizard::openBrowser(url); });
    connect(flow, &AuthorizationCodeFlow::finished, this, &IdentityPage::onSignedIn);
    m_oauthStatus->setText(AccountWizard::tr("Waiting for you to sign in in your browser…"));
    m_email->setEnabled(false);
    updateOAuth();
    emit completeChanged();
    flow->start();
}

void IdentityPage::cancelSignIn()
{
    if (m_flow)
        m_flow->cancel(); // finished() follows: nothing is kept
}

void IdentityPage::onSignedIn(const Result<OAuthTokens>& result)
{
    if (m_flow) {
        m_flow->disconnect(this);
        m_flow->deleteLater();
        m_flow = nullptr;
    }
    m_email->setEnabled(true);
    if (result.ok()) {
        m_tokens = result.value();
        m_signedInAs = email();
        m_oauthStatus->setText(AccountWizard::tr("Signed in as %1.").arg(m_signedInAs));
    } else {
        const Error& e = result.error();
        m_oauthStatus->setText(AccountWizard::tr("Not signed in: %1")
                                   .arg(e.detail().isEmpty() ? e.message() : e.message() + u' ' + e.detail()));
    }
    updateOAuth();
    emit completeChanged();
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
        && !m_store->contains(m_accountName->text()) && (!usesOAuth() || (m_tokens && !m_flow));
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

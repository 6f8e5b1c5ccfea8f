#include "SignInDialog.h"

#include "OAuthSignInPanel.h"
#include "accounts/AccountStore.h"
#include "discovery/ProviderDatabase.h"
#include "oauth/OAuthTokenSource.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace Postino {

SignInDialog::SignInDialog(Account account, AccountStore* accounts, SecretStore* secrets, const Settings* settings,
                           OAuthHttpOptions http, QWidget* parent)
    : QDialog(parent)
    , m_account(std::move(account))
    , m_accounts(accounts)
    , m_secrets(secrets)
    , m_reason(new QLabel(this))
    , m_panel(new OAuthSignInPanel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Close, this))
{
    setObjectName(QStringLiteral("signInDialog"));
    setWindowTitle(tr("Sign In – %1").arg(m_account.email));

    // The provider as the account knows it (its own <oAuth2>, kept when it was added), named as its file names it.
    ProviderEntry provider;
    provider.id = m_account.oauthProvider;
    provider.displayName = m_account.oauthProvider;
    provider.oauth2 = m_account.oauth2;
    if (const ProviderEntry* known = ProviderDatabase::installed().findById(m_account.oauthProvider)) {
        provider.displayName = known->displayName;
        provider.appPasswordUrl = known->appPasswordUrl;
    }
    m_panel->setHttpOptions(std::move(http));
    m_panel->setSettings(settings);
    m_panel->setGivenClientId(m_account.oauthClientId);
    m_panel->setProvider(provider);
    m_panel->setLoginHint(m_account.email);

    auto* intro = new QLabel(tr("Sign in to %1 again so that Postino may send its mail through %2. Nothing waiting "
                                "in the outbox is lost meanwhile.")
                                 .arg(m_account.email, m_account.host),
                             this);
    intro->setObjectName(QStringLiteral("signInIntro"));
    intro->setWordWrap(true);
    m_reason->setObjectName(QStringLiteral("signInReason"));
    m_reason->setWordWrap(true);
    m_reason->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_reason->hide();
    m_buttons->setObjectName(QStringLiteral("signInButtons"));
    m_buttons->button(QDialogButtonBox::Close)->setObjectName(QStringLiteral("signInCloseButton"));
    connect(m_buttons, &QDialogButtonBox::rejected, this, &SignInDialog::reject);
    connect(m_panel, &OAuthSignInPanel::signedIn, this, &SignInDialog::keep);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(m_reason);
    layout->addWidget(m_panel);
    layout->addStretch(1);
    layout->addWidget(m_buttons);
    resize(520, sizeHint().height());
}

SignInDialog::~SignInDialog() = default;

void SignInDialog::setReason(const QString& text)
{
    m_reason->setText(text);
    m_reason->setVisible(!text.isEmpty());
}

void SignInDialog::reject()
{
    if (m_saving)
        return; // the keychain or the account file is being written: a moment
    if (m_panel->isWaiting()) {
        m_panel->cancel();
        return; // the first Close ends the wait, the next one the dialog
    }
    QDialog::reject();
}

void SignInDialog::keep(const OAuthTokens& tokens)
{
    m_saving = true;
    m_panel->setEnabled(false);
    m_buttons->setEnabled(false);
    m_panel->setStatus(tr("Signed in as %1; keeping the sign-in in the keychain…").arg(m_account.email));
    OAuthTokenSource::storeAsync(*m_secrets, m_account.name, tokens, this, [this, tokens](const Status& stored) {
        if (!stored.ok()) {
            failed(tr("Signed in, but the keychain did not keep the sign-in: %1 Sign in again once the keychain "
                      "works.")
                       .arg(stored.error().message()));
            return;
        }
        saveAccount(tokens);
    });
}

void SignInDialog::saveAccount(const OAuthTokens& tokens)
{
    // The account as stored now (settings may have changed since the dialog opened), unmarked.
    const Result<Account> current = m_accounts->get(m_account.name);
    Account account = current.ok() ? current.value() : m_account;
    account.signInAgain = false;
    account.oauthClientId = m_panel->client().clientId;
    m_accounts->saveAsync(account, this, [this, tokens](const Status& saved) {
        if (!saved.ok()) {
            failed(tr("The sign-in is in the keychain, but the account could not be saved: %1")
                       .arg(saved.error().message()));
            return;
        }
        m_saving = false;
        emit signedIn(m_account.name, tokens);
        accept();
    });
}

void SignInDialog::failed(const QString& text)
{
    m_saving = false;
    m_panel->setEnabled(true);
    m_buttons->setEnabled(true);
    m_panel->setStatus(text);
}

} // namespace Postino

#pragma once

#include "discovery/IspdbParser.h"
#include "oauth/OAuthClient.h"

#include <QWizardPage>

#include <optional>

class QFormLayout;
class QLabel;
class QLineEdit;
class QPushButton;

namespace Postino {

class AccountStore;
class AccountWizard;
class OAuthSignInPanel;

// The wizard's first page: who you are (name, address, password) and what the account is called. Complete
// once the address parses and the account name is valid and free; next is the search, or the settings when
// the user chose to set up by hand. When the provider of the address signs in with OAuth2 (its file's
// <oAuth2>), the password gives way to an OAuthSignInPanel ("Sign in with PROVIDER…" in the browser, or on
// another device with a code where the provider allows it), and the page is complete once signed in; "Use an
// App Password Instead" brings the password back.
class IdentityPage : public QWizardPage
{
public:
    // Neither is owned; wizard is the page's wizard.
    IdentityPage(AccountWizard* wizard, const AccountStore* store);
    ~IdentityPage() override;

    [[nodiscard]] QString displayName() const;
    [[nodiscard]] QString email() const; // trimmed
    [[nodiscard]] QString password() const; // empty when signing in with OAuth2
    // True when the account signs in with OAuth2 (the provider has it and no app password was chosen).
    [[nodiscard]] bool usesOAuth() const;
    // The provider signed in with, its client and the tokens of the sign-in (all set once signed in).
    [[nodiscard]] const ProviderEntry* oauthProvider() const { return m_provider ? &*m_provider : nullptr; }
    [[nodiscard]] const OAuthClientId& oauthClient() const;
    [[nodiscard]] const std::optional<OAuthTokens>& oauthTokens() const;
    [[nodiscard]] OAuthSignInPanel* signInPanel() const { return m_signIn; }
    [[nodiscard]] QString accountName() const; // trimmed
    // Fills in the address (the name follows unless it was edited).
    void setEmail(const QString& email);

    [[nodiscard]] bool isComplete() const override;
    [[nodiscard]] int nextId() const override;
    void initializePage() override;

private:
    void update();
    void updateOAuth();
    // The account name the address suggests: "ada-example.org".
    [[nodiscard]] QString derivedName() const;

    AccountWizard* m_wizard;
    const AccountStore* m_store;
    bool m_nameEdited = false;
    QLineEdit* m_displayName;
    QLineEdit* m_email;
    QLineEdit* m_password;
    QLineEdit* m_accountName;
    QLabel* m_hint;
    QFormLayout* m_form;
    OAuthSignInPanel* m_signIn;
    QPushButton* m_usePassword;
    std::optional<ProviderEntry> m_provider; // the address's provider when it signs in with OAuth2
    bool m_appPassword = false; // the user chose a password (an app password) instead
};

} // namespace Postino

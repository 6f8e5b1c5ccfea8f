#pragma once

#include "accounts/Account.h"
#include "oauth/OAuthClient.h"
#include "oauth/OAuthHttp.h"

#include <QDialog>

class QDialogButtonBox;
class QLabel;

namespace Postino {

class AccountStore;
class OAuthSignInPanel;
class SecretStore;
class Settings;

// Signs an OAuth2 account in again (its sign-in expired or was withdrawn, or from the account's menu): the
// provider's page in the browser, or a code on another device where the provider allows it (OAuthSignInPanel).
// Once signed in, the refresh token goes to the keychain (OAuthTokenSource::storeAsync, under
// refreshTokenKey(account)), the account loses its "sign in again" mark and keeps the client it signed in
// with, and signedIn() hands over the fresh tokens so that what waits can go at once. Nothing blocks: open it
// with show(); Close while waiting cancels the sign-in.
class SignInDialog : public QDialog
{
    Q_OBJECT
public:
    // Nothing is owned; all must outlive the dialog. settings: postino.ini for the client ID (may be null).
    SignInDialog(Account account, AccountStore* accounts, SecretStore* secrets, const Settings* settings,
                 OAuthHttpOptions http, QWidget* parent = nullptr);
    ~SignInDialog() override;

    [[nodiscard]] const QString& accountName() const { return m_account.name; }
    [[nodiscard]] OAuthSignInPanel* panel() const { return m_panel; }
    // Why a sign-in is asked for, above the buttons; empty hides it.
    void setReason(const QString& text);
    [[nodiscard]] bool isSaving() const { return m_saving; }

public slots:
    // Close: cancels a sign-in that waits; refused while the sign-in is being stored (a moment).
    void reject() override;

signals:
    // The sign-in is in the keychain and the account is saved; the dialog closes right after.
    void signedIn(const QString& accountName, const Postino::OAuthTokens& tokens);

private:
    void keep(const OAuthTokens& tokens);
    void saveAccount(const OAuthTokens& tokens);
    void failed(const QString& text);

    Account m_account;
    AccountStore* m_accounts;
    SecretStore* m_secrets;
    QLabel* m_reason;
    OAuthSignInPanel* m_panel;
    QDialogButtonBox* m_buttons;
    bool m_saving = false;
};

} // namespace Postino

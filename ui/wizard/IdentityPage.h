#pragma once

#include <QWizardPage>

class QLabel;
class QLineEdit;

namespace Postino {

class AccountStore;
class AccountWizard;

// The wizard's first page: who you are (name, address, password) and what the account is called. Complete
// once the address parses and the account name is valid and free; next is the search, or the settings when
// the user chose to set up by hand.
class IdentityPage : public QWizardPage
{
public:
    // Neither is owned; wizard is the page's wizard.
    IdentityPage(AccountWizard* wizard, const AccountStore* store);

    [[nodiscard]] QString displayName() const;
    [[nodiscard]] QString email() const; // trimmed
    [[nodiscard]] QString password() const;
    [[nodiscard]] QString accountName() const; // trimmed
    // Fills in the address (the name follows unless it was edited).
    void setEmail(const QString& email);

    [[nodiscard]] bool isComplete() const override;
    [[nodiscard]] int nextId() const override;
    void initializePage() override;

private:
    void update();
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
};

} // namespace Postino

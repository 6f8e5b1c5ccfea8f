#pragma once

#include "accounts/Account.h"
#include "discovery/ConnectionCheck.h"
#include "smtp/Submission.h"

#include <QDialog>

class QCheckBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QPushButton;

namespace Postino {

class SecretStore;

// Asks for an account's password again (after the server refused it, or from the account's menu). Save
// checks it with the account's server first when "Check it with the server" is ticked (asynchronously;
// Cancel stops the check and keeps the dialog open), then writes it to the keychain through the
// SecretStore, never to a file, and emits passwordSaved(). Nothing blocks: open it with show() or open().
class PasswordDialog : public QDialog
{
    Q_OBJECT
public:
    // Nothing is owned; secrets (and submissions) must outlive the dialog. submissions null: no check offered.
    PasswordDialog(Account account, SecretStore* secrets, SubmissionFactory* submissions, QWidget* parent = nullptr);
    ~PasswordDialog() override;

    [[nodiscard]] const QString& accountName() const { return m_account.name; }
    // Why the password is asked for (what the server said), shown above the field; empty hides it.
    void setReason(const QString& text);
    [[nodiscard]] QString reason() const;
    [[nodiscard]] QString statusText() const;
    [[nodiscard]] bool isChecking() const { return m_check && m_check->isRunning(); }
    [[nodiscard]] bool isSaving() const { return m_saving; }

public slots:
    // What Save does: the check (when ticked), then the keychain.
    void save();
    // Stops a check in flight; what was typed stays.
    void cancelCheck();
    // Cancel: stops a check in flight if there is one, else closes.
    void reject() override;

signals:
    // The password is in the keychain; the dialog closes right after.
    void passwordSaved(const QString& accountName);
    // A check ended: ok when the server accepted the password.
    void checkFinished(bool ok);

private:
    void layOut(QLabel* intro);
    void startCheck();
    void onCheckFinished(const ConnectionCheckResult& result);
    void store();
    void growToFit();
    void setStatus(const QString& text);
    void updateState();

    Account m_account;
    SecretStore* m_secrets;
    SubmissionFactory* m_submissions;
    ConnectionCheck* m_check; // null without submissions
    bool m_saving = false;

    QLabel* m_reason;
    QLineEdit* m_password;
    QCheckBox* m_show;
    QCheckBox* m_verify;
    QLabel* m_status;
    QDialogButtonBox* m_buttons;
    QPushButton* m_save;
};

} // namespace Postino

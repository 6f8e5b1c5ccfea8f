#pragma once

#include "accounts/Account.h"

#include <QDialog>
#include <QPointer>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;
class QPushButton;
class QSpinBox;

namespace Postino {

class AccountStore;
class ConnectionCheck;
struct ConnectionCheckResult;
class SecretStore;
class Settings;
class SubmissionFactory;

// Everything about a stored account that can change after setup, in one dialog: the sender (name and
// address), the server (host, port, security, user name, sign-in method), how it sends (connections at
// once, messages per minute and per day, CHUNKING) and what it trusts (the pinned certificate, with Remove,
// and an extra CA file). Save checks a changed server with the core's ConnectionCheck (the keychain's
// password) before it stores anything; a check that fails asks whether to keep the settings anyway. The
// account is written on the store's worker; saved() then tells the integrator, which sends what waits.
class AccountSettingsDialog : public QDialog
{
    Q_OBJECT
public:
    // None is owned; all outlive the dialog. submissions null: nothing is checked.
    AccountSettingsDialog(const Account& account, AccountStore* accounts, Settings* settings, SecretStore* secrets,
                          SubmissionFactory* submissions, QWidget* parent = nullptr);
    ~AccountSettingsDialog() override;

    // The account as the fields say now.
    [[nodiscard]] Account editedAccount() const;
    [[nodiscard]] bool isChecking() const;
    [[nodiscard]] QLabel* statusLabel() const { return m_status; }

public slots:
    void save();

signals:
    // Stored: account, and whether how it connects changed (the waiting messages are tried again).
    void saved(const Postino::Account& account, bool connectionChanged);

private:
    QWidget* buildSenderBox();
    QWidget* buildIdentitiesBox();
    void showIdentity(int row); // its fields in the editors below the list
    void editIdentity(); // the editors' text into the selected identity
    void updateIdentityRow(int row);
    QWidget* buildServerBox();
    QWidget* buildSendingBox();
    QWidget* buildTrustBox();
    void load(const Account& account);
    void updatePinText();
    [[nodiscard]] bool connectionChanged(const Account& edited) const;
    void startCheck(const Account& edited, const QString& password);
    void onCheckFinished(const ConnectionCheckResult& result);
    void store(const Account& edited);
    void setBusy(bool busy, const QString& status);

    Account m_original;
    AccountStore* m_accounts;
    Settings* m_settings;
    SecretStore* m_secrets;
    ConnectionCheck* m_check = nullptr;
    QByteArray m_pin; // the pinned certificate as edited (Remove clears it)
    Account m_checking; // the settings being checked
    bool m_saving = false;

    QList<Account::Identity> m_identities; // as edited
    QListWidget* m_identityList = nullptr;
    QLineEdit* m_identityEmail = nullptr;
    QLineEdit* m_identityName = nullptr;
    QPlainTextEdit* m_identitySignature = nullptr;
    QPushButton* m_removeIdentity = nullptr;
    bool m_showingIdentity = false;
    QPlainTextEdit* m_signature = nullptr;
    QLineEdit* m_displayName = nullptr;
    QLineEdit* m_email = nullptr;
    QLineEdit* m_host = nullptr;
    QSpinBox* m_port = nullptr;
    QComboBox* m_security = nullptr;
    QLineEdit* m_username = nullptr;
    QComboBox* m_auth = nullptr;
    QSpinBox* m_connections = nullptr;
    QSpinBox* m_rate = nullptr;
    QSpinBox* m_daily = nullptr;
    QCheckBox* m_chunking = nullptr;
    QLabel* m_pinText = nullptr;
    QPushButton* m_removePin = nullptr;
    QLineEdit* m_caFile = nullptr;
    QLabel* m_status = nullptr;
    QPushButton* m_saveButton = nullptr;
};

} // namespace Postino

#pragma once

#include "accounts/Account.h"

#include <QDialog>

class QLabel;
class QPushButton;
class QTableWidget;

namespace Postino {

class AccountStore;

// Account > Trusted Certificates…: every account's pinned certificate (Account::pinnedSha256, the one certificate
// trusted by its fingerprint whether or not it verifies) in one table: account, server, SHA-256 fingerprint as the
// wizard's certificate page shows it. Copy Fingerprint puts it on the clipboard; Remove… asks (MessageBox), then
// saves the account without it through AccountStore::saveAsync, the path of the account's settings.
class TrustedCertificatesDialog : public QDialog
{
    Q_OBJECT
public:
    explicit TrustedCertificatesDialog(AccountStore* accounts, QWidget* parent = nullptr);

    // Reads the accounts again (after a change elsewhere).
    void reload();
    [[nodiscard]] QStringList accountNames() const; // the table's rows, in order

signals:
    // The account was saved without its pinned certificate.
    void certificateRemoved(const QString& account);

private:
    void removeSelected();
    void copySelected();
    void updateButtons();
    [[nodiscard]] int selectedRow() const;

    AccountStore* m_accounts;
    QList<Account> m_pinned;
    QTableWidget* m_table = nullptr;
    QLabel* m_empty = nullptr;
    QLabel* m_status = nullptr;
    QPushButton* m_copy = nullptr;
    QPushButton* m_remove = nullptr;
    bool m_saving = false;
};

} // namespace Postino

#include "TrustedCertificatesDialog.h"
#include "Fingerprint.h"

#include "Accessibility.h"
#include "MessageBox.h"
#include "accounts/AccountStore.h"

#include <QApplication>
#include <QClipboard>
#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPointer>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace Postino {

TrustedCertificatesDialog::TrustedCertificatesDialog(AccountStore* accounts, QWidget* parent)
    : QDialog(parent)
    , m_accounts(accounts)
{
    installAccessibility();
    setObjectName(QStringLiteral("trustedCertificatesDialog"));
    setWindowTitle(tr("Trusted Certificates"));
    auto* layout = new QVBoxLayout(this);
    auto* intro = new QLabel(tr("Each of these certificates is trusted by its fingerprint, whether or not it verifies. "
                                "Remove one when its server has a valid certificate again, or when you no longer "
                                "trust it."),
                             this);
    intro->setWordWrap(true);
    layout->addWidget(intro);

    m_table = new QTableWidget(0, 3, this);
    m_table->setObjectName(QStringLiteral("trustedCertificatesTable"));
    m_table->setAccessibleName(tr("Trusted certificates"));
    m_table->setHorizontalHeaderLabels({tr("Account"), tr("Server"), tr("SHA-256 fingerprint")});
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(2, QHeaderView::Stretch);
    m_table->horizontalHeader()->setStretchLastSection(true);
    connect(m_table, &QTableWidget::itemSelectionChanged, this, &TrustedCertificatesDialog::updateButtons);
    layout->addWidget(m_table, 1);

    m_empty = new QLabel(tr("No certificate is trusted by its fingerprint: every server's certificate must be valid "
                            "for its name. The account wizard asks before it trusts one that is not."),
                         this);
    m_empty->setObjectName(QStringLiteral("noTrustedCertificatesLabel"));
    m_empty->setWordWrap(true);
    m_empty->setAlignment(Qt::AlignCenter);
    layout->addWidget(m_empty, 1);

    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("trustedCertificatesStatus"));
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_status->hide();
    layout->addWidget(m_status);

    auto* row = new QHBoxLayout;
    m_copy = new QPushButton(tr("&Copy Fingerprint"), this);
    m_copy->setObjectName(QStringLiteral("copyFingerprintButton"));
    m_copy->setToolTip(tr("Put the selected fingerprint on the clipboard, to compare it with the one your provider "
                          "publishes"));
    connect(m_copy, &QPushButton::clicked, this, &TrustedCertificatesDialog::copySelected);
    row->addWidget(m_copy);
    m_remove = new QPushButton(tr("&Remove…"), this);
    m_remove->setObjectName(QStringLiteral("removeCertificateButton"));
    m_remove->setToolTip(tr("Stop trusting the selected certificate"));
    connect(m_remove, &QPushButton::clicked, this, &TrustedCertificatesDialog::removeSelected);
    row->addWidget(m_remove);
    row->addStretch(1);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    row->addWidget(buttons);
    layout->addLayout(row);

    resize(760, 360);
    reload();
}

void TrustedCertificatesDialog::reload()
{
    const QString selected = selectedRow() >= 0 ? m_pinned.at(selectedRow()).name : QString();
    m_pinned.clear();
    for (const Account& account : m_accounts->list()) {
        if (!account.pinnedSha256.isEmpty())
            m_pinned.append(account);
    }
    m_table->setRowCount(int(m_pinned.size()));
    for (int i = 0; i < m_pinned.size(); ++i) {
        const Account& account = m_pinned.at(i);
        const QString server = QStringLiteral("%1:%2").arg(account.host, QString::number(account.port));
        const QString fingerprint = fingerprintText(account.pinnedSha256);
        auto* name = new QTableWidgetItem(account.name);
        name->setToolTip(account.email);
        auto* host = new QTableWidgetItem(server);
        // On two lines of 16 pairs, as the wizard's certificate page shows it, so that it is read whole.
        auto* print = new QTableWidgetItem(fingerprint.left(48) + u'\n' + fingerprint.mid(48));
        print->setFont(QFont(QStringLiteral("monospace")));
        print->setToolTip(fingerprint);
        m_table->setItem(i, 0, name);
        m_table->setItem(i, 1, host);
        m_table->setItem(i, 2, print);
        if (account.name == selected)
            m_table->selectRow(i);
    }
    m_table->resizeRowsToContents();
    if (selectedRow() < 0 && !m_pinned.isEmpty())
        m_table->selectRow(0);
    m_table->setVisible(!m_pinned.isEmpty());
    m_empty->setVisible(m_pinned.isEmpty());
    updateButtons();
}

QStringList TrustedCertificatesDialog::accountNames() const
{
    QStringList names;
    for (const Account& account : m_pinned)
        names.append(account.name);
    return names;
}

int TrustedCertificatesDialog::selectedRow() const
{
    const QList<QTableWidgetItem*> items = m_table->selectedItems();
    return items.isEmpty() ? -1 : items.constFirst()->row();
}

void TrustedCertificatesDialog::updateButtons()
{
    const bool any = selectedRow() >= 0;
    m_copy->setEnabled(any);
    m_remove->setEnabled(any && !m_saving);
}

void TrustedCertificatesDialog::copySelected()
{
    const int row = selectedRow();
    if (row < 0)
        return;
    QApplication::clipboard()->setText(fingerprintText(m_pinned.at(row).pinnedSha256));
    m_status->setText(tr("The fingerprint of %1 is on the clipboard.").arg(m_pinned.at(row).name));
    m_status->show();
}

void TrustedCertificatesDialog::removeSelected()
{
    const int row = selectedRow();
    if (row < 0 || m_saving)
        return;
    // The account as it is now (its settings may have changed since the table was filled), not the table's copy.
    const Result<Account> current = m_accounts->get(m_pinned.at(row).name);
    if (!current) {
        m_status->setText(tr("✘ %1").arg(current.error().message()));
        m_status->show();
        reload();
        return;
    }
    Account edited = current.value();
    const QString server = QStringLiteral("%1:%2").arg(edited.host, QString::number(edited.port));
    const auto answer = MessageBox::ask(
        this, QMessageBox::Warning, tr("Remove Trusted Certificate"),
        tr("Stop trusting the certificate of %1 for the account %2?\n\nIts messages will then be sent only if the "
           "server's certificate is valid for its name; otherwise they wait in the outbox with the reason, until the "
           "certificate is fixed or you accept it again.")
            .arg(server, edited.name),
        QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel, {{QMessageBox::Yes, tr("Remove")}});
    if (answer != QMessageBox::Yes)
        return;
    edited.pinnedSha256.clear();
    m_saving = true;
    updateButtons();
    QPointer<TrustedCertificatesDialog> self(this);
    m_accounts->saveAsync(edited, this, [self, name = edited.name](const Status& written) {
        if (!self)
            return;
        self->m_saving = false;
        if (!written) {
            self->m_status->setText(tr("✘ %1").arg(written.error().message()));
            self->m_status->show();
            self->updateButtons();
            return;
        }
        self->reload();
        self->m_status->setText(tr("%1 no longer trusts a certificate by its fingerprint.").arg(name));
        self->m_status->show();
        emit self->certificateRemoved(name);
    });
}

} // namespace Postino

#include "AccountSettingsDialog.h"
#include "Fingerprint.h"

#include "MessageBox.h"
#include "accounts/AccountConnection.h"
#include "accounts/AccountStore.h"
#include "accounts/SecretStore.h"
#include "campaign/Prompt.h"
#include "common/Settings.h"
#include "discovery/ConnectionCheck.h"
#include "wizard/WizardText.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

namespace Postino {

namespace {

// A spin box named for screen readers (its inner line edit too, which Qt exposes on its own).
QSpinBox* namedSpin(QWidget* parent, const char* objectName, const QString& name, int min, int max)
{
    auto* spin = new QSpinBox(parent);
    spin->setObjectName(QLatin1String(objectName));
    spin->setAccessibleName(name);
    spin->setRange(min, max);
    if (auto* edit = spin->findChild<QLineEdit*>())
        edit->setAccessibleName(name);
    return spin;
}

QLineEdit* namedEdit(QWidget* parent, const char* objectName, const QString& name)
{
    auto* edit = new QLineEdit(parent);
    edit->setObjectName(QLatin1String(objectName));
    edit->setAccessibleName(name);
    return edit;
}

} // namespace

AccountSettingsDialog::AccountSettingsDialog(const Account& account, AccountStore* accounts, Settings* settings,
                                             SecretStore* secrets, SubmissionFactory* submissions, QWidget* parent)
    : QDialog(parent)
    , m_original(account)
    , m_accounts(accounts)
    , m_settings(settings)
    , m_secrets(secrets)
    , m_check(submissions ? new ConnectionCheck(submissions, this) : nullptr)
    , m_pin(account.pinnedSha256)
{
    setObjectName(QStringLiteral("accountSettingsDialog"));
    setWindowTitle(tr("Account Settings: %1").arg(account.name));
    auto* layout = new QVBoxLayout(this);
    auto* columns = new QHBoxLayout;
    auto* left = new QVBoxLayout;
    left->addWidget(buildSenderBox());
    left->addWidget(buildServerBox());
    left->addStretch(1);
    auto* right = new QVBoxLayout;
    right->addWidget(buildIdentitiesBox());
    right->addWidget(buildSendingBox());
    right->addWidget(buildTrustBox());
    right->addStretch(1);
    columns->addLayout(left, 1);
    columns->addLayout(right, 1);
    layout->addLayout(columns);

    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("accountSettingsStatus"));
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_status->setSizePolicy(QSizePolicy::Preferred, QSizePolicy::MinimumExpanding);
    layout->addWidget(m_status);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    m_saveButton = buttons->button(QDialogButtonBox::Save);
    m_saveButton->setObjectName(QStringLiteral("saveAccountButton"));
    buttons->button(QDialogButtonBox::Cancel)->setObjectName(QStringLiteral("cancelAccountButton"));
    connect(m_saveButton, &QPushButton::clicked, this, &AccountSettingsDialog::save);
    connect(buttons, &QDialogButtonBox::rejected, this, [this] {
        if (m_check && m_check->isRunning()) {
            m_check->cancel(); // Cancel first stops a check, as in the password dialog
            setBusy(false, tr("The check was stopped; nothing was saved."));
            return;
        }
        reject();
    });
    layout->addWidget(buttons);
    if (m_check)
        connect(m_check, &ConnectionCheck::finished, this, &AccountSettingsDialog::onCheckFinished);
    load(account);
}

AccountSettingsDialog::~AccountSettingsDialog() = default;

QWidget* AccountSettingsDialog::buildSenderBox()
{
    auto* box = new QGroupBox(tr("Sender"), this);
    auto* form = new QFormLayout(box);
    m_displayName = namedEdit(box, "displayNameEdit", tr("Your name"));
    m_email = namedEdit(box, "emailEdit", tr("E-mail address"));
    m_signature = new QPlainTextEdit(box);
    m_signature->setObjectName(QStringLiteral("signatureEdit"));
    m_signature->setAccessibleName(tr("Signature"));
    m_signature->setTabChangesFocus(true);
    m_signature->setFixedHeight(fontMetrics().height() * 5);
    form->addRow(tr("Your &name:"), m_displayName);
    form->addRow(tr("&E-mail address:"), m_email);
    form->addRow(tr("Si&gnature:"), m_signature);
    return box;
}

QWidget* AccountSettingsDialog::buildIdentitiesBox()
{
    auto* box = new QGroupBox(tr("Other addresses sent through this account"), this);
    auto* layout = new QVBoxLayout(box);
    auto* row = new QHBoxLayout;
    m_identityList = new QListWidget(box);
    m_identityList->setObjectName(QStringLiteral("identityList"));
    m_identityList->setAccessibleName(tr("Other addresses"));
    m_identityList->setMaximumHeight(fontMetrics().height() * 5);
    auto* buttons = new QVBoxLayout;
    auto* add = new QPushButton(tr("&Add"), box);
    add->setObjectName(QStringLiteral("addIdentityButton"));
    m_removeIdentity = new QPushButton(tr("Re&move"), box);
    m_removeIdentity->setObjectName(QStringLiteral("removeIdentityButton"));
    buttons->addWidget(add);
    buttons->addWidget(m_removeIdentity);
    buttons->addStretch(1);
    row->addWidget(m_identityList, 1);
    row->addLayout(buttons);
    layout->addLayout(row);
    auto* form = new QFormLayout;
    m_identityEmail = namedEdit(box, "identityEmailEdit", tr("Other address"));
    m_identityEmail->setPlaceholderText(tr("info@example.org"));
    m_identityName = namedEdit(box, "identityNameEdit", tr("Name for the other address"));
    m_identitySignature = new QPlainTextEdit(box);
    m_identitySignature->setObjectName(QStringLiteral("identitySignatureEdit"));
    m_identitySignature->setAccessibleName(tr("Signature for the other address"));
    m_identitySignature->setTabChangesFocus(true);
    m_identitySignature->setFixedHeight(fontMetrics().height() * 4);
    form->addRow(tr("Add&ress:"), m_identityEmail);
    form->addRow(tr("Na&me:"), m_identityName);
    layout->addLayout(form);
    auto* signatureLabel = new QLabel(tr("Signa&ture:"), box);
    signatureLabel->setBuddy(m_identitySignature);
    layout->addWidget(signatureLabel);
    layout->addWidget(m_identitySignature);
    // Said where the person looks when adding one (a wrapped label here is squeezed by the two columns).
    const QString note = tr("Each appears in the composer's From list. The server must allow them: many let you "
                            "send only as your own address or its aliases.");
    m_identityList->setToolTip(note);
    add->setToolTip(note);
    m_identityEmail->setToolTip(note);

    connect(add, &QPushButton::clicked, this, [this] {
        Account::Identity identity;
        identity.id = Account::newIdentityId(m_identities);
        identity.displayName = m_displayName->text().trimmed();
        m_identities.append(identity);
        m_identityList->addItem(QString());
        updateIdentityRow(static_cast<int>(m_identities.size()) - 1);
        m_identityList->setCurrentRow(static_cast<int>(m_identities.size()) - 1);
        m_identityEmail->setFocus();
    });
    connect(m_removeIdentity, &QPushButton::clicked, this, [this] {
        const int current = m_identityList->currentRow();
        if (current < 0 || current >= m_identities.size())
            return;
        m_identities.removeAt(current);
        delete m_identityList->takeItem(current);
        showIdentity(m_identityList->currentRow());
    });
    connect(m_identityList, &QListWidget::currentRowChanged, this, &AccountSettingsDialog::showIdentity);
    connect(m_identityEmail, &QLineEdit::textEdited, this, &AccountSettingsDialog::editIdentity);
    connect(m_identityName, &QLineEdit::textEdited, this, &AccountSettingsDialog::editIdentity);
    connect(m_identitySignature, &QPlainTextEdit::textChanged, this, &AccountSettingsDialog::editIdentity);
    return box;
}

void AccountSettingsDialog::showIdentity(int row)
{
    const bool valid = row >= 0 && row < m_identities.size();
    m_showingIdentity = true;
    m_identityEmail->setText(valid ? m_identities.at(row).email : QString());
    m_identityName->setText(valid ? m_identities.at(row).displayName : QString());
    m_identitySignature->setPlainText(valid ? m_identities.at(row).signature : QString());
    m_showingIdentity = false;
    for (QWidget* editor : {static_cast<QWidget*>(m_identityEmail), static_cast<QWidget*>(m_identityName),
                            static_cast<QWidget*>(m_identitySignature), static_cast<QWidget*>(m_removeIdentity)})
        editor->setEnabled(valid);
}

void AccountSettingsDialog::editIdentity()
{
    const int row = m_identityList->currentRow();
    if (m_showingIdentity || row < 0 || row >= m_identities.size())
        return;
    Account::Identity& identity = m_identities[row];
    identity.email = m_identityEmail->text().trimmed();
    identity.displayName = m_identityName->text().trimmed();
    identity.signature = m_identitySignature->toPlainText();
    updateIdentityRow(row);
}

void AccountSettingsDialog::updateIdentityRow(int row)
{
    const Account::Identity& identity = m_identities.at(row);
    const QString email = identity.email.isEmpty() ? tr("(no address yet)") : identity.email;
    m_identityList->item(row)->setText(
        identity.displayName.isEmpty() ? email : QStringLiteral("%1 <%2>").arg(identity.displayName, email));
}

QWidget* AccountSettingsDialog::buildServerBox()
{
    auto* box = new QGroupBox(tr("Outgoing server"), this);
    auto* form = new QFormLayout(box);
    m_host = namedEdit(box, "hostEdit", tr("Outgoing server"));
    m_port = namedSpin(box, "portSpin", tr("Port"), 1, 65535);
    m_security = new QComboBox(box);
    m_security->setObjectName(QStringLiteral("securityCombo"));
    m_security->setAccessibleName(tr("Security"));
    for (Security s : {Security::StartTls, Security::Tls, Security::None})
        m_security->addItem(wizardSecurityText(s), static_cast<int>(s));
    m_username = namedEdit(box, "usernameEdit", tr("User name"));
    m_username->setPlaceholderText(tr("Your address"));
    m_auth = new QComboBox(box);
    m_auth->setObjectName(QStringLiteral("authCombo"));
    m_auth->setAccessibleName(tr("Sign-in method"));
    m_auth->addItem(tr("Automatic"), static_cast<int>(AuthMechanism::Auto));
    m_auth->addItem(tr("No sign-in"), static_cast<int>(AuthMechanism::None));
    for (AuthMechanism m : {AuthMechanism::Plain, AuthMechanism::Login, AuthMechanism::CramMd5,
                            AuthMechanism::ScramSha256, AuthMechanism::XOAuth2, AuthMechanism::OAuthBearer})
        m_auth->addItem(authMechanismName(m), static_cast<int>(m));
    form->addRow(tr("&Server:"), m_host);
    form->addRow(tr("P&ort:"), m_port);
    form->addRow(tr("Sec&urity:"), m_security);
    form->addRow(tr("&User name:"), m_username);
    form->addRow(tr("Sign-in &method:"), m_auth);
    auto* note = new QLabel(tr("The password stays in the keychain: Account > Change Password… changes it."), box);
    note->setWordWrap(true);
    form->addRow(note);
    return box;
}

QWidget* AccountSettingsDialog::buildSendingBox()
{
    auto* box = new QGroupBox(tr("Sending"), this);
    auto* form = new QFormLayout(box);
    m_connections = namedSpin(box, "maxConnectionsSpin", tr("Connections at once"), 1, 20);
    m_rate = namedSpin(box, "ratePerMinuteSpin", tr("Messages per minute"), 0, 10000);
    m_rate->setSpecialValueText(tr("No limit"));
    m_daily = namedSpin(box, "dailyLimitSpin", tr("Messages per day"), 0, 1000000);
    m_daily->setSpecialValueText(tr("No limit"));
    m_chunking = new QCheckBox(tr("Send in chunks (BDAT) when the server offers CHUNKING"), box);
    m_chunking->setObjectName(QStringLiteral("chunkingCheck"));
    form->addRow(tr("&Connections at once:"), m_connections);
    form->addRow(tr("Messages per &minute:"), m_rate);
    form->addRow(tr("Messages per &day:"), m_daily);
    form->addRow(m_chunking);
    auto* note = new QLabel(tr("Providers limit how much an account may send; Postino paces its messages to stay "
                               "within these limits."),
                            box);
    note->setWordWrap(true);
    form->addRow(note);
    return box;
}

QWidget* AccountSettingsDialog::buildTrustBox()
{
    auto* box = new QGroupBox(tr("Trusted certificate"), this);
    auto* form = new QFormLayout(box);
    m_pinText = new QLabel(box);
    m_pinText->setObjectName(QStringLiteral("pinnedCertificateLabel"));
    m_pinText->setWordWrap(true);
    m_pinText->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_removePin = new QPushButton(tr("&Remove Trusted Certificate"), box);
    m_removePin->setObjectName(QStringLiteral("removePinButton"));
    connect(m_removePin, &QPushButton::clicked, this, [this] {
        m_pin.clear();
        updatePinText();
    });
    m_caFile = namedEdit(box, "caFileEdit", tr("Extra CA certificates (PEM file)"));
    m_caFile->setPlaceholderText(tr("None: the system's certificate authorities"));
    auto* browse = new QPushButton(tr("&Browse…"), box);
    browse->setObjectName(QStringLiteral("browseCaFileButton"));
    connect(browse, &QPushButton::clicked, this, [this] {
        const QString path =
            Prompt::openFile(this, tr("Extra CA Certificates"), tr("PEM certificates (*.pem *.crt);;All files (*)"));
        if (!path.isEmpty())
            m_caFile->setText(QDir::toNativeSeparators(path));
    });
    auto* caRow = new QHBoxLayout;
    caRow->addWidget(m_caFile, 1);
    caRow->addWidget(browse);
    form->addRow(m_pinText);
    form->addRow(m_removePin);
    auto* caLabel = new QLabel(tr("CA &file:"), box);
    caLabel->setBuddy(m_caFile);
    form->addRow(caLabel, caRow);
    return box;
}

void AccountSettingsDialog::load(const Account& account)
{
    m_displayName->setText(account.displayName);
    m_email->setText(account.email);
    m_signature->setPlainText(account.signature);
    m_identities = account.identities;
    m_identityList->clear();
    for (int row = 0; row < m_identities.size(); ++row) {
        m_identityList->addItem(QString());
        updateIdentityRow(row);
    }
    showIdentity(m_identities.isEmpty() ? -1 : 0);
    if (!m_identities.isEmpty())
        m_identityList->setCurrentRow(0);
    m_host->setText(account.host);
    m_port->setValue(account.port);
    m_security->setCurrentIndex(qMax(0, m_security->findData(static_cast<int>(account.security))));
    m_username->setText(account.username);
    m_auth->setCurrentIndex(qMax(0, m_auth->findData(static_cast<int>(account.auth))));
    // The runner's limits of this account: what postino.ini sets, else Postino's defaults.
    m_connections->setValue(m_settings->intValue(Settings::Key::AccountMaxConnections, account.name));
    m_rate->setValue(m_settings->intValue(Settings::Key::AccountRatePerMinute, account.name));
    m_daily->setValue(m_settings->intValue(Settings::Key::AccountDailyLimit, account.name));
    m_chunking->setChecked(m_settings->boolValue(Settings::Key::AccountChunking, account.name));
    m_caFile->setText(QDir::toNativeSeparators(account.caFile));
    updatePinText();
    setBusy(false, QString());
}

void AccountSettingsDialog::updatePinText()
{
    if (m_pin.isEmpty()) {
        m_pinText->setText(tr("No certificate is trusted by its fingerprint: the server's certificate must be valid "
                              "for its name."));
    } else {
        m_pinText->setText(tr("Trusted by its fingerprint, whether or not it verifies (SHA-256):\n%1\nRemove it if "
                              "the server now has a valid certificate, or if you no longer trust this one.")
                               .arg(fingerprintText(m_pin)));
    }
    m_removePin->setEnabled(!m_pin.isEmpty());
}

Account AccountSettingsDialog::editedAccount() const
{
    Account edited = m_original;
    edited.displayName = m_displayName->text().trimmed();
    edited.email = m_email->text().trimmed();
    edited.signature = m_signature->toPlainText().trimmed();
    edited.identities = m_identities;
    edited.host = m_host->text().trimmed();
    edited.port = static_cast<quint16>(m_port->value());
    edited.security = static_cast<Security>(m_security->currentData().toInt());
    edited.username = m_username->text().trimmed();
    edited.auth = static_cast<AuthMechanism>(m_auth->currentData().toInt());
    edited.pinnedSha256 = m_pin;
    edited.caFile = QDir::fromNativeSeparators(m_caFile->text().trimmed());
    if (edited.host != m_original.host)
        edited.maxMessageSize = 0; // another server: its limit is not known yet
    return edited;
}

bool AccountSettingsDialog::connectionChanged(const Account& edited) const
{
    return edited.host != m_original.host || edited.port != m_original.port || edited.security != m_original.security
        || edited.effectiveUsername() != m_original.effectiveUsername() || edited.auth != m_original.auth
        || edited.pinnedSha256 != m_original.pinnedSha256 || edited.caFile != m_original.caFile;
}

bool AccountSettingsDialog::isChecking() const
{
    return m_check && m_check->isRunning();
}

void AccountSettingsDialog::setBusy(bool busy, const QString& status)
{
    m_saveButton->setEnabled(!busy);
    m_status->setText(status);
}

void AccountSettingsDialog::save()
{
    if (isChecking() || m_saving)
        return;
    const Account edited = editedAccount();
    if (const Status valid = edited.validate(); !valid) {
        setBusy(false, tr("✘ %1").arg(valid.error().message()));
        return;
    }
    if (!connectionChanged(edited) || !m_check) {
        store(edited);
        return;
    }
    setBusy(true, tr("Reading the password from the keychain…"));
    QPointer<AccountSettingsDialog> self(this);
    m_secrets->readPassword(m_original.name, this, [self, edited](const SecretStore::ReadResult& read) {
        if (!self)
            return;
        // No password (none stored, or no keychain): the server is checked without one, as far as it goes.
        self->startCheck(edited, read.ok() && read.value() ? *read.value() : QString());
    });
}

void AccountSettingsDialog::startCheck(const Account& edited, const QString& password)
{
    ConnectionOverrides overrides;
    overrides.timeouts = SmtpTimeouts::uniform(20'000);
    const auto settings = submissionSettings(edited, password, overrides);
    if (!settings.ok()) {
        setBusy(false, tr("✘ %1").arg(settings.error().message()));
        return;
    }
    m_checking = edited;
    setBusy(true, tr("Checking %1, port %2… (Cancel stops the check)").arg(edited.host).arg(edited.port));
    m_check->start(settings.value());
}

void AccountSettingsDialog::onCheckFinished(const ConnectionCheckResult& result)
{
    if (result.ok) {
        setBusy(true, tr("✔ These settings work."));
        store(m_checking);
        return;
    }
    setBusy(false, tr("✘ %1").arg(result.explained()));
    const QMessageBox::StandardButton answer =
        MessageBox::ask(this, QMessageBox::Warning, tr("Settings Not Verified"),
                        tr("These settings did not work: %1\n\nSave them anyway? Messages of this account wait in "
                           "the outbox until the server accepts them.")
                            .arg(result.explained()),
                        QMessageBox::Save | QMessageBox::Cancel, QMessageBox::Cancel,
                        {{QMessageBox::Save, tr("Save Anyway")}, {QMessageBox::Cancel, tr("Go Back")}});
    if (answer == QMessageBox::Save)
        store(m_checking);
}

void AccountSettingsDialog::store(const Account& edited)
{
    m_saving = true;
    setBusy(true, tr("Saving the account…"));
    // The limits live in postino.ini, beside the runner's other settings; a default is not written.
    const auto setLimit = [this, &edited](Settings::Key key, const QVariant& value) {
        if (m_settings->contains(key, edited.name) || value != Settings::defaultValue(key))
            m_settings->setValue(key, value, edited.name);
    };
    setLimit(Settings::Key::AccountMaxConnections, m_connections->value());
    setLimit(Settings::Key::AccountRatePerMinute, m_rate->value());
    setLimit(Settings::Key::AccountDailyLimit, m_daily->value());
    setLimit(Settings::Key::AccountChunking, m_chunking->isChecked());
    if (!m_settings->sync()) {
        m_saving = false;
        setBusy(false,
                tr("✘ The sending limits could not be written to %1; nothing was saved.")
                    .arg(QDir::toNativeSeparators(m_settings->fileName())));
        return;
    }
    const bool changed = connectionChanged(edited);
    QPointer<AccountSettingsDialog> self(this);
    m_accounts->saveAsync(edited, this, [self, edited, changed](const Status& written) {
        if (!self)
            return;
        self->m_saving = false;
        if (!written) {
            self->setBusy(false, tr("✘ %1").arg(written.error().message()));
            return;
        }
        emit self->saved(edited, changed);
        self->accept();
    });
}

} // namespace Postino

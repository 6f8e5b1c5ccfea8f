#include "PasswordDialog.h"

#include "accounts/AccountConnection.h"
#include "accounts/SecretStore.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace Postino {

PasswordDialog::PasswordDialog(Account account, SecretStore* secrets, SubmissionFactory* submissions, QWidget* parent)
    : QDialog(parent)
    , m_account(std::move(account))
    , m_secrets(secrets)
    , m_submissions(submissions)
    , m_check(submissions ? new ConnectionCheck(submissions, this) : nullptr)
    , m_reason(new QLabel(this))
    , m_password(new QLineEdit(this))
    , m_show(new QCheckBox(tr("&Show password"), this))
    , m_verify(new QCheckBox(tr("&Check it with the server before saving"), this))
    , m_status(new QLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this))
    , m_save(m_buttons->button(QDialogButtonBox::Save))
{
    setObjectName(QStringLiteral("passwordDialog"));
    setWindowTitle(tr("Password – %1").arg(m_account.email));

    auto* intro = new QLabel(tr("Enter the password of %1 for the server %2 (user name %3). It is kept in the "
                                "system keychain.")
                                 .arg(m_account.email, m_account.host, m_account.effectiveUsername()),
                             this);
    intro->setObjectName(QStringLiteral("passwordIntro"));
    intro->setWordWrap(true);
    m_reason->setObjectName(QStringLiteral("passwordReason"));
    m_reason->setWordWrap(true);
    m_reason->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_reason->hide();

    m_password->setObjectName(QStringLiteral("passwordEdit"));
    m_password->setAccessibleName(tr("Password"));
    m_password->setEchoMode(QLineEdit::Password);
    m_show->setObjectName(QStringLiteral("showPasswordCheck"));
    m_show->setAccessibleName(tr("Show password"));
    m_verify->setObjectName(QStringLiteral("verifyPasswordCheck"));
    m_verify->setAccessibleName(tr("Check the password with the server before saving"));
    m_verify->setChecked(m_submissions != nullptr);
    m_verify->setVisible(m_submissions != nullptr);
    m_status->setObjectName(QStringLiteral("passwordStatus"));
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_buttons->setObjectName(QStringLiteral("passwordButtons"));
    m_save->setObjectName(QStringLiteral("passwordSaveButton"));
    m_save->setDefault(true);
    m_buttons->button(QDialogButtonBox::Cancel)->setObjectName(QStringLiteral("passwordCancelButton"));

    connect(m_show, &QCheckBox::toggled, this,
            [this](bool show) { m_password->setEchoMode(show ? QLineEdit::Normal : QLineEdit::Password); });
    connect(m_password, &QLineEdit::textChanged, this, &PasswordDialog::updateState);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &PasswordDialog::save);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &PasswordDialog::reject);
    if (m_check) {
        m_check->setPasswordWantedError(ErrorKind::Auth, tr("The server asked for the password again."));
        connect(m_check, &ConnectionCheck::finished, this, &PasswordDialog::onCheckFinished);
    }
    layOut(intro);
    m_password->setFocus();
    updateState();
    resize(460, sizeHint().height());
}

void PasswordDialog::layOut(QLabel* intro)
{
    auto* form = new QFormLayout;
    form->addRow(tr("&Password:"), m_password);
    form->addRow(QString(), m_show);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(m_reason);
    layout->addLayout(form);
    layout->addWidget(m_verify);
    layout->addWidget(m_status);
    layout->addStretch(1);
    layout->addWidget(m_buttons);
}

PasswordDialog::~PasswordDialog() = default; // m_check drops a connection in flight

void PasswordDialog::setReason(const QString& text)
{
    m_reason->setText(text);
    m_reason->setVisible(!text.isEmpty());
    growToFit();
}

// Taller when a reason or a status needs more lines than there is room for: a dialog keeps the height it
// was given, and its word-wrapped labels would be clipped and the password field squeezed.
void PasswordDialog::growToFit()
{
    layout()->activate();
    const int needed = heightForWidth(width());
    if (needed > height())
        resize(width(), needed);
}

QString PasswordDialog::reason() const
{
    return m_reason->text();
}

QString PasswordDialog::statusText() const
{
    return m_status->text();
}

void PasswordDialog::setStatus(const QString& text)
{
    m_status->setText(text);
    growToFit();
}

void PasswordDialog::updateState()
{
    const bool busy = isChecking() || m_saving;
    m_save->setEnabled(!busy && !m_password->text().isEmpty());
    m_password->setReadOnly(busy);
    m_verify->setEnabled(!busy);
}

void PasswordDialog::save()
{
    if (isChecking() || m_saving || m_password->text().isEmpty())
        return;
    if (m_verify->isChecked() && m_submissions)
        startCheck();
    else
        store();
}

void PasswordDialog::startCheck()
{
    ConnectionOverrides overrides;
    overrides.timeouts = SmtpTimeouts::uniform(20'000);
    const auto settings = submissionSettings(m_account, m_password->text(), overrides);
    if (!settings.ok()) {
        setStatus(tr("✘ %1").arg(settings.error().message()));
        return;
    }
    setStatus(
        tr("Checking the password with %1, port %2… (Cancel stops the check)").arg(m_account.host).arg(m_account.port));
    m_check->start(settings.value());
    updateState();
}

void PasswordDialog::onCheckFinished(const ConnectionCheckResult& result)
{
    if (result.ok) {
        emit checkFinished(true);
        store();
        return;
    }
    const QString text = result.explained();
    const bool refused = result.error.failure == SmtpFailure::AuthFailed;
    if (refused) {
        setStatus(tr("✘ The server refused this password: %1").arg(text));
    } else {
        setStatus(tr("✘ The password could not be checked: %1\nTo save it without checking, untick \"Check it "
                     "with the server before saving\".")
                      .arg(text));
    }
    updateState();
    if (refused) {
        m_password->setFocus();
        m_password->selectAll();
    }
    emit checkFinished(false);
}

void PasswordDialog::cancelCheck()
{
    if (!isChecking())
        return;
    m_check->cancel();
    setStatus(tr("Check stopped. Nothing was saved."));
    updateState();
}

void PasswordDialog::reject()
{
    if (isChecking()) {
        cancelCheck();
        return;
    }
    QDialog::reject();
}

void PasswordDialog::store()
{
    m_saving = true;
    setStatus(tr("Storing the password in the keychain…"));
    updateState();
    m_secrets->writePassword(m_account.name, m_password->text(), this, [this](const Status& written) {
        m_saving = false;
        updateState();
        if (!written.ok()) {
            setStatus(tr("✘ The password could not be stored in the keychain: %1").arg(written.error().message()));
            return;
        }
        setStatus(tr("The password is in the keychain."));
        emit passwordSaved(m_account.name);
        accept();
    });
}

} // namespace Postino

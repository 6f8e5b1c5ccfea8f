#include "PasswordDialog.h"

#include "accounts/SecretStore.h"
#include "discovery/ReplyExplainer.h"

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
    m_password->setFocus();
    updateState();
    resize(460, sizeHint().height());
}

PasswordDialog::~PasswordDialog()
{
    if (m_session) {
        m_session->disconnect(this);
        m_session->abort();
    }
}

void PasswordDialog::setReason(const QString& text)
{
    m_reason->setText(text);
    m_reason->setVisible(!text.isEmpty());
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
    const auto endpoint = m_account.endpoint();
    if (!endpoint.ok()) {
        setStatus(tr("✘ %1").arg(endpoint.error().message()));
        return;
    }
    SubmissionSettings settings;
    settings.endpoint = endpoint.value();
    settings.credentials.username = m_account.effectiveUsername();
    settings.credentials.secret = m_password->text();
    settings.credentials.mechanism = m_account.auth;
    settings.timeouts = SmtpTimeouts::uniform(20'000);
    auto created = m_submissions->create(settings);
    m_session = created.release();
    m_session->setParent(this);
    connect(m_session, &Submission::ready, this, [this] {
        Submission* session = m_session;
        session->disconnect(this);
        connect(session, &Submission::closed, session, &QObject::deleteLater);
        connect(session, &Submission::failed, session, &QObject::deleteLater);
        session->close();
        m_session = nullptr;
        emit checkFinished(true);
        store();
    });
    connect(m_session, &Submission::failed, this, &PasswordDialog::onCheckFailed);
    connect(m_session, &Submission::passwordRequested, this, [this] {
        SmtpError error;
        error.failure = SmtpFailure::AuthFailed;
        error.kind = ErrorKind::Auth;
        error.message = tr("The server asked for the password again.");
        onCheckFailed(error);
    });
    setStatus(
        tr("Checking the password with %1, port %2… (Cancel stops the check)").arg(m_account.host).arg(m_account.port));
    updateState();
    m_session->open();
}

void PasswordDialog::onCheckFailed(const SmtpError& error)
{
    if (Submission* session = m_session) {
        session->disconnect(this);
        session->abort();
        session->deleteLater();
    }
    m_session = nullptr;
    QString text = error.message;
    const QString explanation = ReplyExplainer::explain(error);
    if (!explanation.isEmpty() && explanation != text)
        text = tr("%1 %2").arg(text, explanation);
    const bool refused = error.failure == SmtpFailure::AuthFailed;
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
    Submission* session = m_session;
    if (!session)
        return;
    session->disconnect(this);
    session->abort();
    session->deleteLater();
    m_session = nullptr;
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

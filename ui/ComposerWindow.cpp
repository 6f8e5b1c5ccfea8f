#include "ComposerWindow.h"
#include "SendLaterDialog.h"

#include <QTextCursor>

#include "Accessibility.h"
#include "MessageBox.h"
#include "drafts/DraftStore.h"
#include "mime/Address.h"

#include <QComboBox>
#include <QDir>
#include <QFileInfo>
#include <QLabel>
#include <QListWidget>
#include <QLocale>
#include <QStatusBar>
#include <QTextEdit>
#include <QTimer>

// ComposerWindow is in four files: this one (construction, the fields as a ComposedMessage, the checks
// before sending), ComposerWindowLayout.cpp (widgets and actions), ComposerWindowAttachments.cpp and
// ComposerWindowDrafts.cpp.

namespace Postino {

namespace {
constexpr int DefaultAutosaveMs = 5000;
} // namespace

ComposerWindow::ComposerWindow(DraftStore* drafts, QWidget* parent)
    : QMainWindow(parent)
    , m_drafts(drafts)
    , m_autosave(new QTimer(this))
{
    installAccessibility();
    setObjectName(QStringLiteral("composerWindow"));
    setAcceptDrops(true);
    buildUi();
    buildActions();
    updateTitle();
    m_autosave->setInterval(DefaultAutosaveMs);
    connect(m_autosave, &QTimer::timeout, this, &ComposerWindow::autosave);
    m_autosave->start();
    resize(760, 620);
}

ComposerWindow::~ComposerWindow()
{
    if (m_drafts)
        m_drafts->waitForWrites(); // the last save or removal lands before the window is gone
}

void ComposerWindow::updateTitle()
{
    const QString subject = m_subject->text().trimmed();
    setWindowTitle(subject.isEmpty() ? tr("New Message") : tr("%1 – New Message").arg(subject));
}

void ComposerWindow::updateAddressErrors()
{
    QStringList errors;
    for (RecipientEdit* edit : {m_to, m_cc, m_bcc}) {
        if (edit->hasError())
            errors.append(tr("%1: %2").arg(edit->accessibleName(), edit->errorText()));
    }
    m_addressError->setText(errors.join(QLatin1Char('\n')));
    m_addressError->setVisible(!errors.isEmpty());
}

void ComposerWindow::showStatus(const QString& text, bool error)
{
    statusBar()->showMessage(text, error ? 0 : 5000);
}

void ComposerWindow::setIdentities(const QList<SenderIdentity>& identities)
{
    const QString current = m_from->currentText();
    m_identities = identities;
    m_from->clear();
    for (const SenderIdentity& identity : identities)
        m_from->addItem(identity.from);
    const int index = m_from->findText(current);
    if (index >= 0)
        m_from->setCurrentIndex(index);
    else if (!current.isEmpty())
        m_from->setEditText(current);
    updateSender(); // the same text may name another account now
    applySignature();
}

QString ComposerWindow::signatureFor(const QString& from) const
{
    for (const SenderIdentity& identity : m_identities) {
        if (identity.from == from.trimmed())
            return identity.signature;
    }
    return {};
}

QString ComposerWindow::signatureBlock(const QString& signature)
{
    // RFC 3676 §4.3's signature separator, "-- " on a line of its own.
    return signature.trimmed().isEmpty() ? QString() : QStringLiteral("\n\n-- \n") + signature.trimmed();
}

bool ComposerWindow::bodyEndsWith(const QString& block) const
{
    QString text = m_body->toPlainText();
    return text.endsWith(block);
}

void ComposerWindow::applySignature()
{
    const QString next = signatureBlock(signatureFor(m_from->currentText()));
    if (next == m_signatureBlock)
        return;
    if (!m_signatureBlock.isEmpty() && !bodyEndsWith(m_signatureBlock)) {
        m_signatureBlock.clear(); // the person edited it: theirs now, and no second one is added
        return;
    }
    const int position = m_body->textCursor().position();
    QTextCursor cursor(m_body->document());
    cursor.beginEditBlock();
    cursor.movePosition(QTextCursor::End);
    if (!m_signatureBlock.isEmpty()) {
        cursor.movePosition(QTextCursor::Left, QTextCursor::KeepAnchor, static_cast<int>(m_signatureBlock.size()));
        cursor.removeSelectedText();
    }
    cursor.insertText(next);
    cursor.endEditBlock();
    m_signatureBlock = next;
    QTextCursor restored = m_body->textCursor();
    restored.setPosition(qMin(position, static_cast<int>(m_body->toPlainText().size() - next.size())));
    m_body->setTextCursor(restored);
}

QString ComposerWindow::senderAccount() const
{
    const QString from = m_from->currentText().trimmed();
    for (const SenderIdentity& identity : m_identities) {
        if (identity.from == from)
            return identity.account;
    }
    return {};
}

QString ComposerWindow::senderAddress() const
{
    const auto parsed = Address::parse(m_from->currentText().trimmed());
    return parsed.ok() ? parsed.value().addrSpec() : QString();
}

void ComposerWindow::updateSender()
{
    const QString account = senderAccount();
    const QString address = senderAddress();
    const bool accountChanged = account != m_senderAccount;
    if (!accountChanged && address == m_senderAddress)
        return;
    m_senderAccount = account;
    m_senderAddress = address;
    setSenderWarning({}); // about the From before; the integrator says again for this one
    if (accountChanged)
        emit senderChanged(account);
    emit senderAddressChanged(address, account);
}

void ComposerWindow::setSenderWarning(const QString& text)
{
    if (!m_senderWarning)
        return; // still being built
    m_senderWarningText->setText(text);
    m_senderWarning->setVisible(!text.isEmpty());
}

QString ComposerWindow::senderWarning() const
{
    return m_senderWarningText->text();
}

void ComposerWindow::setAddressValidator(const AddressValidator& validator)
{
    for (RecipientEdit* edit : {m_to, m_cc, m_bcc})
        edit->setAddressValidator(validator);
}

void ComposerWindow::setKnownAddressesModel(QAbstractItemModel* model)
{
    for (RecipientEdit* edit : {m_to, m_cc, m_bcc})
        edit->setCompletionModel(model);
}

void ComposerWindow::setSizeLimit(qint64 bytes)
{
    m_sizeLimit = qMax<qint64>(0, bytes);
}

void ComposerWindow::setAutosaveInterval(int msec)
{
    m_autosave->start(qMax(10, msec));
}

ComposedMessage ComposerWindow::message() const
{
    ComposedMessage message;
    const QString from = m_from->currentText().trimmed();
    for (const SenderIdentity& identity : m_identities) {
        if (identity.from == from) {
            message.account = identity.account;
            message.identity = identity.id;
            break;
        }
    }
    message.from = from;
    message.to = m_to->text().trimmed();
    message.cc = m_cc->text().trimmed();
    message.bcc = m_bcc->text().trimmed();
    message.subject = m_subject->text();
    message.plainText = m_body->toPlainText();
    if (isRichText())
        message.html = m_body->toHtml();
    message.attachments = m_attachments;
    message.sendAt = m_sendAt;
    return message;
}

void ComposerWindow::setMessage(const ComposedMessage& message)
{
    if (!message.from.isEmpty()) {
        const int index = m_from->findText(message.from);
        if (index >= 0)
            m_from->setCurrentIndex(index);
        else
            m_from->setEditText(message.from);
    }
    m_to->setText(message.to);
    m_cc->setText(message.cc);
    m_bcc->setText(message.bcc);
    m_subject->setText(message.subject);
    setRichText(message.isRichText());
    if (message.isRichText())
        m_body->setHtml(message.html);
    else
        m_body->setPlainText(message.plainText);
    m_attachments.clear();
    addAttachments(message.attachments);
    m_sendAt = message.sendAt;
    for (RecipientEdit* edit : {m_to, m_cc, m_bcc})
        edit->validateNow();
    // A draft keeps the signature it was written with; it is swapped on a new From only if still unchanged.
    const QString block = signatureBlock(signatureFor(m_from->currentText()));
    m_signatureBlock = !block.isEmpty() && bodyEndsWith(block) ? block : QString();
}

bool ComposerWindow::sendLater()
{
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const QDateTime when = SendLaterDialog::ask(this, now.toLocalTime());
    if (!when.isValid())
        return false;
    if (when <= now) {
        showStatus(tr("That time has passed: choose a later one, or Send."), true);
        return false;
    }
    m_sendAt = when.toUTC();
    if (send())
        return true;
    m_sendAt = {};
    return false;
}

bool ComposerWindow::send()
{
    if (!checkAddresses())
        return false;
    const ComposedMessage composed = message();
    if (!checkRecipients(composed) || !checkAttachments(composed) || !confirmSize(composed))
        return false;
    m_finished = true;
    m_autosave->stop();
    removeDraft(); // after any save still under way, so that none brings the draft back
    emit sendRequested(composed);
    close();
    return true;
}

bool ComposerWindow::checkAddresses()
{
    // Check every address field now, not after the typing pause.
    QString firstError;
    RecipientEdit* firstBad = nullptr;
    for (RecipientEdit* edit : {m_to, m_cc, m_bcc}) {
        const QString error = edit->validateNow();
        if (!error.isEmpty() && !firstBad) {
            firstBad = edit;
            firstError = error;
        }
    }
    if (firstBad) {
        showStatus(tr("Not sent: %1").arg(firstError), true);
        firstBad->setFocus();
        return false;
    }
    return true;
}

bool ComposerWindow::checkRecipients(const ComposedMessage& composed)
{
    if (composed.to.isEmpty() && composed.cc.isEmpty() && composed.bcc.isEmpty()) {
        showStatus(tr("Not sent: add at least one recipient in To, Cc or Bcc."), true);
        m_to->setFocus();
        return false;
    }
    return true;
}

bool ComposerWindow::checkAttachments(const ComposedMessage& composed)
{
    QStringList missing;
    for (const QString& path : composed.attachments) {
        if (!QFileInfo(path).isFile())
            missing.append(QDir::toNativeSeparators(path));
    }
    if (!missing.isEmpty()) {
        showStatus(tr("Not sent: these attachments are no longer there: %1. Remove them or attach them again.")
                       .arg(missing.join(QStringLiteral(", "))),
                   true);
        m_attachmentList->setFocus();
        return false;
    }
    return true;
}

bool ComposerWindow::confirmSize(const ComposedMessage& composed)
{
    if (m_sizeLimit <= 0)
        return true;
    const qint64 estimate = composed.estimatedSize();
    if (estimate <= m_sizeLimit)
        return true;
    const QLocale locale;
    const QMessageBox::StandardButton answer = MessageBox::ask(
        this, QMessageBox::Warning, tr("Message Too Large?"),
        tr("This message will be about %1, but the server accepts at most %2. It will probably be "
           "refused.\n\nRemove or shrink some attachments, or send it anyway.")
            .arg(locale.formattedDataSize(estimate), locale.formattedDataSize(m_sizeLimit)),
        QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel, {{QMessageBox::Yes, tr("Send Anyway")}});
    if (answer != QMessageBox::Yes) {
        showStatus(tr("Not sent. The message is still here."));
        return false;
    }
    return true;
}

} // namespace Postino

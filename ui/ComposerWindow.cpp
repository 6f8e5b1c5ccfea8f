#include "ComposerWindow.h"

#include "MessageBox.h"
#include "drafts/DraftStore.h"

#include <QAction>
#include <QCloseEvent>
#include <QComboBox>
#include <QDateTime>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QIcon>
#include <QLabel>
#include <QListWidget>
#include <QLocale>
#include <QMenuBar>
#include <QMimeData>
#include <QPushButton>
#include <QStatusBar>
#include <QStyle>
#include <QTextEdit>
#include <QTimer>
#include <QToolBar>
#include <QVBoxLayout>

namespace Postino {

namespace {
constexpr int DefaultAutosaveMs = 5000;
ComposerWindow::FileChooser g_fileChooser;

QIcon themeIcon(const char* name, QStyle::StandardPixmap fallback, const QStyle* style)
{
    return QIcon::fromTheme(QLatin1String(name), style->standardIcon(fallback));
}
} // namespace

ComposerWindow::ComposerWindow(DraftStore* drafts, QWidget* parent)
    : QMainWindow(parent)
    , m_drafts(drafts)
    , m_autosave(new QTimer(this))
{
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

void ComposerWindow::setFileChooser(FileChooser chooser)
{
    g_fileChooser = std::move(chooser);
}

void ComposerWindow::buildUi()
{
    auto* central = new QWidget(this);
    auto* layout = new QVBoxLayout(central);

    auto* form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->setLabelAlignment(Qt::AlignRight | Qt::AlignVCenter);

    m_from = new QComboBox(central);
    m_from->setObjectName(QStringLiteral("fromCombo"));
    m_from->setAccessibleName(tr("From"));
    m_from->setEditable(true);
    m_from->setInsertPolicy(QComboBox::NoInsert);
    m_from->lineEdit()->setPlaceholderText(tr("Your name <you@example.org>"));
    m_from->lineEdit()->setAccessibleName(tr("From"));
    m_from->view()->setAccessibleName(tr("Your addresses"));
    m_from->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    connect(m_from, &QComboBox::currentTextChanged, this, &ComposerWindow::updateSender);

    auto makeRecipients = [&](const char* name, const QString& accessible, const QString& placeholder) {
        auto* edit = new RecipientEdit(central);
        edit->setObjectName(QLatin1String(name));
        edit->setAccessibleName(accessible);
        edit->setPlaceholderText(placeholder);
        connect(edit, &RecipientEdit::errorChanged, this, &ComposerWindow::updateAddressErrors);
        return edit;
    };
    m_to = makeRecipients("toEdit", tr("To"), tr("name@example.org, another@example.org"));
    m_cc = makeRecipients("ccEdit", tr("Cc"), tr("Copy to"));
    m_bcc = makeRecipients("bccEdit", tr("Bcc"), tr("Blind copy to (not shown to the others)"));

    m_subject = new QLineEdit(central);
    m_subject->setObjectName(QStringLiteral("subjectEdit"));
    m_subject->setAccessibleName(tr("Subject"));
    connect(m_subject, &QLineEdit::textChanged, this, &ComposerWindow::updateTitle);

    auto addRow = [&](const QString& label, QWidget* field) {
        auto* l = new QLabel(label, central);
        l->setBuddy(field);
        form->addRow(l, field);
    };
    addRow(tr("&From:"), m_from);
    addRow(tr("&To:"), m_to);
    addRow(tr("&Cc:"), m_cc);
    addRow(tr("&Bcc:"), m_bcc);
    addRow(tr("S&ubject:"), m_subject);
    layout->addLayout(form);

    m_addressError = new QLabel(central);
    m_addressError->setObjectName(QStringLiteral("addressErrorLabel"));
    m_addressError->setWordWrap(true);
    m_addressError->setTextInteractionFlags(Qt::TextSelectableByMouse);
    QPalette errorPalette = m_addressError->palette();
    errorPalette.setColor(QPalette::WindowText, QColor(0xc0, 0x1c, 0x28));
    m_addressError->setPalette(errorPalette);
    m_addressError->hide();
    layout->addWidget(m_addressError);

    m_attachmentBox = new QWidget(central);
    auto* attachLayout = new QHBoxLayout(m_attachmentBox);
    attachLayout->setContentsMargins(0, 0, 0, 0);
    auto* attachLabel = new QLabel(tr("Attachments:"), m_attachmentBox);
    m_attachmentList = new QListWidget(m_attachmentBox);
    m_attachmentList->setObjectName(QStringLiteral("attachmentList"));
    m_attachmentList->setAccessibleName(tr("Attachments"));
    m_attachmentList->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_attachmentList->setFlow(QListView::LeftToRight);
    m_attachmentList->setWrapping(true);
    m_attachmentList->setResizeMode(QListView::Adjust);
    m_attachmentList->setSpacing(2);
    m_attachmentList->setMaximumHeight(fontMetrics().height() * 4 + 12);
    m_attachmentList->installEventFilter(this);
    attachLabel->setBuddy(m_attachmentList);
    m_removeAttachment = new QPushButton(tr("&Remove"), m_attachmentBox);
    m_removeAttachment->setObjectName(QStringLiteral("removeAttachmentButton"));
    m_removeAttachment->setToolTip(tr("Remove the selected attachments (Delete)"));
    m_removeAttachment->setEnabled(false);
    connect(m_removeAttachment, &QPushButton::clicked, this, &ComposerWindow::removeSelectedAttachments);
    connect(m_attachmentList, &QListWidget::itemSelectionChanged, this,
            [this] { m_removeAttachment->setEnabled(!m_attachmentList->selectedItems().isEmpty()); });
    attachLayout->addWidget(attachLabel, 0, Qt::AlignTop);
    attachLayout->addWidget(m_attachmentList, 1);
    attachLayout->addWidget(m_removeAttachment, 0, Qt::AlignTop);
    m_attachmentBox->hide();
    layout->addWidget(m_attachmentBox);

    m_body = new QTextEdit(central);
    m_body->setObjectName(QStringLiteral("bodyEdit"));
    m_body->setAccessibleName(tr("Message text"));
    m_body->setAcceptRichText(false);
    m_body->setTabChangesFocus(true);
    m_body->viewport()->installEventFilter(this);
    layout->addWidget(m_body, 1);

    auto* buttons = new QHBoxLayout;
    auto* hint = new QLabel(tr("Drop files here to attach them."), central);
    hint->setEnabled(false);
    buttons->addWidget(hint, 1);
    m_sendButton = new QPushButton(tr("&Send"), central);
    m_sendButton->setObjectName(QStringLiteral("sendButton"));
    m_sendButton->setToolTip(tr("Send the message (Ctrl+Return)"));
    m_sendButton->setIcon(QIcon::fromTheme(QStringLiteral("mail-send")));
    m_sendButton->setDefault(false);
    m_sendButton->setAutoDefault(false);
    connect(m_sendButton, &QPushButton::clicked, this, &ComposerWindow::send);
    buttons->addWidget(m_sendButton);
    layout->addLayout(buttons);

    setCentralWidget(central);
    setTabOrder(m_from, m_to);
    setTabOrder(m_to, m_cc);
    setTabOrder(m_cc, m_bcc);
    setTabOrder(m_bcc, m_subject);
    setTabOrder(m_subject, m_body);
    setTabOrder(m_body, m_attachmentList);
    setTabOrder(m_attachmentList, m_removeAttachment);
    setTabOrder(m_removeAttachment, m_sendButton);
    statusBar()->setObjectName(QStringLiteral("composerStatusBar"));
}

void ComposerWindow::buildActions()
{
    m_sendAction = new QAction(themeIcon("mail-send", QStyle::SP_ArrowForward, style()), tr("&Send"), this);
    m_sendAction->setObjectName(QStringLiteral("sendAction"));
    m_sendAction->setShortcuts({QKeySequence(Qt::CTRL | Qt::Key_Return), QKeySequence(Qt::CTRL | Qt::Key_Enter)});
    m_sendAction->setShortcutContext(Qt::WindowShortcut);
    m_sendAction->setToolTip(tr("Send the message (Ctrl+Return)"));
    connect(m_sendAction, &QAction::triggered, this, &ComposerWindow::send);

    m_attachAction =
        new QAction(themeIcon("mail-attachment", QStyle::SP_FileIcon, style()), tr("&Attach Files…"), this);
    m_attachAction->setObjectName(QStringLiteral("attachAction"));
    m_attachAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_A));
    connect(m_attachAction, &QAction::triggered, this, &ComposerWindow::chooseAttachments);

    auto* saveAction =
        new QAction(themeIcon("document-save", QStyle::SP_DialogSaveButton, style()), tr("Save &Draft"), this);
    saveAction->setObjectName(QStringLiteral("saveDraftAction"));
    saveAction->setShortcut(QKeySequence::Save);
    connect(saveAction, &QAction::triggered, this, &ComposerWindow::saveDraft);

    auto* discardAction = new QAction(themeIcon("edit-delete", QStyle::SP_TrashIcon, style()), tr("&Discard"), this);
    discardAction->setObjectName(QStringLiteral("discardAction"));
    discardAction->setToolTip(tr("Delete this draft and close the window"));
    connect(discardAction, &QAction::triggered, this, &ComposerWindow::discard);

    auto* closeAction = new QAction(tr("&Close"), this);
    closeAction->setShortcut(QKeySequence::Close);
    connect(closeAction, &QAction::triggered, this, &QWidget::close);

    m_richTextAction =
        new QAction(themeIcon("format-text-rich", QStyle::SP_FileDialogDetailedView, style()), tr("&Rich Text"), this);
    m_richTextAction->setObjectName(QStringLiteral("richTextAction"));
    m_richTextAction->setCheckable(true);
    m_richTextAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_T));
    m_richTextAction->setToolTip(tr("Write with bold, italic and underline (sent as HTML with a plain text copy)"));
    connect(m_richTextAction, &QAction::toggled, this, &ComposerWindow::setRichText);

    auto formatAction = [this](const char* icon, const QString& text, QKeySequence key, auto apply) {
        auto* action = new QAction(QIcon::fromTheme(QLatin1String(icon)), text, this);
        action->setShortcut(key);
        action->setCheckable(true);
        action->setVisible(false); // shown with rich text
        connect(action, &QAction::triggered, this, [this, apply](bool on) {
            QTextCharFormat format;
            apply(format, on);
            m_body->mergeCurrentCharFormat(format);
        });
        return action;
    };
    m_boldAction = formatAction("format-text-bold", tr("&Bold"), QKeySequence::Bold,
                                [](QTextCharFormat& f, bool on) { f.setFontWeight(on ? QFont::Bold : QFont::Normal); });
    m_italicAction = formatAction("format-text-italic", tr("&Italic"), QKeySequence::Italic,
                                  [](QTextCharFormat& f, bool on) { f.setFontItalic(on); });
    m_underlineAction = formatAction("format-text-underline", tr("&Underline"), QKeySequence::Underline,
                                     [](QTextCharFormat& f, bool on) { f.setFontUnderline(on); });
    connect(m_body, &QTextEdit::currentCharFormatChanged, this, [this](const QTextCharFormat& format) {
        m_boldAction->setChecked(format.fontWeight() >= QFont::Bold);
        m_italicAction->setChecked(format.fontItalic());
        m_underlineAction->setChecked(format.fontUnderline());
    });

    QMenu* messageMenu = menuBar()->addMenu(tr("&Message"));
    messageMenu->addAction(m_sendAction);
    messageMenu->addAction(m_attachAction);
    messageMenu->addAction(saveAction);
    messageMenu->addSeparator();
    messageMenu->addAction(discardAction);
    messageMenu->addAction(closeAction);
    QMenu* formatMenu = menuBar()->addMenu(tr("F&ormat"));
    formatMenu->addAction(m_richTextAction);
    formatMenu->addSeparator();
    formatMenu->addAction(m_boldAction);
    formatMenu->addAction(m_italicAction);
    formatMenu->addAction(m_underlineAction);

    QToolBar* toolbar = addToolBar(tr("Message"));
    toolbar->setObjectName(QStringLiteral("composerToolBar"));
    toolbar->setMovable(false);
    toolbar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    toolbar->addAction(m_sendAction);
    toolbar->addAction(m_attachAction);
    toolbar->addAction(saveAction);
    toolbar->addSeparator();
    toolbar->addAction(m_richTextAction);
    toolbar->addAction(m_boldAction);
    toolbar->addAction(m_italicAction);
    toolbar->addAction(m_underlineAction);
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

void ComposerWindow::updateSender()
{
    const QString account = senderAccount();
    if (account == m_senderAccount)
        return;
    m_senderAccount = account;
    emit senderChanged(account);
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

bool ComposerWindow::isRichText() const
{
    return m_richTextAction->isChecked();
}

void ComposerWindow::setRichText(bool rich)
{
    if (m_richTextAction->isChecked() != rich) {
        m_richTextAction->setChecked(rich); // comes back here through toggled()
        return;
    }
    if (m_body->acceptRichText() == rich)
        return;
    m_body->setAcceptRichText(rich);
    for (QAction* action : {m_boldAction, m_italicAction, m_underlineAction})
        action->setVisible(rich);
    if (!rich) {
        // Back to plain text: the words stay, the formatting goes.
        const QString text = m_body->toPlainText();
        m_body->setPlainText(text);
    }
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
    for (RecipientEdit* edit : {m_to, m_cc, m_bcc})
        edit->validateNow();
}

Status ComposerWindow::loadDraft(const QString& id)
{
    if (!m_drafts)
        return Error(ErrorKind::Internal, tr("Drafts are not available in this window."));
    Result<ComposedMessage> draft = m_drafts->load(id);
    if (!draft)
        return draft.error();
    m_draftId = id;
    setMessage(draft.value());
    m_lastSaved = message();
    return {};
}

void ComposerWindow::adoptDraft(const QString& id, const ComposedMessage& saved)
{
    m_draftId = id;
    setMessage(saved);
    m_lastSaved = message();
}

void ComposerWindow::autosave()
{
    if (m_pendingWrites > 0)
        return; // the disk is slow: one periodic save at a time
    writeDraft();
}

bool ComposerWindow::writeDraft(const std::function<void(const Status&)>& then)
{
    if (!m_drafts || m_finished)
        return false;
    const ComposedMessage current = message();
    if (m_draftId.isEmpty() && current.isEmpty())
        return false; // nothing typed yet: no draft
    if (!m_draftId.isEmpty() && current == m_lastSaved)
        return false;
    if (m_draftId.isEmpty())
        m_draftId = DraftStore::newId();
    ++m_pendingWrites;
    const QString id = m_draftId;
    m_drafts->saveAsync(id, current, this, [this, id, current, then](const Status& saved) {
        --m_pendingWrites;
        if (!m_finished) {
            if (saved) {
                m_lastSaved = current; // writes finish in the order they were asked for
                showStatus(
                    tr("Draft saved at %1.").arg(QLocale().toString(QTime::currentTime(), QLocale::ShortFormat)));
                emit draftSaved(id);
            } else {
                showStatus(saved.error().message(), true);
            }
        }
        if (then)
            then(saved);
        writeFinished();
    });
    return true;
}

void ComposerWindow::removeDraft()
{
    if (!m_drafts || m_draftId.isEmpty())
        return;
    ++m_pendingWrites;
    m_drafts->removeAsync(m_draftId, this, [this](const Status&) {
        --m_pendingWrites;
        writeFinished();
    });
}

void ComposerWindow::writeFinished()
{
    if (m_closing && m_pendingWrites == 0) {
        m_closing = false;
        close(); // everything is on disk now
    }
}

void ComposerWindow::saveDraft()
{
    if (!writeDraft() && !m_finished)
        showStatus(tr("Draft saved."));
}

void ComposerWindow::discard()
{
    m_finished = true;
    m_autosave->stop();
    removeDraft(); // after any save still under way: the store writes one thing at a time, in order
    close();
}

bool ComposerWindow::send()
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
    const ComposedMessage composed = message();
    if (composed.to.isEmpty() && composed.cc.isEmpty() && composed.bcc.isEmpty()) {
        showStatus(tr("Not sent: add at least one recipient in To, Cc or Bcc."), true);
        m_to->setFocus();
        return false;
    }
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
    if (m_sizeLimit > 0) {
        const qint64 estimate = composed.estimatedSize();
        if (estimate > m_sizeLimit) {
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
        }
    }
    m_finished = true;
    m_autosave->stop();
    removeDraft(); // after any save still under way, so that none brings the draft back
    emit sendRequested(composed);
    close();
    return true;
}

void ComposerWindow::chooseAttachments()
{
    const QStringList files =
        g_fileChooser ? g_fileChooser(this) : QFileDialog::getOpenFileNames(this, tr("Attach Files"), QDir::homePath());
    addAttachments(files);
}

void ComposerWindow::addAttachments(const QStringList& paths)
{
    for (const QString& path : paths) {
        const QString absolute = QFileInfo(path).absoluteFilePath();
        if (!path.isEmpty() && !m_attachments.contains(absolute))
            m_attachments.append(absolute);
    }
    refreshAttachmentList();
}

void ComposerWindow::refreshAttachmentList()
{
    m_attachmentList->clear();
    const QLocale locale;
    for (const QString& path : std::as_const(m_attachments)) {
        const QFileInfo info(path);
        const QString label = info.isFile() ? tr("%1 (%2)").arg(info.fileName(), locale.formattedDataSize(info.size()))
                                            : tr("%1 (missing)").arg(info.fileName());
        auto* item = new QListWidgetItem(style()->standardIcon(QStyle::SP_FileIcon), label, m_attachmentList);
        item->setData(Qt::UserRole, path);
        item->setToolTip(QDir::toNativeSeparators(path));
    }
    m_attachmentBox->setVisible(!m_attachments.isEmpty());
    m_removeAttachment->setEnabled(!m_attachmentList->selectedItems().isEmpty());
}

void ComposerWindow::removeSelectedAttachments()
{
    const QList<QListWidgetItem*> selected = m_attachmentList->selectedItems();
    for (QListWidgetItem* item : selected)
        m_attachments.removeAll(item->data(Qt::UserRole).toString());
    refreshAttachmentList();
    if (m_attachments.isEmpty())
        m_body->setFocus();
}

QStringList ComposerWindow::localFiles(const QMimeData* mime)
{
    QStringList files;
    if (!mime || !mime->hasUrls())
        return files;
    for (const QUrl& url : mime->urls()) {
        if (url.isLocalFile() && QFileInfo(url.toLocalFile()).isFile())
            files.append(url.toLocalFile());
    }
    return files;
}

void ComposerWindow::dragEnterEvent(QDragEnterEvent* event)
{
    if (!localFiles(event->mimeData()).isEmpty())
        event->acceptProposedAction();
}

void ComposerWindow::dropEvent(QDropEvent* event)
{
    const QStringList files = localFiles(event->mimeData());
    if (files.isEmpty())
        return;
    addAttachments(files);
    event->acceptProposedAction();
}

bool ComposerWindow::eventFilter(QObject* watched, QEvent* event)
{
    // Files dropped on the text become attachments rather than links in the text.
    if (watched == m_body->viewport()) {
        if (event->type() == QEvent::DragEnter || event->type() == QEvent::DragMove) {
            auto* drag = static_cast<QDragMoveEvent*>(event);
            if (!localFiles(drag->mimeData()).isEmpty()) {
                drag->acceptProposedAction();
                return true;
            }
        } else if (event->type() == QEvent::Drop) {
            auto* drop = static_cast<QDropEvent*>(event);
            if (!localFiles(drop->mimeData()).isEmpty()) {
                dropEvent(drop);
                return true;
            }
        }
    } else if (watched == m_attachmentList && event->type() == QEvent::KeyPress) {
        const auto* key = static_cast<QKeyEvent*>(event);
        if (key->key() == Qt::Key_Delete || key->key() == Qt::Key_Backspace) {
            removeSelectedAttachments();
            return true;
        }
    }
    return QMainWindow::eventFilter(watched, event);
}

void ComposerWindow::closeEvent(QCloseEvent* event)
{
    if (!m_finished && !m_closeUnsaved) {
        writeDraft([this](const Status& saved) {
            if (saved)
                return;
            // The draft could not be written: the window comes back rather than lose the text silently.
            m_closing = false;
            show();
            raise();
            activateWindow();
            m_autosave->start();
            const QMessageBox::StandardButton answer =
                MessageBox::ask(this, QMessageBox::Warning, tr("Draft Not Saved"),
                                tr("The draft could not be saved, so closing now would lose what you wrote.\n\n%1")
                                    .arg(saved.error().message()),
                                QMessageBox::Discard | QMessageBox::Cancel, QMessageBox::Cancel);
            if (answer == QMessageBox::Discard) {
                m_closeUnsaved = true;
                close();
            } else {
                emit closeCancelled();
            }
        });
    }
    if (m_pendingWrites > 0) {
        // The window goes at once and closes for good once its draft is on disk (or comes back).
        event->ignore();
        m_autosave->stop();
        m_closing = true;
        hide();
        return;
    }
    m_autosave->stop();
    m_closeUnsaved = false;
    QMainWindow::closeEvent(event);
}

} // namespace Postino

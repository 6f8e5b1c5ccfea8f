// ComposerWindow: its widgets (the header fields, the address errors, the body, the send row) and its
// actions (menus, toolbar, rich text formatting). The attachments box is in ComposerWindowAttachments.cpp.
#include "ComposerWindow.h"

#include <QAction>
#include <QComboBox>
#include <QFormLayout>
#include <QFrame>
#include <QHBoxLayout>
#include <QIcon>
#include <QLabel>
#include <QListWidget>
#include <QMenuBar>
#include <QPushButton>
#include <QStatusBar>
#include <QStyle>
#include <QTextEdit>
#include <QToolBar>
#include <QVBoxLayout>

namespace Postino {

namespace {
QIcon themeIcon(const char* name, QStyle::StandardPixmap fallback, const QStyle* style)
{
    return QIcon::fromTheme(QLatin1String(name), style->standardIcon(fallback));
}

void addFormRow(QFormLayout* form, QWidget* parent, const QString& label, QWidget* field)
{
    auto* l = new QLabel(label, parent);
    l->setBuddy(field);
    form->addRow(l, field);
}
} // namespace

void ComposerWindow::buildUi()
{
    auto* central = new QWidget(this);
    auto* layout = new QVBoxLayout(central);
    layout->addLayout(buildHeaderFields(central));
    layout->addWidget(buildAddressErrorLabel(central));
    layout->addWidget(buildAttachmentBox(central));
    layout->addWidget(buildBody(central), 1);
    layout->addLayout(buildSendRow(central));
    setCentralWidget(central);
    setTabOrders();
    statusBar()->setObjectName(QStringLiteral("composerStatusBar"));
}

QFormLayout* ComposerWindow::buildHeaderFields(QWidget* central)
{
    auto* form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->setLabelAlignment(Qt::AlignRight | Qt::AlignVCenter);

    m_from = buildFromField(central);
    m_to = makeRecipientEdit(central, "toEdit", tr("To"), tr("name@example.org, another@example.org"));
    m_cc = makeRecipientEdit(central, "ccEdit", tr("Cc"), tr("Copy to"));
    m_bcc = makeRecipientEdit(central, "bccEdit", tr("Bcc"), tr("Blind copy to (not shown to the others)"));

    m_subject = new QLineEdit(central);
    m_subject->setObjectName(QStringLiteral("subjectEdit"));
    m_subject->setAccessibleName(tr("Subject"));
    connect(m_subject, &QLineEdit::textChanged, this, &ComposerWindow::updateTitle);

    addFormRow(form, central, tr("&From:"), m_from);
    form->addRow(buildSenderWarning(central)); // under the From line it is about, the whole width
    addFormRow(form, central, tr("&To:"), m_to);
    addFormRow(form, central, tr("&Cc:"), m_cc);
    addFormRow(form, central, tr("&Bcc:"), m_bcc);
    addFormRow(form, central, tr("S&ubject:"), m_subject);
    return form;
}

QComboBox* ComposerWindow::buildFromField(QWidget* central)
{
    auto* from = new QComboBox(central);
    from->setObjectName(QStringLiteral("fromCombo"));
    from->setAccessibleName(tr("From"));
    from->setEditable(true);
    from->setInsertPolicy(QComboBox::NoInsert);
    from->lineEdit()->setPlaceholderText(tr("Your name <you@example.org>"));
    from->lineEdit()->setAccessibleName(tr("From"));
    from->view()->setAccessibleName(tr("Your addresses"));
    from->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    connect(from, &QComboBox::currentTextChanged, this, &ComposerWindow::updateSender);
    connect(from, &QComboBox::currentTextChanged, this, &ComposerWindow::applySignature);
    return from;
}

RecipientEdit* ComposerWindow::makeRecipientEdit(QWidget* central, const char* name, const QString& accessible,
                                                 const QString& placeholder)
{
    auto* edit = new RecipientEdit(central);
    edit->setObjectName(QLatin1String(name));
    edit->setAccessibleName(accessible);
    edit->setPlaceholderText(placeholder);
    connect(edit, &RecipientEdit::errorChanged, this, &ComposerWindow::updateAddressErrors);
    return edit;
}

QLabel* ComposerWindow::buildAddressErrorLabel(QWidget* central)
{
    m_addressError = new QLabel(central);
    m_addressError->setObjectName(QStringLiteral("addressErrorLabel"));
    m_addressError->setWordWrap(true);
    m_addressError->setTextInteractionFlags(Qt::TextSelectableByMouse);
    QPalette errorPalette = m_addressError->palette();
    errorPalette.setColor(QPalette::WindowText, QColor(0xc0, 0x1c, 0x28));
    m_addressError->setPalette(errorPalette);
    m_addressError->hide();
    return m_addressError;
}

QWidget* ComposerWindow::buildSenderWarning(QWidget* central)
{
    m_senderWarning = new QFrame(central);
    m_senderWarning->setObjectName(QStringLiteral("senderWarning"));
    auto* frame = static_cast<QFrame*>(m_senderWarning);
    frame->setFrameShape(QFrame::StyledPanel);
    // A warning's tint, with dark text on it whatever the theme.
    QPalette tint = frame->palette();
    tint.setColor(QPalette::Window, QColor(0xfd, 0xf0, 0xc8));
    tint.setColor(QPalette::WindowText, QColor(0x3d, 0x2e, 0x00));
    frame->setPalette(tint);
    frame->setAutoFillBackground(true);
    auto* row = new QHBoxLayout(m_senderWarning);
    row->setContentsMargins(8, 4, 8, 4);
    auto* icon = new QLabel(m_senderWarning);
    icon->setPixmap(style()->standardIcon(QStyle::SP_MessageBoxWarning).pixmap(20, 20));
    row->addWidget(icon, 0, Qt::AlignTop);
    m_senderWarningText = new QLabel(m_senderWarning);
    m_senderWarningText->setObjectName(QStringLiteral("senderWarningLabel"));
    m_senderWarningText->setWordWrap(true);
    m_senderWarningText->setTextFormat(Qt::PlainText);
    m_senderWarningText->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_senderWarningText->setAccessibleName(tr("Warning about the From address"));
    row->addWidget(m_senderWarningText, 1);
    m_checkDomainButton = new QPushButton(tr("Check &Domain…"), m_senderWarning);
    m_checkDomainButton->setObjectName(QStringLiteral("checkDomainButton"));
    m_checkDomainButton->setToolTip(tr("Show what the From address's domain publishes, and what to fix"));
    connect(m_checkDomainButton, &QPushButton::clicked, this,
            [this] { emit domainCheckRequested(senderAddress(), senderAccount()); });
    row->addWidget(m_checkDomainButton, 0, Qt::AlignTop);
    m_senderWarning->hide();
    return m_senderWarning;
}

QTextEdit* ComposerWindow::buildBody(QWidget* central)
{
    m_body = new QTextEdit(central);
    m_body->setObjectName(QStringLiteral("bodyEdit"));
    m_body->setAccessibleName(tr("Message text"));
    m_body->setAcceptRichText(false);
    m_body->setTabChangesFocus(true);
    m_body->viewport()->installEventFilter(this);
    m_body->installEventFilter(this); // the keyboard's context menu
    return m_body;
}

QHBoxLayout* ComposerWindow::buildSendRow(QWidget* central)
{
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
    return buttons;
}

void ComposerWindow::setTabOrders()
{
    setTabOrder(m_from, m_checkDomainButton); // the warning's button, under the From line, while it shows
    setTabOrder(m_checkDomainButton, m_to);
    setTabOrder(m_to, m_cc);
    setTabOrder(m_cc, m_bcc);
    setTabOrder(m_bcc, m_subject);
    setTabOrder(m_subject, m_body);
    setTabOrder(m_body, m_attachmentList);
    setTabOrder(m_attachmentList, m_removeAttachment);
    setTabOrder(m_removeAttachment, m_sendButton);
}

void ComposerWindow::buildActions()
{
    buildMessageActions();
    buildFormatActions();
    buildMenus();
    buildToolBar();
    buildSpellingActions(); // its menu and button after the others
}

void ComposerWindow::buildMessageActions()
{
    m_sendAction = new QAction(themeIcon("mail-send", QStyle::SP_ArrowForward, style()), tr("&Send"), this);
    m_sendAction->setObjectName(QStringLiteral("sendAction"));
    m_sendAction->setShortcuts({QKeySequence(Qt::CTRL | Qt::Key_Return), QKeySequence(Qt::CTRL | Qt::Key_Enter)});
    m_sendAction->setShortcutContext(Qt::WindowShortcut);
    m_sendAction->setToolTip(tr("Send the message (Ctrl+Return)"));
    connect(m_sendAction, &QAction::triggered, this, &ComposerWindow::send);
    m_sendLaterAction = new QAction(tr("Send &Later…"), this);
    m_sendLaterAction->setObjectName(QStringLiteral("sendLaterAction"));
    m_sendLaterAction->setShortcuts(
        {QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Return), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Enter)});
    m_sendLaterAction->setShortcutContext(Qt::WindowShortcut);
    m_sendLaterAction->setToolTip(tr("Choose when the message goes (Ctrl+Shift+Return)"));
    connect(m_sendLaterAction, &QAction::triggered, this, &ComposerWindow::sendLater);

    m_attachAction =
        new QAction(themeIcon("mail-attachment", QStyle::SP_FileIcon, style()), tr("&Attach Files…"), this);
    m_attachAction->setObjectName(QStringLiteral("attachAction"));
    m_attachAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_A));
    connect(m_attachAction, &QAction::triggered, this, &ComposerWindow::chooseAttachments);

    m_saveDraftAction =
        new QAction(themeIcon("document-save", QStyle::SP_DialogSaveButton, style()), tr("Save &Draft"), this);
    m_saveDraftAction->setObjectName(QStringLiteral("saveDraftAction"));
    m_saveDraftAction->setShortcut(QKeySequence::Save);
    connect(m_saveDraftAction, &QAction::triggered, this, &ComposerWindow::saveDraft);

    m_discardAction = new QAction(themeIcon("edit-delete", QStyle::SP_TrashIcon, style()), tr("&Discard"), this);
    m_discardAction->setObjectName(QStringLiteral("discardAction"));
    m_discardAction->setToolTip(tr("Delete this draft and close the window"));
    connect(m_discardAction, &QAction::triggered, this, &ComposerWindow::discard);

    m_closeAction = new QAction(tr("&Close"), this);
    m_closeAction->setShortcut(QKeySequence::Close);
    connect(m_closeAction, &QAction::triggered, this, &QWidget::close);
}

void ComposerWindow::buildFormatActions()
{
    m_richTextAction =
        new QAction(themeIcon("format-text-rich", QStyle::SP_FileDialogDetailedView, style()), tr("&Rich Text"), this);
    m_richTextAction->setObjectName(QStringLiteral("richTextAction"));
    m_richTextAction->setCheckable(true);
    m_richTextAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_T));
    m_richTextAction->setToolTip(tr("Write with bold, italic and underline (sent as HTML with a plain text copy)"));
    connect(m_richTextAction, &QAction::toggled, this, &ComposerWindow::setRichText);

    m_boldAction =
        makeFormatAction("format-text-bold", tr("&Bold"), QKeySequence::Bold,
                         [](QTextCharFormat& f, bool on) { f.setFontWeight(on ? QFont::Bold : QFont::Normal); });
    m_italicAction = makeFormatAction("format-text-italic", tr("&Italic"), QKeySequence::Italic,
                                      [](QTextCharFormat& f, bool on) { f.setFontItalic(on); });
    m_underlineAction = makeFormatAction("format-text-underline", tr("&Underline"), QKeySequence::Underline,
                                         [](QTextCharFormat& f, bool on) { f.setFontUnderline(on); });
    connect(m_body, &QTextEdit::currentCharFormatChanged, this, [this](const QTextCharFormat& format) {
        m_boldAction->setChecked(format.fontWeight() >= QFont::Bold);
        m_italicAction->setChecked(format.fontItalic());
        m_underlineAction->setChecked(format.fontUnderline());
    });
}

QAction* ComposerWindow::makeFormatAction(const char* icon, const QString& text, const QKeySequence& key,
                                          const std::function<void(QTextCharFormat&, bool)>& apply)
{
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
}

void ComposerWindow::buildMenus()
{
    QMenu* messageMenu = menuBar()->addMenu(tr("&Message"));
    messageMenu->addAction(m_sendAction);
    messageMenu->addAction(m_sendLaterAction);
    messageMenu->addAction(m_attachAction);
    messageMenu->addAction(m_saveDraftAction);
    messageMenu->addSeparator();
    messageMenu->addAction(m_discardAction);
    messageMenu->addAction(m_closeAction);
    QMenu* formatMenu = menuBar()->addMenu(tr("F&ormat"));
    formatMenu->addAction(m_richTextAction);
    formatMenu->addSeparator();
    formatMenu->addAction(m_boldAction);
    formatMenu->addAction(m_italicAction);
    formatMenu->addAction(m_underlineAction);
}

void ComposerWindow::buildToolBar()
{
    QToolBar* toolbar = addToolBar(tr("Message"));
    toolbar->setObjectName(QStringLiteral("composerToolBar"));
    toolbar->setMovable(false);
    toolbar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    toolbar->addAction(m_sendAction);
    toolbar->addAction(m_attachAction);
    toolbar->addAction(m_saveDraftAction);
    toolbar->addSeparator();
    toolbar->addAction(m_richTextAction);
    toolbar->addAction(m_boldAction);
    toolbar->addAction(m_italicAction);
    toolbar->addAction(m_underlineAction);
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

} // namespace Postino

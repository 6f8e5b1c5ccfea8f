#include "MessageViewer.h"

#include "MessageBox.h"
#include "campaign/Prompt.h"
#include "sandbox/HeaderDecoder.h"
#include "sandbox/ParsedMessage.h"
#include "sandbox/SandboxMailbox.h"

#include <QDesktopServices>
#include <QDir>
#include <QFile>
#include <QFontDatabase>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSaveFile>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTextBrowser>
#include <QUrl>
#include <QVBoxLayout>

namespace Postino {

namespace {
constexpr qsizetype MaxRawShown = 4 * 1024 * 1024;

// Shows a message's HTML without fetching anything it refers to, local files included.
class InertBrowser : public QTextBrowser
{
public:
    using QTextBrowser::QTextBrowser;
    QVariant loadResource(int, const QUrl&) override { return {}; }
};

MessageViewer::Opener& opener()
{
    static MessageViewer::Opener open = [](const QUrl& url) { return QDesktopServices::openUrl(url); };
    return open;
}
} // namespace

MessageViewer::MessageViewer(QWidget* parent)
    : QWidget(parent)
    , m_headers(new QLabel(this))
    , m_tabs(new QTabWidget(this))
    , m_rendered(new InertBrowser(this))
    , m_raw(new QPlainTextEdit(this))
{
    setObjectName(QStringLiteral("messageViewer"));
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);

    m_headers->setObjectName(QStringLiteral("messageHeaders"));
    m_headers->setTextFormat(Qt::RichText);
    m_headers->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_headers->setWordWrap(true);
    m_headers->setAccessibleName(tr("Message headers"));
    layout->addWidget(m_headers);

    m_rendered->setObjectName(QStringLiteral("renderedView"));
    m_rendered->setAccessibleName(tr("Message as the recipient sees it"));
    m_rendered->setOpenLinks(false); // a sandbox viewer follows no links and loads nothing remote
    m_raw->setObjectName(QStringLiteral("rawView"));
    m_raw->setAccessibleName(tr("Message source"));
    m_raw->setReadOnly(true);
    m_raw->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_raw->setLineWrapMode(QPlainTextEdit::NoWrap);
    m_raw->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_tabs->setObjectName(QStringLiteral("messageTabs"));
    m_tabs->addTab(m_rendered, tr("&Rendered"));
    m_tabs->addTab(m_raw, tr("R&aw"));
    layout->addWidget(m_tabs, 1);
    layout->addWidget(buildAttachmentsRow());
    clear();
}

QWidget* MessageViewer::buildAttachmentsRow()
{
    m_attachmentsRow = new QWidget(this);
    auto* row = new QHBoxLayout(m_attachmentsRow);
    row->setContentsMargins(0, 0, 0, 0);
    auto* label = new QLabel(tr("Attachments:"), m_attachmentsRow);
    m_attachmentList = new QListWidget(m_attachmentsRow);
    m_attachmentList->setObjectName(QStringLiteral("attachmentList"));
    m_attachmentList->setAccessibleName(tr("Attachments"));
    m_attachmentList->setFlow(QListView::LeftToRight);
    m_attachmentList->setWrapping(true);
    m_attachmentList->setMaximumHeight(fontMetrics().height() * 4);
    label->setBuddy(m_attachmentList);
    m_openAttachment = new QPushButton(tr("&Open"), m_attachmentsRow);
    m_openAttachment->setObjectName(QStringLiteral("openAttachmentButton"));
    m_openAttachment->setToolTip(tr("Open the attachment with the program your desktop uses for its type"));
    m_saveAttachment = new QPushButton(tr("Sa&ve As…"), m_attachmentsRow);
    m_saveAttachment->setObjectName(QStringLiteral("saveAttachmentButton"));
    row->addWidget(label, 0, Qt::AlignTop);
    row->addWidget(m_attachmentList, 1);
    row->addWidget(m_openAttachment, 0, Qt::AlignTop);
    row->addWidget(m_saveAttachment, 0, Qt::AlignTop);
    connect(m_attachmentList, &QListWidget::currentRowChanged, this, &MessageViewer::updateAttachmentButtons);
    connect(m_attachmentList, &QListWidget::itemActivated, this, [this] { openSelectedAttachment(); });
    connect(m_openAttachment, &QPushButton::clicked, this, [this] { openSelectedAttachment(); });
    connect(m_saveAttachment, &QPushButton::clicked, this, [this] { saveSelectedAttachment(); });
    return m_attachmentsRow;
}

void MessageViewer::updateAttachmentButtons()
{
    const bool selected = selectedAttachment() != nullptr;
    m_openAttachment->setEnabled(selected);
    m_saveAttachment->setEnabled(selected);
}

const ParsedMessage::Attachment* MessageViewer::selectedAttachment() const
{
    const int row = m_attachmentList->currentRow();
    return row >= 0 && row < m_attachments.size() ? &m_attachments.at(row) : nullptr;
}

void MessageViewer::setOpener(Opener open)
{
    opener() = open ? std::move(open) : Opener([](const QUrl& url) { return QDesktopServices::openUrl(url); });
}

QString MessageViewer::openedAttachmentsDir()
{
    return QStandardPaths::writableLocation(QStandardPaths::CacheLocation) + QStringLiteral("/opened-attachments");
}

void MessageViewer::removeOpenedAttachments()
{
    QDir(openedAttachmentsDir()).removeRecursively();
}

QString MessageViewer::safeFileName(const QString& name)
{
    QString safe;
    for (const QChar c : name) {
        if (c == u'/' || c == u'\\' || c.category() == QChar::Other_Control || c.category() == QChar::Other_Format)
            safe += u'_';
        else
            safe += c;
    }
    safe = safe.trimmed();
    while (safe.startsWith(u'.'))
        safe.remove(0, 1); // no hidden files, no "..", no "."
    if (safe.isEmpty())
        safe = tr("attachment");
    return safe.left(200);
}

bool MessageViewer::openSelectedAttachment()
{
    const ParsedMessage::Attachment* attachment = selectedAttachment();
    if (!attachment)
        return false;
    // A folder of its own for each opened file: two attachments with one name never overwrite each other,
    // and the program that shows it may keep it open after this message is gone.
    QDir().mkpath(openedAttachmentsDir());
    QFile::setPermissions(openedAttachmentsDir(), QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
    QTemporaryDir folder(openedAttachmentsDir() + QStringLiteral("/XXXXXX"));
    folder.setAutoRemove(false);
    const QString path = folder.filePath(safeFileName(attachment->fileName));
    QFile file(path);
    const bool written =
        folder.isValid() && file.open(QIODevice::WriteOnly) && file.write(attachment->data) == attachment->data.size();
    file.close();
    // Read-only and never executable: opening an attachment shows it, it never runs it.
    file.setPermissions(QFile::ReadOwner);
    if (!written) {
        emit statusMessage(tr("%1 could not be written to %2 (%3).")
                               .arg(attachment->fileName, QDir::toNativeSeparators(path), file.errorString()));
        return false;
    }
    if (!opener()(QUrl::fromLocalFile(path))) {
        emit statusMessage(tr("No program on this desktop opens %1 (%2); use Save As… instead.")
                               .arg(safeFileName(attachment->fileName), attachment->mimeType));
        return false;
    }
    emit statusMessage(tr("Opened %1.").arg(safeFileName(attachment->fileName)));
    return true;
}

bool MessageViewer::saveSelectedAttachment()
{
    const ParsedMessage::Attachment* attachment = selectedAttachment();
    if (!attachment)
        return false;
    const QString path = Prompt::saveFile(this, tr("Save Attachment"), safeFileName(attachment->fileName), {});
    if (path.isEmpty())
        return false;
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(attachment->data) != attachment->data.size() || !file.commit()) {
        MessageBox::information(
            this, tr("Attachment Not Saved"),
            tr("%1 could not be saved to %2: %3. Choose another folder and try again.")
                .arg(safeFileName(attachment->fileName), QDir::toNativeSeparators(path), file.errorString()));
        return false;
    }
    emit statusMessage(tr("Saved %1.").arg(QDir::toNativeSeparators(path)));
    return true;
}

MessageViewer::~MessageViewer() = default;

MessageViewer::Content MessageViewer::prepare(const QByteArray& raw)
{
    Content content;
    content.message = ParsedMessage::parse(raw);
    content.source = HeaderDecoder::fromUnknown(raw.left(MaxRawShown));
    content.size = raw.size();
    return content;
}

void MessageViewer::clear()
{
    m_loading = false;
    m_headers->setText(tr("<i>Select a message to read it.</i>"));
    m_rendered->clear();
    m_raw->clear();
    m_tabs->setEnabled(false);
    m_attachments.clear();
    m_attachmentList->clear();
    m_attachmentsRow->hide();
    updateAttachmentButtons();
}

void MessageViewer::showError(const QString& text)
{
    clear();
    m_headers->setText(text.toHtmlEscaped());
}

void MessageViewer::showLoading()
{
    clear(); // nothing of the previous message stays on screen as if it were this one
    m_loading = true;
    m_headers->setText(tr("<i>Loading the message…</i>"));
}

// The GUI thread's half: the widgets, and the QTextDocuments behind them, belong to the GUI thread, so
// only the parsed and decoded text arrives here.
void MessageViewer::showMessage(const CapturedMessage& meta, const Content& content)
{
    const QLocale locale;
    showMessage(content,
                tr("from %1 to %2, received %3, %4")
                    .arg(meta.envelopeSender.isEmpty() ? tr("<> (null sender)") : meta.envelopeSender,
                         meta.envelopeRecipients.join(QStringLiteral(", ")),
                         locale.toString(meta.receivedAt.toLocalTime(), QLocale::ShortFormat),
                         locale.formattedDataSize(content.size)));
}

void MessageViewer::showMessage(const Content& content, const QString& envelope)
{
    m_loading = false;
    const ParsedMessage& message = content.message;
    QString rows;
    auto addRow = [&rows](const QString& name, const QString& value) {
        if (value.isEmpty())
            return;
        rows += QStringLiteral("<tr><td style='padding-right:8px'><b>%1</b></td><td>%2</td></tr>")
                    .arg(name.toHtmlEscaped(), value.toHtmlEscaped());
    };
    const QLocale locale;
    addRow(tr("From:"), message.from());
    addRow(tr("To:"), message.to());
    addRow(tr("Cc:"), message.cc());
    addRow(tr("Subject:"), message.subject().isEmpty() ? tr("(no subject)") : message.subject());
    const QDateTime date = message.date();
    addRow(tr("Date:"),
           date.isValid() ? locale.toString(date.toLocalTime(), QLocale::LongFormat)
                          : QString::fromLatin1(message.rawHeader("Date")));
    addRow(tr("Envelope:"), envelope);
    m_headers->setText(QStringLiteral("<table>%1</table>").arg(rows));

    if (message.hasText() || !message.hasHtml())
        m_rendered->setPlainText(message.textBody());
    else
        m_rendered->setHtml(message.htmlBody());
    m_attachments = message.attachments();
    m_attachmentList->clear();
    for (const ParsedMessage::Attachment& attachment : std::as_const(m_attachments)) {
        const QString text = tr("%1 (%2, %3)")
                                 .arg(attachment.fileName.isEmpty() ? tr("unnamed") : attachment.fileName,
                                      attachment.mimeType, locale.formattedDataSize(attachment.size));
        auto* item = new QListWidgetItem(text, m_attachmentList);
        item->setToolTip(text);
    }
    m_attachmentsRow->setVisible(!m_attachments.isEmpty());
    if (!m_attachments.isEmpty())
        m_attachmentList->setCurrentRow(0);
    updateAttachmentButtons();

    QString source = content.source;
    if (content.size > MaxRawShown)
        source += u'\n' + tr("[… %1 more not shown]").arg(locale.formattedDataSize(content.size - MaxRawShown));
    m_raw->setPlainText(source);
    m_tabs->setEnabled(true);
}

} // namespace Postino

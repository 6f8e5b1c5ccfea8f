#include "MessageViewer.h"

#include "sandbox/HeaderDecoder.h"
#include "sandbox/ParsedMessage.h"
#include "sandbox/SandboxMailbox.h"

#include <QFontDatabase>
#include <QLabel>
#include <QLocale>
#include <QPlainTextEdit>
#include <QTabWidget>
#include <QTextBrowser>
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
    clear();
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
    addRow(tr("Envelope:"),
           tr("from %1 to %2, received %3, %4")
               .arg(meta.envelopeSender.isEmpty() ? tr("<> (null sender)") : meta.envelopeSender,
                    meta.envelopeRecipients.join(QStringLiteral(", ")),
                    locale.toString(meta.receivedAt.toLocalTime(), QLocale::ShortFormat),
                    locale.formattedDataSize(content.size)));
    m_headers->setText(QStringLiteral("<table>%1</table>").arg(rows));

    if (message.hasText() || !message.hasHtml())
        m_rendered->setPlainText(message.textBody());
    else
        m_rendered->setHtml(message.htmlBody());
    if (!message.attachments().isEmpty()) {
        QStringList names;
        for (const ParsedMessage::Attachment& attachment : message.attachments()) {
            names.append(tr("%1 (%2, %3)")
                             .arg(attachment.fileName.isEmpty() ? tr("unnamed") : attachment.fileName,
                                  attachment.mimeType, locale.formattedDataSize(attachment.size)));
        }
        m_rendered->append(QString());
        m_rendered->append(tr("Attachments: %1").arg(names.join(QStringLiteral("; "))));
    }

    QString source = content.source;
    if (content.size > MaxRawShown)
        source += u'\n' + tr("[… %1 more not shown]").arg(locale.formattedDataSize(content.size - MaxRawShown));
    m_raw->setPlainText(source);
    m_tabs->setEnabled(true);
}

} // namespace Postino

// ComposerWindow: the attachments, chosen with the file dialog or dropped on the window or the text, listed
// with their sizes (or "missing") and removed with the button or the Delete key.
#include "ComposerWindow.h"

#include <QContextMenuEvent>

#include <QDir>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QLocale>
#include <QMimeData>
#include <QPushButton>
#include <QStyle>
#include <QTextEdit>

namespace Postino {

namespace {
ComposerWindow::FileChooser g_fileChooser;
} // namespace

void ComposerWindow::setFileChooser(FileChooser chooser)
{
    g_fileChooser = std::move(chooser);
}

QWidget* ComposerWindow::buildAttachmentBox(QWidget* central)
{
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
    return m_attachmentBox;
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
    // The body's context menu has the suggestions for a misspelled word: from the mouse (on the viewport) or the
    // keyboard's Menu key (on the editor, at the text cursor).
    if (event->type() == QEvent::ContextMenu && (watched == m_body->viewport() || watched == m_body)) {
        const auto* menu = static_cast<QContextMenuEvent*>(event);
        showBodyContextMenu(watched == m_body && menu->reason() == QContextMenuEvent::Keyboard
                                ? m_body->cursorRect().center()
                                : (watched == m_body ? m_body->viewport()->mapFrom(m_body, menu->pos()) : menu->pos()));
        return true;
    }
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

} // namespace Postino

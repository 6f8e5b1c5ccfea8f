#pragma once

#include "sandbox/ParsedMessage.h"

#include <QWidget>

#include <functional>

class QLabel;
class QListWidget;
class QPlainTextEdit;
class QPushButton;
class QTabWidget;
class QTextBrowser;
class QUrl;

namespace Postino {

struct CapturedMessage;

// Shows one message read-only (a captured one, or one of the Sent folder): the main headers and envelope,
// then a Rendered tab (the plain text, or the HTML when there is no plain text) and a Raw tab (the bytes,
// monospace, selectable and copyable), and under them the attachments, each of which can be opened with
// the desktop's program for its type or saved.
//
// A message can be tens of megabytes, so showing one has two halves: prepare() parses and decodes the
// bytes on any thread (the caller runs it on a worker, while showLoading() is on screen), and
// showMessage() puts the result into the widgets on the GUI thread.
class MessageViewer : public QWidget
{
    Q_OBJECT
public:
    // A message made ready to show. Plain data: made on a worker thread, shown on the GUI thread.
    struct Content
    {
        ParsedMessage message;
        QString source; // the raw message as text, its first 4 MiB at most
        qint64 size = 0; // of the whole raw message
    };

    explicit MessageViewer(QWidget* parent = nullptr);
    ~MessageViewer() override;

    // Safe on any thread: touches no widget, no QTextDocument and no pixmap.
    [[nodiscard]] static Content prepare(const QByteArray& raw);

    void showLoading();
    // A message the test server captured: its envelope as received.
    void showMessage(const CapturedMessage& meta, const Content& content);
    // Any message; envelope: the line shown beside "Envelope:" (empty: none).
    void showMessage(const Content& content, const QString& envelope);
    void showError(const QString& text);
    void clear();

    [[nodiscard]] bool isLoading() const { return m_loading; }
    [[nodiscard]] QTabWidget* tabs() const { return m_tabs; }
    [[nodiscard]] QListWidget* attachmentList() const { return m_attachmentList; }

    // Writes the selected attachment to a private folder and opens it with the desktop's program for its
    // type; false (and the reason on statusMessage()) when it could not.
    bool openSelectedAttachment();
    // Asks where (Prompt::saveFile) and writes the selected attachment there.
    bool saveSelectedAttachment();

    // Test seam: how a file is opened (default: QDesktopServices::openUrl).
    using Opener = std::function<bool(const QUrl& url)>;
    static void setOpener(Opener opener);
    // Where opened attachments are written: a folder of their own under the cache, readable only by the
    // user, emptied when Postino starts (removeOpenedAttachments()).
    [[nodiscard]] static QString openedAttachmentsDir();
    static void removeOpenedAttachments();
    // A name that is safe as a file name: no folders, no control characters, never empty.
    [[nodiscard]] static QString safeFileName(const QString& name);

signals:
    void statusMessage(const QString& text);

private:
    QWidget* buildAttachmentsRow();
    void updateAttachmentButtons();
    [[nodiscard]] const ParsedMessage::Attachment* selectedAttachment() const;

    QLabel* m_headers;
    QTabWidget* m_tabs;
    QTextBrowser* m_rendered;
    QPlainTextEdit* m_raw;
    QWidget* m_attachmentsRow = nullptr;
    QListWidget* m_attachmentList = nullptr;
    QPushButton* m_openAttachment = nullptr;
    QPushButton* m_saveAttachment = nullptr;
    QList<ParsedMessage::Attachment> m_attachments;
    bool m_loading = false;
};

} // namespace Postino

#pragma once

#include "sandbox/ParsedMessage.h"

#include <QWidget>

class QLabel;
class QPlainTextEdit;
class QTabWidget;
class QTextBrowser;

namespace Postino {

struct CapturedMessage;

// Shows one captured message read-only: the main headers and envelope, then a Rendered tab (the
// plain text, or the HTML when there is no plain text, and the attachments' names) and a Raw tab
// (the bytes as received, monospace, selectable and copyable).
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
    void showMessage(const CapturedMessage& meta, const Content& content);
    void showError(const QString& text);
    void clear();

    [[nodiscard]] bool isLoading() const { return m_loading; }
    [[nodiscard]] QTabWidget* tabs() const { return m_tabs; }

private:
    QLabel* m_headers;
    QTabWidget* m_tabs;
    QTextBrowser* m_rendered;
    QPlainTextEdit* m_raw;
    bool m_loading = false;
};

} // namespace Postino

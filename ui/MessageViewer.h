#pragma once

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
class MessageViewer : public QWidget
{
    Q_OBJECT
public:
    explicit MessageViewer(QWidget* parent = nullptr);
    ~MessageViewer() override;

    void showMessage(const CapturedMessage& meta, const QByteArray& raw);
    void showError(const QString& text);
    void clear();

    [[nodiscard]] QTabWidget* tabs() const { return m_tabs; }

private:
    QLabel* m_headers;
    QTabWidget* m_tabs;
    QTextBrowser* m_rendered;
    QPlainTextEdit* m_raw;
};

} // namespace Postino

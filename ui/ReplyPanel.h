#pragma once

#include <QWidget>

class QLabel;
class QPlainTextEdit;
class QPushButton;
class QToolButton;

namespace Postino {

// What a server said, for people: the plain-words explanation always visible, the raw reply (or
// transcript) one click away, selectable and with a Copy button for the provider's support desk.
class ReplyPanel : public QWidget
{
    Q_OBJECT
public:
    explicit ReplyPanel(const QString& objectNamePrefix, QWidget* parent = nullptr);

    // error: red text; raw may be empty (then the toggle is hidden).
    void setReply(const QString& explanation, const QString& raw, bool error);
    void clear();
    [[nodiscard]] QString explanation() const;
    [[nodiscard]] QString raw() const;
    [[nodiscard]] QPlainTextEdit* rawView() const { return m_raw; }

private:
    QLabel* m_explanation;
    QToolButton* m_toggle;
    QPlainTextEdit* m_raw;
    QPushButton* m_copy;
};

} // namespace Postino

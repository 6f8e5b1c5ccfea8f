#pragma once

#include <QDateTime>
#include <QDialog>

class QDateTimeEdit;
class QLabel;

namespace Postino {

// Send Later: when the message should go. Offers the next round hours and tomorrow morning, or any time to
// the minute; a time already past is refused. The outbox keeps the message until then (OutboxItem::notBefore).
class SendLaterDialog : public QDialog
{
    Q_OBJECT
public:
    explicit SendLaterDialog(const QDateTime& now, QWidget* parent = nullptr);

    [[nodiscard]] QDateTime chosen() const; // local time, to the minute
    [[nodiscard]] QDateTimeEdit* editor() const { return m_edit; }

    // Asks; an invalid time when cancelled. Tests answer with setNextAnswer() (an invalid one: cancel).
    [[nodiscard]] static QDateTime ask(QWidget* parent, const QDateTime& now = QDateTime::currentDateTime());
    static void setNextAnswer(const QDateTime& answer);

private:
    void updateHint();

    QDateTime m_now;
    QDateTimeEdit* m_edit;
    QLabel* m_hint;
};

} // namespace Postino

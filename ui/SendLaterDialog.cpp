#include "SendLaterDialog.h"

#include "RelativeTime.h"

#include <QDateTimeEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

#include <optional>

namespace Postino {

namespace {
std::optional<QDateTime>& nextAnswer()
{
    static std::optional<QDateTime> answer;
    return answer;
}

QDateTime toMinute(const QDateTime& t)
{
    return QDateTime(t.date(), QTime(t.time().hour(), t.time().minute()), t.timeSpec());
}
} // namespace

SendLaterDialog::SendLaterDialog(const QDateTime& now, QWidget* parent)
    : QDialog(parent)
    , m_now(now.toLocalTime())
    , m_edit(new QDateTimeEdit(this))
    , m_hint(new QLabel(this))
{
    setObjectName(QStringLiteral("sendLaterDialog"));
    setWindowTitle(tr("Send Later"));
    auto* layout = new QVBoxLayout(this);
    auto* intro = new QLabel(tr("The message waits in the outbox and goes at this time, while Postino runs (it "
                                "can run in the tray, or start at login)."),
                             this);
    intro->setWordWrap(true);
    layout->addWidget(intro);

    // A few choices people use most, then any time.
    const QDateTime inAnHour = toMinute(m_now.addSecs(3600));
    QDateTime tomorrow(m_now.date().addDays(1), QTime(8, 0), m_now.timeSpec());
    auto* quick = new QHBoxLayout;
    const std::pair<QString, QDateTime> choices[] = {
        {tr("In an &Hour"), inAnHour},
        {tr("&Tomorrow at 8:00"), tomorrow},
    };
    int n = 0;
    for (const auto& [text, when] : choices) {
        auto* button = new QPushButton(text, this);
        button->setObjectName(QStringLiteral("sendLaterChoice%1").arg(n++));
        button->setAutoDefault(false);
        connect(button, &QPushButton::clicked, this, [this, at = when] { m_edit->setDateTime(at); });
        quick->addWidget(button);
    }
    quick->addStretch(1);
    layout->addLayout(quick);

    m_edit->setObjectName(QStringLiteral("sendLaterEdit"));
    m_edit->setAccessibleName(tr("Send at"));
    m_edit->setCalendarPopup(true);
    m_edit->setDisplayFormat(QLocale().dateTimeFormat(QLocale::ShortFormat));
    m_edit->setMinimumDateTime(toMinute(m_now));
    m_edit->setDateTime(inAnHour);
    auto* form = new QFormLayout;
    form->addRow(tr("Send &at:"), m_edit);
    layout->addLayout(form);
    m_hint->setObjectName(QStringLiteral("sendLaterHint"));
    layout->addWidget(m_hint);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("Send &Later"));
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    connect(m_edit, &QDateTimeEdit::dateTimeChanged, this, &SendLaterDialog::updateHint);
    updateHint();
}

QDateTime SendLaterDialog::chosen() const
{
    return toMinute(m_edit->dateTime());
}

void SendLaterDialog::updateHint()
{
    m_hint->setText(tr("Goes at %1.").arg(RelativeTime::clockAndDistance(chosen(), m_now)));
}

QDateTime SendLaterDialog::ask(QWidget* parent, const QDateTime& now)
{
    if (nextAnswer()) {
        const QDateTime answer = *nextAnswer();
        nextAnswer().reset();
        return answer;
    }
    SendLaterDialog dialog(now, parent);
    return dialog.exec() == QDialog::Accepted ? dialog.chosen() : QDateTime();
}

void SendLaterDialog::setNextAnswer(const QDateTime& answer)
{
    nextAnswer() = answer;
}

} // namespace Postino

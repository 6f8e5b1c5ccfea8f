#include "MessageBox.h"

#include <QAbstractButton>

namespace Postino {

namespace {
QMessageBox::StandardButton g_nextAnswer = QMessageBox::NoButton;
int g_shown = 0;
QString g_lastText;
} // namespace

void MessageBox::setNextAnswer(QMessageBox::StandardButton button)
{
    g_nextAnswer = button;
}

int MessageBox::shownCount()
{
    return g_shown;
}

QString MessageBox::lastText()
{
    return g_lastText;
}

void MessageBox::resetCounters()
{
    g_shown = 0;
    g_lastText.clear();
    g_nextAnswer = QMessageBox::NoButton;
}

bool MessageBox::takeNextAnswer(const QString& text, QMessageBox::StandardButton* answer)
{
    ++g_shown;
    g_lastText = text;
    if (g_nextAnswer == QMessageBox::NoButton)
        return false;
    *answer = g_nextAnswer;
    g_nextAnswer = QMessageBox::NoButton;
    return true;
}

QMessageBox::StandardButton MessageBox::ask(QWidget* parent, QMessageBox::Icon icon, const QString& title,
                                            const QString& text, QMessageBox::StandardButtons buttons,
                                            QMessageBox::StandardButton defaultButton,
                                            const QHash<QMessageBox::StandardButton, QString>& buttonTexts)
{
    QMessageBox::StandardButton answer = QMessageBox::NoButton;
    if (takeNextAnswer(text, &answer))
        return answer;
    QMessageBox box(icon, title, text, buttons, parent);
    box.setDefaultButton(defaultButton);
    for (auto it = buttonTexts.cbegin(); it != buttonTexts.cend(); ++it) {
        if (QAbstractButton* button = box.button(it.key()))
            button->setText(it.value());
    }
    return static_cast<QMessageBox::StandardButton>(box.exec());
}

void MessageBox::information(QWidget* parent, const QString& title, const QString& text)
{
    (void)ask(parent, QMessageBox::Information, title, text, QMessageBox::Ok, QMessageBox::Ok);
}

void MessageBox::about(QWidget* parent, const QString& title, const QString& text)
{
    QMessageBox::StandardButton answer = QMessageBox::NoButton;
    if (takeNextAnswer(text, &answer))
        return;
    QMessageBox::about(parent, title, text);
}

} // namespace Postino

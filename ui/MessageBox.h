#pragma once

#include <QHash>
#include <QMessageBox>

namespace Postino {

// Every modal question goes through here, so GUI tests can answer it without a dialog appearing
// (as KeePassXC's MessageBox::setNextAnswer does): setNextAnswer(button) makes the next call return
// that button at once. shownCount()/lastText() let tests check that a question was asked.
class MessageBox
{
public:
    static QMessageBox::StandardButton ask(QWidget* parent, QMessageBox::Icon icon, const QString& title,
                                           const QString& text, QMessageBox::StandardButtons buttons,
                                           QMessageBox::StandardButton defaultButton,
                                           const QHash<QMessageBox::StandardButton, QString>& buttonTexts = {});
    static void information(QWidget* parent, const QString& title, const QString& text);
    static void about(QWidget* parent, const QString& title, const QString& text);

    // Test seam: the answer to the next question (NoButton: ask for real).
    static void setNextAnswer(QMessageBox::StandardButton button);
    [[nodiscard]] static int shownCount();
    [[nodiscard]] static QString lastText();
    static void resetCounters();

private:
    static bool takeNextAnswer(const QString& text, QMessageBox::StandardButton* answer);
};

} // namespace Postino

#include "Prompt.h"

#include <QDir>
#include <QFileDialog>
#include <QInputDialog>

namespace Postino {

namespace {
QStringList g_answers;
} // namespace

void Prompt::setNextAnswers(const QStringList& answers)
{
    g_answers = answers;
}

int Prompt::pendingAnswers()
{
    return static_cast<int>(g_answers.size());
}

bool Prompt::takeNextAnswer(QString* answer)
{
    if (g_answers.isEmpty())
        return false;
    *answer = g_answers.takeFirst();
    return true;
}

QString Prompt::openFile(QWidget* parent, const QString& title, const QString& filter)
{
    QString answer;
    if (takeNextAnswer(&answer))
        return answer;
    return QFileDialog::getOpenFileName(parent, title, QDir::homePath(), filter);
}

QString Prompt::saveFile(QWidget* parent, const QString& title, const QString& suggestedName, const QString& filter)
{
    QString answer;
    if (takeNextAnswer(&answer))
        return answer;
    return QFileDialog::getSaveFileName(parent, title, QDir::home().filePath(suggestedName), filter);
}

QString Prompt::text(QWidget* parent, const QString& title, const QString& label)
{
    QString answer;
    if (takeNextAnswer(&answer))
        return answer;
    bool ok = false;
    const QString typed = QInputDialog::getText(parent, title, label, QLineEdit::Normal, {}, &ok);
    return ok ? typed.trimmed() : QString();
}

} // namespace Postino

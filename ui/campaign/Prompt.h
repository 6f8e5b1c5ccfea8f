#pragma once

#include <QString>
#include <QStringList>

class QWidget;

namespace Postino {

// The campaign windows' file dialogs and one-line questions, with a test seam as MessageBox has:
// setNextAnswers() makes the next calls return those answers at once (an empty one: cancelled), without
// a dialog appearing.
class Prompt
{
public:
    [[nodiscard]] static QString openFile(QWidget* parent, const QString& title, const QString& filter);
    [[nodiscard]] static QString saveFile(QWidget* parent, const QString& title, const QString& suggestedName,
                                          const QString& filter);
    // A line of text (empty: cancelled).
    [[nodiscard]] static QString text(QWidget* parent, const QString& title, const QString& label);

    // Test seam: the answers to the next questions, in order.
    static void setNextAnswers(const QStringList& answers);
    [[nodiscard]] static int pendingAnswers();

private:
    static bool takeNextAnswer(QString* answer);
};

} // namespace Postino

#pragma once

#include <QAbstractItemView>
#include <QComboBox>
#include <QHeaderView>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QStringList>
#include <QTextEdit>
#include <QWidget>

namespace Postino::Test {

// Every input in the tree (line edits, text edits, combo boxes, item views) that a screen reader
// could not name: "objectName (ClassName)" for each one without an accessibleName.
inline QStringList unnamedInputs(const QWidget* root)
{
    QStringList unnamed;
    const QList<QWidget*> widgets = root->findChildren<QWidget*>();
    for (const QWidget* widget : widgets) {
        const bool input = qobject_cast<const QLineEdit*>(widget) || qobject_cast<const QTextEdit*>(widget)
            || qobject_cast<const QPlainTextEdit*>(widget) || qobject_cast<const QComboBox*>(widget)
            || (qobject_cast<const QAbstractItemView*>(widget) && !qobject_cast<const QHeaderView*>(widget));
        if (input && widget->accessibleName().trimmed().isEmpty())
            unnamed.append(widget->objectName() + u" (" + QLatin1String(widget->metaObject()->className()) + u')');
    }
    return unnamed;
}

} // namespace Postino::Test

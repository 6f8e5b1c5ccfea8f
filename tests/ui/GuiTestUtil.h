#pragma once

#include "common/WriteHook.h"

#include <QAbstractItemView>
#include <QAbstractSpinBox>
#include <QAccessible>
#include <QComboBox>
#include <QHeaderView>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QStringList>
#include <QTextEdit>
#include <QThread>
#include <QWidget>

#include <atomic>
#include <functional>
#include <mutex>

namespace Postino::Test {

// The inputs a screen reader would meet without a name, walking the accessibility tree (what AT-SPI
// shows) from root: "Role objectName (value)" for each visible input whose name is empty, or, for a combo
// box, is only its current value (Qt's default on Linux; Postino's installAccessibility() fixes it). Item
// views are checked themselves, not their cells.
inline QStringList unnamedAccessibleInputs(QWidget* root)
{
    QStringList unnamed;
    const std::function<void(QAccessibleInterface*, int)> walk = [&](QAccessibleInterface* node, int depth) {
        if (!node || !node->isValid() || depth > 64 || node->state().invisible)
            return;
        const QAccessible::Role role = node->role();
        const bool input = role == QAccessible::EditableText || role == QAccessible::ComboBox
            || role == QAccessible::SpinBox || role == QAccessible::List || role == QAccessible::Tree
            || role == QAccessible::Table || role == QAccessible::CheckBox || role == QAccessible::RadioButton
            || role == QAccessible::Slider || role == QAccessible::PushButton || role == QAccessible::ButtonMenu;
        if (input) {
            const QString name = node->text(QAccessible::Name).trimmed();
            const QString value = node->text(QAccessible::Value).trimmed();
            const bool valueOnly = role == QAccessible::ComboBox && !value.isEmpty() && name == value;
            if (name.isEmpty() || valueOnly) {
                const QObject* object = node->object();
                unnamed.append(
                    QStringLiteral("%1 %2 (%3)")
                        .arg(QString::number(int(role)),
                             object ? object->objectName() + u'/' + QLatin1String(object->metaObject()->className())
                                    : QStringLiteral("?"),
                             value));
            }
        }
        if (role == QAccessible::List || role == QAccessible::Tree || role == QAccessible::Table)
            return;
        for (int i = 0; i < node->childCount(); ++i)
            walk(node->child(i), depth + 1);
    };
    walk(QAccessible::queryAccessibleInterface(root), 0);
    return unnamed;
}

// Every input in the tree (line edits, text edits, combo boxes, item views) that a screen reader
// could not name: "objectName (ClassName)" for each one without an accessibleName, and what
// unnamedAccessibleInputs() finds in the accessibility tree of a visible root.
inline QStringList unnamedInputs(const QWidget* root)
{
    QStringList unnamed;
    const QList<QWidget*> widgets = root->findChildren<QWidget*>();
    for (const QWidget* widget : widgets) {
        const bool input = qobject_cast<const QLineEdit*>(widget) || qobject_cast<const QTextEdit*>(widget)
            || qobject_cast<const QPlainTextEdit*>(widget) || qobject_cast<const QComboBox*>(widget)
            || (qobject_cast<const QAbstractItemView*>(widget) && !qobject_cast<const QHeaderView*>(widget));
        // A spin box's own line edit is read out as the spin box, which is named itself.
        const auto* spin = qobject_cast<const QAbstractSpinBox*>(widget->parentWidget());
        if (spin && !spin->accessibleName().trimmed().isEmpty())
            continue;
        if (input && widget->accessibleName().trimmed().isEmpty())
            unnamed.append(widget->objectName() + u" (" + QLatin1String(widget->metaObject()->className()) + u')');
    }
    if (root->isVisible())
        unnamed += unnamedAccessibleInputs(const_cast<QWidget*>(root));
    return unnamed;
}

// For the stores' write hooks (test seams): records the thread and path of every write, and fails
// it with failWith's errno (0: the write goes ahead).
class WriteWatch
{
public:
    [[nodiscard]] WriteHook hook()
    {
        return [this](Disk::Step, const QString& path) {
            const std::lock_guard<std::mutex> lock(m_mutex);
            m_threads.append(QThread::currentThread());
            m_paths.append(path);
            return m_failWith.load();
        };
    }
    void failWith(int error) { m_failWith = error; }
    [[nodiscard]] int count() const
    {
        const std::lock_guard<std::mutex> lock(m_mutex);
        return int(m_threads.size());
    }
    // The writes made on the calling (GUI) thread, by path.
    [[nodiscard]] QStringList onThisThread() const
    {
        const std::lock_guard<std::mutex> lock(m_mutex);
        QStringList paths;
        for (qsizetype i = 0; i < m_threads.size(); ++i) {
            if (m_threads.at(i) == QThread::currentThread())
                paths.append(m_paths.at(i));
        }
        return paths;
    }

private:
    mutable std::mutex m_mutex;
    QList<QThread*> m_threads;
    QStringList m_paths;
    std::atomic<int> m_failWith {0};
};

} // namespace Postino::Test

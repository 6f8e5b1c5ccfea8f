#pragma once

#include "common/WriteHook.h"

#include "Translations.h"
#include "WholeTextDelegate.h"

#include <QAbstractItemView>
#include <QAbstractSpinBox>
#include <QAccessible>
#include <QApplication>
#include <QComboBox>
#include <QHeaderView>
#include <QLineEdit>
#include <QLocale>
#include <QPlainTextEdit>
#include <QStringList>
#include <QTextEdit>
#include <QTextLayout>
#include <QThread>
#include <QTranslator>
#include <QTreeView>
#include <QWidget>
#include <QtMath>

#include <atomic>
#include <functional>
#include <memory>
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
// it with failWith's errno (0: the write goes ahead). What it records lives as long as the last copy of its
// hook, so a store's thread that writes after the test's watch went out of scope writes into nothing that
// is gone (ASan found a journal sync thread doing so in TestAppController).
class WriteWatch
{
public:
    [[nodiscard]] WriteHook hook()
    {
        return [state = m_state](Disk::Step, const QString& path) {
            const std::lock_guard<std::mutex> lock(state->mutex);
            state->threads.append(QThread::currentThread());
            state->paths.append(path);
            return state->failWith.load();
        };
    }
    void failWith(int error) { m_state->failWith = error; }
    [[nodiscard]] int count() const
    {
        const std::lock_guard<std::mutex> lock(m_state->mutex);
        return int(m_state->threads.size());
    }
    // The writes made on the calling (GUI) thread, by path.
    [[nodiscard]] QStringList onThisThread() const
    {
        const std::lock_guard<std::mutex> lock(m_state->mutex);
        QStringList paths;
        for (qsizetype i = 0; i < m_state->threads.size(); ++i) {
            if (m_state->threads.at(i) == QThread::currentThread())
                paths.append(m_state->paths.at(i));
        }
        return paths;
    }

private:
    struct State
    {
        std::mutex mutex;
        QList<QThread*> threads;
        QStringList paths;
        std::atomic<int> failWith {0};
    };
    std::shared_ptr<State> m_state = std::make_shared<State>();
};

// The size text takes wrapped at width as an item view wraps it (at word boundaries, or anywhere in a word
// longer than the line, such as a fingerprint).
inline QSize wrappedTextSize(const QString& text, const QFont& font, int width)
{
    QTextLayout layout(text, font);
    QTextOption wrap;
    wrap.setWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);
    layout.setTextOption(wrap);
    qreal height = 0;
    qreal widest = 0;
    layout.beginLayout();
    for (QTextLine line = layout.createLine(); line.isValid(); line = layout.createLine()) {
        line.setLineWidth(width);
        height += line.height();
        widest = qMax(widest, line.naturalTextWidth());
    }
    layout.endLayout();
    return {qCeil(widest), qCeil(height)};
}

// What a person cannot read in view: "header C (text)" for a column narrower than its header's size hint, and
// "row R column C (text)" for each visible cell whose text is wider than its cell (or, where the cell wraps,
// taller than its row), icon and margins taken off. A column in elidable may cut its text only if the cell
// has a tooltip or the view's delegate is a WholeTextDelegate, which shows the whole text in one (the whole
// text must also be one click away in the page: the caller's promise).
inline QStringList cutOffTexts(const QTreeView* view, const QList<int>& elidable = {})
{
    QStringList cut;
    const QAbstractItemModel* model = view->model();
    const QHeaderView* header = view->header();
    for (int c = 0; c < model->columnCount(); ++c) {
        if (!header->isSectionHidden(c) && header->sectionSize(c) < header->sectionSizeHint(c))
            cut << QStringLiteral("header %1 (%2 < %3 px: %4)")
                       .arg(c)
                       .arg(header->sectionSize(c))
                       .arg(header->sectionSizeHint(c))
                       .arg(model->headerData(c, Qt::Horizontal).toString());
    }
    const QStyle* style = view->style();
    const int margin = style->pixelMetric(QStyle::PM_FocusFrameHMargin, nullptr, view) + 1;
    for (int r = 0; r < model->rowCount(); ++r) {
        for (int c = 0; c < model->columnCount(); ++c) {
            const QModelIndex index = model->index(r, c);
            const QString text = index.data().toString();
            const QRect rect = view->visualRect(index);
            if (text.isEmpty() || rect.isEmpty() || header->isSectionHidden(c))
                continue;
            QStyleOptionViewItem option;
            option.initFrom(view);
            option.rect = rect;
            option.text = text;
            option.font = view->font();
            option.fontMetrics = view->fontMetrics();
            option.features = QStyleOptionViewItem::HasDisplay;
            option.decorationSize = view->iconSize().isValid()
                ? view->iconSize()
                : QSize(style->pixelMetric(QStyle::PM_SmallIconSize), style->pixelMetric(QStyle::PM_SmallIconSize));
            if (!index.data(Qt::DecorationRole).isNull())
                option.features |= QStyleOptionViewItem::HasDecoration;
            const QRect room = style->subElementRect(QStyle::SE_ItemViewItemText, &option, view);
            const int width = room.width() - 2 * margin;
            const QSize needed = wrappedTextSize(text, option.font, qMax(1, width));
            const bool oneLine = option.fontMetrics.horizontalAdvance(text) <= width;
            const bool wrapsInRow = needed.width() <= width && needed.height() <= rect.height();
            if (oneLine || wrapsInRow)
                continue;
            const bool tooltip = !index.data(Qt::ToolTipRole).toString().isEmpty()
                || qobject_cast<const WholeTextDelegate*>(view->itemDelegateForIndex(index));
            if (elidable.contains(c) && tooltip)
                continue;
            cut << QStringLiteral("row %1 column %2 (%3 px wide, %4 high for %5 x %6: %7)")
                       .arg(r)
                       .arg(c)
                       .arg(option.fontMetrics.horizontalAdvance(text))
                       .arg(needed.height())
                       .arg(width)
                       .arg(rect.height())
                       .arg(text);
        }
    }
    return cut;
}

// The application in another language for the life of this object (the catalogues as the application
// installs them, Qt's own included); the language before it afterwards.
class ScopedLanguage
{
public:
    explicit ScopedLanguage(const QString& language)
        : m_locale(QLocale())
    {
        m_before = QCoreApplication::instance()->findChildren<QTranslator*>(QString(), Qt::FindDirectChildrenOnly);
        for (QTranslator* translator : std::as_const(m_before))
            QCoreApplication::removeTranslator(translator);
        Translations::install(QCoreApplication::instance(), language);
    }
    ~ScopedLanguage()
    {
        const QList<QTranslator*> now =
            QCoreApplication::instance()->findChildren<QTranslator*>(QString(), Qt::FindDirectChildrenOnly);
        for (QTranslator* translator : now) {
            if (!m_before.contains(translator)) {
                QCoreApplication::removeTranslator(translator);
                delete translator;
            }
        }
        for (QTranslator* translator : std::as_const(m_before))
            QCoreApplication::installTranslator(translator);
        QLocale::setDefault(m_locale);
    }
    ScopedLanguage(const ScopedLanguage&) = delete;
    ScopedLanguage& operator=(const ScopedLanguage&) = delete;

private:
    QLocale m_locale;
    QList<QTranslator*> m_before;
};

} // namespace Postino::Test

#include "Accessibility.h"

#include <QAbstractItemView>
#include <QAccessible>
#include <QAccessibleWidget>
#include <QApplication>
#include <QComboBox>
#include <QCoreApplication>
#include <QLineEdit>

namespace Postino {

namespace {

// A combo box named by its accessibleName (else by its label), its value the current text, its list of
// choices its one child, with the press / showMenu actions of Qt's own.
class NamedComboBox final : public QAccessibleWidget
{
public:
    explicit NamedComboBox(QComboBox* combo)
        : QAccessibleWidget(combo, QAccessible::ComboBox)
    { }

    [[nodiscard]] QComboBox* combo() const { return static_cast<QComboBox*>(object()); }

    [[nodiscard]] QString text(QAccessible::Text t) const override
    {
        switch (t) {
        case QAccessible::Name: {
            const QString name = combo()->accessibleName();
            if (!name.isEmpty())
                return name;
            const auto labels = relations(QAccessible::Label);
            for (const auto& [label, relation] : labels) {
                if (label)
                    return label->text(QAccessible::Name);
            }
            return combo()->currentText();
        }
        case QAccessible::Value:
            return combo()->isEditable() && combo()->lineEdit() ? combo()->lineEdit()->text() : combo()->currentText();
        default:
            return QAccessibleWidget::text(t);
        }
    }

    // The list of choices, once the combo box has made it (asking combo()->view() would make it).
    [[nodiscard]] QAbstractItemView* list() const { return combo()->findChild<QAbstractItemView*>(); }

    [[nodiscard]] int childCount() const override { return list() ? 1 : 0; }
    [[nodiscard]] QAccessibleInterface* child(int index) const override
    {
        QAbstractItemView* view = list();
        return index == 0 && view ? QAccessible::queryAccessibleInterface(view) : nullptr;
    }
    [[nodiscard]] int indexOfChild(const QAccessibleInterface* child) const override
    {
        QAbstractItemView* view = list();
        return child && view && child->object() == view ? 0 : -1;
    }

    [[nodiscard]] QAccessible::State state() const override
    {
        QAccessible::State s = QAccessibleWidget::state();
        s.expandable = true;
        s.expanded = list() && list()->isVisible();
        s.editable = combo()->isEditable();
        return s;
    }

    [[nodiscard]] QStringList actionNames() const override
    {
        return QStringList {showMenuAction(), pressAction()} + QAccessibleWidget::actionNames();
    }
    void doAction(const QString& actionName) override
    {
        if (actionName == showMenuAction() || actionName == pressAction()) {
            if (list() && list()->isVisible())
                combo()->hidePopup();
            else
                combo()->showPopup();
            return;
        }
        QAccessibleWidget::doAction(actionName);
    }
};

QAccessibleInterface* factory(const QString& className, QObject* object)
{
    // Asked for each class of the object's hierarchy in turn: subclasses of QComboBox get here too.
    if (className == QLatin1String("QComboBox")) {
        if (auto* combo = qobject_cast<QComboBox*>(object))
            return new NamedComboBox(combo);
    }
    return nullptr;
}

} // namespace

void installAccessibility()
{
    // Factories are asked newest first, and QApplication installs the one for Qt's own widgets while it is
    // being made: ours must come after that, so not before the application object exists.
    static bool installed = false;
    if (installed || !qobject_cast<QApplication*>(QCoreApplication::instance()))
        return;
    installed = true;
    QAccessible::installFactory(factory);
}

} // namespace Postino

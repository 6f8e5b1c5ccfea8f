#pragma once

#include <QPoint>

#include <functional>

class QAction;
class QMenu;

namespace Postino {

// Every context menu that is exec()'d goes through here, so GUI tests can pick an entry without a menu
// appearing (like MessageBox::setNextAnswer): setNextChoice(choose) makes the next exec() call choose(menu)
// instead, trigger what it returns (a null action: the menu was dismissed), and return it.
class PopupMenu
{
public:
    using Chooser = std::function<QAction*(QMenu* menu)>;

    static QAction* exec(QMenu* menu, const QPoint& globalPosition);

    // Test seam: the choice in the next menu (empty: show it for real).
    static void setNextChoice(Chooser choose);
    // Test seam: picks the enabled action of that objectName in the next menu.
    static void setNextChoice(const QString& objectName);
    [[nodiscard]] static int shownCount();
};

} // namespace Postino

#include "PopupMenu.h"

#include <QAction>
#include <QMenu>

namespace Postino {

namespace {
PopupMenu::Chooser& nextChoice()
{
    static PopupMenu::Chooser choose;
    return choose;
}
int g_shown = 0;
} // namespace

QAction* PopupMenu::exec(QMenu* menu, const QPoint& globalPosition)
{
    ++g_shown;
    if (Chooser choose = std::exchange(nextChoice(), Chooser())) {
        QAction* chosen = choose(menu);
        if (chosen && chosen->isEnabled())
            chosen->trigger();
        return chosen;
    }
    return menu->exec(globalPosition);
}

void PopupMenu::setNextChoice(Chooser choose)
{
    nextChoice() = std::move(choose);
}

void PopupMenu::setNextChoice(const QString& objectName)
{
    setNextChoice([objectName](QMenu* menu) -> QAction* {
        for (QAction* action : menu->actions()) {
            if (action->objectName() == objectName && action->isEnabled())
                return action;
        }
        return nullptr;
    });
}

int PopupMenu::shownCount()
{
    return g_shown;
}

} // namespace Postino

#pragma once

#include <QList>
#include <QStyledItemDelegate>

class QTreeView;

namespace Postino {

// Every cell's text read whole. In the columns given it wraps at the column's width and the row grows as
// tall as its longest cell needs (QTreeView asks a delegate's size hint without a width, so the view's own
// word wrap keeps every row one line high): the connection doctor's failed step, a server's result in the
// wizard. In the other columns a text too wide for its cell is elided as usual, and its tooltip then shows
// it whole (above the model's own tooltip, if any). Installs itself on view and lays the rows out again
// whenever a wrapped column is resized; wrapping is meant for a view of a few rows.
class WholeTextDelegate : public QStyledItemDelegate
{
    Q_OBJECT
public:
    WholeTextDelegate(QTreeView* view, QList<int> wrappedColumns);

    [[nodiscard]] bool wraps(int column) const { return m_wrapped.contains(column); }
    // Whether the cell's text is wider than the room it has (its icon and margins taken off).
    [[nodiscard]] bool isElided(const QStyleOptionViewItem& option, const QModelIndex& index) const;

    [[nodiscard]] QSize sizeHint(const QStyleOptionViewItem& option, const QModelIndex& index) const override;
    bool helpEvent(QHelpEvent* event, QAbstractItemView* view, const QStyleOptionViewItem& option,
                   const QModelIndex& index) override;

protected:
    void initStyleOption(QStyleOptionViewItem* option, const QModelIndex& index) const override;

private:
    QTreeView* m_view;
    QList<int> m_wrapped;
};

} // namespace Postino

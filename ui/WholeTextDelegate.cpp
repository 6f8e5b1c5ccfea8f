#include "WholeTextDelegate.h"

#include <QApplication>
#include <QHeaderView>
#include <QHelpEvent>
#include <QToolTip>
#include <QTreeView>

namespace Postino {

WholeTextDelegate::WholeTextDelegate(QTreeView* view, QList<int> wrappedColumns)
    : QStyledItemDelegate(view)
    , m_view(view)
    , m_wrapped(std::move(wrappedColumns))
{
    if (!m_wrapped.isEmpty())
        view->setUniformRowHeights(false);
    view->setItemDelegate(this);
    connect(view->header(), &QHeaderView::sectionResized, view, [this](int column) {
        if (wraps(column))
            m_view->doItemsLayout();
    });
}

void WholeTextDelegate::initStyleOption(QStyleOptionViewItem* option, const QModelIndex& index) const
{
    QStyledItemDelegate::initStyleOption(option, index);
    if (wraps(index.column()))
        option->features |= QStyleOptionViewItem::WrapText;
}

QSize WholeTextDelegate::sizeHint(const QStyleOptionViewItem& option, const QModelIndex& index) const
{
    if (!wraps(index.column()))
        return QStyledItemDelegate::sizeHint(option, index);
    QStyleOptionViewItem sized = option;
    int width = m_view->header()->sectionSize(index.column());
    if (index.column() == 0 && m_view->rootIsDecorated())
        width -= m_view->indentation();
    // The style wraps the text at the rectangle's width (less the icon and the margins) when it is valid.
    sized.rect = QRect(0, 0, qMax(1, width), 1);
    return QStyledItemDelegate::sizeHint(sized, index);
}

bool WholeTextDelegate::isElided(const QStyleOptionViewItem& option, const QModelIndex& index) const
{
    QStyleOptionViewItem cell = option;
    initStyleOption(&cell, index);
    if (cell.text.isEmpty() || wraps(index.column()))
        return false;
    const QWidget* widget = cell.widget;
    const QStyle* style = widget ? widget->style() : QApplication::style();
    const QRect text = style->subElementRect(QStyle::SE_ItemViewItemText, &cell, widget);
    const int margin = style->pixelMetric(QStyle::PM_FocusFrameHMargin, nullptr, widget) + 1;
    return cell.fontMetrics.horizontalAdvance(cell.text) > text.width() - 2 * margin;
}

bool WholeTextDelegate::helpEvent(QHelpEvent* event, QAbstractItemView* view, const QStyleOptionViewItem& option,
                                  const QModelIndex& index)
{
    if (event && event->type() == QEvent::ToolTip && index.isValid() && isElided(option, index)) {
        const QString text = index.data(Qt::DisplayRole).toString();
        const QString tip = index.data(Qt::ToolTipRole).toString();
        QToolTip::showText(event->globalPos(), tip.isEmpty() || tip == text ? text : text + u"\n\n" + tip,
                           view->viewport(), option.rect);
        return true;
    }
    return QStyledItemDelegate::helpEvent(event, view, option, index);
}

} // namespace Postino

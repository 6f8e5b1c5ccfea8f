#pragma once

#include <QWidget>

class QAbstractItemModel;
class QAction;
class QLabel;
class QSplitter;
class QStackedLayout;
class QToolButton;
class QTreeView;

namespace Postino {

// A titled page with a list over a model the integrator provides (the outbox, sent messages,
// drafts), and a sentence in place of the list while it is empty or no model is set yet.
class ItemListPage : public QWidget
{
    Q_OBJECT
public:
    ItemListPage(const QString& title, const QString& emptyText, QWidget* parent = nullptr);
    ~ItemListPage() override;

    void setModel(QAbstractItemModel* model);
    [[nodiscard]] QAbstractItemModel* model() const { return m_model; }
    [[nodiscard]] QTreeView* view() const { return m_view; }
    [[nodiscard]] QLabel* emptyLabel() const { return m_empty; }
    // Widgets (buttons) shown in the title row, right-aligned.
    void addHeaderWidget(QWidget* widget);
    // A button for action in the title row (text beside the icon), named objectName for tests.
    QToolButton* addHeaderAction(QAction* action, const QString& objectName);
    // A widget under the list (a viewer of the selected row), the two in a splitter; hidden while the
    // list is empty.
    void setDetailWidget(QWidget* widget);
    [[nodiscard]] QSplitter* splitter() const { return m_splitter; }

private:
    void updateEmptyState();

    QAbstractItemModel* m_model = nullptr;
    QTreeView* m_view;
    QLabel* m_empty;
    QStackedLayout* m_stack;
    QWidget* m_header;
    QSplitter* m_splitter;
    QWidget* m_detail = nullptr;
};

} // namespace Postino

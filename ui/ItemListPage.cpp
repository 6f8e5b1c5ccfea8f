#include "ItemListPage.h"

#include "WholeTextDelegate.h"

#include <QAbstractItemModel>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QSplitter>
#include <QStackedLayout>
#include <QToolButton>
#include <QTreeView>
#include <QVBoxLayout>

namespace Postino {

ItemListPage::ItemListPage(const QString& title, const QString& emptyText, QWidget* parent)
    : QWidget(parent)
    , m_view(new QTreeView(this))
    , m_empty(new QLabel(emptyText, this))
    , m_stack(new QStackedLayout)
    , m_header(new QWidget(this))
    , m_splitter(new QSplitter(Qt::Vertical, this))
{
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    auto* headerLayout = new QHBoxLayout(m_header);
    headerLayout->setContentsMargins(0, 0, 0, 0);
    auto* titleLabel = new QLabel(title, m_header);
    titleLabel->setVisible(!title.isEmpty());
    QFont titleFont = titleLabel->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.4);
    titleFont.setBold(true);
    titleLabel->setFont(titleFont);
    headerLayout->addWidget(titleLabel);
    headerLayout->addStretch(1);
    layout->addWidget(m_header);

    m_view->setRootIsDecorated(false);
    m_view->setUniformRowHeights(true);
    m_view->setAlternatingRowColors(true);
    m_view->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_view->setAccessibleName(title);
    m_view->header()->setStretchLastSection(true);
    new WholeTextDelegate(m_view, {}); // a subject or address cut off shows whole in its tooltip
    m_empty->setAlignment(Qt::AlignCenter);
    m_empty->setWordWrap(true);
    m_empty->setEnabled(false); // greyed, like an empty-state hint
    m_empty->setMargin(24);
    m_stack->addWidget(m_view);
    m_stack->addWidget(m_empty);
    auto* list = new QWidget(m_splitter);
    list->setLayout(m_stack);
    m_stack->setContentsMargins(0, 0, 0, 0);
    m_splitter->addWidget(list);
    m_splitter->setChildrenCollapsible(false);
    layout->addWidget(m_splitter, 1);
    updateEmptyState();
}

ItemListPage::~ItemListPage() = default;

void ItemListPage::addHeaderWidget(QWidget* widget)
{
    m_header->layout()->addWidget(widget);
}

QToolButton* ItemListPage::addHeaderAction(QAction* action, const QString& objectName)
{
    auto* button = new QToolButton(m_header);
    button->setDefaultAction(action);
    button->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    button->setObjectName(objectName);
    addHeaderWidget(button);
    return button;
}

void ItemListPage::setDetailWidget(QWidget* widget)
{
    if (m_detail)
        m_detail->deleteLater();
    m_detail = widget;
    m_splitter->addWidget(widget);
    m_splitter->setStretchFactor(0, 2);
    m_splitter->setStretchFactor(1, 3);
    updateEmptyState();
}

void ItemListPage::setModel(QAbstractItemModel* model)
{
    if (m_model)
        m_model->disconnect(this);
    m_model = model;
    m_view->setModel(model);
    if (model) {
        connect(model, &QAbstractItemModel::rowsInserted, this, &ItemListPage::updateEmptyState);
        connect(model, &QAbstractItemModel::rowsRemoved, this, &ItemListPage::updateEmptyState);
        connect(model, &QAbstractItemModel::modelReset, this, &ItemListPage::updateEmptyState);
        connect(model, &QAbstractItemModel::layoutChanged, this, &ItemListPage::updateEmptyState);
        connect(model, &QObject::destroyed, this, [this] {
            m_model = nullptr;
            updateEmptyState();
        });
    }
    updateEmptyState();
}

void ItemListPage::updateEmptyState()
{
    const bool empty = !m_model || m_model->rowCount() == 0;
    m_stack->setCurrentWidget(empty ? static_cast<QWidget*>(m_empty) : m_view);
    if (m_detail)
        m_detail->setVisible(!empty);
}

} // namespace Postino

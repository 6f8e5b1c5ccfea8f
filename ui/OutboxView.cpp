#include "OutboxView.h"

#include "ItemListPage.h"
#include "MessageBox.h"
#include "OutboxTableModel.h"
#include "outbox/OutboxModel.h"
#include "outbox/OutboxRunner.h"

#include <QAction>
#include <QHeaderView>
#include <QLabel>
#include <QLayout>
#include <QMenu>
#include <QPointer>
#include <QStyle>
#include <QTimer>
#include <QToolButton>
#include <QTreeView>

namespace Postino {

OutboxView::OutboxView(ItemListPage* page, OutboxTableModel* model, OutboxRunner* runner, QObject* parent)
    : QObject(parent)
    , m_page(page)
    , m_model(model)
    , m_runner(runner)
    , m_retry(new QAction(page->style()->standardIcon(QStyle::SP_BrowserReload), tr("&Retry Now"), page))
    , m_edit(new QAction(page->style()->standardIcon(QStyle::SP_FileDialogDetailedView), tr("&Edit"), page))
    , m_delete(new QAction(page->style()->standardIcon(QStyle::SP_TrashIcon), tr("&Delete"), page))
    , m_password(new QAction(page->style()->standardIcon(QStyle::SP_DialogApplyButton), tr("Enter &Password…"), page))
    , m_details(new QLabel(page))
{
    setUpActions();
    addHeaderButtons();
    setUpList();
    setUpDetails();
    followChanges();
    if (model->rowCount() > 0)
        page->view()->setCurrentIndex(model->index(0, 0));
    refresh();
}

void OutboxView::setUpActions()
{
    m_retry->setObjectName(QStringLiteral("outboxRetryAction"));
    m_retry->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_R));
    m_retry->setToolTip(tr("Try to send the selected messages now (Ctrl+R)"));
    m_edit->setObjectName(QStringLiteral("outboxEditAction"));
    m_edit->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_E));
    m_edit->setToolTip(tr("Take the message out of the outbox and open it in the composer (Ctrl+E)"));
    m_delete->setObjectName(QStringLiteral("outboxDeleteAction"));
    m_delete->setShortcut(QKeySequence::Delete);
    m_delete->setToolTip(tr("Delete the selected messages without sending them (Delete)"));
    m_password->setObjectName(QStringLiteral("outboxPasswordAction"));
    m_password->setToolTip(tr("The server refused the password of this message's account: enter it again"));
    for (QAction* action : {m_retry, m_edit, m_delete, m_password}) {
        action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        m_page->addAction(action);
    }
    connect(m_retry, &QAction::triggered, this, &OutboxView::retrySelected);
    connect(m_edit, &QAction::triggered, this, &OutboxView::editSelected);
    connect(m_delete, &QAction::triggered, this, &OutboxView::deleteSelected);
    connect(m_password, &QAction::triggered, this, &OutboxView::requestPassword);
}

void OutboxView::addHeaderButtons()
{
    m_page->addHeaderAction(m_retry, QStringLiteral("outboxRetryButton"));
    m_page->addHeaderAction(m_edit, QStringLiteral("outboxEditButton"));
    m_page->addHeaderAction(m_delete, QStringLiteral("outboxDeleteButton"));
    m_passwordButton = m_page->addHeaderAction(m_password, QStringLiteral("outboxPasswordButton"));
}

void OutboxView::setUpList()
{
    m_page->setModel(m_model);
    QTreeView* view = m_page->view();
    view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    view->setContextMenuPolicy(Qt::CustomContextMenu);
    view->header()->resizeSection(OutboxTableModel::SubjectColumn, 220);
    view->header()->resizeSection(OutboxTableModel::ToColumn, 180);
    // The state in a word or three ("In attesa di riprovare"), never cut off: as wide as the longest shown.
    view->header()->setSectionResizeMode(OutboxTableModel::StatusColumn, QHeaderView::ResizeToContents);
    connect(view, &QWidget::customContextMenuRequested, this, &OutboxView::showContextMenu);
    connect(view, &QTreeView::activated, this, &OutboxView::editSelected);
}

void OutboxView::showContextMenu(const QPoint& at)
{
    QTreeView* view = m_page->view();
    QMenu menu(view);
    menu.addAction(m_retry);
    menu.addAction(m_edit);
    if (m_password->isEnabled())
        menu.addAction(m_password);
    menu.addSeparator();
    menu.addAction(m_delete);
    menu.exec(view->viewport()->mapToGlobal(at));
}

void OutboxView::setUpDetails()
{
    m_details->setObjectName(QStringLiteral("outboxDetails"));
    m_details->setWordWrap(true);
    m_details->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_details->setAccessibleName(tr("Selected message's state"));
    m_details->setMargin(6);
    m_details->setFrameShape(QFrame::StyledPanel);
    m_details->setMinimumHeight(m_details->fontMetrics().height() * 3);
    m_page->layout()->addWidget(m_details);
}

void OutboxView::followChanges()
{
    QTreeView* view = m_page->view();
    connect(view->selectionModel(), &QItemSelectionModel::selectionChanged, this, &OutboxView::refresh);
    connect(m_model, &QAbstractItemModel::dataChanged, this, &OutboxView::refresh);
    // The runner's flag is not part of the items: follow it too.
    connect(m_runner, &OutboxRunner::credentialsRejected, this, &OutboxView::refresh);
    connect(m_model, &QAbstractItemModel::rowsRemoved, this, &OutboxView::refresh);
    connect(m_model, &QAbstractItemModel::rowsInserted, this, [this, view](const QModelIndex&, int first) {
        if (!view->currentIndex().isValid())
            view->setCurrentIndex(m_model->index(first, 0));
        refresh();
    });
    // "in 2 minutes" stays true while the page is shown.
    auto* tick = new QTimer(this);
    tick->setObjectName(QStringLiteral("outboxDetailsTick"));
    tick->setInterval(30'000);
    connect(tick, &QTimer::timeout, this, [this] {
        if (m_page->isVisible())
            updateDetails();
    });
    tick->start();
}

void OutboxView::refresh()
{
    updateActions();
    updateDetails();
}

QStringList OutboxView::selectedIds() const
{
    QStringList ids;
    const QModelIndexList rows = m_page->view()->selectionModel()->selectedRows();
    for (const QModelIndex& index : rows)
        ids << m_model->idAt(index.row());
    if (ids.isEmpty() && m_page->view()->currentIndex().isValid())
        ids << m_model->idAt(m_page->view()->currentIndex().row());
    return ids;
}

void OutboxView::updateActions()
{
    const QStringList ids = selectedIds();
    bool anySending = false;
    for (const QString& id : ids) {
        const int row = m_model->sourceModel()->rowOf(id);
        if (row >= 0 && m_model->sourceModel()->itemAt(row).state == OutboxItem::State::Sending)
            anySending = true;
    }
    m_retry->setEnabled(!ids.isEmpty() && !anySending);
    m_edit->setEnabled(ids.size() == 1 && !anySending);
    m_delete->setEnabled(!ids.isEmpty() && !anySending);
    const QString account = anySending ? QString() : accountNeedingPassword();
    const bool needsPassword = !account.isEmpty();
    const bool oauth = needsPassword && m_oauth && m_oauth(account);
    m_password->setText(oauth ? tr("Sign &In Again…") : tr("Enter &Password…"));
    m_password->setToolTip(oauth ? tr("The sign-in of this message's account has expired or was withdrawn: sign in "
                                      "again")
                                 : tr("The server refused the password of this message's account: enter it again"));
    m_password->setEnabled(needsPassword);
    m_passwordButton->setVisible(needsPassword);
}

QString OutboxView::accountNeedingPassword() const
{
    const QStringList ids = selectedIds();
    if (ids.size() != 1)
        return {};
    const int row = m_model->sourceModel()->rowOf(ids.first());
    if (row < 0)
        return {};
    const OutboxItem item = m_model->sourceModel()->itemAt(row);
    if (item.isAdHoc() || item.state == OutboxItem::State::Sent)
        return {};
    // The runner's flag lasts while it runs; the item's own error survives a restart.
    if (m_runner->credentialsNeedAttention(item.accountKey()) || item.lastErrorKind == ErrorKind::Auth)
        return item.account;
    return {};
}

void OutboxView::requestPassword()
{
    if (const QString account = accountNeedingPassword(); !account.isEmpty())
        emit passwordRequested(account);
}

void OutboxView::updateDetails()
{
    const QStringList ids = selectedIds();
    if (ids.size() != 1) {
        m_details->setText(ids.isEmpty() ? tr("Select a message to see what happens to it.")
                                         : tr("%n messages selected.", nullptr, static_cast<int>(ids.size())));
        return;
    }
    const int row = m_model->sourceModel()->rowOf(ids.first());
    if (row < 0)
        return;
    const OutboxItem item = m_model->sourceModel()->itemAt(row);
    QString text = OutboxTableModel::statusText(item);
    const QString details = OutboxTableModel::detailsText(item);
    if (!details.isEmpty())
        text = tr("%1: %2").arg(text, details);
    if (!item.lastReply.isEmpty() && !text.contains(item.lastReply))
        text += QLatin1Char('\n') + tr("Server reply: %1").arg(item.lastReply);
    if (const QString account = accountNeedingPassword(); !account.isEmpty()) {
        text += QLatin1Char('\n')
            + (m_oauth && m_oauth(account) ? tr("Choose Sign In Again… to sign in to the account's provider again.")
                                           : tr("Choose Enter Password… to type the account's password again."));
    }
    m_details->setText(text);
}

void OutboxView::retrySelected()
{
    // The runner writes on its worker thread; the rows change when it is done.
    QPointer<OutboxView> self(this);
    for (const QString& id : selectedIds()) {
        m_runner->retryNowAsync(id, [self](const Status& retried) {
            if (self && !retried.ok())
                emit self->statusMessage(retried.error().message());
        });
    }
}

void OutboxView::editSelected()
{
    const QStringList ids = selectedIds();
    if (ids.size() == 1 && m_edit->isEnabled())
        emit editRequested(ids.first());
}

void OutboxView::deleteSelected()
{
    const QStringList ids = selectedIds();
    if (ids.isEmpty() || !m_delete->isEnabled())
        return;
    const auto answer = MessageBox::ask(
        m_page, QMessageBox::Question, tr("Delete Messages"),
        tr("Delete %n message(s) from the outbox? They will not be sent.", nullptr, static_cast<int>(ids.size())),
        QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel, {{QMessageBox::Yes, tr("Delete")}});
    if (answer != QMessageBox::Yes)
        return;
    QPointer<OutboxView> self(this);
    for (const QString& id : ids) {
        m_runner->removeAsync(id, [self](const Status& removed) {
            if (self && !removed.ok())
                emit self->statusMessage(removed.error().message());
        });
    }
}

} // namespace Postino

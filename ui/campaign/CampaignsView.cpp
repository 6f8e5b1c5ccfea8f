#include "CampaignsView.h"

#include "CampaignEditor.h"
#include "CampaignJobs.h"
#include "CampaignListModel.h"
#include "CampaignWindow.h"
#include "ItemListPage.h"
#include "SuppressionDialog.h"
#include "accounts/AccountStore.h"
#include "campaign/CampaignService.h"
#include "outbox/OutboxRunner.h"

#include <QAction>
#include <QEvent>
#include <QHeaderView>
#include <QLabel>
#include <QStyle>
#include <QToolButton>
#include <QTreeView>

namespace Postino {

namespace {

// Every campaign's snapshot, in name order (one that cannot be read is left out).
QList<CampaignService::Snapshot> snapshots(CampaignService& service)
{
    QList<CampaignService::Snapshot> out;
    for (const QString& name : service.campaigns().names()) {
        if (Result<CampaignService::Snapshot> snap = service.snapshot(name); snap)
            out << snap.value();
    }
    return out;
}

} // namespace

CampaignsView::CampaignsView(ItemListPage* page, CampaignJobs* jobs, OutboxStore* outbox, OutboxRunner* runner,
                             CampaignService* service, AccountStore* accounts, QObject* parent)
    : QObject(parent)
    , m_page(page)
    , m_jobs(jobs)
    , m_outbox(outbox)
    , m_runner(runner)
    , m_service(service)
    , m_accounts(accounts)
    , m_model(new CampaignListModel(this))
    , m_new(new QAction(
          QIcon::fromTheme(QStringLiteral("document-new"), page->style()->standardIcon(QStyle::SP_FileIcon)),
          tr("&New Campaign…"), page))
    , m_open(new QAction(page->style()->standardIcon(QStyle::SP_FileDialogDetailedView), tr("&Open"), page))
    , m_suppressionAction(
          new QAction(page->style()->standardIcon(QStyle::SP_MessageBoxWarning), tr("&Suppression List…"), page))
{
    m_new->setObjectName(QStringLiteral("newCampaignAction"));
    m_new->setToolTip(tr("A newsletter or mail merge: one personal message to each recipient of a list"));
    m_open->setObjectName(QStringLiteral("openCampaignAction"));
    m_open->setToolTip(tr("See how the selected campaign goes, pause or cancel it, export its report"));
    m_suppressionAction->setObjectName(QStringLiteral("suppressionListAction"));
    m_suppressionAction->setToolTip(tr("The addresses no campaign sends to"));
    connect(m_new, &QAction::triggered, this, &CampaignsView::newCampaign);
    connect(m_open, &QAction::triggered, this, &CampaignsView::openSelected);
    connect(m_suppressionAction, &QAction::triggered, this, &CampaignsView::editSuppression);
    page->addHeaderAction(m_new, QStringLiteral("newCampaignButton"));
    page->addHeaderAction(m_open, QStringLiteral("openCampaignButton"));
    page->addHeaderAction(m_suppressionAction, QStringLiteral("suppressionListButton"));

    page->setModel(m_model);
    QTreeView* view = page->view();
    view->setSelectionMode(QAbstractItemView::SingleSelection);
    view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    view->setItemDelegateForColumn(CampaignListModel::ProgressColumn, new CampaignProgressDelegate(view));
    view->header()->resizeSection(CampaignListModel::NameColumn, 200);
    view->header()->resizeSection(CampaignListModel::StateColumn, 100);
    view->header()->resizeSection(CampaignListModel::ProgressColumn, 200);
    view->header()->resizeSection(CampaignListModel::AccountColumn, 140);
    connect(view, &QTreeView::activated, this, &CampaignsView::openSelected);
    connect(view->selectionModel(), &QItemSelectionModel::selectionChanged, this, &CampaignsView::updateActions);
    connect(m_model, &QAbstractItemModel::modelReset, this, &CampaignsView::updateActions);

    m_timer.setSingleShot(true);
    m_timer.setInterval(400);
    connect(&m_timer, &QTimer::timeout, this, &CampaignsView::refresh);
    for (auto signal : {&OutboxRunner::itemSent, &OutboxRunner::itemFailed, &OutboxRunner::itemChanged})
        connect(m_runner, signal, this, &CampaignsView::scheduleRefresh);
    connect(m_jobs, &CampaignJobs::campaignChanged, this, &CampaignsView::campaignChanged);
    page->installEventFilter(this);
    updateActions();
}

CampaignsView::~CampaignsView()
{
    // The windows use the jobs and the runner, which may go right after this view.
    delete m_editor.data();
    for (const QPointer<CampaignWindow>& window : std::as_const(m_windows))
        delete window.data();
    delete m_suppression.data();
}

CampaignEditor* CampaignsView::editor() const
{
    return m_editor.data();
}

CampaignWindow* CampaignsView::windowOf(const QString& name) const
{
    return m_windows.value(name).data();
}

SuppressionDialog* CampaignsView::suppressionDialog() const
{
    return m_suppression.data();
}

QString CampaignsView::selectedName() const
{
    const QModelIndex current = m_page->view()->currentIndex();
    return current.isValid() ? m_model->nameAt(current.row()) : QString();
}

void CampaignsView::updateActions()
{
    m_open->setEnabled(!selectedName().isEmpty());
}

bool CampaignsView::eventFilter(QObject* watched, QEvent* event)
{
    if (watched == m_page && event->type() == QEvent::Show)
        scheduleRefresh();
    return QObject::eventFilter(watched, event);
}

void CampaignsView::scheduleRefresh()
{
    // Each refresh reads the outbox on the worker: not for a page nobody looks at.
    if (!m_page->isVisible())
        return;
    if (m_inFlight) {
        m_again = true;
        return;
    }
    if (!m_timer.isActive())
        m_timer.start();
}

void CampaignsView::refresh()
{
    if (m_inFlight) {
        m_again = true;
        return;
    }
    m_inFlight = true;
    m_jobs->run([](CampaignService& service) { return snapshots(service); }, this,
                [this](const QList<CampaignService::Snapshot>& list) {
                    m_inFlight = false;
                    const QString selected = selectedName();
                    m_model->setSnapshots(list);
                    // The same campaign stays selected; the first one when none was.
                    const int row = qMax(0, m_model->rowOf(selected));
                    if (row < m_model->rowCount() && selectedName() != m_model->nameAt(row))
                        m_page->view()->setCurrentIndex(m_model->index(row, 0));
                    updateActions();
                    if (std::exchange(m_again, false))
                        scheduleRefresh();
                    emit refreshed();
                });
}

void CampaignsView::campaignChanged()
{
    // A campaign started or resumed: its pace, and its messages sent now rather than at the next rescan.
    m_service->applyPaces(m_runner);
    m_runner->runDue();
    scheduleRefresh();
}

CampaignEditor* CampaignsView::newCampaign()
{
    if (m_editor) {
        m_editor->raise();
        m_editor->activateWindow();
        return m_editor;
    }
    m_editor = new CampaignEditor(m_jobs, m_outbox, m_runner, m_accounts->list(), m_page->window());
    m_editor->setAttribute(Qt::WA_DeleteOnClose);
    connect(m_editor, &CampaignEditor::created, this, &CampaignsView::scheduleRefresh);
    connect(m_editor, &CampaignEditor::started, this, [this](const QString& name, bool ok) {
        if (ok)
            open(name);
    });
    m_editor->show();
    return m_editor;
}

CampaignWindow* CampaignsView::open(const QString& name)
{
    if (name.isEmpty())
        return nullptr;
    if (CampaignWindow* window = m_windows.value(name)) {
        window->raise();
        window->activateWindow();
        return window;
    }
    auto* window = new CampaignWindow(name, m_jobs, m_runner, m_page->window());
    window->setAttribute(Qt::WA_DeleteOnClose);
    connect(window, &CampaignWindow::statusMessage, this, &CampaignsView::statusMessage);
    m_windows.insert(name, window);
    window->show();
    return window;
}

void CampaignsView::openSelected()
{
    open(selectedName());
}

SuppressionDialog* CampaignsView::editSuppression()
{
    if (m_suppression) {
        m_suppression->raise();
        m_suppression->activateWindow();
        return m_suppression;
    }
    m_suppression = new SuppressionDialog(m_jobs, m_page->window());
    m_suppression->setAttribute(Qt::WA_DeleteOnClose);
    connect(m_suppression, &SuppressionDialog::changed, this, &CampaignsView::scheduleRefresh);
    m_suppression->show();
    return m_suppression;
}

} // namespace Postino

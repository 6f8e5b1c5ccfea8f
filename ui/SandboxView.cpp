#include "SandboxView.h"

#include "ItemListPage.h"
#include "MessageBox.h"
#include "MessageViewer.h"
#include "sandbox/SandboxMailbox.h"
#include "sandbox/SandboxServer.h"

#include <QAction>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QScopeGuard>
#include <QSplitter>
#include <QTreeView>
#include <QVBoxLayout>

namespace Postino {

SandboxView::SandboxView(SandboxServer* server, QWidget* parent)
    : QWidget(parent)
    , m_server(server)
    , m_state(new QLabel(this))
    , m_address(new QLineEdit(this))
    , m_startStop(new QPushButton(this))
    , m_list(new ItemListPage(
          QString(),
          tr("No messages captured yet.\n\nSend a message to the address above, from Postino or from any mail "
             "program, and it appears here."),
          this))
    , m_viewer(new MessageViewer(this))
    , m_delete(new QPushButton(tr("&Delete"), this))
    , m_deleteAll(new QPushButton(tr("Delete &All"), this))
{
    setObjectName(QStringLiteral("sandboxView"));
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(buildTitle());
    QLayout* stateRow = buildStateRow();
    setUpMessageList();
    setUpDeleteButtons();
    layout->addLayout(stateRow);
    layout->addWidget(buildSplitter(), 1);
    followServer();
    updateState();
}

QLabel* SandboxView::buildTitle()
{
    auto* title = new QLabel(tr("Test Server"), this);
    QFont titleFont = title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.4);
    titleFont.setBold(true);
    title->setFont(titleFont);
    return title;
}

QLayout* SandboxView::buildStateRow()
{
    auto* stateRow = new QHBoxLayout;
    m_state->setObjectName(QStringLiteral("sandboxStateLabel"));
    m_state->setWordWrap(true);
    m_address->setObjectName(QStringLiteral("sandboxAddressEdit"));
    m_address->setAccessibleName(tr("Test server address"));
    m_address->setReadOnly(true);
    m_address->setMaximumWidth(fontMetrics().horizontalAdvance(QStringLiteral("127.0.0.1:655350")) + 24);
    m_startStop->setObjectName(QStringLiteral("sandboxStartStopButton"));
    connect(m_startStop, &QPushButton::clicked, this, [this] {
        if (m_server->isRunning())
            stopServer();
        else
            startServer();
    });
    stateRow->addWidget(m_state, 1);
    stateRow->addWidget(m_address);
    stateRow->addWidget(m_startStop);
    return stateRow;
}

void SandboxView::setUpMessageList()
{
    m_list->setObjectName(QStringLiteral("sandboxMessagePage"));
    m_list->view()->setObjectName(QStringLiteral("sandboxMessageList"));
    m_list->view()->setAccessibleName(tr("Captured messages"));
    m_list->view()->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_list->view()->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_list->setModel(m_server->mailbox());
    QHeaderView* header = m_list->view()->header();
    header->setStretchLastSection(false);
    header->setSectionResizeMode(SandboxMailbox::FromColumn, QHeaderView::Interactive);
    header->setSectionResizeMode(SandboxMailbox::ToColumn, QHeaderView::Interactive);
    header->setSectionResizeMode(SandboxMailbox::SubjectColumn, QHeaderView::Stretch);
    header->setSectionResizeMode(SandboxMailbox::ReceivedColumn, QHeaderView::ResizeToContents);
    header->resizeSection(SandboxMailbox::FromColumn, 200);
    header->resizeSection(SandboxMailbox::ToColumn, 180);
}

void SandboxView::setUpDeleteButtons()
{
    m_delete->setObjectName(QStringLiteral("sandboxDeleteButton"));
    m_delete->setToolTip(tr("Delete the selected messages (Delete)"));
    m_deleteAll->setObjectName(QStringLiteral("sandboxDeleteAllButton"));
    m_list->addHeaderWidget(m_delete);
    m_list->addHeaderWidget(m_deleteAll);
    connect(m_delete, &QPushButton::clicked, this, &SandboxView::deleteSelected);
    connect(m_deleteAll, &QPushButton::clicked, this, &SandboxView::deleteAll);
    auto* deleteAction = new QAction(this);
    deleteAction->setShortcut(QKeySequence::Delete);
    deleteAction->setShortcutContext(Qt::WidgetShortcut);
    connect(deleteAction, &QAction::triggered, this, &SandboxView::deleteSelected);
    m_list->view()->addAction(deleteAction);
}

QSplitter* SandboxView::buildSplitter()
{
    auto* splitter = new QSplitter(Qt::Vertical, this);
    splitter->setObjectName(QStringLiteral("sandboxSplitter"));
    splitter->setChildrenCollapsible(false);
    splitter->addWidget(m_list);
    splitter->addWidget(m_viewer);
    splitter->setStretchFactor(0, 1);
    splitter->setStretchFactor(1, 1);
    return splitter;
}

void SandboxView::followServer()
{
    connect(m_list->view()->selectionModel(), &QItemSelectionModel::selectionChanged, this, &SandboxView::showSelected);
    connect(m_server->mailbox(), &QAbstractItemModel::rowsInserted, this, &SandboxView::updateState);
    connect(m_server->mailbox(), &QAbstractItemModel::rowsRemoved, this, &SandboxView::updateState);
    connect(m_server->mailbox(), &QAbstractItemModel::modelReset, this, &SandboxView::updateState);
    connect(m_server, &SandboxServer::started, this, &SandboxView::updateState);
    connect(m_server, &SandboxServer::stopped, this, &SandboxView::updateState);
    connect(m_server, &SandboxServer::messageCaptured, this, [this](const QString&) {
        // Select the newest message when nothing is selected, so it shows up in the viewer.
        if (!m_list->view()->selectionModel()->hasSelection())
            m_list->view()->setCurrentIndex(m_server->mailbox()->index(0, 0));
        emit statusMessage(tr("The test server captured a message."));
    });
}

void SandboxView::deleteAll()
{
    const QMessageBox::StandardButton answer = MessageBox::ask(
        this, QMessageBox::Question, tr("Delete All Captured Messages?"),
        tr("Delete all %n captured message(s)? This cannot be undone.", nullptr, m_server->mailbox()->rowCount()),
        QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel, {{QMessageBox::Yes, tr("Delete All")}});
    if (answer == QMessageBox::Yes) {
        if (const Status cleared = m_server->mailbox()->clear(); !cleared)
            emit statusMessage(cleared.error().message());
    }
}

SandboxView::~SandboxView()
{
    ++m_selection; // a load still running skips what it has left to do
    m_loader.dropPending(); // one not started never starts; m_loader waits for the others, and the
                            // results they queued are dropped with it
}

bool SandboxView::startServer()
{
    if (m_server->isRunning())
        return true;
    Status started = m_preferredPort ? m_server->start(m_preferredPort) : Status();
    if (!m_preferredPort || !started)
        started = m_server->start(0);
    if (!started) {
        m_state->setText(started.error().message());
        emit statusMessage(started.error().message());
        return false;
    }
    emit statusMessage(tr("The test server is listening on %1:%2.").arg(m_server->host()).arg(m_server->port()));
    return true;
}

void SandboxView::stopServer()
{
    m_server->stop();
    emit statusMessage(tr("The test server is stopped."));
}

void SandboxView::updateState()
{
    const bool running = m_server->isRunning();
    if (running) {
        m_state->setText(tr("The test server is running at this address, without encryption. Every user name and "
                            "password is accepted, and nothing leaves this computer."));
        m_address->setText(QStringLiteral("%1:%2").arg(m_server->host()).arg(m_server->port()));
        m_startStop->setText(tr("S&top"));
    } else {
        m_state->setText(tr("The test server is stopped. Start it to receive messages on this computer."));
        m_address->clear();
        m_startStop->setText(tr("S&tart"));
    }
    m_address->setVisible(running);
    const int count = m_server->mailbox()->rowCount();
    m_deleteAll->setEnabled(count > 0);
    m_delete->setEnabled(m_list->view()->selectionModel() && m_list->view()->selectionModel()->hasSelection());
}

void SandboxView::showSelected()
{
    const QModelIndexList rows = m_list->view()->selectionModel()->selectedRows();
    m_delete->setEnabled(!rows.isEmpty());
    const quint64 selection = ++m_selection; // whatever is still loading is stale from now on
    m_loader.dropPending();
    if (rows.size() != 1) {
        m_viewer->clear();
        return;
    }
    const QString id = rows.constFirst().data(SandboxMailbox::IdRole).toString();
    const std::optional<CapturedMessage> meta = m_server->mailbox()->message(id);
    if (!meta) {
        m_viewer->showError(tr("The message is gone."));
        return;
    }
    m_viewer->showLoading();
    // A captured message can be tens of megabytes: the read and the parse run on m_loader, the
    // widgets are filled back on the GUI thread. The job may use `this`: the destructor waits for it.
    struct Loaded
    {
        std::optional<MessageViewer::Content> content;
        QString error;
    };
    m_loader.run(
        [this, selection, folder = m_server->mailbox()->folder(), meta = *meta, hook = m_loadHook] {
            const auto done = qScopeGuard([&hook, &meta] {
                if (hook)
                    hook(LoadStep::Done, meta.id);
            });
            const auto stale = [this, selection] { return selection != m_selection.load(); };
            Loaded loaded;
            if (stale())
                return loaded;
            if (hook)
                hook(LoadStep::Read, meta.id);
            const Result<QByteArray> raw = SandboxMailbox::readRawMessage(folder, meta.id);
            if (stale())
                return loaded;
            if (raw) {
                if (hook)
                    hook(LoadStep::Parse, meta.id);
                loaded.content = MessageViewer::prepare(raw.value());
            } else {
                loaded.error = raw.error().message();
            }
            return loaded;
        },
        this,
        [this, selection, meta = *meta](const Loaded& loaded) {
            if (selection != m_selection.load())
                return; // another message was selected meanwhile (a stale load brings nothing)
            if (loaded.content)
                m_viewer->showMessage(meta, *loaded.content);
            else
                m_viewer->showError(loaded.error);
        });
}

void SandboxView::deleteSelected()
{
    QStringList ids;
    for (const QModelIndex& index : m_list->view()->selectionModel()->selectedRows())
        ids.append(index.data(SandboxMailbox::IdRole).toString());
    for (const QString& id : std::as_const(ids)) {
        if (const Status removed = m_server->mailbox()->remove(id); !removed)
            emit statusMessage(removed.error().message());
    }
}

} // namespace Postino

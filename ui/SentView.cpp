#include "SentView.h"

#include "ItemListPage.h"
#include "MessageViewer.h"
#include "SentModel.h"
#include "outbox/OutboxStore.h"
#include "sandbox/ParsedMessage.h"

#include <QAction>
#include <QItemSelectionModel>
#include <QLocale>
#include <QMenu>
#include <QStyle>
#include <QToolButton>
#include <QTreeView>

#include <optional>

namespace Postino {

namespace {

QString envelopeText(const OutboxItem& item, qint64 size)
{
    const QLocale locale;
    QStringList recipients;
    for (const OutboxRecipient& recipient : item.recipients)
        recipients.append(recipient.address);
    const QDateTime at = item.lastAttempt.isValid() ? item.lastAttempt : item.created;
    return SentView::tr("from %1 to %2, sent %3, %4")
        .arg(item.sender.isEmpty() ? SentView::tr("<> (null sender)") : item.sender,
             recipients.join(QStringLiteral(", ")), locale.toString(at.toLocalTime(), QLocale::ShortFormat),
             locale.formattedDataSize(size));
}

} // namespace

SentView::SentView(ItemListPage* page, SentModel* model, OutboxStore* store, const QString& copiesDir, QObject* parent)
    : QObject(parent)
    , m_page(page)
    , m_model(model)
    , m_store(store)
    , m_copiesDir(copiesDir)
    , m_viewer(new MessageViewer(page))
    , m_resend(new QAction(page->style()->standardIcon(QStyle::SP_BrowserReload), tr("&Resend…"), page))
    , m_forward(new QAction(page->style()->standardIcon(QStyle::SP_ArrowForward), tr("&Forward…"), page))
{
    m_viewer->setObjectName(QStringLiteral("sentViewer"));
    page->setDetailWidget(m_viewer);
    m_resend->setObjectName(QStringLiteral("sentResendAction"));
    m_resend->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_E));
    m_resend->setToolTip(tr("Open a new copy of the message to the same recipients, to check and send "
                            "(Ctrl+Shift+E)"));
    m_forward->setObjectName(QStringLiteral("sentForwardAction"));
    m_forward->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_L));
    m_forward->setToolTip(tr("Forward the message, with its attachments, to someone else (Ctrl+L)"));
    for (QAction* action : {m_resend, m_forward}) {
        action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        page->addAction(action);
    }
    page->addHeaderAction(m_resend, QStringLiteral("sentResendButton"));
    page->addHeaderAction(m_forward, QStringLiteral("sentForwardButton"));
    connect(m_resend, &QAction::triggered, this, &SentView::resendSelected);
    connect(m_forward, &QAction::triggered, this, &SentView::forwardSelected);
    connect(m_viewer, &MessageViewer::statusMessage, this, &SentView::statusMessage);

    QTreeView* view = page->view(); // its model is already set (MainWindow::setSentModel)
    view->setSelectionMode(QAbstractItemView::SingleSelection);
    view->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(view, &QWidget::customContextMenuRequested, this, [this, view](const QPoint& at) {
        QMenu menu(view);
        menu.addAction(m_resend);
        menu.addAction(m_forward);
        menu.exec(view->viewport()->mapToGlobal(at));
    });
    connect(view->selectionModel(), &QItemSelectionModel::selectionChanged, this, &SentView::showSelected);
    connect(model, &QAbstractItemModel::modelReset, this, &SentView::showSelected);
    updateActions();
}

SentView::~SentView()
{
    ++m_selection;
    m_loader.dropPending();
}

QString SentView::selectedId() const
{
    const QModelIndexList rows = m_page->view()->selectionModel()->selectedRows();
    return rows.size() == 1 ? rows.constFirst().data(SentModel::IdRole).toString() : QString();
}

void SentView::updateActions()
{
    const bool one = !selectedId().isEmpty();
    m_resend->setEnabled(one);
    m_forward->setEnabled(one);
}

void SentView::showSelected()
{
    updateActions();
    const quint64 selection = ++m_selection;
    m_loader.dropPending();
    const QString id = selectedId();
    if (id.isEmpty()) {
        m_viewer->clear();
        return;
    }
    m_viewer->showLoading();
    struct Loaded
    {
        std::optional<MessageViewer::Content> content;
        QString error;
    };
    // A sent message can be tens of megabytes: read and parsed on the worker. The job may use `this` and
    // the store: the destructor waits for it, and the store outlives this view.
    m_loader.run(
        [this, selection, id] {
            Loaded loaded;
            if (selection != m_selection.load())
                return loaded;
            const Result<QByteArray> raw = m_store->sentMessage(id);
            if (selection != m_selection.load())
                return loaded;
            if (raw)
                loaded.content = MessageViewer::prepare(raw.value());
            else
                loaded.error = raw.error().message();
            return loaded;
        },
        this,
        [this, selection, id](const Loaded& loaded) {
            if (selection != m_selection.load())
                return;
            const int row = m_model->rowOf(id);
            if (loaded.content && row >= 0)
                m_viewer->showMessage(*loaded.content, envelopeText(m_model->itemAt(row), loaded.content->size));
            else
                m_viewer->showError(loaded.error.isEmpty() ? tr("The message is gone.") : loaded.error);
        });
}

void SentView::resendSelected()
{
    copySelected(SentCopy::Kind::Resend);
}

void SentView::forwardSelected()
{
    copySelected(SentCopy::Kind::Forward);
}

void SentView::copySelected(SentCopy::Kind kind)
{
    const QString id = selectedId();
    const int row = m_model->rowOf(id);
    if (row < 0)
        return;
    const OutboxItem item = m_model->itemAt(row);
    // A folder per copy: the composer refers to the attachments by path, and a draft of it may outlive
    // this session.
    const QString dir = m_copiesDir + QLatin1Char('/') + OutboxStore::newId(QDateTime::currentDateTimeUtc());
    m_copier.run(
        [this, kind, item, dir]() -> Result<ComposedMessage> {
            const Result<QByteArray> raw = m_store->sentMessage(item.id);
            if (!raw)
                return raw.error();
            return SentCopy::make(kind, item, ParsedMessage::parse(raw.value()), dir);
        },
        this,
        [this](const Result<ComposedMessage>& copy) {
            if (copy)
                emit composeRequested(copy.value());
            else
                emit statusMessage(copy.error().message());
        });
}

} // namespace Postino

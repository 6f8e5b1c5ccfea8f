// MainWindow: the Drafts page, its list (refreshed whenever the draft store saves or removes one) and its
// Open and Delete buttons.
#include "MainWindow.h"

#include "ItemListPage.h"
#include "drafts/DraftStore.h"

#include <QHeaderView>
#include <QLocale>
#include <QPushButton>
#include <QStandardItemModel>
#include <QStatusBar>
#include <QTreeView>

namespace Postino {

namespace {
enum DraftColumn { DraftSubject, DraftTo, DraftSaved };
constexpr int DraftIdRole = Qt::UserRole + 1;
} // namespace

ItemListPage* MainWindow::buildDraftsPage()
{
    m_draftsPage = new ItemListPage(
        tr("Drafts"), tr("No drafts.\n\nWhat you write is saved here as you type, and stays until you send it."), this);
    m_draftsPage->setObjectName(QStringLiteral("draftsPage"));
    m_draftsPage->view()->setObjectName(QStringLiteral("draftList"));
    m_draftsModel = new QStandardItemModel(0, 3, this);
    m_draftsModel->setHorizontalHeaderLabels({tr("Subject"), tr("To"), tr("Saved")});
    m_draftsPage->setModel(m_draftsModel);
    m_draftsPage->view()->setSelectionMode(QAbstractItemView::SingleSelection);
    m_draftsPage->view()->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_draftsPage->view()->header()->resizeSection(DraftSubject, 320);
    m_draftsPage->view()->header()->resizeSection(DraftTo, 220);
    auto* openDraftButton = new QPushButton(tr("&Open"), m_draftsPage);
    openDraftButton->setObjectName(QStringLiteral("openDraftButton"));
    auto* deleteDraftButton = new QPushButton(tr("&Delete"), m_draftsPage);
    deleteDraftButton->setObjectName(QStringLiteral("deleteDraftButton"));
    m_draftsPage->addHeaderWidget(openDraftButton);
    m_draftsPage->addHeaderWidget(deleteDraftButton);
    connect(m_draftsPage->view(), &QTreeView::activated, this, &MainWindow::openSelectedDraft);
    connect(openDraftButton, &QPushButton::clicked, this, &MainWindow::openSelectedDraft);
    connect(deleteDraftButton, &QPushButton::clicked, this, [this] {
        if (const QString id = selectedDraft(); !id.isEmpty())
            deleteDraft(id);
    });
    // Open and Delete act on the chosen draft: enabled only while there is one.
    const auto updateButtons = [this, openDraftButton, deleteDraftButton] {
        const bool chosen = !selectedDraft().isEmpty();
        openDraftButton->setEnabled(chosen);
        deleteDraftButton->setEnabled(chosen);
    };
    connect(m_draftsPage->view()->selectionModel(), &QItemSelectionModel::currentChanged, this, updateButtons);
    connect(m_draftsModel, &QAbstractItemModel::rowsRemoved, this, updateButtons);
    connect(m_draftsModel, &QAbstractItemModel::rowsInserted, this, updateButtons);
    connect(m_draftsModel, &QAbstractItemModel::modelReset, this, updateButtons);
    updateButtons();
    return m_draftsPage;
}

QString MainWindow::selectedDraft() const
{
    const QModelIndex index = m_draftsPage->view()->currentIndex();
    return index.isValid() ? m_draftsModel->index(index.row(), 0).data(DraftIdRole).toString() : QString();
}

void MainWindow::openSelectedDraft()
{
    if (const QString id = selectedDraft(); !id.isEmpty())
        openDraft(id);
}

void MainWindow::refreshDrafts()
{
    const QString current = selectedDraft();
    m_draftsModel->removeRows(0, m_draftsModel->rowCount());
    const QLocale locale;
    for (const DraftStore::Entry& entry : m_drafts->list()) {
        auto* subject = new QStandardItem(entry.error.isEmpty()
                                              ? (entry.subject.trimmed().isEmpty() ? tr("(no subject)") : entry.subject)
                                              : tr("(damaged draft)"));
        subject->setData(entry.id, DraftIdRole);
        if (!entry.error.isEmpty())
            subject->setToolTip(entry.error);
        auto* to = new QStandardItem(entry.to);
        auto* saved = new QStandardItem(locale.toString(entry.modified.toLocalTime(), QLocale::ShortFormat));
        m_draftsModel->appendRow({subject, to, saved});
        if (entry.id == current)
            m_draftsPage->view()->setCurrentIndex(subject->index());
    }
    // A draft is always chosen while there is one, so that Open and Delete act on it.
    if (!m_draftsPage->view()->currentIndex().isValid() && m_draftsModel->rowCount() > 0)
        m_draftsPage->view()->setCurrentIndex(m_draftsModel->index(0, 0));
}

void MainWindow::deleteDraft(const QString& id)
{
    m_drafts->removeAsync(id, this, [this](const Status& removed) {
        if (!removed)
            statusBar()->showMessage(removed.error().message());
    });
}

} // namespace Postino

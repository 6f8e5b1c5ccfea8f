#include "CampaignListModel.h"

#include "CampaignText.h"

#include <QApplication>
#include <QFontMetrics>
#include <QPainter>
#include <QStyle>
#include <QStyleOptionProgressBar>

namespace Postino {

namespace {

// The rows that get a message (the skipped ones never count towards the progress), and those of them done.
int messageRows(const CampaignReport& report)
{
    return report.total() - report.count(CampaignRow::State::Skipped);
}

int finishedRows(const CampaignReport& report)
{
    return report.count(CampaignRow::State::Sent) + report.count(CampaignRow::State::Failed);
}

} // namespace

CampaignListModel::CampaignListModel(QObject* parent)
    : QAbstractTableModel(parent)
{ }

int CampaignListModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

int CampaignListModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant CampaignListModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const CampaignService::Snapshot& s = m_rows.at(index.row());
    const int sent = s.report.count(CampaignRow::State::Sent);
    switch (role) {
    case NameRole:
        return s.campaign.name;
    case FinishedRole:
        return finishedRows(s.report);
    case TotalRole:
        return messageRows(s.report);
    case SentRole:
        return sent;
    case Qt::SizeHintRole:
        // Room for the progress bar and its words.
        return QSize(0, QFontMetrics(QApplication::font()).height() + 10);
    case Qt::ToolTipRole:
        if (!s.campaign.pauseReason.isEmpty())
            return s.campaign.pauseReason;
        return {};
    case Qt::DisplayRole:
        break;
    default:
        return {};
    }
    switch (index.column()) {
    case NameColumn:
        return s.campaign.name;
    case StateColumn:
        return CampaignText::state(s.campaign.state);
    case ProgressColumn: {
        const int skipped = s.report.count(CampaignRow::State::Skipped);
        const QString progress = tr("%1 of %2 sent").arg(sent).arg(messageRows(s.report));
        return skipped > 0 ? tr("%1 (%n skipped)", nullptr, skipped).arg(progress) : progress;
    }
    case AccountColumn:
        return s.campaign.isAdHoc() ? s.campaign.server.host : s.campaign.account;
    case CreatedColumn:
        return CampaignText::when(s.campaign.created);
    default:
        return {};
    }
}

QVariant CampaignListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case NameColumn:
        return tr("Campaign");
    case StateColumn:
        return tr("State");
    case ProgressColumn:
        return tr("Progress");
    case AccountColumn:
        return tr("Account");
    case CreatedColumn:
        return tr("Created");
    default:
        return {};
    }
}

int CampaignListModel::rowOf(const QString& name) const
{
    for (int row = 0; row < m_rows.size(); ++row) {
        if (m_rows.at(row).campaign.name == name)
            return row;
    }
    return -1;
}

QString CampaignListModel::nameAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? m_rows.at(row).campaign.name : QString();
}

void CampaignListModel::setSnapshots(const QList<CampaignService::Snapshot>& snapshots)
{
    bool sameNames = snapshots.size() == m_rows.size();
    for (int row = 0; sameNames && row < snapshots.size(); ++row)
        sameNames = snapshots.at(row).campaign.name == m_rows.at(row).campaign.name;
    if (!sameNames) {
        beginResetModel();
        m_rows = snapshots;
        endResetModel();
        return;
    }
    m_rows = snapshots;
    if (!m_rows.isEmpty())
        emit dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
}

void CampaignProgressDelegate::paint(QPainter* painter, const QStyleOptionViewItem& option,
                                     const QModelIndex& index) const
{
    QStyleOptionViewItem item = option;
    initStyleOption(&item, index);
    // The row's background (selection, alternate colour) first, then the bar inside it.
    item.text.clear();
    const QWidget* widget = option.widget;
    QStyle* style = widget ? widget->style() : QApplication::style();
    style->drawControl(QStyle::CE_ItemViewItem, &item, painter, widget);

    QStyleOptionProgressBar bar;
    bar.rect = option.rect.adjusted(2, 2, -2, -2);
    bar.minimum = 0;
    bar.maximum = qMax(1, index.data(CampaignListModel::TotalRole).toInt());
    bar.progress = qMin(bar.maximum, index.data(CampaignListModel::FinishedRole).toInt());
    bar.text = index.data(Qt::DisplayRole).toString();
    bar.textVisible = true;
    bar.textAlignment = Qt::AlignCenter;
    bar.state = option.state | QStyle::State_Horizontal;
    bar.palette = option.palette;
    bar.fontMetrics = option.fontMetrics;
    style->drawControl(QStyle::CE_ProgressBar, &bar, painter, widget);
}

} // namespace Postino

#include "CampaignReportModel.h"

#include "CampaignText.h"

namespace Postino {

CampaignReportModel::CampaignReportModel(QObject* parent)
    : QAbstractTableModel(parent)
{ }

int CampaignReportModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : m_report.total();
}

int CampaignReportModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString CampaignReportModel::details(const CampaignRow& row)
{
    QString words = row.state == CampaignRow::State::Sent ? row.reply : row.reason;
    if (words.isEmpty() && row.state == CampaignRow::State::Queued && row.nextAttempt.isValid())
        words = tr("next attempt %1").arg(CampaignText::when(row.nextAttempt));
    if (words.isEmpty())
        words = row.reply;
    if (row.possibleDuplicate)
        words = tr("%1 (it may have arrived twice: the connection was lost after the message was sent)").arg(words);
    return words;
}

QVariant CampaignReportModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const CampaignRow& row = m_report.rows().at(index.row());
    if (role == Qt::TextAlignmentRole && index.column() == RowColumn)
        return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole)
        return {};
    switch (index.column()) {
    case RowColumn:
        return row.row;
    case EmailColumn:
        return row.email;
    case StateColumn:
        return CampaignText::rowState(row.state);
    case DetailsColumn:
        return details(row);
    default:
        return {};
    }
}

QVariant CampaignReportModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case RowColumn:
        return tr("Row");
    case EmailColumn:
        return tr("Address");
    case StateColumn:
        return tr("State");
    case DetailsColumn:
        return tr("Reason or reply");
    default:
        return {};
    }
}

void CampaignReportModel::setReport(const CampaignReport& report)
{
    bool same = report.total() == m_report.total();
    for (int i = 0; same && i < report.total(); ++i)
        same = report.rows().at(i).row == m_report.rows().at(i).row;
    if (!same) {
        beginResetModel();
        m_report = report;
        endResetModel();
        return;
    }
    m_report = report;
    if (m_report.total() > 0)
        emit dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
}

} // namespace Postino

#pragma once

#include "campaign/CampaignReport.h"

#include <QAbstractTableModel>

namespace Postino {

// A campaign's report row by row for the progress window: the data row, the address, what became of it
// and why (the skip reason, the error, the server's reply, or when it is tried next).
class CampaignReportModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { RowColumn, EmailColumn, StateColumn, DetailsColumn, ColumnCount };
    Q_ENUM(Column)

    explicit CampaignReportModel(QObject* parent = nullptr);

    [[nodiscard]] int rowCount(const QModelIndex& parent = {}) const override;
    [[nodiscard]] int columnCount(const QModelIndex& parent = {}) const override;
    [[nodiscard]] QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    [[nodiscard]] QVariant headerData(int section, Qt::Orientation orientation,
                                      int role = Qt::DisplayRole) const override;

    // The same rows in the same order are updated in place (the view keeps its place); others reset it.
    void setReport(const CampaignReport& report);
    [[nodiscard]] const CampaignReport& report() const { return m_report; }

    // The words of the details column.
    [[nodiscard]] static QString details(const CampaignRow& row);

private:
    CampaignReport m_report;
};

} // namespace Postino

#pragma once

#include "campaign/CampaignService.h"

#include <QAbstractTableModel>
#include <QList>
#include <QStyledItemDelegate>

namespace Postino {

// The Campaigns page's rows: one campaign each, with its state and how far it got (snapshots read on the
// campaign worker; setSnapshots() swaps them in).
class CampaignListModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { NameColumn, StateColumn, ProgressColumn, AccountColumn, CreatedColumn, ColumnCount };
    Q_ENUM(Column)
    enum Role {
        NameRole = Qt::UserRole + 1,
        FinishedRole, // int: messages sent or failed for good
        TotalRole, // int: data rows that get a message (not skipped)
        SentRole, // int
    };

    explicit CampaignListModel(QObject* parent = nullptr);

    [[nodiscard]] int rowCount(const QModelIndex& parent = {}) const override;
    [[nodiscard]] int columnCount(const QModelIndex& parent = {}) const override;
    [[nodiscard]] QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    [[nodiscard]] QVariant headerData(int section, Qt::Orientation orientation,
                                      int role = Qt::DisplayRole) const override;

    // In name order. Rows that stay keep their place (the selection stays where it was).
    void setSnapshots(const QList<CampaignService::Snapshot>& snapshots);
    [[nodiscard]] const QList<CampaignService::Snapshot>& snapshots() const { return m_rows; }
    [[nodiscard]] int rowOf(const QString& name) const;
    [[nodiscard]] QString nameAt(int row) const;

private:
    QList<CampaignService::Snapshot> m_rows;
};

// Paints the progress column as a progress bar with "N of M sent" on it.
class CampaignProgressDelegate : public QStyledItemDelegate
{
    Q_OBJECT
public:
    using QStyledItemDelegate::QStyledItemDelegate;
    void paint(QPainter* painter, const QStyleOptionViewItem& option, const QModelIndex& index) const override;
};

} // namespace Postino

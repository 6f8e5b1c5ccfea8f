#pragma once

#include "outbox/OutboxItem.h"

#include <QAbstractTableModel>
#include <QList>

namespace Postino {

class OutboxStore;

// The local Sent folder (OutboxStore::sentItems()), newest first: Subject, To, Sent at. Reloads when the
// outbox hands an item on.
class SentModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { SubjectColumn, ToColumn, SentColumn, ColumnCount };
    Q_ENUM(Column)
    enum Role { IdRole = Qt::UserRole + 1 };

    explicit SentModel(OutboxStore* store, QObject* parent = nullptr);

    [[nodiscard]] int rowCount(const QModelIndex& parent = {}) const override;
    [[nodiscard]] int columnCount(const QModelIndex& parent = {}) const override;
    [[nodiscard]] QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    [[nodiscard]] QVariant headerData(int section, Qt::Orientation orientation,
                                      int role = Qt::DisplayRole) const override;
    [[nodiscard]] OutboxItem itemAt(int row) const { return m_items.value(row); }
    [[nodiscard]] int rowOf(const QString& id) const; // -1 when it is not listed

public slots:
    void reload(); // the whole Sent folder, read again
    // One message filed under Sent (OutboxStore::sentAdded): a row, without reading the folder again.
    void add(const QString& id);

private:
    OutboxStore* m_store;
    QList<OutboxItem> m_items;
};

} // namespace Postino

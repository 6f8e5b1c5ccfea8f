#pragma once

#include <QAbstractTableModel>
#include <QDateTime>
#include <QHash>
#include <QPair>
#include <QPointer>

namespace Postino {

class OutboxModel;
struct OutboxItem;

// The outbox as a table for the Outbox view: Subject, To, Status (in words) and what happens next
// (the next attempt's time and the last error, the server's reply, "may arrive twice"). Follows
// OutboxModel row for row, live.
class OutboxTableModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { SubjectColumn, ToColumn, StatusColumn, DetailsColumn, ColumnCount };
    Q_ENUM(Column)

    explicit OutboxTableModel(OutboxModel* source, QObject* parent = nullptr);

    [[nodiscard]] int rowCount(const QModelIndex& parent = {}) const override;
    [[nodiscard]] int columnCount(const QModelIndex& parent = {}) const override;
    [[nodiscard]] QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    [[nodiscard]] QVariant headerData(int section, Qt::Orientation orientation,
                                      int role = Qt::DisplayRole) const override;

    [[nodiscard]] OutboxModel* sourceModel() const { return m_source; }
    // OutboxRunner::uploadProgress: shown as "Sending… 42 %" while the item is `sending`.
    void setUploadProgress(const QString& id, qint64 sent, qint64 total);
    // Percent of the message handed to the server, -1 when unknown.
    [[nodiscard]] int uploadPercent(const QString& id) const;
    [[nodiscard]] QString idAt(int row) const;
    // "Queued", "Sending…", "Waiting to retry", "Failed", "Outcome unknown".
    [[nodiscard]] static QString statusText(const OutboxItem& item);
    // What comes next and why, in words.
    // now: for "in 2 minutes" (invalid: the current time).
    [[nodiscard]] static QString detailsText(const OutboxItem& item, const QDateTime& now = {});

private:
    OutboxModel* m_source;
    QHash<QString, QPair<qint64, qint64>> m_progress; // id -> (sent, total)
};

} // namespace Postino

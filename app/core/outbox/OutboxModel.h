#pragma once

#include "outbox/OutboxItem.h"

#include <QAbstractListModel>

namespace Postino {

class OutboxStore;

// The outbox for views: one row per queued, sending or failed message, in id (= creation) order,
// updated live from the store's signals (the runner writes through the same store). With
// Folder::Sent, the same over the local Sent folder.
class OutboxModel : public QAbstractListModel
{
    Q_OBJECT
public:
    enum Role {
        IdRole = Qt::UserRole + 1,
        StateRole, // "queued" | "sending" | "failed"
        SubjectRole,
        FromRole,
        RecipientsRole, // QStringList of addresses
        NextAttemptRole, // QDateTime (UTC); invalid unless queued
        LastErrorRole,
        LastReplyRole,
        AttemptsRole,
        PossibleDuplicateRole, // bool
        AccountRole, // account name, or the ad-hoc host
        SizeRole,
        ItemRole, // the whole OutboxItem (QVariant::fromValue)
    };
    Q_ENUM(Role)

    enum class Folder { Outbox, Sent };

    explicit OutboxModel(OutboxStore* store, QObject* parent = nullptr);
    OutboxModel(OutboxStore* store, Folder folder, QObject* parent = nullptr);
    [[nodiscard]] Folder folder() const { return m_folder; }

    [[nodiscard]] int rowCount(const QModelIndex& parent = {}) const override;
    [[nodiscard]] QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    [[nodiscard]] QVariant headerData(int section, Qt::Orientation orientation,
                                      int role = Qt::DisplayRole) const override;
    [[nodiscard]] QHash<int, QByteArray> roleNames() const override;

    [[nodiscard]] int rowOf(const QString& id) const;
    [[nodiscard]] OutboxItem itemAt(int row) const;
    [[nodiscard]] const QList<OutboxItem>& items() const { return m_items; }
    // Reads the whole outbox again (for changes made by another process).
    void reload();

private:
    void onAdded(const QString& id);
    void onUpdated(const QString& id);
    void onRemoved(const QString& id);
    void onSentAdded(const QString& id);
    [[nodiscard]] int insertionRow(const QString& id) const;

    OutboxStore* m_store;
    Folder m_folder;
    QList<OutboxItem> m_items;
    bool m_reloading = false;
};

} // namespace Postino

Q_DECLARE_METATYPE(Postino::OutboxItem)

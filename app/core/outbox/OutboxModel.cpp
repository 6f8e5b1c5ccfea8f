#include "OutboxModel.h"

#include "outbox/OutboxStore.h"

#include <algorithm>

namespace Postino {

OutboxModel::OutboxModel(OutboxStore* store, QObject* parent)
    : OutboxModel(store, Folder::Outbox, parent)
{ }

OutboxModel::OutboxModel(OutboxStore* store, Folder folder, QObject* parent)
    : QAbstractListModel(parent)
    , m_store(store)
    , m_folder(folder)
{
    if (m_folder == Folder::Outbox) {
        connect(m_store, &OutboxStore::itemAdded, this, &OutboxModel::onAdded);
        connect(m_store, &OutboxStore::itemUpdated, this, &OutboxModel::onUpdated);
        connect(m_store, &OutboxStore::itemRemoved, this, &OutboxModel::onRemoved);
    } else {
        connect(m_store, &OutboxStore::sentAdded, this, &OutboxModel::onSentAdded);
    }
    reload();
}

QVariant OutboxModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (section != 0 || orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractListModel::headerData(section, orientation, role);
    return m_folder == Folder::Outbox ? tr("Waiting to be sent") : tr("Sent");
}

void OutboxModel::onSentAdded(const QString& id)
{
    if (m_reloading || rowOf(id) >= 0)
        return;
    Result<OutboxItem> item = m_store->find(id, OutboxStore::Check::Metadata);
    if (!item)
        return;
    const int row = insertionRow(id);
    beginInsertRows({}, row, row);
    m_items.insert(row, std::move(item).value());
    endInsertRows();
}

int OutboxModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_items.size());
}

QVariant OutboxModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const OutboxItem& item = m_items.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return item.subject.isEmpty() ? tr("(no subject)") : item.subject;
    case Qt::ToolTipRole:
        return item.lastError.isEmpty() ? QVariant() : QVariant(item.lastError);
    case IdRole:
        return item.id;
    case StateRole:
        return outboxStateName(item.state);
    case SubjectRole:
        return item.subject;
    case FromRole:
        return item.from.isEmpty() ? item.sender : item.from;
    case RecipientsRole: {
        QStringList addresses;
        for (const OutboxRecipient& r : item.recipients)
            addresses << r.address;
        return addresses;
    }
    case NextAttemptRole:
        return item.state == OutboxItem::State::Queued ? item.nextAttempt : QDateTime();
    case LastErrorRole:
        return item.lastError;
    case LastReplyRole:
        return item.lastReply;
    case AttemptsRole:
        return item.attempts;
    case PossibleDuplicateRole:
        return item.possibleDuplicate;
    case AccountRole:
        return item.isAdHoc() ? item.server.host : item.account;
    case SizeRole:
        return item.size;
    case ItemRole:
        return QVariant::fromValue(item);
    default:
        return {};
    }
}

QHash<int, QByteArray> OutboxModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractListModel::roleNames();
    names.insert(IdRole, "id");
    names.insert(StateRole, "state");
    names.insert(SubjectRole, "subject");
    names.insert(FromRole, "from");
    names.insert(RecipientsRole, "recipients");
    names.insert(NextAttemptRole, "nextAttempt");
    names.insert(LastErrorRole, "lastError");
    names.insert(LastReplyRole, "lastReply");
    names.insert(AttemptsRole, "attempts");
    names.insert(PossibleDuplicateRole, "possibleDuplicate");
    names.insert(AccountRole, "account");
    names.insert(SizeRole, "size");
    names.insert(ItemRole, "item");
    return names;
}

// The rows are in id order: a row is found by bisection, not by a walk over 100,000 of them for every
// message the runner sends.
int OutboxModel::rowOf(const QString& id) const
{
    const int row = insertionRow(id);
    return row < m_items.size() && m_items.at(row).id == id ? row : -1;
}

OutboxItem OutboxModel::itemAt(int row) const
{
    return m_items.value(row);
}

void OutboxModel::reload()
{
    // Loading may move damaged items aside (itemRemoved): read first, then reset.
    m_reloading = true;
    // The metadata only: a message's SHA-256 is checked as it is sent, not on the GUI thread for a view.
    QList<OutboxItem> items = m_folder == Folder::Outbox ? m_store->items(OutboxStore::Check::Metadata)
                                                         : m_store->sentItems(OutboxStore::Check::Metadata);
    m_reloading = false;
    beginResetModel();
    m_items = std::move(items);
    endResetModel();
}

int OutboxModel::insertionRow(const QString& id) const
{
    const auto at = std::lower_bound(m_items.cbegin(), m_items.cend(), id,
                                     [](const OutboxItem& item, const QString& key) { return item.id < key; });
    return static_cast<int>(at - m_items.cbegin());
}

void OutboxModel::onAdded(const QString& id)
{
    if (m_reloading)
        return;
    if (rowOf(id) >= 0) {
        onUpdated(id);
        return;
    }
    Result<OutboxItem> item = m_store->load(id, OutboxStore::Check::Metadata);
    if (!item || item.value().state == OutboxItem::State::Sent || rowOf(id) >= 0)
        return;
    const int row = insertionRow(id);
    beginInsertRows({}, row, row);
    m_items.insert(row, std::move(item).value());
    endInsertRows();
}

void OutboxModel::onUpdated(const QString& id)
{
    if (m_reloading)
        return;
    const int row = rowOf(id);
    if (row < 0) {
        onAdded(id);
        return;
    }
    Result<OutboxItem> item = m_store->load(id, OutboxStore::Check::Metadata);
    const int now = rowOf(id); // a damaged item is removed (itemRemoved) while loading
    if (now < 0)
        return;
    if (!item || item.value().state == OutboxItem::State::Sent) {
        onRemoved(id);
        return;
    }
    m_items[now] = std::move(item).value();
    emit dataChanged(index(now), index(now));
}

void OutboxModel::onRemoved(const QString& id)
{
    if (m_reloading)
        return;
    const int row = rowOf(id);
    if (row < 0)
        return;
    beginRemoveRows({}, row, row);
    m_items.removeAt(row);
    endRemoveRows();
}

} // namespace Postino

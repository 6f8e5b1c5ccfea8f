#include "SentModel.h"

#include "outbox/OutboxStore.h"

#include <QLocale>

#include <algorithm>

namespace Postino {

SentModel::SentModel(OutboxStore* store, QObject* parent)
    : QAbstractTableModel(parent)
    , m_store(store)
{
    connect(store, &OutboxStore::sentAdded, this, &SentModel::add);
    reload();
}

void SentModel::add(const QString& id)
{
    for (const OutboxItem& item : qAsConst(m_items)) {
        if (item.id == id)
            return;
    }
    const Result<OutboxItem> found = m_store->find(id, OutboxStore::Check::Metadata);
    if (!found.ok() || found.value().state != OutboxItem::State::Sent)
        return;
    // Newest first, by id.
    const auto at = std::lower_bound(m_items.begin(), m_items.end(), id,
                                     [](const OutboxItem& item, const QString& key) { return item.id > key; });
    const int row = static_cast<int>(at - m_items.begin());
    beginInsertRows({}, row, row);
    m_items.insert(row, found.value());
    endInsertRows();
}

int SentModel::rowOf(const QString& id) const
{
    // Newest first, and ids sort by time: a binary search.
    const auto at = std::lower_bound(m_items.cbegin(), m_items.cend(), id,
                                     [](const OutboxItem& item, const QString& key) { return item.id > key; });
    return at != m_items.cend() && at->id == id ? static_cast<int>(at - m_items.cbegin()) : -1;
}

void SentModel::reload()
{
    beginResetModel();
    m_items = m_store->sentItems(OutboxStore::Check::Metadata);
    std::sort(m_items.begin(), m_items.end(), [](const OutboxItem& a, const OutboxItem& b) { return a.id > b.id; });
    endResetModel();
}

int SentModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_items.size());
}

int SentModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant SentModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const OutboxItem& item = m_items.at(index.row());
    if (role == IdRole)
        return item.id;
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case SubjectColumn:
        return item.subject.isEmpty() ? tr("(no subject)") : item.subject;
    case ToColumn: {
        QStringList addresses;
        for (const OutboxRecipient& r : item.recipients)
            addresses << r.address;
        return addresses.join(QStringLiteral(", "));
    }
    case SentColumn: {
        const QDateTime at = item.lastAttempt.isValid() ? item.lastAttempt : item.created;
        return QLocale().toString(at.toLocalTime(), QLocale::ShortFormat);
    }
    default:
        return {};
    }
}

QVariant SentModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case SubjectColumn:
        return tr("Subject");
    case ToColumn:
        return tr("To");
    case SentColumn:
        return tr("Sent");
    default:
        return {};
    }
}

} // namespace Postino

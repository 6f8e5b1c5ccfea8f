#include "RecentRecipients.h"

#include "SentModel.h"

#include <QSet>

namespace Postino {

RecentRecipients::RecentRecipients(SentModel* sent, QObject* parent)
    : QStringListModel(parent)
    , m_sent(sent)
{
    connect(sent, &QAbstractItemModel::modelReset, this, &RecentRecipients::rebuild);
    connect(sent, &QAbstractItemModel::rowsInserted, this, &RecentRecipients::rebuild);
    connect(sent, &QAbstractItemModel::rowsRemoved, this, &RecentRecipients::rebuild);
    rebuild();
}

void RecentRecipients::rebuild()
{
    QStringList addresses;
    QSet<QString> seen;
    // The Sent model lists the newest first.
    for (int row = 0; row < m_sent->rowCount() && addresses.size() < MaxAddresses; ++row) {
        const OutboxItem item = m_sent->itemAt(row);
        for (const OutboxRecipient& recipient : item.recipients) {
            if (recipient.state != OutboxRecipient::State::Sent)
                continue; // a refused address is not one to offer again
            const QString key = recipient.address.toCaseFolded();
            if (recipient.address.isEmpty() || seen.contains(key))
                continue;
            seen.insert(key);
            addresses.append(recipient.address);
            if (addresses.size() >= MaxAddresses)
                break;
        }
    }
    if (addresses != stringList())
        setStringList(addresses);
}

} // namespace Postino

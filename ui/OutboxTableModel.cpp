#include "OutboxTableModel.h"

#include "RelativeTime.h"
#include "outbox/OutboxModel.h"

#include <QApplication>
#include <QLocale>
#include <QStyle>

namespace Postino {

OutboxTableModel::OutboxTableModel(OutboxModel* source, QObject* parent)
    : QAbstractTableModel(parent)
    , m_source(source)
{
    connect(source, &QAbstractItemModel::rowsAboutToBeInserted, this,
            [this](const QModelIndex&, int first, int last) { beginInsertRows({}, first, last); });
    connect(source, &QAbstractItemModel::rowsInserted, this, [this] { endInsertRows(); });
    connect(source, &QAbstractItemModel::rowsAboutToBeRemoved, this,
            [this](const QModelIndex&, int first, int last) { beginRemoveRows({}, first, last); });
    connect(source, &QAbstractItemModel::rowsRemoved, this, [this] { endRemoveRows(); });
    connect(source, &QAbstractItemModel::modelAboutToBeReset, this, [this] { beginResetModel(); });
    connect(source, &QAbstractItemModel::modelReset, this, [this] { endResetModel(); });
    connect(source, &QAbstractItemModel::layoutAboutToBeChanged, this, [this] { emit layoutAboutToBeChanged(); });
    connect(source, &QAbstractItemModel::layoutChanged, this, [this] { emit layoutChanged(); });
    connect(source, &QAbstractItemModel::dataChanged, this,
            [this](const QModelIndex& topLeft, const QModelIndex& bottomRight) {
                emit dataChanged(index(topLeft.row(), 0), index(bottomRight.row(), ColumnCount - 1));
            });
}

int OutboxTableModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() || !m_source ? 0 : m_source->rowCount();
}

int OutboxTableModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString OutboxTableModel::idAt(int row) const
{
    return m_source ? m_source->index(row).data(OutboxModel::IdRole).toString() : QString();
}

void OutboxTableModel::setUploadProgress(const QString& id, qint64 sent, qint64 total)
{
    const int before = uploadPercent(id);
    m_progress.insert(id, qMakePair(sent, total));
    if (uploadPercent(id) == before)
        return; // a row is repainted once per percent, not once per socket write
    for (int row = 0; row < rowCount(); ++row) {
        if (idAt(row) == id) {
            emit dataChanged(index(row, StatusColumn), index(row, DetailsColumn));
            return;
        }
    }
}

int OutboxTableModel::uploadPercent(const QString& id) const
{
    const auto it = m_progress.constFind(id);
    if (it == m_progress.cend() || it->second <= 0)
        return -1;
    return static_cast<int>(qBound(qint64(0), it->first * 100 / it->second, qint64(100)));
}

QString OutboxTableModel::statusText(const OutboxItem& item)
{
    if (item.possibleDuplicate && item.state != OutboxItem::State::Sending)
        return tr("Outcome unknown");
    switch (item.state) {
    case OutboxItem::State::Queued:
        if (item.attempts == 0 && item.notBefore.isValid() && item.notBefore > QDateTime::currentDateTimeUtc())
            return tr("Scheduled");
        return item.attempts > 0 ? tr("Waiting to retry") : tr("Queued");
    case OutboxItem::State::Sending:
        return tr("Sending…");
    case OutboxItem::State::Failed:
        return tr("Failed");
    case OutboxItem::State::Sent:
        return tr("Sent");
    }
    return {};
}

QString OutboxTableModel::detailsText(const OutboxItem& item, const QDateTime& now)
{
    QStringList parts;
    if (item.possibleDuplicate) {
        parts << tr("The connection was lost after the whole message was sent: the server may have it already, "
                    "so retrying may make it arrive twice.");
    }
    switch (item.state) {
    case OutboxItem::State::Queued:
        if (item.notBefore.isValid() && item.notBefore > (now.isValid() ? now : QDateTime::currentDateTimeUtc())) {
            parts << tr("Sent later, at %1 (Retry Now sends it at once).")
                         .arg(RelativeTime::clockAndDistance(item.notBefore,
                                                             now.isValid() ? now : QDateTime::currentDateTime()));
        }
        if (item.attempts > 0 && item.nextAttempt.isValid()) {
            parts << tr("Next try at %1, attempt %2.")
                         .arg(RelativeTime::clockAndDistance(item.nextAttempt,
                                                             now.isValid() ? now : QDateTime::currentDateTime()))
                         .arg(item.attempts + 1);
        }
        if (!item.lastError.isEmpty())
            parts << tr("Last error: %1").arg(item.lastError);
        break;
    case OutboxItem::State::Sending:
        parts << tr("Talking to the server (attempt %1).").arg(qMax(1, item.attempts));
        break;
    case OutboxItem::State::Failed:
        if (!item.lastError.isEmpty())
            parts << item.lastError;
        if (!item.lastReply.isEmpty() && !item.lastError.contains(item.lastReply))
            parts << tr("The server said: %1").arg(item.lastReply);
        break;
    case OutboxItem::State::Sent:
        break;
    }
    return parts.join(QLatin1Char(' '));
}

QVariant OutboxTableModel::data(const QModelIndex& index, int role) const
{
    if (!m_source || !checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const QModelIndex source = m_source->index(index.row());
    if (role == OutboxModel::IdRole || role == OutboxModel::ItemRole || role == OutboxModel::StateRole)
        return source.data(role);
    const OutboxItem item = m_source->itemAt(index.row());
    if (role == Qt::ToolTipRole) {
        const QString details = detailsText(item);
        return details.isEmpty() ? QVariant() : QVariant(details);
    }
    if (role == Qt::DecorationRole && index.column() == StatusColumn) {
        QStyle* style = QApplication::style();
        if (item.possibleDuplicate)
            return style->standardIcon(QStyle::SP_MessageBoxWarning);
        switch (item.state) {
        case OutboxItem::State::Failed:
            return style->standardIcon(QStyle::SP_MessageBoxCritical);
        case OutboxItem::State::Sending:
            return style->standardIcon(QStyle::SP_ArrowUp);
        case OutboxItem::State::Queued:
            return style->standardIcon(item.attempts > 0 ? QStyle::SP_BrowserReload : QStyle::SP_FileIcon);
        case OutboxItem::State::Sent:
            return style->standardIcon(QStyle::SP_DialogApplyButton);
        }
    }
    if (role != Qt::DisplayRole && role != Qt::AccessibleTextRole)
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
    case StatusColumn:
        if (item.state == OutboxItem::State::Sending && uploadPercent(item.id) >= 0)
            return tr("Sending… %1 %").arg(QLocale().toString(uploadPercent(item.id)));
        return statusText(item);
    case DetailsColumn:
        if (item.state == OutboxItem::State::Sending && m_progress.contains(item.id)) {
            const QLocale locale;
            const auto [sent, total] = m_progress.value(item.id);
            return tr("%1 of %2 handed to the server (attempt %3).")
                .arg(locale.formattedDataSize(sent, 1, QLocale::DataSizeTraditionalFormat),
                     locale.formattedDataSize(total, 1, QLocale::DataSizeTraditionalFormat))
                .arg(item.attempts);
        }
        return detailsText(item);
    default:
        return {};
    }
}

QVariant OutboxTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case SubjectColumn:
        return tr("Subject");
    case ToColumn:
        return tr("To");
    case StatusColumn:
        return tr("Status");
    case DetailsColumn:
        return tr("Details");
    default:
        return {};
    }
}

} // namespace Postino

#include "campaign/CampaignReport.h"

#include <QHash>

namespace Postino {

namespace {

// When a row has more than one message (it should not), the one that got furthest tells.
int rank(const OutboxItem& item)
{
    if (item.state == OutboxItem::State::Sent || item.allRecipientsSent())
        return 3;
    if (item.state == OutboxItem::State::Sending || item.state == OutboxItem::State::Queued)
        return 2;
    return 1;
}

QJsonValue orNull(const QString& s)
{
    return s.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(s);
}

CampaignRow fromItem(int row, const QString& email, const OutboxItem& item)
{
    CampaignRow r;
    r.row = row;
    r.email = email;
    r.itemId = item.id;
    r.messageId = item.messageId;
    r.possibleDuplicate = item.possibleDuplicate;
    const OutboxRecipient* rcpt = item.recipients.isEmpty() ? nullptr : &item.recipients.first();
    r.reply = rcpt && !rcpt->reply.isEmpty() ? rcpt->reply : item.lastReply;
    if (rank(item) == 3) {
        r.state = CampaignRow::State::Sent;
        // The server's acceptance of the message ("250 2.0.0 Ok: queued as 4F..."), which its log names.
        if (!item.lastReply.isEmpty())
            r.reply = item.lastReply;
    } else if (item.state == OutboxItem::State::Failed) {
        r.state = CampaignRow::State::Failed;
        r.reason = item.lastError;
    } else {
        r.state = CampaignRow::State::Queued;
        r.reason = item.lastError;
        r.nextAttempt = item.nextAttempt;
    }
    return r;
}

QByteArray csvField(const QString& value)
{
    QByteArray v = value.toUtf8();
    if (v.contains(',') || v.contains('"') || v.contains('\n') || v.contains('\r') || v.contains(';')) {
        v.replace('"', "\"\"");
        v = '"' + v + '"';
    }
    return v;
}

} // namespace

QString campaignRowStateName(CampaignRow::State state)
{
    switch (state) {
    case CampaignRow::State::Sent:
        return QStringLiteral("sent");
    case CampaignRow::State::Queued:
        return QStringLiteral("queued");
    case CampaignRow::State::Failed:
        return QStringLiteral("failed");
    case CampaignRow::State::Skipped:
        return QStringLiteral("skipped");
    }
    return {};
}

CampaignReport CampaignReport::compute(const Campaign& campaign, const RecipientList& list,
                                       const QList<SkippedRecipient>& skippedAtStart, const QList<OutboxItem>& items)
{
    QHash<int, const OutboxItem*> byRow;
    for (const OutboxItem& item : items) {
        if (item.campaign != campaign.name || item.campaignRow <= 0)
            continue;
        const OutboxItem* seen = byRow.value(item.campaignRow);
        if (!seen || rank(item) > rank(*seen))
            byRow.insert(item.campaignRow, &item);
    }
    QHash<int, const SkippedRecipient*> skippedThen;
    for (const SkippedRecipient& s : skippedAtStart)
        skippedThen.insert(s.row, &s);
    QHash<int, const SkippedRecipient*> skippedNow;
    for (const SkippedRecipient& s : list.skipped())
        skippedNow.insert(s.row, &s);
    QHash<int, QString> emails;
    for (const CampaignRecipient& r : list.recipients())
        emails.insert(r.row, r.email);
    for (const SkippedRecipient& s : list.skipped())
        emails.insert(s.row, s.email);

    CampaignReport report;
    const bool started = campaign.state != CampaignState::Draft;
    for (int row = 1; row <= list.total(); ++row) {
        const QString email = emails.value(row);
        if (const OutboxItem* item = byRow.value(row)) {
            report.m_rows << fromItem(row, email, *item);
            continue;
        }
        CampaignRow r;
        r.row = row;
        r.email = email;
        r.state = CampaignRow::State::Skipped;
        if (const SkippedRecipient* s = started ? skippedThen.value(row) : nullptr)
            r.reason = s->detail;
        else if (const SkippedRecipient* now = skippedNow.value(row))
            r.reason = now->detail;
        else if (campaign.state == CampaignState::Cancelled)
            r.reason = tr("the campaign was cancelled before it was sent");
        else if (!started || !campaign.enqueued)
            r.state = CampaignRow::State::Queued;
        else
            r.reason = tr("its message was removed from the outbox");
        report.m_rows << r;
    }
    report.m_finished = started && campaign.enqueued && report.count(CampaignRow::State::Queued) == 0;
    return report;
}

int CampaignReport::count(CampaignRow::State state) const
{
    int n = 0;
    for (const CampaignRow& r : m_rows)
        n += r.state == state ? 1 : 0;
    return n;
}

QDateTime CampaignReport::nextAttempt() const
{
    QDateTime next;
    for (const CampaignRow& r : m_rows) {
        if (r.state == CampaignRow::State::Queued && r.nextAttempt.isValid()
            && (!next.isValid() || r.nextAttempt < next))
            next = r.nextAttempt;
    }
    return next;
}

QJsonArray CampaignReport::toJson() const
{
    QJsonArray out;
    for (const CampaignRow& r : m_rows) {
        QJsonObject o {{QStringLiteral("row"), r.row},
                       {QStringLiteral("email"), r.email},
                       {QStringLiteral("state"), campaignRowStateName(r.state)},
                       {QStringLiteral("reason"), orNull(r.reason)},
                       {QStringLiteral("reply"), orNull(r.reply)},
                       {QStringLiteral("message_id"), orNull(r.messageId)}};
        if (r.possibleDuplicate)
            o.insert(QStringLiteral("possible_duplicate"), true);
        out.append(o);
    }
    return out;
}

QByteArray CampaignReport::toCsv() const
{
    QByteArray out = "row,email,state,reason,reply,message_id\r\n";
    for (const CampaignRow& r : m_rows) {
        out += QByteArray::number(r.row) + ',' + csvField(r.email) + ',' + campaignRowStateName(r.state).toLatin1()
            + ',' + csvField(r.reason) + ',' + csvField(r.reply) + ',' + csvField(r.messageId) + "\r\n";
    }
    return out;
}

} // namespace Postino

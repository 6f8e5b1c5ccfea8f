#pragma once

#include "campaign/Campaign.h"
#include "campaign/RecipientList.h"
#include "outbox/OutboxItem.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QString>

namespace Postino {

// What became of one data row of a campaign's list.
struct CampaignRow
{
    enum class State { Sent, Queued, Failed, Skipped };
    int row = 0;
    QString email;
    State state = State::Queued;
    QString reason; // skipped: why; failed: the error; queued: why it waits (empty when it is just its turn)
    QString reply; // the server's words about this recipient
    QString messageId;
    QString itemId; // its outbox item, if it has one
    QDateTime nextAttempt; // queued: when it is tried next
    bool possibleDuplicate = false; // an attempt was lost after the final dot
};

// "sent" | "queued" | "failed" | "skipped"
[[nodiscard]] QString campaignRowStateName(CampaignRow::State state);

// A campaign's state in numbers and row by row, computed from the list and the outbox (the ledger): a
// row's message in the outbox or the Sent folder says what became of it; a row without one was skipped
// (by the list's checks at start, by a cancel, by the suppression list afterwards, or removed by hand).
class CampaignReport
{
    Q_DECLARE_TR_FUNCTIONS(Postino::CampaignReport)
public:
    // list: the campaign's list as checked now (with the suppression list); skippedAtStart: what its start
    // skipped (CampaignStore::skipped); items: the campaign's outbox and Sent items (others are ignored).
    [[nodiscard]] static CampaignReport compute(const Campaign& campaign, const RecipientList& list,
                                                const QList<SkippedRecipient>& skippedAtStart,
                                                const QList<OutboxItem>& items);

    [[nodiscard]] const QList<CampaignRow>& rows() const { return m_rows; }
    [[nodiscard]] int total() const { return static_cast<int>(m_rows.size()); }
    [[nodiscard]] int count(CampaignRow::State state) const;
    // Nothing waits any more: every row was sent, failed or skipped (and every message was written).
    [[nodiscard]] bool finished() const { return m_finished; }
    // The earliest next attempt of a queued row (invalid when none waits).
    [[nodiscard]] QDateTime nextAttempt() const;

    // `campaign report --json`: [{"row", "email", "state", "reason", "reply", "message_id"}], in row order.
    [[nodiscard]] QJsonArray toJson() const;
    // `campaign report --csv FILE`: the same columns, RFC 4180, UTF-8, CRLF.
    [[nodiscard]] QByteArray toCsv() const;

private:
    QList<CampaignRow> m_rows;
    bool m_finished = false;
};

} // namespace Postino

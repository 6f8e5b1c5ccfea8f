#pragma once

#include "campaign/Campaign.h"
#include "campaign/CampaignReport.h"
#include "outbox/SendPacer.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonObject>
#include <QList>

namespace Postino {

// Where a campaign stands, for `campaign status` and the GUI's progress view: its report in numbers, the
// pace its messages go at, when the next one goes and when the last should.
struct CampaignStatus
{
    Q_DECLARE_TR_FUNCTIONS(Postino::CampaignStatus)
public:
    Campaign campaign;
    CampaignReport report;
    PaceLimits pace; // the campaign's own --rate/--daily-limit, else its account's (0: none of that kind)
    QDateTime nextSend; // when its next message may go; invalid when none waits or it is not sending
    QDateTime eta; // when its last message should go at that pace; invalid when it cannot be told
    QString waitReason; // why the next one waits, for people (the pace, a retry, a pause); may be empty

    // The pace a campaign's messages go at: its own limits where it has them, the account's otherwise.
    [[nodiscard]] static PaceLimits paceOf(const Campaign& campaign, const PaceLimits& accountPace);
    // A pace for people: "30 per minute, 500 per 24 hours", or "as fast as the server takes them".
    [[nodiscard]] static QString paceText(const PaceLimits& pace);

    // nextSend and eta for `remaining` messages waiting, the earliest of them due at earliestAttempt
    // (invalid: now), with the account's transaction starts of the last 24 hours (its pace log): each
    // message goes at the earliest time the pacer allows after the previous one. Without a pace, eta is
    // invalid (the server's speed decides).
    void estimate(int remaining, const QDateTime& earliestAttempt, const QList<QDateTime>& starts,
                  const QDateTime& now);

    // `campaign status --json`: {"name", "state", "total", "sent", "queued", "failed", "skipped", "rate",
    // "daily_limit", "next_send", "eta"} (rate and daily_limit null without such a limit; times UTC ISO
    // 8601 or null), plus "pause_reason" and "wait_reason".
    [[nodiscard]] QJsonObject toJson() const;
};

} // namespace Postino

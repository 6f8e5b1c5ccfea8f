#include "campaign/CampaignStatus.h"

#include <QStringList>

namespace Postino {

namespace {

QJsonValue timeValue(const QDateTime& t)
{
    return t.isValid() ? QJsonValue(t.toUTC().toString(Qt::ISODate)) : QJsonValue(QJsonValue::Null);
}

QJsonValue limitValue(int limit)
{
    return limit > 0 ? QJsonValue(limit) : QJsonValue(QJsonValue::Null);
}

} // namespace

PaceLimits CampaignStatus::paceOf(const Campaign& campaign, const PaceLimits& accountPace)
{
    PaceLimits pace = accountPace;
    if (campaign.ratePerMinute > 0)
        pace.ratePerMinute = campaign.ratePerMinute;
    if (campaign.dailyLimit > 0)
        pace.dailyLimit = campaign.dailyLimit;
    return pace;
}

QString CampaignStatus::paceText(const PaceLimits& pace)
{
    QStringList parts;
    if (pace.ratePerMinute > 0)
        parts << tr("%n per minute", nullptr, pace.ratePerMinute);
    if (pace.dailyLimit > 0)
        parts << tr("%n per 24 hours", nullptr, pace.dailyLimit);
    return parts.isEmpty() ? tr("as fast as the server takes them") : parts.join(QStringLiteral(", "));
}

void CampaignStatus::estimate(int remaining, const QDateTime& earliestAttempt, const QList<QDateTime>& starts,
                              const QDateTime& now)
{
    nextSend = {};
    eta = {};
    waitReason.clear();
    if (campaign.state == CampaignState::Paused) {
        waitReason = campaign.pauseReason.isEmpty() ? tr("Paused.") : tr("Paused: %1").arg(campaign.pauseReason);
        return;
    }
    if (campaign.state != CampaignState::Sending || remaining <= 0)
        return;
    SendPacer pacer(pace);
    pacer.setStarts(starts, now);
    const QDateTime from = earliestAttempt.isValid() && earliestAttempt > now ? earliestAttempt : now;
    nextSend = pacer.nextStartAt(from);
    if (nextSend > now)
        waitReason = pacer.reason(now);
    if (waitReason.isEmpty() && from > now) {
        // The server's words about the message that goes next (a throttling reply, a refused connection).
        QString why;
        for (const CampaignRow& row : report.rows()) {
            if (row.state == CampaignRow::State::Queued && row.nextAttempt == earliestAttempt
                && !row.reason.isEmpty()) {
                why = row.reason;
                break;
            }
        }
        const QString at = SendPacer::timeText(from, now, true);
        waitReason = why.isEmpty() ? tr("Waiting to try again at %1 after a temporary failure.").arg(at)
                                   : tr("Waiting to try again at %1: %2").arg(at, why);
    }
    if (waitReason.isEmpty()) {
        // A message that failed for now and waits (a throttling reply holds the whole account back, and the
        // runner that knows it may be another process): the latest such, in the server's words.
        const CampaignRow* waiting = nullptr;
        for (const CampaignRow& row : report.rows()) {
            if (row.state == CampaignRow::State::Queued && row.nextAttempt > now && !row.reason.isEmpty()
                && (!waiting || row.nextAttempt > waiting->nextAttempt))
                waiting = &row;
        }
        if (waiting) {
            waitReason = tr("A message waits to be tried again at %1: %2")
                             .arg(SendPacer::timeText(waiting->nextAttempt, now, true), waiting->reason);
        }
    }
    if (!pacer.isPaced())
        return;
    QDateTime t = nextSend;
    for (int i = 0; i < remaining; ++i) {
        t = pacer.nextStartAt(t);
        pacer.note(t);
    }
    eta = t;
}

QJsonObject CampaignStatus::toJson() const
{
    return QJsonObject {
        {QStringLiteral("name"), campaign.name},
        {QStringLiteral("state"), campaignStateName(campaign.state)},
        {QStringLiteral("total"), report.total()},
        {QStringLiteral("sent"), report.count(CampaignRow::State::Sent)},
        {QStringLiteral("queued"), report.count(CampaignRow::State::Queued)},
        {QStringLiteral("failed"), report.count(CampaignRow::State::Failed)},
        {QStringLiteral("skipped"), report.count(CampaignRow::State::Skipped)},
        {QStringLiteral("rate"), limitValue(pace.ratePerMinute)},
        {QStringLiteral("daily_limit"), limitValue(pace.dailyLimit)},
        {QStringLiteral("next_send"), timeValue(nextSend)},
        {QStringLiteral("eta"), timeValue(eta)},
        {QStringLiteral("pause_reason"),
         campaign.state == CampaignState::Paused ? QJsonValue(campaign.pauseReason) : QJsonValue(QJsonValue::Null)},
        {QStringLiteral("wait_reason"), waitReason.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(waitReason)},
    };
}

} // namespace Postino

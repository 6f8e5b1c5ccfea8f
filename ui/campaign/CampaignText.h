#pragma once

#include "campaign/Campaign.h"
#include "campaign/CampaignReport.h"
#include "outbox/SendPacer.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QString>

namespace Postino {

// The words the campaign windows use for what the core says in names: states, row states, the pace, times.
class CampaignText
{
    Q_DECLARE_TR_FUNCTIONS(Postino::CampaignText)
public:
    [[nodiscard]] static QString state(CampaignState state);
    [[nodiscard]] static QString rowState(CampaignRow::State state);
    // "30 per minute, 500 per 24 hours", or that the server's speed decides.
    // A local date and time, or "–" for an invalid one.
    [[nodiscard]] static QString when(const QDateTime& time);
};

} // namespace Postino

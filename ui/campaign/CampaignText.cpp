#include "CampaignText.h"

#include <QLocale>
#include <QStringList>

namespace Postino {

QString CampaignText::state(CampaignState state)
{
    switch (state) {
    case CampaignState::Draft:
        return tr("Draft");
    case CampaignState::Sending:
        return tr("Sending");
    case CampaignState::Paused:
        return tr("Paused");
    case CampaignState::Done:
        return tr("Done");
    case CampaignState::Cancelled:
        break;
    }
    return tr("Cancelled");
}

QString CampaignText::rowState(CampaignRow::State state)
{
    switch (state) {
    case CampaignRow::State::Sent:
        return tr("Sent");
    case CampaignRow::State::Queued:
        return tr("Waiting");
    case CampaignRow::State::Failed:
        return tr("Failed");
    case CampaignRow::State::Skipped:
        break;
    }
    return tr("Skipped");
}

QString CampaignText::when(const QDateTime& time)
{
    return time.isValid() ? QLocale().toString(time.toLocalTime(), QLocale::ShortFormat) : QStringLiteral("–");
}

} // namespace Postino

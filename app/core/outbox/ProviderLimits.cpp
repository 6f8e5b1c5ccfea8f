#include "ProviderLimits.h"

#include "accounts/AccountStore.h"
#include "discovery/SendingLimits.h"

namespace Postino {

namespace {

// The username and host of an ad-hoc item's account key (OutboxItem::accountKey()), or nothing.
bool splitAdHocKey(const QString& key, QString* username, QString* host)
{
    static const QString prefix = QStringLiteral("ad-hoc:");
    if (!key.startsWith(prefix))
        return false;
    const int colon = key.lastIndexOf(QLatin1Char(':'));
    const int at = key.lastIndexOf(QLatin1Char('@'), colon);
    if (colon <= prefix.size() || at < prefix.size() || at > colon)
        return false;
    *username = key.mid(prefix.size(), at - prefix.size());
    *host = key.mid(at + 1, colon - at - 1);
    return !host->isEmpty();
}

} // namespace

AccountLimits accountLimitsFor(const SendingLimits& limits)
{
    AccountLimits out;
    if (limits.maxConnections > 0)
        out.maxConnections = limits.maxConnections;
    out.ratePerMinute = qMax(0, limits.messagesPerMinute);
    out.dailyLimit = qMax(0, limits.messagesPerDay);
    return out;
}

DefaultLimits providerDefaultLimits(const AccountStore& accounts, const ProviderDatabase& db)
{
    return [&accounts, &db](const QString& key) {
        QString email;
        QString host;
        if (!splitAdHocKey(key, &email, &host)) {
            Result<Account> account = accounts.get(key);
            if (!account)
                return AccountLimits();
            email = account.value().email;
            host = account.value().host;
        }
        const std::optional<SendingLimits> limits = defaultSendingLimits(db, email, host);
        return limits ? accountLimitsFor(*limits) : AccountLimits();
    };
}

} // namespace Postino

#include "AccountState.h"

#include "common/Settings.h"

namespace Postino {

void AccountState::block(const QString& reason)
{
    m_blockedReason = reason;
}

bool AccountState::rejectCredentials()
{
    return !std::exchange(m_credentialsRejected, true);
}

void AccountState::unblock()
{
    m_blockedReason.clear();
    m_credentialsRejected = false;
    m_throttle.until = {};
}

int AccountState::sessionLimit(const AccountLimits& limits) const
{
    int limit = m_cap > 0 ? qMin(m_cap, limits.maxConnections) : limits.maxConnections;
    // Evenly spaced, one session carries a message a second or so; more would only sit waiting.
    if (limits.ratePerMinute > 0)
        limit = qMin(limit, qMax(1, limits.ratePerMinute / 60));
    return limit;
}

void AccountState::sessionsEnded()
{
    m_settings.reset();
    m_cap = 0;
}

void AccountStates::setDefaults(DefaultLimits defaults)
{
    m_defaults = std::move(defaults);
    m_defaultsSeen.clear();
}

AccountLimits AccountStates::limits(const QString& key) const
{
    if (const auto it = m_limits.constFind(key); it != m_limits.cend())
        return *it;
    AccountLimits limits;
    if (m_defaults) {
        auto seen = m_defaultsSeen.find(key);
        if (seen == m_defaultsSeen.end())
            seen = m_defaultsSeen.insert(key, m_defaults(key));
        limits = *seen;
        if (limits.maxConnections <= 0)
            limits.maxConnections = AccountLimits().maxConnections; // the provider does not say
    }
    if (m_settings) {
        const auto set = [this, &key](Settings::Key k, int& value) {
            if (m_settings->contains(k, key))
                value = m_settings->intValue(k, key);
        };
        set(Settings::Key::AccountMaxConnections, limits.maxConnections);
        set(Settings::Key::AccountRatePerMinute, limits.ratePerMinute);
        set(Settings::Key::AccountDailyLimit, limits.dailyLimit);
    }
    limits.maxConnections = qMax(1, limits.maxConnections);
    limits.ratePerMinute = qMax(0, limits.ratePerMinute);
    limits.dailyLimit = qMax(0, limits.dailyLimit);
    return limits;
}

AccountState& AccountStates::get(const QString& key)
{
    auto it = m_accounts.find(key);
    if (it == m_accounts.end())
        it = m_accounts.insert(key, std::make_shared<AccountState>(key));
    return **it;
}

const AccountState* AccountStates::find(const QString& key) const
{
    const auto it = m_accounts.constFind(key);
    return it == m_accounts.cend() ? nullptr : it->get();
}

QStringList AccountStates::withCredentialsRejected() const
{
    QStringList out;
    for (const auto& acct : m_accounts) {
        if (acct->credentialsRejected())
            out << acct->key();
    }
    out.sort();
    return out;
}

} // namespace Postino

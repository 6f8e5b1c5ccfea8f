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
    if (limits.ratePerMinute > 0)
        limit = qMin(limit, limits.ratePerMinute); // more sessions would only sit waiting for the rate
    return limit;
}

void AccountState::sessionsEnded()
{
    m_settings.reset();
    m_cap = 0;
}

bool AccountState::rateReached(const QDateTime& t, int ratePerMinute)
{
    while (!m_starts.isEmpty() && m_starts.first().msecsTo(t) >= 60'000)
        m_starts.removeFirst();
    return m_starts.size() >= ratePerMinute;
}

QDateTime AccountState::rateFreesAt() const
{
    return m_starts.isEmpty() ? QDateTime() : m_starts.first().addSecs(60);
}

AccountLimits AccountStates::limits(const QString& key) const
{
    if (const auto it = m_limits.constFind(key); it != m_limits.cend())
        return *it;
    AccountLimits limits;
    if (m_settings) {
        limits.maxConnections = m_settings->intValue(Settings::Key::AccountMaxConnections, key);
        limits.ratePerMinute = m_settings->intValue(Settings::Key::AccountRatePerMinute, key);
    }
    limits.maxConnections = qMax(1, limits.maxConnections);
    limits.ratePerMinute = qMax(0, limits.ratePerMinute);
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

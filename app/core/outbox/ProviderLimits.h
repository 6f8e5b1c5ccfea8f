#pragma once

#include "outbox/AccountState.h"

#include <QString>

namespace Postino {

class AccountStore;
class ProviderDatabase;
struct SendingLimits;

// The outbox runner's default limits (OutboxRunner::setDefaultLimits()) from the provider database: for
// a stored account, the <postino:limits> of its address and SMTP host (defaultSendingLimits()); for an
// ad-hoc item's key ("ad-hoc:USER@HOST:PORT"), those of its username (when it is an address) and host.
// smtp.office365.com: 30 a minute, 10,000 a day, 3 connections; smtp.gmail.com with a gmail.com address
// 500 a day, with another domain (Workspace) 2,000 a day. None for an account the database does not know.
// Both must outlive what is returned; the account file is read each time it is asked (the runner asks
// once per account and pass).
[[nodiscard]] DefaultLimits providerDefaultLimits(const AccountStore& accounts, const ProviderDatabase& db);

// The runner's limits for a provider's sending limits (unknown numbers: none, two connections).
[[nodiscard]] AccountLimits accountLimitsFor(const SendingLimits& limits);

} // namespace Postino

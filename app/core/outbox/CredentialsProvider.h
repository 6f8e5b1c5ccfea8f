#pragma once

#include "common/Error.h"
#include "outbox/OutboxItem.h"
#include "smtp/Submission.h"

#include <QCoreApplication>

#include <functional>
#include <optional>

namespace Postino {

// Where and as whom to send an outbox item: its account's server and the keychain's password, or its
// ad-hoc server options and the password given on the command line. The runner asks once per account
// and run; the answer may come later (a keychain read). An error keeps that account's items queued,
// their last_error saying what is missing (Config, e.g. "needs a password nobody gave").
class CredentialsProvider
{
public:
    using Callback = std::function<void(Result<SubmissionSettings>)>;
    virtual ~CredentialsProvider() = default;
    // Calls done exactly once, now or later. The runner sets the settings' clock itself.
    virtual void settingsFor(const OutboxItem& item, Callback done) = 0;
    // The server refused the OAuth2 access token of item's account (a 334 error challenge, then 535): forget
    // it, so that the next settingsFor() refreshes it. True when a fresh token can be asked for.
    virtual bool tokenRefused(const OutboxItem& item)
    {
        Q_UNUSED(item);
        return false;
    }
};

// The simple provider: ad-hoc items use their stored options and the password given for this run (if
// any); account items are resolved by a callback (the account store and keychain), synchronously.
class StaticCredentialsProvider final : public CredentialsProvider
{
    Q_DECLARE_TR_FUNCTIONS(Postino::StaticCredentialsProvider)
public:
    using AccountResolver = std::function<Result<SubmissionSettings>(const OutboxItem& item)>;

    explicit StaticCredentialsProvider(std::optional<QString> adHocPassword = std::nullopt,
                                       AccountResolver accounts = {});

    void settingsFor(const OutboxItem& item, Callback done) override;
    // Connection options given for this run (`queue run --resolve ... --ca-file ...`) add to the stored ones.
    void setExtraResolve(const QStringList& entries) { m_extraResolve = entries; }
    void setTimeouts(const SmtpTimeouts& timeouts) { m_timeouts = timeouts; }

private:
    std::optional<QString> m_password;
    AccountResolver m_accounts;
    QStringList m_extraResolve;
    SmtpTimeouts m_timeouts;
};

} // namespace Postino

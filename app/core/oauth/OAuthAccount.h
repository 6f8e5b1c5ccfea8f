#pragma once

#include "accounts/Account.h"
#include "common/Error.h"
#include "discovery/IspdbParser.h"

#include <QCoreApplication>
#include <QString>

namespace Postino {

class ProviderDatabase;

// An account that signs in with OAuth2, from its provider's file: shared by postino-cli's account add
// --oauth and the wizard's "Sign in with PROVIDER…".
class OAuthAccount
{
    Q_DECLARE_TR_FUNCTIONS(Postino::OAuthAccount)
public:
    OAuthAccount() = delete;

    // The provider of email's domain when its file says how to sign in with OAuth2 (<oAuth2>), else null.
    [[nodiscard]] static const ProviderEntry* providerFor(const QString& email, const ProviderDatabase& providers);
    // Makes account an OAuth2 account of the provider of its address: the provider's mechanism (XOAUTH2
    // unless it says OAUTHBEARER), <oAuth2> and id, and unless serverGiven the provider's first outgoing
    // server that takes OAuth2 (else its first). A Config error when no provider file says how.
    [[nodiscard]] static Result<const ProviderEntry*> apply(Account& account, const ProviderDatabase& providers,
                                                            bool serverGiven);
};

} // namespace Postino

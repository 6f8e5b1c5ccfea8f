#include "CredentialsProvider.h"

namespace Postino {

StaticCredentialsProvider::StaticCredentialsProvider(std::optional<QString> adHocPassword, AccountResolver accounts)
    : m_password(std::move(adHocPassword))
    , m_accounts(std::move(accounts))
{ }

void StaticCredentialsProvider::settingsFor(const OutboxItem& item, Callback done)
{
    if (!item.isAdHoc()) {
        if (!m_accounts) {
            done(Error(ErrorKind::Config,
                       tr("The message %1 belongs to the account \"%2\", which cannot be read here. Send it from "
                          "Postino, or check the account with `postino-cli account list`.")
                           .arg(item.id, item.account)));
            return;
        }
        done(m_accounts(item));
        return;
    }
    OutboxServer server = item.server;
    server.resolve += m_extraResolve;
    Result<ServerEndpoint> endpoint = server.endpoint();
    if (!endpoint) {
        done(endpoint.error());
        return;
    }
    SubmissionSettings settings;
    settings.endpoint = endpoint.value();
    settings.timeouts = m_timeouts;
    settings.credentials.username = server.username;
    settings.credentials.mechanism = server.auth;
    if (!server.username.isEmpty()) {
        if (!m_password) {
            done(Error(ErrorKind::Config,
                       tr("The message %1 needs the password of %2 on %3, and none was given. Run `postino-cli "
                          "queue run` with --password-env VAR or --password-stdin.")
                           .arg(item.id, server.username, server.host)));
            return;
        }
        settings.credentials.secret = *m_password;
    }
    done(settings);
}

} // namespace Postino

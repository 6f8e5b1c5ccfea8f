#pragma once

#include "accounts/Account.h"
#include "smtp/Submission.h"

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QSslCertificate>
#include <QString>

#include <optional>

namespace Postino {

class Clock;
class Transcript;

// What one run or one view adds to a stored account's connection: --resolve, --ca-file and
// --trust-fingerprint given now, a check's own timeouts, where the dialogue goes, the clock.
struct ConnectionOverrides
{
    QHash<QString, QString> resolve; // host in lower case -> address; wins over the account's own entry
    QList<QSslCertificate> extraCaCertificates; // added to the account's CA file
    QByteArray pinnedSha256; // non-empty: replaces the account's pinned fingerprint
    std::optional<SmtpTimeouts> timeouts; // empty: RFC 5321's
    Transcript* transcript = nullptr; // not owned; may be null
    Clock* clock = nullptr; // null: the system clock

    // Applies the endpoint part (resolve, CA certificates, fingerprint) to endpoint.
    void applyTo(ServerEndpoint& endpoint) const;
};

// How an account signs in with secret: its effective username, its mechanism and the secret; no username
// (no AUTH) when the account signs in with no password (auth NONE) or no secret is given.
[[nodiscard]] Credentials signInCredentials(const Account& account, const QString& secret);

// The one way from a stored account to a connection, for the outbox, the wizard, the connection doctor,
// the password dialog and the CLI: the account's endpoint (its CA file read: an unreadable one is a
// Config error) with the overrides on top, and signInCredentials(account, secret).
[[nodiscard]] Result<SubmissionSettings> submissionSettings(const Account& account, const QString& secret,
                                                            const ConnectionOverrides& overrides = {});

} // namespace Postino

#pragma once

#include "smtp/SmtpTypes.h"

#include <QCoreApplication>
#include <QMetaType>
#include <QString>

#include <optional>

namespace Postino {

// Where a candidate server came from, in the contract's order of precedence (cli.md, probe).
enum class DiscoverySource { Builtin, Autoconfig, WellKnown, Srv, Mx, Guess, Manual };
[[nodiscard]] QString discoverySourceName(DiscoverySource source); // "builtin", "autoconfig", ...
// Lower ranks win: the first source, in this order, whose candidate verifies decides.
[[nodiscard]] int discoverySourceRank(DiscoverySource source);

// What kind of provider a database entry describes; decides notes shown to the user.
enum class ProviderKind {
    Mailbox, // an ordinary mailbox provider, keyed by its domains
    Hosting, // mailboxes on customers' own domains (matched by MX)
    Pec, // Italian certified mail: must leave through the provider's own server
    Bridge, // a local bridge program (Proton Mail Bridge) must be running
};
[[nodiscard]] QString providerKindName(ProviderKind kind);
[[nodiscard]] std::optional<ProviderKind> providerKindFromName(const QString& name);

// The verdict on one candidate, with the contract's result words.
enum class ProbeOutcome {
    Pending, // not verified yet
    Ok,
    Refused,
    Timeout,
    TlsError,
    CertError,
    NoStartTls,
    AuthFailed,
    AuthUnsupported,
    ProtocolError,
    Skipped,
};
// "ok", "refused", "timeout", "tls-error", "cert-error", "no-starttls", "auth-failed", "auth-unsupported",
// "protocol-error", "skipped" ("pending" for one still running).
[[nodiscard]] QString probeOutcomeName(ProbeOutcome outcome);
// How an SmtpFailure reads as a probe result (the contract's mapping).
[[nodiscard]] ProbeOutcome probeOutcomeFor(SmtpFailure failure);

// One server to try, as a discovery source proposes it.
struct ServerCandidate
{
    QString host; // lower case, without a trailing dot
    quint16 port = 0;
    Security security = Security::Tls;
    DiscoverySource source = DiscoverySource::Guess;
    QString username; // the username the source suggests (substituted); empty: the address
    QStringList authentication; // ISPDB words ("password-cleartext", "OAuth2", ...), may be empty
    QString providerId; // the database entry it came from, if any
    ProviderKind kind = ProviderKind::Mailbox;

    // host:port:security, case-insensitive: the same server found twice is one candidate.
    [[nodiscard]] QString key() const;
};

} // namespace Postino

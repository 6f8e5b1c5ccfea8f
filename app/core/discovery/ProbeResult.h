#pragma once

#include "common/Error.h"
#include "discovery/DiscoveryTypes.h"
#include "smtp/SmtpTypes.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QList>
#include <QMetaType>
#include <QString>
#include <QStringList>

namespace Postino {

// One candidate server and what its verification found.
struct ProbeCandidate
{
    ServerCandidate server; // host, port, security, source (the earliest that named it), suggested username
    int order = 0; // its place inside its source's own order
    ProbeOutcome result = ProbeOutcome::Pending;
    // What failed, finer than result (whose "refused" covers a name that does not resolve, as cli.md has it):
    // HostNotFound, ConnectionRefused, Timeout, ...; None while pending, when it worked or was skipped.
    SmtpFailure failure = SmtpFailure::None;
    QString detail; // "server said: 535 5.7.8 Authentication credentials invalid", or what happened
    QString explanation; // ReplyExplainer's plain words, when the reply is a known one
    qint64 elapsedMs = 0;
    // From a session that got as far as EHLO (Ok, AuthFailed, AuthUnsupported):
    QString usernameUsed; // the username that was accepted (or last refused); empty without a password
    AuthMechanism authUsed = AuthMechanism::None;
    QStringList capabilities;
    qint64 maxSize = 0;
    TlsSessionInfo tls;
    // A certificate that did not verify (CertError): its details are in tls.peer, and what is wrong here.
    QStringList certificateProblems;

    // {host, port, security, source, result, detail, elapsed_ms}, as cli.md lists candidates.
    [[nodiscard]] QJsonObject toJson() const;
};

// What a probe found: serializes exactly to `postino-cli probe --json` (cli.md).
struct ProbeResult
{
    Q_DECLARE_TR_FUNCTIONS(Postino::ProbeResult)
public:
    QString email;
    bool found = false; // a server was reached and spoke SMTP (with a password: and knew the account)
    bool verified = false; // see cli.md Precisions: connect, TLS, EHLO (and AUTH when a password was given)
    int serverIndex = -1; // into candidates: the chosen one, or -1
    QList<ProbeCandidate> candidates; // in the order of precedence (source, then the source's own order)
    qint64 elapsedMs = 0;
    QStringList notes; // translated: PEC and Bridge notes, plain-text warnings, servers outside the domain

    [[nodiscard]] const ProbeCandidate* server() const;
    // How much a failed candidate says when nothing verified, lower first: a refused password (that is the
    // server), a certificate, no common sign-in method, no STARTTLS, failed encryption; -1: nothing telling
    // (no answer, not SMTP, skipped, still pending, or it worked).
    [[nodiscard]] static int failureRank(ProbeOutcome outcome);
    // The candidate whose failure says most: the first of the lowest rank, or -1 (none is telling).
    [[nodiscard]] int mostTellingIndex() const;
    [[nodiscard]] const ProbeCandidate* mostTelling() const;
    // The most telling failure in words (the wizard's status and the CLI's note), or empty when a server
    // was verified or nothing is telling.
    [[nodiscard]] QString verdict() const;
    // Nothing verified and no server name could be looked up (every candidate tried failed with
    // HostNotFound): the computer is offline, or the domain has none of the names guessed.
    [[nodiscard]] bool nothingResolved() const;
    [[nodiscard]] QJsonObject toJson() const;
    // Why the probe did not give a usable, verified server (ErrorKind::None when it did): Auth (77) when
    // the server was found but refused the password, Permanent (69) when nothing usable was found.
    [[nodiscard]] Error error() const;
};

} // namespace Postino

Q_DECLARE_METATYPE(Postino::ProbeCandidate)
Q_DECLARE_METATYPE(Postino::ProbeResult)

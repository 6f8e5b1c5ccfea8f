#include "ProbeResult.h"

#include <QJsonArray>

namespace Postino {

QJsonObject ProbeCandidate::toJson() const
{
    QJsonObject object;
    object.insert(QStringLiteral("host"), server.host);
    object.insert(QStringLiteral("port"), static_cast<int>(server.port));
    object.insert(QStringLiteral("security"), securityName(server.security));
    object.insert(QStringLiteral("source"), discoverySourceName(server.source));
    object.insert(QStringLiteral("result"), probeOutcomeName(result));
    object.insert(QStringLiteral("detail"), detail);
    object.insert(QStringLiteral("elapsed_ms"), elapsedMs);
    return object;
}

const ProbeCandidate* ProbeResult::server() const
{
    return serverIndex >= 0 && serverIndex < candidates.size() ? &candidates.at(serverIndex) : nullptr;
}

int ProbeResult::failureRank(ProbeOutcome outcome)
{
    switch (outcome) {
    case ProbeOutcome::AuthFailed:
        return 0;
    case ProbeOutcome::CertError:
        return 1;
    case ProbeOutcome::AuthUnsupported:
        return 2;
    case ProbeOutcome::NoStartTls:
        return 3;
    case ProbeOutcome::TlsError:
        return 4;
    default:
        return -1;
    }
}

int ProbeResult::mostTellingIndex() const
{
    int best = -1;
    for (int i = 0; i < candidates.size(); ++i) {
        const int rank = failureRank(candidates.at(i).result);
        if (rank >= 0 && (best < 0 || rank < failureRank(candidates.at(best).result)))
            best = i;
    }
    return best;
}

const ProbeCandidate* ProbeResult::mostTelling() const
{
    const int index = mostTellingIndex();
    return index >= 0 ? &candidates.at(index) : nullptr;
}

bool ProbeResult::nothingResolved() const
{
    if (verified || found)
        return false;
    int tried = 0;
    for (const ProbeCandidate& candidate : candidates) {
        if (candidate.result == ProbeOutcome::Skipped)
            continue;
        if (candidate.failure != SmtpFailure::HostNotFound)
            return false;
        ++tried;
    }
    return tried > 0;
}

QString ProbeResult::verdict() const
{
    if (nothingResolved()) {
        const int at = email.lastIndexOf(QLatin1Char('@'));
        return tr("None of the server names could be looked up: you seem to be offline, or %1 is not a mail "
                  "domain. Check your connection and the address, then search again.")
            .arg(at < 0 ? email : email.mid(at + 1));
    }
    const ProbeCandidate* best = verified ? nullptr : mostTelling();
    if (!best)
        return {};
    switch (best->result) {
    case ProbeOutcome::CertError:
        return tr("%1 answers, but its certificate could not be verified.").arg(best->server.host);
    case ProbeOutcome::AuthFailed:
        return tr("%1 is your server, but it refused the password.").arg(best->server.host);
    default:
        return tr("%1 answers, but it cannot be used as it is.").arg(best->server.host);
    }
}

QJsonObject ProbeResult::toJson() const
{
    QJsonObject object;
    object.insert(QStringLiteral("email"), email);
    object.insert(QStringLiteral("found"), found);
    object.insert(QStringLiteral("verified"), verified);

    const ProbeCandidate* chosen = found ? server() : nullptr;
    if (chosen) {
        object.insert(QStringLiteral("source"), discoverySourceName(chosen->server.source));
        QJsonObject serverObject;
        serverObject.insert(QStringLiteral("host"), chosen->server.host);
        serverObject.insert(QStringLiteral("port"), static_cast<int>(chosen->server.port));
        serverObject.insert(QStringLiteral("security"), securityName(chosen->server.security));
        serverObject.insert(
            QStringLiteral("auth"),
            authMechanismName(chosen->authUsed == AuthMechanism::Auto ? AuthMechanism::None : chosen->authUsed));
        serverObject.insert(QStringLiteral("username"),
                            chosen->usernameUsed.isEmpty() ? chosen->server.username : chosen->usernameUsed);
        object.insert(QStringLiteral("server"), serverObject);
        object.insert(QStringLiteral("capabilities"), QJsonArray::fromStringList(chosen->capabilities));
        object.insert(QStringLiteral("max_size"), chosen->maxSize > 0 ? QJsonValue(chosen->maxSize) : QJsonValue());
        if (chosen->tls.encrypted) {
            QJsonObject certificate;
            certificate.insert(QStringLiteral("subject"), chosen->tls.peer.subject);
            certificate.insert(QStringLiteral("issuer"), chosen->tls.peer.issuer);
            certificate.insert(QStringLiteral("not_after"),
                               chosen->tls.peer.notAfter.isValid()
                                   ? QJsonValue(chosen->tls.peer.notAfter.toUTC().toString(Qt::ISODate))
                                   : QJsonValue());
            certificate.insert(QStringLiteral("sha256"), QString::fromLatin1(chosen->tls.peer.sha256));
            QJsonObject tls;
            tls.insert(QStringLiteral("protocol"), chosen->tls.protocol);
            tls.insert(QStringLiteral("cipher"), chosen->tls.cipher);
            tls.insert(QStringLiteral("certificate"), certificate);
            object.insert(QStringLiteral("tls"), tls);
        } else {
            object.insert(QStringLiteral("tls"), QJsonValue());
        }
    } else {
        object.insert(QStringLiteral("source"), QJsonValue());
        object.insert(QStringLiteral("server"), QJsonValue());
        object.insert(QStringLiteral("capabilities"), QJsonArray());
        object.insert(QStringLiteral("max_size"), QJsonValue());
        object.insert(QStringLiteral("tls"), QJsonValue());
    }

    QJsonArray list;
    for (const ProbeCandidate& candidate : candidates)
        list.append(candidate.toJson());
    object.insert(QStringLiteral("candidates"), list);
    object.insert(QStringLiteral("elapsed_ms"), elapsedMs);
    return object;
}

Error ProbeResult::error() const
{
    if (found && verified)
        return {};
    const ProbeCandidate* chosen = server();
    if (found && chosen) {
        const QString where = chosen->server.host + QLatin1Char(':') + QString::number(chosen->server.port);
        QString message =
            tr("%1 refused the password for %2 (%3).")
                .arg(where, chosen->usernameUsed.isEmpty() ? email : chosen->usernameUsed, chosen->detail);
        if (!chosen->explanation.isEmpty())
            message += QLatin1Char(' ') + chosen->explanation;
        return Error(ErrorKind::Auth, message, chosen->detail);
    }
    return Error(ErrorKind::Permanent,
                 tr("No usable outgoing server was found for %1 (%n candidate(s) tried). Check the address, or "
                    "give the server with --host and --port.",
                    nullptr, static_cast<int>(candidates.size()))
                     .arg(email));
}

} // namespace Postino

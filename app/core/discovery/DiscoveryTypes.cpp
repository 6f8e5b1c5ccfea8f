#include "DiscoveryTypes.h"

namespace Postino {

QString discoverySourceName(DiscoverySource source)
{
    switch (source) {
    case DiscoverySource::Builtin:
        return QStringLiteral("builtin");
    case DiscoverySource::Autoconfig:
        return QStringLiteral("autoconfig");
    case DiscoverySource::WellKnown:
        return QStringLiteral("wellknown");
    case DiscoverySource::Srv:
        return QStringLiteral("srv");
    case DiscoverySource::Mx:
        return QStringLiteral("mx");
    case DiscoverySource::Guess:
        return QStringLiteral("guess");
    case DiscoverySource::Manual:
        return QStringLiteral("manual");
    }
    return QStringLiteral("guess");
}

int discoverySourceRank(DiscoverySource source)
{
    return static_cast<int>(source);
}

QString providerKindName(ProviderKind kind)
{
    switch (kind) {
    case ProviderKind::Mailbox:
        return QStringLiteral("mailbox");
    case ProviderKind::Hosting:
        return QStringLiteral("hosting");
    case ProviderKind::Pec:
        return QStringLiteral("pec");
    case ProviderKind::Bridge:
        return QStringLiteral("bridge");
    }
    return QStringLiteral("mailbox");
}

std::optional<ProviderKind> providerKindFromName(const QString& name)
{
    for (const ProviderKind kind :
         {ProviderKind::Mailbox, ProviderKind::Hosting, ProviderKind::Pec, ProviderKind::Bridge}) {
        if (providerKindName(kind) == name)
            return kind;
    }
    return std::nullopt;
}

QString probeOutcomeName(ProbeOutcome outcome)
{
    switch (outcome) {
    case ProbeOutcome::Pending:
        return QStringLiteral("pending");
    case ProbeOutcome::Ok:
        return QStringLiteral("ok");
    case ProbeOutcome::Refused:
        return QStringLiteral("refused");
    case ProbeOutcome::Timeout:
        return QStringLiteral("timeout");
    case ProbeOutcome::TlsError:
        return QStringLiteral("tls-error");
    case ProbeOutcome::CertError:
        return QStringLiteral("cert-error");
    case ProbeOutcome::NoStartTls:
        return QStringLiteral("no-starttls");
    case ProbeOutcome::AuthFailed:
        return QStringLiteral("auth-failed");
    case ProbeOutcome::AuthUnsupported:
        return QStringLiteral("auth-unsupported");
    case ProbeOutcome::ProtocolError:
        return QStringLiteral("protocol-error");
    case ProbeOutcome::Skipped:
        return QStringLiteral("skipped");
    }
    return QStringLiteral("protocol-error");
}

ProbeOutcome probeOutcomeFor(SmtpFailure failure)
{
    switch (failure) {
    case SmtpFailure::None:
        return ProbeOutcome::Ok;
    case SmtpFailure::HostNotFound:
    case SmtpFailure::ConnectionRefused:
        return ProbeOutcome::Refused;
    case SmtpFailure::Timeout:
        return ProbeOutcome::Timeout;
    case SmtpFailure::TlsHandshake:
        return ProbeOutcome::TlsError;
    case SmtpFailure::Certificate:
        return ProbeOutcome::CertError;
    case SmtpFailure::NoStartTls:
    case SmtpFailure::StartTlsRefused:
        return ProbeOutcome::NoStartTls;
    case SmtpFailure::AuthFailed:
        return ProbeOutcome::AuthFailed;
    case SmtpFailure::AuthUnsupported:
    case SmtpFailure::AuthInsecure:
        return ProbeOutcome::AuthUnsupported;
    case SmtpFailure::Cancelled:
        return ProbeOutcome::Skipped;
    case SmtpFailure::ConnectionLost:
    case SmtpFailure::ProtocolError:
    case SmtpFailure::ServiceUnavailable:
    case SmtpFailure::TransientReply:
    case SmtpFailure::PermanentReply:
    case SmtpFailure::MessageTooLarge:
    case SmtpFailure::NeedsSmtpUtf8:
    case SmtpFailure::OutcomeUnknown:
    case SmtpFailure::LocalIo:
    case SmtpFailure::EightBitUnsupported:
    case SmtpFailure::InvalidAddress:
        return ProbeOutcome::ProtocolError;
    }
    return ProbeOutcome::ProtocolError;
}

QString ServerCandidate::key() const
{
    return host.toLower() + QLatin1Char(':') + QString::number(port) + QLatin1Char(':') + securityName(security);
}

} // namespace Postino

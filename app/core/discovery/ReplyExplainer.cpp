#include "ReplyExplainer.h"

namespace Postino {

namespace {

// The enhanced status code, from the parsed field or, when the server did not announce
// ENHANCEDSTATUSCODES, from the start of the first line.
QByteArray enhancedCode(const SmtpReply& reply)
{
    if (!reply.enhanced.isEmpty())
        return reply.enhanced;
    if (reply.lines.isEmpty())
        return {};
    const QByteArray first = reply.lines.first().trimmed();
    const int space = first.indexOf(' ');
    const QByteArray word = space < 0 ? first : first.left(space);
    if (word.count('.') == 2 && !word.isEmpty() && (word.at(0) == '2' || word.at(0) == '4' || word.at(0) == '5'))
        return word;
    return {};
}

bool textContains(const SmtpReply& reply, const char* needle)
{
    for (const QByteArray& line : reply.lines) {
        if (line.contains(needle))
            return true;
    }
    return false;
}

} // namespace

QString ReplyExplainer::replyText(const SmtpReply& reply)
{
    if (!reply.isValid())
        return {};
    QStringList parts;
    parts.append(QString::number(reply.code));
    if (!reply.enhanced.isEmpty())
        parts.append(QString::fromLatin1(reply.enhanced));
    for (const QByteArray& line : reply.lines) {
        const QString text = QString::fromUtf8(line).trimmed();
        if (!text.isEmpty())
            parts.append(text);
    }
    return parts.join(QLatin1Char(' '));
}

QString ReplyExplainer::explain(const SmtpReply& reply)
{
    if (!reply.isValid())
        return {};
    const QByteArray enhanced = enhancedCode(reply);
    if (enhanced == "5.7.139" || textContains(reply, "5.7.139")) {
        return tr("Microsoft has SMTP AUTH turned off for this account or its whole organisation. "
                  "Sign in with OAuth2 instead, or ask the administrator to enable authenticated SMTP "
                  "for the mailbox.");
    }
    if (enhanced == "5.7.9" || textContains(reply, "Application-specific password required")) {
        return tr("The provider wants an app password, not the account's normal password. Turn on "
                  "two-step verification, create an app password in the account's security settings "
                  "and use that (or sign in with OAuth2).");
    }
    if (reply.code == 535 || enhanced == "5.7.8" || enhanced == "5.7.3") {
        return tr("The server refused the username or password. Check both (the username is usually the "
                  "full address) and, if the provider uses them, create an app password.");
    }
    if (reply.code == 550 && enhanced == "5.4.5") {
        return tr("The account has reached its daily sending limit. The messages stay queued; try again "
                  "tomorrow or ask the provider for a higher limit.");
    }
    if (reply.code == 432 || enhanced == "4.3.2") {
        return tr("The server has too many connections open from this account at once (Microsoft allows "
                  "three). Postino will retry; lower the account's maximum connections if it keeps "
                  "happening.");
    }
    if (reply.code == 530 && enhanced == "5.7.0" && textContains(reply, "STARTTLS")) {
        return tr("The server wants the connection encrypted first. Use STARTTLS on port 587 or implicit "
                  "TLS on port 465.");
    }
    if (reply.code == 421) {
        return tr("The server is closing the connection for now (busy or in maintenance). Postino will "
                  "try again later.");
    }
    return {};
}

QString ReplyExplainer::explain(const SmtpError& error)
{
    const QString fromReply = explain(error.reply);
    if (!fromReply.isEmpty())
        return fromReply;
    switch (error.failure) {
    case SmtpFailure::AuthInsecure:
        return tr("The server offers no encryption here, so Postino will not send the password. Use port "
                  "465 (implicit TLS) or 587 (STARTTLS).");
    case SmtpFailure::NoStartTls:
        return tr("The server did not offer STARTTLS, so the connection would stay unencrypted. Use port "
                  "465 (implicit TLS) if the provider has it.");
    case SmtpFailure::Certificate:
        return tr("The server's certificate could not be verified. If this is your own server, trust its "
                  "fingerprint explicitly; otherwise do not continue.");
    default:
        return {};
    }
}

QString ReplyExplainer::pecNote()
{
    return tr("PEC (posta elettronica certificata): mail must leave through the provider's own server, with "
              "the PEC mailbox's own credentials. For every message you will receive an ACCETTAZIONE "
              "(acceptance) receipt and then a CONSEGNA (delivery) receipt, or a non-delivery notice within "
              "24 hours.");
}

QString ReplyExplainer::bridgeNote()
{
    return tr("Proton Mail is reached through Proton Mail Bridge on this computer: Bridge must be running, "
              "the password is the one Bridge shows (not the Proton account's), and Bridge's own certificate "
              "has to be trusted by its fingerprint.");
}

QString ReplyExplainer::noteFor(ProviderKind kind)
{
    switch (kind) {
    case ProviderKind::Pec:
        return pecNote();
    case ProviderKind::Bridge:
        return bridgeNote();
    case ProviderKind::Mailbox:
    case ProviderKind::Hosting:
        return {};
    }
    return {};
}

} // namespace Postino

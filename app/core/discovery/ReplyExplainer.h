#pragma once

#include "discovery/DiscoveryTypes.h"
#include "smtp/SmtpTypes.h"

#include <QCoreApplication>
#include <QString>

namespace Postino {

// Known server replies, said in plain words (translatable), for the probe, the outbox and the UI alike.
// Each explanation says what it means and what to do next; an unknown reply gives an empty string.
class ReplyExplainer
{
    Q_DECLARE_TR_FUNCTIONS(Postino::ReplyExplainer)
public:
    [[nodiscard]] static QString explain(const SmtpReply& reply);
    // The reply's explanation, else one for the failure itself when it needs a word of advice.
    [[nodiscard]] static QString explain(const SmtpError& error);
    // "535 5.7.8 Authentication credentials invalid": the reply on one line, as the server sent it.
    [[nodiscard]] static QString replyText(const SmtpReply& reply);
    // What a PEC user must know (mail leaves only through the provider's server; the receipts).
    [[nodiscard]] static QString pecNote();
    // What a Proton Mail Bridge user must know.
    [[nodiscard]] static QString bridgeNote();
    // The note for a provider kind; empty for an ordinary mailbox.
    [[nodiscard]] static QString noteFor(ProviderKind kind);
};

} // namespace Postino

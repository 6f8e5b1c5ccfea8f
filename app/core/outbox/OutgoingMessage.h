#pragma once

#include "common/Error.h"
#include "drafts/ComposedMessage.h"
#include "mime/Envelope.h"
#include "outbox/OutboxFolder.h"
#include "outbox/OutboxItem.h"

#include <QByteArray>
#include <QCoreApplication>

#include <memory>

namespace Postino {

class Clock;
class MessageBuilder;

// A composed message made ready for the outbox: the item that describes it, and the builder that writes
// its bytes when they are stored (streamed: the whole message is never held in memory).
struct OutgoingMessage
{
    std::shared_ptr<const MessageBuilder> builder; // validated
    Envelope envelope; // Bcc only here
    OutboxItem item; // account or ad-hoc server, sender, recipients, body; OutboxStore::add() fills the rest
    // Writes the whole RFC 5322 message, CRLF (for OutboxStore::add()/addAsync()).
    [[nodiscard]] MessageWriter writer() const;
    // The same bytes in memory, for a small message or a test.
    [[nodiscard]] Result<QByteArray> toBytes() const;
};

// Turns what the composer holds into MessageBuilder output. From, To, Cc and Bcc are parsed with
// Address::parseList (the first wrong address decides the error, a DataError saying how to write it);
// attachments are read here, so call it off the GUI thread for big ones. account: the stored account's
// name the message goes out through; adHoc: the server when there is no account (the test server).
[[nodiscard]] Result<OutgoingMessage> buildOutgoing(const ComposedMessage& message, const QString& account,
                                                    const OutboxServer& adHoc = {}, Clock* clock = nullptr);

} // namespace Postino

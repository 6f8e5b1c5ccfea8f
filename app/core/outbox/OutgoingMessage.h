#pragma once

#include "common/Error.h"
#include "drafts/ComposedMessage.h"
#include "mime/Envelope.h"
#include "outbox/OutboxItem.h"

#include <QByteArray>
#include <QCoreApplication>

namespace Postino {

class Clock;

// A composed message made ready for the outbox: the bytes to transmit and the item that describes them.
struct OutgoingMessage
{
    QByteArray bytes; // the whole RFC 5322 message, CRLF
    Envelope envelope; // Bcc only here
    OutboxItem item; // account or ad-hoc server, sender, recipients, body; OutboxStore::add() fills the rest
};

// Turns what the composer holds into MessageBuilder output. From, To, Cc and Bcc are parsed with
// Address::parseList (the first wrong address decides the error, a DataError saying how to write it);
// attachments are read here, so call it off the GUI thread for big ones. account: the stored account's
// name the message goes out through; adHoc: the server when there is no account (the test server).
[[nodiscard]] Result<OutgoingMessage> buildOutgoing(const ComposedMessage& message, const QString& account,
                                                    const OutboxServer& adHoc = {}, Clock* clock = nullptr);

} // namespace Postino

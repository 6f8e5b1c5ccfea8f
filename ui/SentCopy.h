#pragma once

#include "common/Error.h"
#include "drafts/ComposedMessage.h"

#include <QCoreApplication>
#include <QString>

namespace Postino {

class ParsedMessage;
struct OutboxItem;

// A message of the Sent folder made into a new message to edit: sent again to the same people (Resend:
// the same From, To, Cc, subject, text and attachments, and the envelope's other recipients as Bcc), or
// forwarded (Forward: "Fwd:", no recipients, the original's headers above its text, its attachments). A
// new message gets a new Message-ID and Date when it is built, so a recipient's program never takes it
// for the copy it already has.
//
// The attachments are written as files into attachmentsDir (made if needed), since a composed message
// refers to its attachments by path. Safe on any thread; the caller runs it on a worker.
class SentCopy
{
    Q_DECLARE_TR_FUNCTIONS(Postino::SentCopy)
public:
    enum class Kind { Resend, Forward };

    [[nodiscard]] static Result<ComposedMessage> make(Kind kind, const OutboxItem& item, const ParsedMessage& message,
                                                      const QString& attachmentsDir);
    // "Fwd: Subject", without adding a second "Fwd:".
    [[nodiscard]] static QString forwardSubject(const QString& subject);
    // The envelope's recipients that neither To nor Cc names: the Bcc of the original.
    [[nodiscard]] static QStringList blindRecipients(const OutboxItem& item, const ParsedMessage& message);
};

} // namespace Postino

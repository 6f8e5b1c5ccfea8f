#include "OutgoingMessage.h"

#include "common/Clock.h"

#include "mime/Address.h"
#include "mime/MessageBuilder.h"

namespace Postino {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Postino::OutgoingMessage)
};

} // namespace

Result<OutgoingMessage> buildOutgoing(const ComposedMessage& message, const QString& account, const OutboxServer& adHoc,
                                      Clock* clock)
{
    if (account.isEmpty() && !adHoc.isValid()) {
        return Error(ErrorKind::Config,
                     Tr::tr("The message has no account to go out through: choose a sender in "
                            "the From list, or add an account first."));
    }
    const auto from = Address::parse(message.from.trimmed());
    if (!from.ok())
        return Error(ErrorKind::DataError, Tr::tr("From: %1").arg(from.error().message()));
    const auto to = Address::parseList(message.to);
    if (!to.ok())
        return Error(ErrorKind::DataError, Tr::tr("To: %1").arg(to.error().message()));
    const auto cc = Address::parseList(message.cc);
    if (!cc.ok())
        return Error(ErrorKind::DataError, Tr::tr("Cc: %1").arg(cc.error().message()));
    const auto bcc = Address::parseList(message.bcc);
    if (!bcc.ok())
        return Error(ErrorKind::DataError, Tr::tr("Bcc: %1").arg(bcc.error().message()));

    auto made = std::make_shared<MessageBuilder>(clock);
    MessageBuilder& builder = *made;
    builder.setFrom(from.value());
    builder.setTo(to.value());
    builder.setCc(cc.value());
    builder.setBcc(bcc.value());
    builder.setSubject(message.subject);
    builder.setTextBody(message.plainText);
    if (message.isRichText())
        builder.setHtmlBody(message.html);
    for (const QString& path : message.attachments) {
        if (const Status added = builder.addAttachment(path); !added.ok())
            return added.error();
    }
    // Send Later: the Date says when it goes, and the outbox holds it until then.
    const QDateTime now = clock ? clock->now() : QDateTime::currentDateTimeUtc();
    const bool later = message.sendAt.isValid() && message.sendAt > now;
    if (later)
        builder.setDate(message.sendAt);
    if (const Status valid = builder.validate(); !valid.ok())
        return valid.error();

    OutgoingMessage out;
    out.builder = made;
    out.envelope = builder.envelope();
    out.item = OutboxItem::forEnvelope(out.envelope, account, adHoc);
    out.item.subject = message.subject;
    out.item.from = message.from.trimmed();
    out.item.messageId = QString::fromLatin1(builder.messageId());
    if (later) {
        out.item.notBefore = message.sendAt.toUTC();
        out.item.nextAttempt = out.item.notBefore;
    }
    return out;
}

MessageWriter OutgoingMessage::writer() const
{
    return [builder = builder](QIODevice* device) { return builder->writeTo(device); };
}

Result<QByteArray> OutgoingMessage::toBytes() const
{
    return builder->toByteArray();
}

} // namespace Postino

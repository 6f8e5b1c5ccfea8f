#include "SendCommand.h"

#include "CliCommon.h"
#include "CliOutbox.h"
#include "ConnectionOptions.h"
#include "ServerOptions.h"
#include "common/Log.h"
#include "mime/Address.h"
#include "mime/MessageBuilder.h"
#include "mime/RawMessage.h"
#include "oauth/OAuthTokens.h"
#include "smtp/Transcript.h"

#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonObject>
#include <QTimer>

#include <memory>

namespace Postino::Cli {

namespace {

// A message ready to go: what writes its exact bytes (streamed into the outbox, never whole in memory),
// and who it goes to.
struct PreparedMessage
{
    MessageWriter write;
    Envelope envelope;
    QByteArray messageId;
    QString subject;
    QString from;
};

struct SendOptions
{
    QCommandLineOption from {QStringLiteral("from"), SendCommand::tr("Sender address."), QStringLiteral("ADDR")};
    QCommandLineOption to {QStringLiteral("to"), SendCommand::tr("Recipient (repeatable)."), QStringLiteral("ADDR")};
    QCommandLineOption cc {QStringLiteral("cc"), SendCommand::tr("Copy recipient (repeatable)."),
                           QStringLiteral("ADDR")};
    QCommandLineOption bcc {QStringLiteral("bcc"), SendCommand::tr("Blind copy recipient (repeatable)."),
                            QStringLiteral("ADDR")};
    QCommandLineOption subject {QStringLiteral("subject"), SendCommand::tr("Subject."), QStringLiteral("TEXT")};
    QCommandLineOption body {QStringLiteral("body"), SendCommand::tr("Plain-text body."), QStringLiteral("TEXT")};
    QCommandLineOption bodyFile {QStringLiteral("body-file"), SendCommand::tr("Read the plain-text body from FILE."),
                                 QStringLiteral("FILE")};
    QCommandLineOption htmlFile {QStringLiteral("html-file"),
                                 SendCommand::tr("HTML body from FILE (sent with a plain-text alternative)."),
                                 QStringLiteral("FILE")};
    QCommandLineOption attach {QStringLiteral("attach"), SendCommand::tr("Attach FILE (repeatable)."),
                               QStringLiteral("FILE")};
    QCommandLineOption header {QStringLiteral("header"), SendCommand::tr("Add a header (repeatable)."),
                               QStringLiteral("Name: value")};
    QCommandLineOption eml {QStringLiteral("eml"), SendCommand::tr("Send this ready message as it is."),
                            QStringLiteral("FILE")};
    QCommandLineOption queue {QStringLiteral("queue"), SendCommand::tr("Only queue the message; do not send now.")};
    QCommandLineOption eightBit {QStringLiteral("8bit"),
                                 SendCommand::tr("Send UTF-8 text as 8bit (only for servers with 8BITMIME).")};
    QCommandLineOption dsn {QStringLiteral("dsn"), SendCommand::tr("Ask for delivery status notifications.")};
    QCommandLineOption retryInitial {QStringLiteral("retry-initial"),
                                     SendCommand::tr("First retry after SECONDS if sending fails for now."),
                                     QStringLiteral("SECONDS")};
};

Result<QList<Address>> parseAddresses(const QStringList& values, const QString& option)
{
    QList<Address> all;
    for (const QString& value : values) {
        auto parsed = Address::parseList(value);
        if (!parsed.ok()) {
            return Error(ErrorKind::DataError, SendCommand::tr("--%1: %2").arg(option, parsed.error().message()));
        }
        all += parsed.value();
    }
    return all;
}

// --from, --to, --cc and --bcc given with --eml replace what the message's headers say.
Status overrideEnvelope(const QCommandLineParser& parser, const SendOptions& o, Envelope& envelope)
{
    if (parser.isSet(o.from)) {
        auto from = Address::parse(parser.value(o.from));
        if (!from.ok())
            return Error(ErrorKind::DataError, SendCommand::tr("--from: %1").arg(from.error().message()));
        envelope.sender = from.value().addrSpec();
    }
    if (parser.isSet(o.to) || parser.isSet(o.cc) || parser.isSet(o.bcc)) {
        envelope.recipients.clear();
        for (const auto* option : {&o.to, &o.cc, &o.bcc}) {
            auto list = parseAddresses(parser.values(*option), option->names().constFirst());
            if (!list.ok())
                return list.error();
            for (const Address& a : list.value())
                envelope.addRecipient(a.addrSpec());
        }
    }
    return {};
}

// --eml FILE: the ready message as it is, to the envelope its headers (or the options) give.
Result<PreparedMessage> prepareFromEml(const QCommandLineParser& parser, const SendOptions& o)
{
    const QString path = parser.value(o.eml);
    auto raw = RawMessage::open(path);
    if (!raw.ok())
        return raw.error();
    Envelope envelope = raw.value().envelope();
    if (const Status overridden = overrideEnvelope(parser, o, envelope); !overridden.ok())
        return overridden.error();
    if (envelope.sender.isEmpty()) {
        return Error(ErrorKind::DataError,
                     SendCommand::tr("The message \"%1\" has no From or Sender header; give the sender with "
                                     "--from.")
                         .arg(path));
    }
    if (envelope.recipients.isEmpty()) {
        return Error(ErrorKind::DataError,
                     SendCommand::tr("The message \"%1\" names no recipient (To, Cc or Bcc); give them with "
                                     "--to.")
                         .arg(path));
    }
    PreparedMessage prepared;
    auto message = std::make_shared<const RawMessage>(std::move(raw).value());
    prepared.write = [message](QIODevice* out) { return message->writeTransmitted(out); };
    prepared.envelope = envelope;
    prepared.messageId = message->messageId();
    prepared.subject = message->subject();
    prepared.from = envelope.sender;
    return prepared;
}

// --from, --to, --cc and --bcc of a message built here; returns the sender.
Result<Address> setAddresses(MessageBuilder& builder, const QCommandLineParser& parser, const SendOptions& o)
{
    auto from = Address::parse(parser.value(o.from));
    if (!from.ok())
        return Error(ErrorKind::DataError, SendCommand::tr("--from: %1").arg(from.error().message()));
    builder.setFrom(from.value());
    auto to = parseAddresses(parser.values(o.to), QStringLiteral("to"));
    auto cc = parseAddresses(parser.values(o.cc), QStringLiteral("cc"));
    auto bcc = parseAddresses(parser.values(o.bcc), QStringLiteral("bcc"));
    for (const auto* list : {&to, &cc, &bcc}) {
        if (!list->ok())
            return list->error();
    }
    if (to.value().isEmpty() && cc.value().isEmpty() && bcc.value().isEmpty())
        return Error(ErrorKind::Usage, SendCommand::tr("Give at least one recipient with --to, --cc or --bcc."));
    builder.setTo(to.value());
    builder.setCc(cc.value());
    builder.setBcc(bcc.value());
    return from.value();
}

// --body or --body-file, and --html-file.
Status setBodies(MessageBuilder& builder, const QCommandLineParser& parser, const SendOptions& o)
{
    if (parser.isSet(o.body) && parser.isSet(o.bodyFile))
        return Error(ErrorKind::Usage, SendCommand::tr("Give the body one way: --body or --body-file, not both."));
    if (parser.isSet(o.bodyFile)) {
        auto text = CliCommon::readTextFile(parser.value(o.bodyFile), SendCommand::tr("body"));
        if (!text.ok())
            return text.error();
        builder.setTextBody(text.value());
    } else if (parser.isSet(o.body)) {
        builder.setTextBody(parser.value(o.body));
    }
    if (parser.isSet(o.htmlFile)) {
        auto html = CliCommon::readTextFile(parser.value(o.htmlFile), SendCommand::tr("HTML"));
        if (!html.ok())
            return html.error();
        builder.setHtmlBody(html.value());
    }
    return {};
}

// --attach FILE and --header "Name: value", each repeatable.
Status addAttachmentsAndHeaders(MessageBuilder& builder, const QCommandLineParser& parser, const SendOptions& o)
{
    for (const QString& path : parser.values(o.attach)) {
        if (!QFileInfo(path).isFile()) {
            return Error(ErrorKind::NoInput,
                         SendCommand::tr("The attachment \"%1\" does not exist or is not a file.").arg(path));
        }
        const Status attached = builder.addAttachment(path);
        if (!attached.ok())
            return attached.error();
    }
    for (const QString& header : parser.values(o.header)) {
        const auto colon = header.indexOf(QLatin1Char(':'));
        if (colon <= 0)
            return Error(ErrorKind::DataError,
                         SendCommand::tr("--header wants \"Name: value\", not \"%1\".").arg(header));
        const Status added = builder.addHeader(header.left(colon).trimmed(), header.mid(colon + 1).trimmed());
        if (!added.ok())
            return added.error();
    }
    return {};
}

// A message built here from --from, the recipients, --subject, the bodies, attachments and headers.
Result<PreparedMessage> prepareFromParts(const QCommandLineParser& parser, const SendOptions& o)
{
    if (!parser.isSet(o.from)) {
        return Error(ErrorKind::Usage,
                     SendCommand::tr("Say who the message is from with --from ADDR (or send a ready message "
                                     "with --eml FILE)."));
    }
    auto built = std::make_shared<MessageBuilder>();
    MessageBuilder& builder = *built;
    auto from = setAddresses(builder, parser, o);
    if (!from.ok())
        return from.error();
    builder.setSubject(parser.value(o.subject));
    if (const Status bodies = setBodies(builder, parser, o); !bodies.ok())
        return bodies.error();
    if (const Status added = addAttachmentsAndHeaders(builder, parser, o); !added.ok())
        return added.error();
    builder.setAllow8Bit(parser.isSet(o.eightBit));
    const Status valid = builder.validate();
    if (!valid.ok())
        return valid.error();
    PreparedMessage prepared;
    // Attachments are read while the message is written into the outbox.
    prepared.write = [built = std::shared_ptr<const MessageBuilder>(built)](QIODevice* out) {
        return built->writeTo(out);
    };
    prepared.envelope = builder.envelope();
    prepared.messageId = builder.messageId();
    prepared.subject = parser.value(o.subject);
    prepared.from = from.value().addrSpec();
    return prepared;
}

// What to send: the ready message of --eml, or one built from the options; --dsn either way.
Result<PreparedMessage> prepareFromOptions(const QCommandLineParser& parser, const SendOptions& o)
{
    Result<PreparedMessage> prepared = parser.isSet(o.eml) ? prepareFromEml(parser, o) : prepareFromParts(parser, o);
    if (prepared.ok())
        prepared.value().envelope.requestDsn = parser.isSet(o.dsn);
    return prepared;
}

// What `send --json` prints when it fails before the message is stored; reportError() adds "error" and
// "exit_code".
QJsonObject sendFailureJson()
{
    return QJsonObject {{QStringLiteral("id"), QJsonValue::Null},
                        {QStringLiteral("state"), QStringLiteral("failed")},
                        {QStringLiteral("recipients"), QJsonArray()},
                        {QStringLiteral("reply"), QJsonValue::Null},
                        {QStringLiteral("attempts"), 0},
                        {QStringLiteral("next_attempt"), QJsonValue::Null},
                        {QStringLiteral("message_id"), QJsonValue::Null}};
}

// What became of the message, for people on stderr; returns send's exit code.
int reportOutcome(Context& ctx, const OutboxItem& result, const Envelope& envelope, bool queueOnly)
{
    const QString& id = result.id;
    switch (result.state) {
    case OutboxItem::State::Sent:
        ctx.err
            << SendCommand::tr("Sent to %1 (%2).").arg(envelope.recipients.join(QStringLiteral(", ")), result.lastReply)
            << '\n';
        ctx.err.flush();
        return 0;
    case OutboxItem::State::Queued:
    case OutboxItem::State::Sending:
        if (queueOnly) {
            ctx.err << SendCommand::tr("Queued as %1; `postino-cli queue run` sends it.").arg(id) << '\n';
            ctx.err.flush();
            return 0;
        }
        ctx.err << QStringLiteral("postino-cli: ") << result.lastError << '\n'
                << SendCommand::tr(
                       "The message is safe in the outbox as %1 and will be retried at %2 (`postino-cli queue "
                       "run`).")
                       .arg(id, QLocale().toString(result.nextAttempt.toLocalTime(), QLocale::ShortFormat))
                << '\n';
        ctx.err.flush();
        return result.exitCode();
    case OutboxItem::State::Failed:
        break;
    }
    ctx.err << QStringLiteral("postino-cli: ") << result.lastError << '\n';
    if (!result.lastReply.isEmpty() && !result.lastError.contains(result.lastReply))
        ctx.err << QStringLiteral("  ") << SendCommand::tr("server said: %1").arg(result.lastReply) << '\n';
    ctx.err << SendCommand::tr(
                   "The message stays in the outbox as %1, marked failed: fix the problem, then `postino-cli queue "
                   "retry %1`.")
                   .arg(id)
            << '\n';
    ctx.err.flush();
    return result.exitCode();
}

// Stores the item durably, then sends it (unless --queue) and reports what became of it.
int storeAndSend(const OutboxItem& item, const PreparedMessage& message, const ServerOptions::Route& route,
                 const QCommandLineParser& parser, const SendOptions& o, const ConnectionOptions& connection,
                 Context& ctx)
{
    Transcript transcript;
    if (const Status attached = CliCommon::attachTranscript(transcript, connection, ctx); !attached.ok())
        return reportError(ctx, attached.error());
    std::optional<QString> givenPassword;
    if (connection.passwordGiven(parser))
        givenPassword = route.credentials.secret;
    CliCredentials provider(connection, givenPassword, &transcript);
    if (!item.account.isEmpty()) {
        // An unknown account or a password nobody can give is a configuration error now, not a queued
        // message that can never leave.
        // An OAuth2 account that must sign in again, or whose sign-in server does not answer now, is neither:
        // its message waits in the outbox (75).
        Result<SubmissionSettings> accountSettings = provider.accountSettings(item.account);
        if (!accountSettings.ok() && accountSettings.error().kind() != ErrorKind::Temporary
            && OAuthTokenResponse::errorCodeOf(accountSettings.error()) != OAuthErrorCode::InvalidGrant)
            return reportError(ctx, accountSettings.error());
    }
    CliOutbox outbox(&provider);
    if (const Status retry = CliCommon::applyRetryInitial(parser, o.retryInitial, outbox.runner()); !retry.ok())
        return reportError(ctx, retry.error());
    Result<OutboxItem> stored = outbox.store().add(item, message.write);
    if (!stored.ok())
        return reportError(ctx, stored.error());
    const QString id = stored.value().id;

    if (!parser.isSet(o.queue))
        outbox.runToEnd([&] { outbox.runner().sendNow(id); });

    Result<OutboxItem> final = outbox.store().find(id);
    if (!final.ok())
        return reportError(ctx, final.error());
    if (connection.json())
        printJson(ctx, QJsonDocument(final.value().toSendJson()));
    return reportOutcome(ctx, final.value(), message.envelope, parser.isSet(o.queue));
}

} // namespace

SendCommand::SendCommand()
    : Command(QStringLiteral("send"), tr("Send a message (it is stored in the outbox first)."))
{ }

int SendCommand::execute(const QStringList& args, Context& ctx)
{
    QCommandLineParser parser;
    ConnectionOptions connection;
    SendOptions o;
    connection.addTo(parser);
    const ServerOptions server;
    server.addTo(parser);
    parser.addOptions({o.from, o.to, o.cc, o.bcc, o.subject, o.body, o.bodyFile, o.htmlFile, o.attach, o.header, o.eml,
                       o.queue, o.eightBit, o.dsn, o.retryInitial});
    ctx.failureJson = sendFailureJson();
    if (!parse(parser, args, ctx))
        return parser.isSet(QStringLiteral("help")) ? 0 : 64;
    if (!parser.positionalArguments().isEmpty()) {
        return reportError(ctx,
                           Error(ErrorKind::Usage,
                                 tr("send takes no arguments without an option name: \"%1\".")
                                     .arg(parser.positionalArguments().join(QLatin1Char(' ')))));
    }
    if (const Status read = connection.read(parser); !read.ok())
        return reportError(ctx, read.error());

    auto route = server.route(parser, connection, ctx);
    if (!route.ok())
        return reportError(ctx, route.error());
    auto prepared = prepareFromOptions(parser, o);
    if (!prepared.ok())
        return reportError(ctx, prepared.error());
    const PreparedMessage& message = prepared.value();

    OutboxItem item = OutboxItem::forEnvelope(message.envelope, route.value().account, route.value().server);
    item.messageId = QString::fromLatin1(message.messageId);
    return storeAndSend(item, message, route.value(), parser, o, connection, ctx);
}

} // namespace Postino::Cli

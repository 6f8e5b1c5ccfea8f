#include "OutboxItem.h"

#include "OutboxItem_p.h"

#include <QFileInfo>
#include <QJsonArray>
#include <QSslCertificate>

namespace Postino {

using OutboxFormat::securityKey;

namespace {

QJsonValue listDate(const QDateTime& dt)
{
    // `queue list --json` shows seconds, as in "2026-11-22T10:00:00Z".
    if (!dt.isValid())
        return QJsonValue::Null;
    return dt.toUTC().toString(Qt::ISODate);
}

} // namespace

QString outboxStateName(OutboxItem::State state)
{
    switch (state) {
    case OutboxItem::State::Queued:
        return QStringLiteral("queued");
    case OutboxItem::State::Sending:
        return QStringLiteral("sending");
    case OutboxItem::State::Failed:
        return QStringLiteral("failed");
    case OutboxItem::State::Sent:
        return QStringLiteral("sent");
    }
    return QStringLiteral("queued");
}

std::optional<OutboxItem::State> outboxStateFromName(const QString& name)
{
    for (auto s :
         {OutboxItem::State::Queued, OutboxItem::State::Sending, OutboxItem::State::Failed, OutboxItem::State::Sent}) {
        if (outboxStateName(s) == name)
            return s;
    }
    return std::nullopt;
}

QString outboxRecipientStateName(OutboxRecipient::State state)
{
    switch (state) {
    case OutboxRecipient::State::Pending:
        return QStringLiteral("queued");
    case OutboxRecipient::State::Sent:
        return QStringLiteral("sent");
    case OutboxRecipient::State::Failed:
        return QStringLiteral("failed");
    }
    return QStringLiteral("queued");
}

QString outboxReplyText(const SmtpReply& reply)
{
    if (!reply.isValid())
        return {};
    QString text = QString::number(reply.code);
    if (!reply.enhanced.isEmpty())
        text += QLatin1Char(' ') + QString::fromLatin1(reply.enhanced);
    for (const QByteArray& line : reply.lines) {
        const QString l = QString::fromUtf8(line).trimmed();
        if (!l.isEmpty())
            text += QLatin1Char(' ') + l;
    }
    return text;
}

Result<ServerEndpoint> OutboxServer::endpoint() const
{
    ServerEndpoint e;
    e.host = host;
    e.port = port;
    e.security = security;
    e.pinnedSha256 = pinnedSha256;
    e.allowInsecureAuth = allowInsecureAuth;
    for (const QString& entry : resolve) {
        const auto colon = entry.indexOf(QLatin1Char(':'));
        if (colon <= 0)
            continue;
        if (entry.left(colon).compare(host, Qt::CaseInsensitive) == 0) {
            QString address = entry.mid(colon + 1);
            if (address.startsWith(QLatin1Char('[')) && address.endsWith(QLatin1Char(']')))
                address = address.mid(1, address.size() - 2);
            e.connectAddress = address;
        }
    }
    if (!caFile.isEmpty()) {
        e.extraCaCertificates = QSslCertificate::fromPath(caFile, QSsl::Pem);
        if (e.extraCaCertificates.isEmpty()) {
            return Error(ErrorKind::Config,
                         OutboxItem::tr("The CA file %1 kept with this message holds no readable PEM certificate. "
                                        "Restore the file, or remove the message and send it again.")
                             .arg(QFileInfo(caFile).absoluteFilePath()));
        }
    }
    return e;
}

OutboxItem OutboxItem::forEnvelope(const Envelope& envelope, const QString& account, const OutboxServer& server)
{
    OutboxItem item;
    item.account = account;
    if (account.isEmpty())
        item.server = server;
    item.sender = envelope.sender;
    for (const QString& address : envelope.recipients)
        item.recipients.append(OutboxRecipient {address, OutboxRecipient::State::Pending, {}});
    item.body = envelope.body;
    item.requestDsn = envelope.requestDsn;
    return item;
}

QString OutboxItem::accountKey() const
{
    if (!account.isEmpty())
        return account;
    return QStringLiteral("ad-hoc:%1@%2:%3").arg(server.username, server.host.toLower()).arg(server.port);
}

QStringList OutboxItem::pendingRecipients() const
{
    QStringList out;
    for (const OutboxRecipient& r : recipients) {
        if (r.state == OutboxRecipient::State::Pending)
            out << r.address;
    }
    return out;
}

Envelope OutboxItem::pendingEnvelope() const
{
    Envelope e;
    e.sender = sender;
    e.recipients = pendingRecipients();
    e.body = body;
    e.requestDsn = requestDsn;
    e.envelopeId = envelopeId;
    return e;
}

bool OutboxItem::allRecipientsSent() const
{
    if (recipients.isEmpty())
        return false;
    for (const OutboxRecipient& r : recipients) {
        if (r.state != OutboxRecipient::State::Sent)
            return false;
    }
    return true;
}

void OutboxItem::addEvent(const QDateTime& at, const QString& outcome)
{
    history.append({at, outcome});
    // Bounded: a message retried for two days keeps its most recent events.
    constexpr int kMaxHistory = 200;
    while (history.size() > kMaxHistory)
        history.removeFirst();
}

QJsonObject OutboxItem::toJson() const
{
    QJsonArray rcpts;
    for (const OutboxRecipient& r : recipients) {
        rcpts.append(QJsonObject {
            {QStringLiteral("address"), r.address},
            {QStringLiteral("state"), outboxRecipientStateName(r.state)},
            {QStringLiteral("reply"), r.reply.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(r.reply)}});
    }
    QJsonArray events;
    for (const OutboxEvent& e : history)
        events.append(QJsonObject {{QStringLiteral("at"), listDate(e.at)}, {QStringLiteral("outcome"), e.outcome}});
    const bool waiting = state == State::Queued;
    QJsonObject o {
        {QStringLiteral("id"), id},
        {QStringLiteral("state"), outboxStateName(state)},
        {QStringLiteral("account"), account.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(account)},
        {QStringLiteral("from"), from.isEmpty() ? sender : from},
        {QStringLiteral("subject"), subject},
        {QStringLiteral("size"), size},
        {QStringLiteral("attempts"), attempts},
        {QStringLiteral("next_attempt"), waiting ? listDate(nextAttempt) : QJsonValue(QJsonValue::Null)},
        {QStringLiteral("last_error"), lastError.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(lastError)},
        {QStringLiteral("last_reply"), lastReply.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(lastReply)},
        {QStringLiteral("last_error_kind"),
         lastErrorKind == ErrorKind::None ? QJsonValue(QJsonValue::Null) : QJsonValue(errorKindName(lastErrorKind))},
        {QStringLiteral("recipients"), rcpts},
        {QStringLiteral("message_id"), messageId},
        {QStringLiteral("created"), listDate(created)},
        {QStringLiteral("possible_duplicate"), possibleDuplicate},
        {QStringLiteral("history"), events},
    };
    if (!campaign.isEmpty()) {
        o.insert(QStringLiteral("campaign"), campaign);
        o.insert(QStringLiteral("campaign_row"), campaignRow);
    }
    if (isAdHoc()) {
        o.insert(QStringLiteral("server"),
                 QJsonObject {{QStringLiteral("host"), server.host},
                              {QStringLiteral("port"), server.port},
                              {QStringLiteral("security"), securityKey(server.security)},
                              {QStringLiteral("username"), server.username}});
    }
    return o;
}

QJsonObject OutboxItem::toSendJson() const
{
    const QJsonObject list = toJson();
    QString st = outboxStateName(state);
    if (state == State::Sending)
        st = QStringLiteral("queued");
    return QJsonObject {
        {QStringLiteral("id"), id},
        {QStringLiteral("state"), st},
        {QStringLiteral("recipients"), list.value(QStringLiteral("recipients"))},
        {QStringLiteral("reply"), lastReply.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(lastReply)},
        {QStringLiteral("attempts"), attempts},
        {QStringLiteral("next_attempt"), list.value(QStringLiteral("next_attempt"))},
        {QStringLiteral("message_id"), messageId},
        {QStringLiteral("last_error"), list.value(QStringLiteral("last_error"))},
        {QStringLiteral("possible_duplicate"), possibleDuplicate},
    };
}

int OutboxItem::exitCode() const
{
    switch (state) {
    case State::Sent:
        return 0;
    case State::Queued:
    case State::Sending:
        return exitCodeFor(ErrorKind::Temporary);
    case State::Failed:
        break;
    }
    if (lastErrorKind == ErrorKind::None || lastErrorKind == ErrorKind::Temporary)
        return exitCodeFor(ErrorKind::Permanent); // given up after retrying
    return exitCodeFor(lastErrorKind);
}

int OutboxItem::queueExitCode(const QList<OutboxItem>& items)
{
    bool queued = false;
    for (const OutboxItem& item : items) {
        if (item.state == State::Failed)
            return exitCodeFor(ErrorKind::Permanent);
        if (item.state == State::Queued || item.state == State::Sending)
            queued = true;
    }
    return queued ? exitCodeFor(ErrorKind::Temporary) : 0;
}

} // namespace Postino

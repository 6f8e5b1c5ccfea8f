// The item as item.json: toStorageJson() and fromStorageJson() through QJsonObject, and toStorageBytes(),
// the same text written directly (the outbox's hot path).
#include "OutboxItem.h"

#include "OutboxItem_p.h"

#include <QJsonArray>

namespace Postino {

// Local names for the stored options. The smtp module has its own (securityName() & co.); these are
// the outbox's file format and must not change when those do.
QString OutboxFormat::securityKey(Security s)
{
    switch (s) {
    case Security::Tls:
        return QStringLiteral("tls");
    case Security::StartTls:
        return QStringLiteral("starttls");
    case Security::None:
        return QStringLiteral("none");
    }
    return QStringLiteral("starttls");
}

namespace {

using OutboxFormat::securityKey;

std::optional<Security> securityFromKey(const QString& name)
{
    if (name == QLatin1String("tls"))
        return Security::Tls;
    if (name == QLatin1String("starttls"))
        return Security::StartTls;
    if (name == QLatin1String("none"))
        return Security::None;
    return std::nullopt;
}

// The stored names are the SMTP client's own ("PLAIN", "CRAM-MD5", ...); an unknown one reads as AUTO.
QString authKey(AuthMechanism m)
{
    const QString name = authMechanismName(m);
    return name.isEmpty() ? QStringLiteral("AUTO") : name;
}

AuthMechanism authFromKey(const QString& name)
{
    return authMechanismFromName(name).value_or(AuthMechanism::Auto);
}

QString bodyKey(Envelope::Body b)
{
    return b == Envelope::Body::EightBitMime ? QStringLiteral("8bitmime") : QStringLiteral("7bit");
}

QString kindKey(ErrorKind kind)
{
    return kind == ErrorKind::None ? QString() : errorKindName(kind);
}

ErrorKind kindFromKey(const QString& name)
{
    static constexpr ErrorKind kinds[] = {
        ErrorKind::Usage,    ErrorKind::DataError, ErrorKind::NoInput,   ErrorKind::Permanent, ErrorKind::Security,
        ErrorKind::Internal, ErrorKind::IoError,   ErrorKind::Temporary, ErrorKind::Auth,      ErrorKind::Config};
    for (ErrorKind k : kinds) {
        if (errorKindName(k) == name)
            return k;
    }
    return ErrorKind::None;
}

QJsonValue dateValue(const QDateTime& dt)
{
    if (!dt.isValid())
        return QJsonValue::Null;
    return dt.toUTC().toString(Qt::ISODateWithMs);
}

QDateTime dateFrom(const QJsonValue& v)
{
    if (!v.isString())
        return {};
    QDateTime dt = QDateTime::fromString(v.toString(), Qt::ISODateWithMs);
    if (dt.isValid())
        dt = dt.toUTC();
    return dt;
}

std::optional<OutboxRecipient::State> recipientStateFromKey(const QString& name)
{
    if (name == QLatin1String("queued"))
        return OutboxRecipient::State::Pending;
    if (name == QLatin1String("sent"))
        return OutboxRecipient::State::Sent;
    if (name == QLatin1String("failed"))
        return OutboxRecipient::State::Failed;
    return std::nullopt;
}

// Compact JSON, written directly: the outbox writes an item several times per message, and building
// a QJsonObject first costs more than everything else it does. The result parses to toStorageJson().
class CompactJson
{
public:
    void begin() { put('{'); }
    void end() { m_out += '}'; }
    void key(const char* name)
    {
        if (!m_first)
            m_out += ',';
        m_first = false;
        m_out += '"';
        m_out += name;
        m_out += "\":";
    }
    void string(const QString& value)
    {
        m_out += '"';
        const QByteArray utf8 = value.toUtf8();
        for (const char ch : utf8) {
            const auto c = static_cast<unsigned char>(ch);
            switch (c) {
            case '"':
                m_out += "\\\"";
                break;
            case '\\':
                m_out += "\\\\";
                break;
            case '\n':
                m_out += "\\n";
                break;
            case '\r':
                m_out += "\\r";
                break;
            case '\t':
                m_out += "\\t";
                break;
            case '\b':
                m_out += "\\b";
                break;
            case '\f':
                m_out += "\\f";
                break;
            default:
                if (c < 0x20) {
                    static const char hex[] = "0123456789abcdef";
                    m_out += "\\u00";
                    m_out += hex[c >> 4];
                    m_out += hex[c & 0xf];
                } else {
                    m_out += ch;
                }
            }
        }
        m_out += '"';
    }
    void date(const QDateTime& value)
    {
        if (value.isValid())
            string(value.toUTC().toString(Qt::ISODateWithMs));
        else
            m_out += "null";
    }
    void boolean(bool value) { m_out += value ? "true" : "false"; }
    void number(qint64 value) { m_out += QByteArray::number(value); }
    void strings(const QStringList& values)
    {
        m_out += '[';
        for (qsizetype i = 0; i < values.size(); ++i) {
            if (i > 0)
                m_out += ',';
            string(values.at(i));
        }
        m_out += ']';
    }
    // A nested object or array element: the caller writes it between these.
    void put(char c)
    {
        m_out += c;
        m_first = true;
    }
    void close(char c)
    {
        m_out += c;
        m_first = false;
    }
    void comma() { m_out += ','; }
    [[nodiscard]] QByteArray take() { return std::move(m_out); }

private:
    QByteArray m_out;
    bool m_first = true;
};

// toStorageBytes() section by section, in toStorageJson()'s order of keys.

// id, account, and the envelope: sender, recipients with their progress, body, DSN.
void writeEnvelope(CompactJson& j, const OutboxItem& item)
{
    j.key("id");
    j.string(item.id);
    j.key("account");
    j.string(item.account);
    j.key("sender");
    j.string(item.sender);
    j.key("recipients");
    j.put('[');
    for (qsizetype i = 0; i < item.recipients.size(); ++i) {
        const OutboxRecipient& r = item.recipients.at(i);
        if (i > 0)
            j.comma();
        j.put('{');
        j.key("address");
        j.string(r.address);
        j.key("state");
        j.string(outboxRecipientStateName(r.state));
        j.key("reply");
        j.string(r.reply);
        j.close('}');
    }
    j.close(']');
    j.key("body");
    j.string(bodyKey(item.body));
    j.key("dsn");
    j.boolean(item.requestDsn);
    j.key("envid");
    j.string(QString::fromLatin1(item.envelopeId));
}

// The state, the attempts and their times, the last error and the last dialogue.
void writeProgress(CompactJson& j, const OutboxItem& item)
{
    j.key("state");
    j.string(outboxStateName(item.state));
    j.key("attempts");
    j.number(item.attempts);
    j.key("created");
    j.date(item.created);
    j.key("window_start");
    j.date(item.windowStart);
    j.key("next_attempt");
    j.date(item.nextAttempt);
    if (item.notBefore.isValid()) {
        j.key("not_before");
        j.date(item.notBefore);
    }
    j.key("last_attempt");
    j.date(item.lastAttempt);
    j.key("last_error");
    j.string(item.lastError);
    j.key("last_reply");
    j.string(item.lastReply);
    j.key("last_error_kind");
    j.string(kindKey(item.lastErrorKind));
    j.key("transcript");
    j.strings(item.transcript);
}

// What is known of message.eml: its Message-ID, the listing's subject and from, its size and hash.
void writeMessage(CompactJson& j, const OutboxItem& item)
{
    j.key("message_id");
    j.string(item.messageId);
    j.key("subject");
    j.string(item.subject);
    j.key("from");
    j.string(item.from);
    j.key("size");
    j.number(item.size);
    j.key("message_sha256");
    j.string(QString::fromLatin1(item.messageSha256));
}

// The history, then what a crash must not lose: possible duplicate, final dot pending, revision, boot.
void writeHistoryAndRecovery(CompactJson& j, const OutboxItem& item)
{
    j.key("history");
    j.put('[');
    for (qsizetype i = 0; i < item.history.size(); ++i) {
        if (i > 0)
            j.comma();
        j.put('{');
        j.key("at");
        j.date(item.history.at(i).at);
        j.key("outcome");
        j.string(item.history.at(i).outcome);
        j.close('}');
    }
    j.close(']');
    j.key("possible_duplicate");
    j.boolean(item.possibleDuplicate);
    j.key("final_dot_pending");
    j.boolean(item.finalDotPending);
    j.key("revision");
    j.string(QString::number(item.revision));
    j.key("sending_boot");
    j.string(item.sendingBoot);
    if (!item.campaign.isEmpty()) {
        j.key("campaign");
        j.string(item.campaign);
        j.key("campaign_row");
        j.number(item.campaignRow);
    }
}

// An ad-hoc item's server options (never a password).
void writeServer(CompactJson& j, const OutboxServer& server)
{
    j.key("server");
    j.put('{');
    j.key("host");
    j.string(server.host);
    j.key("port");
    j.number(server.port);
    j.key("security");
    j.string(securityKey(server.security));
    j.key("username");
    j.string(server.username);
    j.key("auth");
    j.string(authKey(server.auth));
    j.key("resolve");
    j.strings(server.resolve);
    j.key("ca_file");
    j.string(server.caFile);
    j.key("pinned_sha256");
    j.string(QString::fromLatin1(server.pinnedSha256));
    j.key("allow_insecure_auth");
    j.boolean(server.allowInsecureAuth);
    j.close('}');
}

// fromStorageJson() part by part: each returns the first thing that is not valid, in the order of the keys.

Error badItem(const QString& what)
{
    return Error(ErrorKind::DataError, OutboxItem::tr("The item's metadata is not valid: %1.").arg(what));
}

} // namespace

Result<OutboxServer> OutboxServer::fromJson(const QJsonObject& s)
{
    OutboxServer server;
    server.host = s.value(QStringLiteral("host")).toString();
    if (server.host.isEmpty())
        return badItem(OutboxItem::tr("neither an account nor a server"));
    const int port = s.value(QStringLiteral("port")).toInt(-1);
    if (port <= 0 || port > 65535)
        return badItem(OutboxItem::tr("server port out of range"));
    server.port = static_cast<quint16>(port);
    const auto sec = securityFromKey(s.value(QStringLiteral("security")).toString());
    if (!sec)
        return badItem(OutboxItem::tr("unknown server security"));
    server.security = *sec;
    server.username = s.value(QStringLiteral("username")).toString();
    server.auth = authFromKey(s.value(QStringLiteral("auth")).toString());
    for (const QJsonValue& v : s.value(QStringLiteral("resolve")).toArray())
        server.resolve << v.toString();
    server.caFile = s.value(QStringLiteral("ca_file")).toString();
    server.pinnedSha256 = s.value(QStringLiteral("pinned_sha256")).toString().toLatin1();
    server.allowInsecureAuth = s.value(QStringLiteral("allow_insecure_auth")).toBool();
    return server;
}

QJsonObject OutboxServer::toJson() const
{
    return QJsonObject {{QStringLiteral("host"), host},
                        {QStringLiteral("port"), port},
                        {QStringLiteral("security"), securityKey(security)},
                        {QStringLiteral("username"), username},
                        {QStringLiteral("auth"), authKey(auth)},
                        {QStringLiteral("resolve"), QJsonArray::fromStringList(resolve)},
                        {QStringLiteral("ca_file"), caFile},
                        {QStringLiteral("pinned_sha256"), QString::fromLatin1(pinnedSha256)},
                        {QStringLiteral("allow_insecure_auth"), allowInsecureAuth}};
}

namespace {

// The recipients with their progress: at least one, each with an address and a state.
Result<QList<OutboxRecipient>> recipientsFromStorage(const QJsonArray& rcpts)
{
    if (rcpts.isEmpty())
        return badItem(OutboxItem::tr("no recipients"));
    QList<OutboxRecipient> recipients;
    for (const QJsonValue& v : rcpts) {
        const QJsonObject r = v.toObject();
        OutboxRecipient rcpt;
        rcpt.address = r.value(QStringLiteral("address")).toString();
        const auto st = recipientStateFromKey(r.value(QStringLiteral("state")).toString());
        if (rcpt.address.isEmpty() || !st)
            return badItem(OutboxItem::tr("a recipient without address or state"));
        rcpt.state = *st;
        rcpt.reply = r.value(QStringLiteral("reply")).toString();
        recipients << rcpt;
    }
    return recipients;
}

// The state, the attempts and their times (a creation time is required), the last error and dialogue.
Status readProgress(const QJsonObject& o, OutboxItem& item)
{
    const auto state = outboxStateFromName(o.value(QStringLiteral("state")).toString());
    if (!state)
        return badItem(OutboxItem::tr("unknown state"));
    item.state = *state;
    item.attempts = o.value(QStringLiteral("attempts")).toInt();
    item.created = dateFrom(o.value(QStringLiteral("created")));
    if (!item.created.isValid())
        return badItem(OutboxItem::tr("no creation time"));
    item.windowStart = dateFrom(o.value(QStringLiteral("window_start")));
    if (!item.windowStart.isValid())
        item.windowStart = item.created;
    item.nextAttempt = dateFrom(o.value(QStringLiteral("next_attempt")));
    item.notBefore = dateFrom(o.value(QStringLiteral("not_before")));
    item.lastAttempt = dateFrom(o.value(QStringLiteral("last_attempt")));
    item.lastError = o.value(QStringLiteral("last_error")).toString();
    item.lastReply = o.value(QStringLiteral("last_reply")).toString();
    item.lastErrorKind = kindFromKey(o.value(QStringLiteral("last_error_kind")).toString());
    for (const QJsonValue& v : o.value(QStringLiteral("transcript")).toArray())
        item.transcript << v.toString();
    return {};
}

// What is known of message.eml, the history, and what a crash must not lose.
void readMessageAndHistory(const QJsonObject& o, OutboxItem& item)
{
    item.messageId = o.value(QStringLiteral("message_id")).toString();
    item.subject = o.value(QStringLiteral("subject")).toString();
    item.from = o.value(QStringLiteral("from")).toString();
    item.size = o.value(QStringLiteral("size")).toInteger();
    item.messageSha256 = o.value(QStringLiteral("message_sha256")).toString().toLatin1();
    for (const QJsonValue& v : o.value(QStringLiteral("history")).toArray()) {
        const QJsonObject e = v.toObject();
        item.history.append({dateFrom(e.value(QStringLiteral("at"))), e.value(QStringLiteral("outcome")).toString()});
    }
    item.possibleDuplicate = o.value(QStringLiteral("possible_duplicate")).toBool();
    item.finalDotPending = o.value(QStringLiteral("final_dot_pending")).toBool();
    item.revision = o.value(QStringLiteral("revision")).toString().toULongLong();
    item.sendingBoot = o.value(QStringLiteral("sending_boot")).toString();
    item.campaign = o.value(QStringLiteral("campaign")).toString();
    item.campaignRow = o.value(QStringLiteral("campaign_row")).toInt();
}

} // namespace
QByteArray OutboxItem::toStorageBytes() const
{
    CompactJson j;
    j.begin();
    writeEnvelope(j, *this);
    writeProgress(j, *this);
    writeMessage(j, *this);
    writeHistoryAndRecovery(j, *this);
    if (isAdHoc())
        writeServer(j, server);
    j.end();
    return j.take();
}

QJsonObject OutboxItem::toStorageJson() const
{
    QJsonArray rcpts;
    for (const OutboxRecipient& r : recipients) {
        rcpts.append(QJsonObject {{QStringLiteral("address"), r.address},
                                  {QStringLiteral("state"), outboxRecipientStateName(r.state)},
                                  {QStringLiteral("reply"), r.reply}});
    }
    QJsonArray events;
    for (const OutboxEvent& e : history)
        events.append(QJsonObject {{QStringLiteral("at"), dateValue(e.at)}, {QStringLiteral("outcome"), e.outcome}});
    QJsonObject o {
        {QStringLiteral("id"), id},
        {QStringLiteral("account"), account},
        {QStringLiteral("sender"), sender},
        {QStringLiteral("recipients"), rcpts},
        {QStringLiteral("body"), bodyKey(body)},
        {QStringLiteral("dsn"), requestDsn},
        {QStringLiteral("envid"), QString::fromLatin1(envelopeId)},
        {QStringLiteral("state"), outboxStateName(state)},
        {QStringLiteral("attempts"), attempts},
        {QStringLiteral("created"), dateValue(created)},
        {QStringLiteral("window_start"), dateValue(windowStart)},
        {QStringLiteral("next_attempt"), dateValue(nextAttempt)},
        {QStringLiteral("last_attempt"), dateValue(lastAttempt)},
        {QStringLiteral("last_error"), lastError},
        {QStringLiteral("last_reply"), lastReply},
        {QStringLiteral("last_error_kind"), kindKey(lastErrorKind)},
        {QStringLiteral("transcript"), QJsonArray::fromStringList(transcript)},
        {QStringLiteral("message_id"), messageId},
        {QStringLiteral("subject"), subject},
        {QStringLiteral("from"), from},
        {QStringLiteral("size"), size},
        {QStringLiteral("message_sha256"), QString::fromLatin1(messageSha256)},
        {QStringLiteral("history"), events},
        {QStringLiteral("possible_duplicate"), possibleDuplicate},
        {QStringLiteral("final_dot_pending"), finalDotPending},
        {QStringLiteral("revision"), QString::number(revision)},
        {QStringLiteral("sending_boot"), sendingBoot},
    };
    if (notBefore.isValid())
        o.insert(QStringLiteral("not_before"), dateValue(notBefore));
    if (!campaign.isEmpty()) {
        o.insert(QStringLiteral("campaign"), campaign);
        o.insert(QStringLiteral("campaign_row"), campaignRow);
    }
    if (isAdHoc())
        o.insert(QStringLiteral("server"), server.toJson());
    return o;
}
Result<OutboxItem> OutboxItem::fromStorageJson(const QJsonObject& o)
{
    OutboxItem item;
    item.id = o.value(QStringLiteral("id")).toString();
    if (item.id.isEmpty())
        return badItem(tr("no id"));
    item.account = o.value(QStringLiteral("account")).toString();
    if (item.account.isEmpty()) {
        Result<OutboxServer> server = OutboxServer::fromJson(o.value(QStringLiteral("server")).toObject());
        if (!server.ok())
            return server.error();
        item.server = server.value();
    }
    item.sender = o.value(QStringLiteral("sender")).toString();
    Result<QList<OutboxRecipient>> recipients = recipientsFromStorage(o.value(QStringLiteral("recipients")).toArray());
    if (!recipients.ok())
        return recipients.error();
    item.recipients = recipients.value();
    item.body = o.value(QStringLiteral("body")).toString() == QLatin1String("8bitmime") ? Envelope::Body::EightBitMime
                                                                                        : Envelope::Body::SevenBit;
    item.requestDsn = o.value(QStringLiteral("dsn")).toBool();
    item.envelopeId = o.value(QStringLiteral("envid")).toString().toLatin1();
    if (const Status progress = readProgress(o, item); !progress.ok())
        return progress.error();
    readMessageAndHistory(o, item);
    return item;
}

} // namespace Postino

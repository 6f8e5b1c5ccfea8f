#include "OutboxItem.h"

#include <QFileInfo>
#include <QJsonArray>
#include <QSslCertificate>

namespace Postino {

namespace {

// Local names for the stored options. The smtp module has its own (securityName() & co.); these are
// the outbox's file format and must not change when those do.
QString securityKey(Security s)
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

struct AuthName
{
    AuthMechanism mechanism;
    const char* name;
};
constexpr AuthName kAuthNames[] = {
    {AuthMechanism::Auto, "AUTO"},
    {AuthMechanism::None, "NONE"},
    {AuthMechanism::Plain, "PLAIN"},
    {AuthMechanism::Login, "LOGIN"},
    {AuthMechanism::CramMd5, "CRAM-MD5"},
    {AuthMechanism::XOAuth2, "XOAUTH2"},
    {AuthMechanism::OAuthBearer, "OAUTHBEARER"},
    {AuthMechanism::ScramSha256, "SCRAM-SHA-256"},
};

QString authKey(AuthMechanism m)
{
    for (const AuthName& a : kAuthNames) {
        if (a.mechanism == m)
            return QString::fromLatin1(a.name);
    }
    return QStringLiteral("AUTO");
}

AuthMechanism authFromKey(const QString& name)
{
    for (const AuthName& a : kAuthNames) {
        if (name == QLatin1String(a.name))
            return a.mechanism;
    }
    return AuthMechanism::Auto;
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

QJsonValue listDate(const QDateTime& dt)
{
    // `queue list --json` shows seconds, as in "2026-11-22T10:00:00Z".
    if (!dt.isValid())
        return QJsonValue::Null;
    return dt.toUTC().toString(Qt::ISODate);
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

namespace {

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

} // namespace

QByteArray OutboxItem::toStorageBytes() const
{
    CompactJson j;
    j.begin();
    j.key("id");
    j.string(id);
    j.key("account");
    j.string(account);
    j.key("sender");
    j.string(sender);
    j.key("recipients");
    j.put('[');
    for (qsizetype i = 0; i < recipients.size(); ++i) {
        const OutboxRecipient& r = recipients.at(i);
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
    j.string(bodyKey(body));
    j.key("dsn");
    j.boolean(requestDsn);
    j.key("envid");
    j.string(QString::fromLatin1(envelopeId));
    j.key("state");
    j.string(outboxStateName(state));
    j.key("attempts");
    j.number(attempts);
    j.key("created");
    j.date(created);
    j.key("window_start");
    j.date(windowStart);
    j.key("next_attempt");
    j.date(nextAttempt);
    j.key("last_attempt");
    j.date(lastAttempt);
    j.key("last_error");
    j.string(lastError);
    j.key("last_reply");
    j.string(lastReply);
    j.key("last_error_kind");
    j.string(kindKey(lastErrorKind));
    j.key("transcript");
    j.strings(transcript);
    j.key("message_id");
    j.string(messageId);
    j.key("subject");
    j.string(subject);
    j.key("from");
    j.string(from);
    j.key("size");
    j.number(size);
    j.key("message_sha256");
    j.string(QString::fromLatin1(messageSha256));
    j.key("history");
    j.put('[');
    for (qsizetype i = 0; i < history.size(); ++i) {
        if (i > 0)
            j.comma();
        j.put('{');
        j.key("at");
        j.date(history.at(i).at);
        j.key("outcome");
        j.string(history.at(i).outcome);
        j.close('}');
    }
    j.close(']');
    j.key("possible_duplicate");
    j.boolean(possibleDuplicate);
    j.key("final_dot_pending");
    j.boolean(finalDotPending);
    j.key("revision");
    j.string(QString::number(revision));
    j.key("sending_boot");
    j.string(sendingBoot);
    if (isAdHoc()) {
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
    if (isAdHoc()) {
        o.insert(QStringLiteral("server"),
                 QJsonObject {{QStringLiteral("host"), server.host},
                              {QStringLiteral("port"), server.port},
                              {QStringLiteral("security"), securityKey(server.security)},
                              {QStringLiteral("username"), server.username},
                              {QStringLiteral("auth"), authKey(server.auth)},
                              {QStringLiteral("resolve"), QJsonArray::fromStringList(server.resolve)},
                              {QStringLiteral("ca_file"), server.caFile},
                              {QStringLiteral("pinned_sha256"), QString::fromLatin1(server.pinnedSha256)},
                              {QStringLiteral("allow_insecure_auth"), server.allowInsecureAuth}});
    }
    return o;
}

Result<OutboxItem> OutboxItem::fromStorageJson(const QJsonObject& o)
{
    auto bad = [](const QString& what) {
        return Error(ErrorKind::DataError, tr("The item's metadata is not valid: %1.").arg(what));
    };
    OutboxItem item;
    item.id = o.value(QStringLiteral("id")).toString();
    if (item.id.isEmpty())
        return bad(tr("no id"));
    item.account = o.value(QStringLiteral("account")).toString();
    if (item.account.isEmpty()) {
        const QJsonObject s = o.value(QStringLiteral("server")).toObject();
        item.server.host = s.value(QStringLiteral("host")).toString();
        if (item.server.host.isEmpty())
            return bad(tr("neither an account nor a server"));
        const int port = s.value(QStringLiteral("port")).toInt(-1);
        if (port <= 0 || port > 65535)
            return bad(tr("server port out of range"));
        item.server.port = static_cast<quint16>(port);
        const auto sec = securityFromKey(s.value(QStringLiteral("security")).toString());
        if (!sec)
            return bad(tr("unknown server security"));
        item.server.security = *sec;
        item.server.username = s.value(QStringLiteral("username")).toString();
        item.server.auth = authFromKey(s.value(QStringLiteral("auth")).toString());
        for (const QJsonValue& v : s.value(QStringLiteral("resolve")).toArray())
            item.server.resolve << v.toString();
        item.server.caFile = s.value(QStringLiteral("ca_file")).toString();
        item.server.pinnedSha256 = s.value(QStringLiteral("pinned_sha256")).toString().toLatin1();
        item.server.allowInsecureAuth = s.value(QStringLiteral("allow_insecure_auth")).toBool();
    }
    item.sender = o.value(QStringLiteral("sender")).toString();
    const QJsonArray rcpts = o.value(QStringLiteral("recipients")).toArray();
    if (rcpts.isEmpty())
        return bad(tr("no recipients"));
    for (const QJsonValue& v : rcpts) {
        const QJsonObject r = v.toObject();
        OutboxRecipient rcpt;
        rcpt.address = r.value(QStringLiteral("address")).toString();
        const auto st = recipientStateFromKey(r.value(QStringLiteral("state")).toString());
        if (rcpt.address.isEmpty() || !st)
            return bad(tr("a recipient without address or state"));
        rcpt.state = *st;
        rcpt.reply = r.value(QStringLiteral("reply")).toString();
        item.recipients << rcpt;
    }
    item.body = o.value(QStringLiteral("body")).toString() == QLatin1String("8bitmime") ? Envelope::Body::EightBitMime
                                                                                        : Envelope::Body::SevenBit;
    item.requestDsn = o.value(QStringLiteral("dsn")).toBool();
    item.envelopeId = o.value(QStringLiteral("envid")).toString().toLatin1();
    const auto state = outboxStateFromName(o.value(QStringLiteral("state")).toString());
    if (!state)
        return bad(tr("unknown state"));
    item.state = *state;
    item.attempts = o.value(QStringLiteral("attempts")).toInt();
    item.created = dateFrom(o.value(QStringLiteral("created")));
    if (!item.created.isValid())
        return bad(tr("no creation time"));
    item.windowStart = dateFrom(o.value(QStringLiteral("window_start")));
    if (!item.windowStart.isValid())
        item.windowStart = item.created;
    item.nextAttempt = dateFrom(o.value(QStringLiteral("next_attempt")));
    item.lastAttempt = dateFrom(o.value(QStringLiteral("last_attempt")));
    item.lastError = o.value(QStringLiteral("last_error")).toString();
    item.lastReply = o.value(QStringLiteral("last_reply")).toString();
    item.lastErrorKind = kindFromKey(o.value(QStringLiteral("last_error_kind")).toString());
    for (const QJsonValue& v : o.value(QStringLiteral("transcript")).toArray())
        item.transcript << v.toString();
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
    return item;
}

} // namespace Postino

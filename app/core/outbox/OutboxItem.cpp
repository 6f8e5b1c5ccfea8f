#include "OutboxItem.h"

#include "OutboxItem_p.h"

#include <QFileInfo>
#include <QJsonArray>
#include <QSslCertificate>

#include <limits>

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

namespace {

// Text as Qt's JSON writer (qjsonwriter.cpp) writes a string: quotes, the two-character escapes for ", \,
// \b, \f, \n, \r and \t, \u00XX (lower-case) for the other control characters and \uXXXX for a lone
// surrogate, everything else as UTF-8.
void appendJsonString(QByteArray& out, const QString& text)
{
    out += '"';
    const char16_t* p = reinterpret_cast<const char16_t*>(text.constData());
    const char16_t* const end = p + text.size();
    while (p < end) {
        const char16_t* run = p;
        while (p < end && *p >= 0x20 && *p < 0x80 && *p != u'"' && *p != u'\\')
            ++p;
        for (const char16_t* c = run; c < p; ++c)
            out += static_cast<char>(*c);
        if (p == end)
            break;
        const char16_t u = *p;
        static constexpr char kHex[] = "0123456789abcdef";
        if (u >= 0x80) {
            const char16_t* wide = p;
            while (p < end && *p >= 0x80) {
                const bool high = QChar::isHighSurrogate(*p);
                if (high && p + 1 < end && QChar::isLowSurrogate(p[1])) {
                    p += 2;
                    continue;
                }
                if (!high && !QChar::isLowSurrogate(*p)) {
                    ++p;
                    continue;
                }
                // A lone surrogate: Qt writes it as an escape.
                out += QStringView(wide, p - wide).toUtf8();
                out += "\\u";
                for (int shift = 12; shift >= 0; shift -= 4)
                    out += kHex[(*p >> shift) & 0xf];
                wide = ++p;
            }
            out += QStringView(wide, p - wide).toUtf8();
            continue;
        }
        ++p;
        out += '\\';
        switch (u) {
        case u'"':
            out += '"';
            break;
        case u'\\':
            out += '\\';
            break;
        case 0x08:
            out += 'b';
            break;
        case 0x0c:
            out += 'f';
            break;
        case 0x0a:
            out += 'n';
            break;
        case 0x0d:
            out += 'r';
            break;
        case 0x09:
            out += 't';
            break;
        default: {
            out += "u00";
            out += kHex[(u >> 4) & 0xf];
            out += kHex[u & 0xf];
        }
        }
    }
    out += '"';
}

// listDate()'s text, or null; one formatting per distinct second (a campaign's items share their times).
void appendListDate(QByteArray& out, const QDateTime& dt)
{
    if (!dt.isValid()) {
        out += "null";
        return;
    }
    thread_local qint64 lastSecs = std::numeric_limits<qint64>::min();
    thread_local QByteArray lastText;
    const qint64 secs = dt.toSecsSinceEpoch();
    if (secs != lastSecs) {
        QByteArray text;
        appendJsonString(text, listDate(dt).toString());
        lastText = text;
        lastSecs = secs;
    }
    out += lastText;
}

// Writes an object's members in the order given (the caller gives them sorted by key, as QJsonObject keeps
// them) at one indentation.
class ObjectWriter
{
public:
    ObjectWriter(QByteArray& out, int level)
        : m_out(out)
        , m_level(level)
    {
        m_out += "{\n";
    }
    QByteArray& key(const char* name)
    {
        if (m_members++ > 0)
            m_out += ",\n";
        m_out += QByteArray(4 * (m_level + 1), ' ');
        m_out += '"';
        m_out += name;
        m_out += "\": ";
        return m_out;
    }
    void string(const char* name, const QString& value) { appendJsonString(key(name), value); }
    void stringOrNull(const char* name, const QString& value)
    {
        if (value.isEmpty())
            key(name) += "null";
        else
            string(name, value);
    }
    void number(const char* name, qint64 value) { key(name) += QByteArray::number(value); }
    void boolean(const char* name, bool value) { key(name) += value ? "true" : "false"; }
    void date(const char* name, const QDateTime& value) { appendListDate(key(name), value); }
    int level() const { return m_level + 1; }
    void close()
    {
        m_out += '\n';
        m_out += QByteArray(4 * m_level, ' ');
        m_out += '}';
    }

private:
    QByteArray& m_out;
    int m_level;
    int m_members = 0;
};

// An array of objects, each written by write(out, level, element).
template<typename List, typename Write>
void appendArray(QByteArray& out, int level, const List& list, Write write)
{
    out += "[\n";
    const QByteArray indent(4 * (level + 1), ' ');
    for (qsizetype i = 0; i < list.size(); ++i) {
        out += indent;
        write(out, level + 1, list.at(i));
        out += i + 1 < list.size() ? ",\n" : "\n";
    }
    out += QByteArray(4 * level, ' ');
    out += ']';
}

} // namespace

void OutboxItem::appendListJson(QByteArray& out, int level) const
{
    // toJson()'s members, in the order of their keys.
    ObjectWriter o(out, level);
    o.stringOrNull("account", account);
    o.number("attempts", attempts);
    if (!campaign.isEmpty()) {
        o.string("campaign", campaign);
        o.number("campaign_row", campaignRow);
    }
    o.date("created", created);
    o.string("from", from.isEmpty() ? sender : from);
    appendArray(o.key("history"), o.level(), history, [](QByteArray& into, int at, const OutboxEvent& e) {
        ObjectWriter event(into, at);
        event.date("at", e.at);
        event.string("outcome", e.outcome);
        event.close();
    });
    o.string("id", id);
    o.stringOrNull("last_error", lastError);
    if (lastErrorKind == ErrorKind::None)
        o.key("last_error_kind") += "null";
    else
        o.string("last_error_kind", errorKindName(lastErrorKind));
    o.stringOrNull("last_reply", lastReply);
    o.string("message_id", messageId);
    if (state == State::Queued)
        o.date("next_attempt", nextAttempt);
    else
        o.key("next_attempt") += "null";
    o.boolean("possible_duplicate", possibleDuplicate);
    appendArray(o.key("recipients"), o.level(), recipients, [](QByteArray& into, int at, const OutboxRecipient& r) {
        ObjectWriter recipient(into, at);
        recipient.string("address", r.address);
        recipient.stringOrNull("reply", r.reply);
        recipient.string("state", outboxRecipientStateName(r.state));
        recipient.close();
    });
    if (isAdHoc()) {
        ObjectWriter s(o.key("server"), o.level());
        s.string("host", server.host);
        s.number("port", server.port);
        s.string("security", securityKey(server.security));
        s.string("username", server.username);
        s.close();
    }
    o.number("size", size);
    o.string("state", outboxStateName(state));
    o.string("subject", subject);
    o.close();
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

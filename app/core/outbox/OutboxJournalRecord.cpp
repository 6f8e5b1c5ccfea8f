// The outbox journal's records (format 2): a whole item as JSON, or a delta of what an attempt changed.
// The layout and the reasons for it are in the header.
#include "OutboxJournalRecord.h"

#include "common/Crc32.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>

#include <cstring>
#include <iterator>

namespace Postino::OutboxJournalRecord {

namespace {

// The delta's fields. The numbers are the file format: never reuse or renumber one.
enum Tag : quint8 {
    TagState = 1,
    TagAttempts = 2,
    TagWindowStart = 3,
    TagNextAttempt = 4,
    TagNotBefore = 5,
    TagLastAttempt = 6,
    TagLastError = 7,
    TagLastReply = 8,
    TagLastErrorKind = 9,
    TagTranscript = 10,
    TagRecipients = 11,
    TagHistoryAdded = 12,
    TagPossibleDuplicate = 13,
    TagFinalDotPending = 14,
    TagSendingBoot = 15,
};

constexpr char kWhole = 'F';
constexpr char kDelta = 'D';

// Error kinds by their number in the file (the enum's order is the code's, this one is the format's).
constexpr ErrorKind kKinds[] = {ErrorKind::None,      ErrorKind::Usage,    ErrorKind::DataError, ErrorKind::NoInput,
                                ErrorKind::Permanent, ErrorKind::Security, ErrorKind::Internal,  ErrorKind::IoError,
                                ErrorKind::Temporary, ErrorKind::Auth,     ErrorKind::Config};

quint8 kindNumber(ErrorKind kind)
{
    for (quint8 i = 0; i < std::size(kKinds); ++i) {
        if (kKinds[i] == kind)
            return i;
    }
    return 0;
}

class Writer
{
public:
    void byte(quint8 b) { m_out += static_cast<char>(b); }
    void varint(quint64 v)
    {
        while (v >= 0x80) {
            byte(static_cast<quint8>(v | 0x80));
            v >>= 7;
        }
        byte(static_cast<quint8>(v));
    }
    void bytes(const QByteArray& b)
    {
        varint(static_cast<quint64>(b.size()));
        m_out += b;
    }
    void string(const QString& s) { bytes(s.toUtf8()); }
    // Milliseconds since the epoch, zig-zag, plus one: 0 is "no time".
    void date(const QDateTime& t)
    {
        if (!t.isValid()) {
            varint(0);
            return;
        }
        const qint64 ms = t.toMSecsSinceEpoch();
        varint(((static_cast<quint64>(ms) << 1) ^ static_cast<quint64>(ms >> 63)) + 1);
    }
    QByteArray& out() { return m_out; }

private:
    QByteArray m_out;
};

class Reader
{
public:
    explicit Reader(QByteArrayView data)
        : m_data(data)
    { }
    [[nodiscard]] bool atEnd() const { return m_pos >= m_data.size(); }
    [[nodiscard]] bool ok() const { return m_ok; }
    quint8 byte()
    {
        if (atEnd()) {
            m_ok = false;
            return 0;
        }
        return static_cast<quint8>(m_data[m_pos++]);
    }
    quint64 varint()
    {
        quint64 v = 0;
        for (int shift = 0; shift < 64; shift += 7) {
            const quint8 b = byte();
            v |= static_cast<quint64>(b & 0x7f) << shift;
            if (!(b & 0x80))
                return v;
        }
        m_ok = false;
        return 0;
    }
    QByteArrayView bytes()
    {
        const quint64 n = varint();
        if (!m_ok || n > static_cast<quint64>(m_data.size() - m_pos)) {
            m_ok = false;
            return {};
        }
        const QByteArrayView b = m_data.sliced(m_pos, static_cast<qsizetype>(n));
        m_pos += static_cast<qsizetype>(n);
        return b;
    }
    QString string() { return QString::fromUtf8(bytes()); }
    QDateTime date()
    {
        const quint64 z = varint();
        if (z == 0)
            return {};
        const quint64 u = z - 1;
        const auto ms = static_cast<qint64>((u >> 1) ^ (~(u & 1) + 1));
        return QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC);
    }

private:
    QByteArrayView m_data;
    qsizetype m_pos = 0;
    bool m_ok = true;
};

bool sameServer(const OutboxServer& a, const OutboxServer& b)
{
    return a.host == b.host && a.port == b.port && a.security == b.security && a.username == b.username
        && a.auth == b.auth && a.resolve == b.resolve && a.caFile == b.caFile && a.pinnedSha256 == b.pinnedSha256
        && a.allowInsecureAuth == b.allowInsecureAuth;
}

// Whether item differs from base only in what a delta carries (the history only by events added).
bool deltaCovers(const OutboxItem& base, const OutboxItem& item)
{
    if (item.id != base.id || item.account != base.account || item.sender != base.sender || item.body != base.body
        || item.requestDsn != base.requestDsn || item.envelopeId != base.envelopeId || item.created != base.created
        || item.messageId != base.messageId || item.subject != base.subject || item.from != base.from
        || item.size != base.size || item.messageSha256 != base.messageSha256 || item.campaign != base.campaign
        || item.campaignRow != base.campaignRow || !sameServer(item.server, base.server)
        || item.recipients.size() != base.recipients.size() || item.history.size() < base.history.size()) {
        return false;
    }
    for (qsizetype i = 0; i < item.recipients.size(); ++i) {
        if (item.recipients.at(i).address != base.recipients.at(i).address)
            return false;
    }
    for (qsizetype i = 0; i < base.history.size(); ++i) {
        if (item.history.at(i).at != base.history.at(i).at || item.history.at(i).outcome != base.history.at(i).outcome)
            return false;
    }
    return true;
}

bool sameRecipientProgress(const OutboxItem& a, const OutboxItem& b)
{
    for (qsizetype i = 0; i < a.recipients.size(); ++i) {
        if (a.recipients.at(i).state != b.recipients.at(i).state
            || a.recipients.at(i).reply != b.recipients.at(i).reply)
            return false;
    }
    return true;
}

void writeDelta(Writer& w, const OutboxItem& base, const OutboxItem& item)
{
    if (item.state != base.state) {
        w.byte(TagState);
        w.byte(static_cast<quint8>(item.state));
    }
    if (item.attempts != base.attempts) {
        w.byte(TagAttempts);
        w.varint(static_cast<quint32>(item.attempts));
    }
    const std::pair<Tag, const QDateTime OutboxItem::*> dates[] = {{TagWindowStart, &OutboxItem::windowStart},
                                                                   {TagNextAttempt, &OutboxItem::nextAttempt},
                                                                   {TagNotBefore, &OutboxItem::notBefore},
                                                                   {TagLastAttempt, &OutboxItem::lastAttempt}};
    for (const auto& [tag, field] : dates) {
        // Compared as they are written: two times in the same millisecond are the same time here.
        const QDateTime& now = item.*field;
        const QDateTime& before = base.*field;
        if (now.isValid() != before.isValid()
            || (now.isValid() && now.toMSecsSinceEpoch() != before.toMSecsSinceEpoch())) {
            w.byte(tag);
            w.date(now);
        }
    }
    if (item.lastError != base.lastError) {
        w.byte(TagLastError);
        w.string(item.lastError);
    }
    if (item.lastReply != base.lastReply) {
        w.byte(TagLastReply);
        w.string(item.lastReply);
    }
    if (item.lastErrorKind != base.lastErrorKind) {
        w.byte(TagLastErrorKind);
        w.byte(kindNumber(item.lastErrorKind));
    }
    if (item.transcript != base.transcript) {
        w.byte(TagTranscript);
        w.varint(static_cast<quint64>(item.transcript.size()));
        for (const QString& line : item.transcript)
            w.string(line);
    }
    if (!sameRecipientProgress(item, base)) {
        w.byte(TagRecipients);
        for (const OutboxRecipient& r : item.recipients) {
            w.byte(static_cast<quint8>(r.state));
            w.string(r.reply);
        }
    }
    if (item.history.size() > base.history.size()) {
        w.byte(TagHistoryAdded);
        w.varint(static_cast<quint64>(item.history.size() - base.history.size()));
        for (qsizetype i = base.history.size(); i < item.history.size(); ++i) {
            w.date(item.history.at(i).at);
            w.string(item.history.at(i).outcome);
        }
    }
    if (item.possibleDuplicate != base.possibleDuplicate) {
        w.byte(TagPossibleDuplicate);
        w.byte(item.possibleDuplicate ? 1 : 0);
    }
    if (item.finalDotPending != base.finalDotPending) {
        w.byte(TagFinalDotPending);
        w.byte(item.finalDotPending ? 1 : 0);
    }
    if (item.sendingBoot != base.sendingBoot) {
        w.byte(TagSendingBoot);
        w.string(item.sendingBoot);
    }
}

// One field of a delta onto item; false when it is not valid.
bool readField(Reader& r, quint8 tag, OutboxItem& item)
{
    switch (tag) {
    case TagState: {
        const quint8 s = r.byte();
        if (s > static_cast<quint8>(OutboxItem::State::Sent))
            return false;
        item.state = static_cast<OutboxItem::State>(s);
        return true;
    }
    case TagAttempts:
        item.attempts = static_cast<int>(r.varint());
        return true;
    case TagWindowStart:
        item.windowStart = r.date();
        return true;
    case TagNextAttempt:
        item.nextAttempt = r.date();
        return true;
    case TagNotBefore:
        item.notBefore = r.date();
        return true;
    case TagLastAttempt:
        item.lastAttempt = r.date();
        return true;
    case TagLastError:
        item.lastError = r.string();
        return true;
    case TagLastReply:
        item.lastReply = r.string();
        return true;
    case TagLastErrorKind: {
        const quint8 k = r.byte();
        if (k >= std::size(kKinds))
            return false;
        item.lastErrorKind = kKinds[k];
        return true;
    }
    case TagTranscript: {
        const quint64 n = r.varint();
        QStringList lines;
        for (quint64 i = 0; i < n && r.ok(); ++i)
            lines.append(r.string());
        item.transcript = std::move(lines);
        return true;
    }
    case TagRecipients:
        for (OutboxRecipient& rcpt : item.recipients) {
            const quint8 s = r.byte();
            if (s > static_cast<quint8>(OutboxRecipient::State::Failed))
                return false;
            rcpt.state = static_cast<OutboxRecipient::State>(s);
            rcpt.reply = r.string();
        }
        return true;
    case TagHistoryAdded: {
        const quint64 n = r.varint();
        for (quint64 i = 0; i < n && r.ok(); ++i) {
            const QDateTime at = r.date();
            item.history.append({at, r.string()});
        }
        return true;
    }
    case TagPossibleDuplicate:
        item.possibleDuplicate = r.byte() != 0;
        return true;
    case TagFinalDotPending:
        item.finalDotPending = r.byte() != 0;
        return true;
    case TagSendingBoot:
        item.sendingBoot = r.string();
        return true;
    default:
        return false;
    }
}

void putU32(QByteArray& out, qsizetype at, quint32 v)
{
    for (int i = 0; i < 4; ++i)
        out[at + i] = static_cast<char>((v >> (8 * i)) & 0xff);
}

quint32 getU32(QByteArrayView data, qsizetype at)
{
    quint32 v = 0;
    for (int i = 0; i < 4; ++i)
        v |= static_cast<quint32>(static_cast<quint8>(data[at + i])) << (8 * i);
    return v;
}

} // namespace

QByteArray fileHeader()
{
    QByteArray header = kMagic;
    const quint64 name = QRandomGenerator::system()->generate64();
    for (int i = 0; i < 8; ++i)
        header += static_cast<char>((name >> (8 * i)) & 0xff);
    return header;
}

QByteArray encode(const OutboxItem& item, const OutboxItem* base, QByteArray* json)
{
    Writer w;
    w.out().reserve(256);
    w.out().append(kHeaderSize, '\0'); // the length and CRC, filled in below
    const bool delta = base && deltaCovers(*base, item);
    w.byte(static_cast<quint8>(delta ? kDelta : kWhole));
    w.string(item.id);
    w.varint(item.revision);
    if (delta) {
        json->clear();
        w.varint(base->revision);
        writeDelta(w, *base, item);
    } else {
        *json = item.toStorageBytes();
        w.bytes(*json);
    }
    QByteArray& out = w.out();
    const QByteArrayView payload = QByteArrayView(out).sliced(kHeaderSize);
    putU32(out, 0, static_cast<quint32>(payload.size()));
    putU32(out, 4, crc32(payload));
    return std::move(out);
}

Next next(QByteArrayView data, qsizetype pos, QByteArrayView* payload, qsizetype* nextPos)
{
    if (data.size() - pos < kHeaderSize)
        return Next::Incomplete;
    const quint32 length = getU32(data, pos);
    if (length == 0 || length > kMaxPayload || static_cast<qsizetype>(length) > data.size() - pos - kHeaderSize)
        return Next::Incomplete;
    *payload = data.sliced(pos + kHeaderSize, length);
    *nextPos = pos + kHeaderSize + length;
    return crc32(*payload) == getU32(data, pos + 4) ? Next::Record : Next::Damaged;
}

std::optional<OutboxItem> decode(QByteArrayView payload, const std::function<const OutboxItem*(const QString&)>& baseOf,
                                 QByteArray* json, const char** why)
{
    Reader r(payload);
    const quint8 kind = r.byte();
    const QString id = r.string();
    const quint64 revision = r.varint();
    if (!r.ok() || id.isEmpty() || (kind != kWhole && kind != kDelta)) {
        *why = "not a journal record";
        return std::nullopt;
    }
    if (kind == kWhole) {
        const QByteArrayView bytes = r.bytes();
        if (!r.ok() || !r.atEnd()) {
            *why = "a whole record of the wrong length";
            return std::nullopt;
        }
        *json = bytes.toByteArray();
        Result<OutboxItem> item = OutboxItem::fromStorageJson(QJsonDocument::fromJson(*json).object());
        if (!item || item.value().id != id || item.value().revision != revision) {
            *why = "a whole record that is not a valid item";
            return std::nullopt;
        }
        return std::move(item).value();
    }
    const quint64 baseRevision = r.varint();
    const OutboxItem* base = baseOf(id);
    if (!r.ok() || !base || base->revision != baseRevision || revision <= baseRevision) {
        *why = "a change to a version of the item this journal does not hold";
        return std::nullopt;
    }
    OutboxItem item = *base;
    item.revision = revision;
    while (!r.atEnd()) {
        if (!readField(r, r.byte(), item) || !r.ok()) {
            *why = "a change that is not valid";
            return std::nullopt;
        }
    }
    json->clear();
    return item;
}

} // namespace Postino::OutboxJournalRecord

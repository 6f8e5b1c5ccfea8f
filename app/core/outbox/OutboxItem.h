#pragma once

#include "common/Error.h"
#include "mime/Envelope.h"
#include "smtp/SmtpTypes.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

namespace Postino {

// Server options kept with a message queued with ad-hoc options (`send --host ...`). Never a password.
struct OutboxServer
{
    QString host;
    quint16 port = 587;
    Security security = Security::StartTls;
    QString username;
    AuthMechanism auth = AuthMechanism::Auto;
    QStringList resolve; // --resolve entries, "HOST:ADDR"
    QString caFile; // --ca-file path
    QByteArray pinnedSha256; // --trust-fingerprint, lower-case hex
    bool allowInsecureAuth = false; // --allow-insecure-auth: the user's explicit choice

    [[nodiscard]] bool isValid() const { return !host.isEmpty(); }
    // The endpoint these options describe: resolve entries for host become its connect address, the CA
    // file is read. A CA file that cannot be read is an error (Config) naming it.
    [[nodiscard]] Result<ServerEndpoint> endpoint() const;

    // As stored with an item or a campaign (never a password); fromJson refuses what is not valid.
    [[nodiscard]] QJsonObject toJson() const;
    [[nodiscard]] static Result<OutboxServer> fromJson(const QJsonObject& object);
};

struct OutboxRecipient
{
    enum class State { Pending, Sent, Failed };
    QString address;
    State state = State::Pending;
    QString reply; // the server's last words about this recipient, "250 2.1.5 Ok"
};

struct OutboxEvent
{
    QDateTime at;
    QString outcome; // for people: "sent", "451 4.3.0 try later", "outcome unknown: ..."
};

// One message in the outbox: the stored bytes (message.eml, beside it) and everything known about
// sending them.
struct OutboxItem
{
    Q_DECLARE_TR_FUNCTIONS(Postino::OutboxItem)
public:
    enum class State { Queued, Sending, Failed, Sent };

    QString id; // sortable and unique: "20261122T100000123-1a2b3c4d"
    QString account; // a stored account's name; empty for ad-hoc server options
    OutboxServer server; // ad-hoc options when account is empty

    QString sender; // envelope sender (reverse-path)
    QList<OutboxRecipient> recipients; // envelope recipients with their own progress
    Envelope::Body body = Envelope::Body::SevenBit;
    bool requestDsn = false;
    QByteArray envelopeId;

    State state = State::Queued;
    int attempts = 0;
    QDateTime created;
    QDateTime windowStart; // give-up is counted from here: created, or the last manual retry
    QDateTime nextAttempt;
    // Send Later: never tried before this, not even by a flush or the first pass of a start; a retry the person
    // asks for (Retry Now) clears it. Invalid for every other message.
    QDateTime notBefore;
    QDateTime lastAttempt;

    QString lastError; // translated: what failed, where, what next
    QString lastReply; // the server's reply behind it, if any
    ErrorKind lastErrorKind = ErrorKind::None;
    QStringList transcript; // the last attempt's dialogue, credentials redacted

    QString messageId; // "<...>" as in the stored Message-ID header
    QString subject; // for listing
    QString from; // the From header, for listing
    qint64 size = 0; // bytes of message.eml
    QByteArray messageSha256; // lower-case hex SHA-256 of message.eml, checked on load

    QList<OutboxEvent> history;
    // A campaign's message: the campaign's name and the 1-based data row of its recipient list it was made
    // for (one recipient each). Empty and 0 for every other message.
    QString campaign;
    int campaignRow = 0;
    bool possibleDuplicate = false; // an attempt was lost after the final dot: it may arrive twice
    // Committed when the server has accepted DATA, before the first body byte and so before the final
    // dot; cleared when the attempt ends. An item found in `sending` with it set after a crash is
    // treated as outcome unknown (conservatively: a crash during the upload is counted too, because a
    // transport may have the dot in its buffers before it says so); without it, as a plain retry.
    bool finalDotPending = false;
    // The boot (/proc/sys/kernel/random/boot_id) in which the attempt began. The outbox runner syncs its
    // `sending` record before the final dot but writes finalDotPending without waiting for the disk; a
    // process that died leaves it in the page cache, a machine that lost power may not. So an orphan
    // from another boot is taken as outcome unknown whatever finalDotPending says.
    QString sendingBoot;
    // Counts the item's committed versions (OutboxStore), so that the newest wins between item.json and
    // the outbox journal.
    quint64 revision = 0;

    // An item for a message with this envelope, going out through the stored account (or, when account is
    // empty, through server): sender, recipients (pending), body type and DSN request from the envelope.
    [[nodiscard]] static OutboxItem forEnvelope(const Envelope& envelope, const QString& account,
                                                const OutboxServer& server = {});

    // What this item is filed under for sharing connections, limits and throttling: the account's
    // name, or "ad-hoc:user@host:port".
    [[nodiscard]] QString accountKey() const;
    [[nodiscard]] bool isAdHoc() const { return account.isEmpty(); }
    // The envelope of the next attempt: only the recipients who do not have the message yet.
    [[nodiscard]] Envelope pendingEnvelope() const;
    [[nodiscard]] QStringList pendingRecipients() const;
    [[nodiscard]] bool allRecipientsSent() const;
    void addEvent(const QDateTime& at, const QString& outcome);

    // The `queue list --json` shape: id, state, account, from, subject, size, attempts, next_attempt,
    // last_error, recipients[{address, state, reply}], plus message_id, created, last_reply,
    // last_error_kind, possible_duplicate, history. appendListJson() writes the same members: a member
    // added here goes there too (TestOutboxItem::listJsonIsWhatQJsonDocumentWrites fails until it does).
    [[nodiscard]] QJsonObject toJson() const;
    // The same object's text, exactly as QJsonDocument(toJson()).toJson(Indented) writes it, every line
    // indented by `level` more levels (four spaces each) and without the last newline, appended to out:
    // `queue list --json` over a campaign's 100,000 items, without a QJsonObject and a document for each.
    void appendListJson(QByteArray& out, int level) const;
    // The `send --json` shape: id, state (sent|queued|failed), recipients[{address, state, reply}],
    // reply, attempts, next_attempt, message_id (plus last_error and possible_duplicate).
    [[nodiscard]] QJsonObject toSendJson() const;
    // `send`'s exit code for this item: 0 sent; 75 queued (or sending); failed: by its error kind
    // (77 authentication, 69 permanent or security or given up, 65 bad data, 78 configuration, 74 disk).
    [[nodiscard]] int exitCode() const;
    // `queue run` / `queue flush`: 69 if anything failed, else 75 if anything is still queued, else 0.
    [[nodiscard]] static int queueExitCode(const QList<OutboxItem>& items);

    // Everything, for item.json.
    [[nodiscard]] QJsonObject toStorageJson() const;
    // The same, as compact JSON text, written without building a QJsonObject (the outbox's hot path).
    [[nodiscard]] QByteArray toStorageBytes() const;
    [[nodiscard]] static Result<OutboxItem> fromStorageJson(const QJsonObject& object);
};

// Stable identifiers: "queued" | "sending" | "failed" | "sent"; for recipients "queued" | "sent" | "failed"
// (a pending recipient is "queued", as in `send --json`).
[[nodiscard]] QString outboxStateName(OutboxItem::State state);
[[nodiscard]] std::optional<OutboxItem::State> outboxStateFromName(const QString& name);
[[nodiscard]] QString outboxRecipientStateName(OutboxRecipient::State state);

// "535 5.7.8 Authentication credentials invalid", without needing the smtp module's formatting.
[[nodiscard]] QString outboxReplyText(const SmtpReply& reply);

} // namespace Postino

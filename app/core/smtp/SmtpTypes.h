#pragma once

#include "common/Error.h"

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QMetaType>
#include <QSslCertificate>
#include <QString>
#include <QStringList>

namespace Postino {

enum class Security { Tls, StartTls, None };
[[nodiscard]] QString securityName(Security s); // "tls" | "starttls" | "none"
[[nodiscard]] std::optional<Security> securityFromName(const QString& name);

enum class AuthMechanism { Auto, None, Plain, Login, CramMd5, XOAuth2, OAuthBearer, ScramSha256 };
[[nodiscard]] QString authMechanismName(AuthMechanism m); // "PLAIN", "LOGIN", "CRAM-MD5", ..., "NONE", "AUTO"
[[nodiscard]] std::optional<AuthMechanism> authMechanismFromName(const QString& name);

// How to reach and trust one server.
struct ServerEndpoint
{
    QString host; // the name certificates are verified against
    quint16 port = 587;
    Security security = Security::StartTls;
    QString connectAddress; // --resolve: connect here instead of resolving host (TLS still verifies host)
    QList<QSslCertificate> extraCaCertificates; // --ca-file, added to the system's
    QByteArray pinnedSha256; // lower-case hex SHA-256 of the DER; accepts exactly this certificate
    bool allowInsecureAuth = false; // AUTH without TLS to a non-loopback host (explicit user choice)
    QString heloName; // empty: the local host's name, or an address literal
};

struct Credentials
{
    QString username; // empty: do not authenticate
    QString secret; // password, or OAuth2 access token for XOAUTH2 / OAUTHBEARER
    AuthMechanism mechanism = AuthMechanism::Auto;
    [[nodiscard]] bool wanted() const { return !username.isEmpty(); }
};

// RFC 5321 section 4.5.3.2 timeouts, in milliseconds.
struct SmtpTimeouts
{
    qint64 connect = 30'000;
    qint64 greeting = 300'000; // 220 greeting: 5 minutes
    qint64 command = 300'000; // EHLO, STARTTLS, AUTH, RSET, QUIT
    qint64 mail = 300'000; // MAIL: 5 minutes
    qint64 rcpt = 300'000; // RCPT: 5 minutes
    qint64 data = 120'000; // DATA initiation: 2 minutes
    qint64 dataBlock = 180'000; // each block written: 3 minutes
    qint64 dataTerm = 600'000; // after the final dot: 10 minutes
    // The same limit for every step (a probe, --timeout SECONDS).
    static SmtpTimeouts uniform(qint64 msec);
};

// One SMTP reply, possibly multi-line. Parsed in exactly one place (SmtpReplyParser).
struct SmtpReply
{
    int code = 0;
    QByteArray enhanced; // "5.7.8" when the server uses ENHANCEDSTATUSCODES, else empty
    QList<QByteArray> lines; // text of each line, after "NNN-" / "NNN " (and after the enhanced code)

    [[nodiscard]] bool isValid() const { return code >= 200 && code <= 599; }
    [[nodiscard]] bool isPositive() const { return code >= 200 && code < 400; }
    [[nodiscard]] bool isTransient() const { return code >= 400 && code < 500; }
    [[nodiscard]] bool isPermanent() const { return code >= 500 && code < 600; }
    // "535 5.7.8 Authentication credentials invalid" (lines joined with a space), for people and logs.
    [[nodiscard]] QString toString() const;
};

// What one negotiated session offered, from the last EHLO.
struct Capabilities
{
    QStringList raw; // every EHLO line after the greeting line, as sent ("SIZE 35882577", "AUTH PLAIN LOGIN")
    QString serverName; // the first word of the EHLO reply's first line: the name the server gives itself
    bool esmtp = false; // false: HELO fallback
    bool startTls = false;
    bool pipelining = false;
    bool eightBitMime = false;
    bool smtpUtf8 = false;
    bool enhancedStatusCodes = false;
    bool dsn = false;
    bool chunking = false;
    qint64 maxSize = 0; // 0: no SIZE limit announced
    bool size = false; // SIZE offered (with or without a limit; added by the smtp branch)
    QStringList authMechanisms; // upper-case
    [[nodiscard]] static Capabilities fromEhlo(const SmtpReply& ehlo);
};

struct CertificateInfo
{
    QString subject;
    QString issuer;
    QDateTime notBefore;
    QDateTime notAfter;
    QByteArray sha256; // lower-case hex of the DER
    QStringList subjectAltNames;
    [[nodiscard]] static CertificateInfo from(const QSslCertificate& certificate);
    // A fingerprint as people write it (upper or lower case, with colons, "sha256/" before it) in the form of
    // sha256; empty stays empty (nothing pinned).
    [[nodiscard]] static QByteArray normalisedPin(const QByteArray& pin);
    // Whether this is the pinned certificate (pin as normalisedPin() gives it): never when nothing is pinned
    // or there is no certificate.
    [[nodiscard]] bool matchesPin(const QByteArray& pin) const { return !pin.isEmpty() && sha256 == pin; }
};

struct TlsSessionInfo
{
    bool encrypted = false;
    QString protocol; // "TLSv1.3"
    QString cipher; // "TLS_AES_256_GCM_SHA384"
    CertificateInfo peer;
    bool pinned = false; // accepted only because its fingerprint was pinned
};

// Why a session or transaction failed, precisely enough for the UI, the outbox and the probe.
enum class SmtpFailure {
    None,
    HostNotFound,
    ConnectionRefused,
    Timeout,
    ConnectionLost,
    TlsHandshake, // the TLS handshake itself failed (wrong protocol on the port, no common cipher)
    Certificate, // the certificate did not verify and was not pinned
    NoStartTls, // STARTTLS requested but not offered
    StartTlsRefused, // STARTTLS answered with anything but 220
    ProtocolError, // garbage, limits exceeded, bytes injected after the STARTTLS 220
    AuthFailed, // 535 and friends
    AuthUnsupported, // no mechanism both sides accept
    AuthInsecure, // refusing to send credentials in clear
    ServiceUnavailable, // 421
    TransientReply, // another 4xx
    PermanentReply, // another 5xx
    MessageTooLarge, // over the announced SIZE, refused before upload
    NeedsSmtpUtf8, // non-ASCII local part, server lacks SMTPUTF8
    OutcomeUnknown, // the connection was lost after the final dot, before the reply
    LocalIo, // the message source could not be read
    Cancelled,
    EightBitUnsupported, // an 8-bit body, and the server lacks 8BITMIME (added by the smtp branch)
    InvalidAddress, // an envelope address that cannot be sent at all (added by the smtp branch)
};
[[nodiscard]] QString smtpFailureName(SmtpFailure f); // stable identifiers: "timeout", "cert-error", ...

struct SmtpError
{
    SmtpFailure failure = SmtpFailure::None;
    ErrorKind kind = ErrorKind::None; // Temporary / Permanent / Auth / Security / DataError / IoError
    QString message; // translated: what failed, where, what to do next
    SmtpReply reply; // the server's reply that caused it, if any
    CertificateInfo certificate; // for Certificate failures
    QStringList certificateProblems; // translated descriptions (expired, wrong host, ...)

    [[nodiscard]] bool isError() const { return failure != SmtpFailure::None; }
    [[nodiscard]] Error toError() const { return Error(kind, message, reply.isValid() ? reply.toString() : QString()); }
};

enum class RecipientState { Pending, Accepted, Delivered, TemporaryFailure, PermanentFailure, NotAttempted };
[[nodiscard]] QString recipientStateName(RecipientState s);

struct RecipientResult
{
    QString address;
    RecipientState state = RecipientState::Pending;
    SmtpReply reply; // the RCPT reply (or the final reply for delivered recipients when nothing better exists)
};

// The outcome of one MAIL..DATA transaction.
struct TransactionResult
{
    bool delivered = false; // the server took responsibility (250 after the final dot) for the Delivered recipients
    bool outcomeUnknown = false; // lost after the final dot: a resend may duplicate
    QList<RecipientResult> recipients;
    SmtpReply finalReply;
    SmtpError error; // set when not delivered, or delivered to only some (TemporaryFailure recipients)
};

} // namespace Postino

Q_DECLARE_METATYPE(Postino::SmtpReply)
Q_DECLARE_METATYPE(Postino::SmtpError)
Q_DECLARE_METATYPE(Postino::TransactionResult)

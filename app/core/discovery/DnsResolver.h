#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QHostAddress>
#include <QList>
#include <QObject>
#include <QString>

#include <functional>
#include <optional>

namespace Postino {

struct MxRecord
{
    QString exchange; // lower case, without the trailing dot
    quint16 preference = 0;
};

struct SrvRecord
{
    QString target; // "." means: no such service here (RFC 2782)
    quint16 port = 0;
    quint16 priority = 0;
    quint16 weight = 0;
};

// One TXT record as published: its character-strings (each at most 255 bytes), in order. SPF (RFC 7208
// section 3.3) and DKIM (RFC 6376 section 3.6.2.2) read a record as its strings joined with nothing in
// between: joined() / text(). A check that cares where one string ends (a DKIM key split mid-tag is
// fine; an SPF record of one string longer than 255 bytes cannot exist) reads strings.
struct TxtRecord
{
    QList<QByteArray> strings;

    [[nodiscard]] QByteArray joined() const;
    [[nodiscard]] QString text() const; // joined() as UTF-8 (invalid bytes become U+FFFD)
};

// A TLSA record (RFC 6698): certificate usage, selector, matching type and the association data.
struct TlsaRecord
{
    quint8 usage = 0; // 0 PKIX-TA, 1 PKIX-EE, 2 DANE-TA, 3 DANE-EE
    quint8 selector = 0; // 0 the full certificate, 1 SubjectPublicKeyInfo
    quint8 matchingType = 0; // 0 exact, 1 SHA-256, 2 SHA-512
    QByteArray data; // raw bytes (not hex)
};

// What DNSSEC says about an answer (RFC 4033 section 5, RFC 4035 section 4.3).
enum class DnssecStatus {
    Secure, // validated from the trust anchor: the records, or their absence, are proven
    Insecure, // not signed: the zone is proven unsigned, or the name server asked does not carry DNSSEC
    Bogus, // signatures missing, expired or wrong where the chain of trust says they must be: do not use
    Indeterminate, // nothing validated at all: no trust anchor here (or no answer)
};

// How a look-up ended: records, proof of nothing, or no answer at all.
enum class DnsOutcome {
    Records, // the name has records of this type (records is not empty)
    NoData, // the name exists but has no records of this type (NOERROR, empty answer)
    NxDomain, // the name does not exist (NXDOMAIN)
    ServerFailure, // the name server gave no usable answer: SERVFAIL, REFUSED, a bogus answer, a bad query
    TimedOut, // nothing came back in time
};

// The answer to one look-up. records is empty unless outcome is Records. error is translated and empty
// exactly when the DNS answered (Records, NoData, NxDomain); "no records" is noRecords(), "the DNS gave no
// answer" is !answered(). A Bogus answer has no records (as a validating resolver's SERVFAIL) and says why
// in error.
template<typename T>
struct DnsAnswer
{
    QList<T> records;
    QString error; // translated; empty when answered()
    DnsOutcome outcome = DnsOutcome::NoData;
    DnssecStatus dnssec = DnssecStatus::Indeterminate;
    QString canonicalName; // the name the answer is for after CNAMEs were followed; empty when none

    [[nodiscard]] bool answered() const
    {
        return outcome == DnsOutcome::Records || outcome == DnsOutcome::NoData || outcome == DnsOutcome::NxDomain;
    }
    [[nodiscard]] bool noRecords() const { return outcome == DnsOutcome::NoData || outcome == DnsOutcome::NxDomain; }
};

// The lower-case names, for logs and JSON: "secure", "insecure", "bogus", "indeterminate"; "records",
// "nodata", "nxdomain", "servfail", "timeout".
[[nodiscard]] QString dnssecStatusName(DnssecStatus status);
[[nodiscard]] QString dnsOutcomeName(DnsOutcome outcome);

// A name server to ask instead of the system's (--dns-server): an address and a port.
struct NameServer
{
    QHostAddress address;
    quint16 port = 53;

    [[nodiscard]] bool isNull() const { return address.isNull(); }
    // "ADDR" or "ADDR:PORT" for IPv4, "[ADDR]" or "[ADDR]:PORT" for IPv6 (a bare IPv6 address takes port
    // 53); the port from 1 to 65535. nullopt for anything else (a host name, a bad port).
    [[nodiscard]] static std::optional<NameServer> parse(const QString& text);
    // "192.0.2.1:53", "[::1]:5353".
    [[nodiscard]] QString toString() const;
};

// The look-ups the probe and the domain checks need, asynchronous. Each callback runs later on context's
// thread, never inside the call, exactly once (an answer, an error or a timeout), and not at all when
// context is gone. Names are domain names in text (a trailing dot is optional; U-labels are sent as
// A-labels). Call a resolver from the thread it was made on.
class DnsResolver
{
public:
    DnsResolver() = default;
    virtual ~DnsResolver() = default;
    DnsResolver(const DnsResolver&) = delete;
    DnsResolver& operator=(const DnsResolver&) = delete;

    virtual void lookupMx(const QString& name, QObject* context,
                          std::function<void(const DnsAnswer<MxRecord>&)> done) = 0;
    virtual void lookupSrv(const QString& name, QObject* context,
                           std::function<void(const DnsAnswer<SrvRecord>&)> done) = 0;
    virtual void lookupTxt(const QString& name, QObject* context,
                           std::function<void(const DnsAnswer<TxtRecord>&)> done) = 0;
    // A (IPv4) and AAAA (IPv6) records.
    virtual void lookupA(const QString& name, QObject* context,
                         std::function<void(const DnsAnswer<QHostAddress>&)> done) = 0;
    virtual void lookupAaaa(const QString& name, QObject* context,
                            std::function<void(const DnsAnswer<QHostAddress>&)> done) = 0;
    // The reverse names of an address (its in-addr.arpa or ip6.arpa PTR records), lower case, no dot.
    virtual void lookupPtr(const QHostAddress& address, QObject* context,
                           std::function<void(const DnsAnswer<QString>&)> done) = 0;
    virtual void lookupTlsa(const QString& name, QObject* context,
                            std::function<void(const DnsAnswer<TlsaRecord>&)> done) = 0;
    // The CNAME record of name itself (its target, lower case, no dot); NoData when name is not an alias.
    virtual void lookupCname(const QString& name, QObject* context,
                             std::function<void(const DnsAnswer<QString>&)> done) = 0;
};

} // namespace Postino

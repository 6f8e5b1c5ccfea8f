#pragma once

#include <QHostAddress>
#include <QList>
#include <QObject>
#include <QString>
#include <QStringList>

#include <functional>

namespace Postino {

// What one look-up found. RFC 7208 tells three answers apart: records; no records ("Name Error"
// (NXDOMAIN) or no data of that type (NODATA): a "void lookup", §4.6.4); and a failure to get an
// answer (SERVFAIL, a timeout, no server: temperror).
template<typename T>
struct SpfAnswer
{
    enum class Status { Found, Void, TemporaryError };
    Status status = Status::Void;
    QList<T> records;
    QString error; // translated, for TemporaryError

    static SpfAnswer found(QList<T> records)
    {
        SpfAnswer a;
        a.status = records.isEmpty() ? Status::Void : Status::Found;
        a.records = std::move(records);
        return a;
    }
    static SpfAnswer none() { return SpfAnswer(); }
    static SpfAnswer failed(QString error)
    {
        SpfAnswer a;
        a.status = Status::TemporaryError;
        a.error = std::move(error);
        return a;
    }
};

// The DNS look-ups SPF needs, and nothing more: what the SPF evaluator and audit ask. Each callback
// runs later on context's thread, never inside the call, and not at all when context is gone (the
// same contract as DnsResolver). Names come without a trailing dot and are in A-label form.
//
// How each maps to DNS (the adapter over DnsResolver does exactly this):
//   txt(name)            a TXT query for name; each record is its list of character-strings, in order,
//                        not joined (SpfRecord::select joins them with nothing between, RFC 7208 §3.3)
//   addresses(name, v6)  an A query (v6 false) or an AAAA query (v6 true) for name
//   mx(name)             an MX query for name; the exchanges sorted by preference, without trailing
//                        dots; a null MX (RFC 7505) is the exchange "" or "."
//   ptr(address)         a PTR query for the address's reverse name (d.c.b.a.in-addr.arpa, or the 32
//                        nibbles under ip6.arpa); the names without trailing dots
// NXDOMAIN and NODATA are SpfAnswer::Status::Void; SERVFAIL, REFUSED, timeouts and a missing server are
// TemporaryError. A CNAME is followed by the resolver: the answer is that of the name it points to.
class SpfLookups
{
public:
    SpfLookups() = default;
    virtual ~SpfLookups() = default;
    SpfLookups(const SpfLookups&) = delete;
    SpfLookups& operator=(const SpfLookups&) = delete;

    virtual void txt(const QString& name, QObject* context,
                     std::function<void(const SpfAnswer<QStringList>&)> done) = 0;
    virtual void addresses(const QString& name, bool ipv6, QObject* context,
                           std::function<void(const SpfAnswer<QHostAddress>&)> done) = 0;
    virtual void mx(const QString& name, QObject* context, std::function<void(const SpfAnswer<QString>&)> done) = 0;
    virtual void ptr(const QHostAddress& address, QObject* context,
                     std::function<void(const SpfAnswer<QString>&)> done) = 0;
};

} // namespace Postino

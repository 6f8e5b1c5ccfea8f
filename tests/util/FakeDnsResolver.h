#pragma once

#include "discovery/DnsResolver.h"

#include <QHash>
#include <QSet>
#include <QStringList>

namespace Postino::Test {

// Answers from tables, later from the event loop (like the real one); names in silent never answer.
//
// A look-up of a name with records of its type answers Records; of a name that has records of another type
// (in any table), NoData; of any other name, NxDomain. outcome overrides that per "TYPE name" (a failure
// comes with an error text); dnssec sets the status per name (default: defaultDnssec, for a failure
// Indeterminate; a Bogus name answers ServerFailure without records, as UnboundDnsResolver does). PTR records are keyed
// by the address's text (QHostAddress::toString()).
class FakeDnsResolver final : public DnsResolver
{
public:
    QHash<QString, QList<MxRecord>> mx;
    QHash<QString, QList<SrvRecord>> srv;
    QHash<QString, QList<TxtRecord>> txt;
    QHash<QString, QList<QHostAddress>> a;
    QHash<QString, QList<QHostAddress>> aaaa;
    QHash<QString, QList<QString>> ptr;
    QHash<QString, QList<TlsaRecord>> tlsa;
    QHash<QString, QString> cname; // alias -> target
    QHash<QString, DnsOutcome> outcome; // "MX name", "TXT name", "PTR 192.0.2.1", ...
    QHash<QString, DnssecStatus> dnssec; // name -> status of every answer about it
    DnssecStatus defaultDnssec = DnssecStatus::Insecure;
    QSet<QString> silent;
    QStringList asked; // "MX name", "SRV name", "TXT name", "A name", "AAAA name", "PTR address", ...

    // A TXT record of one or more character-strings.
    void addTxt(const QString& name, const QStringList& strings);

    void lookupMx(const QString& name, QObject* context, std::function<void(const DnsAnswer<MxRecord>&)> done) override;
    void lookupSrv(const QString& name, QObject* context,
                   std::function<void(const DnsAnswer<SrvRecord>&)> done) override;
    void lookupTxt(const QString& name, QObject* context,
                   std::function<void(const DnsAnswer<TxtRecord>&)> done) override;
    void lookupA(const QString& name, QObject* context,
                 std::function<void(const DnsAnswer<QHostAddress>&)> done) override;
    void lookupAaaa(const QString& name, QObject* context,
                    std::function<void(const DnsAnswer<QHostAddress>&)> done) override;
    void lookupPtr(const QHostAddress& address, QObject* context,
                   std::function<void(const DnsAnswer<QString>&)> done) override;
    void lookupTlsa(const QString& name, QObject* context,
                    std::function<void(const DnsAnswer<TlsaRecord>&)> done) override;
    void lookupCname(const QString& name, QObject* context,
                     std::function<void(const DnsAnswer<QString>&)> done) override;

private:
    [[nodiscard]] bool known(const QString& name) const;
    template<typename T>
    void answer(const QString& type, const QString& name, QObject* context,
                std::function<void(const DnsAnswer<T>&)> done, const QList<T>& records);
};

} // namespace Postino::Test

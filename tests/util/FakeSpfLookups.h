#pragma once

#include "domain/SpfLookups.h"

#include <QHash>
#include <QSet>
#include <QStringList>

namespace Postino::Test {

// SPF look-ups answered from tables, later from the event loop (like a real resolver). A name missing
// from a table is void (NXDOMAIN/NODATA); a query in `failing` ("TXT name", "A name", "AAAA name",
// "MX name", "PTR address") is a temporary error. Every query is recorded in `asked`, in order.
class FakeSpfLookups final : public SpfLookups
{
public:
    QHash<QString, QList<QStringList>> txtRecords;
    QHash<QString, QList<QHostAddress>> a;
    QHash<QString, QList<QHostAddress>> aaaa;
    QHash<QString, QStringList> mxHosts;
    QHash<QString, QStringList> ptrNames; // by QHostAddress::toString()
    QSet<QString> failing;
    QStringList asked;

    // Zone lines "name TYPE data": A, AAAA, MX (the exchange; lines in preference order), PTR (name is
    // the address), TXT (the rest of the line, one character-string). Blank lines and ";" comments skip.
    void load(const QString& zone);
    void addTxt(const QString& name, const QString& record) { txtRecords[name].append(QStringList {record}); }
    // A query count by type: "TXT", "A", ...
    [[nodiscard]] int askedCount(const QString& type) const;

    void txt(const QString& name, QObject* context, std::function<void(const SpfAnswer<QStringList>&)> done) override;
    void addresses(const QString& name, bool ipv6, QObject* context,
                   std::function<void(const SpfAnswer<QHostAddress>&)> done) override;
    void mx(const QString& name, QObject* context, std::function<void(const SpfAnswer<QString>&)> done) override;
    void ptr(const QHostAddress& address, QObject* context,
             std::function<void(const SpfAnswer<QString>&)> done) override;
};

} // namespace Postino::Test

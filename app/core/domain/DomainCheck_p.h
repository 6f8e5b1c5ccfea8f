#pragma once

// What DomainCheck's files share (DomainCheck.cpp, DomainCheckSpf.cpp, DomainCheckRecords.cpp,
// DomainCheckServers.cpp, DomainCheckMtaSts.cpp, DomainCheckMx.cpp): the result maker, name helpers, and the
// state of a check in flight.

#include "discovery/DnsResolver.h"
#include "domain/DomainCheck.h"
#include "domain/SpfAudit.h"
#include "domain/SpfEvaluator.h"

#include <QPair>

namespace Postino {

namespace DomainCheckDetail {

using Status = DomainCheckResult::Status;

inline DomainCheckResult result(const QString& id, Status status, QString summary, QString detail = {},
                                QString fix = {})
{
    DomainCheckResult r;
    r.id = id;
    r.status = status;
    r.summary = std::move(summary);
    r.detail = std::move(detail);
    r.fix = std::move(fix);
    return r;
}

inline QString withoutDot(QString name)
{
    if (name.endsWith(QLatin1Char('.')))
        name.chop(1);
    return name.toLower();
}

// Each TXT record as its character-strings, in order.
inline QList<QStringList> txtStrings(const QList<TxtRecord>& records)
{
    QList<QStringList> out;
    for (const TxtRecord& record : records) {
        QStringList strings;
        for (const QByteArray& s : record.strings)
            strings.append(QString::fromUtf8(s));
        out.append(strings);
    }
    return out;
}

} // namespace DomainCheckDetail

// Counts outstanding look-ups of one check; done runs when the last is released.
struct DomainCheck::Join
{
    int pending = 1;
    std::function<void()> done;

    static std::shared_ptr<Join> make(std::function<void()> done)
    {
        auto join = std::make_shared<Join>();
        join->done = std::move(done);
        return join;
    }
    void add() { ++pending; }
    void release()
    {
        if (--pending == 0 && done) {
            auto call = std::move(done);
            done = nullptr;
            call();
        }
    }
};

struct DomainCheck::SpfState
{
    bool auditDone = false;
    bool evaluationsDone = false;
    bool serversStarted = false;
    SpfAuditReport audit;
    QList<QPair<QHostAddress, SpfResult>> evaluations;
};

} // namespace Postino

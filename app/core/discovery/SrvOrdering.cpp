#include "SrvOrdering.h"

#include <QRandomGenerator>

#include <algorithm>

namespace Postino {

QList<SrvRecord> orderSrvRecords(QList<SrvRecord> records, const SrvRandom& random)
{
    const auto isNone = [](const SrvRecord& r) { return r.target.isEmpty() || r.target == QLatin1String("."); };
    records.erase(std::remove_if(records.begin(), records.end(), isNone), records.end());
    if (records.isEmpty())
        return {};

    const SrvRandom pick = random
        ? random
        : SrvRandom([](quint32 bound) { return bound == 0 ? 0u : QRandomGenerator::global()->bounded(bound + 1); });

    std::stable_sort(records.begin(), records.end(),
                     [](const SrvRecord& a, const SrvRecord& b) { return a.priority < b.priority; });

    QList<SrvRecord> ordered;
    ordered.reserve(records.size());
    auto groupBegin = records.begin();
    while (groupBegin != records.end()) {
        const quint16 priority = groupBegin->priority;
        auto groupEnd =
            std::find_if(groupBegin, records.end(), [priority](const SrvRecord& r) { return r.priority != priority; });
        QList<SrvRecord> group(groupBegin, groupEnd);
        // Zero-weight records first, as RFC 2782 asks, so that they are picked only by a zero draw.
        std::stable_sort(group.begin(), group.end(),
                         [](const SrvRecord& a, const SrvRecord& b) { return a.weight == 0 && b.weight != 0; });
        while (!group.isEmpty()) {
            quint32 total = 0;
            for (const SrvRecord& r : group)
                total += r.weight;
            const quint32 draw = qMin(pick(total), total);
            quint32 running = 0;
            int chosen = static_cast<int>(group.size()) - 1;
            for (int i = 0; i < group.size(); ++i) {
                running += group.at(i).weight;
                if (running >= draw) {
                    chosen = i;
                    break;
                }
            }
            ordered.append(group.takeAt(chosen));
        }
        groupBegin = groupEnd;
    }
    return ordered;
}

} // namespace Postino

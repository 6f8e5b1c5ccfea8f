// How reading a campaign's CSV list and checking its recipients scale: 20,000 and 100,000 rows, each five
// times, the median of this process's CPU time (user + system), and the ratio of the two. Linear work gives
// about 5; quadratic work 25. bench/lists.sh runs it; the unit tests (TestCsvReader, TestRecipientList)
// check what the 100,000 rows come to, never how long they took.
#include "CampaignRows.h"
#include "campaign/CsvReader.h"
#include "campaign/RecipientList.h"

#include <QCoreApplication>

#include <algorithm>
#include <cstdio>
#include <ctime>
#include <functional>
#include <vector>

using namespace Postino;

namespace {

double cpuMs()
{
    timespec t {};
    clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &t);
    return double(t.tv_sec) * 1000.0 + double(t.tv_nsec) / 1e6;
}

double medianMs(const std::function<void()>& work)
{
    std::vector<double> runs;
    for (int i = 0; i < 5; ++i) {
        const double start = cpuMs();
        work();
        runs.push_back(cpuMs() - start);
    }
    std::sort(runs.begin(), runs.end());
    return runs[runs.size() / 2];
}

void report(const char* what, double smallMs, double largeMs)
{
    std::printf("%-32s 20,000 rows %7.1f ms   100,000 rows %7.1f ms   ratio %.1f (linear: 5)\n", what, smallMs, largeMs,
                largeMs / smallMs);
}

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    const QByteArray smallCsv = Test::campaignCsv(20000);
    const QByteArray largeCsv = Test::campaignCsv(100000);
    report("CsvReader::parse", medianMs([&] { (void)CsvReader::parse(smallCsv); }),
           medianMs([&] { (void)CsvReader::parse(largeCsv); }));
    const CsvTable smallTable = Test::campaignTable(20000);
    const CsvTable largeTable = Test::campaignTable(100000);
    report("RecipientList::fromTable",
           medianMs([&] { (void)RecipientList::fromTable(smallTable, QString(), nullptr); }),
           medianMs([&] { (void)RecipientList::fromTable(largeTable, QString(), nullptr); }));
    return 0;
}

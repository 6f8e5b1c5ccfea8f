// Recipient lists from spreadsheets: whatever reads as a table, written back as RFC 4180 CSV (every field
// quoted) reads back as the same table.

#include "FuzzCommon.h"
#include "campaign/CsvReader.h"

using namespace Postino;

namespace {

QByteArray quoted(const QStringList& fields, QChar delimiter)
{
    QByteArray line;
    for (qsizetype i = 0; i < fields.size(); ++i) {
        if (i > 0)
            line += delimiter.toLatin1();
        QString field = fields.at(i);
        field.replace(QLatin1Char('"'), QStringLiteral("\"\""));
        line += '"' + field.toUtf8() + '"';
    }
    return line + "\r\n";
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    const Result<CsvTable> table = CsvReader::parse(Fuzz::bytes(data, size), QStringLiteral("fuzz.csv"));
    if (!table) {
        FUZZ_CHECK(!table.error().message().isEmpty());
        return 0;
    }
    const CsvTable& t = table.value();
    FUZZ_CHECK(t.rows.size() == t.lines.size());
    for (const QStringList& row : t.rows)
        FUZZ_CHECK(row.size() == t.header.size());
    QByteArray again = quoted(t.header, t.delimiter);
    for (const QStringList& row : t.rows)
        again += quoted(row, t.delimiter);
    const Result<CsvTable> back = CsvReader::parse(again, QStringLiteral("again.csv"));
    FUZZ_CHECK(back.ok());
    FUZZ_CHECK(back.value().header == t.header);
    FUZZ_CHECK(back.value().rows == t.rows);
    if (t.header.size() > 1) // one column has no delimiter to tell
        FUZZ_CHECK(back.value().delimiter == t.delimiter);
    return 0;
}

#pragma once

#include "common/Error.h"

#include <QByteArray>
#include <QChar>
#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

namespace Postino {

// A CSV file as records: its header and its data rows, each with the line of the file it starts on.
struct CsvTable
{
    QStringList header; // the first record, each name trimmed
    QList<QStringList> rows; // data records, each as long as the header (a shorter one padded with empty strings)
    QList<int> lines; // for each data record, the 1-based line of the file where it starts
    QChar delimiter = QLatin1Char(','); // ',' or ';'
    int headerLine = 1; // the line of the header (blank lines before it are skipped)
};

// RFC 4180 CSV as spreadsheets write it: UTF-8 with or without a BOM, ',' or ';' between fields (the more
// frequent of the two on the header line, outside quotes; ',' on a tie), quoted fields with "" for a
// quote and with delimiters and line breaks inside, CR, LF or CRLF line ends. Lines with nothing on them
// are not records. Every error is a DataError naming the file, the line and what to do.
//
//   const Result<CsvTable> table = CsvReader::readFile(QStringLiteral("iscritti.csv"));
//   if (!table) { report(table.error()); }
class CsvReader
{
    Q_DECLARE_TR_FUNCTIONS(Postino::CsvReader)
public:
    // fileName only names the data in the errors.
    [[nodiscard]] static Result<CsvTable> parse(const QByteArray& bytes, const QString& fileName = {});
    // NoInput when the file cannot be opened, naming the path.
    [[nodiscard]] static Result<CsvTable> readFile(const QString& path);

    // Files past this size are refused rather than read into memory.
    static constexpr qint64 kMaxFileBytes = 128 * 1024 * 1024;
};

} // namespace Postino

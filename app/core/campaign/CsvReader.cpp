#include "CsvReader.h"

#include <QDir>
#include <QFile>
#include <QSet>
#include <QStringView>

namespace Postino {

namespace {

const QChar kQuote = QLatin1Char('"');
const QChar kCr = QLatin1Char('\r');
const QChar kLf = QLatin1Char('\n');

// The offset of the first byte that is not part of valid UTF-8 (RFC 3629: no overlong forms, no
// surrogates, nothing past U+10FFFF), or -1.
qsizetype firstInvalidUtf8(QByteArrayView bytes)
{
    const auto* p = reinterpret_cast<const unsigned char*>(bytes.data());
    const qsizetype n = bytes.size();
    qsizetype i = 0;
    while (i < n) {
        const unsigned char c = p[i];
        if (c < 0x80) {
            ++i;
            continue;
        }
        int more = 0;
        unsigned char low = 0x80;
        unsigned char high = 0xBF;
        if (c >= 0xC2 && c <= 0xDF) {
            more = 1;
        } else if (c >= 0xE0 && c <= 0xEF) {
            more = 2;
            low = c == 0xE0 ? 0xA0 : 0x80; // no overlong forms
            high = c == 0xED ? 0x9F : 0xBF; // no surrogates
        } else if (c >= 0xF0 && c <= 0xF4) {
            more = 3;
            low = c == 0xF0 ? 0x90 : 0x80;
            high = c == 0xF4 ? 0x8F : 0xBF; // nothing past U+10FFFF
        } else {
            return i;
        }
        if (i + more >= n)
            return i; // cut short by the end
        for (int k = 1; k <= more; ++k) {
            const unsigned char b = p[i + k];
            if (b < (k == 1 ? low : 0x80) || b > (k == 1 ? high : 0xBF))
                return i;
        }
        i += more + 1;
    }
    return -1;
}

// The 1-based line that offset is on: CR, LF and CRLF each end one line.
int lineAt(QByteArrayView bytes, qsizetype offset)
{
    int line = 1;
    for (qsizetype i = 0; i < offset; ++i) {
        if (bytes[i] == '\n' || (bytes[i] == '\r' && (i + 1 >= bytes.size() || bytes[i + 1] != '\n')))
            ++line;
    }
    return line;
}

// ';' when the header line (up to its first line break outside quotes) has more of them than ','.
QChar detectDelimiter(QStringView text)
{
    qsizetype i = 0;
    while (i < text.size() && (text[i] == kCr || text[i] == kLf))
        ++i;
    int commas = 0;
    int semicolons = 0;
    bool quoted = false;
    for (; i < text.size(); ++i) {
        const QChar c = text[i];
        if (c == kQuote)
            quoted = !quoted;
        else if (!quoted && (c == kCr || c == kLf))
            break;
        else if (!quoted && c == QLatin1Char(','))
            ++commas;
        else if (!quoted && c == QLatin1Char(';'))
            ++semicolons;
    }
    return semicolons > commas ? QLatin1Char(';') : QLatin1Char(',');
}

// The records of a decoded text, one at a time.
class CsvParser
{
public:
    enum class Next { Record, End, Failed };

    CsvParser(QStringView text, QChar delimiter, QString where)
        : m_text(text)
        , m_delimiter(delimiter)
        , m_where(std::move(where))
    { }

    // The next record into fields, its first line into *line.
    Next read(QStringList* fields, int* line);
    [[nodiscard]] const Error& error() const { return m_error; }

private:
    [[nodiscard]] bool atBreak() const
    {
        return m_pos < m_text.size() && (m_text[m_pos] == kCr || m_text[m_pos] == kLf);
    }
    void skipBreak();
    bool readField(QString* field);
    bool readQuoted(QString* field);

    QStringView m_text;
    QChar m_delimiter;
    QString m_where;
    qsizetype m_pos = 0;
    int m_line = 1;
    Error m_error;
};

void CsvParser::skipBreak()
{
    if (m_text[m_pos] == kCr && m_pos + 1 < m_text.size() && m_text[m_pos + 1] == kLf)
        ++m_pos;
    ++m_pos;
    ++m_line;
}

CsvParser::Next CsvParser::read(QStringList* fields, int* line)
{
    while (atBreak())
        skipBreak(); // a blank line is not a record
    if (m_pos >= m_text.size())
        return Next::End;
    *line = m_line;
    fields->clear();
    for (;;) {
        QString field;
        if (!readField(&field))
            return Next::Failed;
        fields->append(std::move(field));
        if (m_pos >= m_text.size())
            return Next::Record;
        if (atBreak()) {
            skipBreak();
            return Next::Record;
        }
        ++m_pos; // the delimiter
    }
}

bool CsvParser::readField(QString* field)
{
    if (m_pos < m_text.size() && m_text[m_pos] == kQuote)
        return readQuoted(field);
    const qsizetype start = m_pos;
    while (m_pos < m_text.size()) {
        const QChar c = m_text[m_pos];
        if (c == m_delimiter || c == kCr || c == kLf)
            break;
        ++m_pos;
    }
    *field = m_text.mid(start, m_pos - start).toString();
    return true;
}

bool CsvParser::readQuoted(QString* field)
{
    const int opened = m_line;
    qsizetype chunk = ++m_pos;
    for (;;) {
        if (m_pos >= m_text.size()) {
            m_error = Error(ErrorKind::DataError,
                            CsvReader::tr("%1, line %2: a quoted field starts here and its closing quote (\") is "
                                          "missing. Add it; a quote inside a quoted field is written twice (\"\").")
                                .arg(m_where, QString::number(opened)));
            return false;
        }
        const QChar c = m_text[m_pos];
        if (c == kQuote) {
            field->append(m_text.mid(chunk, m_pos - chunk));
            if (m_pos + 1 < m_text.size() && m_text[m_pos + 1] == kQuote) {
                field->append(kQuote);
                m_pos += 2;
                chunk = m_pos;
                continue;
            }
            ++m_pos;
            break;
        }
        if (c == kLf || (c == kCr && (m_pos + 1 >= m_text.size() || m_text[m_pos + 1] != kLf)))
            ++m_line;
        ++m_pos;
    }
    if (m_pos < m_text.size() && m_text[m_pos] != m_delimiter && !atBreak()) {
        m_error = Error(ErrorKind::DataError,
                        CsvReader::tr("%1, line %2: there is text after the closing quote of a field. Put the "
                                      "whole field inside the quotes, and write a quote inside it twice (\"\").")
                            .arg(m_where, QString::number(m_line)));
        return false;
    }
    return true;
}

QString describeSource(const QString& fileName)
{
    return fileName.isEmpty() ? CsvReader::tr("The CSV data") : QDir::toNativeSeparators(fileName);
}

// The header's names trimmed, each one there and different from the others.
Status checkHeader(QStringList* header, int line, const QString& where)
{
    QSet<QString> seen;
    for (qsizetype i = 0; i < header->size(); ++i) {
        QString& name = (*header)[i];
        name = name.trimmed();
        if (name.isEmpty()) {
            return Error(ErrorKind::DataError,
                         CsvReader::tr("%1, line %2: column %3 of the header has no name. Give every column a "
                                       "name in the first row (the address column, for example, \"email\").")
                             .arg(where, QString::number(line), QString::number(i + 1)));
        }
        const QString key = name.toLower();
        if (seen.contains(key)) {
            return Error(ErrorKind::DataError,
                         CsvReader::tr("%1, line %2: the header names the column \"%3\" twice (names are compared "
                                       "ignoring case). Give each column a name of its own.")
                             .arg(where, QString::number(line), name));
        }
        seen.insert(key);
    }
    return {};
}

Result<CsvTable> parseText(QStringView text, const QString& where)
{
    CsvTable table;
    table.delimiter = detectDelimiter(text);
    CsvParser parser(text, table.delimiter, where);
    QStringList fields;
    int line = 0;
    CsvParser::Next next = parser.read(&table.header, &table.headerLine);
    if (next == CsvParser::Next::End) {
        return Error(ErrorKind::DataError,
                     CsvReader::tr("%1 is empty. A CSV file starts with a header row naming its columns, for "
                                   "example: email,nome.")
                         .arg(where));
    }
    if (next == CsvParser::Next::Failed)
        return parser.error();
    if (Status s = checkHeader(&table.header, table.headerLine, where); !s)
        return s.error();
    const qsizetype columns = table.header.size();
    while ((next = parser.read(&fields, &line)) == CsvParser::Next::Record) {
        if (fields.size() > columns) {
            return Error(ErrorKind::DataError,
                         CsvReader::tr("%1, line %2: this row has %3 fields but the header has %4 columns. Put a "
                                       "value that contains %5 in quotes, or name the extra column in the header.")
                             .arg(where, QString::number(line), QString::number(fields.size()),
                                  QString::number(columns), QString(table.delimiter)));
        }
        while (fields.size() < columns)
            fields.append(QString());
        table.rows.append(fields);
        table.lines.append(line);
    }
    if (next == CsvParser::Next::Failed)
        return parser.error();
    return table;
}

} // namespace

Result<CsvTable> CsvReader::parse(const QByteArray& bytes, const QString& fileName)
{
    const QString where = describeSource(fileName);
    QByteArrayView data(bytes);
    if (data.startsWith("\xEF\xBB\xBF"))
        data = data.sliced(3);
    const qsizetype invalid = firstInvalidUtf8(data);
    if (invalid >= 0) {
        return Error(ErrorKind::DataError,
                     tr("%1, line %2: the text is not valid UTF-8. Save the file again as CSV in UTF-8 (in "
                        "LibreOffice: character set \"Unicode (UTF-8)\"; in Excel: \"CSV UTF-8\") and try again.")
                         .arg(where, QString::number(lineAt(data, invalid))));
    }
    const QString text = QString::fromUtf8(data);
    return parseText(text, where);
}

Result<CsvTable> CsvReader::readFile(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        return Error(ErrorKind::NoInput,
                     tr("Could not open %1: %2. Check the path and that the file can be read.")
                         .arg(QDir::toNativeSeparators(path), file.errorString()),
                     file.errorString());
    }
    if (file.size() > kMaxFileBytes) {
        return Error(ErrorKind::DataError,
                     tr("%1 is larger than %2 MB, too large for a list. Split it into smaller files.")
                         .arg(QDir::toNativeSeparators(path), QString::number(kMaxFileBytes / (1024 * 1024))));
    }
    const QByteArray bytes = file.readAll();
    if (file.error() != QFileDevice::NoError) {
        return Error(ErrorKind::IoError,
                     tr("Could not read %1: %2. Check the disk and try again.")
                         .arg(QDir::toNativeSeparators(path), file.errorString()),
                     file.errorString());
    }
    return parse(bytes, path);
}

} // namespace Postino

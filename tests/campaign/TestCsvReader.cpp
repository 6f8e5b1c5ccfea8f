#include "CampaignRows.h"
#include "campaign/CsvReader.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace Postino;

namespace {

QByteArray utf8(const char* text)
{
    return QByteArray(text);
}

QStringList list(std::initializer_list<const char*> items)
{
    QStringList out;
    for (const char* item : items)
        out.append(QString::fromUtf8(item));
    return out;
}

} // namespace

class TestCsvReader : public QObject
{
    Q_OBJECT
private slots:
    void parses_data();
    void parses();
    void refuses_data();
    void refuses();
    void errorsNameTheFile();
    void readsAFile();
    void missingFileIsNoInput();
    void hundredThousandRowsAreRead();
};

void TestCsvReader::parses_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QStringList>("header");
    QTest::addColumn<QList<QStringList>>("rows");
    QTest::addColumn<QList<int>>("lines");
    QTest::addColumn<QChar>("delimiter");

    const QChar comma = QLatin1Char(',');
    const QChar semicolon = QLatin1Char(';');
    QTest::newRow("plain, LF") << utf8("email,nome\na@x.it,Mario\nb@x.it,Zoe\n") << list({"email", "nome"})
                               << QList<QStringList> {list({"a@x.it", "Mario"}), list({"b@x.it", "Zoe"})}
                               << QList<int> {2, 3} << comma;
    QTest::newRow("no line break at the end")
        << utf8("email,nome\na@x.it,Mario") << list({"email", "nome"}) << QList<QStringList> {list({"a@x.it", "Mario"})}
        << QList<int> {2} << comma;
    QTest::newRow("CRLF") << utf8("email,nome\r\na@x.it,Mario\r\nb@x.it,Zoe\r\n") << list({"email", "nome"})
                          << QList<QStringList> {list({"a@x.it", "Mario"}), list({"b@x.it", "Zoe"})}
                          << QList<int> {2, 3} << comma;
    QTest::newRow("CR alone") << utf8("email,nome\ra@x.it,Mario\rb@x.it,Zoe") << list({"email", "nome"})
                              << QList<QStringList> {list({"a@x.it", "Mario"}), list({"b@x.it", "Zoe"})}
                              << QList<int> {2, 3} << comma;
    QTest::newRow("quoted comma") << utf8("email,nome\na@x.it,\"Rossi, Mario\"\n") << list({"email", "nome"})
                                  << QList<QStringList> {list({"a@x.it", "Rossi, Mario"})} << QList<int> {2} << comma;
    QTest::newRow("doubled quotes") << utf8("email,nome\na@x.it,\"Il \"\"capo\"\"\"\n") << list({"email", "nome"})
                                    << QList<QStringList> {list({"a@x.it", "Il \"capo\""})} << QList<int> {2} << comma;
    QTest::newRow("empty quoted field") << utf8("email,nome\na@x.it,\"\"\n") << list({"email", "nome"})
                                        << QList<QStringList> {list({"a@x.it", ""})} << QList<int> {2} << comma;
    QTest::newRow("quoted semicolon in a comma file")
        << utf8("email,nota\na@x.it,\"uno; due\"\n") << list({"email", "nota"})
        << QList<QStringList> {list({"a@x.it", "uno; due"})} << QList<int> {2} << comma;
    QTest::newRow("LF in quotes: the next row's line is right")
        << utf8("email,nota\na@x.it,\"uno\ndue\ntre\"\nb@x.it,x\n") << list({"email", "nota"})
        << QList<QStringList> {list({"a@x.it", "uno\ndue\ntre"}), list({"b@x.it", "x"})} << QList<int> {2, 5} << comma;
    QTest::newRow("CRLF and CR in quotes, kept as they are")
        << utf8("email,nota\r\na@x.it,\"uno\r\ndue\rtre\"\r\nb@x.it,x\r\n") << list({"email", "nota"})
        << QList<QStringList> {list({"a@x.it", "uno\r\ndue\rtre"}), list({"b@x.it", "x"})} << QList<int> {2, 5}
        << comma;
    QTest::newRow("BOM") << utf8("\xEF\xBB\xBF"
                                 "email,nome\na@x.it,Mario\n")
                         << list({"email", "nome"}) << QList<QStringList> {list({"a@x.it", "Mario"})} << QList<int> {2}
                         << comma;
    QTest::newRow("semicolons, accented Italian header")
        << utf8("Email;Nome;Città;Età\na@x.it;Niccolò;Forlì;42\n") << list({"Email", "Nome", "Città", "Età"})
        << QList<QStringList> {list({"a@x.it", "Niccolò", "Forlì", "42"})} << QList<int> {2} << semicolon;
    QTest::newRow("semicolons with a comma in the values")
        << utf8("email;nome\na@x.it;Rossi, Mario\n") << list({"email", "nome"})
        << QList<QStringList> {list({"a@x.it", "Rossi, Mario"})} << QList<int> {2} << semicolon;
    QTest::newRow("delimiters in quoted header names do not count")
        << utf8("\"a,b,c\";d;e\n1;2;3\n") << list({"a,b,c", "d", "e"}) << QList<QStringList> {list({"1", "2", "3"})}
        << QList<int> {2} << semicolon;
    QTest::newRow("a tie is a comma") << utf8("a,b;c\n1,2;3\n") << list({"a", "b;c"})
                                      << QList<QStringList> {list({"1", "2;3"})} << QList<int> {2} << comma;
    QTest::newRow("blank lines are no records")
        << utf8("email\n\na@x.it\n\r\n\rb@x.it\n\n") << list({"email"})
        << QList<QStringList> {list({"a@x.it"}), list({"b@x.it"})} << QList<int> {3, 6} << comma;
    QTest::newRow("blank lines before the header") << utf8("\n\nemail\na@x.it\n") << list({"email"})
                                                   << QList<QStringList> {list({"a@x.it"})} << QList<int> {4} << comma;
    QTest::newRow("a record of empty fields is a record")
        << utf8("email,nome\n,\na@x.it,Mario\n") << list({"email", "nome"})
        << QList<QStringList> {list({"", ""}), list({"a@x.it", "Mario"})} << QList<int> {2, 3} << comma;
    QTest::newRow("short rows are padded")
        << utf8("email,nome,città\na@x.it\nb@x.it,Zoe\n") << list({"email", "nome", "città"})
        << QList<QStringList> {list({"a@x.it", "", ""}), list({"b@x.it", "Zoe", ""})} << QList<int> {2, 3} << comma;
    QTest::newRow("header names trimmed, values not")
        << utf8(" email , nome \n a@x.it , Mario \n") << list({"email", "nome"})
        << QList<QStringList> {list({" a@x.it ", " Mario "})} << QList<int> {2} << comma;
    QTest::newRow("a quote inside an unquoted field is text")
        << utf8("email,nome\na@x.it,Mario \"Super\" Rossi\n") << list({"email", "nome"})
        << QList<QStringList> {list({"a@x.it", "Mario \"Super\" Rossi"})} << QList<int> {2} << comma;
    QTest::newRow("header only") << utf8("email,nome\n") << list({"email", "nome"}) << QList<QStringList> {}
                                 << QList<int> {} << comma;
}

void TestCsvReader::parses()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QStringList, header);
    QFETCH(QList<QStringList>, rows);
    QFETCH(QList<int>, lines);
    QFETCH(QChar, delimiter);
    const Result<CsvTable> table = CsvReader::parse(bytes, QStringLiteral("iscritti.csv"));
    QVERIFY2(table.ok(), qPrintable(table.error().message()));
    QCOMPARE(table.value().header, header);
    QCOMPARE(table.value().rows, rows);
    QCOMPARE(table.value().lines, lines);
    QCOMPARE(table.value().delimiter, delimiter);
}

void TestCsvReader::refuses_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("expected"); // part of the message

    QTest::newRow("bad UTF-8, named by its line") << utf8("email\na@x.it\nb\xFF@x.it\n") << QStringLiteral("line 3:");
    QTest::newRow("Latin-1 after a quoted line break")
        << utf8("email,nota\na@x.it,\"uno\ndue\"\nb@x.it,Citt\xE0\n") << QStringLiteral("line 4:");
    QTest::newRow("bad UTF-8 after CRLF and CR") << utf8("email\r\na@x.it\rb\xC3@x.it\n") << QStringLiteral("line 3:");
    QTest::newRow("overlong UTF-8") << utf8("email\n\xC0\xAF\n") << QStringLiteral("line 2:");
    QTest::newRow("UTF-8 surrogate") << utf8("email\n\xED\xA0\x80\n") << QStringLiteral("line 2:");
    QTest::newRow("UTF-8 cut short at the end") << utf8("email\nCitt\xC3") << QStringLiteral("UTF-8");
    QTest::newRow("unterminated quote names the line it opened")
        << utf8("email,nome\na@x.it,Mario\nb@x.it,\"Zoe\nc@x.it,Ugo\n") << QStringLiteral("line 3:");
    QTest::newRow("text after the closing quote")
        << utf8("email,nome\na@x.it,\"Rossi\" Mario\n") << QStringLiteral("line 2:");
    QTest::newRow("more fields than the header")
        << utf8("email,nome\na@x.it,Mario,Rossi\n") << QStringLiteral("line 2: this row has 3 fields");
    QTest::newRow("more fields after a multi-line quoted field")
        << utf8("email,nome\na@x.it,\"uno\r\ndue\"\nb@x.it,Zoe,x\n") << QStringLiteral("line 4:");
    QTest::newRow("empty file") << utf8("") << QStringLiteral("is empty");
    QTest::newRow("only a BOM") << utf8("\xEF\xBB\xBF") << QStringLiteral("is empty");
    QTest::newRow("only blank lines") << utf8("\n\r\n\r") << QStringLiteral("is empty");
    QTest::newRow("a column without a name") << utf8("email,,nome\n") << QStringLiteral("column 2 of the header");
    QTest::newRow("a name of spaces") << utf8("email;  ;nome\n") << QStringLiteral("column 2 of the header");
    QTest::newRow("duplicate column, ignoring case")
        << utf8("\nEmail,nome,EMAIL\n") << QStringLiteral("line 2: the header names the column \"EMAIL\" twice");
}

void TestCsvReader::refuses()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QString, expected);
    const Result<CsvTable> table = CsvReader::parse(bytes, QStringLiteral("iscritti.csv"));
    QVERIFY(!table.ok());
    QCOMPARE(table.error().kind(), ErrorKind::DataError);
    QVERIFY2(table.error().message().contains(expected), qPrintable(table.error().message()));
    QVERIFY2(table.error().message().startsWith(QLatin1String("iscritti.csv")), qPrintable(table.error().message()));
}

void TestCsvReader::errorsNameTheFile()
{
    const Result<CsvTable> named =
        CsvReader::parse(QByteArrayLiteral("email\n\"x\n"), QStringLiteral("/tmp/lista.csv"));
    QVERIFY(!named.ok());
    QVERIFY2(named.error().message().startsWith(QLatin1String("/tmp/lista.csv, line 2:")),
             qPrintable(named.error().message()));
    const Result<CsvTable> unnamed = CsvReader::parse(QByteArrayLiteral("email\n\"x\n"));
    QVERIFY(!unnamed.ok());
    QVERIFY2(unnamed.error().message().contains(QLatin1String("line 2:")), qPrintable(unnamed.error().message()));
}

void TestCsvReader::readsAFile()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("iscritti.csv"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("\xEF\xBB\xBF"
               "email;nome\r\na@x.it;\"Rossi; Mario\"\r\n");
    file.close();
    const Result<CsvTable> table = CsvReader::readFile(path);
    QVERIFY2(table.ok(), qPrintable(table.error().message()));
    QCOMPARE(table.value().rows, QList<QStringList> {list({"a@x.it", "Rossi; Mario"})});

    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("email\n\"a@x.it\n");
    file.close();
    const Result<CsvTable> broken = CsvReader::readFile(path);
    QVERIFY(!broken.ok());
    QVERIFY2(broken.error().message().startsWith(path + QLatin1String(", line 2:")),
             qPrintable(broken.error().message()));
}

void TestCsvReader::missingFileIsNoInput()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("nessuno.csv"));
    const Result<CsvTable> table = CsvReader::readFile(path);
    QVERIFY(!table.ok());
    QCOMPARE(table.error().kind(), ErrorKind::NoInput);
    QVERIFY2(table.error().message().contains(path), qPrintable(table.error().message()));
}

// What 100,000 rows come to. How the time grows with the rows is measured by bench/lists.sh (a ratio of CPU
// times), not here: a test that times itself fails on a busy machine.
void TestCsvReader::hundredThousandRowsAreRead()
{
    const QByteArray bytes = Test::campaignCsv(100000);
    const Result<CsvTable> table = CsvReader::parse(bytes);
    QVERIFY(table.ok());
    QCOMPARE(table.value().rows.size(), 100000);
    QCOMPARE(table.value().rows.first().at(1), QStringLiteral("Niccolò"));
    QCOMPARE(table.value().rows.last().at(2), QStringLiteral("Rossi, 99999"));
    QCOMPARE(table.value().rows.last().at(4), QStringLiteral("una \"nota\"\nsu due righe"));
    QCOMPARE(table.value().lines.last(), 2 + 2 * 99999);
}

QTEST_GUILESS_MAIN(TestCsvReader)
#include "TestCsvReader.moc"

#include "CampaignRows.h"
#include "campaign/CsvReader.h"
#include "campaign/RecipientList.h"
#include "campaign/SuppressionList.h"

#include <QTemporaryDir>
#include <QTest>

using namespace Postino;

namespace {

CsvTable table(const char* csv)
{
    const Result<CsvTable> parsed = CsvReader::parse(QByteArray(csv), QStringLiteral("lista.csv"));
    if (!parsed)
        qFatal("%s", qPrintable(parsed.error().message()));
    return parsed.value();
}

using Reason = SkippedRecipient::Reason;

} // namespace

class TestRecipientList : public QObject
{
    Q_OBJECT
private slots:
    void findsTheAddressColumn_data();
    void findsTheAddressColumn();
    void refusesWithoutAnAddressColumn_data();
    void refusesWithoutAnAddressColumn();
    void skipsEmptyInvalidAndRepeatedAddresses();
    void sameMailboxAcrossDomainForms_data();
    void sameMailboxAcrossDomainForms();
    void skipsSuppressedAddresses();
    void rowsAndLinesAfterAMultiLineField();
    void fieldsByLowerCaseName();
    void reasonNames();
    void hundredThousandRowsAreChecked();
};

void TestRecipientList::findsTheAddressColumn_data()
{
    QTest::addColumn<QByteArray>("csv");
    QTest::addColumn<QString>("option");
    QTest::addColumn<QString>("column");

    QTest::newRow("email") << QByteArray("nome,email\nMario,m@x.it\n") << QString() << QStringLiteral("email");
    QTest::newRow("EMAIL") << QByteArray("Nome;EMAIL\nMario;m@x.it\n") << QString() << QStringLiteral("EMAIL");
    QTest::newRow("E-mail") << QByteArray("Nome,E-mail\nMario,m@x.it\n") << QString() << QStringLiteral("E-mail");
    QTest::newRow("Mail") << QByteArray("Mail,Nome\nm@x.it,Mario\n") << QString() << QStringLiteral("Mail");
    QTest::newRow("Indirizzo") << QByteArray("Indirizzo\nm@x.it\n") << QString() << QStringLiteral("Indirizzo");
    QTest::newRow("Indirizzo email") << QByteArray("Nome;Indirizzo email\nMario;m@x.it\n") << QString()
                                     << QStringLiteral("Indirizzo email");
    QTest::newRow("Indirizzo E-Mail") << QByteArray("Nome;Indirizzo E-Mail\nMario;m@x.it\n") << QString()
                                      << QStringLiteral("Indirizzo E-Mail");
    QTest::newRow("email wins over mail")
        << QByteArray("mail,Email\nn@x.it,m@x.it\n") << QString() << QStringLiteral("Email");
    QTest::newRow("--column") << QByteArray("Posta,email\nm@x.it,n@x.it\n") << QStringLiteral("Posta")
                              << QStringLiteral("Posta");
    QTest::newRow("--column ignores case")
        << QByteArray("Nome,Posta Elettronica\nMario,m@x.it\n") << QStringLiteral("posta elettronica")
        << QStringLiteral("Posta Elettronica");
}

void TestRecipientList::findsTheAddressColumn()
{
    QFETCH(QByteArray, csv);
    QFETCH(QString, option);
    QFETCH(QString, column);
    const Result<RecipientList> list = RecipientList::fromTable(table(csv.constData()), option, nullptr);
    QVERIFY2(list.ok(), qPrintable(list.error().message()));
    QCOMPARE(list.value().emailColumn(), column);
    QCOMPARE(list.value().recipients().size(), 1);
    QCOMPARE(list.value().recipients().first().email, QStringLiteral("m@x.it"));
}

void TestRecipientList::refusesWithoutAnAddressColumn_data()
{
    QTest::addColumn<QByteArray>("csv");
    QTest::addColumn<QString>("option");
    QTest::addColumn<QStringList>("expected");

    QTest::newRow("no address column") << QByteArray("nome,cognome\nMario,Rossi\n") << QString()
                                       << QStringList {QStringLiteral("--column email=NAME"),
                                                       QStringLiteral("\"nome\", \"cognome\"")};
    QTest::newRow("two candidates") << QByteArray("mail,e-mail\nm@x.it,n@x.it\n") << QString()
                                    << QStringList {QStringLiteral("--column email=NAME"),
                                                    QStringLiteral("\"mail\", \"e-mail\"")};
    QTest::newRow("unknown --column") << QByteArray("nome,email\nMario,m@x.it\n") << QStringLiteral("Posta")
                                      << QStringList {QStringLiteral("\"Posta\""),
                                                      QStringLiteral("\"nome\", \"email\"")};
}

void TestRecipientList::refusesWithoutAnAddressColumn()
{
    QFETCH(QByteArray, csv);
    QFETCH(QString, option);
    QFETCH(QStringList, expected);
    const Result<RecipientList> list = RecipientList::fromTable(table(csv.constData()), option, nullptr);
    QVERIFY(!list.ok());
    QCOMPARE(list.error().kind(), ErrorKind::DataError);
    for (const QString& part : expected)
        QVERIFY2(list.error().message().contains(part), qPrintable(list.error().message()));
}

void TestRecipientList::skipsEmptyInvalidAndRepeatedAddresses()
{
    const Result<RecipientList> list = RecipientList::fromTable(table("email,nome\n"
                                                                      "mario@esempio.it,Mario\n" // 1 kept
                                                                      ",Nessuno\n" // 2 no address
                                                                      "   ,Spazi\n" // 3 no address
                                                                      "non-un-indirizzo,X\n" // 4 invalid
                                                                      "Mario <m@esempio.it>,Y\n" // 5 invalid
                                                                      "MARIO@esempio.it,Maiuscolo\n" // 6 kept
                                                                      "mario@ESEMPIO.IT,Ancora\n" // 7 = 1
                                                                      " zoe@esempio.it ,Zoe\n" // 8 kept
                                                                      "zoe@esempio.it,Zoe2\n"), // 9 = 8
                                                                QString(), nullptr);
    QVERIFY2(list.ok(), qPrintable(list.error().message()));
    QCOMPARE(list.value().total(), 9);
    QList<int> kept;
    for (const CampaignRecipient& r : list.value().recipients())
        kept.append(r.row);
    QCOMPARE(kept, (QList<int> {1, 6, 8}));
    QCOMPARE(list.value().recipients().at(2).email, QStringLiteral("zoe@esempio.it"));

    const QList<SkippedRecipient>& skipped = list.value().skipped();
    QCOMPARE(skipped.size(), 6);
    const QList<QPair<int, Reason>> expected = {{2, Reason::NoAddress}, {3, Reason::NoAddress}, {4, Reason::Invalid},
                                                {5, Reason::Invalid},   {7, Reason::Duplicate}, {9, Reason::Duplicate}};
    for (qsizetype i = 0; i < expected.size(); ++i) {
        QCOMPARE(skipped.at(i).row, expected.at(i).first);
        QCOMPARE(skipped.at(i).line, expected.at(i).first + 1);
        QCOMPARE(skipped.at(i).reason, expected.at(i).second);
        QVERIFY(!skipped.at(i).detail.isEmpty());
    }
    QCOMPARE(skipped.at(2).email, QStringLiteral("non-un-indirizzo"));
    QVERIFY2(skipped.at(2).detail.startsWith(QLatin1String("not a valid address: ")), qPrintable(skipped.at(2).detail));
    QVERIFY2(skipped.at(2).detail.contains(QLatin1String("non-un-indirizzo")), qPrintable(skipped.at(2).detail));
    QCOMPARE(skipped.at(4).detail, QStringLiteral("same address as row 1"));
    QCOMPARE(skipped.at(4).email, QStringLiteral("mario@ESEMPIO.IT"));
    QCOMPARE(skipped.at(5).detail, QStringLiteral("same address as row 8"));
}

void TestRecipientList::sameMailboxAcrossDomainForms_data()
{
    QTest::addColumn<QString>("first");
    QTest::addColumn<QString>("second");
    QTest::addColumn<bool>("duplicate");

    QTest::newRow("domain case") << QStringLiteral("ada@Esempio.IT") << QStringLiteral("ada@esempio.it") << true;
    QTest::newRow("IDN and A-labels") << QStringLiteral("zoe@città.it") << QStringLiteral("zoe@xn--citt-3na.it")
                                      << true;
    QTest::newRow("IDN upper case") << QStringLiteral("zoe@città.it") << QStringLiteral("zoe@CITTÀ.IT") << true;
    QTest::newRow("A-labels upper case") << QStringLiteral("zoe@XN--CITT-3NA.IT") << QStringLiteral("zoe@città.it")
                                         << true;
    QTest::newRow("quoted and bare local part")
        << QStringLiteral("\"ada\"@esempio.it") << QStringLiteral("ada@esempio.it") << true;
    QTest::newRow("local part case is kept distinct")
        << QStringLiteral("Ada@esempio.it") << QStringLiteral("ada@esempio.it") << false;
    QTest::newRow("different domains") << QStringLiteral("ada@esempio.it") << QStringLiteral("ada@esempio.com")
                                       << false;
}

void TestRecipientList::sameMailboxAcrossDomainForms()
{
    QFETCH(QString, first);
    QFETCH(QString, second);
    QFETCH(bool, duplicate);
    CsvTable csv;
    csv.header = {QStringLiteral("email")};
    csv.rows = {{first}, {second}};
    csv.lines = {2, 3};
    const Result<RecipientList> list = RecipientList::fromTable(csv, QString(), nullptr);
    QVERIFY2(list.ok(), qPrintable(list.error().message()));
    QCOMPARE(list.value().recipients().size(), duplicate ? 1 : 2);
    QCOMPARE(list.value().skipped().size(), duplicate ? 1 : 0);
    if (duplicate) {
        QCOMPARE(list.value().skipped().first().reason, Reason::Duplicate);
        QCOMPARE(list.value().skipped().first().detail, QStringLiteral("same address as row 1"));
    }
    const Address a = Address::create(first).value();
    const Address b = Address::create(second).value();
    QCOMPARE(mailboxKey(a) == mailboxKey(b), duplicate);
}

void TestRecipientList::skipsSuppressedAddresses()
{
    QTemporaryDir dir;
    SuppressionList suppression(dir.filePath(QStringLiteral("suppression.json")));
    QVERIFY(
        suppression.add({QStringLiteral("zoe@città.it")}, QStringLiteral("manual"), QDateTime::currentDateTimeUtc()));
    const Result<RecipientList> list = RecipientList::fromTable(table("email\n"
                                                                      "ada@esempio.it\n"
                                                                      "zoe@xn--citt-3na.it\n"
                                                                      "Zoe@città.it\n"
                                                                      "zoe@CITTÀ.IT\n"
                                                                      "zoe@città.it\n"),
                                                                QString(), &suppression);
    QVERIFY(list.ok());
    // Zoe@ is another local part, but suppression ignores case throughout (SuppressionList).
    QCOMPARE(list.value().recipients().size(), 1);
    QCOMPARE(list.value().recipients().at(0).email, QStringLiteral("ada@esempio.it"));
    QCOMPARE(list.value().skipped().size(), 4);
    for (const SkippedRecipient& skipped : list.value().skipped()) {
        QCOMPARE(skipped.reason, Reason::Suppressed);
        QCOMPARE(skipped.detail, QStringLiteral("on the suppression list"));
    }
    QCOMPARE(list.value().skipped().first().row, 2);
    QCOMPARE(list.value().skipped().last().row, 5);
}

void TestRecipientList::rowsAndLinesAfterAMultiLineField()
{
    const Result<RecipientList> list = RecipientList::fromTable(table("\xEF\xBB\xBF"
                                                                      "email;nota\r\n"
                                                                      "a@x.it;\"prima\r\nseconda\r\nterza\"\r\n"
                                                                      "\r\n"
                                                                      "b@x.it;\"x\ny\"\n"
                                                                      "non valido;z\n"
                                                                      "c@x.it;\n"),
                                                                QString(), nullptr);
    QVERIFY(list.ok());
    QCOMPARE(list.value().total(), 4);
    const QList<CampaignRecipient>& kept = list.value().recipients();
    QCOMPARE(kept.size(), 3);
    QCOMPARE(kept.at(0).row, 1);
    QCOMPARE(kept.at(0).line, 2);
    QCOMPARE(kept.at(0).fields.value(QStringLiteral("nota")), QStringLiteral("prima\r\nseconda\r\nterza"));
    QCOMPARE(kept.at(1).row, 2);
    QCOMPARE(kept.at(1).line, 6);
    QCOMPARE(kept.at(2).row, 4);
    QCOMPARE(kept.at(2).line, 9);
    QCOMPARE(list.value().skipped().size(), 1);
    QCOMPARE(list.value().skipped().first().row, 3);
    QCOMPARE(list.value().skipped().first().line, 8);
}

void TestRecipientList::fieldsByLowerCaseName()
{
    const Result<RecipientList> list = RecipientList::fromTable(table("Nome;Indirizzo E-mail;Città\n"
                                                                      "Niccolò; nico@esempio.it ;Forlì\n"),
                                                                QString(), nullptr);
    QVERIFY(list.ok());
    QCOMPARE(list.value().columns(),
             (QStringList {QStringLiteral("Nome"), QStringLiteral("Indirizzo E-mail"), QStringLiteral("Città")}));
    const CampaignRecipient& r = list.value().recipients().first();
    QCOMPARE(r.email, QStringLiteral("nico@esempio.it"));
    const QHash<QString, QString> expected {{QStringLiteral("nome"), QStringLiteral("Niccolò")},
                                            {QStringLiteral("indirizzo e-mail"), QStringLiteral(" nico@esempio.it ")},
                                            {QStringLiteral("città"), QStringLiteral("Forlì")},
                                            {QStringLiteral("email"), QStringLiteral("nico@esempio.it")}};
    QCOMPARE(r.fields, expected);
}

void TestRecipientList::reasonNames()
{
    QCOMPARE(skipReasonName(Reason::NoAddress), QStringLiteral("no_address"));
    QCOMPARE(skipReasonName(Reason::Invalid), QStringLiteral("invalid"));
    QCOMPARE(skipReasonName(Reason::Duplicate), QStringLiteral("duplicate"));
    QCOMPARE(skipReasonName(Reason::Suppressed), QStringLiteral("suppressed"));
    QCOMPARE(mailboxKey(Address::create(QStringLiteral("Ada@Città.IT")).value()),
             QStringLiteral("Ada@xn--citt-3na.it"));
}

// What 100,000 rows come to. How the time grows with the rows is measured by bench/lists.sh (a ratio of CPU
// times), not here: a test that times itself fails on a busy machine.
void TestRecipientList::hundredThousandRowsAreChecked()
{
    const Result<RecipientList> list = RecipientList::fromTable(Test::campaignTable(100000), QString(), nullptr);
    QVERIFY(list.ok());
    QCOMPARE(list.value().recipients().size() + list.value().skipped().size(), 100000);
    QCOMPARE(list.value().recipients().size(), 100000); // utente0@esempio.it, utente0@città.it, ...
}

QTEST_GUILESS_MAIN(TestRecipientList)
#include "TestRecipientList.moc"

#include "mime/Address.h"

#include <QRandomGenerator>
#include <QTest>

using namespace Postino;

class TestAddress : public QObject
{
    Q_OBJECT
private slots:
    void parseValid_data()
    {
        QTest::addColumn<QString>("input");
        QTest::addColumn<QString>("displayName");
        QTest::addColumn<QString>("localPart");
        QTest::addColumn<QString>("domain");
        QTest::addColumn<QString>("addrSpec");

        QTest::newRow("bare address") << QStringLiteral("mario@esempio.it") << QString() << QStringLiteral("mario")
                                      << QStringLiteral("esempio.it") << QStringLiteral("mario@esempio.it");
        QTest::newRow("bare address in angle brackets")
            << QStringLiteral("<mario@esempio.it>") << QString() << QStringLiteral("mario")
            << QStringLiteral("esempio.it") << QStringLiteral("mario@esempio.it");
        QTest::newRow("name and address")
            << QStringLiteral("Mario Rossi <mario@esempio.it>") << QStringLiteral("Mario Rossi")
            << QStringLiteral("mario") << QStringLiteral("esempio.it") << QStringLiteral("mario@esempio.it");
        QTest::newRow("quoted name with a comma")
            << QStringLiteral("\"Rossi, Mario\" <mario@esempio.it>") << QStringLiteral("Rossi, Mario")
            << QStringLiteral("mario") << QStringLiteral("esempio.it") << QStringLiteral("mario@esempio.it");
        QTest::newRow("quoted name with escaped quote")
            << QStringLiteral("\"Mario \\\"Super\\\" Rossi\" <mario@esempio.it>")
            << QStringLiteral("Mario \"Super\" Rossi") << QStringLiteral("mario") << QStringLiteral("esempio.it")
            << QStringLiteral("mario@esempio.it");
        QTest::newRow("extra spaces around everything")
            << QStringLiteral("   Mario    Rossi   <mario@esempio.it>  ") << QStringLiteral("Mario Rossi")
            << QStringLiteral("mario") << QStringLiteral("esempio.it") << QStringLiteral("mario@esempio.it");
        QTest::newRow("unicode name and IDN domain")
            << QStringLiteral("Zoë <zoe@città.it>") << QStringLiteral("Zoë") << QStringLiteral("zoe")
            << QStringLiteral("città.it") << QStringLiteral("zoe@città.it");
        QTest::newRow("encoded-word name Q")
            << QStringLiteral("=?UTF-8?Q?Zo=C3=AB_Bianchi?= <zoe@esempio.it>") << QStringLiteral("Zoë Bianchi")
            << QStringLiteral("zoe") << QStringLiteral("esempio.it") << QStringLiteral("zoe@esempio.it");
        QTest::newRow("encoded-word name B, two words")
            << QStringLiteral("=?utf-8?B?Tmljb2w=?= =?utf-8?B?w7I=?= <n@esempio.it>") << QStringLiteral("Nicolò")
            << QStringLiteral("n") << QStringLiteral("esempio.it") << QStringLiteral("n@esempio.it");
        QTest::newRow("encoded-word name in latin1")
            << QStringLiteral("=?ISO-8859-1?Q?Ren=E9?= <r@esempio.it>") << QStringLiteral("René") << QStringLiteral("r")
            << QStringLiteral("esempio.it") << QStringLiteral("r@esempio.it");
        QTest::newRow("comment gives a bare address its name")
            << QStringLiteral("mario@esempio.it (Mario Rossi)") << QStringLiteral("Mario Rossi")
            << QStringLiteral("mario") << QStringLiteral("esempio.it") << QStringLiteral("mario@esempio.it");
        QTest::newRow("comment after angle address is ignored")
            << QStringLiteral("Mario <mario@esempio.it> (ufficio)") << QStringLiteral("Mario")
            << QStringLiteral("mario") << QStringLiteral("esempio.it") << QStringLiteral("mario@esempio.it");
        QTest::newRow("nested comment") << QStringLiteral("mario@esempio.it (Mario (lavoro))")
                                        << QStringLiteral("Mario (lavoro)") << QStringLiteral("mario")
                                        << QStringLiteral("esempio.it") << QStringLiteral("mario@esempio.it");
        QTest::newRow("quoted local part with space")
            << QStringLiteral("\"mario rossi\"@esempio.it") << QString() << QStringLiteral("mario rossi")
            << QStringLiteral("esempio.it") << QStringLiteral("\"mario rossi\"@esempio.it");
        QTest::newRow("quoted local part that needs no quotes")
            << QStringLiteral("\"mario\"@esempio.it") << QString() << QStringLiteral("mario")
            << QStringLiteral("esempio.it") << QStringLiteral("mario@esempio.it");
        QTest::newRow("plus and dots in local part")
            << QStringLiteral("mario.rossi+news@esempio.it") << QString() << QStringLiteral("mario.rossi+news")
            << QStringLiteral("esempio.it") << QStringLiteral("mario.rossi+news@esempio.it");
        QTest::newRow("unicode local part")
            << QStringLiteral("niccolò@esempio.it") << QString() << QStringLiteral("niccolò")
            << QStringLiteral("esempio.it") << QStringLiteral("niccolò@esempio.it");
        QTest::newRow("IPv4 address literal")
            << QStringLiteral("root@[127.0.0.1]") << QString() << QStringLiteral("root")
            << QStringLiteral("[127.0.0.1]") << QStringLiteral("root@[127.0.0.1]");
        QTest::newRow("IPv6 address literal")
            << QStringLiteral("root@[IPv6:::1]") << QString() << QStringLiteral("root") << QStringLiteral("[IPv6:::1]")
            << QStringLiteral("root@[IPv6:::1]");
        QTest::newRow("single-label domain") << QStringLiteral("root@localhost") << QString() << QStringLiteral("root")
                                             << QStringLiteral("localhost") << QStringLiteral("root@localhost");
        QTest::newRow("unquoted name with an at sign")
            << QStringLiteral("mario@esempio.it <mario@esempio.it>") << QStringLiteral("mario@esempio.it")
            << QStringLiteral("mario") << QStringLiteral("esempio.it") << QStringLiteral("mario@esempio.it");
        QTest::newRow("tab as whitespace")
            << QStringLiteral("Mario\t<mario@esempio.it>") << QStringLiteral("Mario") << QStringLiteral("mario")
            << QStringLiteral("esempio.it") << QStringLiteral("mario@esempio.it");
        QTest::newRow("emoji in quoted name")
            << QStringLiteral("\"Ada 🚀, Lovelace\" <ada@esempio.it>") << QStringLiteral("Ada 🚀, Lovelace")
            << QStringLiteral("ada") << QStringLiteral("esempio.it") << QStringLiteral("ada@esempio.it");
    }

    void parseValid()
    {
        QFETCH(QString, input);
        QFETCH(QString, displayName);
        QFETCH(QString, localPart);
        QFETCH(QString, domain);
        QFETCH(QString, addrSpec);
        const Result<Address> a = Address::parse(input);
        QVERIFY2(a.ok(), qPrintable(a.error().message()));
        QCOMPARE(a.value().displayName(), displayName);
        QCOMPARE(a.value().localPart(), localPart);
        QCOMPARE(a.value().domain(), domain);
        QCOMPARE(a.value().addrSpec(), addrSpec);
    }

    void parseInvalid_data()
    {
        QTest::addColumn<QString>("input");
        QTest::addColumn<QString>("messagePart"); // the error message must contain this

        QTest::newRow("header injection with CRLF Bcc")
            << QStringLiteral("a@b.it\r\nBcc: x@y.it") << QStringLiteral("line break");
        QTest::newRow("header injection with bare LF")
            << QStringLiteral("Mario <a@b.it>\nBcc: x@y.it") << QStringLiteral("line break");
        QTest::newRow("injection inside display name")
            << QStringLiteral("\"Mario\r\nBcc: x@y.it\" <a@b.it>") << QStringLiteral("line break");
        QTest::newRow("injection hidden in encoded-word")
            << QStringLiteral("=?UTF-8?B?TWFyaW8NCkJjYzogeEB5Lml0?= <a@b.it>") << QStringLiteral("control character");
        QTest::newRow("NUL byte") << QStringLiteral("a@b.it") + QChar(0) << QStringLiteral("NUL");
        QTest::newRow("bell control character") << QStringLiteral("a\x07@b.it") << QStringLiteral("U+0007");
        QTest::newRow("missing at sign") << QStringLiteral("mario.esempio.it") << QStringLiteral("@ is missing");
        QTest::newRow("empty input") << QString() << QStringLiteral("empty");
        QTest::newRow("only spaces") << QStringLiteral("   ") << QStringLiteral("empty");
        QTest::newRow("empty local part") << QStringLiteral("@esempio.it") << QStringLiteral("nothing before the @");
        QTest::newRow("empty domain") << QStringLiteral("mario@") << QStringLiteral("nothing after the @");
        QTest::newRow("two at signs") << QStringLiteral("mario@rossi@esempio.it") << QStringLiteral("more than one @");
        QTest::newRow("domain with underscore") << QStringLiteral("mario@es_empio.it") << QStringLiteral("'_'");
        QTest::newRow("domain label starting with hyphen")
            << QStringLiteral("mario@-esempio.it") << QStringLiteral("hyphen");
        QTest::newRow("domain label ending with hyphen")
            << QStringLiteral("mario@esempio-.it") << QStringLiteral("hyphen");
        QTest::newRow("domain with two dots") << QStringLiteral("mario@esempio..it") << QStringLiteral("two dots");
        QTest::newRow("domain ending with dot") << QStringLiteral("mario@esempio.it.") << QStringLiteral("dot");
        QTest::newRow("domain label of 64 characters") << QStringLiteral("mario@") + QString(64, QLatin1Char('a'))
                + QStringLiteral(".it") << QStringLiteral("longer than 63");
        QTest::newRow("domain of 254 characters") << QStringLiteral("m@") + QString(62, QLatin1Char('a'))
                + QLatin1Char('.') + QString(62, QLatin1Char('b')) + QLatin1Char('.') + QString(62, QLatin1Char('c'))
                + QLatin1Char('.') + QString(62, QLatin1Char('d'))
                + QStringLiteral(".ee.it") << QStringLiteral("longer than 253");
        QTest::newRow("bad address literal")
            << QStringLiteral("root@[300.1.1.1]") << QStringLiteral("not an IP address");
        QTest::newRow("local part with leading dot") << QStringLiteral(".mario@esempio.it") << QStringLiteral("dot");
        QTest::newRow("local part with two dots")
            << QStringLiteral("mario..rossi@esempio.it") << QStringLiteral("two dots");
        QTest::newRow("local part over 64 characters")
            << QString(65, QLatin1Char('m')) + QStringLiteral("@esempio.it") << QStringLiteral("longer than 64");
        QTest::newRow("unbalanced quote")
            << QStringLiteral("\"Mario <mario@esempio.it>") << QStringLiteral("never closed");
        QTest::newRow("unclosed angle bracket")
            << QStringLiteral("Mario <mario@esempio.it") << QStringLiteral("without its \">\"");
        QTest::newRow("stray closing angle bracket")
            << QStringLiteral("Mario mario@esempio.it>") << QStringLiteral("without a \"<\"");
        QTest::newRow("two angle addresses") << QStringLiteral("<a@b.it> <c@d.it>") << QStringLiteral("more than one");
        QTest::newRow("unclosed comment") << QStringLiteral("mario@esempio.it (Mario") << QStringLiteral("\"(\"");
        QTest::newRow("stray closing parenthesis") << QStringLiteral("mario@esempio.it)") << QStringLiteral("\")\"");
        QTest::newRow("unclosed address literal") << QStringLiteral("root@[127.0.0.1") << QStringLiteral("\"[\"");
        QTest::newRow("name without angle brackets")
            << QStringLiteral("Mario Rossi mario@esempio.it") << QStringLiteral("no <...>");
        QTest::newRow("two addresses where one is expected")
            << QStringLiteral("a@b.it, c@d.it") << QStringLiteral("more than one address");
        QTest::newRow("a group where one address is expected")
            << QStringLiteral("Undisclosed:;") << QStringLiteral("group");
        QTest::newRow("nothing inside angle brackets") << QStringLiteral("Mario <>") << QStringLiteral("no address");
        QTest::newRow("unquoted space in local part")
            << QStringLiteral("Mario <mario rossi@esempio.it>") << QStringLiteral("spaces");
        QTest::newRow("backslash outside quotes")
            << QStringLiteral("ma\\rio@esempio.it") << QStringLiteral("backslash");
        QTest::newRow("tab inside a quoted local part")
            << QStringLiteral("\"mario\trossi\"@esempio.it") << QStringLiteral("tab");
        QTest::newRow("escaped tab inside a quoted local part")
            << QStringLiteral("Mario <\"mario\\\trossi\"@esempio.it>") << QStringLiteral("tab");
        QTest::newRow("line separator U+2028")
            << QStringLiteral("a@b.it") + QChar(0x2028) + QStringLiteral("x") << QStringLiteral("U+2028");
    }

    void parseInvalid()
    {
        QFETCH(QString, input);
        QFETCH(QString, messagePart);
        const Result<Address> a = Address::parse(input);
        QVERIFY(!a.ok());
        QCOMPARE(a.error().kind(), ErrorKind::DataError);
        QVERIFY2(a.error().message().contains(messagePart, Qt::CaseInsensitive), qPrintable(a.error().message()));
        // The message shows control characters escaped, never raw.
        QVERIFY(!a.error().message().contains(QLatin1Char('\r')));
        QVERIFY(!a.error().message().contains(QLatin1Char('\n')));
    }

    void parseList_data()
    {
        QTest::addColumn<QString>("input");
        QTest::addColumn<QStringList>("addrSpecs");
        QTest::addColumn<QStringList>("names");

        QTest::newRow("two plain") << QStringLiteral("a@b.it, c@d.it")
                                   << QStringList {QStringLiteral("a@b.it"), QStringLiteral("c@d.it")}
                                   << QStringList {QString(), QString()};
        QTest::newRow("comma inside quoted name")
            << QStringLiteral("\"Rossi, Mario\" <mario@esempio.it>, Zoë <zoe@città.it>")
            << QStringList {QStringLiteral("mario@esempio.it"), QStringLiteral("zoe@città.it")}
            << QStringList {QStringLiteral("Rossi, Mario"), QStringLiteral("Zoë")};
        QTest::newRow("comma inside comment")
            << QStringLiteral("mario@esempio.it (Rossi, Mario), c@d.it")
            << QStringList {QStringLiteral("mario@esempio.it"), QStringLiteral("c@d.it")}
            << QStringList {QStringLiteral("Rossi, Mario"), QString()};
        QTest::newRow("empty items skipped")
            << QStringLiteral(", a@b.it,, ,c@d.it,") << QStringList {QStringLiteral("a@b.it"), QStringLiteral("c@d.it")}
            << QStringList {QString(), QString()};
        QTest::newRow("empty group tolerated")
            << QStringLiteral("Undisclosed recipients:;") << QStringList() << QStringList();
        QTest::newRow("group with members")
            << QStringLiteral("Team: a@b.it, \"C, D\" <c@d.it>;, e@f.it")
            << QStringList {QStringLiteral("a@b.it"), QStringLiteral("c@d.it"), QStringLiteral("e@f.it")}
            << QStringList {QString(), QStringLiteral("C, D"), QString()};
        QTest::newRow("semicolon separated")
            << QStringLiteral("a@b.it; c@d.it") << QStringList {QStringLiteral("a@b.it"), QStringLiteral("c@d.it")}
            << QStringList {QString(), QString()};
        QTest::newRow("empty string") << QString() << QStringList() << QStringList();
        QTest::newRow("quoted local part with comma")
            << QStringLiteral("\"a,b\"@c.it, d@e.it")
            << QStringList {QStringLiteral("\"a,b\"@c.it"), QStringLiteral("d@e.it")}
            << QStringList {QString(), QString()};
    }

    void parseList()
    {
        QFETCH(QString, input);
        QFETCH(QStringList, addrSpecs);
        QFETCH(QStringList, names);
        const auto list = Address::parseList(input);
        QVERIFY2(list.ok(), qPrintable(list.error().message()));
        QStringList specs;
        QStringList gotNames;
        for (const Address& a : list.value()) {
            specs << a.addrSpec();
            gotNames << a.displayName();
        }
        QCOMPARE(specs, addrSpecs);
        QCOMPARE(gotNames, names);
    }

    void parseListInvalid_data()
    {
        QTest::addColumn<QString>("input");
        QTest::addColumn<QString>("named"); // the wrong address is named in the message
        QTest::newRow("second address broken")
            << QStringLiteral("a@b.it, broken.example.it") << QStringLiteral("broken.example.it");
        QTest::newRow("injection in a list")
            << QStringLiteral("a@b.it\r\nBcc: evil@x.it, c@d.it") << QStringLiteral("\\r\\nBcc");
        QTest::newRow("unbalanced quote swallows the rest")
            << QStringLiteral("a@b.it, \"Mario <m@e.it>, c@d.it") << QStringLiteral("never closed");
    }

    void parseListInvalid()
    {
        QFETCH(QString, input);
        QFETCH(QString, named);
        const auto list = Address::parseList(input);
        QVERIFY(!list.ok());
        QCOMPARE(list.error().kind(), ErrorKind::DataError);
        QVERIFY2(list.error().message().contains(named), qPrintable(list.error().message()));
    }

    void toHeader_data()
    {
        QTest::addColumn<QString>("input");
        QTest::addColumn<bool>("utf8");
        QTest::addColumn<QByteArray>("expected");

        QTest::newRow("bare") << QStringLiteral("mario@esempio.it") << false << QByteArray("mario@esempio.it");
        QTest::newRow("atom name") << QStringLiteral("Mario Rossi <mario@esempio.it>") << false
                                   << QByteArray("Mario Rossi <mario@esempio.it>");
        QTest::newRow("name with comma quoted") << QStringLiteral("\"Rossi, Mario\" <mario@esempio.it>") << false
                                                << QByteArray("\"Rossi, Mario\" <mario@esempio.it>");
        QTest::newRow("name with dot quoted") << QStringLiteral("\"M. Rossi\" <mario@esempio.it>") << false
                                              << QByteArray("\"M. Rossi\" <mario@esempio.it>");
        QTest::newRow("name with quote escaped") << QStringLiteral("\"Mario \\\"Super\\\"\" <m@e.it>") << false
                                                 << QByteArray("\"Mario \\\"Super\\\"\" <m@e.it>");
        QTest::newRow("unicode name encoded, IDN as A-labels")
            << QStringLiteral("Zoë <zoe@città.it>") << false
            << QByteArray("=?UTF-8?Q?Zo=C3=AB?= <zoe@xn--citt-3na.it>");
        QTest::newRow("unicode name raw with utf8 headers")
            << QStringLiteral("Zoë <zoe@città.it>") << true << QByteArray("Zo\xc3\xab <zoe@citt\xc3\xa0.it>");
        QTest::newRow("unicode local part raw")
            << QStringLiteral("niccolò@esempio.it") << true << QByteArray("niccol\xc3\xb2@esempio.it");
        QTest::newRow("quoted local part stays quoted")
            << QStringLiteral("\"mario rossi\"@esempio.it") << false << QByteArray("\"mario rossi\"@esempio.it");
        QTest::newRow("address literal") << QStringLiteral("root@[127.0.0.1]") << false
                                         << QByteArray("root@[127.0.0.1]");
    }

    void toHeader()
    {
        QFETCH(QString, input);
        QFETCH(bool, utf8);
        QFETCH(QByteArray, expected);
        const auto a = Address::parse(input);
        QVERIFY2(a.ok(), qPrintable(a.error().message()));
        QCOMPARE(a.value().toHeader(utf8), expected);
    }

    void headerFormRoundTrips_data()
    {
        QTest::addColumn<QString>("input");
        QTest::newRow("comma name") << QStringLiteral("\"Rossi, Mario\" <mario@esempio.it>");
        QTest::newRow("accents") << QStringLiteral("Niccolò Però <n@città.it>");
        QTest::newRow("emoji and quotes") << QStringLiteral("\"Ada \\\"🚀\\\" Lovelace\" <ada@esempio.it>");
        QTest::newRow("looks like an encoded word") << QStringLiteral("\"=?UTF-8?Q?x?=\" <x@esempio.it>");
        QTest::newRow("long unicode name")
            << QStringLiteral("\"") + QString(80, QChar(0xe8)) + QStringLiteral("\" <x@esempio.it>");
    }

    void headerFormRoundTrips()
    {
        QFETCH(QString, input);
        const auto a = Address::parse(input);
        QVERIFY2(a.ok(), qPrintable(a.error().message()));
        const QByteArray header = a.value().toHeader(false);
        for (char c : header)
            QVERIFY2(static_cast<uchar>(c) < 0x80, header.constData());
        const auto back = Address::parse(QString::fromLatin1(header));
        QVERIFY2(back.ok(), qPrintable(back.error().message()));
        QCOMPARE(back.value().displayName(), a.value().displayName());
        QCOMPARE(back.value().localPart(), a.value().localPart());
        QCOMPARE(back.value().asciiDomain(), a.value().asciiDomain());
    }

    void needsSmtpUtf8()
    {
        QVERIFY(Address::parse(QStringLiteral("niccolò@esempio.it")).value().needsSmtpUtf8());
        QVERIFY(!Address::parse(QStringLiteral("Zoë <zoe@città.it>")).value().needsSmtpUtf8());
    }

    void displayString_data()
    {
        QTest::addColumn<QString>("input");
        QTest::addColumn<QString>("expected");
        QTest::newRow("bare") << QStringLiteral("zoe@città.it") << QStringLiteral("zoe@città.it");
        QTest::newRow("plain name") << QStringLiteral("=?UTF-8?Q?Zo=C3=AB?= <zoe@xn--citt-3na.it>")
                                    << QStringLiteral("Zoë <zoe@xn--citt-3na.it>");
        QTest::newRow("name with comma") << QStringLiteral("\"Rossi, Mario\" <m@e.it>")
                                         << QStringLiteral("\"Rossi, Mario\" <m@e.it>");
    }

    void displayString()
    {
        QFETCH(QString, input);
        QFETCH(QString, expected);
        QCOMPARE(Address::parse(input).value().toDisplayString(), expected);
    }

    void create_data()
    {
        QTest::addColumn<QString>("addrSpec");
        QTest::addColumn<QString>("name");
        QTest::addColumn<bool>("ok");
        QTest::newRow("address and name")
            << QStringLiteral("mario@esempio.it") << QStringLiteral("Rossi, Mario") << true;
        QTest::newRow("name with line break refused")
            << QStringLiteral("mario@esempio.it") << QStringLiteral("Mario\r\nBcc: x@y.it") << false;
        QTest::newRow("address with a name inside refused")
            << QStringLiteral("Mario <mario@esempio.it>") << QStringLiteral("Mario") << false;
        QTest::newRow("invalid address refused") << QStringLiteral("mario") << QString() << false;
    }

    void create()
    {
        QFETCH(QString, addrSpec);
        QFETCH(QString, name);
        QFETCH(bool, ok);
        const auto a = Address::create(addrSpec, name);
        QCOMPARE(a.ok(), ok);
        if (ok) {
            QCOMPARE(a.value().displayName(), name);
            QCOMPARE(a.value().addrSpec(), addrSpec);
        } else {
            QCOMPARE(a.error().kind(), ErrorKind::DataError);
        }
    }

    void randomInputNeverYieldsAnUnsafeHeader()
    {
        // Whatever is typed, an address that parses writes a header without control characters, and that
        // header reads back as the same mailbox.
        const QStringList pieces {QStringLiteral("a"),
                                  QStringLiteral("Zoë"),
                                  QStringLiteral("@"),
                                  QStringLiteral("."),
                                  QStringLiteral(","),
                                  QStringLiteral(";"),
                                  QStringLiteral(":"),
                                  QStringLiteral("\""),
                                  QStringLiteral("\\"),
                                  QStringLiteral("<"),
                                  QStringLiteral(">"),
                                  QStringLiteral("("),
                                  QStringLiteral(")"),
                                  QStringLiteral("["),
                                  QStringLiteral("]"),
                                  QStringLiteral(" "),
                                  QStringLiteral("\t"),
                                  QStringLiteral("\r\n"),
                                  QStringLiteral("\n"),
                                  QStringLiteral("=?UTF-8?B?DQpCY2M6IHhAeS5pdA==?="),
                                  QStringLiteral("=?UTF-8?Q?a=0Ab?="),
                                  QStringLiteral("esempio.it"),
                                  QStringLiteral("città.it"),
                                  QStringLiteral("-"),
                                  QStringLiteral("🚀"),
                                  QStringLiteral("mario"),
                                  QStringLiteral("127.0.0.1"),
                                  QString(QChar(0))};
        QRandomGenerator gen(20261122);
        int parsed = 0;
        for (int round = 0; round < 20000; ++round) {
            const auto some = [&](int most) {
                QString out;
                const int n = int(gen.bounded(most + 1));
                for (int i = 0; i < n; ++i)
                    out += pieces.at(int(gen.bounded(int(pieces.size()))));
                return out;
            };
            const QString local = gen.bounded(2) ? QStringLiteral("mario") : some(2);
            const QString domain = gen.bounded(2) ? QStringLiteral("esempio.it") : some(2);
            const QString name = some(4);
            QString input;
            switch (gen.bounded(4)) {
            case 0:
                input = local + QLatin1Char('@') + domain;
                break;
            case 1:
                input = name + QStringLiteral(" <") + local + QLatin1Char('@') + domain + QLatin1Char('>');
                break;
            case 2:
                input = QLatin1Char('"') + name + QStringLiteral("\" <") + local + QLatin1Char('@') + domain
                    + QLatin1Char('>');
                break;
            default:
                input = local + QLatin1Char('@') + domain + QStringLiteral(" (") + name + QLatin1Char(')');
            }
            if (gen.bounded(3) == 0)
                input.insert(int(gen.bounded(int(input.size()) + 1)), some(1));
            const auto a = Address::parse(input);
            if (!a.ok()) {
                QVERIFY(!a.error().message().isEmpty());
                continue;
            }
            ++parsed;
            for (bool utf8 : {false, true}) {
                const QByteArray header = a.value().toHeader(utf8);
                for (char c : header) {
                    const auto b = static_cast<uchar>(c);
                    QVERIFY2(b >= 0x20 && b != 0x7f, qPrintable(input));
                    QVERIFY2(utf8 || b < 0x80 || a.value().needsSmtpUtf8(), qPrintable(input));
                }
                const auto back = Address::parse(QString::fromUtf8(header));
                QVERIFY2(back.ok(), qPrintable(input + QStringLiteral(" -> ") + QString::fromUtf8(header)));
                QCOMPARE(back.value().localPart(), a.value().localPart());
                QCOMPARE(back.value().displayName(), a.value().displayName());
            }
        }
        QVERIFY2(parsed > 2000, qPrintable(QString::number(parsed))); // valid addresses are generated too
    }

    void sameMailboxIgnoresDomainCase()
    {
        const Address a = Address::parse(QStringLiteral("Ada <ada@Esempio.IT>")).value();
        const Address b = Address::parse(QStringLiteral("ada@esempio.it")).value();
        const Address c = Address::parse(QStringLiteral("Ada@esempio.it")).value();
        QVERIFY(a.sameMailbox(b));
        QVERIFY(!a.sameMailbox(c));
        QVERIFY(a != b);
    }

    // Found by fuzz_address: a name with two spaces in a row is quoted in the display form too, so that it
    // reads back the same (bare, the spaces between atoms fold into one).
    void displayFormKeepsTheSpacingOfTheName()
    {
        const Address address = Address::parse(QStringLiteral("x \" y\" <x@y.it>")).value();
        QCOMPARE(address.displayName(), QStringLiteral("x  y"));
        QCOMPARE(address.toDisplayString(), QStringLiteral("\"x  y\" <x@y.it>"));
        QCOMPARE(Address::parse(address.toDisplayString()).value().displayName(), address.displayName());
        QCOMPARE(Address::parse(QStringLiteral("Mario Rossi <m@esempio.it>")).value().toDisplayString(),
                 QStringLiteral("Mario Rossi <m@esempio.it>"));
    }

    // Found by fuzz_address (open-findings/fuzz_address-1): the spacing inside encoded-words and spaces that
    // are not folding white space are the name's own; collapsing them made a name that the header form writes
    // as encoded-words (or raw, with SMTPUTF8) read back different.
    void nameKeepsTheSpacingOfItsEncodedWords_data()
    {
        QTest::addColumn<QString>("input");
        QTest::addColumn<QString>("displayName");
        QTest::newRow("two spaces in a Q word")
            << QStringLiteral("=?UTF-8?Q?a__b?= <x@y.it>") << QStringLiteral("a  b");
        QTest::newRow("two spaces at the end of a B word, then another word")
            << QStringLiteral("=?UTF-8?B?YSAg?= =?UTF-8?B?Yg==?= <x@y.it>") << QStringLiteral("a  b");
        QTest::newRow("a no-break space in an atom")
            << QStringLiteral("a\u00a0b <x@y.it>") << QStringLiteral("a\u00a0b");
        QTest::newRow("spaces between atoms still fold into one")
            << QStringLiteral("Mario \t  Rossi <x@y.it>") << QStringLiteral("Mario Rossi");
        QTest::newRow("the fuzzer's input")
            << QString::fromUtf8("adz\xffoe@exle.o\x8e\x98\xc1\xcc \"x, \x8a\"\"x,\xc1\xcc  \x8a\"\"x, y\" <x@y.it>")
            << QString::fromUtf8("adz\xffoe@exle.o\x8e\x98\xc1\xcc x, \x8ax,\xc1\xcc  \x8ax, y");
    }

    void nameKeepsTheSpacingOfItsEncodedWords()
    {
        QFETCH(QString, input);
        QFETCH(QString, displayName);
        const auto a = Address::parse(input);
        QVERIFY2(a.ok(), qPrintable(a.error().message()));
        QCOMPARE(a.value().displayName(), displayName);
        for (const bool utf8 : {false, true}) {
            const auto back = Address::parse(QString::fromUtf8(a.value().toHeader(utf8)));
            QVERIFY2(back.ok(), qPrintable(back.error().message()));
            QCOMPARE(back.value().displayName(), displayName);
        }
        QCOMPARE(Address::parse(a.value().toDisplayString()).value().displayName(), displayName);
    }

    // Found by fuzz_address: the header form writes an IDN domain as A-labels, and reads back as the same mailbox.
    void sameMailboxTakesAnIdnDomainAndItsALabelsAsOne()
    {
        const Address unicode = Address::parse(QStringLiteral("zoe@città.it")).value();
        const Address ascii = Address::parse(QStringLiteral("zoe@XN--CITT-3NA.it")).value();
        QVERIFY(unicode.sameMailbox(ascii));
        QVERIFY(Address::parse(QString::fromUtf8(unicode.toHeader())).value().sameMailbox(unicode));
        QVERIFY(!unicode.sameMailbox(Address::parse(QStringLiteral("zoe@citta.it")).value()));
    }
};

QTEST_GUILESS_MAIN(TestAddress)
#include "TestAddress.moc"

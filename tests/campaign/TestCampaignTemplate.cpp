#include "campaign/CampaignTemplate.h"

#include <QTest>

using namespace Postino;

namespace {

using Values = QHash<QString, QString>;

QStringList known()
{
    return {QStringLiteral("Nome"), QStringLiteral("Città"), QStringLiteral("Saldo"), QStringLiteral("email"),
            QStringLiteral("unsubscribe")};
}

Values mario()
{
    return {{QStringLiteral("nome"), QStringLiteral("Mario")},
            {QStringLiteral("città"), QStringLiteral("Forlì")},
            {QStringLiteral("saldo"), QString()},
            {QStringLiteral("email"), QStringLiteral("mario@esempio.it")}};
}

} // namespace

Q_DECLARE_METATYPE(CampaignTemplate::Escape)

class TestCampaignTemplate : public QObject
{
    Q_OBJECT
private slots:
    void renders_data();
    void renders();
    void unknownFieldNamesItAndTheTemplate();
    void emptyFieldNameIsAnError();
    void fieldsInOrderOfFirstUse();
    void emptyTemplate();
    void valuesAreNeverExpandedAgain();
    void longValuesWithLineBreaksStayAsTheyAre();
};

void TestCampaignTemplate::renders_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<Values>("values");
    QTest::addColumn<CampaignTemplate::Escape>("escape");
    QTest::addColumn<QString>("expected");

    const auto text = CampaignTemplate::Escape::Text;
    const auto html = CampaignTemplate::Escape::Html;
    QTest::newRow("no placeholder") << QStringLiteral("Ciao a tutti") << mario() << text
                                    << QStringLiteral("Ciao a tutti");
    QTest::newRow("a field") << QStringLiteral("Ciao {{nome}}!") << mario() << text << QStringLiteral("Ciao Mario!");
    QTest::newRow("names ignore case") << QStringLiteral("{{NOME}} {{Nome}} {{nome}}") << mario() << text
                                       << QStringLiteral("Mario Mario Mario");
    QTest::newRow("spaces around the name")
        << QStringLiteral("Ciao {{ Nome }}, {{\tnome\t}}") << mario() << text << QStringLiteral("Ciao Mario, Mario");
    QTest::newRow("accented name") << QStringLiteral("Da {{Città}} e {{CITTÀ}}") << mario() << text
                                   << QStringLiteral("Da Forlì e Forlì");
    QTest::newRow("the address") << QStringLiteral("<{{email}}>") << mario() << text
                                 << QStringLiteral("<mario@esempio.it>");
    QTest::newRow("default for an empty value")
        << QStringLiteral("Saldo: {{saldo|zero}}") << mario() << text << QStringLiteral("Saldo: zero");
    QTest::newRow("default for a missing value")
        << QStringLiteral("{{unsubscribe|non disponibile}}") << mario() << text << QStringLiteral("non disponibile");
    QTest::newRow("default not used when there is a value")
        << QStringLiteral("Ciao {{nome|amico}}") << mario() << text << QStringLiteral("Ciao Mario");
    QTest::newRow("default taken as written, with | and }")
        << QStringLiteral("[{{ saldo | a|b}c }}]") << mario() << text << QStringLiteral("[ a|b}c ]");
    QTest::newRow("empty default") << QStringLiteral("[{{saldo|}}]") << mario() << text << QStringLiteral("[]");
    QTest::newRow("missing value without default")
        << QStringLiteral("[{{saldo}}]") << mario() << text << QStringLiteral("[]");
    QTest::newRow("an unclosed {{ is text")
        << QStringLiteral("Ciao {{nome") << mario() << text << QStringLiteral("Ciao {{nome");
    QTest::newRow("an unclosed {{ before a placeholder")
        << QStringLiteral("a {{ b {{nome}} c") << mario() << text << QStringLiteral("a {{ b Mario c");
    QTest::newRow("a single } ends no placeholder")
        << QStringLiteral("{{nome} e {{nome}}") << mario() << text << QStringLiteral("{{nome} e Mario");
    QTest::newRow("}} alone is text") << QStringLiteral("a }} b") << mario() << text << QStringLiteral("a }} b");
    QTest::newRow("side by side") << QStringLiteral("{{nome}}{{città}}") << mario() << text
                                  << QStringLiteral("MarioForlì");
    QTest::newRow("text: no escaping") << QStringLiteral("<b>{{nome}}</b>")
                                       << Values {{QStringLiteral("nome"), QStringLiteral("Tom & \"Jerry\" <'x'>")}}
                                       << text << QStringLiteral("<b>Tom & \"Jerry\" <'x'></b>");
    QTest::newRow("html: values escaped, the template not")
        << QStringLiteral("<b class=\"n\">{{nome}}</b> &amp;")
        << Values {{QStringLiteral("nome"), QStringLiteral("Tom & \"Jerry\" <'x'>")}} << html
        << QStringLiteral("<b class=\"n\">Tom &amp; &quot;Jerry&quot; &lt;&#39;x&#39;&gt;</b> &amp;");
    QTest::newRow("html: the default escaped too") << QStringLiteral("<p>{{saldo|<nessuno> & co}}</p>") << mario()
                                                   << html << QStringLiteral("<p>&lt;nessuno&gt; &amp; co</p>");
}

void TestCampaignTemplate::renders()
{
    QFETCH(QString, text);
    QFETCH(Values, values);
    QFETCH(CampaignTemplate::Escape, escape);
    QFETCH(QString, expected);
    const Result<CampaignTemplate> compiled = CampaignTemplate::compile(text, known(), QStringLiteral("the subject"));
    QVERIFY2(compiled.ok(), qPrintable(compiled.error().message()));
    QCOMPARE(compiled.value().render(values, escape), expected);
}

void TestCampaignTemplate::unknownFieldNamesItAndTheTemplate()
{
    const Result<CampaignTemplate> compiled = CampaignTemplate::compile(
        QStringLiteral("Ciao {{nome}}, dal {{ Cognome }}"), known(), QStringLiteral("the HTML body"));
    QVERIFY(!compiled.ok());
    QCOMPARE(compiled.error().kind(), ErrorKind::DataError);
    const QString message = compiled.error().message();
    QVERIFY2(message.contains(QLatin1String("{{Cognome}}")), qPrintable(message));
    QVERIFY2(message.contains(QLatin1String("the HTML body")), qPrintable(message));
    QVERIFY2(message.contains(QStringLiteral("Nome, Città, Saldo, email, unsubscribe")), qPrintable(message));
}

void TestCampaignTemplate::emptyFieldNameIsAnError()
{
    for (const QString& text : {QStringLiteral("a {{}} b"), QStringLiteral("a {{ |x}} b")}) {
        const Result<CampaignTemplate> compiled =
            CampaignTemplate::compile(text, known(), QStringLiteral("the subject"));
        QVERIFY2(!compiled.ok(), qPrintable(text));
        QVERIFY2(compiled.error().message().contains(QLatin1String("the subject")), qPrintable(text));
    }
}

void TestCampaignTemplate::fieldsInOrderOfFirstUse()
{
    const Result<CampaignTemplate> compiled = CampaignTemplate::compile(
        QStringLiteral("{{Città}} {{nome}} {{CITTÀ|x}} {{email}} {{Nome}}"), known(), QStringLiteral("the subject"));
    QVERIFY(compiled.ok());
    QCOMPARE(compiled.value().fields(),
             (QStringList {QStringLiteral("città"), QStringLiteral("nome"), QStringLiteral("email")}));
    QVERIFY(!compiled.value().isEmpty());
}

void TestCampaignTemplate::emptyTemplate()
{
    const Result<CampaignTemplate> compiled =
        CampaignTemplate::compile(QString(), known(), QStringLiteral("the subject"));
    QVERIFY(compiled.ok());
    QVERIFY(compiled.value().isEmpty());
    QVERIFY(compiled.value().fields().isEmpty());
    QCOMPARE(compiled.value().render(mario()), QString());
    QVERIFY(CampaignTemplate().isEmpty());
    QVERIFY(!CampaignTemplate::compile(QStringLiteral("x"), known(), QStringLiteral("the subject")).value().isEmpty());
}

void TestCampaignTemplate::valuesAreNeverExpandedAgain()
{
    const Result<CampaignTemplate> compiled =
        CampaignTemplate::compile(QStringLiteral("Ciao {{nome}}, {{città}}"), known(), QStringLiteral("the body"));
    QVERIFY(compiled.ok());
    const Values values {{QStringLiteral("nome"), QStringLiteral("{{email}} {{città}}")},
                         {QStringLiteral("email"), QStringLiteral("no@esempio.it")},
                         {QStringLiteral("città"), QStringLiteral("{{nome}}")}};
    QCOMPARE(compiled.value().render(values), QStringLiteral("Ciao {{email}} {{città}}, {{nome}}"));
    QCOMPARE(compiled.value().render(values, CampaignTemplate::Escape::Html),
             QStringLiteral("Ciao {{email}} {{città}}, {{nome}}"));
}

void TestCampaignTemplate::longValuesWithLineBreaksStayAsTheyAre()
{
    QString value;
    while (value.size() < 2000)
        value += QStringLiteral("riga lunga àèìòù\r\naltra\nterza\r");
    const Result<CampaignTemplate> compiled =
        CampaignTemplate::compile(QStringLiteral("[{{nome}}]"), known(), QStringLiteral("the subject"));
    QVERIFY(compiled.ok());
    const QString rendered = compiled.value().render({{QStringLiteral("nome"), value}});
    QCOMPARE(rendered, QLatin1Char('[') + value + QLatin1Char(']'));
    QVERIFY(rendered.size() > 2000);
}

QTEST_GUILESS_MAIN(TestCampaignTemplate)
#include "TestCampaignTemplate.moc"

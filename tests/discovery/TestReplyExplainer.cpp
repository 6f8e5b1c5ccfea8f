#include "discovery/ReplyExplainer.h"

#include <QTest>

using namespace Postino;

namespace {

SmtpReply reply(int code, const QByteArray& enhanced, const QByteArray& text)
{
    SmtpReply r;
    r.code = code;
    r.enhanced = enhanced;
    r.lines = {text};
    return r;
}

} // namespace

class TestReplyExplainer : public QObject
{
    Q_OBJECT
private slots:
    void explains_data();
    void explains();
    void replyText();
    void failuresWithoutReply();
    void notes();
};

void TestReplyExplainer::explains_data()
{
    QTest::addColumn<SmtpReply>("reply");
    QTest::addColumn<QString>("mentions"); // empty: no explanation
    QTest::newRow("Microsoft SMTP AUTH disabled")
        << reply(535, "5.7.139", "Authentication unsuccessful, SmtpClientAuthentication is disabled for the Tenant.")
        << QStringLiteral("OAuth2");
    QTest::newRow("Microsoft 5.7.139 without ENHANCEDSTATUSCODES")
        << reply(535, {}, "5.7.139 Authentication unsuccessful, basic authentication is disabled.")
        << QStringLiteral("administrator");
    QTest::newRow("bad credentials 5.7.8")
        << reply(535, "5.7.8", "Authentication credentials invalid") << QStringLiteral("username or password");
    QTest::newRow("bad credentials 5.7.3")
        << reply(535, "5.7.3", "Authentication unsuccessful") << QStringLiteral("username or password");
    QTest::newRow("Gmail app password") << reply(
        534, "5.7.9", "Application-specific password required. Learn more at https://support.google.com/")
                                        << QStringLiteral("app password");
    QTest::newRow("daily quota") << reply(550, "5.4.5", "Daily user sending limit exceeded.")
                                 << QStringLiteral("daily sending limit");
    QTest::newRow("too many connections") << reply(432, "4.3.2", "STOREDRV.ClientSubmit; sender thread limit exceeded")
                                          << QStringLiteral("too many connections");
    QTest::newRow("an ordinary acceptance") << reply(250, "2.0.0", "Ok") << QString();
    QTest::newRow("an unknown refusal") << reply(554, "5.7.1", "Relay access denied") << QString();
}

void TestReplyExplainer::explains()
{
    QFETCH(SmtpReply, reply);
    QFETCH(QString, mentions);
    const QString explanation = ReplyExplainer::explain(reply);
    if (mentions.isEmpty())
        QVERIFY2(explanation.isEmpty(), qPrintable(explanation));
    else
        QVERIFY2(explanation.contains(mentions), qPrintable(explanation));
}

void TestReplyExplainer::replyText()
{
    QCOMPARE(ReplyExplainer::replyText(reply(535, "5.7.8", "Authentication credentials invalid")),
             QStringLiteral("535 5.7.8 Authentication credentials invalid"));
    SmtpReply multi = reply(550, {}, "first");
    multi.lines.append(QByteArrayLiteral("second"));
    QCOMPARE(ReplyExplainer::replyText(multi), QStringLiteral("550 first second"));
    QCOMPARE(ReplyExplainer::replyText(SmtpReply()), QString());
}

void TestReplyExplainer::failuresWithoutReply()
{
    SmtpError insecure;
    insecure.failure = SmtpFailure::AuthInsecure;
    QVERIFY(ReplyExplainer::explain(insecure).contains(QLatin1String("465")));
    SmtpError refused;
    refused.failure = SmtpFailure::ConnectionRefused;
    QVERIFY(ReplyExplainer::explain(refused).isEmpty());
}

void TestReplyExplainer::notes()
{
    QVERIFY(ReplyExplainer::noteFor(ProviderKind::Pec).contains(QLatin1String("ACCETTAZIONE")));
    QVERIFY(ReplyExplainer::noteFor(ProviderKind::Pec).contains(QLatin1String("CONSEGNA")));
    QVERIFY(ReplyExplainer::noteFor(ProviderKind::Bridge).contains(QLatin1String("Bridge")));
    QVERIFY(ReplyExplainer::noteFor(ProviderKind::Mailbox).isEmpty());
}

QTEST_GUILESS_MAIN(TestReplyExplainer)
#include "TestReplyExplainer.moc"

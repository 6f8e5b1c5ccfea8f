#include "FakeSubmission.h"
#include "MockClock.h"

#include "common/Settings.h"
#include "outbox/RetryPolicy.h"

#include <QFile>
#include <QRandomGenerator>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

using namespace Postino;
using Test::reply;
using Test::smtpError;
using Action = RetryDecision::Action;

Q_DECLARE_METATYPE(SmtpFailure)
Q_DECLARE_METATYPE(ErrorKind)
Q_DECLARE_METATYPE(RetryDecision::Action)

class TestRetryPolicy : public QObject
{
    Q_OBJECT
private slots:
    void classifiesSessionFailures_data()
    {
        QTest::addColumn<SmtpFailure>("failure");
        QTest::addColumn<ErrorKind>("errorKind");
        QTest::addColumn<int>("code");
        QTest::addColumn<QByteArray>("enhanced");
        QTest::addColumn<QByteArray>("text");
        QTest::addColumn<Action>("action");
        QTest::addColumn<ErrorKind>("kind");
        QTest::addColumn<bool>("throttle");
        QTest::addColumn<bool>("credentials");
        QTest::addColumn<bool>("unknown");

        const auto T = ErrorKind::Temporary;
        QTest::newRow("connection refused retries") << SmtpFailure::ConnectionRefused << T << 0 << QByteArray()
                                                    << QByteArray() << Action::Retry << T << false << false << false;
        QTest::newRow("host not found retries") << SmtpFailure::HostNotFound << T << 0 << QByteArray() << QByteArray()
                                                << Action::Retry << T << false << false << false;
        QTest::newRow("timeout retries") << SmtpFailure::Timeout << T << 0 << QByteArray() << QByteArray()
                                         << Action::Retry << T << false << false << false;
        QTest::newRow("connection lost retries") << SmtpFailure::ConnectionLost << T << 0 << QByteArray()
                                                 << QByteArray() << Action::Retry << T << false << false << false;
        QTest::newRow("garbled reply retries") << SmtpFailure::ProtocolError << T << 0 << QByteArray() << QByteArray()
                                               << Action::Retry << T << false << false << false;
        QTest::newRow("421 greeting retries")
            << SmtpFailure::ServiceUnavailable << T << 421 << QByteArray("4.3.0") << QByteArray("shutting down")
            << Action::Retry << T << false << false << false;
        QTest::newRow("421 4.3.2 too many connections throttles the account")
            << SmtpFailure::ServiceUnavailable << T << 421 << QByteArray("4.3.2")
            << QByteArray("Too many connections, try later") << Action::Retry << T << true << false << false;
        QTest::newRow("421 without enhanced code, too many connections, throttles")
            << SmtpFailure::ServiceUnavailable << T << 421 << QByteArray()
            << QByteArray("Too many connections from your IP") << Action::Retry << T << true << false << false;
        QTest::newRow("451 4.7.0 rate limit throttles")
            << SmtpFailure::TransientReply << T << 451 << QByteArray("4.7.0") << QByteArray("Rate limit exceeded")
            << Action::Retry << T << true << false << false;
        QTest::newRow("450 4.2.1 throttles")
            << SmtpFailure::TransientReply << T << 450 << QByteArray("4.2.1") << QByteArray("Try again later")
            << Action::Retry << T << true << false << false;
        QTest::newRow("432 4.3.2 throttles")
            << SmtpFailure::TransientReply << T << 432 << QByteArray("4.3.2") << QByteArray("System not accepting")
            << Action::Retry << T << true << false << false;
        QTest::newRow("451 4.3.0 is temporary for the message only")
            << SmtpFailure::TransientReply << T << 451 << QByteArray("4.3.0") << QByteArray("Local error")
            << Action::Retry << T << false << false << false;
        QTest::newRow("STARTTLS answered 454 retries")
            << SmtpFailure::StartTlsRefused << ErrorKind::Security << 454 << QByteArray("4.3.0")
            << QByteArray("TLS not available") << Action::Retry << T << false << false << false;
        QTest::newRow("STARTTLS refused with 5xx is a security failure")
            << SmtpFailure::StartTlsRefused << ErrorKind::Security << 554 << QByteArray("5.7.0") << QByteArray("no TLS")
            << Action::Fail << ErrorKind::Security << false << false << false;
        QTest::newRow("no STARTTLS offered is a security failure")
            << SmtpFailure::NoStartTls << ErrorKind::Security << 0 << QByteArray() << QByteArray() << Action::Fail
            << ErrorKind::Security << false << false << false;
        QTest::newRow("certificate refused is a security failure")
            << SmtpFailure::Certificate << ErrorKind::Security << 0 << QByteArray() << QByteArray() << Action::Fail
            << ErrorKind::Security << false << false << false;
        QTest::newRow("TLS handshake failure is a security failure")
            << SmtpFailure::TlsHandshake << ErrorKind::Security << 0 << QByteArray() << QByteArray() << Action::Fail
            << ErrorKind::Security << false << false << false;
        QTest::newRow("535 fails and flags the credentials")
            << SmtpFailure::AuthFailed << ErrorKind::Auth << 535 << QByteArray("5.7.8")
            << QByteArray("Authentication credentials invalid") << Action::Fail << ErrorKind::Auth << false << true
            << false;
        QTest::newRow("454 4.7.0 temporary authentication failure retries")
            << SmtpFailure::AuthFailed << ErrorKind::Auth << 454 << QByteArray("4.7.0")
            << QByteArray("Temporary authentication failure") << Action::Retry << T << true << false << false;
        QTest::newRow("no common AUTH mechanism fails")
            << SmtpFailure::AuthUnsupported << ErrorKind::Auth << 0 << QByteArray() << QByteArray() << Action::Fail
            << ErrorKind::Auth << false << false << false;
        QTest::newRow("5xx fails with the server's words")
            << SmtpFailure::PermanentReply << ErrorKind::Permanent << 554 << QByteArray("5.7.1")
            << QByteArray("Relay denied") << Action::Fail << ErrorKind::Permanent << false << false << false;
        QTest::newRow("message too large fails")
            << SmtpFailure::MessageTooLarge << ErrorKind::Permanent << 0 << QByteArray() << QByteArray() << Action::Fail
            << ErrorKind::Permanent << false << false << false;
        QTest::newRow("lost after the final dot retries, outcome unknown")
            << SmtpFailure::OutcomeUnknown << T << 0 << QByteArray() << QByteArray() << Action::Retry << T << false
            << false << true;
        QTest::newRow("554 5.2.0 SubmissionQuotaExceeded (Microsoft 365) waits with the account, no failure")
            << SmtpFailure::PermanentReply << ErrorKind::Permanent << 554 << QByteArray("5.2.0")
            << QByteArray("STOREDRV.Submission.Exception:SubmissionQuotaExceededException") << Action::Retry << T
            << true << false << false;
        QTest::newRow("550 5.4.5 daily user sending limit (Gmail) waits with the account")
            << SmtpFailure::PermanentReply << ErrorKind::Permanent << 550 << QByteArray("5.4.5")
            << QByteArray("Daily user sending limit exceeded") << Action::Retry << T << true << false << false;
        QTest::newRow("550 too many messages today waits with the account")
            << SmtpFailure::PermanentReply << ErrorKind::Permanent << 550 << QByteArray("5.7.1")
            << QByteArray("Too many messages sent today") << Action::Retry << T << true << false << false;
        QTest::newRow("421 4.7.0 try again later, closing connection (Gmail) throttles")
            << SmtpFailure::ServiceUnavailable << T << 421 << QByteArray("4.7.0")
            << QByteArray("Try again later, closing connection") << Action::Retry << T << true << false << false;
        QTest::newRow("552 5.2.2 a recipient over quota fails: not the account's quota")
            << SmtpFailure::PermanentReply << ErrorKind::Permanent << 552 << QByteArray("5.2.2")
            << QByteArray("Mailbox over quota") << Action::Fail << ErrorKind::Permanent << false << false << false;
        QTest::newRow("550 too many messages in this session fails: a limit of the session")
            << SmtpFailure::PermanentReply << ErrorKind::Permanent << 550 << QByteArray("5.7.1")
            << QByteArray("Too many messages in this session") << Action::Fail << ErrorKind::Permanent << false << false
            << false;
        QTest::newRow("non-ASCII local part without SMTPUTF8 fails as bad data")
            << SmtpFailure::NeedsSmtpUtf8 << ErrorKind::DataError << 0 << QByteArray() << QByteArray() << Action::Fail
            << ErrorKind::DataError << false << false << false;
    }

    void classifiesSessionFailures()
    {
        QFETCH(SmtpFailure, failure);
        QFETCH(ErrorKind, errorKind);
        QFETCH(int, code);
        QFETCH(QByteArray, enhanced);
        QFETCH(QByteArray, text);
        QFETCH(Action, action);
        QFETCH(ErrorKind, kind);
        QFETCH(bool, throttle);
        QFETCH(bool, credentials);
        QFETCH(bool, unknown);
        const SmtpReply r = code ? reply(code, enhanced.constData(), text.constData()) : SmtpReply();
        const RetryDecision d = RetryPolicy::classify(smtpError(failure, errorKind, r));
        QCOMPARE(d.action, action);
        QCOMPARE(d.kind, kind);
        QCOMPARE(d.throttleAccount, throttle);
        QCOMPARE(d.credentialsRejected, credentials);
        QCOMPARE(d.outcomeUnknown, unknown);
    }

    void unknownFailuresAreDecidedByTheirKind()
    {
        // The smtp module may add failures (8BITMIME missing, invalid address...): their kind decides.
        const auto future = static_cast<SmtpFailure>(1000);
        QCOMPARE(RetryPolicy::classify(smtpError(future, ErrorKind::DataError)).action, Action::Fail);
        QCOMPARE(RetryPolicy::classify(smtpError(future, ErrorKind::DataError)).kind, ErrorKind::DataError);
        QCOMPARE(RetryPolicy::classify(smtpError(future, ErrorKind::Temporary)).action, Action::Retry);
        QCOMPARE(RetryPolicy::classify(smtpError(future, ErrorKind::Temporary, reply(554, "5.0.0", "no"))).kind,
                 ErrorKind::Permanent);
    }

    void classifiesTransactions()
    {
        TransactionResult refused;
        refused.recipients = {
            {QStringLiteral("a@x.test"), RecipientState::NotAttempted, {}},
            {QStringLiteral("b@x.test"), RecipientState::PermanentFailure, reply(550, "5.1.1", "No such user")}};
        refused.error =
            smtpError(SmtpFailure::PermanentReply, ErrorKind::Permanent, reply(550, "5.1.1", "No such user"));
        QCOMPARE(RetryPolicy::classify(refused).action, Action::Fail);
        QCOMPARE(RetryPolicy::classify(refused).kind, ErrorKind::Permanent);

        TransactionResult data451;
        data451.error = smtpError(SmtpFailure::TransientReply, ErrorKind::Temporary, reply(451, "4.3.0", "later"));
        QCOMPARE(RetryPolicy::classify(data451).action, Action::Retry);

        TransactionResult dropped;
        dropped.outcomeUnknown = true;
        dropped.error = smtpError(SmtpFailure::OutcomeUnknown, ErrorKind::Temporary);
        QVERIFY(RetryPolicy::classify(dropped).outcomeUnknown);
        QCOMPARE(RetryPolicy::classify(dropped).action, Action::Retry);

        TransactionResult final554;
        final554.finalReply = reply(554, "5.6.0", "Content rejected");
        QCOMPARE(RetryPolicy::classify(final554).action, Action::Fail);
    }

    void quotaRepliesAreTheAccountsNotTheMessages_data()
    {
        QTest::addColumn<int>("code");
        QTest::addColumn<QByteArray>("enhanced");
        QTest::addColumn<QByteArray>("text");
        QTest::addColumn<bool>("quota");
        QTest::newRow("Microsoft 365") << 554 << QByteArray("5.2.0")
                                       << QByteArray("STOREDRV.Submission.Exception:SubmissionQuotaExceededException")
                                       << true;
        QTest::newRow("Gmail") << 550 << QByteArray("5.4.5") << QByteArray("Daily user sending limit exceeded.")
                               << true;
        QTest::newRow("daily sending limit, 4xx")
            << 451 << QByteArray("4.7.1") << QByteArray("Daily sending limit reached") << true;
        QTest::newRow("sending quota") << 550 << QByteArray() << QByteArray("Sending quota exceeded") << true;
        QTest::newRow("too many messages, 5xx")
            << 550 << QByteArray("5.7.1") << QByteArray("Too many messages") << true;
        QTest::newRow("too many messages today, 4xx")
            << 450 << QByteArray("4.7.1") << QByteArray("Too many messages today") << true;
        // A rate limit: the throttling backoff, not an hour's wait.
        QTest::newRow("too many messages, try again later")
            << 421 << QByteArray("4.7.0") << QByteArray("Too many messages, try again later") << false;
        QTest::newRow("a full mailbox") << 552 << QByteArray("5.2.2") << QByteArray("Quota exceeded") << false;
        QTest::newRow("a full mailbox, 4xx")
            << 452 << QByteArray("4.2.2") << QByteArray("The account you tried to reach is over quota") << false;
        QTest::newRow("too many messages in this connection")
            << 421 << QByteArray("4.7.0") << QByteArray("Too many messages in this connection") << false;
        QTest::newRow("an ordinary refusal") << 550 << QByteArray("5.1.1") << QByteArray("No such user") << false;
        QTest::newRow("a 250 saying quota") << 250 << QByteArray("2.0.0") << QByteArray("Ok, quota fine") << false;
    }
    void quotaRepliesAreTheAccountsNotTheMessages()
    {
        QFETCH(int, code);
        QFETCH(QByteArray, enhanced);
        QFETCH(QByteArray, text);
        QFETCH(bool, quota);
        const SmtpReply r = reply(code, enhanced.constData(), text.constData());
        QCOMPARE(RetryPolicy::isQuotaExceeded(r), quota);
        TransactionResult rcpt;
        rcpt.recipients = {{QStringLiteral("a@x.test"), RecipientState::PermanentFailure, r}};
        QCOMPARE(RetryPolicy::isQuotaExceeded(rcpt), quota && !r.isPositive());
        if (quota) {
            const RetryDecision d = RetryPolicy::classify(rcpt);
            QVERIFY(d.retries());
            QVERIFY(d.throttleAccount);
            QVERIFY(d.quotaExceeded);
        }
    }

    void quotaBackoffIsAtLeastAnHour()
    {
        const RetryPolicy policy({60, 3600, 48}, [] { return 0.0; });
        QCOMPARE(policy.quotaBackoffSeconds(1), qint64(3600));
        QCOMPARE(policy.backoffSeconds(20), qint64(3060)); // at the cap the jitter may go down to 85%...
        QCOMPARE(policy.quotaBackoffSeconds(20), qint64(3600)); // ...not a quota's wait
        const RetryPolicy longer({60, 4 * 3600, 48}, [] { return 0.0; });
        QCOMPARE(longer.quotaBackoffSeconds(8), qint64(7680)); // past an hour, the backoff itself
    }

    // A paced account's item: the time it waited for its turn is not counted against it.
    void theWindowMovesOnByTheWaitForThePace_data()
    {
        QTest::addColumn<qint64>("dueAfter"); // seconds after the window opened
        QTest::addColumn<qint64>("attemptAfter");
        QTest::addColumn<qint64>("windowAfter"); // where it opens now
        QTest::newRow("first attempt three days after it was queued")
            << qint64(0) << qint64(3 * 86400) << qint64(3 * 86400);
        QTest::newRow("a retry that waited a day past its time") << qint64(600) << qint64(600 + 86400) << qint64(86400);
        QTest::newRow("attempted on time: unchanged") << qint64(600) << qint64(600) << qint64(0);
        QTest::newRow("attempted before its time (a flush): unchanged") << qint64(600) << qint64(10) << qint64(0);
    }
    void theWindowMovesOnByTheWaitForThePace()
    {
        QFETCH(qint64, dueAfter);
        QFETCH(qint64, attemptAfter);
        QFETCH(qint64, windowAfter);
        const QDateTime opened(QDate(2026, 11, 22), QTime(10, 0), Qt::UTC);
        QCOMPARE(RetryPolicy::windowAfterWait(opened, opened.addSecs(dueAfter), opened.addSecs(attemptAfter)),
                 opened.addSecs(windowAfter));
        QCOMPARE(RetryPolicy::windowAfterWait({}, opened, opened.addSecs(10)), QDateTime());
    }

    void backoffDoublesFromInitialToMax_data()
    {
        QTest::addColumn<int>("attempt");
        QTest::addColumn<qint64>("atZero"); // jitter draw 0
        QTest::addColumn<qint64>("atOne"); // jitter draw just under 1
        QTest::newRow("first failure waits the initial step") << 1 << qint64(60) << qint64(75);
        QTest::newRow("second doubles") << 2 << qint64(120) << qint64(150);
        QTest::newRow("sixth is 1920 s") << 6 << qint64(1920) << qint64(2400);
        QTest::newRow("seventh reaches the cap, jittered below it") << 7 << qint64(3060) << qint64(3600);
        QTest::newRow("thirtieth stays at the cap") << 30 << qint64(3060) << qint64(3600);
    }

    void backoffDoublesFromInitialToMax()
    {
        QFETCH(int, attempt);
        QFETCH(qint64, atZero);
        QFETCH(qint64, atOne);
        const RetryPolicy low({60, 3600, 48}, [] { return 0.0; });
        const RetryPolicy high({60, 3600, 48}, [] { return 0.999999; });
        QCOMPARE(low.backoffSeconds(attempt), atZero);
        QCOMPARE(high.backoffSeconds(attempt), atOne);
    }

    void seededJitterStaysWithinBounds()
    {
        QRandomGenerator seeded(20261122);
        const RetryPolicy policy({60, 3600, 48}, [&seeded] { return seeded.generateDouble(); });
        QSet<qint64> seen;
        for (int round = 0; round < 200; ++round) {
            for (int attempt = 1; attempt <= 12; ++attempt) {
                const qint64 s = policy.backoffSeconds(attempt);
                QVERIFY2(s >= 60 && s <= 3600, qPrintable(QString::number(s)));
                const qint64 base = qMin<qint64>(3600, 60LL << (attempt - 1));
                if (base < 3600)
                    QVERIFY(s >= base);
                seen.insert(s);
            }
        }
        QVERIFY(seen.size() > 100); // jitter really spreads retries
    }

    // --retry-initial 1 or 2: less than a second of jitter is no reason to jump to the cap's (it did: the
    // first retry came up to an hour later).
    void aShortFirstStepStaysShort()
    {
        for (const qint64 initial : {qint64(1), qint64(2), qint64(3)}) {
            for (const double draw : {0.0, 0.5, 0.999999}) {
                const RetryPolicy policy({initial, 3600, 48}, [draw] { return draw; });
                const qint64 first = policy.backoffSeconds(1);
                QVERIFY2(first >= initial && first <= initial + 1, qPrintable(QString::number(first)));
                const qint64 second = policy.backoffSeconds(2);
                QVERIFY2(second >= 2 * initial && second <= 2 * initial + 2, qPrintable(QString::number(second)));
            }
        }
    }

    void retryInitialOverrideSetsTheFirstStep()
    {
        RetryPolicy policy({60, 3600, 48}, [] { return 0.0; });
        policy.setInitialSeconds(5);
        QCOMPARE(policy.backoffSeconds(1), qint64(5));
        QCOMPARE(policy.backoffSeconds(2), qint64(10));
    }

    void givesUpAfterTheConfiguredHours()
    {
        Test::MockClock clock;
        const RetryPolicy policy({60, 3600, 48}, [] { return 0.0; });
        const QDateTime created = clock.now();
        QCOMPARE(policy.giveUpAt(created), created.addSecs(48 * 3600));
        clock.advance((48 * 3600 - 1) * 1000LL);
        QVERIFY(!policy.shouldGiveUp(created, clock.now()));
        clock.advance(1000);
        QVERIFY(policy.shouldGiveUp(created, clock.now()));
    }

    void configComesFromTheSettingsTable()
    {
        QTemporaryDir dir;
        const QString file = dir.filePath(QStringLiteral("postino.ini"));
        {
            Settings settings(file);
            const RetryPolicy::Config c = RetryPolicy::Config::fromSettings(settings);
            QCOMPARE(c.initialSeconds, qint64(60));
            QCOMPARE(c.maxSeconds, qint64(3600));
            QCOMPARE(c.giveUpHours, qint64(48));
            QCOMPARE(settings.intValue(Settings::Key::AccountMaxConnections, QStringLiteral("work")), 2);
            QCOMPARE(settings.intValue(Settings::Key::AccountRatePerMinute, QStringLiteral("work")), 0);
            QCOMPARE(settings.intValue(Settings::Key::AccountDailyLimit, QStringLiteral("work")), 0);
            QVERIFY(!settings.contains(Settings::Key::AccountDailyLimit, QStringLiteral("work")));
            settings.setValue(Settings::Key::AccountDailyLimit, 0, QStringLiteral("work"));
            QVERIFY(settings.contains(Settings::Key::AccountDailyLimit, QStringLiteral("work"))); // 0 is a choice
            settings.setValue(Settings::Key::RetryInitialSeconds, 30);
            settings.setValue(Settings::Key::AccountMaxConnections, 4, QStringLiteral("work"));
            settings.sync();
        }
        QFile f(file);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QByteArray ini = f.readAll();
        QVERIFY2(ini.contains("initial_seconds=30"), ini.constData());
        QVERIFY(ini.contains("work\\max_connections=4"));
        Settings again(file);
        QCOMPARE(RetryPolicy::Config::fromSettings(again).initialSeconds, qint64(30));
        QCOMPARE(again.intValue(Settings::Key::AccountMaxConnections, QStringLiteral("work")), 4);
        QCOMPARE(again.intValue(Settings::Key::AccountMaxConnections, QStringLiteral("home")), 2);
        QCOMPARE(Settings::path(Settings::Key::AccountRatePerMinute, QStringLiteral("a/b")),
                 QStringLiteral("accounts/a_b/rate_per_minute"));
        QCOMPARE(Settings::path(Settings::Key::AccountDailyLimit, QStringLiteral("work")),
                 QStringLiteral("accounts/work/daily_limit"));
    }
};

QTEST_GUILESS_MAIN(TestRetryPolicy)
#include "TestRetryPolicy.moc"

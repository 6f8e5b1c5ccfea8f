#include "FakeNetworkMonitor.h"
#include "FakeSubmission.h"
#include "MockClock.h"

#include "outbox/CredentialsProvider.h"
#include "outbox/OutboxRunner.h"
#include "outbox/OutboxStore.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

#include <mutex>
#include <optional>

using namespace Postino;
using Test::FakeScript;
using Test::FakeTransaction;
using Test::reply;
using Test::smtpError;

Q_DECLARE_METATYPE(SmtpFailure)
Q_DECLARE_METATYPE(ErrorKind)
Q_DECLARE_METATYPE(OutboxItem::State)
Q_DECLARE_METATYPE(Postino::Test::FakeTransaction)

namespace {

const QString kA = QStringLiteral("a@example.test");
const QString kB = QStringLiteral("b@example.test");
const QString kC = QStringLiteral("c@example.test");
constexpr qint64 kMinute = 60'000;
constexpr qint64 kHour = 3'600'000;

// An OAuth2 account's credentials: a new access token ("token-1", "token-2"...) each time they are asked for;
// counts how often the runner said the server refused one.
struct TokenCredentials final : CredentialsProvider
{
    int asked = 0;
    int refused = 0;
    void settingsFor(const OutboxItem&, Callback done) override
    {
        SubmissionSettings s;
        s.endpoint.host = QStringLiteral("smtp.office365.test");
        s.credentials.username = QStringLiteral("ada@example.test");
        s.credentials.mechanism = AuthMechanism::XOAuth2;
        s.credentials.secret = QStringLiteral("token-%1").arg(++asked);
        done(s);
    }
    bool tokenRefused(const OutboxItem&) override
    {
        ++refused;
        return true;
    }
};

// Everything a runner needs, on a temporary outbox with a mock clock and the fake server. Jitter is 0,
// so backoff steps are exact: 60 s, 120 s, 240 s...
struct Rig
{
    QTemporaryDir dir;
    Test::MockClock clock;
    OutboxStore store {dir.path(), &clock};
    Test::FakeSubmissionFactory factory;
    StaticCredentialsProvider credentials {std::nullopt, [](const OutboxItem& item) -> Result<SubmissionSettings> {
                                               SubmissionSettings s;
                                               s.endpoint.host = QStringLiteral("smtp.%1.test").arg(item.account);
                                               s.credentials.username = QStringLiteral("ada");
                                               s.credentials.secret = QStringLiteral("pw");
                                               return s;
                                           }};
    OutboxRunner runner {&store, &factory, &credentials};
    QByteArray message(int n) const
    {
        return QStringLiteral(
                   "From: ada@example.test\r\nSubject: n%1\r\nMessage-ID: <%1@example.test>\r\n\r\nBody %1\r\n")
            .arg(n)
            .toUtf8();
    }

    Rig()
    {
        runner.setRetryPolicy(RetryPolicy({60, 3600, 48}, [] { return 0.0; }));
    }

    QString queue(const QStringList& rcpts = {kA}, const QString& account = QStringLiteral("work"))
    {
        OutboxItem item;
        item.account = account;
        item.sender = QStringLiteral("ada@example.test");
        for (const QString& r : rcpts)
            item.recipients.append({r, OutboxRecipient::State::Pending, {}});
        Result<OutboxItem> added = store.add(item, message(++m_count));
        if (!added.ok())
            qFatal("cannot queue: %s", qPrintable(added.error().message()));
        clock.advance(1); // distinct, ordered ids
        return added.value().id;
    }

    OutboxItem item(const QString& id)
    {
        Result<OutboxItem> r = store.load(id);
        if (r.ok())
            return r.value();
        for (const OutboxItem& sent : store.sentItems()) {
            if (sent.id == id)
                return sent;
        }
        return {};
    }

    // Lets queued events run until the runners have nothing in flight (bounded; no waiting on the
    // MockClock). What takes real time (the disk worker, the journal's sync before a final dot) is waited
    // for, up to 30 seconds: a loaded machine may be slow at it.
    static void settle(const std::initializer_list<OutboxRunner*>& runners)
    {
        int quiet = 0;
        QElapsedTimer waited;
        waited.start();
        for (int spins = 0; spins < 10000 && quiet < 5 && waited.elapsed() < 30'000;) {
            QCoreApplication::processEvents();
            QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
            bool idle = true;
            bool disk = false;
            for (OutboxRunner* r : runners) {
                idle = idle && r->isIdle();
                disk = disk || r->waitsForTheDisk();
            }
            quiet = idle ? quiet + 1 : 0;
            if (disk)
                QThread::msleep(1); // another thread works for it: real time, not the MockClock's
            else
                ++spins;
        }
    }
    void settle() { settle({&runner}); }
    void advance(qint64 msec)
    {
        clock.advance(msec);
        settle();
    }
    void runOnce()
    {
        runner.runDue();
        settle();
    }

private:
    int m_count = 0;
};

} // namespace

class TestOutboxRunner : public QObject
{
    Q_OBJECT
private slots:
    void sentMessageLeavesTheQueueForTheSentFolder()
    {
        Rig rig;
        const QString id = rig.queue({kA, kB});
        QSignalSpy sent(&rig.runner, &OutboxRunner::itemSent);
        QSignalSpy finished(&rig.runner, &OutboxRunner::finished);
        rig.runOnce();
        QCOMPARE(sent.count(), 1);
        QCOMPARE(finished.count(), 1);
        QCOMPARE(rig.factory.deliveries().size(), 1);
        QCOMPARE(rig.factory.deliveries().first().recipients, (QStringList {kA, kB}));
        QCOMPARE(rig.factory.deliveries().first().body, rig.message(1));
        QVERIFY(rig.store.items().isEmpty());
        const OutboxItem done = rig.item(id);
        QCOMPARE(done.state, OutboxItem::State::Sent);
        QCOMPARE(done.attempts, 1);
        QCOMPARE(done.recipients.at(0).state, OutboxRecipient::State::Sent);
        QVERIFY(!rig.runner.holdsLock());
        QCOMPARE(rig.factory.settingsSeen().first().endpoint.host, QStringLiteral("smtp.work.test"));
        QCOMPARE(rig.factory.settingsSeen().first().clock, &rig.clock);
    }

    void sessionFailureDecidesTheItemsFate_data()
    {
        QTest::addColumn<SmtpFailure>("failure");
        QTest::addColumn<ErrorKind>("errorKind");
        QTest::addColumn<int>("code");
        QTest::addColumn<QByteArray>("enhanced");
        QTest::addColumn<OutboxItem::State>("state");
        QTest::addColumn<ErrorKind>("kind");
        const auto T = ErrorKind::Temporary;
        QTest::newRow("421 greeting: queued for retry")
            << SmtpFailure::ServiceUnavailable << T << 421 << QByteArray("4.3.0") << OutboxItem::State::Queued << T;
        QTest::newRow("STARTTLS 454: queued for retry") << SmtpFailure::StartTlsRefused << ErrorKind::Security << 454
                                                        << QByteArray("4.3.0") << OutboxItem::State::Queued << T;
        QTest::newRow("connection refused: queued for retry")
            << SmtpFailure::ConnectionRefused << T << 0 << QByteArray() << OutboxItem::State::Queued << T;
        QTest::newRow("timeout: queued for retry")
            << SmtpFailure::Timeout << T << 0 << QByteArray() << OutboxItem::State::Queued << T;
        QTest::newRow("535: failed, authentication")
            << SmtpFailure::AuthFailed << ErrorKind::Auth << 535 << QByteArray("5.7.8") << OutboxItem::State::Failed
            << ErrorKind::Auth;
        QTest::newRow("certificate refused: failed, security")
            << SmtpFailure::Certificate << ErrorKind::Security << 0 << QByteArray() << OutboxItem::State::Failed
            << ErrorKind::Security;
        QTest::newRow("no STARTTLS: failed, security")
            << SmtpFailure::NoStartTls << ErrorKind::Security << 0 << QByteArray() << OutboxItem::State::Failed
            << ErrorKind::Security;
        QTest::newRow("STARTTLS refused with 554: failed, security")
            << SmtpFailure::StartTlsRefused << ErrorKind::Security << 554 << QByteArray("5.7.0")
            << OutboxItem::State::Failed << ErrorKind::Security;
    }

    // #16: an OAuth2 access token the server refuses at AUTH (expired or revoked) is refreshed once and the
    // session opened again before anything fails; a second refusal fails as any refused sign-in does.
    void aRefusedTokenIsRefreshedOnceBeforeTheMessageFails()
    {
        for (const bool refusedAgain : {false, true}) {
            Rig rig;
            TokenCredentials tokens;
            OutboxRunner runner(&rig.store, &rig.factory, &tokens);
            runner.setRetryPolicy(RetryPolicy({60, 3600, 48}, [] { return 0.0; }));
            const QString id = rig.queue();
            const SmtpError refused =
                smtpError(SmtpFailure::AuthFailed, ErrorKind::Auth, reply(535, "5.7.3", "Authentication unsuccessful"));
            rig.factory.addScript({refused, {}});
            if (refusedAgain)
                rig.factory.addScript({refused, {}});
            runner.start(OutboxRunner::Mode::DueOnce);
            Rig::settle({&runner});
            const OutboxItem item = rig.item(id);
            QCOMPARE(tokens.refused, 1); // once, never in a loop
            QCOMPARE(rig.factory.sessionsCreated(), 2);
            QCOMPARE(rig.factory.settingsSeen().at(0).credentials.secret, QStringLiteral("token-1"));
            QCOMPARE(rig.factory.settingsSeen().at(1).credentials.secret, QStringLiteral("token-2"));
            if (refusedAgain) {
                QCOMPARE(item.state, OutboxItem::State::Failed);
                QCOMPARE(item.lastErrorKind, ErrorKind::Auth);
            } else {
                QCOMPARE(item.state, OutboxItem::State::Sent);
                QCOMPARE(rig.factory.deliveries().size(), 1);
            }
        }
    }

    // Found by CliOAuth: with two connections open when the token ends, both are refused. The first refusal
    // refreshes the token; the second, with the same old token, must not fail the queue.
    void aTokenRefusedOnParallelConnectionsIsRefreshedOnceAndNothingFails()
    {
        Rig rig; // max_connections 2 by default
        TokenCredentials tokens;
        OutboxRunner runner(&rig.store, &rig.factory, &tokens);
        runner.setRetryPolicy(RetryPolicy({60, 3600, 48}, [] { return 0.0; }));
        QStringList ids;
        for (const QString& to : {kA, kB, kC})
            ids << rig.queue({to});
        const SmtpError refused =
            smtpError(SmtpFailure::AuthFailed, ErrorKind::Auth, reply(535, "5.7.3", "Authentication unsuccessful"));
        rig.factory.addScript({refused, {}});
        rig.factory.addScript({refused, {}});
        runner.start(OutboxRunner::Mode::DueOnce);
        Rig::settle({&runner});
        QCOMPARE(tokens.refused, 1);
        QCOMPARE(rig.factory.settingsSeen().first().credentials.secret, QStringLiteral("token-1"));
        QCOMPARE(rig.factory.settingsSeen().last().credentials.secret, QStringLiteral("token-2"));
        for (const QString& id : std::as_const(ids)) {
            QCOMPARE(rig.item(id).state, OutboxItem::State::Sent);
            QCOMPARE(rig.item(id).attempts, 1);
        }
    }

    void sessionFailureDecidesTheItemsFate()
    {
        QFETCH(SmtpFailure, failure);
        QFETCH(ErrorKind, errorKind);
        QFETCH(int, code);
        QFETCH(QByteArray, enhanced);
        QFETCH(OutboxItem::State, state);
        QFETCH(ErrorKind, kind);
        Rig rig;
        const QString id = rig.queue();
        const SmtpReply r = code ? reply(code, enhanced.constData(), "server words") : SmtpReply();
        rig.factory.addScript({smtpError(failure, errorKind, r), {}});
        QSignalSpy failedSpy(&rig.runner, &OutboxRunner::itemFailed);
        const QDateTime attemptAt = rig.clock.now();
        rig.runOnce();
        const OutboxItem item = rig.item(id);
        QCOMPARE(item.state, state);
        QCOMPARE(item.lastErrorKind, kind);
        QCOMPARE(item.attempts, 1);
        QVERIFY(!item.lastError.isEmpty());
        if (code)
            QCOMPARE(item.lastReply, QStringLiteral("%1 %2 server words").arg(code).arg(QString::fromLatin1(enhanced)));
        QCOMPARE(item.history.size(), 1);
        if (state == OutboxItem::State::Queued) {
            QCOMPARE(item.nextAttempt, attemptAt.addSecs(60));
            QCOMPARE(failedSpy.count(), 0);
            // Not retried before its time, retried at it.
            rig.runner.start();
            rig.settle();
            QCOMPARE(rig.factory.sessionsCreated(), 1);
            rig.advance(59'000);
            QCOMPARE(rig.factory.sessionsCreated(), 1);
            rig.advance(1000);
            QCOMPARE(rig.factory.sessionsCreated(), 2);
            QCOMPARE(rig.item(id).state, OutboxItem::State::Sent);
        } else {
            QCOMPARE(failedSpy.count(), 1);
            QVERIFY(!item.nextAttempt.isValid());
            // Never retried by itself.
            rig.runner.start();
            rig.advance(3 * kHour);
            QCOMPARE(rig.factory.sessionsCreated(), 1);
            QCOMPARE(rig.item(id).state, OutboxItem::State::Failed);
        }
        QCOMPARE(rig.factory.deliveries().size(), state == OutboxItem::State::Queued ? 1 : 0);
    }

    void refusedAt451DataIsRetriedLater()
    {
        Rig rig;
        const QString id = rig.queue({kA, kB});
        FakeTransaction t;
        t.data = reply(451, "4.3.0", "Requested action aborted: local error");
        rig.factory.addScript({{}, {t}});
        const QDateTime attemptAt = rig.clock.now();
        rig.runOnce();
        OutboxItem item = rig.item(id);
        QCOMPARE(item.state, OutboxItem::State::Queued);
        QCOMPARE(item.lastReply, QStringLiteral("451 4.3.0 Requested action aborted: local error"));
        QCOMPARE(item.nextAttempt, attemptAt.addSecs(60));
        QCOMPARE(item.pendingRecipients(), (QStringList {kA, kB}));
        QVERIFY(rig.factory.deliveries().isEmpty());
        rig.clock.advance(kMinute);
        rig.runOnce();
        QCOMPARE(rig.item(id).state, OutboxItem::State::Sent);
        QCOMPARE(rig.factory.receivedBy(kA), 1);
    }

    void oneRecipient452TheOthersGetItNowAndNobodyTwice()
    {
        Rig rig;
        const QString id = rig.queue({kA, kB, kC});
        FakeTransaction first;
        first.rcpt.insert(kB, reply(452, "4.5.3", "Too many recipients"));
        FakeTransaction second;
        second.end = FakeTransaction::End::DropAfterDot; // b's next try is lost after the dot...
        rig.factory.addScript({{}, {first}});
        rig.factory.addScript({{}, {second}});
        rig.runOnce();
        OutboxItem item = rig.item(id);
        QCOMPARE(rig.factory.deliveries().size(), 1);
        QCOMPARE(rig.factory.deliveries().first().recipients, (QStringList {kA, kC}));
        QCOMPARE(item.state, OutboxItem::State::Queued);
        QCOMPARE(item.recipients.at(0).state, OutboxRecipient::State::Sent);
        QCOMPARE(item.recipients.at(1).state, OutboxRecipient::State::Pending);
        QCOMPARE(item.recipients.at(1).reply, QStringLiteral("452 4.5.3 Too many recipients"));
        QCOMPARE(item.recipients.at(2).state, OutboxRecipient::State::Sent);
        QVERIFY(item.lastError.contains(kB));

        rig.clock.advance(kMinute);
        rig.runOnce();
        QCOMPARE(rig.factory.sends().last(), QStringLiteral("2: ada@example.test -> ") + kB);
        rig.clock.advance(2 * kMinute);
        rig.runOnce(); // ...and the third goes through
        QCOMPARE(rig.factory.sends().last(), QStringLiteral("3: ada@example.test -> ") + kB);
        QCOMPARE(rig.item(id).state, OutboxItem::State::Sent);
        QCOMPARE(rig.factory.receivedBy(kA), 1);
        QCOMPARE(rig.factory.receivedBy(kC), 1);
        QCOMPARE(rig.factory.receivedBy(kB), 2); // once possibly (lost after the dot), once surely
        QVERIFY(!rig.item(id).transcript.isEmpty()); // the last attempt's dialogue is kept
    }

    void oneRecipient550AbandonsTheTransaction()
    {
        Rig rig;
        const QString id = rig.queue({kA, kB, kC});
        FakeTransaction t;
        t.rcpt.insert(kB, reply(550, "5.1.1", "No such user"));
        rig.factory.addScript({{}, {t}});
        QSignalSpy failedSpy(&rig.runner, &OutboxRunner::itemFailed);
        rig.runOnce();
        QVERIFY(rig.factory.deliveries().isEmpty()); // nobody gets a partial send
        const OutboxItem item = rig.item(id);
        QCOMPARE(item.state, OutboxItem::State::Failed);
        QCOMPARE(item.lastErrorKind, ErrorKind::Permanent);
        QVERIFY2(item.lastError.contains(kB), qPrintable(item.lastError));
        QVERIFY(item.lastError.contains(QStringLiteral("550 5.1.1 No such user")));
        QCOMPARE(item.recipients.at(1).state, OutboxRecipient::State::Failed);
        QCOMPARE(item.recipients.at(1).reply, QStringLiteral("550 5.1.1 No such user"));
        QCOMPARE(item.recipients.at(0).state, OutboxRecipient::State::Pending);
        QCOMPARE(failedSpy.count(), 1);
        QCOMPARE(item.toJson().value(QStringLiteral("state")).toString(), QStringLiteral("failed"));
    }

    void lostAfterTheFinalDotIsResentWithTheSameBytesAndFlagged_data()
    {
        QTest::addColumn<int>("end");
        QTest::newRow("transaction reports outcome unknown") << int(FakeTransaction::End::DropAfterDot);
        QTest::newRow("only the session reports the lost connection") << int(FakeTransaction::End::LostAfterDot);
    }

    void lostAfterTheFinalDotIsResentWithTheSameBytesAndFlagged()
    {
        QFETCH(int, end);
        Rig rig;
        const QString id = rig.queue({kA});
        FakeTransaction t;
        t.end = static_cast<FakeTransaction::End>(end);
        rig.factory.addScript({{}, {t}});
        rig.runOnce();
        OutboxItem item = rig.item(id);
        QCOMPARE(item.state, OutboxItem::State::Queued);
        QVERIFY(item.possibleDuplicate);
        QVERIFY(!item.finalDotPending);
        QCOMPARE(item.lastErrorKind, ErrorKind::Temporary);
        QCOMPARE(item.history.last().outcome,
                 QStringLiteral("outcome unknown: connection lost after the final dot; the message may arrive twice"));
        QVERIFY(item.toJson().value(QStringLiteral("possible_duplicate")).toBool());
        rig.clock.advance(kMinute);
        rig.runOnce();
        QCOMPARE(rig.factory.deliveries().size(), 2);
        QCOMPARE(rig.factory.deliveries().at(0).outcome, Test::FakeDelivery::Outcome::OutcomeUnknown);
        QCOMPARE(rig.factory.deliveries().at(1).body, rig.factory.deliveries().at(0).body); // same Message-ID
        item = rig.item(id);
        QCOMPARE(item.state, OutboxItem::State::Sent);
        QVERIFY(item.possibleDuplicate);
    }

    void authFailureFlagsTheAccountsCredentials()
    {
        Rig rig;
        const QString first = rig.queue();
        rig.factory.addScript({smtpError(SmtpFailure::AuthFailed, ErrorKind::Auth,
                                         reply(535, "5.7.8", "Authentication credentials invalid")),
                               {}});
        QSignalSpy rejected(&rig.runner, &OutboxRunner::credentialsRejected);
        rig.runOnce();
        QCOMPARE(rejected.count(), 1);
        QCOMPARE(rejected.first().at(0).toString(), QStringLiteral("work"));
        QVERIFY(rig.runner.credentialsNeedAttention(QStringLiteral("work")));
        QCOMPARE(rig.runner.accountsNeedingCredentials(), QStringList {QStringLiteral("work")});
        QCOMPARE(rig.item(first).state, OutboxItem::State::Failed);
        QCOMPARE(rig.item(first).lastErrorKind, ErrorKind::Auth);
        QCOMPARE(rig.item(first).lastReply, QStringLiteral("535 5.7.8 Authentication credentials invalid"));
        // The account is not tried again with the same password...
        const QString second = rig.queue();
        rig.runOnce();
        QCOMPARE(rig.factory.sessionsCreated(), 1);
        QCOMPARE(rig.item(second).state, OutboxItem::State::Queued);
        // ...until the user has seen to it.
        rig.runner.clearCredentialsAttention(QStringLiteral("work"));
        rig.runOnce();
        QCOMPARE(rig.item(second).state, OutboxItem::State::Sent);
    }

    void throttlingBacksOffTheWholeAccount()
    {
        Rig rig;
        rig.runner.setAccountLimits(QStringLiteral("work"), {1, 0});
        const QString w1 = rig.queue({kA});
        const QString w2 = rig.queue({kB});
        const QString h1 = rig.queue({kC}, QStringLiteral("home"));
        FakeTransaction throttled;
        throttled.end = FakeTransaction::End::Reply;
        throttled.finalReply = reply(451, "4.7.28", "Our system has detected an unusual rate of mail");
        rig.factory.addScript({{}, {throttled}}); // work's session: the first message is throttled
        const QDateTime t0 = rig.clock.now();
        rig.runOnce();
        QCOMPARE(rig.item(h1).state, OutboxItem::State::Sent); // another account is not held back
        QCOMPARE(rig.item(w1).state, OutboxItem::State::Queued);
        QCOMPARE(rig.item(w2).state, OutboxItem::State::Queued);
        QCOMPARE(rig.item(w2).attempts, 0); // held back, not tried
        QCOMPARE(rig.factory.transactionsIn(1) + rig.factory.transactionsIn(2), 2);
        QCOMPARE(rig.runner.accountThrottledUntil(QStringLiteral("work")), t0.addSecs(60));

        // Even a message that is due is held while the account backs off.
        const QString w3 = rig.queue({kA});
        rig.runOnce();
        QCOMPARE(rig.item(w3).state, OutboxItem::State::Queued);
        QCOMPARE(rig.factory.sessionsCreated(), 2);

        rig.runner.start();
        rig.advance(kMinute);
        QCOMPARE(rig.item(w1).state, OutboxItem::State::Sent);
        QCOMPARE(rig.item(w2).state, OutboxItem::State::Sent);
        QCOMPARE(rig.item(w3).state, OutboxItem::State::Sent);
    }

    void tooManyConnectionsAtGreetingBacksOffTheAccount()
    {
        Rig rig;
        rig.runner.setAccountLimits(QStringLiteral("work"), {1, 0});
        const QString w1 = rig.queue({kA});
        const QString w2 = rig.queue({kB});
        rig.factory.addScript({smtpError(SmtpFailure::ServiceUnavailable, ErrorKind::Temporary,
                                         reply(421, "4.3.2", "Too many connections, try again later")),
                               {}});
        const QDateTime t0 = rig.clock.now();
        rig.runOnce();
        QCOMPARE(rig.runner.accountThrottledUntil(QStringLiteral("work")), t0.addSecs(60));
        QCOMPARE(rig.item(w1).nextAttempt, t0.addSecs(60));
        QCOMPARE(rig.item(w2).nextAttempt, t0.addSecs(60));
        QCOMPARE(rig.factory.sessionsCreated(), 1);
    }

    void offlineItWaitsAndRetriesWhenTheNetworkReturns()
    {
        Rig rig;
        Test::FakeNetworkMonitor network;
        network.set(false);
        rig.runner.setNetworkMonitor(&network);
        const QString id = rig.queue();
        rig.runner.start();
        rig.advance(10 * kMinute);
        QCOMPARE(rig.factory.sessionsCreated(), 0);
        network.set(true);
        rig.settle();
        QCOMPARE(rig.item(id).state, OutboxItem::State::Sent);

        // A message in backoff for a lost connection is tried as soon as the network is back.
        const QString later = rig.queue();
        rig.factory.addScript({smtpError(SmtpFailure::ConnectionRefused, ErrorKind::Temporary), {}});
        rig.settle();
        QCOMPARE(rig.item(later).state, OutboxItem::State::Queued);
        QCOMPARE(rig.item(later).nextAttempt, rig.clock.now().addSecs(60));
        network.set(false);
        rig.advance(1000);
        network.set(true);
        rig.settle();
        QCOMPARE(rig.item(later).state, OutboxItem::State::Sent);
    }

    // Offline, a server on this machine (a local relay, the desktop app's test server) is still sent to.
    void offlineAServerOnThisMachineIsStillSentTo()
    {
        Rig rig;
        Test::FakeNetworkMonitor network;
        network.set(false);
        rig.runner.setNetworkMonitor(&network);
        rig.runner.setLocalAccount([](const QString& account) { return account == QLatin1String("relay"); });
        const QString remote = rig.queue({kA}, QStringLiteral("work"));
        const QString relay = rig.queue({kA}, QStringLiteral("relay"));
        OutboxItem adHoc;
        adHoc.sender = QStringLiteral("ada@example.test");
        adHoc.server.host = QStringLiteral("127.0.0.1");
        adHoc.server.port = 2525;
        adHoc.recipients.append({kB, OutboxRecipient::State::Pending, {}});
        const Result<OutboxItem> added = rig.store.add(adHoc, rig.message(99));
        QVERIFY(added.ok());
        rig.runner.start();
        rig.advance(10 * kMinute);
        QCOMPARE(rig.item(relay).state, OutboxItem::State::Sent);
        QCOMPARE(rig.item(added.value().id).state, OutboxItem::State::Sent);
        QCOMPARE(rig.item(remote).state, OutboxItem::State::Queued);
        QCOMPARE(rig.item(remote).attempts, 0);
        QCOMPARE(rig.factory.sessionsCreated(), 2);
        network.set(true);
        rig.settle();
        QCOMPARE(rig.item(remote).state, OutboxItem::State::Sent);
    }

    void serversOnThisMachine()
    {
        for (const char* host : {"localhost", "LOCALHOST.", "smtp.localhost", "127.0.0.1", "127.1.2.3", "::1", "[::1]"})
            QVERIFY2(OutboxRunner::isOnThisMachine(QString::fromLatin1(host)), host);
        for (const char* host : {"", "smtp.example.org", "localhost.example.org", "10.0.0.1", "::2", "128.0.0.1"})
            QVERIFY2(!OutboxRunner::isOnThisMachine(QString::fromLatin1(host)), host);
    }

    void consecutiveItemsOfOneAccountShareASession()
    {
        Rig rig;
        rig.runner.setAccountLimits(QStringLiteral("work"), {1, 0});
        const QString a = rig.queue({kA});
        const QString b = rig.queue({kB});
        const QString c = rig.queue({kC});
        rig.runOnce();
        QCOMPARE(rig.factory.sessionsCreated(), 1);
        QCOMPARE(rig.factory.transactionsIn(1), 3);
        for (const QString& id : {a, b, c})
            QCOMPARE(rig.item(id).state, OutboxItem::State::Sent);
    }

    void atMostMaxConnectionsSessionsPerAccount()
    {
        Rig rig;
        for (int i = 0; i < 6; ++i)
            rig.queue({kA});
        rig.queue({kB}, QStringLiteral("home"));
        rig.runOnce();
        QCOMPARE(rig.factory.deliveries().size(), 7);
        QCOMPARE(rig.factory.sessionsCreated(), 3); // two for work (the default), one for home
        QCOMPARE(rig.factory.maxOpen(), 3);
        QVERIFY(rig.store.items().isEmpty());

        Rig one;
        one.runner.setAccountLimits(QStringLiteral("work"), {1, 0});
        for (int i = 0; i < 4; ++i)
            one.queue({kA});
        one.runOnce();
        QCOMPARE(one.factory.maxOpen(), 1);
    }

    void aRefusedParallelConnectionLeavesTheQueueToTheOneThatWorks()
    {
        Rig rig; // max_connections 2 by default
        const QString a = rig.queue({kA});
        const QString b = rig.queue({kB});
        const QString c = rig.queue({kC});
        rig.factory.addScript({}); // the first connection works
        rig.factory.addScript({smtpError(SmtpFailure::ServiceUnavailable, ErrorKind::Temporary,
                                         reply(421, "4.7.0", "Too many concurrent SMTP connections")),
                               {}});
        rig.runOnce();
        QCOMPARE(rig.factory.sessionsCreated(), 2); // not opened again and again
        for (const QString& id : {a, b, c}) {
            QCOMPARE(rig.item(id).state, OutboxItem::State::Sent);
            QCOMPARE(rig.item(id).attempts, 1);
        }
        QCOMPARE(rig.factory.transactionsIn(1), 3);
        QVERIFY(!rig.runner.accountThrottledUntil(QStringLiteral("work")).isValid());
    }

    // 30 a minute is one every 2 s, never 30 at once; one session carries them.
    void rateLimitSpacesMessagesEvenly()
    {
        Rig rig;
        rig.runner.setAccountLimits(QStringLiteral("work"), {2, 30});
        for (int i = 0; i < 5; ++i)
            rig.queue({kA});
        QSignalSpy finished(&rig.runner, &OutboxRunner::finished);
        const QDateTime t0 = rig.clock.now();
        rig.runner.runDue();
        rig.settle();
        QCOMPARE(rig.factory.deliveries().size(), 1);
        rig.advance(1999);
        QCOMPARE(rig.factory.deliveries().size(), 1);
        QCOMPARE(rig.runner.nextSendAt(QStringLiteral("work")), t0.addMSecs(2000));
        QVERIFY(rig.runner.paceReason(QStringLiteral("work")).contains(QStringLiteral("30 a minute")));
        for (int i = 0; i < 4; ++i)
            rig.advance(i == 0 ? 1 : 2000);
        QCOMPARE(finished.count(), 1);
        QCOMPARE(rig.factory.deliveries().size(), 5);
        QCOMPARE(rig.factory.sendTimes(),
                 (QList<QDateTime> {t0, t0.addSecs(2), t0.addSecs(4), t0.addSecs(6), t0.addSecs(8)}));
        QCOMPARE(rig.factory.sessionsCreated(), 1);
        QVERIFY(!rig.runner.nextSendAt(QStringLiteral("work")).isValid() || rig.clock.now() >= t0.addSecs(8));
    }

    // No more than the daily limit in any 24 hours, across midnight: the fourth of a limit of 3 waits
    // until the first leaves the window; meanwhile no session is held open, and one opens for it then.
    void dailyLimitHoldsAcrossMidnight()
    {
        Rig rig;
        const QString work = QStringLiteral("work");
        rig.clock.setNow(QDateTime(QDate(2026, 11, 22), QTime(22, 0), Qt::UTC));
        rig.runner.setAccountLimits(work, {2, 0, 3});
        const QString first = rig.queue({kA});
        const QDateTime t0 = rig.clock.now();
        rig.runner.setRescanInterval(0);
        rig.runner.start(); // Continuous, as the GUI
        rig.settle();
        QCOMPARE(rig.item(first).state, OutboxItem::State::Sent);
        rig.advance(kHour); // 23:00
        rig.queue({kA});
        rig.settle();
        rig.advance(3 * kHour); // 02:00 the next day
        const QString third = rig.queue({kA});
        const QString fourth = rig.queue({kA});
        rig.settle();
        QCOMPARE(rig.item(third).state, OutboxItem::State::Sent);
        QCOMPARE(rig.item(fourth).state, OutboxItem::State::Queued);
        QCOMPARE(rig.item(fourth).attempts, 0);
        QCOMPARE(rig.factory.deliveries().size(), 3);
        QCOMPARE(rig.factory.openNow(), 0); // closed rather than held open for 20 hours
        const int sessions = rig.factory.sessionsCreated();
        QCOMPARE(rig.runner.nextSendAt(work), t0.addDays(1));
        QVERIFY(rig.runner.paceReason(work).startsWith(QStringLiteral("Daily limit reached (3 per 24 hours)")));
        QCOMPARE(rig.clock.armedTimers(), 1); // the wake for its start, nothing sooner

        rig.advance(t0.addDays(1).addMSecs(-1).toMSecsSinceEpoch() - rig.clock.now().toMSecsSinceEpoch());
        QCOMPARE(rig.item(fourth).state, OutboxItem::State::Queued);
        rig.advance(1);
        QCOMPARE(rig.item(fourth).state, OutboxItem::State::Sent);
        QCOMPARE(rig.factory.sendTimes().last(), t0.addDays(1));
        QCOMPARE(rig.factory.sessionsCreated(), sessions + 1);
        // In any 24 hours, never more than 3.
        const QList<QDateTime> times = rig.factory.sendTimes();
        for (int i = 3; i < times.size(); ++i)
            QVERIFY(times.at(i - 3).msecsTo(times.at(i)) >= 24 * kHour);
    }

    // A runner that starts again (another `queue run`) reads the pace log: no burst.
    void aRestartedRunnerKeepsThePace()
    {
        Rig rig;
        const QString work = QStringLiteral("work");
        rig.runner.setAccountLimits(work, {1, 30});
        for (int i = 0; i < 4; ++i)
            rig.queue({kA});
        const QDateTime t0 = rig.clock.now();
        QSignalSpy finished(&rig.runner, &OutboxRunner::finished);
        rig.runner.start(OutboxRunner::Mode::UntilEmpty);
        rig.settle();
        rig.advance(2000);
        QCOMPARE(rig.factory.deliveries().size(), 2);
        rig.runner.stop();
        rig.settle();
        QCOMPARE(finished.count(), 1);
        rig.clock.advance(500);

        OutboxStore store(rig.dir.path(), &rig.clock);
        OutboxRunner again(&store, &rig.factory, &rig.credentials);
        again.setAccountLimits(work, {1, 30});
        QSignalSpy againFinished(&again, &OutboxRunner::finished);
        again.start(OutboxRunner::Mode::UntilEmpty);
        Rig::settle({&again});
        QCOMPARE(rig.factory.deliveries().size(), 2); // the last start was 0.5 s ago
        QCOMPARE(again.nextSendAt(work), t0.addSecs(4));
        for (int i = 0; i < 10 && againFinished.isEmpty(); ++i) {
            rig.clock.advance(500);
            Rig::settle({&again});
        }
        QCOMPARE(againFinished.count(), 1);
        QCOMPARE(rig.factory.sendTimes(), (QList<QDateTime> {t0, t0.addSecs(2), t0.addSecs(4), t0.addSecs(6)}));
    }

    // Two runners taking turns on one outbox (the GUI after `queue run`): each reads what the other added
    // to the pace log since it last read it.
    void runnersTakingTurnsShareThePace()
    {
        Rig rig;
        const QString work = QStringLiteral("work");
        rig.runner.setAccountLimits(work, {1, 30});
        OutboxStore otherStore(rig.dir.path(), &rig.clock);
        OutboxRunner other(&otherStore, &rig.factory, &rig.credentials);
        other.setAccountLimits(work, {1, 30});
        rig.queue({kA});
        const QDateTime t0 = rig.clock.now();
        rig.runOnce(); // at t0
        rig.clock.advance(500);
        rig.queue({kA});
        other.runDue();
        Rig::settle({&other});
        QCOMPARE(rig.factory.deliveries().size(), 1); // it read the first runner's start
        rig.clock.advance(1500);
        Rig::settle({&other});
        QCOMPARE(rig.factory.deliveries().size(), 2);
        rig.clock.advance(500);
        rig.queue({kA});
        rig.runOnce(); // the first runner learns of the other's start, at t0 + 2 s
        QCOMPARE(rig.factory.deliveries().size(), 2);
        rig.advance(1500);
        QCOMPARE(rig.factory.sendTimes(), (QList<QDateTime> {t0, t0.addSecs(2), t0.addSecs(4)}));
    }

    // A process without the lock (`campaign status` beside `queue run`) reads the pace from the disk.
    void anotherRunnerWithoutTheLockReadsThePace()
    {
        Rig rig;
        const QString work = QStringLiteral("work");
        rig.runner.setAccountLimits(work, {1, 30});
        rig.queue({kA});
        rig.queue({kA});
        const QDateTime t0 = rig.clock.now();
        rig.runner.runDue();
        rig.settle();
        QVERIFY(rig.runner.holdsLock()); // its session waits for the pace
        OutboxStore store(rig.dir.path(), &rig.clock);
        OutboxRunner status(&store, &rig.factory, &rig.credentials);
        status.setAccountLimits(work, {1, 30});
        QCOMPARE(status.nextSendAt(work), t0.addSecs(2));
        QVERIFY(status.paceReason(work).contains(QStringLiteral("30 a minute")));
        QVERIFY(!status.holdsLock());
        QVERIFY(!status.nextSendAt(QStringLiteral("home")).isValid()); // not paced
        QVERIFY(status.paceReason(QStringLiteral("home")).isEmpty());
        rig.advance(2000);
        QCOMPARE(rig.factory.deliveries().size(), 2);
        QVERIFY(status.nextSendAt(work) > rig.clock.now());
        rig.clock.advance(2000);
        QVERIFY(!status.nextSendAt(work).isValid());
        QVERIFY(status.paceReason(work).isEmpty());
    }

    // A run until empty waits for what the pace holds, as long as --max-time lets it.
    void maxTimeBoundsTheWaitForThePace()
    {
        Rig rig;
        rig.runner.setAccountLimits(QStringLiteral("work"), {1, 0, 1});
        rig.queue({kA});
        const QString second = rig.queue({kA});
        const QDateTime started = rig.clock.now();
        QSignalSpy finished(&rig.runner, &OutboxRunner::finished);
        rig.runner.start(OutboxRunner::Mode::UntilEmpty, 10 * kMinute);
        rig.settle();
        QCOMPARE(rig.factory.deliveries().size(), 1);
        QCOMPARE(finished.count(), 0);
        QVERIFY(rig.clock.advanceToNextTimer());
        rig.settle();
        QCOMPARE(finished.count(), 1);
        QCOMPARE(rig.clock.now(), started.addMSecs(10 * kMinute));
        QCOMPARE(rig.item(second).state, OutboxItem::State::Queued);
        QCOMPARE(rig.item(second).attempts, 0);
        QVERIFY(!rig.runner.holdsLock());
    }

    // `queue flush` ignores the backoff, not the pace.
    void flushHonoursThePace()
    {
        Rig rig;
        const QString work = QStringLiteral("work");
        rig.runner.setAccountLimits(work, {1, 30, 3});
        for (int i = 0; i < 4; ++i)
            rig.queue({kA});
        const QDateTime t0 = rig.clock.now();
        QSignalSpy finished(&rig.runner, &OutboxRunner::finished);
        rig.runner.flush();
        rig.settle();
        for (int i = 0; i < 10 && finished.isEmpty(); ++i)
            rig.advance(1000);
        QCOMPARE(finished.count(), 1);
        QCOMPARE(rig.factory.sendTimes(), (QList<QDateTime> {t0, t0.addSecs(2), t0.addSecs(4)}));
        QCOMPARE(rig.store.items().size(), 1); // the fourth waits for the daily limit
        QCOMPARE(rig.store.items().first().attempts, 0);
        rig.runner.flush();
        rig.settle();
        QCOMPARE(finished.count(), 2);
        QCOMPARE(rig.factory.deliveries().size(), 3);
    }

    // A paced item may wait days for its turn; its give-up window counts from its own first attempt.
    void aPacedItemDoesNotGiveUpForItsWait()
    {
        Rig rig;
        const QString work = QStringLiteral("work");
        rig.runner.setAccountLimits(work, {1, 0, 1});
        rig.queue({kA});
        rig.queue({kA});
        const QString third = rig.queue({kA});
        const QDateTime t0 = rig.clock.now();
        FakeTransaction later;
        later.end = FakeTransaction::End::Reply;
        later.finalReply = reply(451, "4.3.0", "Try again later");
        rig.factory.addScript({});
        rig.factory.addScript({});
        rig.factory.addScript({{}, {later}});
        rig.runner.start(OutboxRunner::Mode::UntilEmpty);
        rig.settle();
        for (int i = 0; i < 5 && rig.item(third).attempts == 0; ++i) {
            QVERIFY(rig.clock.advanceToNextTimer());
            rig.settle();
        }
        QCOMPARE(rig.factory.sendTimes().size(), 3);
        QCOMPARE(rig.factory.sendTimes().last(), t0.addDays(2));
        const OutboxItem item = rig.item(third);
        QCOMPARE(item.state, OutboxItem::State::Queued); // not "gave up after 48 hours"
        QCOMPARE(item.windowStart, t0.addDays(2));
        QVERIFY(item.nextAttempt > t0.addDays(2));
        rig.runner.stop();
        rig.settle();
    }

    // A used-up sending quota is no failure of the message: the account waits at least an hour.
    void quotaReplyThrottlesTheAccountForAnHour_data()
    {
        QTest::addColumn<FakeTransaction>("transaction");
        FakeTransaction microsoft;
        microsoft.end = FakeTransaction::End::Reply;
        microsoft.finalReply =
            reply(554, "5.2.0", "STOREDRV.Submission.Exception:SubmissionQuotaExceededException; Failed to process");
        QTest::newRow("Microsoft 365, after the final dot") << microsoft;
        FakeTransaction gmail;
        gmail.rcpt.insert(kA, reply(550, "5.4.5", "Daily user sending limit exceeded."));
        QTest::newRow("Gmail, to RCPT") << gmail;
        FakeTransaction data;
        data.data = reply(550, "5.7.1", "Daily sending limit reached for this account");
        QTest::newRow("to DATA") << data;
    }
    void quotaReplyThrottlesTheAccountForAnHour()
    {
        QFETCH(FakeTransaction, transaction);
        Rig rig;
        const QString w1 = rig.queue({kA});
        const QString w2 = rig.queue({kA});
        rig.factory.addScript({{}, {transaction}});
        const QDateTime t0 = rig.clock.now();
        QSignalSpy failed(&rig.runner, &OutboxRunner::itemFailed);
        rig.runOnce();
        QCOMPARE(failed.count(), 0);
        const OutboxItem item = rig.item(w1);
        QCOMPARE(item.state, OutboxItem::State::Queued);
        QCOMPARE(item.recipients.first().state, OutboxRecipient::State::Pending);
        QVERIFY2(item.lastError.contains(QStringLiteral("sending quota")), qPrintable(item.lastError));
        QVERIFY(rig.runner.accountThrottledUntil(QStringLiteral("work")) >= t0.addSecs(3600));
        QVERIFY(item.nextAttempt >= t0.addSecs(3600));
        QCOMPARE(rig.item(w2).attempts, 0);
        rig.runner.start(OutboxRunner::Mode::UntilEmpty);
        rig.advance(59 * kMinute);
        QCOMPARE(rig.factory.deliveries().size(), 0);
        rig.advance(kMinute);
        QCOMPARE(rig.factory.deliveries().size(), 2);
    }

    // A campaign's items wait while it is paused (Hold), go when it goes on (Send) and leave the outbox
    // when it is cancelled (Drop); a run until empty does not wait for held items.
    void theItemGateHoldsSendsAndDropsItems()
    {
        Rig rig;
        QHash<QString, OutboxRunner::Gate> gates;
        rig.runner.setItemGate(
            [&gates](const OutboxItem& item) { return gates.value(item.subject, OutboxRunner::Gate::Send); });
        const QString a = rig.queue({kA});
        const QString b = rig.queue({kA});
        const QString c = rig.queue({kA});
        gates.insert(rig.store.load(a).value().subject, OutboxRunner::Gate::Hold);
        gates.insert(rig.store.load(b).value().subject, OutboxRunner::Gate::Hold);
        QSignalSpy finished(&rig.runner, &OutboxRunner::finished);
        rig.runner.start(OutboxRunner::Mode::UntilEmpty);
        rig.settle();
        QCOMPARE(finished.count(), 1);
        QCOMPARE(rig.factory.deliveries().size(), 1);
        QCOMPARE(rig.item(c).state, OutboxItem::State::Sent);
        QCOMPARE(rig.item(a).state, OutboxItem::State::Queued);

        gates.insert(rig.store.load(a).value().subject, OutboxRunner::Gate::Send);
        gates.insert(rig.store.load(b).value().subject, OutboxRunner::Gate::Drop);
        rig.runner.start(OutboxRunner::Mode::UntilEmpty);
        rig.settle();
        QCOMPARE(finished.count(), 2);
        QCOMPARE(rig.factory.deliveries().size(), 2);
        QCOMPARE(rig.item(a).state, OutboxItem::State::Sent);
        QCOMPARE(rig.store.load(b).error().kind(), ErrorKind::NoInput);
        QVERIFY(rig.store.items().isEmpty());
    }

    // A pause acts on the next message: one already queued for a session waiting for the rate is not sent.
    void theGateIsAskedAgainWhenASessionClaimsTheItem()
    {
        Rig rig;
        rig.runner.setAccountLimits(QStringLiteral("work"), {1, 1});
        OutboxRunner::Gate gate = OutboxRunner::Gate::Send;
        rig.runner.setItemGate([&gate](const OutboxItem&) { return gate; });
        rig.queue({kA});
        const QString second = rig.queue({kA});
        rig.runner.start(OutboxRunner::Mode::UntilEmpty);
        rig.settle();
        QCOMPARE(rig.factory.deliveries().size(), 1);
        gate = OutboxRunner::Gate::Hold;
        rig.advance(kMinute);
        rig.advance(kMinute);
        QCOMPARE(rig.factory.deliveries().size(), 1);
        QCOMPARE(rig.item(second).state, OutboxItem::State::Queued);
        QCOMPARE(rig.item(second).attempts, 0);
    }

    // Items claimed together in one batch: a pause after the first is sent stops the others before their
    // transactions start; they go back to queued, never attempted.
    void theGateIsAskedAgainBeforeEachTransactionOfABatch()
    {
        Rig rig;
        rig.runner.setAccountLimits(QStringLiteral("work"), {1, 0});
        OutboxRunner::Gate gate = OutboxRunner::Gate::Send;
        rig.runner.setItemGate([&gate](const OutboxItem&) { return gate; });
        connect(&rig.runner, &OutboxRunner::itemSent, this, [&gate] { gate = OutboxRunner::Gate::Hold; });
        QStringList ids;
        for (int i = 0; i < 4; ++i)
            ids << rig.queue({kA});
        QSignalSpy finished(&rig.runner, &OutboxRunner::finished);
        rig.runner.start(OutboxRunner::Mode::UntilEmpty);
        rig.settle();
        QCOMPARE(finished.count(), 1);
        QCOMPARE(rig.factory.deliveries().size(), 1);
        QCOMPARE(rig.factory.sessionsCreated(), 1);
        for (const QString& id : ids.mid(1)) {
            QCOMPARE(rig.item(id).state, OutboxItem::State::Queued);
            QCOMPARE(rig.item(id).attempts, 0);
        }
    }

    void givesUpAfterFortyEightHours()
    {
        Rig rig;
        rig.factory.defaultScript.openError = smtpError(SmtpFailure::ConnectionRefused, ErrorKind::Temporary);
        const QString id = rig.queue();
        const QDateTime created = rig.item(id).created;
        QSignalSpy failedSpy(&rig.runner, &OutboxRunner::itemFailed);
        QSignalSpy finished(&rig.runner, &OutboxRunner::finished);
        rig.runner.start(OutboxRunner::Mode::UntilEmpty);
        rig.settle();
        for (int i = 0; i < 200 && finished.isEmpty(); ++i) {
            QVERIFY(rig.clock.advanceToNextTimer());
            rig.settle();
        }
        QCOMPARE(finished.count(), 1);
        QCOMPARE(failedSpy.count(), 1);
        const OutboxItem item = rig.item(id);
        QCOMPARE(item.state, OutboxItem::State::Failed);
        QCOMPARE(item.lastAttempt, created.addSecs(48 * 3600)); // the last try exactly at the limit
        QVERIFY(item.lastError.startsWith(QStringLiteral("Gave up after 48 hours")));
        QVERIFY(item.attempts > 10 && item.attempts < 70);
    }

    void retryInitialOverrideMakesWaitingItemsDueSooner()
    {
        Rig rig;
        const QString id = rig.queue();
        OutboxItem item = rig.item(id);
        item.attempts = 6;
        item.lastAttempt = rig.clock.now();
        item.nextAttempt = rig.clock.now().addSecs(3600);
        QVERIFY(rig.store.update(item).ok());
        rig.runner.setRetryInitialOverride(5);
        rig.runner.start(OutboxRunner::Mode::UntilEmpty);
        rig.advance(4000);
        QCOMPARE(rig.factory.sessionsCreated(), 0);
        rig.advance(1000);
        QCOMPARE(rig.item(id).state, OutboxItem::State::Sent);

        // And the first step of a new failure is the override.
        const QString next = rig.queue();
        rig.factory.addScript({smtpError(SmtpFailure::Timeout, ErrorKind::Temporary), {}});
        const QDateTime t = rig.clock.now();
        rig.runOnce();
        QCOMPARE(rig.item(next).nextAttempt, t.addSecs(5));
    }

    void flushIgnoresTheBackoffAndTriesEachItemOnce()
    {
        Rig rig;
        const QString id = rig.queue();
        rig.factory.addScript({smtpError(SmtpFailure::ConnectionRefused, ErrorKind::Temporary), {}});
        rig.factory.addScript({smtpError(SmtpFailure::ConnectionRefused, ErrorKind::Temporary), {}});
        rig.runOnce();
        QCOMPARE(rig.factory.sessionsCreated(), 1);
        rig.runOnce(); // not due
        QCOMPARE(rig.factory.sessionsCreated(), 1);
        QSignalSpy finished(&rig.runner, &OutboxRunner::finished);
        rig.runner.flush();
        rig.settle();
        QCOMPARE(finished.count(), 1);
        QCOMPARE(rig.factory.sessionsCreated(), 2); // once, though it failed again
        QCOMPARE(rig.item(id).attempts, 2);
        rig.runner.flush();
        rig.settle();
        QCOMPARE(rig.item(id).state, OutboxItem::State::Sent);
    }

    void sendNowTriesOnlyThatItem()
    {
        Rig rig;
        const QString older = rig.queue({kA});
        const QString fresh = rig.queue({kB});
        QSignalSpy finished(&rig.runner, &OutboxRunner::finished);
        rig.runner.sendNow(fresh);
        rig.settle();
        QCOMPARE(finished.count(), 1);
        QCOMPARE(rig.store.find(fresh).value().state, OutboxItem::State::Sent);
        QCOMPARE(rig.store.find(older).value().state, OutboxItem::State::Queued);
        QCOMPARE(rig.factory.receivedBy(kA), 0);
    }

    void theGuisDiskWorkRunsOnItsWorkerThread()
    {
        // Every durable step, by the thread it ran on: this one (the GUI's) or another. Declared before the
        // rig, so that they outlive the store's threads (its journal's sync thread calls the hook until the
        // store is gone).
        std::mutex mutex;
        QStringList here;
        QStringList elsewhere;
        QThread* const gui = QThread::currentThread(); // read by the hook too (ASan found it declared after the rig)
        Rig rig;
        rig.factory.holdFinalDots = true; // as the real client: the runner syncs its journal in the background
        const QString refused = rig.queue({kB});
        const QString delivered = rig.queue({kA});
        rig.store.setWriteHook([&](OutboxStore::Step step, const QString& path) {
            const std::lock_guard<std::mutex> lock(mutex);
            const QString what = QStringLiteral("%1 %2").arg(QVariant::fromValue(step).toString(), path);
            (QThread::currentThread() == gui ? here : elsewhere) << what;
            return 0;
        });
        // Only appends to the journal may happen here: a write() into the page cache, no waiting.
        auto onlyJournalAppendsHere = [&] {
            const std::lock_guard<std::mutex> lock(mutex);
            for (const QString& step : std::as_const(here)) {
                if (!step.startsWith(QStringLiteral("WriteFile ")) || !step.endsWith(QStringLiteral("/outbox/journal")))
                    return step;
            }
            return QString();
        };
        FakeTransaction t;
        t.rcpt.insert(kB, reply(550, "5.1.1", "No such user"));
        rig.factory.addScript({{}, {t}});
        rig.runner.start(); // the GUI's mode
        rig.settle();
        QCOMPARE(rig.item(refused).state, OutboxItem::State::Failed);
        QCOMPARE(rig.item(delivered).state, OutboxItem::State::Sent);
        // Idle: the journal went into the files and the Sent folder on the worker thread.
        QVERIFY(rig.runner.isIdle());
        QVERIFY(!rig.runner.holdsLock());
        QCOMPARE(onlyJournalAppendsHere(), QString());
        {
            const std::lock_guard<std::mutex> lock(mutex);
            QVERIFY2(elsewhere.filter(QStringLiteral("SyncDir")).size() >= 1,
                     qPrintable(elsewhere.join(QLatin1Char('\n'))));
        }
        QVERIFY(QFileInfo(rig.store.sentDir() + QLatin1Char('/') + delivered).isDir());
        QCOMPARE(QFileInfo(rig.store.outboxDir() + QStringLiteral("/journal")).size(), qint64(0));
        QCOMPARE(OutboxStore(rig.dir.path(), &rig.clock).load(refused).value().state, OutboxItem::State::Failed);

        // Retry now: written and synced on the worker; the runner sends it when that is done.
        QSignalSpy changed(&rig.runner, &OutboxRunner::itemChanged);
        std::optional<Status> retried;
        rig.runner.retryNowAsync(refused, [&](const Status& s) { retried = s; });
        QVERIFY(!retried); // reported later, on this thread
        rig.settle();
        QVERIFY(retried && retried->ok());
        QCOMPARE(rig.item(refused).state, OutboxItem::State::Sent);
        QCOMPARE(rig.factory.receivedBy(kB), 1);
        QVERIFY(changed.count() >= 2);
        QCOMPARE(onlyJournalAppendsHere(), QString());
        {
            const std::lock_guard<std::mutex> lock(mutex);
            QVERIFY(!elsewhere.filter(refused + QStringLiteral("/item.json")).isEmpty());
        }

        // Held (Edit fetching its text): due, but not sent until released.
        const QString held = rig.queue({kC});
        {
            const std::lock_guard<std::mutex> lock(mutex);
            here.clear(); // the test queued it, here
        }
        QVERIFY(rig.runner.hold(held).ok());
        rig.runner.runDue();
        rig.settle();
        QCOMPARE(rig.item(held).state, OutboxItem::State::Queued);
        QCOMPARE(rig.factory.receivedBy(kC), 0);
        // Delete it: gone from the disk, on the worker thread; never sent.
        QSignalSpy removed(&rig.store, &OutboxStore::itemRemoved);
        std::optional<Status> deleted;
        rig.runner.removeAsync(held, [&](const Status& s) { deleted = s; });
        rig.runner.release(held); // removeAsync() holds it by itself
        rig.settle();
        QVERIFY(deleted && deleted->ok());
        QCOMPARE(removed.count(), 1);
        QCOMPARE(removed.first().first().toString(), held);
        QCOMPARE(rig.store.load(held).error().kind(), ErrorKind::NoInput);
        QCOMPARE(rig.factory.receivedBy(kC), 0);
        QCOMPARE(onlyJournalAppendsHere(), QString());
        {
            const std::lock_guard<std::mutex> lock(mutex);
            QVERIFY(!elsewhere.filter(held).isEmpty());
        }

        // An unknown item: the error comes back the same way.
        std::optional<Status> unknown;
        rig.runner.retryNowAsync(QStringLiteral("no-such-item"), [&](const Status& s) { unknown = s; });
        rig.settle();
        QVERIFY(unknown && !unknown->ok());
        QCOMPARE(unknown->error().kind(), ErrorKind::NoInput);
    }

    void aDiskFailureInRetryOrDeleteIsReportedAndTheItemStays()
    {
        Rig rig;
        Test::FakeNetworkMonitor network;
        network.set(false); // nothing is sent: the item waits
        rig.runner.setNetworkMonitor(&network);
        const QString id = rig.queue();
        rig.runner.start();
        rig.settle();
        rig.store.setWriteHook([](OutboxStore::Step step, const QString& path) {
            const bool itemFile = step == OutboxStore::Step::SyncFile && path.contains(QStringLiteral("item.json"));
            return step == OutboxStore::Step::Rename || itemFile ? EIO : 0;
        });
        std::optional<Status> deleted;
        rig.runner.removeAsync(id, [&](const Status& s) { deleted = s; });
        rig.settle();
        QVERIFY(deleted && !deleted->ok());
        QVERIFY2(deleted->error().message().contains(QStringLiteral("Input/output error")),
                 qPrintable(deleted->error().message()));
        QVERIFY(!rig.runner.isHeld(id));
        std::optional<Status> retried;
        rig.runner.retryNowAsync(id, [&](const Status& s) { retried = s; });
        rig.settle();
        QVERIFY(retried && !retried->ok());
        QVERIFY(!rig.runner.isHeld(id));
        const OutboxItem kept = rig.item(id);
        QCOMPARE(kept.state, OutboxItem::State::Queued);
        for (const OutboxEvent& event : kept.history)
            QVERIFY(!event.outcome.contains(QStringLiteral("retry requested")));
        // The disk is well again: the message goes as soon as the network is back.
        rig.store.setWriteHook({});
        network.set(true);
        rig.settle();
        QCOMPARE(rig.item(id).state, OutboxItem::State::Sent);
        QCOMPARE(rig.factory.receivedBy(kA), 1);
    }

    void flushWhileRunningContinuouslyKeepsRunning()
    {
        Rig rig;
        const QString id = rig.queue();
        rig.factory.addScript({smtpError(SmtpFailure::Timeout, ErrorKind::Temporary), {}});
        rig.runner.start();
        rig.settle();
        QCOMPARE(rig.item(id).state, OutboxItem::State::Queued);
        QSignalSpy finished(&rig.runner, &OutboxRunner::finished);
        rig.runner.flush(); // "Send now" in the GUI
        rig.settle();
        QCOMPARE(rig.item(id).state, OutboxItem::State::Sent);
        QVERIFY(rig.runner.isRunning());
        QCOMPARE(finished.count(), 0);
        const QString next = rig.queue();
        rig.settle();
        QCOMPARE(rig.item(next).state, OutboxItem::State::Sent);
    }

    void credentialsMayArriveLater()
    {
        Rig rig;
        // A keychain read: the answer comes from the event loop, not from inside the request.
        struct Deferred final : CredentialsProvider
        {
            int asked = 0;
            void settingsFor(const OutboxItem&, Callback done) override
            {
                ++asked;
                QMetaObject::invokeMethod(
                    qApp,
                    [done] {
                        SubmissionSettings s;
                        s.endpoint.host = QStringLiteral("smtp.keychain.test");
                        done(s);
                    },
                    Qt::QueuedConnection);
            }
        } deferred;
        OutboxRunner runner(&rig.store, &rig.factory, &deferred);
        const QString a = rig.queue({kA});
        const QString b = rig.queue({kB});
        QSignalSpy finished(&runner, &OutboxRunner::finished);
        runner.runDue();
        QVERIFY(!runner.isIdle());
        Rig::settle({&runner});
        QCOMPARE(finished.count(), 1);
        QCOMPARE(deferred.asked, 1); // once per account and batch
        QCOMPARE(rig.item(a).state, OutboxItem::State::Sent);
        QCOMPARE(rig.item(b).state, OutboxItem::State::Sent);
        QCOMPARE(rig.factory.settingsSeen().first().endpoint.host, QStringLiteral("smtp.keychain.test"));
    }

    void continuousRunnerNoticesItemsQueuedByAnotherProcess()
    {
        Rig rig;
        rig.runner.setRescanInterval(kMinute);
        rig.runner.start();
        rig.settle();
        OutboxStore otherProcess(rig.dir.path(), &rig.clock); // its itemAdded() does not reach this runner
        OutboxItem item;
        item.account = QStringLiteral("work");
        item.recipients = {{kA, OutboxRecipient::State::Pending, {}}};
        const QString id = otherProcess.add(item, rig.message(1)).value().id;
        rig.advance(30'000);
        QCOMPARE(rig.factory.sessionsCreated(), 0);
        rig.advance(30'000);
        QCOMPARE(rig.store.find(id).value().state, OutboxItem::State::Sent);
    }

    void adHocItemWithoutAPasswordStaysQueuedSayingSo()
    {
        Rig rig;
        OutboxItem item;
        item.server.host = QStringLiteral("smtp.example.test");
        item.server.port = 587;
        item.server.username = QStringLiteral("ada");
        item.sender = QStringLiteral("ada@example.test");
        item.recipients = {{kA, OutboxRecipient::State::Pending, {}}};
        const QString id = rig.store.add(item, rig.message(1)).value().id;
        QSignalSpy finished(&rig.runner, &OutboxRunner::finished);
        rig.runner.start(OutboxRunner::Mode::UntilEmpty);
        rig.settle();
        QCOMPARE(finished.count(), 1); // nothing it can send: it does not wait forever
        QCOMPARE(rig.factory.sessionsCreated(), 0);
        const OutboxItem after = rig.item(id);
        QCOMPARE(after.state, OutboxItem::State::Queued);
        QCOMPARE(after.lastErrorKind, ErrorKind::Config);
        QVERIFY2(after.lastError.contains(QStringLiteral("password")), qPrintable(after.lastError));
        QCOMPARE(after.attempts, 0);

        // Given the password for this run, it goes.
        StaticCredentialsProvider withPassword(QStringLiteral("pw"));
        OutboxRunner runner(&rig.store, &rig.factory, &withPassword);
        runner.runDue();
        Rig::settle({&runner});
        QCOMPARE(rig.item(id).state, OutboxItem::State::Sent);
        QCOMPARE(rig.factory.settingsSeen().last().credentials.secret, QStringLiteral("pw"));
        QCOMPARE(rig.factory.settingsSeen().last().endpoint.host, QStringLiteral("smtp.example.test"));
    }

    void serverAskingForAPasswordNobodyGaveKeepsTheItemQueued()
    {
        Rig rig;
        StaticCredentialsProvider noSecret(std::nullopt, [](const OutboxItem&) -> Result<SubmissionSettings> {
            SubmissionSettings s;
            s.endpoint.host = QStringLiteral("smtp.work.test");
            s.credentials.username = QStringLiteral("ada"); // the keychain had nothing
            return s;
        });
        OutboxRunner runner(&rig.store, &rig.factory, &noSecret);
        const QString id = rig.queue();
        runner.runDue();
        Rig::settle({&runner});
        QCOMPARE(rig.factory.sessionsCreated(), 1);
        const OutboxItem item = rig.item(id);
        QCOMPARE(item.state, OutboxItem::State::Queued);
        QCOMPARE(item.lastErrorKind, ErrorKind::Config);
        QVERIFY(item.lastError.contains(QStringLiteral("password")));
        QVERIFY(!runner.accountBlockedReason(QStringLiteral("work")).isEmpty());
    }

    void retryNowAndRemove()
    {
        Rig rig;
        const QString id = rig.queue({kA, kB});
        FakeTransaction t;
        t.rcpt.insert(kB, reply(550, "5.1.1", "No such user"));
        rig.factory.addScript({{}, {t}});
        rig.runOnce();
        QCOMPARE(rig.item(id).state, OutboxItem::State::Failed);
        rig.clock.advance(72 * kHour);
        QVERIFY(rig.runner.retryNow(id).ok());
        OutboxItem item = rig.item(id);
        QCOMPARE(item.state, OutboxItem::State::Queued);
        QCOMPARE(item.nextAttempt, rig.clock.now());
        QCOMPARE(item.windowStart, rig.clock.now()); // a fresh give-up window
        QCOMPARE(item.recipients.at(1).state, OutboxRecipient::State::Pending);
        QCOMPARE(rig.factory.sessionsCreated(), 1); // retry does not send by itself
        QCOMPARE(rig.runner.retryNow(QStringLiteral("nope")).error().kind(), ErrorKind::NoInput);
        QVERIFY(rig.runner.remove(id).ok());
        QVERIFY(rig.runner.list().isEmpty());
        QCOMPARE(rig.runner.remove(id).error().kind(), ErrorKind::NoInput);
    }

    void twoRunnersOnOneOutboxNeverSendAnItemTwice()
    {
        Rig rig;
        auto first = std::make_unique<OutboxRunner>(&rig.store, &rig.factory, &rig.credentials);
        OutboxStore otherStore(rig.dir.path(), &rig.clock);
        OutboxRunner other(&otherStore, &rig.factory, &rig.credentials);
        other.setLockRetryInterval(5000);
        QSignalSpy busy(&other, &OutboxRunner::lockBusy);
        const QString id = rig.queue();
        FakeTransaction hang;
        hang.end = FakeTransaction::End::HangBeforeData;
        rig.factory.addScript({{}, {hang}});
        first->runDue();
        other.start(OutboxRunner::Mode::UntilEmpty);
        Rig::settle({first.get(), &other});
        QVERIFY(first->holdsLock());
        QVERIFY(!other.holdsLock());
        QCOMPARE(busy.count(), 1);
        QCOMPARE(rig.item(id).state, OutboxItem::State::Sending);
        // The other runner keeps trying the lock and never touches the item in flight.
        rig.clock.advance(20'000);
        Rig::settle({first.get(), &other});
        QCOMPARE(rig.factory.sessionsCreated(), 1);
        QCOMPARE(rig.item(id).state, OutboxItem::State::Sending);
        QVERIFY(rig.item(id).history.isEmpty());

        // The first runner goes away mid-transaction (before DATA): the other takes over and sends it once.
        first.reset();
        QSignalSpy finished(&other, &OutboxRunner::finished);
        rig.clock.advance(5000);
        Rig::settle({&other});
        QCOMPARE(finished.count(), 1);
        QCOMPARE(rig.item(id).state, OutboxItem::State::Sent);
        QCOMPARE(rig.factory.deliveries().size(), 1);
        QCOMPARE(rig.factory.sessionsCreated(), 2);
        QVERIFY(!rig.item(id).possibleDuplicate);
    }

    void aRunnerDoesNotSendWhatAnotherAlreadySent()
    {
        Rig rig;
        OutboxStore otherStore(rig.dir.path(), &rig.clock);
        OutboxRunner other(&otherStore, &rig.factory, &rig.credentials);
        const QString id = rig.queue();
        rig.runner.runDue();
        other.runDue(); // both passes are queued; the lock lets one through, the other waits
        Rig::settle({&rig.runner, &other});
        rig.clock.advance(10'000);
        Rig::settle({&rig.runner, &other});
        QCOMPARE(rig.item(id).state, OutboxItem::State::Sent);
        QCOMPARE(rig.factory.deliveries().size(), 1);
        QCOMPARE(rig.factory.receivedBy(kA), 1);
    }

    void crashRecovery_data()
    {
        QTest::addColumn<int>("end");
        QTest::addColumn<bool>("duplicate");
        QTest::newRow("died after the final dot: outcome unknown") << int(FakeTransaction::End::HangAfterDot) << true;
        QTest::newRow("died during the upload: counted as outcome unknown")
            << int(FakeTransaction::End::HangDuringUpload) << true;
        QTest::newRow("died before DATA: a plain retry") << int(FakeTransaction::End::HangBeforeData) << false;
    }

    void crashRecovery()
    {
        QFETCH(int, end);
        QFETCH(bool, duplicate);
        QTemporaryDir dir;
        Test::MockClock clock;
        OutboxStore store(dir.path(), &clock);
        Test::FakeSubmissionFactory factory;
        StaticCredentialsProvider credentials(
            std::nullopt, [](const OutboxItem&) -> Result<SubmissionSettings> { return SubmissionSettings {}; });
        OutboxItem in;
        in.account = QStringLiteral("work");
        in.recipients = {{kA, OutboxRecipient::State::Pending, {}}};
        const QString id = store.add(in, "Subject: x\r\n\r\nx\r\n").value().id;
        FakeTransaction t;
        t.end = static_cast<FakeTransaction::End>(end);
        factory.addScript({{}, {t}});
        {
            OutboxRunner dying(&store, &factory, &credentials);
            dying.runDue();
            Rig::settle({&dying});
            const OutboxItem during = store.load(id).value();
            QCOMPARE(during.state, OutboxItem::State::Sending);
            QCOMPARE(during.finalDotPending, duplicate);
        } // the process dies: nothing more is written
        QCOMPARE(store.load(id).value().state, OutboxItem::State::Sending);

        OutboxRunner next(&store, &factory, &credentials);
        next.runDue();
        Rig::settle({&next});
        const OutboxItem item = store.sentItems().value(0);
        QCOMPARE(item.id, id);
        QCOMPARE(item.possibleDuplicate, duplicate);
        QCOMPARE(item.history.first().outcome,
                 duplicate ? QStringLiteral("outcome unknown: connection lost after the final dot; the message may "
                                            "arrive twice")
                           : QStringLiteral("interrupted before the message was sent; it will be sent again"));
        QCOMPARE(factory.deliveries().last().outcome, Test::FakeDelivery::Outcome::Delivered);
    }

    void maxTimeEndsARunThatWaits()
    {
        Rig rig;
        rig.factory.defaultScript.openError = smtpError(SmtpFailure::ConnectionRefused, ErrorKind::Temporary);
        const QString id = rig.queue();
        QSignalSpy finished(&rig.runner, &OutboxRunner::finished);
        const QDateTime started = rig.clock.now();
        rig.runner.start(OutboxRunner::Mode::UntilEmpty, 10 * kMinute);
        rig.settle();
        for (int i = 0; i < 50 && finished.isEmpty(); ++i) {
            QVERIFY(rig.clock.advanceToNextTimer());
            rig.settle();
        }
        QCOMPARE(finished.count(), 1);
        QVERIFY(!rig.runner.isRunning());
        QCOMPARE(rig.item(id).state, OutboxItem::State::Queued);
        QCOMPARE(rig.clock.now(), started.addMSecs(10 * kMinute));
        QVERIFY(!rig.runner.holdsLock());
    }
};

QTEST_GUILESS_MAIN(TestOutboxRunner)
#include "TestOutboxRunner.moc"

#include "campaign/CampaignStatus.h"

#include <QTest>

using namespace Postino;

// CampaignStatus::estimate: when a campaign's next message goes and when its last should, by the pacer's
// rules over the account's recent starts.
class TestCampaignStatus : public QObject
{
    Q_OBJECT

    const QDateTime now = QDateTime(QDate(2026, 12, 3), QTime(10, 0), Qt::UTC);

    static CampaignStatus sending(PaceLimits pace)
    {
        CampaignStatus s;
        s.campaign.state = CampaignState::Sending;
        s.pace = pace;
        return s;
    }

private slots:
    void aRateSpacesTheRemainingMessagesEvenly()
    {
        CampaignStatus s = sending({30, 0});
        s.estimate(10, {}, {}, now);
        QCOMPARE(s.nextSend, now);
        QCOMPARE(s.eta, now.addSecs(18)); // the first now, then one every 2 s
        QVERIFY(s.waitReason.isEmpty());
        // A start 1 s ago: the next waits a second, and says why.
        s.estimate(1, {}, {now.addSecs(-1)}, now);
        QCOMPARE(s.nextSend, now.addSecs(1));
        QCOMPARE(s.eta, now.addSecs(1));
        QVERIFY2(s.waitReason.contains(QLatin1String("30")), qPrintable(s.waitReason));
    }

    void aDailyLimitWaitsForTheOldestStartToLeaveTheWindow()
    {
        CampaignStatus s = sending({0, 3});
        const QList<QDateTime> starts {now.addSecs(-23 * 3600), now.addSecs(-3600), now.addSecs(-600)};
        s.estimate(2, {}, starts, now);
        QCOMPARE(s.nextSend, now.addSecs(3600));
        QCOMPARE(s.eta, now.addSecs(23 * 3600)); // the second when the start of an hour ago leaves
        QVERIFY2(s.waitReason.contains(QLatin1String("24")), qPrintable(s.waitReason));
    }

    void aRetryLaterThanThePaceDecides()
    {
        CampaignStatus s = sending({60, 0});
        s.estimate(3, now.addSecs(120), {}, now);
        QCOMPARE(s.nextSend, now.addSecs(120));
        QCOMPARE(s.eta, now.addSecs(122));
        QVERIFY(s.waitReason.contains(QLatin1String("try again")));
    }

    void withoutAPaceTheEndCannotBeTold()
    {
        CampaignStatus s = sending({});
        s.estimate(100, {}, {}, now);
        QCOMPARE(s.nextSend, now);
        QVERIFY(!s.eta.isValid());
        const QJsonObject json = s.toJson();
        QVERIFY(json.value(QStringLiteral("eta")).isNull());
        QVERIFY(json.value(QStringLiteral("rate")).isNull());
        QVERIFY(json.value(QStringLiteral("daily_limit")).isNull());
    }

    void aPausedOrFinishedCampaignSendsNothing()
    {
        CampaignStatus s = sending({30, 0});
        s.campaign.state = CampaignState::Paused;
        s.campaign.pauseReason = QStringLiteral("troppi rifiuti");
        s.estimate(5, {}, {}, now);
        QVERIFY(!s.nextSend.isValid());
        QVERIFY(!s.eta.isValid());
        QCOMPARE(s.waitReason, QStringLiteral("Paused: troppi rifiuti"));
        s.campaign.state = CampaignState::Done;
        s.estimate(0, {}, {}, now);
        QVERIFY(!s.nextSend.isValid());
        QVERIFY(s.waitReason.isEmpty());
        QCOMPARE(s.toJson().value(QStringLiteral("state")).toString(), QStringLiteral("done"));
    }

    void aCampaignsOwnLimitsWinOverTheAccounts()
    {
        Campaign c;
        c.ratePerMinute = 10;
        const PaceLimits pace = CampaignStatus::paceOf(c, {30, 500});
        QCOMPARE(pace.ratePerMinute, 10);
        QCOMPARE(pace.dailyLimit, 500);
    }
};

QTEST_GUILESS_MAIN(TestCampaignStatus)
#include "TestCampaignStatus.moc"

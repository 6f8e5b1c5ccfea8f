#include "campaign/CampaignService.h"
#include "outbox/OutboxStore.h"

#include "MockClock.h"

#include <QTemporaryDir>
#include <QTest>

using namespace Postino;

namespace {

const QByteArray kList = "email;nome;città\r\n"
                         "anna@esempio.it;Anna;Milano\r\n"
                         "non-un-indirizzo;Bruno;Roma\r\n"
                         "carla@esempio.it;Carla;\r\n"
                         "anna@ESEMPIO.IT;Anna di nuovo;Torino\r\n"
                         "\"dario@esempio.it\";\"Dario, detto \"\"Dado\"\"\";\"Bari\r\nCentro\"\r\n";

struct Rig
{
    QTemporaryDir dir;
    Test::MockClock clock;
    OutboxStore outbox {dir.path(), &clock};
    CampaignStore campaigns {dir.path()};
    SuppressionList suppression {dir.path() + QStringLiteral("/suppression.json")};
    CampaignService service {&campaigns, &outbox, &suppression};

    Campaign campaign(const QString& name = QStringLiteral("Dicembre")) const
    {
        Campaign c;
        c.name = name;
        c.account = QStringLiteral("negozio");
        c.from = QStringLiteral("Negozio Rossi <info@negozio.example>");
        c.subject = QStringLiteral("Ciao {{nome}}, offerte per {{città|la tua città}}");
        c.text = QStringLiteral("Caro {{nome}},\nsconti.\nDisiscriviti: {{unsubscribe}}\n");
        c.html = QStringLiteral("<p>Caro {{nome}}</p>");
        c.unsubscribe = {QStringLiteral("mailto:esci@negozio.example?subject=esci-{{email}}"),
                         QStringLiteral("https://negozio.example/disiscrivi?e={{email}}")};
        return c;
    }

    QString createDefault()
    {
        auto made = service.create(campaign(), kList, {});
        if (!made)
            qFatal("create: %s", qPrintable(made.error().message()));
        return made.value().campaign.name;
    }
};

OutboxItem queuedOf(OutboxStore& store, const QString& campaign, int row)
{
    for (const OutboxItem& item : store.items()) {
        if (item.campaign == campaign && item.campaignRow == row)
            return item;
    }
    return {};
}

} // namespace

class TestCampaignService : public QObject
{
    Q_OBJECT
private slots:
    void createRefusesAnUnknownFieldNamingIt()
    {
        Rig rig;
        Campaign c = rig.campaign();
        c.html = QStringLiteral("<p>{{cognome}}</p>");
        auto made = rig.service.create(c, kList, {});
        QVERIFY(!made);
        QCOMPARE(made.error().kind(), ErrorKind::DataError);
        QVERIFY2(made.error().message().contains(QLatin1String("cognome")), qPrintable(made.error().message()));
        QVERIFY(rig.campaigns.names().isEmpty()); // nothing made
    }

    void createKeepsACopyAndRefusesTheSameNameTwice()
    {
        Rig rig;
        auto made = rig.service.create(rig.campaign(), kList, {});
        QVERIFY2(made, made ? "" : qPrintable(made.error().message()));
        QCOMPARE(made.value().list.total(), 5);
        QCOMPARE(made.value().list.recipients().size(), 3);
        QCOMPARE(rig.campaigns.recipientsCsv(QStringLiteral("Dicembre")).value(), kList);
        QCOMPARE(rig.campaigns.load(QStringLiteral("Dicembre")).value().state, CampaignState::Draft);
        auto again = rig.service.create(rig.campaign(), kList, {});
        QCOMPARE(again.error().kind(), ErrorKind::DataError);
        QCOMPARE(rig.campaigns.load(QStringLiteral("Nessuna")).error().kind(), ErrorKind::NoInput);
    }

    void previewIsTheRowsMessageWithNoOtherRecipient()
    {
        Rig rig;
        const QString name = rig.createDefault();
        auto message = rig.service.preview(name, 5);
        QVERIFY2(message, message ? "" : qPrintable(message.error().message()));
        QCOMPARE(message.value().envelope.recipients, QStringList {QStringLiteral("dario@esempio.it")});
        const QByteArray bytes = message.value().builder->toByteArray().value();
        // The line break of "Bari\r\nCentro" is a space in the subject, never a new header.
        QCOMPARE(message.value().subject, QStringLiteral("Ciao Dario, detto \"Dado\", offerte per Bari Centro"));
        QVERIFY(!bytes.contains("\r\nCentro"));
        QVERIFY(bytes.contains("List-Unsubscribe: <mailto:esci@negozio.example?subject=esci-dario%40esempio.it>,"));
        QVERIFY(bytes.contains("<https://negozio.example/disiscrivi?e=dario%40esempio.it>"));
        QVERIFY(bytes.contains("List-Unsubscribe-Post: List-Unsubscribe=One-Click"));
        QVERIFY(bytes.contains("Caro Dario, detto &quot;Dado&quot;")
                || bytes.contains("Caro Dario, detto =\r\n&quot;"));
        QCOMPARE(rig.service.preview(name, 2).error().kind(), ErrorKind::DataError); // invalid: skipped
        QCOMPARE(rig.service.preview(name, 9).error().kind(), ErrorKind::DataError);
        auto third = rig.service.preview(name, 3);
        QCOMPARE(third.value().subject, QStringLiteral("Ciao Carla, offerte per la tua città"));
    }

    void startWritesOneItemPerKeptRowAndNeverTwice()
    {
        Rig rig;
        const QString name = rig.createDefault();
        int progressCalls = 0;
        QPair<int, int> last;
        auto started = rig.service.start(name, [&](int done, int total) {
            ++progressCalls;
            last = {done, total};
        });
        QVERIFY2(started, started ? "" : qPrintable(started.error().message()));
        QCOMPARE(started.value().state, CampaignState::Sending);
        QVERIFY(started.value().enqueued);
        QCOMPARE(progressCalls, 1); // one batch, one group commit
        QCOMPARE(last, qMakePair(3, 3));
        const QList<OutboxItem> items = rig.outbox.items();
        QCOMPARE(items.size(), 3);
        for (const OutboxItem& item : items) {
            QCOMPARE(item.campaign, name);
            QCOMPARE(item.recipients.size(), 1);
            QCOMPARE(item.account, QStringLiteral("negozio"));
        }
        QCOMPARE(queuedOf(rig.outbox, name, 1).recipients.first().address, QStringLiteral("anna@esempio.it"));
        QVERIFY(rig.service.start(name));
        QCOMPARE(rig.outbox.items().size(), 3);

        auto snap = rig.service.snapshot(name).value();
        QCOMPARE(snap.report.total(), 5);
        QCOMPARE(snap.report.count(CampaignRow::State::Queued), 3);
        QCOMPARE(snap.report.count(CampaignRow::State::Skipped), 2);
        QCOMPARE(snap.report.rows().at(1).state, CampaignRow::State::Skipped); // invalid
        QCOMPARE(snap.report.rows().at(3).state, CampaignRow::State::Skipped); // duplicate of row 1
        QVERIFY(snap.report.rows().at(3).reason.contains(QLatin1String("1")));

        // Every message sent: the campaign is done, and starting it again sends nothing.
        for (OutboxItem item : rig.outbox.items()) {
            item.recipients[0].state = OutboxRecipient::State::Sent;
            item.recipients[0].reply = QStringLiteral("250 2.0.0 Ok");
            QVERIFY(rig.outbox.markSent(item));
        }
        snap = rig.service.snapshot(name).value();
        QCOMPARE(snap.campaign.state, CampaignState::Done);
        QCOMPARE(snap.report.count(CampaignRow::State::Sent), 3);
        QCOMPARE(snap.report.rows().at(0).reply, QStringLiteral("250 2.0.0 Ok"));
        QVERIFY(!snap.report.rows().at(0).messageId.isEmpty());
        QVERIFY(rig.service.start(name));
        QVERIFY(rig.outbox.items().isEmpty());
    }

    void aStartInterruptedGoesOnWhereItStopped()
    {
        Rig rig;
        const QString name = rig.createDefault();
        // As if the last start died after its first message: the campaign sending, one item written.
        QVERIFY(rig.campaigns.modify(name, [](Campaign& c) -> Status {
            c.state = CampaignState::Sending;
            return {};
        }));
        auto first = rig.service.preview(name, 1).value();
        OutboxItem item = OutboxItem::forEnvelope(first.envelope, QStringLiteral("negozio"));
        item.campaign = name;
        item.campaignRow = 1;
        QVERIFY(rig.outbox.add(item, first.builder->toByteArray().value()));
        QVERIFY(rig.service.start(name));
        QCOMPARE(rig.outbox.items().size(), 3);
    }

    void pauseHoldsResumeSendsCancelDrops()
    {
        Rig rig;
        const QString name = rig.createDefault();
        QVERIFY(rig.service.start(name));
        OutboxRunner::ItemGate gate = rig.service.gate();
        const OutboxItem one = queuedOf(rig.outbox, name, 1);
        QCOMPARE(gate(one), OutboxRunner::Gate::Send);
        QVERIFY(rig.service.pause(name));
        QCOMPARE(gate(one), OutboxRunner::Gate::Hold);
        QVERIFY(rig.service.resume(name));
        QCOMPARE(gate(one), OutboxRunner::Gate::Send);
        OutboxItem other;
        QCOMPARE(gate(other), OutboxRunner::Gate::Send); // not a campaign's

        QVERIFY(rig.suppression.add({QStringLiteral("carla@esempio.it")}, QStringLiteral("manual"), rig.clock.now()));
        QCOMPARE(gate(queuedOf(rig.outbox, name, 3)), OutboxRunner::Gate::Drop);

        auto cancelled = rig.service.cancel(name);
        QVERIFY(cancelled);
        QCOMPARE(gate(one), OutboxRunner::Gate::Drop);
        QVERIFY(rig.outbox.items().isEmpty());
        const auto snap = rig.service.snapshot(name).value();
        QCOMPARE(snap.campaign.state, CampaignState::Cancelled);
        QCOMPARE(snap.report.count(CampaignRow::State::Queued), 0);
        QCOMPARE(snap.report.count(CampaignRow::State::Skipped), 5);
        QCOMPARE(rig.service.start(name).error().kind(), ErrorKind::DataError);
    }

    void aTestGoesToTheGivenAddressOnlyAndIsNotCounted()
    {
        Rig rig;
        const QString name = rig.createDefault();
        auto test = rig.service.queueTest(name, 1, QStringLiteral("me@negozio.example"));
        QVERIFY2(test, test ? "" : qPrintable(test.error().message()));
        QVERIFY(test.value().campaign.isEmpty());
        QCOMPARE(test.value().pendingRecipients(), QStringList {QStringLiteral("me@negozio.example")});
        QVERIFY(test.value().subject.startsWith(QLatin1String("[Test] ")));
        const auto snap = rig.service.snapshot(name).value();
        QCOMPARE(snap.report.count(CampaignRow::State::Sent), 0);
        QVERIFY(rig.service.itemsOf(name).isEmpty());
    }

    void reportCsvQuotesWhatNeedsIt()
    {
        Rig rig;
        const QString name = rig.createDefault();
        const QByteArray csv = rig.service.snapshot(name).value().report.toCsv();
        QVERIFY(csv.startsWith("row,email,state,reason,reply,message_id\r\n"));
        QCOMPARE(csv.count("\r\n"), 6);
        QCOMPARE(rig.service.snapshot(name).value().report.toJson().size(), 5);
    }
};

QTEST_GUILESS_MAIN(TestCampaignService)
#include "TestCampaignService.moc"

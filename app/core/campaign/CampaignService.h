#pragma once

#include "campaign/Campaign.h"
#include "campaign/CampaignComposer.h"
#include "campaign/CampaignReport.h"
#include "campaign/CampaignStatus.h"
#include "campaign/CampaignStore.h"
#include "campaign/SuppressionList.h"
#include "outbox/OutboxRunner.h"

#include <QCoreApplication>
#include <QHash>
#include <QSet>
#include <QString>

#include <functional>

namespace Postino {

class OutboxStore;

// What the CLI's `campaign` command and the GUI's campaign window do, over the campaign store, the outbox
// and the suppression list (none owned; they must outlive it).
//
// The outbox is the ledger: start() writes one item per kept row, each knowing its campaign and row, and a
// row that already has one (in the outbox or the Sent folder) is never written again, so a start that was
// interrupted goes on where it stopped and a second start sends nothing twice. Pause and cancel act
// through gate(), which every outbox runner asks before it sends a campaign's message.
class CampaignService
{
    Q_DECLARE_TR_FUNCTIONS(Postino::CampaignService)
public:
    CampaignService(CampaignStore* campaigns, OutboxStore* outbox, SuppressionList* suppression);

    [[nodiscard]] CampaignStore& campaigns() { return *m_campaigns; }
    [[nodiscard]] SuppressionList& suppression() { return *m_suppression; }

    // A new campaign (draft) from the list's bytes: the list and every template are checked first (an
    // unknown field, a bad From, an unreadable attachment are errors and nothing is made).
    struct Created
    {
        Campaign campaign;
        RecipientList list;
    };
    [[nodiscard]] Result<Created> create(const Campaign& campaign, const QByteArray& recipientsCsv,
                                         const QStringList& attachmentFiles);

    // The list as it is checked now (with the suppression list).
    [[nodiscard]] Result<RecipientList> recipients(const Campaign& campaign) const;
    // The message of data row `row` (1-based) as it will be sent. DataError for a row that is skipped
    // (saying why) or beyond the list.
    [[nodiscard]] Result<CampaignMessage> preview(const QString& name, int row) const;
    // Row's message to testTo only, marked as a test and linked to no campaign (not counted, not reported),
    // written into the outbox for the caller to send now.
    [[nodiscard]] Result<OutboxItem> queueTest(const QString& name, int row, const QString& testTo);

    // Writes every kept row's message durably into the outbox (those it does not have yet) and sets the
    // campaign sending. progress(done, total) after each. A done campaign sends nothing again; a cancelled
    // one cannot start (DataError); a paused one stays paused (its messages are written all the same).
    using Progress = std::function<void(int done, int total)>;
    [[nodiscard]] Result<Campaign> start(const QString& name, const Progress& progress = {});
    [[nodiscard]] Result<Campaign> pause(const QString& name, const QString& reason = {});
    [[nodiscard]] Result<Campaign> resume(const QString& name);
    // Cancelled; its queued messages leave the outbox at once (one being sent finishes; its result counts).
    [[nodiscard]] Result<Campaign> cancel(const QString& name);

    // The campaign and its report; a sending campaign with nothing left to send becomes done here.
    struct Snapshot
    {
        Campaign campaign;
        CampaignReport report;
    };
    [[nodiscard]] Result<Snapshot> snapshot(const QString& name);
    // The snapshot with its pace and timing (CampaignStatus), the account's own pace being accountPace
    // (the runner's limits for the campaign's account key: the user's setting or the provider's).
    [[nodiscard]] Result<CampaignStatus> status(const QString& name, const PaceLimits& accountPace);

    // One of a campaign's messages failed for good (OutboxRunner::itemFailed): once maxFailures of them
    // have failed since the campaign started or was last resumed, it pauses itself, saying why, so that a
    // broken list or a server that refuses everything does not burn through the whole list. True when this
    // failure paused it. Items of no campaign are ignored.
    bool noteFailure(const OutboxItem& item);
    // The pace the sending campaigns ask for (--rate, --daily-limit), by account key: for each limit the
    // tightest any of them asks for, 0 where none does. Accounts of no sending campaign are not there.
    [[nodiscard]] QHash<QString, PaceLimits> paceOverrides() const;

    // For OutboxRunner::setItemGate: Hold for a draft or paused campaign's messages, Drop for a cancelled
    // one's and for a recipient on the suppression list; Send otherwise (and for a campaign that is gone:
    // a message is never lost for want of its campaign). Re-reads a campaign or the suppression list only
    // when its file changed.
    [[nodiscard]] OutboxRunner::ItemGate gate();

    // Makes a runner of this outbox honour the campaigns: their gate, their pace (applyPaces()), and a pause
    // after too many permanent failures (noteFailure() on each itemFailed). The runner must outlive nothing
    // here: the connection goes with it.
    void attach(OutboxRunner* runner);
    // The sending campaigns' --rate and --daily-limit as the runner's limits of their accounts (again after
    // a campaign starts or resumes).
    void applyPaces(OutboxRunner* runner) const;

    // The campaign's messages in the outbox and the Sent folder.
    [[nodiscard]] QList<OutboxItem> itemsOf(const QString& name) const;

private:
    [[nodiscard]] Result<CampaignComposer> composer(const Campaign& campaign, const RecipientList& list) const;
    [[nodiscard]] Status enqueue(const Campaign& campaign, const RecipientList& list, const Progress& progress);
    [[nodiscard]] OutboxItem itemFor(const Campaign& campaign, const CampaignMessage& message) const;

    // The failed items of each campaign seen so far (noteFailure), read from the outbox when first needed.
    [[nodiscard]] QSet<QString>& failedItems(const QString& name);

    // Reads the suppression list again when its file changed since it was last read (another process, the
    // user's `suppress add`). An error for a damaged list: no campaign is checked or written past addresses
    // it cannot read.
    [[nodiscard]] Status refreshSuppression() const;

    CampaignStore* m_campaigns;
    OutboxStore* m_outbox;
    SuppressionList* m_suppression;
    mutable qint64 m_suppressionStamp = -2; // the file as last read (-1: there was none)
    QHash<QString, QSet<QString>> m_failed;
};

// The campaigns of one data folder with their suppression list and service, for a process that runs an
// outbox (the GUI, `queue run`): install gate() into its runner.
struct CampaignRoom
{
    CampaignRoom(const QString& baseDir, OutboxStore* outbox)
        : store(baseDir)
        , suppression(baseDir + QStringLiteral("/suppression.json"))
        , service(&store, outbox, &suppression)
    { }
    CampaignStore store;
    SuppressionList suppression;
    CampaignService service;
};

} // namespace Postino

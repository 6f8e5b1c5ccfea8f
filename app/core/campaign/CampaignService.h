#pragma once

#include "campaign/Campaign.h"
#include "campaign/CampaignComposer.h"
#include "campaign/CampaignReport.h"
#include "campaign/CampaignStore.h"
#include "campaign/SuppressionList.h"
#include "outbox/OutboxRunner.h"

#include <QCoreApplication>
#include <QHash>
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

    // For OutboxRunner::setItemGate: Hold for a draft or paused campaign's messages, Drop for a cancelled
    // one's and for a recipient on the suppression list; Send otherwise (and for a campaign that is gone:
    // a message is never lost for want of its campaign). Re-reads a campaign or the suppression list only
    // when its file changed.
    [[nodiscard]] OutboxRunner::ItemGate gate();

    // The campaign's messages in the outbox and the Sent folder.
    [[nodiscard]] QList<OutboxItem> itemsOf(const QString& name) const;

private:
    [[nodiscard]] Result<CampaignComposer> composer(const Campaign& campaign, const RecipientList& list) const;
    [[nodiscard]] Status enqueue(const Campaign& campaign, const RecipientList& list, const Progress& progress);
    [[nodiscard]] OutboxItem itemFor(const Campaign& campaign, const CampaignMessage& message) const;

    CampaignStore* m_campaigns;
    OutboxStore* m_outbox;
    SuppressionList* m_suppression;
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

#include "campaign/CampaignService.h"

#include "campaign/CsvReader.h"
#include "common/Clock.h"
#include "outbox/OutboxStore.h"
#include "outbox/PaceLog.h"

#include <QFileInfo>
#include <QSet>

#include <memory>

namespace Postino {

namespace {

// Messages written into the outbox with one commit by start().
constexpr int kEnqueueBatch = 200;

qint64 fileStamp(const QString& path)
{
    const QFileInfo info(path);
    return info.exists() ? info.lastModified().toMSecsSinceEpoch() ^ (info.size() << 20) : -1;
}

} // namespace

CampaignService::CampaignService(CampaignStore* campaigns, OutboxStore* outbox, SuppressionList* suppression)
    : m_campaigns(campaigns)
    , m_outbox(outbox)
    , m_suppression(suppression)
{ }

Status CampaignService::refreshSuppression() const
{
    const qint64 stamp = fileStamp(m_suppression->path());
    if (stamp == m_suppressionStamp)
        return {};
    if (Status loaded = m_suppression->load(); !loaded)
        return loaded;
    m_suppressionStamp = stamp;
    return {};
}

Result<CampaignComposer> CampaignService::composer(const Campaign& campaign, const RecipientList& list) const
{
    return CampaignComposer::prepare(campaign, list.columns(), *m_campaigns);
}

Result<CampaignService::Created> CampaignService::create(const Campaign& campaign, const QByteArray& recipientsCsv,
                                                         const QStringList& attachmentFiles)
{
    if (Status named = Campaign::checkName(campaign.name); !named)
        return named.error();
    Result<CsvTable> table = CsvReader::parse(recipientsCsv, tr("the recipient list"));
    if (!table)
        return table.error();
    if (Status read = refreshSuppression(); !read)
        return read.error();
    Result<RecipientList> list = RecipientList::fromTable(table.value(), campaign.emailColumn, m_suppression);
    if (!list)
        return list.error();
    for (const QString& path : attachmentFiles) {
        if (!QFileInfo(path).isFile() || !QFileInfo(path).isReadable()) {
            return Error(ErrorKind::NoInput, tr("Cannot read the attachment %1; check the file's name.").arg(path));
        }
    }
    // The templates are checked before anything is written: the attachments are named as they will be.
    Campaign check = campaign;
    check.attachments.clear();
    if (Result<CampaignComposer> c = CampaignComposer::prepare(check, list.value().columns(), *m_campaigns); !c)
        return c.error();
    Result<Campaign> made = m_campaigns->create(campaign, recipientsCsv, attachmentFiles);
    if (!made)
        return made.error();
    return Created {made.value(), list.value()};
}

Result<RecipientList> CampaignService::recipients(const Campaign& campaign) const
{
    if (Status read = refreshSuppression(); !read)
        return read.error();
    return m_campaigns->recipients(campaign, m_suppression);
}

Result<CampaignMessage> CampaignService::preview(const QString& name, int row) const
{
    Result<Campaign> campaign = m_campaigns->load(name);
    if (!campaign)
        return campaign.error();
    Result<RecipientList> list = recipients(campaign.value());
    if (!list)
        return list.error();
    if (row < 1 || row > list.value().total()) {
        return Error(
            ErrorKind::DataError,
            tr("The list of campaign \"%1\" has %n data row(s); there is no row %2.", nullptr, list.value().total())
                .arg(name)
                .arg(row));
    }
    for (const SkippedRecipient& s : list.value().skipped()) {
        if (s.row == row) {
            return Error(ErrorKind::DataError,
                         tr("Row %1 (line %2) gets no message: %3").arg(row).arg(s.line).arg(s.detail));
        }
    }
    Result<CampaignComposer> c = composer(campaign.value(), list.value());
    if (!c)
        return c.error();
    for (const CampaignRecipient& r : list.value().recipients()) {
        if (r.row == row)
            return c.value().compose(r);
    }
    return Error(ErrorKind::Internal, tr("Row %1 is neither sent nor skipped.").arg(row));
}

OutboxItem CampaignService::itemFor(const Campaign& campaign, const CampaignMessage& message) const
{
    OutboxItem item = OutboxItem::forEnvelope(message.envelope, campaign.account, campaign.server);
    item.messageId = QString::fromLatin1(message.messageId);
    item.subject = message.subject;
    item.from = message.from;
    return item;
}

Result<OutboxItem> CampaignService::queueTest(const QString& name, int row, const QString& testTo)
{
    Result<Campaign> campaign = m_campaigns->load(name);
    if (!campaign)
        return campaign.error();
    Result<RecipientList> list = m_campaigns->recipients(campaign.value(), nullptr);
    if (!list)
        return list.error();
    Result<CampaignComposer> c = composer(campaign.value(), list.value());
    if (!c)
        return c.error();
    const CampaignRecipient* recipient = nullptr;
    for (const CampaignRecipient& r : list.value().recipients()) {
        if (r.row == row)
            recipient = &r;
    }
    if (!recipient) {
        return Error(ErrorKind::DataError,
                     tr("Row %1 of campaign \"%2\" has no valid address to make a test from; pick another with "
                        "--row.")
                         .arg(row)
                         .arg(name));
    }
    Result<CampaignMessage> message = c.value().compose(*recipient, testTo);
    if (!message)
        return message.error();
    const std::shared_ptr<const MessageBuilder> builder = message.value().builder;
    return m_outbox->add(itemFor(campaign.value(), message.value()),
                         [builder](QIODevice* out) { return builder->writeTo(out); });
}

QList<OutboxItem> CampaignService::itemsOf(const QString& name) const
{
    QList<OutboxItem> out;
    for (const OutboxItem& item : m_outbox->items(OutboxStore::Check::Metadata)) {
        if (item.campaign == name)
            out << item;
    }
    for (const OutboxItem& item : m_outbox->sentItems(OutboxStore::Check::Metadata)) {
        if (item.campaign == name)
            out << item;
    }
    return out;
}

Status CampaignService::enqueue(const Campaign& campaign, const RecipientList& list, const Progress& progress)
{
    Result<CampaignComposer> c = composer(campaign, list);
    if (!c)
        return c.error();
    QSet<int> written;
    for (const OutboxItem& item : itemsOf(campaign.name))
        written.insert(item.campaignRow);
    const int total = static_cast<int>(list.recipients().size());
    int done = 0;
    int reported = -1;
    QList<OutboxItem> batch;
    QList<MessageWriter> writes;
    // One group commit per batch: a crash loses at most the batch being written, which the next start
    // writes again (a row is in the outbox whole or not at all).
    const auto commit = [&]() -> Status {
        if (batch.isEmpty())
            return {};
        Result<QList<OutboxItem>> added = m_outbox->addBatch(std::exchange(batch, {}), std::exchange(writes, {}));
        if (!added)
            return added.error();
        done += static_cast<int>(added.value().size());
        if (progress)
            progress(reported = done, total);
        return {};
    };
    for (const CampaignRecipient& r : list.recipients()) {
        if (written.contains(r.row)) {
            ++done;
            continue;
        }
        Result<CampaignMessage> message = c.value().compose(r);
        if (!message)
            return Error(message.error().kind(),
                         tr("Row %1 (line %2): %3").arg(r.row).arg(r.line).arg(message.error().message()));
        OutboxItem item = itemFor(campaign, message.value());
        item.campaign = campaign.name;
        item.campaignRow = r.row;
        batch << item;
        writes << [builder = message.value().builder](QIODevice* out) { return builder->writeTo(out); };
        if (batch.size() >= kEnqueueBatch) {
            if (Status s = commit(); !s)
                return s;
        }
    }
    if (Status s = commit(); !s)
        return s;
    if (progress && done != reported)
        progress(done, total);
    return {};
}

Result<Campaign> CampaignService::start(const QString& name, const Progress& progress)
{
    Result<Campaign> campaign = m_campaigns->load(name);
    if (!campaign)
        return campaign;
    if (campaign.value().state == CampaignState::Cancelled) {
        return Error(
            ErrorKind::DataError,
            tr("The campaign \"%1\" was cancelled; it cannot start again. Create a new one to send it.").arg(name));
    }
    if (campaign.value().state == CampaignState::Done || campaign.value().enqueued)
        return campaign; // everything is in the outbox already: nothing is written twice
    Result<RecipientList> list = recipients(campaign.value());
    if (!list)
        return list.error();
    const QDateTime now = m_outbox->clock()->now();
    campaign = m_campaigns->modify(name, [&now](Campaign& c) -> Status {
        if (c.state == CampaignState::Draft) {
            c.state = CampaignState::Sending;
            c.started = now;
        }
        return {};
    });
    if (!campaign)
        return campaign;
    // What the first start skipped is what the report says was skipped, whatever changes afterwards.
    if (!QFileInfo::exists(m_campaigns->campaignDir(name) + QLatin1String("/skipped.json"))) {
        if (Status saved = m_campaigns->saveSkipped(name, list.value().skipped()); !saved)
            return saved.error();
    }
    if (Status queued = enqueue(campaign.value(), list.value(), progress); !queued)
        return queued.error();
    return m_campaigns->modify(name, [](Campaign& c) -> Status {
        c.enqueued = true;
        return {};
    });
}

Result<Campaign> CampaignService::pause(const QString& name, const QString& reason)
{
    return m_campaigns->modify(name, [&](Campaign& c) -> Status {
        if (c.state == CampaignState::Sending) {
            c.state = CampaignState::Paused;
            c.pauseReason = reason;
            return {};
        }
        if (c.state == CampaignState::Paused)
            return {};
        return Error(ErrorKind::DataError,
                     tr("The campaign \"%1\" is %2, not sending: there is nothing to pause.")
                         .arg(name, campaignStateName(c.state)));
    });
}

Result<Campaign> CampaignService::resume(const QString& name)
{
    const int failures = static_cast<int>(failedItems(name).size());
    return m_campaigns->modify(name, [&](Campaign& c) -> Status {
        if (c.state == CampaignState::Paused) {
            c.state = CampaignState::Sending;
            c.pauseReason.clear();
            c.failuresAtResume = failures;
            return {};
        }
        if (c.state == CampaignState::Sending)
            return {};
        return Error(ErrorKind::DataError,
                     tr("The campaign \"%1\" is %2, not paused: there is nothing to resume%3.")
                         .arg(name, campaignStateName(c.state),
                              c.state == CampaignState::Draft ? tr(" (start it with campaign start)") : QString()));
    });
}

Result<Campaign> CampaignService::cancel(const QString& name)
{
    const QDateTime now = m_outbox->clock()->now();
    Result<Campaign> campaign = m_campaigns->modify(name, [&](Campaign& c) -> Status {
        if (c.state == CampaignState::Done) {
            return Error(
                ErrorKind::DataError,
                tr("The campaign \"%1\" is done: every message has gone, there is nothing to cancel.").arg(name));
        }
        if (c.state != CampaignState::Cancelled) {
            c.state = CampaignState::Cancelled;
            c.finished = now;
        }
        return {};
    });
    if (!campaign)
        return campaign;
    for (const OutboxItem& item : m_outbox->items(OutboxStore::Check::Metadata)) {
        if (item.campaign != name || item.state != OutboxItem::State::Queued)
            continue;
        if (Status removed = m_outbox->remove(item.id); !removed && removed.error().kind() != ErrorKind::NoInput)
            return removed.error();
    }
    return campaign;
}

Result<CampaignService::Snapshot> CampaignService::snapshot(const QString& name)
{
    Result<Campaign> campaign = m_campaigns->load(name);
    if (!campaign)
        return campaign.error();
    Result<RecipientList> list = recipients(campaign.value());
    if (!list)
        return list.error();
    CampaignReport report =
        CampaignReport::compute(campaign.value(), list.value(), m_campaigns->skipped(name), itemsOf(name));
    if (report.finished() && campaign.value().state == CampaignState::Sending) {
        const QDateTime now = m_outbox->clock()->now();
        Result<Campaign> done = m_campaigns->modify(name, [&now](Campaign& c) -> Status {
            if (c.state == CampaignState::Sending) {
                c.state = CampaignState::Done;
                c.finished = now;
            }
            return {};
        });
        if (done)
            campaign = done;
    }
    return Snapshot {campaign.value(), report};
}

Result<CampaignStatus> CampaignService::status(const QString& name, const PaceLimits& accountPace)
{
    Result<Snapshot> snap = snapshot(name);
    if (!snap)
        return snap.error();
    CampaignStatus status;
    status.campaign = snap.value().campaign;
    status.report = snap.value().report;
    status.pace = CampaignStatus::paceOf(status.campaign, accountPace);
    const QDateTime now = m_outbox->clock()->now();
    QList<QDateTime> starts;
    if (status.pace.any()) {
        const QString log = m_outbox->paceDir() + QLatin1Char('/') + PaceLog::fileName(status.campaign.accountKey());
        starts = PaceLog::read(log, now.addMSecs(-SendPacer::kWindowMsec));
    }
    status.estimate(status.report.count(CampaignRow::State::Queued), status.report.nextAttempt(), starts, now);
    return status;
}

QSet<QString>& CampaignService::failedItems(const QString& name)
{
    auto it = m_failed.find(name);
    if (it == m_failed.end()) {
        QSet<QString> failed;
        for (const OutboxItem& item : itemsOf(name)) {
            if (item.state == OutboxItem::State::Failed)
                failed.insert(item.id);
        }
        it = m_failed.insert(name, failed);
    }
    return *it;
}

bool CampaignService::noteFailure(const OutboxItem& item)
{
    if (item.campaign.isEmpty() || item.state != OutboxItem::State::Failed)
        return false;
    QSet<QString>& failed = failedItems(item.campaign);
    failed.insert(item.id);
    const int count = static_cast<int>(failed.size());
    bool paused = false;
    (void)m_campaigns->modify(item.campaign, [&](Campaign& c) -> Status {
        if (c.state != CampaignState::Sending || c.maxFailures <= 0 || count - c.failuresAtResume < c.maxFailures)
            return {};
        c.state = CampaignState::Paused;
        c.pauseReason = tr("%n message(s) were refused for good (the last: %1). Check the list and the server's "
                           "replies in the report, then resume.",
                           nullptr, count - c.failuresAtResume)
                            .arg(item.lastError.isEmpty() ? item.lastReply : item.lastError);
        paused = true;
        return {};
    });
    return paused;
}

QHash<QString, PaceLimits> CampaignService::paceOverrides() const
{
    QHash<QString, PaceLimits> out;
    const auto tightest = [](int a, int b) { return a <= 0 ? b : b <= 0 ? a : qMin(a, b); };
    for (const QString& name : m_campaigns->names()) {
        Result<Campaign> c = m_campaigns->load(name);
        if (!c || c.value().state != CampaignState::Sending)
            continue;
        if (c.value().ratePerMinute <= 0 && c.value().dailyLimit <= 0)
            continue;
        PaceLimits& pace = out[c.value().accountKey()];
        pace.ratePerMinute = tightest(pace.ratePerMinute, c.value().ratePerMinute);
        pace.dailyLimit = tightest(pace.dailyLimit, c.value().dailyLimit);
    }
    return out;
}

void CampaignService::attach(OutboxRunner* runner)
{
    runner->setItemGate(gate());
    applyPaces(runner);
    QObject::connect(runner, &OutboxRunner::itemFailed, runner, [this](const QString& id) {
        if (Result<OutboxItem> item = m_outbox->find(id, OutboxStore::Check::Metadata);
            item && !item.value().campaign.isEmpty())
            noteFailure(item.value());
    });
}

void CampaignService::applyPaces(OutboxRunner* runner) const
{
    const QHash<QString, PaceLimits> paces = paceOverrides();
    for (auto it = paces.cbegin(); it != paces.cend(); ++it) {
        AccountLimits limits = runner->accountLimits(it.key());
        if (it.value().ratePerMinute > 0)
            limits.ratePerMinute = it.value().ratePerMinute;
        if (it.value().dailyLimit > 0)
            limits.dailyLimit = it.value().dailyLimit;
        runner->setAccountLimits(it.key(), limits);
    }
}

OutboxRunner::ItemGate CampaignService::gate()
{
    struct Cache
    {
        QHash<QString, QPair<qint64, CampaignState>> states; // by name: the file's stamp, its state
    };
    auto cache = std::make_shared<Cache>();
    return [this, cache](const OutboxItem& item) {
        if (item.campaign.isEmpty())
            return OutboxRunner::Gate::Send;
        const qint64 stamp = m_campaigns->stamp(item.campaign);
        auto it = cache->states.find(item.campaign);
        if (it == cache->states.end() || it->first != stamp) {
            Result<Campaign> c = m_campaigns->load(item.campaign);
            // Gone or unreadable: its messages still go (they are the user's).
            const CampaignState state = c ? c.value().state : CampaignState::Sending;
            it = cache->states.insert(item.campaign, {stamp, state});
        }
        const CampaignState state = it->second;
        if (state == CampaignState::Cancelled)
            return OutboxRunner::Gate::Drop;
        if (state == CampaignState::Draft || state == CampaignState::Paused)
            return OutboxRunner::Gate::Hold;
        (void)refreshSuppression(); // a damaged list keeps what was read before
        for (const OutboxRecipient& r : item.recipients) {
            if (r.state == OutboxRecipient::State::Pending && m_suppression->contains(r.address))
                return OutboxRunner::Gate::Drop;
        }
        return OutboxRunner::Gate::Send;
    };
}

} // namespace Postino

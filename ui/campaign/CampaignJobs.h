#pragma once

#include "campaign/CampaignService.h"
#include "common/SerialWorker.h"
#include "outbox/OutboxStore.h"

#include <QObject>
#include <QPointer>

#include <functional>
#include <utility>

namespace Postino {

// The campaign calls of the GUI, off its thread: create, preview, test, start (that may write 10,000
// messages durably), pause, resume, cancel, status and the suppression list. They run one at a time, in
// the order given, on this object's worker, over a campaign room and an outbox store of its own that only
// that worker uses: to the GUI's store and runner they are what `postino-cli campaign` is from another
// process (the outbox's lock file, its journal and the campaign's lock keep them apart), and the GUI's own
// objects are never touched from another thread. Each result comes back on the GUI thread to a context
// object, unless it is gone by then. The destructor waits for the job under way.
class CampaignJobs : public QObject
{
    Q_OBJECT
public:
    // dataDir: where "outbox", "sent", "campaigns" and "suppression.json" live.
    explicit CampaignJobs(const QString& dataDir, QObject* parent = nullptr);
    ~CampaignJobs() override;

    using Progress = std::function<void(int done, int total)>;

    // work(service) on the worker, then done(result) on this thread if context still lives.
    template<typename Work, typename Done>
    void run(Work work, QObject* context, Done done)
    {
        CampaignService* service = &m_room.service;
        const QPointer<QObject> guard(context);
        ++m_pending;
        m_worker.run([work = std::move(work), service]() mutable { return work(*service); }, this,
                     [this, guard, done = std::move(done)](const auto& result) {
                         --m_pending;
                         if (guard)
                             done(result);
                     });
    }

    // work() on a worker of its own, beside the campaign calls: for what touches none of the room (reading and
    // checking a new list against a suppression list of its own), so that it does not wait for a start of
    // 10,000 messages to finish. done(result) on this thread if context still lives.
    template<typename Work, typename Done>
    void runAside(Work work, QObject* context, Done done)
    {
        const QPointer<QObject> guard(context);
        ++m_pending;
        m_aside.run(std::move(work), this, [this, guard, done = std::move(done)](const auto& result) {
            --m_pending;
            if (guard)
                done(result);
        });
    }
    // The suppression list's file, for runAside() work that reads it with a SuppressionList of its own.
    [[nodiscard]] QString suppressionPath() const { return m_suppressionPath; }

    // CampaignService::start on the worker: progress(done, total) here as the messages are written (at most
    // once per percent, and the last), then done. campaignChanged() once it is over.
    void start(const QString& name, QObject* context, Progress progress,
               std::function<void(const Result<Campaign>&)> done);
    // pause, resume or cancel, then done; campaignChanged() when it worked.
    enum class Change { Pause, Resume, Cancel };
    void change(const QString& name, Change change, QObject* context,
                std::function<void(const Result<Campaign>&)> done);

    // Jobs given and not reported back yet.
    [[nodiscard]] int pending() const { return m_pending; }
    // Waits until the worker has run every job given (their results still come through the event loop).
    void waitForDone() { m_worker.waitForDone(); }

signals:
    // A campaign was created, started, paused, resumed or cancelled through these jobs.
    void campaignChanged(const QString& name);

private:
    OutboxStore m_outbox; // this worker's own: never used on the GUI thread
    CampaignRoom m_room;
    QString m_suppressionPath;
    int m_pending = 0;
    SerialWorker m_aside; // uses nothing above
    SerialWorker m_worker; // last: destroyed first, it waits for the jobs that use the members above
};

} // namespace Postino

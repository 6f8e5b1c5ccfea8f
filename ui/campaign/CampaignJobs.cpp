#include "CampaignJobs.h"

#include <QMetaObject>

#include <memory>

namespace Postino {

CampaignJobs::CampaignJobs(const QString& dataDir, QObject* parent)
    : QObject(parent)
    , m_outbox(dataDir)
    , m_room(dataDir, &m_outbox)
    , m_suppressionPath(m_room.suppression.path())
{ }

CampaignJobs::~CampaignJobs()
{
    m_worker.waitForDone();
    m_aside.waitForDone();
}

void CampaignJobs::start(const QString& name, QObject* context, Progress progress,
                         std::function<void(const Result<Campaign>&)> done)
{
    // Progress goes to this object (which outlives every job), then to the context if it still lives.
    const QPointer<QObject> guard(context);
    auto report = [this, guard, progress = std::move(progress)](int count, int total) {
        QMetaObject::invokeMethod(
            this,
            [guard, progress, count, total] {
                if (guard && progress)
                    progress(count, total);
            },
            Qt::QueuedConnection);
    };
    run(
        [name, report](CampaignService& service) {
            int lastPercent = -1;
            return service.start(name, [&lastPercent, &report](int count, int total) {
                const int percent = total > 0 ? count * 100 / total : 100;
                if (percent == lastPercent && count != total)
                    return;
                lastPercent = percent;
                report(count, total);
            });
        },
        this,
        [this, guard, name, done = std::move(done)](const Result<Campaign>& started) {
            if (guard)
                done(started);
            emit campaignChanged(name);
        });
}

void CampaignJobs::change(const QString& name, Change change, QObject* context,
                          std::function<void(const Result<Campaign>&)> done)
{
    const QPointer<QObject> guard(context);
    run(
        [this, name, change](CampaignService& service) {
            switch (change) {
            case Change::Pause:
                return service.pause(name);
            case Change::Resume: {
                // A service of the moment: the failures a resume counts from are read from the outbox now (the
                // room's service remembers them from its first resume; the GUI's runner counts the new ones).
                CampaignService fresh(&m_room.store, &m_outbox, &m_room.suppression);
                return fresh.resume(name);
            }
            case Change::Cancel:
                break;
            }
            return service.cancel(name);
        },
        this,
        [this, guard, name, done = std::move(done)](const Result<Campaign>& changed) {
            if (guard)
                done(changed);
            if (changed)
                emit campaignChanged(name);
        });
}

} // namespace Postino

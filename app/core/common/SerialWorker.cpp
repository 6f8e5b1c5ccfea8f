#include "common/SerialWorker.h"

namespace Postino {

SerialWorker::SerialWorker(int maxThreads)
    : m_receiver(std::make_unique<SerialWorkerInbox>())
{
    m_pool.setMaxThreadCount(qMax(1, maxThreads));
}

SerialWorker::~SerialWorker()
{
    m_pool.waitForDone(); // no job outlives the worker (nor its owner, whose member it is)
    // m_receiver goes now, and with it every result not yet delivered.
}

void SerialWorkerInbox::put(std::function<void()> call)
{
    {
        const std::lock_guard<std::mutex> lock(m_mutex);
        m_calls.push_back(std::move(call));
    }
    QMetaObject::invokeMethod(this, "deliver", Qt::QueuedConnection);
}

void SerialWorkerInbox::deliver()
{
    // One call per posted deliver(), the oldest first, as one event per result would: a call that spins an
    // event loop of its own (a dialog) then delivers the next result inside it, in order, as before.
    std::function<void()> call;
    {
        const std::lock_guard<std::mutex> lock(m_mutex);
        if (m_calls.empty())
            return;
        call = std::move(m_calls.front());
        m_calls.pop_front();
    }
    call();
}

} // namespace Postino

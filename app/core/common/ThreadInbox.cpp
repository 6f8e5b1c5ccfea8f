#include "common/ThreadInbox.h"

namespace Postino {

void ThreadInbox::put(std::function<void()> call)
{
    {
        const std::lock_guard<std::mutex> lock(m_mutex);
        m_calls.push_back(std::move(call));
    }
    QMetaObject::invokeMethod(this, "deliver", Qt::QueuedConnection);
}

void ThreadInbox::deliver()
{
    // One call per posted deliver(), the oldest first, as one event per call would: a call that spins an event
    // loop of its own (a dialog) then runs the next one inside it, in order.
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

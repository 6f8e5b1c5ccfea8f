#pragma once

#include <QObject>

#include <deque>
#include <functional>
#include <mutex>

namespace Postino {

// Calls handed from any thread to the thread this object lives on, run there one per event, oldest first. A
// thread puts a call under a std::mutex and posts deliver() by name; the call is not a closure sent through
// Qt's event queue, because that queue is guarded by a lock inside libQt6Core that ThreadSanitizer cannot see
// (Debian's Qt is not built with it): a closure written on one thread and read on another looked like a race,
// where a std::mutex it sees. Calls not yet run when the inbox goes are dropped with it.
class ThreadInbox final : public QObject
{
    Q_OBJECT
public:
    explicit ThreadInbox(QObject* parent = nullptr)
        : QObject(parent)
    { }

    void put(std::function<void()> call);
    Q_INVOKABLE void deliver();

private:
    std::mutex m_mutex;
    std::deque<std::function<void()>> m_calls; // under m_mutex
};

} // namespace Postino

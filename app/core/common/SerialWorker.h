#pragma once

#include "common/ThreadInbox.h"

#include <QObject>
#include <QPointer>
#include <QThreadPool>

#include <functional>
#include <memory>
#include <type_traits>
#include <utility>

namespace Postino {

// Runs work off the calling thread and hands each result back to a context object on the thread that
// made the worker (in the spirit of KeePassXC's AsyncTask::runThenCallback, with the lifetime rules an
// owner needs):
//
// - Jobs run one at a time, in the order given (with maxThreads > 1, up to that many at once, in no
//   order: for a reader whose latest request must not wait for a stale one).
// - A result reaches then() on the worker's thread, later, through the event loop; never when the
//   context is gone by then, and never after the worker is destroyed.
// - The destructor waits for every job given, so that a job may use what its owner owns: declare the
//   worker after the members its jobs use, and it is destroyed (and waits) before them. Results not
//   yet delivered are dropped with it.
//
// The context must live on the thread that made the worker (usually it is the owner itself).
class SerialWorker
{
public:
    explicit SerialWorker(int maxThreads = 1);
    ~SerialWorker();
    SerialWorker(const SerialWorker&) = delete;
    SerialWorker& operator=(const SerialWorker&) = delete;

    // work() on the worker, then then(result) (or then() for a void work) on this thread, if context
    // is still alive.
    template<typename Work, typename Then>
    void run(Work work, QObject* context, Then then);
    // work() on the worker; nobody is told when it is done.
    template<typename Work>
    void run(Work work)
    {
        m_pool.start(std::function<void()>(std::move(work)));
    }

    // Waits until every job given has run (their results are still delivered through the event loop).
    void waitForDone() { m_pool.waitForDone(); }
    // Jobs not started yet never start.
    void dropPending() { m_pool.clear(); }

private:
    QThreadPool m_pool;
    std::unique_ptr<ThreadInbox> m_receiver; // on the creating thread; results are handed to it
};

template<typename Work, typename Then>
void SerialWorker::run(Work work, QObject* context, Then then)
{
    using Result = std::invoke_result_t<Work&>;
    const QPointer<QObject> guard(context); // looked at on the receiver's thread only
    ThreadInbox* receiver = m_receiver.get(); // outlives every job: the destructor waits for them first
    m_pool.start(std::function<void()>([work = std::move(work), then = std::move(then), guard, receiver]() mutable {
        if constexpr (std::is_void_v<Result>) {
            work();
            receiver->put([then, guard] {
                if (guard)
                    then();
            });
        } else {
            Result result = work();
            receiver->put([then, guard, result = std::move(result)] {
                if (guard)
                    then(result);
            });
        }
    }));
}

} // namespace Postino

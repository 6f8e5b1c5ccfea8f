#pragma once

#include <QObject>
#include <QString>

#include <atomic>
#include <functional>
#include <memory>
#include <mutex>

namespace Postino::Disk {
Q_NAMESPACE

// The durable steps of a write, for tests that check their order and thread or make one fail.
enum class Step { CreateDir, WriteFile, SyncFile, Rename, SyncDir, Remove };
Q_ENUM_NS(Step)

} // namespace Postino::Disk

namespace Postino {

// The stores' test seam: called before each durable step (on whatever thread takes it); returning an
// errno (ENOSPC, EROFS, EIO...) makes that step fail with it, 0 lets it go ahead. Empty: no hook.
using WriteHook = std::function<int(Disk::Step step, const QString& path)>;

// The errno the hook injects into this step, or 0 (also when there is no hook).
[[nodiscard]] inline int injectedError(const WriteHook& hook, Disk::Step step, const QString& path)
{
    return hook ? hook(step, path) : 0;
}

// A store's hook, shared by every copy of it that the store hands to its threads (a worker's job, the journal's
// sync thread), so that setting it reaches them all: once set() has returned, the old hook is not running on any
// thread and never runs again, so a test may destroy what its hook wrote into. A hook runs under the cell's lock
// (recursive: a hook may write through the store again); it must not wait for the thread that calls set().
class SharedWriteHook
{
public:
    SharedWriteHook()
        : m_cell(std::make_shared<Cell>())
    { }
    void set(WriteHook hook)
    {
        const std::lock_guard<std::recursive_mutex> lock(m_cell->mutex);
        m_cell->hook = std::move(hook);
        m_cell->set.store(bool(m_cell->hook), std::memory_order_release);
    }
    // The errno the hook injects into this step, or 0 (also when there is no hook).
    [[nodiscard]] int injected(Disk::Step step, const QString& path) const
    {
        if (!m_cell->set.load(std::memory_order_acquire))
            return 0; // no hook: what every run but a test's takes, without a lock
        const std::lock_guard<std::recursive_mutex> lock(m_cell->mutex);
        return m_cell->hook ? m_cell->hook(step, path) : 0;
    }

private:
    struct Cell
    {
        std::recursive_mutex mutex;
        WriteHook hook;
        std::atomic<bool> set {false};
    };
    std::shared_ptr<Cell> m_cell;
};

} // namespace Postino

#pragma once

// OutboxStore's own: the names of its files, the words of its errors, and the journal's sync thread,
// shared by OutboxStore.cpp (the folders and the durable writes), OutboxItemFile.cpp (item.json) and
// OutboxJournal.cpp (the journal). Nothing outside the outbox store includes it.

#include "OutboxFolder.h"
#include "OutboxStore.h"
#include "common/Error.h"

#include <QByteArray>
#include <QLatin1String>
#include <QString>

#include <atomic>
#include <condition_variable>
#include <mutex>
#include <thread>
#include <unistd.h>

namespace Postino {

namespace OutboxFiles {

inline constexpr int kFormat = 1;
inline const QLatin1String kMessageFile("message.eml");
inline const QLatin1String kItemFile("item.json");
inline const QLatin1String kNewPrefix(".new-");
inline const QLatin1String kDeletePrefix(".del-");
inline const QLatin1String kDamaged("damaged");
inline const QLatin1String kLockFile("runner.lock");
inline const QLatin1String kJournal("journal");
inline const QLatin1String kPace("pace"); // the accounts' transaction starts (PaceLog)
inline const QByteArray kItemPrefix = QByteArrayLiteral("{\"format\":1,\"item\":");
inline const QByteArray kItemShaKey = QByteArrayLiteral(",\"item_sha256\":\"");
// A listing that parsed this many item.json files (or a tenth of them) writes the index again.
inline constexpr int kIndexRewriteParsed = 256;
// A checkpoint is made after this many journal lines (and when the journal is closed).
inline constexpr int kCheckpointLines = 4096;
// ... or when the journal file is this big, whoever wrote its lines (the GUI keeps it across passes).
inline constexpr qint64 kCheckpointBytes = 8 * 1024 * 1024;
// A journal line nobody waits for reaches the disk at most this much later (real time: it bounds
// what a power cut can take back, which no test clock should stretch).
inline constexpr int kLazySyncMsec = 100;

QByteArray sha256Hex(const QByteArray& data);
QByteArray crc32Hex(const QByteArray& data);
QString errnoText(int err);
QString stepText(OutboxStore::Step step);
Error ioError(OutboxStore::Step step, const QString& path, int err);
QString headerValue(const QByteArray& message, const QByteArray& name);
void removeTree(const QString& path);

} // namespace OutboxFiles

template<typename T>
void OutboxStore::report(const QPointer<QObject>& context, const Then<T>& done, const T& result)
{
    --m_writesPending;
    if (context && done)
        done(result);
}

// Syncs the journal to the disk on its own thread, so that neither the GUI nor the SMTP sessions wait
// for it; one fdatasync covers every line written before it began (group commit).
class OutboxStore::Syncer
{
public:
    // nameUnsynced: the journal was made just now, and its first sync also syncs its name into the outbox.
    Syncer(OutboxStore* store, OutboxFolder folder, int fd, quint64 generation, bool nameUnsynced = false)
        : m_store(store)
        , m_folder(std::move(folder))
        , m_fd(fd)
        , m_generation(generation)
        , m_nameUnsynced(nameUnsynced)
        , m_thread([this] { run(); })
    { }
    ~Syncer()
    {
        {
            std::lock_guard<std::mutex> lock(m_mutex);
            if (!m_closing)
                m_stop = true; // a closing one finishes its last sync first
        }
        m_wake.notify_all();
        m_thread.join();
        if (m_closing && m_fd >= 0)
            ::close(m_fd);
    }

    // The journal is closed for writing: sync what is left, then close the file, without anyone waiting.
    void closeWhenDone()
    {
        {
            std::lock_guard<std::mutex> lock(m_mutex);
            m_closing = true;
        }
        m_wake.notify_all();
    }
    [[nodiscard]] bool finished()
    {
        std::lock_guard<std::mutex> lock(m_mutex);
        return m_closing && m_fd < 0;
    }
    Syncer(const Syncer&) = delete;
    Syncer& operator=(const Syncer&) = delete;

    // A journal made anew: its name synced into the outbox (once), before any of its records counts as
    // on the disk, or a power cut takes every claim with it (found by tests/cli/test_powercut.py). By
    // this syncer's thread with its first sync, or by syncJournal() on the caller's.
    [[nodiscard]] bool syncName()
    {
        if (!m_nameUnsynced)
            return true;
        if (!m_folder.syncDir(m_folder.outboxDir()))
            return false;
        m_nameUnsynced = false;
        return true;
    }

    void request(quint64 position)
    {
        {
            std::lock_guard<std::mutex> lock(m_mutex);
            m_wanted = std::max(m_wanted, position);
            m_asked = true; // after a failed sync, only a new request tries again
        }
        m_wake.notify_all();
    }

private:
    void run()
    {
        std::unique_lock<std::mutex> lock(m_mutex);
        for (;;) {
            const auto due = [this] { return m_asked && m_wanted > m_done; };
            m_wake.wait(lock, [this, &due] { return m_stop || due() || (m_closing && m_fd >= 0); });
            if (m_stop)
                return;
            if (m_closing && !due()) {
                ::close(m_fd);
                m_fd = -1;
                return;
            }
            const quint64 target = m_wanted;
            m_asked = false;
            lock.unlock();
            // The write hook (tests) is consulted here too, on this thread.
            int err = m_folder.injected(Disk::Step::SyncFile, m_folder.journalPath());
            if (!err)
                err = ::fdatasync(m_fd) == 0 ? 0 : errno;
            // A journal made anew: its name too, here and never on the GUI's thread.
            if (!err && !syncName())
                err = EIO;
            // Not a closure through Qt's event queue (common/ThreadInbox.h).
            m_store->m_syncedInbox.put([store = m_store, generation = m_generation, target, err] {
                store->onSynced(generation, target, err);
            });
            lock.lock();
            if (!err)
                m_done = target;
        }
    }

    OutboxStore* m_store;
    const OutboxFolder m_folder; // a copy: the store's may change on its own thread
    int m_fd;
    quint64 m_generation;
    std::atomic<bool> m_nameUnsynced;
    bool m_closing = false;
    std::mutex m_mutex;
    std::condition_variable m_wake;
    quint64 m_wanted = 0;
    quint64 m_done = 0;
    bool m_asked = false;
    bool m_stop = false;
    std::thread m_thread; // last: starts when everything above is ready
};

} // namespace Postino

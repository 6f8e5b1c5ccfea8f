#pragma once

#include "common/Error.h"
#include "outbox/SendPacer.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QString>

namespace Postino {

// One account's transaction starts of the last 24 hours, on the disk, so that a runner that starts again
// (a restarted `queue run`, the GUI after `queue run`) keeps the account's pace instead of bursting:
//
//   <outbox>/pace/<fileName(account key)>     one line per start: "2026-11-22T10:00:00.000Z\n" (UTC)
//
// - append() writes one line with one write() to a file kept open (O_APPEND), before MAIL FROM goes out.
//   A process killed right after leaves the line in the kernel's page cache: nothing is forgotten. There
//   is no fsync of its own (it would be one per message): a power cut or a kernel crash may take back the
//   starts of the last seconds the kernel had not yet written back (ext4 commits every 5 s; dirty pages
//   go within 30 s), and the next run may send that many messages early.
// - read() skips every line that is not exactly a start (a line torn by a crash, damage): never a crash,
//   never a start invented.
// - compact() rewrites the file with the starts still needed (a temporary file, synced, renamed over
//   it: a crash leaves the old file or the new one), when most of its lines are stale.
// Only the runner that holds the outbox's lock writes it; anyone may read it (`campaign status`).
class PaceLog
{
    Q_DECLARE_TR_FUNCTIONS(Postino::PaceLog)
public:
    // dir: the outbox's pace folder (OutboxStore::paceDir()).
    PaceLog(const QString& dir, const QString& accountKey);
    ~PaceLog();
    PaceLog(const PaceLog&) = delete;
    PaceLog& operator=(const PaceLog&) = delete;

    // A file name for any account key: letters, digits, '-', '_', '.' and '~' as they are, anything else
    // (and a leading '.') percent-encoded; a long key is cut and ends with a part of its SHA-256.
    [[nodiscard]] static QString fileName(const QString& accountKey);
    [[nodiscard]] const QString& path() const { return m_path; }

    // The starts in the file later than since, oldest first; none when there is no file.
    [[nodiscard]] static QList<QDateTime> read(const QString& path, const QDateTime& since);
    // The same for this log, which learns how long the file is and what it was when read.
    [[nodiscard]] QList<QDateTime> read(const QDateTime& since);
    // A pacer with these limits and the account's starts of the 24 hours before now, as the file says;
    // for a process that does not send (`campaign status` while `queue run` sends elsewhere).
    [[nodiscard]] static SendPacer load(const QString& dir, const QString& accountKey, PaceLimits limits,
                                        const QDateTime& now);
    // Whether the file is as this log last read or wrote it (no other runner wrote it since).
    [[nodiscard]] bool unchangedSinceRead() const;

    [[nodiscard]] Status append(const QDateTime& start);
    // When the file holds more than twice the lines still needed (keep), and some more: rewritten with keep.
    [[nodiscard]] bool isMostlyStale(int needed) const;
    [[nodiscard]] Status compact(const QList<QDateTime>& keep);
    [[nodiscard]] int lines() const { return m_lines; }
    // The next append() opens the file again.
    void close();

private:
    [[nodiscard]] Status open();
    [[nodiscard]] Error writeError(const QString& path, int err) const;
    void remember(); // the file's inode and size, as this log knows it

    QString m_dir;
    QString m_key;
    QString m_path;
    int m_fd = -1;
    int m_lines = 0;
    quint64 m_inode = 0;
    qint64 m_size = -1; // -1: not read yet
};

} // namespace Postino

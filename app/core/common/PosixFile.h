#pragma once

#include "common/WriteHook.h"

#include <QByteArray>
#include <QString>
#include <QtGlobal>

namespace Postino::Posix {

// write(2) of all size bytes, again after EINTR and short writes: 0, or the errno. *written (when
// given) says how many bytes went, so that a caller can take a partial write back.
[[nodiscard]] int writeAll(int fd, const char* data, qint64 size, qint64* written = nullptr);

// read(2), again after EINTR: the bytes read (0 at the end of the file), or -1 with errno set.
[[nodiscard]] qint64 readSome(int fd, char* data, qint64 size);

// Reads until size bytes are in or the file ends: the bytes read, or -1 with errno set.
[[nodiscard]] qint64 readUpTo(int fd, char* data, qint64 size);

// fsync(2) of a folder, so that a rename into it survives a power cut: 0, or the errno. EINVAL (a file
// system that cannot sync a folder) counts as done.
[[nodiscard]] int syncDirectory(const QString& dir);

// A file replaced durably: path + ".tmp" written, fsynced and closed, renamed over path, the folder
// fsynced. 0, or the errno of the step that failed, which *failed (when given) names; hook may make any
// step fail. Until the rename path is as it was, and on any failure before it the temporary is gone. The
// caller makes sure nobody else writes path + ".tmp" at the same time (a lock file).
[[nodiscard]] int writeFileDurably(const QString& path, const QByteArray& data, const WriteHook& hook = {},
                                   Disk::Step* failed = nullptr);

} // namespace Postino::Posix

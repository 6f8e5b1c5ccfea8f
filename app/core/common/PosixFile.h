#pragma once

#include <QtGlobal>

namespace Postino::Posix {

// write(2) of all size bytes, again after EINTR and short writes: 0, or the errno. *written (when
// given) says how many bytes went, so that a caller can take a partial write back.
[[nodiscard]] int writeAll(int fd, const char* data, qint64 size, qint64* written = nullptr);

// read(2), again after EINTR: the bytes read (0 at the end of the file), or -1 with errno set.
[[nodiscard]] qint64 readSome(int fd, char* data, qint64 size);

// Reads until size bytes are in or the file ends: the bytes read, or -1 with errno set.
[[nodiscard]] qint64 readUpTo(int fd, char* data, qint64 size);

} // namespace Postino::Posix

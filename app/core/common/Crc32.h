#pragma once

#include <QByteArrayView>

#include <cstdint>

namespace Postino {

// CRC-32 (IEEE 802.3: the polynomial of zlib, PNG and gzip), eight bytes at a step ("slicing by 8").
// The outbox journal checks each line with it: it tells a torn or damaged line from a whole one.
[[nodiscard]] std::uint32_t crc32(QByteArrayView data, std::uint32_t previous = 0);

} // namespace Postino

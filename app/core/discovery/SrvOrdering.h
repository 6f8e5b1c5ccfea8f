#pragma once

#include "discovery/DnsResolver.h"

#include <functional>

namespace Postino {

// A source of random numbers for the weighted order: returns a number from 0 to bound inclusive.
using SrvRandom = std::function<quint32(quint32 bound)>;

// RFC 2782 order of SRV records: ascending priority; inside one priority, weighted random selection
// (zero weights first in the running sum, so they get a small chance). A lone "." target means the
// service is decidedly not available: the result is empty. random defaults to QRandomGenerator.
[[nodiscard]] QList<SrvRecord> orderSrvRecords(QList<SrvRecord> records, const SrvRandom& random = {});

} // namespace Postino

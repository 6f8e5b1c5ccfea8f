#pragma once

#include "smtp/SmtpTypes.h"

#include <QString>

// Private to OutboxItem.cpp (the CLI's JSON shapes) and OutboxItemCodec.cpp (item.json).
namespace Postino::OutboxFormat {

// The outbox's own name for a security ("tls", "starttls", "none"). The smtp module has its own
// (securityName()); this one is the outbox's file format and must not change when that does.
[[nodiscard]] QString securityKey(Security s);

} // namespace Postino::OutboxFormat

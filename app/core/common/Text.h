#pragma once

#include <QByteArrayView>
#include <QStringView>

#include <algorithm>

namespace Postino {

// Whether every character is US-ASCII (below 0x80): what SMTP without SMTPUTF8, and RFC 5322 without
// encoding, can carry as it is.
[[nodiscard]] inline bool isAscii(QStringView text)
{
    return std::all_of(text.begin(), text.end(), [](QChar c) { return c.unicode() < 0x80; });
}

[[nodiscard]] inline bool isAscii(QByteArrayView bytes)
{
    return std::all_of(bytes.begin(), bytes.end(), [](char c) { return static_cast<unsigned char>(c) < 0x80; });
}

} // namespace Postino

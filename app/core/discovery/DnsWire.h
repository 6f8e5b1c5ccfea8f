#pragma once

#include "discovery/DnsResolver.h"

#include <optional>

namespace Postino::DnsWire {

// The record types the resolver asks for (RFC 1035, 2782, 3596, 6698).
enum Type : quint16 {
    A = 1,
    Cname = 5,
    Ptr = 12,
    Mx = 15,
    Txt = 16,
    Aaaa = 28,
    Srv = 33,
    Tlsa = 52,
};

// "MX", "TXT", ... for messages and logs.
[[nodiscard]] QString typeName(quint16 type);

// One record's RDATA in wire format, as a resolver library hands it over (names uncompressed), to the
// record; nullopt when the bytes are not a well-formed record of that type. Names come out in text:
// lower case, no trailing dot, "." for the root, bytes other than letters, digits, '-' and '_' escaped as
// in zone files (\. \\ \DDD).
[[nodiscard]] std::optional<MxRecord> parseMx(const QByteArray& rdata);
[[nodiscard]] std::optional<SrvRecord> parseSrv(const QByteArray& rdata);
[[nodiscard]] std::optional<TxtRecord> parseTxt(const QByteArray& rdata);
[[nodiscard]] std::optional<QHostAddress> parseA(const QByteArray& rdata);
[[nodiscard]] std::optional<QHostAddress> parseAaaa(const QByteArray& rdata);
[[nodiscard]] std::optional<TlsaRecord> parseTlsa(const QByteArray& rdata);
// A record that is one name (PTR, CNAME).
[[nodiscard]] std::optional<QString> parseName(const QByteArray& rdata);

// The name a look-up sends: A-labels for U-labels, no trailing dot, at most 253 characters and 63 per
// label, no empty label, no spaces, control characters or backslashes. nullopt when name is not that.
[[nodiscard]] std::optional<QByteArray> queryName(const QString& name);

// The PTR name of an address: "4.3.2.1.in-addr.arpa" for 1.2.3.4, the 32 reversed nibbles and ".ip6.arpa"
// for IPv6 (an IPv4-mapped IPv6 address is its IPv4 name). Empty for a null address.
[[nodiscard]] QString reverseName(const QHostAddress& address);

} // namespace Postino::DnsWire

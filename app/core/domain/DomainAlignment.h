#pragma once

#include <QString>

namespace Postino {

class PublicSuffixList;

// Identifier alignment (RFC 7489 §3.1): strict means the same name; relaxed means the same
// organisational domain (PublicSuffixList). Names compare as lower-case A-labels without a final dot.
enum class AlignmentMode { Relaxed, Strict };

[[nodiscard]] QString organizationalDomain(const QString& domain); // by PublicSuffixList::system()
[[nodiscard]] bool domainsAlign(const QString& authenticated, const QString& fromDomain, AlignmentMode mode);
[[nodiscard]] bool domainsAlign(const QString& authenticated, const QString& fromDomain, AlignmentMode mode,
                                const PublicSuffixList& list);

} // namespace Postino

#pragma once

#include <QString>

namespace Postino {

// The registrable ("base") domain of a host, by a small public-suffix rule: the last two labels, or
// the last three under a common two-level suffix (co.uk, com.br, ...).
//   aspmx.l.google.com -> google.com;  mx1.libero.it -> libero.it;  mx.example.co.uk -> example.co.uk
// Returns the host itself (lower case, no trailing dot) when it has too few labels.
[[nodiscard]] QString mxBaseDomain(const QString& host);

} // namespace Postino

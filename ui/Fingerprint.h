#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>

namespace Postino {

// A certificate's SHA-256 fingerprint (lower-case hex, as Account::pinnedSha256 holds it) as certificate
// viewers show it: upper-case pairs joined by ':' ("3F:A2:…"). The wizard's certificate page, the account's
// settings and Trusted Certificates all say it this way, so a person can compare them.
[[nodiscard]] inline QString fingerprintText(const QByteArray& hex)
{
    QStringList pairs;
    for (qsizetype i = 0; i + 1 < hex.size(); i += 2)
        pairs.append(QString::fromLatin1(hex.mid(i, 2)).toUpper());
    return pairs.join(u':');
}

} // namespace Postino

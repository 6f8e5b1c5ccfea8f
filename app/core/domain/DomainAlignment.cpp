#include "DomainAlignment.h"

#include "domain/PublicSuffixList.h"

namespace Postino {

QString organizationalDomain(const QString& domain)
{
    return PublicSuffixList::system().organizationalDomain(domain);
}

bool domainsAlign(const QString& authenticated, const QString& fromDomain, AlignmentMode mode)
{
    return domainsAlign(authenticated, fromDomain, mode, PublicSuffixList::system());
}

bool domainsAlign(const QString& authenticated, const QString& fromDomain, AlignmentMode mode,
                  const PublicSuffixList& list)
{
    const QString a = PublicSuffixList::normalized(authenticated);
    const QString b = PublicSuffixList::normalized(fromDomain);
    if (a.isEmpty() || b.isEmpty())
        return false;
    if (mode == AlignmentMode::Strict)
        return a == b;
    return list.organizationalDomain(a) == list.organizationalDomain(b);
}

} // namespace Postino

#include "MxBaseDomain.h"

#include <QStringList>

namespace Postino {

namespace {

bool isTwoLevelSuffix(const QString& suffix)
{
    static const QStringList suffixes = {
        QStringLiteral("co.uk"),  QStringLiteral("org.uk"), QStringLiteral("ac.uk"),  QStringLiteral("gov.uk"),
        QStringLiteral("me.uk"),  QStringLiteral("com.br"), QStringLiteral("net.br"), QStringLiteral("org.br"),
        QStringLiteral("com.au"), QStringLiteral("net.au"), QStringLiteral("org.au"), QStringLiteral("co.nz"),
        QStringLiteral("co.jp"),  QStringLiteral("ne.jp"),  QStringLiteral("or.jp"),  QStringLiteral("co.za"),
        QStringLiteral("com.ar"), QStringLiteral("com.mx"), QStringLiteral("co.in"),  QStringLiteral("com.tr"),
        QStringLiteral("com.cn"), QStringLiteral("com.sg"), QStringLiteral("com.hk"), QStringLiteral("com.tw"),
        QStringLiteral("co.il"),  QStringLiteral("co.kr"),  QStringLiteral("com.pl"), QStringLiteral("com.es"),
        QStringLiteral("gov.it"), QStringLiteral("edu.au"),
    };
    return suffixes.contains(suffix);
}

} // namespace

QString mxBaseDomain(const QString& host)
{
    QString name = host.trimmed().toLower();
    while (name.endsWith(QLatin1Char('.')))
        name.chop(1);
    const QStringList labels = name.split(QLatin1Char('.'), Qt::SkipEmptyParts);
    if (labels.size() <= 2)
        return labels.join(QLatin1Char('.'));
    const QString lastTwo = labels.mid(labels.size() - 2).join(QLatin1Char('.'));
    const int keep = isTwoLevelSuffix(lastTwo) ? 3 : 2;
    return labels.mid(labels.size() - keep).join(QLatin1Char('.'));
}

} // namespace Postino

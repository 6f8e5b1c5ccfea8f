#include "PublicSuffixList.h"

#include <QFile>
#include <QStringList>
#include <QUrl>

namespace Postino {

QString PublicSuffixList::defaultPath()
{
    return QStringLiteral("/usr/share/publicsuffix/public_suffix_list.dat");
}

const PublicSuffixList& PublicSuffixList::system()
{
    static const PublicSuffixList list = []() {
        PublicSuffixList fromDisk = fromFile(defaultPath());
        return fromDisk.isEmpty() ? builtIn() : fromDisk;
    }();
    return list;
}

QString PublicSuffixList::normalized(const QString& domain)
{
    QString name = domain.trimmed();
    while (name.endsWith(QLatin1Char('.')))
        name.chop(1);
    bool ascii = true;
    for (const QChar c : name) {
        if (c.unicode() > 0x7f) {
            ascii = false;
            break;
        }
    }
    if (!ascii) {
        const QString ace = QString::fromLatin1(QUrl::toAce(name));
        if (!ace.isEmpty())
            name = ace;
    }
    return name.toLower();
}

void PublicSuffixList::addRule(const QString& rule)
{
    if (rule.startsWith(QLatin1Char('!')))
        m_exceptions.insert(normalized(rule.mid(1)));
    else if (rule.startsWith(QLatin1String("*.")))
        m_wildcards.insert(normalized(rule.mid(2)));
    else
        m_rules.insert(normalized(rule));
}

PublicSuffixList PublicSuffixList::fromFile(const QString& path)
{
    PublicSuffixList list;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return list;
    while (!file.atEnd()) {
        const QString line = QString::fromUtf8(file.readLine()).trimmed();
        if (line.isEmpty() || line.startsWith(QLatin1String("//")))
            continue;
        // A rule is the line's first word.
        const QString rule = line.section(QLatin1Char(' '), 0, 0).section(QLatin1Char('\t'), 0, 0);
        if (!rule.isEmpty())
            list.addRule(rule);
    }
    if (!list.isEmpty())
        list.m_source = path;
    return list;
}

PublicSuffixList PublicSuffixList::builtIn()
{
    PublicSuffixList list;
    static const char* const rules[] = {
        "ac.uk",  "co.uk",  "gov.uk", "ltd.uk", "me.uk",  "net.uk", "org.uk", "plc.uk", "sch.uk", "com.au",
        "net.au", "org.au", "edu.au", "gov.au", "co.nz",  "net.nz", "org.nz", "com.br", "net.br", "org.br",
        "co.jp",  "ne.jp",  "or.jp",  "ac.jp",  "co.za",  "org.za", "com.ar", "com.mx", "co.in",  "net.in",
        "org.in", "com.tr", "com.cn", "net.cn", "org.cn", "com.sg", "com.hk", "com.tw", "co.il",  "co.kr",
        "or.kr",  "com.pl", "com.es", "gov.it", "edu.it", "co.it",  "com.ua", "com.ru", "co.th",  "com.my",
    };
    for (const char* rule : rules)
        list.addRule(QString::fromLatin1(rule));
    list.m_source = QStringLiteral("built-in");
    return list;
}

int PublicSuffixList::suffixLabels(const QStringList& labels) const
{
    // Rules are tried from the top-level label down; an exception rule wins over any other.
    int best = 1; // the "*" default rule
    for (int n = 1; n <= labels.size(); ++n) {
        const QString candidate = labels.mid(labels.size() - n).join(QLatin1Char('.'));
        if (m_exceptions.contains(candidate))
            return n - 1;
        if (m_rules.contains(candidate))
            best = n;
        if (n > 1) {
            const QString parent = labels.mid(labels.size() - n + 1).join(QLatin1Char('.'));
            if (m_wildcards.contains(parent))
                best = n;
        }
    }
    return best;
}

QString PublicSuffixList::publicSuffix(const QString& domain) const
{
    const QStringList labels = normalized(domain).split(QLatin1Char('.'), Qt::SkipEmptyParts);
    if (labels.isEmpty())
        return {};
    const int n = qMin(suffixLabels(labels), int(labels.size()));
    return labels.mid(labels.size() - n).join(QLatin1Char('.'));
}

bool PublicSuffixList::isPublicSuffix(const QString& domain) const
{
    const QString name = normalized(domain);
    return !name.isEmpty() && publicSuffix(name) == name;
}

QString PublicSuffixList::organizationalDomain(const QString& domain) const
{
    const QStringList labels = normalized(domain).split(QLatin1Char('.'), Qt::SkipEmptyParts);
    if (labels.isEmpty())
        return {};
    const int n = suffixLabels(labels);
    if (n >= labels.size())
        return labels.join(QLatin1Char('.'));
    return labels.mid(labels.size() - n - 1).join(QLatin1Char('.'));
}

} // namespace Postino

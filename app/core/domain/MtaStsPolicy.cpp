#include "domain/MtaStsPolicy.h"

#include <QRegularExpression>

namespace Postino {

namespace {

QString normalised(QString name)
{
    name = name.trimmed().toLower();
    if (name.endsWith(QLatin1Char('.')))
        name.chop(1);
    return name;
}

// A host name of letters, digits and hyphens in labels of at most 63, two labels at least.
bool isHostName(const QString& name)
{
    static const QRegularExpression re(
        QStringLiteral("^([a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?\\.)+[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?$"));
    return name.size() <= 253 && re.match(name).hasMatch();
}

} // namespace

QString MtaStsPolicy::modeName(Mode mode)
{
    switch (mode) {
    case Mode::Enforce:
        return QStringLiteral("enforce");
    case Mode::Testing:
        return QStringLiteral("testing");
    case Mode::None:
        break;
    }
    return QStringLiteral("none");
}

QString MtaStsPolicy::recordId(const QString& record)
{
    static const QRegularExpression re(QStringLiteral("(?:^|;)\\s*id\\s*=\\s*([A-Za-z0-9]{1,32})\\s*(?:;|$)"));
    const QRegularExpressionMatch m = re.match(record);
    return m.hasMatch() ? m.captured(1) : QString();
}

bool MtaStsPolicy::patternMatches(const QString& pattern, const QString& host)
{
    const QString p = normalised(pattern);
    const QString h = normalised(host);
    if (p.isEmpty() || h.isEmpty())
        return false;
    if (p.startsWith(QLatin1String("*."))) {
        const QString suffix = p.mid(1); // ".example.com"
        if (!h.endsWith(suffix))
            return false;
        const QString label = h.left(h.size() - suffix.size());
        return !label.isEmpty() && !label.contains(QLatin1Char('.'));
    }
    return p == h;
}

bool MtaStsPolicy::allows(const QString& host) const
{
    for (const QString& pattern : m_mx) {
        if (patternMatches(pattern, host))
            return true;
    }
    return false;
}

MtaStsPolicy MtaStsPolicy::parse(const QByteArray& text)
{
    MtaStsPolicy policy;
    QStringList& errors = policy.m_errors;
    if (text.size() > kMaxBytes) {
        errors.append(tr("The policy is %1 bytes long; RFC 8461 allows at most %2.").arg(text.size()).arg(kMaxBytes));
        return policy;
    }
    const QString body = QString::fromUtf8(text);
    QStringList lines = body.split(QLatin1Char('\n'));
    while (!lines.isEmpty() && lines.last().trimmed().isEmpty())
        lines.removeLast(); // the final line break (and blank lines after it)
    bool seenVersion = false;
    bool seenMode = false;
    bool seenMaxAge = false;
    static const QRegularExpression keyRe(QStringLiteral("^[A-Za-z0-9_]{1,32}$"));
    static const QRegularExpression digits(QStringLiteral("^[0-9]{1,10}$"));
    for (qsizetype i = 0; i < lines.size(); ++i) {
        QString line = lines.at(i);
        if (line.endsWith(QLatin1Char('\r')))
            line.chop(1);
        const int number = int(i) + 1;
        if (line.trimmed().isEmpty()) {
            errors.append(tr("Line %1 is empty; the policy has one \"key: value\" on every line.").arg(number));
            continue;
        }
        const qsizetype colon = line.indexOf(QLatin1Char(':'));
        if (colon <= 0) {
            errors.append(tr("Line %1 (\"%2\") is not \"key: value\".").arg(number).arg(line));
            continue;
        }
        const QString key = line.left(colon);
        const QString value = line.mid(colon + 1).trimmed();
        if (!keyRe.match(key).hasMatch()) {
            errors.append(tr("Line %1: \"%2\" is not a key (letters, digits and _, at most 32).").arg(number).arg(key));
            continue;
        }
        if (key == QLatin1String("version")) {
            if (seenVersion) {
                errors.append(tr("Line %1: version is given twice.").arg(number));
                continue;
            }
            seenVersion = true;
            if (value != QLatin1String("STSv1"))
                errors.append(tr("Line %1: the version is \"%2\"; it must be STSv1.").arg(number).arg(value));
        } else if (key == QLatin1String("mode")) {
            if (seenMode) {
                errors.append(tr("Line %1: mode is given twice.").arg(number));
                continue;
            }
            seenMode = true;
            if (value == QLatin1String("enforce"))
                policy.m_mode = Mode::Enforce;
            else if (value == QLatin1String("testing"))
                policy.m_mode = Mode::Testing;
            else if (value == QLatin1String("none"))
                policy.m_mode = Mode::None;
            else
                errors.append(
                    tr("Line %1: the mode is \"%2\"; it must be enforce, testing or none.").arg(number).arg(value));
        } else if (key == QLatin1String("max_age")) {
            if (seenMaxAge) {
                errors.append(tr("Line %1: max_age is given twice.").arg(number));
                continue;
            }
            seenMaxAge = true;
            bool ok = false;
            const qint64 age = value.toLongLong(&ok);
            if (!digits.match(value).hasMatch() || !ok)
                errors.append(tr("Line %1: max_age \"%2\" is not a number of seconds.").arg(number).arg(value));
            else if (age > kMaxAge)
                errors.append(tr("Line %1: max_age %2 is more than a year (%3 seconds), the most RFC 8461 allows.")
                                  .arg(number)
                                  .arg(age)
                                  .arg(kMaxAge));
            else
                policy.m_maxAge = age;
        } else if (key == QLatin1String("mx")) {
            const QString pattern = normalised(value);
            const QString name = pattern.startsWith(QLatin1String("*.")) ? pattern.mid(2) : pattern;
            if (!isHostName(name))
                errors.append(tr("Line %1: \"%2\" is not an MX host name or a *.name pattern.").arg(number).arg(value));
            else
                policy.m_mx.append(pattern);
        }
        // Other keys are extensions: ignored (RFC 8461 §3.2).
    }
    if (!seenVersion)
        errors.append(tr("The policy has no \"version: STSv1\" line."));
    if (!seenMode)
        errors.append(tr("The policy has no \"mode:\" line (enforce, testing or none)."));
    if (!seenMaxAge)
        errors.append(tr("The policy has no \"max_age:\" line."));
    if (seenMode && policy.m_mode != Mode::None && policy.m_mx.isEmpty())
        errors.append(tr("The policy has no \"mx:\" line; in mode %1 it needs one for each MX host.")
                          .arg(modeName(policy.m_mode)));
    return policy;
}

} // namespace Postino

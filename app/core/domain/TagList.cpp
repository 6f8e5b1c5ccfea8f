#include "TagList.h"

namespace Postino {

namespace {

bool isFws(QChar c)
{
    return c == QLatin1Char(' ') || c == QLatin1Char('\t') || c == QLatin1Char('\r') || c == QLatin1Char('\n');
}

bool isTagName(const QString& name)
{
    if (name.isEmpty())
        return false;
    for (int i = 0; i < name.size(); ++i) {
        const ushort u = name.at(i).unicode();
        const bool alpha = (u >= 'a' && u <= 'z') || (u >= 'A' && u <= 'Z');
        const bool digit = u >= '0' && u <= '9';
        if (!(alpha || (i > 0 && (digit || u == '_'))))
            return false;
    }
    return true;
}

} // namespace

TagList TagList::parse(const QString& text, Names names)
{
    TagList list;
    list.m_names = names;
    int start = 0;
    while (start <= text.size()) {
        int end = text.indexOf(QLatin1Char(';'), start);
        const bool last = end < 0;
        if (last)
            end = text.size();
        const QString spec = text.mid(start, end - start);
        int b = 0;
        while (b < spec.size() && isFws(spec.at(b)))
            ++b;
        int e = spec.size();
        while (e > b && isFws(spec.at(e - 1)))
            --e;
        const QString trimmed = spec.mid(b, e - b);
        const int position = start + b;
        if (trimmed.isEmpty()) {
            // Only the end may be empty: "a=1;" or "a=1; " (the optional last ";").
            if (last)
                break;
            list.m_errors.append(tr("an empty tag at character %1: two “;” with nothing between").arg(position + 1));
            start = end + 1;
            continue;
        }
        const int eq = trimmed.indexOf(QLatin1Char('='));
        if (eq < 0) {
            list.m_errors.append(
                tr("“%1” at character %2 is not a tag: a tag is name=value").arg(trimmed).arg(position + 1));
        } else {
            QString name = trimmed.left(eq);
            while (!name.isEmpty() && isFws(name.back()))
                name.chop(1);
            QString value = trimmed.mid(eq + 1);
            int vb = 0;
            while (vb < value.size() && isFws(value.at(vb)))
                ++vb;
            value = value.mid(vb);
            bool ok = true;
            if (!isTagName(name)) {
                list.m_errors.append(tr("“%1” at character %2 is not a tag name: a letter, then letters, digits or “_”")
                                         .arg(name)
                                         .arg(position + 1));
                ok = false;
            }
            for (const QChar c : value) {
                const ushort u = c.unicode();
                if (!isFws(c) && (u < 0x21 || u > 0x7e)) {
                    list.m_errors.append(tr("the value of “%1” contains a character that is not printable ASCII "
                                            "(code %2)")
                                             .arg(name)
                                             .arg(u));
                    ok = false;
                    break;
                }
            }
            if (ok && list.contains(name)) {
                list.m_errors.append(tr("the tag “%1” appears more than once").arg(name));
                ok = false;
            }
            if (ok)
                list.m_tags.append(Tag {name, value, position});
        }
        if (last)
            break;
        start = end + 1;
    }
    return list;
}

bool TagList::contains(const QString& name) const
{
    return value(name).has_value();
}

std::optional<QString> TagList::value(const QString& name) const
{
    const Qt::CaseSensitivity cs = m_names == Names::CaseSensitive ? Qt::CaseSensitive : Qt::CaseInsensitive;
    for (const Tag& tag : m_tags) {
        if (tag.name.compare(name, cs) == 0)
            return tag.value;
    }
    return std::nullopt;
}

} // namespace Postino

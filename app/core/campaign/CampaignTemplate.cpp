#include "CampaignTemplate.h"

#include <QSet>
#include <QStringView>

namespace Postino {

namespace {

const QLatin1String kOpen("{{");
const QLatin1String kClose("}}");

// A placeholder's name as shown in an error: on one line, and not endless.
QString shownName(QStringView name)
{
    constexpr qsizetype kShown = 60;
    QString shown = name.toString().simplified();
    if (shown.size() > kShown)
        shown = shown.left(kShown) + QChar(0x2026);
    return shown;
}

// Where the placeholder opened at open ends: the index just past its "}}", or -1 when it is no
// placeholder (no "}}", a lone '}' in its name, or another "{{" before its end, which is then the one
// that opens). *bar: the index of its '|', or -1.
qsizetype placeholderEnd(QStringView text, qsizetype open, qsizetype* bar)
{
    *bar = -1;
    for (qsizetype i = open + kOpen.size(); i < text.size(); ++i) {
        const QChar c = text[i];
        if (c == QLatin1Char('|')) {
            *bar = i;
            const qsizetype close = text.indexOf(kClose, i + 1);
            return close < 0 ? -1 : close + kClose.size();
        }
        if (c == QLatin1Char('}'))
            return i + 1 < text.size() && text[i + 1] == QLatin1Char('}') ? i + 2 : -1;
        if (c == QLatin1Char('{') && i + 1 < text.size() && text[i + 1] == QLatin1Char('{'))
            return -1;
    }
    return -1;
}

} // namespace

Result<CampaignTemplate> CampaignTemplate::compile(const QString& text, const QStringList& knownFields,
                                                   const QString& templateName)
{
    QSet<QString> known;
    QStringList shown; // each field once, as the list writes it
    for (const QString& field : knownFields) {
        if (!known.contains(field.trimmed().toLower()))
            shown << field.trimmed();
        known.insert(field.trimmed().toLower());
    }
    CampaignTemplate compiled;
    QSet<QString> used;
    qsizetype literal = 0; // where the literal text not yet added starts
    qsizetype open = text.indexOf(kOpen);
    while (open >= 0) {
        qsizetype bar = -1;
        const qsizetype end = placeholderEnd(text, open, &bar);
        if (end < 0) {
            open = text.indexOf(kOpen, open + 1);
            continue;
        }
        const qsizetype nameEnd = bar >= 0 ? bar : end - kClose.size();
        const QStringView rawName = QStringView(text).mid(open + kOpen.size(), nameEnd - open - kOpen.size());
        const QString name = rawName.trimmed().toString().toLower();
        if (name.isEmpty()) {
            return Error(ErrorKind::DataError,
                         tr("There is a placeholder without a field name ({{}}) in %1. Write the name of a column "
                            "between the braces, like {{email}}.")
                             .arg(templateName));
        }
        if (!known.contains(name)) {
            return Error(ErrorKind::DataError,
                         tr("The field {{%1}} in %2 is not in the recipient list (the fields are: %3). Correct its "
                            "name, or add a column with that name to the list.")
                             .arg(shownName(rawName.trimmed()), templateName, shown.join(QLatin1String(", "))));
        }
        compiled.addText(QStringView(text).mid(literal, open - literal));
        Segment field;
        field.field = name;
        field.hasDefault = bar >= 0;
        if (field.hasDefault)
            field.text = text.mid(bar + 1, end - kClose.size() - bar - 1);
        compiled.m_segments.append(field);
        if (!used.contains(name)) {
            used.insert(name);
            compiled.m_fields.append(name);
        }
        literal = end;
        open = text.indexOf(kOpen, end);
    }
    compiled.addText(QStringView(text).mid(literal));
    return compiled;
}

void CampaignTemplate::addText(QStringView text)
{
    if (text.isEmpty())
        return;
    Segment segment;
    segment.text = text.toString();
    m_segments.append(segment);
}

QString CampaignTemplate::render(const QHash<QString, QString>& values, Escape escape) const
{
    QString out;
    for (const Segment& segment : m_segments) {
        if (segment.field.isEmpty()) {
            out += segment.text;
            continue;
        }
        QString value = values.value(segment.field);
        if (value.isEmpty() && segment.hasDefault)
            value = segment.text;
        out += escape == Escape::Html ? escapeHtml(value) : value;
    }
    return out;
}

QString CampaignTemplate::escapeHtml(const QString& text)
{
    QString out;
    out.reserve(text.size() + text.size() / 8);
    for (const QChar c : text) {
        switch (c.unicode()) {
        case '&':
            out += QLatin1String("&amp;");
            break;
        case '<':
            out += QLatin1String("&lt;");
            break;
        case '>':
            out += QLatin1String("&gt;");
            break;
        case '"':
            out += QLatin1String("&quot;");
            break;
        case '\'':
            out += QLatin1String("&#39;");
            break;
        default:
            out += c;
        }
    }
    return out;
}

} // namespace Postino

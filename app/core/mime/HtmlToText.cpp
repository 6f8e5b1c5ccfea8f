#include "HtmlToText.h"

#include <QHash>
#include <QRegularExpression>

namespace Postino {

namespace {

// Angle brackets around a link target, kept apart from tags until the tags are gone.
constexpr char16_t openMarker = 0xe000;
constexpr char16_t closeMarker = 0xe001;

const QHash<QString, char32_t>& namedEntities()
{
    static const QHash<QString, char32_t> entities = {
        {QStringLiteral("amp"), U'&'},     {QStringLiteral("lt"), U'<'},       {QStringLiteral("gt"), U'>'},
        {QStringLiteral("quot"), U'"'},    {QStringLiteral("apos"), U'\''},    {QStringLiteral("nbsp"), 0xa0},
        {QStringLiteral("euro"), 0x20ac},  {QStringLiteral("copy"), 0xa9},     {QStringLiteral("reg"), 0xae},
        {QStringLiteral("trade"), 0x2122}, {QStringLiteral("hellip"), 0x2026}, {QStringLiteral("mdash"), 0x2014},
        {QStringLiteral("ndash"), 0x2013}, {QStringLiteral("laquo"), 0xab},    {QStringLiteral("raquo"), 0xbb},
        {QStringLiteral("lsquo"), 0x2018}, {QStringLiteral("rsquo"), 0x2019},  {QStringLiteral("ldquo"), 0x201c},
        {QStringLiteral("rdquo"), 0x201d}, {QStringLiteral("bull"), 0x2022},   {QStringLiteral("middot"), 0xb7},
        {QStringLiteral("deg"), 0xb0},     {QStringLiteral("times"), 0xd7},    {QStringLiteral("agrave"), 0xe0},
        {QStringLiteral("aacute"), 0xe1},  {QStringLiteral("egrave"), 0xe8},   {QStringLiteral("eacute"), 0xe9},
        {QStringLiteral("igrave"), 0xec},  {QStringLiteral("iacute"), 0xed},   {QStringLiteral("ograve"), 0xf2},
        {QStringLiteral("oacute"), 0xf3},  {QStringLiteral("ugrave"), 0xf9},   {QStringLiteral("uacute"), 0xfa},
        {QStringLiteral("Agrave"), 0xc0},  {QStringLiteral("Egrave"), 0xc8},   {QStringLiteral("Eacute"), 0xc9},
        {QStringLiteral("ccedil"), 0xe7},  {QStringLiteral("ntilde"), 0xf1},   {QStringLiteral("auml"), 0xe4},
        {QStringLiteral("ouml"), 0xf6},    {QStringLiteral("uuml"), 0xfc},     {QStringLiteral("szlig"), 0xdf},
        {QStringLiteral("euml"), 0xeb},    {QStringLiteral("pound"), 0xa3},    {QStringLiteral("yen"), 0xa5},
        {QStringLiteral("sect"), 0xa7},    {QStringLiteral("para"), 0xb6},     {QStringLiteral("shy"), 0xad},
    };
    return entities;
}

QString fromCodePoint(char32_t cp)
{
    if (cp == 0 || cp > 0x10ffff || (cp >= 0xd800 && cp <= 0xdfff))
        cp = 0xfffd;
    return QString::fromUcs4(&cp, 1);
}

} // namespace

QString HtmlToText::decodeEntities(const QString& text)
{
    if (!text.contains(QLatin1Char('&')))
        return text;
    static const QRegularExpression entity(
        QStringLiteral("&(#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[A-Za-z][A-Za-z0-9]{1,31});"));
    QString out;
    qsizetype pos = 0;
    auto it = entity.globalMatch(text);
    while (it.hasNext()) {
        const QRegularExpressionMatch m = it.next();
        out += QStringView(text).mid(pos, m.capturedStart() - pos);
        const QString name = m.captured(1);
        if (name.startsWith(QLatin1String("#x")) || name.startsWith(QLatin1String("#X"))) {
            out += fromCodePoint(name.mid(2).toUInt(nullptr, 16));
        } else if (name.startsWith(QLatin1Char('#'))) {
            out += fromCodePoint(name.mid(1).toUInt());
        } else if (namedEntities().contains(name)) {
            out += fromCodePoint(namedEntities().value(name));
        } else {
            out += m.captured(0);
        }
        pos = m.capturedEnd();
    }
    out += QStringView(text).mid(pos);
    return out;
}

namespace {

// Links keep their target when it says more than the text: "text <url>", the brackets as markers.
QString withLinkTargets(const QString& s)
{
    static const QRegularExpression link(QStringLiteral("<a\\b[^>]*?href\\s*=\\s*([\"'])(.*?)\\1[^>]*>(.*?)</a\\s*>"),
                                         QRegularExpression::CaseInsensitiveOption);
    QString out;
    qsizetype pos = 0;
    auto it = link.globalMatch(s);
    while (it.hasNext()) {
        const QRegularExpressionMatch m = it.next();
        out += QStringView(s).mid(pos, m.capturedStart() - pos);
        const QString target = m.captured(2);
        const QString inner = m.captured(3);
        out += inner;
        static const QRegularExpression tags(QStringLiteral("<[^>]*>"));
        QString innerText = inner;
        innerText.remove(tags);
        const QString shownTarget =
            target.startsWith(QLatin1String("mailto:"), Qt::CaseInsensitive) ? target.mid(7) : target;
        if (!target.isEmpty() && !target.startsWith(QLatin1Char('#'))
            && HtmlToText::decodeEntities(innerText).trimmed() != HtmlToText::decodeEntities(shownTarget))
            out += QLatin1Char(' ') + QChar(openMarker) + shownTarget + QChar(closeMarker);
        pos = m.capturedEnd();
    }
    out += QStringView(s).mid(pos);
    return out;
}

// Line breaks, list items, paragraphs, blocks and table cells as line breaks and tabs; then no tags.
void replaceTags(QString* s)
{
    static const QRegularExpression lineBreak(QStringLiteral("<br\\b[^>]*>"),
                                              QRegularExpression::CaseInsensitiveOption);
    s->replace(lineBreak, QStringLiteral("\n"));
    static const QRegularExpression listItem(QStringLiteral("<li\\b[^>]*>"), QRegularExpression::CaseInsensitiveOption);
    s->replace(listItem, QStringLiteral("\n- "));
    static const QRegularExpression paragraph(QStringLiteral("</?(p|h[1-6]|blockquote|pre|table|ul|ol)\\b[^>]*>"),
                                              QRegularExpression::CaseInsensitiveOption);
    s->replace(paragraph, QStringLiteral("\n\n"));
    static const QRegularExpression block(QStringLiteral("</?(div|tr|dt|dd|hr|section|article|header|footer)\\b[^>]*>"),
                                          QRegularExpression::CaseInsensitiveOption);
    s->replace(block, QStringLiteral("\n"));
    static const QRegularExpression cell(QStringLiteral("</t[dh]\\s*>"), QRegularExpression::CaseInsensitiveOption);
    s->replace(cell, QStringLiteral("\t"));
    static const QRegularExpression anyTag(QStringLiteral("<[^>]*>"));
    s->remove(anyTag);
}

// No spaces at either end of a line, at most one empty line in a row, none at the end.
QString tidyLines(const QString& s)
{
    QStringList lines;
    bool lastEmpty = true;
    for (const QString& line : s.split(QLatin1Char('\n'))) {
        const QString trimmed = line.trimmed();
        if (trimmed.isEmpty()) {
            if (!lastEmpty)
                lines.append(QString());
            lastEmpty = true;
        } else {
            lines.append(trimmed);
            lastEmpty = false;
        }
    }
    while (!lines.isEmpty() && lines.last().isEmpty())
        lines.removeLast();
    return lines.join(QLatin1Char('\n'));
}

} // namespace

QString HtmlToText::convert(const QString& html)
{
    QString s = html;
    // Parts that are not text at all.
    static const QRegularExpression dropped(
        QStringLiteral("<!--.*?-->|<(head|script|style|title)\\b[^>]*>.*?</\\1\\s*>|<!DOCTYPE[^>]*>"),
        QRegularExpression::CaseInsensitiveOption | QRegularExpression::DotMatchesEverythingOption);
    s.remove(dropped);
    // Whitespace in HTML source is one space, as a browser shows it.
    static const QRegularExpression whitespace(QStringLiteral("\\s+"));
    s.replace(whitespace, QStringLiteral(" "));
    s = withLinkTargets(s);
    replaceTags(&s);
    s.replace(QChar(openMarker), QLatin1Char('<'));
    s.replace(QChar(closeMarker), QLatin1Char('>'));
    s = decodeEntities(s);
    s.replace(QChar(0xa0), QLatin1Char(' '));
    return tidyLines(s);
}

} // namespace Postino

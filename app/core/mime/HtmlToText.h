#pragma once

#include <QString>

namespace Postino {

// A small HTML-to-text conversion for the plain alternative of an HTML-only message (core links only
// QtCore, so no QTextDocument): head, script and style dropped, <br> and block ends become line breaks,
// list items get "- ", links keep their target as "text <url>", tags are stripped, entities decoded,
// whitespace collapsed as a browser would.
class HtmlToText
{
public:
    [[nodiscard]] static QString convert(const QString& html);
    // &amp; &lt; &#233; &#xE9; &nbsp; and the common named entities; unknown ones stay as they are.
    [[nodiscard]] static QString decodeEntities(const QString& text);
};

} // namespace Postino

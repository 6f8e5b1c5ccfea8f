#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace Postino {

// A DKIM-style tag=value list (RFC 6376 §3.2), which DMARC records use too (RFC 7489 §6.3):
//   tag-list = tag-spec *( ";" tag-spec ) [ ";" ]
//   tag-spec = [FWS] tag-name [FWS] "=" [FWS] tag-value [FWS]
// Names are ALPHA *(ALPHA / DIGIT / "_"); a value is printable ASCII other than ";", with spaces only
// between its parts. A tag given twice is an error. Whitespace (space, tab, CR, LF) around names and
// values is folding white space and dropped; inside a value it is kept as written.
class TagList
{
    Q_DECLARE_TR_FUNCTIONS(Postino::TagList)
public:
    struct Tag
    {
        QString name;
        QString value;
        int position = 0; // the offset of the name in the text
    };
    enum class Names { CaseSensitive, CaseInsensitive }; // DKIM: sensitive; DMARC receivers: insensitive

    static TagList parse(const QString& text, Names names = Names::CaseSensitive);

    [[nodiscard]] const QList<Tag>& tags() const { return m_tags; }
    [[nodiscard]] const QStringList& errors() const { return m_errors; }
    [[nodiscard]] bool contains(const QString& name) const;
    [[nodiscard]] std::optional<QString> value(const QString& name) const;

private:
    QList<Tag> m_tags;
    QStringList m_errors;
    Names m_names = Names::CaseSensitive;
};

} // namespace Postino

#pragma once

#include "common/Error.h"

#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

namespace Postino {

// A campaign's subject, text or HTML body, or unsubscribe address with {{field}} placeholders, parsed
// once and rendered for each recipient.
//
//   `{{name}}`, `{{name|default text}}`: the row's value of the column name, or the default text when the
//   value is empty. Spaces around the name are trimmed (`{{ Nome }}`), the default is taken as written;
//   names are matched ignoring case and may hold any character but `|` and `}` (`{{Città}}`). A `{{`
//   that no `}}` closes is literal text, and so is one whose name runs into a single `}` or into another
//   `{{` (in `{{ {{nome}}` the second one opens the placeholder).
//
//   const auto subject = CampaignTemplate::compile(QStringLiteral("Ciao {{nome|amico}}"), fields, tr("the subject"));
//   const QString text = subject.value().render(recipient.fields);
class CampaignTemplate
{
    Q_DECLARE_TR_FUNCTIONS(Postino::CampaignTemplate)
public:
    enum class Escape { Text, Html };

    CampaignTemplate() = default; // the empty template

    // knownFields: the list's columns plus "email" and "unsubscribe" (the caller passes them). A field not
    // among them is a DataError naming the field and templateName ("the subject", "the HTML body") and
    // listing the fields there are.
    [[nodiscard]] static Result<CampaignTemplate> compile(const QString& text, const QStringList& knownFields,
                                                          const QString& templateName);

    // One pass, never expanded again: a value that holds `{{x}}` comes out as it is, line breaks and all.
    // An empty or missing value takes the default when there is one. Html: values and defaults are
    // HTML-escaped (& < > " '), the template's own text is not. values: keyed by lower-case field name.
    [[nodiscard]] QString render(const QHash<QString, QString>& values, Escape escape = Escape::Text) const;
    // The fields it uses, lower-case, each once, in the order of first use.
    [[nodiscard]] QStringList fields() const { return m_fields; }
    [[nodiscard]] bool isEmpty() const { return m_segments.isEmpty(); }

    // & < > " ' as HTML character references.
    [[nodiscard]] static QString escapeHtml(const QString& text);

private:
    // Literal text, or a placeholder (field not empty).
    struct Segment
    {
        QString text; // the literal text, or the placeholder's default
        QString field; // lower-case; empty for literal text
        bool hasDefault = false;
    };

    void addText(QStringView text);

    QList<Segment> m_segments;
    QStringList m_fields;
};

} // namespace Postino

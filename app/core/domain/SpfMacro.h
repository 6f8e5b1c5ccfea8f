#pragma once

#include <QCoreApplication>
#include <QHostAddress>
#include <QList>
#include <QString>

#include <optional>

namespace Postino {

// What the letters of an SPF macro (RFC 7208 §7.2) stand for in one evaluation.
struct SpfMacroContext
{
    QString sender; // %{s}: <sender>, "local@domain" (a sender without "@" is "postmaster@" it)
    QString localPart; // %{l}
    QString senderDomain; // %{o}
    QString domain; // %{d}: the domain whose record is being evaluated
    QHostAddress ip; // %{i}, %{c}, %{v}
    QString validatedName; // %{p}: "unknown" unless the evaluator validated a name
    QString helo; // %{h}
    QString receiver; // %{r} (explanations only): "unknown" when empty
    qint64 timestamp = 0; // %{t} (explanations only): seconds since the epoch
};

// Where a macro-string is wrong: the offset of the problem inside it and what is wrong (translated).
struct SpfMacroError
{
    int offset = 0;
    QString message;
};

// An SPF macro-string (RFC 7208 §7.1): literals and %{letter digits r delimiters} macros, "%%", "%_",
// "%-". Parsed once, expanded for each evaluation. An upper-case letter URL-encodes its value.
class SpfMacroString
{
    Q_DECLARE_TR_FUNCTIONS(Postino::SpfMacroString)
public:
    enum class Use {
        DomainSpec, // a mechanism's or redirect='s domain: no spaces, letters s l o d i p v h
        Explanation, // the TXT record named by exp=: spaces allowed, and the letters c r t too
    };

    SpfMacroString() = default;
    // Fills *error (when given) and returns an empty string on a syntax error.
    static SpfMacroString parse(const QString& text, Use use, std::optional<SpfMacroError>* error);

    [[nodiscard]] const QString& text() const { return m_text; }
    [[nodiscard]] bool isEmpty() const { return m_text.isEmpty(); }
    [[nodiscard]] bool hasMacros() const;
    [[nodiscard]] bool usesLetter(QChar letter) const;
    // Whether the text after the last macro ends like a domain (RFC 7208 §7.1 domain-end: "." and a
    // top label, or a macro-expand).
    [[nodiscard]] bool hasDomainEnd() const;
    [[nodiscard]] QString expand(const SpfMacroContext& context) const;

    // %{i}: an IPv4 address in dotted decimal, an IPv6 one as 32 dot-separated nibbles (§7.3).
    static QString dottedAddress(const QHostAddress& address);

private:
    struct Token
    {
        bool literal = true;
        QString text; // a literal's text
        QChar letter; // lower case
        bool urlEncode = false;
        int keep = 0; // 0: every part
        bool reverse = false;
        QString delimiters;
    };
    QString m_text;
    QList<Token> m_tokens;
};

} // namespace Postino

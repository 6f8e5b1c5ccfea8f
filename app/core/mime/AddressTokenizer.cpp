#include "AddressParser_p.h"

namespace Postino {

namespace {

// RFC 5322 specials other than the dot, which stays inside atoms (dot-atoms).
bool isSpecial(QChar c)
{
    switch (c.unicode()) {
    case '(':
    case ')':
    case '<':
    case '>':
    case '[':
    case ']':
    case ':':
    case ';':
    case '@':
    case '\\':
    case ',':
    case '"':
        return true;
    default:
        return false;
    }
}

bool isWsp(QChar c)
{
    return c == QLatin1Char(' ') || c == QLatin1Char('\t');
}

} // namespace

Tokens AddressParser::tokenize(const QString& text)
{
    Tokens out;
    qsizetype i = 0;
    bool space = false;
    while (i < text.size()) {
        if (isWsp(text.at(i))) {
            space = true;
            ++i;
            continue;
        }
        Token token {TokenType::Atom, {}, {}, space};
        space = false;
        const qsizetype start = i;
        out.error = readToken(text, &i, &token);
        if (out.error.isError())
            return out;
        token.raw = text.mid(start, i - start);
        out.list.append(token);
    }
    return out;
}

// One token from text at *i, *i moved past it; an error for what cannot start or end a token.
Error AddressParser::readToken(const QString& text, qsizetype* i, Token* token)
{
    const QChar c = text.at(*i);
    if (c == QLatin1Char('"')) {
        token->type = TokenType::Quoted;
        if (!readQuoted(text, i, &token->text)) {
            return Error(ErrorKind::DataError,
                         tr("The address \"%1\" has a quote (\") that is never closed. Close the quote or "
                            "remove it.")
                             .arg(printable(text)));
        }
    } else if (c == QLatin1Char('(')) {
        token->type = TokenType::Comment;
        if (!readComment(text, i, &token->text)) {
            return Error(ErrorKind::DataError,
                         tr("The address \"%1\" has a \"(\" without its \")\". Close the comment or remove "
                            "it.")
                             .arg(printable(text)));
        }
    } else if (c == QLatin1Char('[')) {
        token->type = TokenType::DomainLiteral;
        const qsizetype close = text.indexOf(QLatin1Char(']'), *i);
        if (close < 0) {
            return Error(ErrorKind::DataError,
                         tr("The address \"%1\" has a \"[\" without its \"]\". An address literal is "
                            "written like user@[192.0.2.1].")
                             .arg(printable(text)));
        }
        token->text = text.mid(*i, close - *i + 1);
        *i = close + 1;
    } else if (c == QLatin1Char(')') || c == QLatin1Char(']')) {
        return Error(ErrorKind::DataError,
                     tr("The address \"%1\" has a \"%2\" that closes nothing. Remove it.").arg(printable(text), c));
    } else if (c == QLatin1Char('\\')) {
        return Error(ErrorKind::DataError,
                     tr("The address \"%1\" has a backslash outside quotes. Remove it, or put the part "
                        "that needs it in quotes.")
                         .arg(printable(text)));
    } else if (isSpecial(c)) {
        token->type = TokenType::Special;
        token->text = c;
        ++*i;
    } else {
        const qsizetype start = *i;
        while (*i < text.size() && !isWsp(text.at(*i)) && !isSpecial(text.at(*i)))
            ++*i;
        token->text = text.mid(start, *i - start);
    }
    return {};
}

// A quoted string from its opening quote at *i: its content unescaped; false when it is never closed.
bool AddressParser::readQuoted(const QString& text, qsizetype* i, QString* content)
{
    ++*i;
    while (*i < text.size()) {
        const QChar q = text.at(*i);
        if (q == QLatin1Char('\\') && *i + 1 < text.size()) {
            *content += text.at(*i + 1);
            *i += 2;
        } else if (q == QLatin1Char('"')) {
            ++*i;
            return true;
        } else {
            *content += q;
            ++*i;
        }
    }
    return false;
}

// A comment from its "(" at *i, nested comments included: its content without the outer parentheses;
// false when it is never closed.
bool AddressParser::readComment(const QString& text, qsizetype* i, QString* content)
{
    int depth = 0;
    while (*i < text.size()) {
        const QChar q = text.at(*i);
        if (q == QLatin1Char('\\') && *i + 1 < text.size()) {
            *content += text.at(*i + 1);
            *i += 2;
            continue;
        }
        if (q == QLatin1Char('('))
            ++depth;
        else if (q == QLatin1Char(')'))
            --depth;
        if (depth > 1 || (depth == 1 && q != QLatin1Char('(')))
            *content += q;
        ++*i;
        if (depth == 0)
            break;
    }
    return depth == 0;
}

} // namespace Postino

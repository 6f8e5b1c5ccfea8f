#include "AddressParser_p.h"

namespace Postino {

Error AddressParser::hiddenControl(const QString& shown)
{
    return Error(ErrorKind::DataError,
                 tr("The name in \"%1\" hides a control character in an encoded word. Remove the name or write it "
                    "again in plain text.")
                     .arg(shown));
}

// The steps in order: one line; tokens; the angle brackets; the display name before them; the addr-spec
// inside them (or the whole text), its comments aside; split at the @; the local part and the domain.
Result<Address> AddressParser::parseMailbox(const QString& text)
{
    const QString shown = printable(text);
    if (Status s = checkOneLine(text, shown); !s)
        return s.error();
    const Tokens tokens = tokenize(text);
    if (tokens.error.isError())
        return tokens.error;
    const QList<Token>& list = tokens.list;
    Angles angles;
    if (Status s = findAngles(list, shown, &angles); !s)
        return s.error();

    Address address;
    QList<Token> specTokens;
    if (angles.open >= 0) {
        if (Status s = checkNothingAfterAngle(list, angles.close, shown); !s)
            return s.error();
        Result<QString> name = displayName(list.mid(0, angles.open), shown);
        if (!name)
            return name.error();
        address.m_displayName = std::move(name).value();
        specTokens = list.mid(angles.open + 1, angles.close - angles.open - 1);
    } else {
        specTokens = list;
    }

    QString commentName;
    const Result<QList<Token>> parts = withoutComments(specTokens, shown, &commentName);
    if (!parts)
        return parts.error();
    const Result<qsizetype> at = findAt(parts.value(), shown);
    if (!at)
        return at.error();
    const QList<Token> localTokens = parts.value().mid(0, at.value());
    const QList<Token> domainTokens = parts.value().mid(at.value() + 1);
    if (Status s = checkSpecShape(localTokens, domainTokens, angles.open >= 0, shown); !s)
        return s.error();
    if (Status s = fillAddrSpec(text, localTokens.first(), domainTokens.first(), &address); !s)
        return s.error();
    if (angles.open < 0)
        address.m_displayName = commentName;
    if (HeaderEncoding::findControlCharacter(address.m_displayName) >= 0)
        return hiddenControl(shown);
    return address;
}

Status AddressParser::checkOneLine(const QString& text, const QString& shown)
{
    const qsizetype control = HeaderEncoding::findControlCharacter(text);
    if (control >= 0) {
        return Error(ErrorKind::DataError,
                     tr("The address \"%1\" contains %2. An address is one line without control characters; "
                        "remove it (a line break here could add headers or recipients nobody asked for).")
                         .arg(shown, HeaderEncoding::describeCharacter(text.at(control))));
    }
    if (text.trimmed().isEmpty())
        return Error(ErrorKind::DataError, tr("The address is empty. Write an address like mario.rossi@example.it."));
    return {};
}

// One "<" and one ">" after it, or neither; no list separator, and no group outside them.
Status AddressParser::findAngles(const QList<Token>& list, const QString& shown, Angles* angles)
{
    for (qsizetype i = 0; i < list.size(); ++i) {
        const Token& t = list.at(i);
        if (t.type != TokenType::Special)
            continue;
        if (t.text == QLatin1String(",")) {
            return Error(ErrorKind::DataError,
                         tr("\"%1\" holds more than one address. Give one address here; where several are "
                            "allowed, separate them with commas.")
                             .arg(shown));
        }
        if (t.text == QLatin1String(":") || t.text == QLatin1String(";")) {
            if (angles->open < 0 || angles->close >= 0) {
                return Error(ErrorKind::DataError,
                             tr("\"%1\" is a group or has a \"%2\" outside quotes. Give one address, like "
                                "Mario Rossi <mario@example.it>, and put a name with %2 in quotes.")
                                 .arg(shown, t.text));
            }
        }
        if (t.text == QLatin1String("<")) {
            if (angles->open >= 0) {
                return Error(ErrorKind::DataError,
                             tr("The address \"%1\" has more than one \"<\". Write it like Mario Rossi "
                                "<mario@example.it>.")
                                 .arg(shown));
            }
            angles->open = i;
        } else if (t.text == QLatin1String(">")) {
            if (angles->open < 0 || angles->close >= 0) {
                return Error(ErrorKind::DataError,
                             tr("The address \"%1\" has a \">\" without a \"<\" before it. Write it like Mario "
                                "Rossi <mario@example.it>.")
                                 .arg(shown));
            }
            angles->close = i;
        }
    }
    if (angles->open >= 0 && angles->close < 0) {
        return Error(ErrorKind::DataError,
                     tr("The address \"%1\" has a \"<\" without its \">\". Write it like Mario Rossi "
                        "<mario@example.it>.")
                         .arg(shown));
    }
    return {};
}

Status AddressParser::checkNothingAfterAngle(const QList<Token>& list, qsizetype close, const QString& shown)
{
    for (qsizetype i = close + 1; i < list.size(); ++i) {
        if (list.at(i).type != TokenType::Comment) {
            return Error(ErrorKind::DataError,
                         tr("The address \"%1\" has text after the closing \">\". Put the name before the "
                            "address, like Mario Rossi <mario@example.it>.")
                             .arg(shown));
        }
    }
    return {};
}

// The display name: words joined by single spaces; encoded-words decoded (also inside quotes, as many
// programs write them there).
Result<QString> AddressParser::displayName(const QList<Token>& nameTokens, const QString& shown)
{
    QString name;
    for (const Token& t : nameTokens) {
        if (t.type == TokenType::Comment)
            continue;
        if (!name.isEmpty() && t.spaceBefore)
            name += QLatin1Char(' ');
        name += t.type == TokenType::DomainLiteral ? t.raw : t.text;
    }
    name = HeaderEncoding::decode(name.trimmed());
    if (HeaderEncoding::findControlCharacter(name) >= 0)
        return hiddenControl(shown);
    // A tab in a name is a space. The spacing between words is already one space (the tokens are joined so);
    // what is inside a quoted-string or an encoded-word is the name's own text and is kept, as are spaces that
    // are not folding white space (U+00A0 in an atom): collapsing those made "=?UTF-8?Q?a__b?=" read back as
    // "a b", so a name did not survive its own header form (found by fuzz_address).
    name.replace(QLatin1Char('\t'), QLatin1Char(' '));
    return name.trimmed();
}

// The addr-spec's tokens without its comments; the first comment can give a bare address its name.
Result<QList<Token>> AddressParser::withoutComments(const QList<Token>& specTokens, const QString& shown,
                                                    QString* commentName)
{
    QList<Token> parts;
    for (const Token& t : specTokens) {
        if (t.type == TokenType::Comment) {
            if (commentName->isEmpty()) {
                *commentName = HeaderEncoding::decode(t.text);
                if (HeaderEncoding::findControlCharacter(*commentName) >= 0)
                    return hiddenControl(shown);
                *commentName = commentName->simplified();
            }
            continue;
        }
        parts.append(t);
    }
    return parts;
}

// The index of the one @.
Result<qsizetype> AddressParser::findAt(const QList<Token>& parts, const QString& shown)
{
    qsizetype at = -1;
    for (qsizetype i = 0; i < parts.size(); ++i) {
        if (parts.at(i).type == TokenType::Special && parts.at(i).text == QLatin1String("@")) {
            if (at >= 0) {
                return Error(ErrorKind::DataError,
                             tr("\"%1\" has more than one @. Check the address; a name that contains an @ goes "
                                "in quotes before the address: \"a@b\" <mario@example.it>.")
                                 .arg(shown));
            }
            at = i;
        }
    }
    if (at >= 0)
        return at;
    if (parts.isEmpty()) {
        return Error(ErrorKind::DataError,
                     tr("\"%1\" has no address between < and >. Write it like Mario Rossi "
                        "<mario@example.it>.")
                         .arg(shown));
    }
    return Error(ErrorKind::DataError,
                 tr("\"%1\" is not an e-mail address: the @ is missing. Write it like mario.rossi@example.it; a name "
                    "with a comma goes in quotes: \"Rossi, Mario\" <mario.rossi@example.it>.")
                     .arg(shown));
}

// One token on each side of the @, and no punctuation that belongs elsewhere.
Status AddressParser::checkSpecShape(const QList<Token>& localTokens, const QList<Token>& domainTokens, bool angled,
                                     const QString& shown)
{
    for (const Token& t : localTokens + domainTokens) {
        if (t.type == TokenType::Special) {
            return Error(ErrorKind::DataError,
                         tr("The address \"%1\" has a \"%2\" where it does not belong. Write it like Mario Rossi "
                            "<mario@example.it>, with a name that has punctuation in quotes.")
                             .arg(shown, t.text));
        }
    }
    if (!angled && (localTokens.size() > 1 || domainTokens.size() > 1)) {
        return Error(ErrorKind::DataError,
                     tr("\"%1\" has spaces but no <...>. Write a name with its address like Mario Rossi "
                        "<mario@example.it>.")
                         .arg(shown));
    }
    if (localTokens.size() > 1 || domainTokens.size() > 1) {
        return Error(ErrorKind::DataError,
                     tr("The address in \"%1\" has spaces in it. Remove them, or put the part before the @ in "
                        "quotes if it really has spaces.")
                         .arg(shown));
    }
    if (localTokens.isEmpty())
        return Error(
            ErrorKind::DataError,
            tr("\"%1\" has nothing before the @. Write the whole address, like mario.rossi@example.it.").arg(shown));
    if (domainTokens.isEmpty())
        return Error(ErrorKind::DataError,
                     tr("\"%1\" has nothing after the @. Add the domain, like mario.rossi@example.it.").arg(shown));
    return {};
}

// The local part and the domain checked, and set on the address.
Status AddressParser::fillAddrSpec(const QString& text, const Token& localToken, const Token& domainToken,
                                   Address* address)
{
    const QString shown = printable(text);
    if (localToken.type == TokenType::DomainLiteral) {
        return Error(ErrorKind::DataError,
                     tr("The part before the @ in \"%1\" has square brackets. Check the address.").arg(shown));
    }
    const bool quotedLocal = localToken.type == TokenType::Quoted;
    if (Status s = checkLocalPart(text, localToken.text, quotedLocal); !s)
        return s;
    if (domainToken.type == TokenType::Quoted) {
        return Error(ErrorKind::DataError,
                     tr("The domain in \"%1\" is in quotes. Write the domain without quotes, like "
                        "mario.rossi@example.it.")
                         .arg(shown));
    }
    const Result<QString> ace = checkDomain(text, domainToken.text);
    if (!ace)
        return ace.error();
    address->m_localPart = localToken.text;
    address->m_domain = domainToken.text;
    address->m_asciiDomain = ace.value();
    return {};
}

QStringList AddressParser::splitList(const QString& text)
{
    QStringList items;
    QString current;
    int commentDepth = 0;
    bool inQuote = false;
    bool inAngle = false;
    bool inLiteral = false;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if ((inQuote || commentDepth > 0) && c == QLatin1Char('\\') && i + 1 < text.size()) {
            current += c;
            current += text.at(++i);
            continue;
        }
        if (inQuote) {
            inQuote = c != QLatin1Char('"');
        } else if (commentDepth > 0) {
            if (c == QLatin1Char('('))
                ++commentDepth;
            else if (c == QLatin1Char(')'))
                --commentDepth;
        } else if (inLiteral) {
            inLiteral = c != QLatin1Char(']');
        } else if (c == QLatin1Char('"')) {
            inQuote = true;
        } else if (c == QLatin1Char('(')) {
            commentDepth = 1;
        } else if (c == QLatin1Char('[')) {
            inLiteral = true;
        } else if (c == QLatin1Char('<')) {
            inAngle = true;
        } else if (c == QLatin1Char('>')) {
            inAngle = false;
        } else if (!inAngle && (c == QLatin1Char(',') || c == QLatin1Char(';'))) {
            items.append(current);
            current.clear();
            continue;
        } else if (!inAngle && c == QLatin1Char(':')) {
            current.clear(); // a group's name: its members follow
            continue;
        }
        current += c;
    }
    items.append(current);
    return items;
}

} // namespace Postino

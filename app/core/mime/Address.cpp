#include "Address.h"
#include "common/Text.h"

#include "Envelope.h"
#include "HeaderEncoding.h"

#include <QHostAddress>
#include <QRegularExpression>

namespace Postino {

namespace {

constexpr int maxLocalPartOctets = 64; // RFC 5321 section 4.5.3.1.1
constexpr int maxDomainOctets = 253;
constexpr int maxLabelOctets = 63;

QString printable(const QString& text)
{
    return HeaderEncoding::printable(text);
}

bool isDotAtom(const QString& s, bool allowUnicode = true)
{
    if (s.isEmpty() || s.startsWith(QLatin1Char('.')) || s.endsWith(QLatin1Char('.'))
        || s.contains(QLatin1String("..")))
        return false;
    for (QChar c : s) {
        if (c != QLatin1Char('.') && !HeaderEncoding::isAtext(c, allowUnicode))
            return false;
    }
    return true;
}

QString quoteLocalPart(const QString& local)
{
    if (isDotAtom(local))
        return local;
    QString out = QStringLiteral("\"");
    for (QChar c : local) {
        if (c == QLatin1Char('"') || c == QLatin1Char('\\'))
            out += QLatin1Char('\\');
        out += c;
    }
    out += QLatin1Char('"');
    return out;
}

enum class TokenType { Atom, Quoted, Comment, DomainLiteral, Special };

struct Token
{
    TokenType type;
    QString text; // Quoted and Comment: the content without delimiters and escapes; Special: the character
    QString raw; // as written
    bool spaceBefore = false;
};

struct Tokens
{
    QList<Token> list;
    Error error;
};

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

// Tokenizer and checks, with the translated messages in Address's context.
class AddressParser
{
    Q_DECLARE_TR_FUNCTIONS(Postino::Address)
public:
    static Tokens tokenize(const QString& text);
    static Result<Address> parseMailbox(const QString& text);
    static Status checkLocalPart(const QString& text, const QString& local, bool wasQuoted);
    static Result<QString> checkDomain(const QString& text, const QString& domain);
    static QStringList splitList(const QString& text);
    static Error hiddenControl(const QString& shown);
};

Tokens AddressParser::tokenize(const QString& text)
{
    Tokens out;
    const QString shown = printable(text);
    qsizetype i = 0;
    bool space = false;
    while (i < text.size()) {
        const QChar c = text.at(i);
        if (isWsp(c)) {
            space = true;
            ++i;
            continue;
        }
        Token token {TokenType::Atom, {}, {}, space};
        space = false;
        const qsizetype start = i;
        if (c == QLatin1Char('"')) {
            token.type = TokenType::Quoted;
            ++i;
            bool closed = false;
            while (i < text.size()) {
                const QChar q = text.at(i);
                if (q == QLatin1Char('\\') && i + 1 < text.size()) {
                    token.text += text.at(i + 1);
                    i += 2;
                } else if (q == QLatin1Char('"')) {
                    closed = true;
                    ++i;
                    break;
                } else {
                    token.text += q;
                    ++i;
                }
            }
            if (!closed) {
                out.error = Error(ErrorKind::DataError,
                                  tr("The address \"%1\" has a quote (\") that is never closed. Close the quote or "
                                     "remove it.")
                                      .arg(shown));
                return out;
            }
        } else if (c == QLatin1Char('(')) {
            token.type = TokenType::Comment;
            int depth = 0;
            while (i < text.size()) {
                const QChar q = text.at(i);
                if (q == QLatin1Char('\\') && i + 1 < text.size()) {
                    token.text += text.at(i + 1);
                    i += 2;
                    continue;
                }
                if (q == QLatin1Char('('))
                    ++depth;
                else if (q == QLatin1Char(')'))
                    --depth;
                if (depth > 1 || (depth == 1 && q != QLatin1Char('(')))
                    token.text += q;
                ++i;
                if (depth == 0)
                    break;
            }
            if (depth != 0) {
                out.error = Error(ErrorKind::DataError,
                                  tr("The address \"%1\" has a \"(\" without its \")\". Close the comment or remove "
                                     "it.")
                                      .arg(shown));
                return out;
            }
        } else if (c == QLatin1Char('[')) {
            token.type = TokenType::DomainLiteral;
            const qsizetype close = text.indexOf(QLatin1Char(']'), i);
            if (close < 0) {
                out.error = Error(ErrorKind::DataError,
                                  tr("The address \"%1\" has a \"[\" without its \"]\". An address literal is "
                                     "written like user@[192.0.2.1].")
                                      .arg(shown));
                return out;
            }
            token.text = text.mid(i, close - i + 1);
            i = close + 1;
        } else if (c == QLatin1Char(')') || c == QLatin1Char(']')) {
            out.error = Error(ErrorKind::DataError,
                              tr("The address \"%1\" has a \"%2\" that closes nothing. Remove it.").arg(shown, c));
            return out;
        } else if (c == QLatin1Char('\\')) {
            out.error = Error(ErrorKind::DataError,
                              tr("The address \"%1\" has a backslash outside quotes. Remove it, or put the part "
                                 "that needs it in quotes.")
                                  .arg(shown));
            return out;
        } else if (isSpecial(c)) {
            token.type = TokenType::Special;
            token.text = c;
            ++i;
        } else {
            while (i < text.size() && !isWsp(text.at(i)) && !isSpecial(text.at(i)))
                ++i;
            token.text = text.mid(start, i - start);
        }
        token.raw = text.mid(start, i - start);
        out.list.append(token);
    }
    return out;
}

Status AddressParser::checkLocalPart(const QString& text, const QString& local, bool wasQuoted)
{
    const QString shown = printable(text);
    if (local.isEmpty()) {
        return Error(
            ErrorKind::DataError,
            tr("\"%1\" has nothing before the @. Write the whole address, like mario.rossi@example.it.").arg(shown));
    }
    if (!wasQuoted) {
        for (QChar c : local) {
            if (c != QLatin1Char('.') && !HeaderEncoding::isAtext(c)) {
                return Error(ErrorKind::DataError,
                             tr("The part before the @ in \"%1\" contains %2, which is only allowed in quotes. "
                                "Check the address.")
                                 .arg(shown, HeaderEncoding::describeCharacter(c)));
            }
        }
        if (!isDotAtom(local)) {
            return Error(ErrorKind::DataError,
                         tr("The part before the @ in \"%1\" starts or ends with a dot, or has two dots in a row. "
                            "Check the address.")
                             .arg(shown));
        }
    }
    if (local.toUtf8().size() > maxLocalPartOctets) {
        return Error(ErrorKind::DataError,
                     tr("The part before the @ in \"%1\" is longer than %2 characters, which mail servers refuse. "
                        "Check the address.")
                         .arg(shown)
                         .arg(maxLocalPartOctets));
    }
    return {};
}

Result<QString> AddressParser::checkDomain(const QString& text, const QString& domain)
{
    const QString shown = printable(text);
    if (domain.isEmpty()) {
        return Error(ErrorKind::DataError,
                     tr("\"%1\" has nothing after the @. Add the domain, like mario.rossi@example.it.").arg(shown));
    }
    const auto invalid = [&](const QString& why) {
        return Error(ErrorKind::DataError,
                     tr("The domain \"%1\" in \"%2\" is not valid: %3. Check the spelling of the address.")
                         .arg(printable(domain), shown, why));
    };
    if (domain.startsWith(QLatin1Char('['))) {
        const QString inner = domain.mid(1, domain.size() - 2);
        QHostAddress host;
        static const QRegularExpression dottedQuad(QStringLiteral("^\\d{1,3}(\\.\\d{1,3}){3}$"));
        bool ok = false;
        if (inner.startsWith(QLatin1String("IPv6:"), Qt::CaseInsensitive))
            ok = host.setAddress(inner.mid(5)) && host.protocol() == QAbstractSocket::IPv6Protocol;
        else
            ok = dottedQuad.match(inner).hasMatch() && host.setAddress(inner)
                && host.protocol() == QAbstractSocket::IPv4Protocol;
        if (!ok) {
            return Error(ErrorKind::DataError,
                         tr("The address literal \"%1\" in \"%2\" is not an IP address. Write it like "
                            "user@[192.0.2.1] or user@[IPv6:2001:db8::1].")
                             .arg(printable(domain), shown));
        }
        return domain;
    }
    for (QChar c : domain) {
        const char16_t u = c.unicode();
        if (u < 0x80 && !c.isLetterOrNumber() && c != QLatin1Char('.') && c != QLatin1Char('-'))
            return invalid(tr("it contains %1; a domain has only letters, digits, hyphens and dots")
                               .arg(HeaderEncoding::describeCharacter(c)));
    }
    if (domain.startsWith(QLatin1Char('.')) || domain.endsWith(QLatin1Char('.'))
        || domain.contains(QLatin1String("..")))
        return invalid(tr("it starts or ends with a dot, or has two dots in a row"));
    for (const QString& label : domain.split(QLatin1Char('.'))) {
        if (label.startsWith(QLatin1Char('-')) || label.endsWith(QLatin1Char('-')))
            return invalid(tr("the part \"%1\" starts or ends with a hyphen").arg(label));
        if (isAscii(label) && label.size() > maxLabelOctets)
            return invalid(tr("the part \"%1\" is longer than %2 characters").arg(label).arg(maxLabelOctets));
    }
    const QString ace = domainToAce(domain);
    if (ace.isEmpty())
        return invalid(tr("it is not a valid internationalised domain name"));
    if (ace.size() > maxDomainOctets)
        return invalid(tr("it is longer than %1 characters").arg(maxDomainOctets));
    for (const QString& label : ace.split(QLatin1Char('.'))) {
        if (label.isEmpty())
            return invalid(tr("it has an empty label"));
        if (label.size() > maxLabelOctets)
            return invalid(tr("the part \"%1\" is longer than %2 characters").arg(label).arg(maxLabelOctets));
        if (label.startsWith(QLatin1Char('-')) || label.endsWith(QLatin1Char('-')))
            return invalid(tr("the part \"%1\" starts or ends with a hyphen").arg(label));
        for (QChar c : label) {
            const char16_t u = c.unicode();
            const bool ok = (u >= 'a' && u <= 'z') || (u >= 'A' && u <= 'Z') || (u >= '0' && u <= '9') || u == '-';
            if (!ok)
                return invalid(tr("it contains %1 (%2), which a domain cannot have")
                                   .arg(HeaderEncoding::describeCharacter(c), label));
        }
    }
    return ace;
}

Error AddressParser::hiddenControl(const QString& shown)
{
    return Error(ErrorKind::DataError,
                 tr("The name in \"%1\" hides a control character in an encoded word. Remove the name or write it "
                    "again in plain text.")
                     .arg(shown));
}

Result<Address> AddressParser::parseMailbox(const QString& text)
{
    const QString shown = printable(text);
    const qsizetype control = HeaderEncoding::findControlCharacter(text);
    if (control >= 0) {
        return Error(ErrorKind::DataError,
                     tr("The address \"%1\" contains %2. An address is one line without control characters; "
                        "remove it (a line break here could add headers or recipients nobody asked for).")
                         .arg(shown, HeaderEncoding::describeCharacter(text.at(control))));
    }
    if (text.trimmed().isEmpty())
        return Error(ErrorKind::DataError, tr("The address is empty. Write an address like mario.rossi@example.it."));

    const Tokens tokens = tokenize(text);
    if (tokens.error.isError())
        return tokens.error;
    const QList<Token>& list = tokens.list;

    qsizetype open = -1;
    qsizetype close = -1;
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
            if (open < 0 || close >= 0) {
                return Error(ErrorKind::DataError,
                             tr("\"%1\" is a group or has a \"%2\" outside quotes. Give one address, like "
                                "Mario Rossi <mario@example.it>, and put a name with %2 in quotes.")
                                 .arg(shown, t.text));
            }
        }
        if (t.text == QLatin1String("<")) {
            if (open >= 0) {
                return Error(ErrorKind::DataError,
                             tr("The address \"%1\" has more than one \"<\". Write it like Mario Rossi "
                                "<mario@example.it>.")
                                 .arg(shown));
            }
            open = i;
        } else if (t.text == QLatin1String(">")) {
            if (open < 0 || close >= 0) {
                return Error(ErrorKind::DataError,
                             tr("The address \"%1\" has a \">\" without a \"<\" before it. Write it like Mario "
                                "Rossi <mario@example.it>.")
                                 .arg(shown));
            }
            close = i;
        }
    }
    if (open >= 0 && close < 0) {
        return Error(ErrorKind::DataError,
                     tr("The address \"%1\" has a \"<\" without its \">\". Write it like Mario Rossi "
                        "<mario@example.it>.")
                         .arg(shown));
    }

    Address address;
    QList<Token> specTokens;
    if (open >= 0) {
        for (qsizetype i = close + 1; i < list.size(); ++i) {
            if (list.at(i).type != TokenType::Comment) {
                return Error(ErrorKind::DataError,
                             tr("The address \"%1\" has text after the closing \">\". Put the name before the "
                                "address, like Mario Rossi <mario@example.it>.")
                                 .arg(shown));
            }
        }
        // The display name: words joined by single spaces; encoded-words decoded (also inside quotes,
        // as many programs write them there).
        QString name;
        bool quotedName = false;
        for (qsizetype i = 0; i < open; ++i) {
            const Token& t = list.at(i);
            if (t.type == TokenType::Comment)
                continue;
            if (!name.isEmpty() && t.spaceBefore)
                name += QLatin1Char(' ');
            name += t.type == TokenType::DomainLiteral ? t.raw : t.text;
            quotedName = quotedName || t.type == TokenType::Quoted;
        }
        name = HeaderEncoding::decode(name.trimmed());
        if (HeaderEncoding::findControlCharacter(name) >= 0)
            return hiddenControl(shown);
        // A tab in a name is a space; spacing inside quotes is kept, elsewhere it is collapsed.
        name.replace(QLatin1Char('\t'), QLatin1Char(' '));
        address.m_displayName = quotedName ? name.trimmed() : name.simplified();
        specTokens = list.mid(open + 1, close - open - 1);
    } else {
        specTokens = list;
    }

    // The addr-spec: local-part @ domain, comments ignored; a comment can give a bare address its name.
    QString commentName;
    QList<Token> parts;
    for (const Token& t : qAsConst(specTokens)) {
        if (t.type == TokenType::Comment) {
            if (commentName.isEmpty()) {
                commentName = HeaderEncoding::decode(t.text);
                if (HeaderEncoding::findControlCharacter(commentName) >= 0)
                    return hiddenControl(shown);
                commentName = commentName.simplified();
            }
            continue;
        }
        parts.append(t);
    }
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
    if (at < 0) {
        if (parts.isEmpty()) {
            return Error(ErrorKind::DataError,
                         tr("\"%1\" has no address between < and >. Write it like Mario Rossi "
                            "<mario@example.it>.")
                             .arg(shown));
        }
        return Error(
            ErrorKind::DataError,
            tr("\"%1\" is not an e-mail address: the @ is missing. Write it like mario.rossi@example.it; a name "
               "with a comma goes in quotes: \"Rossi, Mario\" <mario.rossi@example.it>.")
                .arg(shown));
    }
    const QList<Token> localTokens = parts.mid(0, at);
    const QList<Token> domainTokens = parts.mid(at + 1);
    for (const Token& t : localTokens + domainTokens) {
        if (t.type == TokenType::Special) {
            return Error(ErrorKind::DataError,
                         tr("The address \"%1\" has a \"%2\" where it does not belong. Write it like Mario Rossi "
                            "<mario@example.it>, with a name that has punctuation in quotes.")
                             .arg(shown, t.text));
        }
    }
    if (open < 0 && (localTokens.size() > 1 || domainTokens.size() > 1)) {
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
    const Token& localToken = localTokens.first();
    const Token& domainToken = domainTokens.first();
    if (localToken.type == TokenType::DomainLiteral) {
        return Error(ErrorKind::DataError,
                     tr("The part before the @ in \"%1\" has square brackets. Check the address.").arg(shown));
    }
    const bool quotedLocal = localToken.type == TokenType::Quoted;
    const Status localOk = checkLocalPart(text, localToken.text, quotedLocal);
    if (!localOk)
        return localOk.error();
    if (domainToken.type == TokenType::Quoted) {
        return Error(ErrorKind::DataError,
                     tr("The domain in \"%1\" is in quotes. Write the domain without quotes, like "
                        "mario.rossi@example.it.")
                         .arg(shown));
    }
    const Result<QString> ace = checkDomain(text, domainToken.text);
    if (!ace)
        return ace.error();

    address.m_localPart = localToken.text;
    address.m_domain = domainToken.text;
    address.m_asciiDomain = ace.value();
    if (open < 0)
        address.m_displayName = commentName;
    if (HeaderEncoding::findControlCharacter(address.m_displayName) >= 0)
        return hiddenControl(shown);
    return address;
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

Result<Address> Address::parse(const QString& text)
{
    return AddressParser::parseMailbox(text);
}

Result<QList<Address>> Address::parseList(const QString& text)
{
    const qsizetype control = HeaderEncoding::findControlCharacter(text);
    if (control >= 0) {
        return Error(ErrorKind::DataError,
                     tr("The address list \"%1\" contains %2. Addresses are one line without control characters; "
                        "remove it (a line break here could add headers or recipients nobody asked for).")
                         .arg(printable(text), HeaderEncoding::describeCharacter(text.at(control))));
    }
    QList<Address> out;
    for (const QString& item : AddressParser::splitList(text)) {
        if (item.trimmed().isEmpty())
            continue;
        // A lone comment between commas is nothing.
        const Tokens tokens = AddressParser::tokenize(item);
        if (!tokens.error.isError()) {
            bool onlyComments = true;
            for (const Token& t : tokens.list)
                onlyComments = onlyComments && t.type == TokenType::Comment;
            if (onlyComments)
                continue;
        }
        Result<Address> address = AddressParser::parseMailbox(item.trimmed());
        if (!address)
            return address.error();
        out.append(std::move(address).value());
    }
    return out;
}

Result<Address> Address::create(const QString& addrSpec, const QString& displayName)
{
    Result<Address> parsed = AddressParser::parseMailbox(addrSpec.trimmed());
    if (!parsed)
        return parsed;
    Address address = std::move(parsed).value();
    if (!address.m_displayName.isEmpty()) {
        return Error(ErrorKind::DataError,
                     tr("\"%1\" should be a bare address (like mario.rossi@example.it) because the name is given "
                        "separately.")
                         .arg(printable(addrSpec)));
    }
    const qsizetype control = HeaderEncoding::findControlCharacter(displayName);
    if (control >= 0) {
        return Error(ErrorKind::DataError,
                     tr("The name \"%1\" for %2 contains %3. Write the name on one line without control "
                        "characters.")
                         .arg(printable(displayName), printable(addrSpec),
                              HeaderEncoding::describeCharacter(displayName.at(control))));
    }
    address.m_displayName = displayName.simplified();
    return address;
}

QString Address::addrSpec() const
{
    if (isNull())
        return {};
    return quoteLocalPart(m_localPart) + QLatin1Char('@') + m_domain;
}

QByteArray Address::toHeader(bool utf8Headers) const
{
    if (isNull())
        return {};
    const QString domain = utf8Headers ? m_domain : m_asciiDomain;
    const QByteArray spec = quoteLocalPart(m_localPart).toUtf8() + '@' + domain.toUtf8();
    if (m_displayName.isEmpty())
        return spec;
    return HeaderEncoding::encodePhrase(m_displayName, utf8Headers) + " <" + spec + '>';
}

bool Address::needsSmtpUtf8() const
{
    return !isAscii(m_localPart);
}

QString Address::toDisplayString() const
{
    if (m_displayName.isEmpty())
        return addrSpec();
    bool atoms = true;
    for (QChar c : m_displayName) {
        if (c != QLatin1Char(' ') && !HeaderEncoding::isAtext(c))
            atoms = false;
    }
    QString name = m_displayName;
    if (!atoms) {
        name.replace(QLatin1Char('\\'), QLatin1String("\\\\"));
        name.replace(QLatin1Char('"'), QLatin1String("\\\""));
        name = QLatin1Char('"') + name + QLatin1Char('"');
    }
    return name + QLatin1String(" <") + addrSpec() + QLatin1Char('>');
}

bool Address::sameMailbox(const Address& other) const
{
    return m_localPart == other.m_localPart && m_domain.compare(other.m_domain, Qt::CaseInsensitive) == 0;
}

} // namespace Postino

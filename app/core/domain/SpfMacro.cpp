#include "SpfMacro.h"

#include <QRegularExpression>
#include <QUrl>

namespace Postino {

namespace {

const QString kDelimiters = QStringLiteral(".-+,/_=");

bool isDomainLetter(QChar c)
{
    return QStringLiteral("slodipvh").contains(c);
}

bool isExplanationLetter(QChar c)
{
    return QStringLiteral("crt").contains(c);
}

bool isMacroLiteral(QChar c, SpfMacroString::Use use)
{
    const ushort u = c.unicode();
    if (u == ' ')
        return use == SpfMacroString::Use::Explanation;
    return u >= 0x21 && u <= 0x7e && u != '%';
}

QString addressText(const QHostAddress& address)
{
    return address.toString();
}

} // namespace

SpfMacroString SpfMacroString::parse(const QString& text, Use use, std::optional<SpfMacroError>* error)
{
    auto fail = [error](int offset, QString message) {
        if (error)
            *error = SpfMacroError {offset, std::move(message)};
        return SpfMacroString();
    };
    SpfMacroString result;
    result.m_text = text;
    QString literal;
    auto flushLiteral = [&]() {
        if (literal.isEmpty())
            return;
        Token t;
        t.text = literal;
        result.m_tokens.append(t);
        literal.clear();
    };
    int i = 0;
    while (i < text.size()) {
        const QChar c = text.at(i);
        if (c != QLatin1Char('%')) {
            if (!isMacroLiteral(c, use)) {
                return fail(i,
                            c == QLatin1Char(' ')
                                ? tr("a space cannot be part of a domain")
                                : tr("“%1” (code %2) is not allowed here: only visible ASCII characters")
                                      .arg(c)
                                      .arg(c.unicode()));
            }
            literal.append(c);
            ++i;
            continue;
        }
        if (i + 1 >= text.size())
            return fail(i, tr("a “%” must be followed by “{”, “%”, “_” or “-”"));
        const QChar next = text.at(i + 1);
        if (next == QLatin1Char('%') || next == QLatin1Char('_') || next == QLatin1Char('-')) {
            flushLiteral();
            Token t;
            t.text = next == QLatin1Char('%') ? QStringLiteral("%")
                : next == QLatin1Char('_')    ? QStringLiteral(" ")
                                              : QStringLiteral("%20");
            t.letter = next; // marks an escape: a macro-expand in the ABNF, literal text when expanded
            result.m_tokens.append(t);
            i += 2;
            continue;
        }
        if (next != QLatin1Char('{'))
            return fail(i, tr("a “%” must be followed by “{”, “%”, “_” or “-”"));
        const int close = text.indexOf(QLatin1Char('}'), i + 2);
        if (close < 0)
            return fail(i, tr("the macro “%1” is not closed with “}”").arg(text.mid(i)));
        const QString body = text.mid(i + 2, close - i - 2);
        if (body.isEmpty())
            return fail(i, tr("the macro “%{}” has no letter"));
        Token t;
        t.literal = false;
        const QChar letter = body.at(0).toLower();
        if (!isDomainLetter(letter) && !isExplanationLetter(letter))
            return fail(i + 2, tr("“%1” is not a macro letter (s, l, o, d, i, p, v, h)").arg(body.at(0)));
        if (isExplanationLetter(letter) && use != Use::Explanation)
            return fail(i + 2, tr("the macro letter “%1” is allowed only in an explanation (exp=)").arg(body.at(0)));
        t.letter = letter;
        t.urlEncode = body.at(0).isUpper();
        int j = 1;
        QString digits;
        while (j < body.size() && body.at(j).isDigit() && body.at(j).unicode() < 128)
            digits.append(body.at(j++));
        if (!digits.isEmpty()) {
            // RFC 7208 §7.3: a digit count must be nonzero; at least 128 must work, more is every part.
            const int keep = digits.size() > 3 ? 1000 : digits.toInt();
            if (keep == 0)
                return fail(i + 3, tr("a macro cannot keep 0 parts: the number after the letter must be 1 or more"));
            t.keep = keep;
        }
        if (j < body.size() && body.at(j).toLower() == QLatin1Char('r')) {
            t.reverse = true;
            ++j;
        }
        for (; j < body.size(); ++j) {
            if (!kDelimiters.contains(body.at(j)))
                return fail(i + 2 + j, tr("“%1” is not a macro delimiter (one of . - + , / _ =)").arg(body.at(j)));
            t.delimiters.append(body.at(j));
        }
        flushLiteral();
        result.m_tokens.append(t);
        i = close + 1;
    }
    flushLiteral();
    if (error)
        error->reset();
    return result;
}

bool SpfMacroString::hasMacros() const
{
    for (const Token& t : m_tokens) {
        if (!t.literal)
            return true;
    }
    return false;
}

bool SpfMacroString::usesLetter(QChar letter) const
{
    for (const Token& t : m_tokens) {
        if (!t.literal && t.letter == letter)
            return true;
    }
    return false;
}

bool SpfMacroString::hasDomainEnd() const
{
    if (m_tokens.isEmpty())
        return false;
    const Token& last = m_tokens.constLast();
    if (!last.literal || !last.letter.isNull())
        return true;
    static const QRegularExpression domainEnd(
        QStringLiteral("\\.([a-z0-9]*[a-z][a-z0-9]*|[a-z0-9]+-[a-z0-9-]*[a-z0-9])\\.?$"),
        QRegularExpression::CaseInsensitiveOption);
    return domainEnd.match(last.text).hasMatch();
}

QString SpfMacroString::dottedAddress(const QHostAddress& address)
{
    if (address.protocol() == QAbstractSocket::IPv4Protocol)
        return address.toString();
    const Q_IPV6ADDR bytes = address.toIPv6Address();
    QStringList nibbles;
    nibbles.reserve(32);
    for (int i = 0; i < 16; ++i) {
        nibbles.append(QString::number(bytes[i] >> 4, 16));
        nibbles.append(QString::number(bytes[i] & 0x0f, 16));
    }
    return nibbles.join(QLatin1Char('.'));
}

QString SpfMacroString::expand(const SpfMacroContext& context) const
{
    QString out;
    for (const Token& t : m_tokens) {
        if (t.literal) {
            out.append(t.text);
            continue;
        }
        QString value;
        switch (t.letter.unicode()) {
        case 's':
            value = context.sender;
            break;
        case 'l':
            value = context.localPart;
            break;
        case 'o':
            value = context.senderDomain;
            break;
        case 'd':
            value = context.domain;
            break;
        case 'i':
            value = dottedAddress(context.ip);
            break;
        case 'p':
            value = context.validatedName.isEmpty() ? QStringLiteral("unknown") : context.validatedName;
            break;
        case 'v':
            value = context.ip.protocol() == QAbstractSocket::IPv6Protocol ? QStringLiteral("ip6")
                                                                           : QStringLiteral("in-addr");
            break;
        case 'h':
            value = context.helo;
            break;
        case 'c':
            value = addressText(context.ip);
            break;
        case 'r':
            value = context.receiver.isEmpty() ? QStringLiteral("unknown") : context.receiver;
            break;
        case 't':
            value = QString::number(context.timestamp);
            break;
        default:
            break;
        }
        if (t.keep > 0 || t.reverse || !t.delimiters.isEmpty()) {
            const QString delimiters = t.delimiters.isEmpty() ? QStringLiteral(".") : t.delimiters;
            QStringList parts;
            QString part;
            for (const QChar c : value) {
                if (delimiters.contains(c)) {
                    parts.append(part);
                    part.clear();
                } else {
                    part.append(c);
                }
            }
            parts.append(part);
            if (t.reverse)
                std::reverse(parts.begin(), parts.end());
            if (t.keep > 0 && t.keep < parts.size())
                parts = parts.mid(parts.size() - t.keep);
            value = parts.join(QLatin1Char('.'));
        }
        if (t.urlEncode)
            value = QString::fromLatin1(QUrl::toPercentEncoding(value));
        out.append(value);
    }
    return out;
}

} // namespace Postino

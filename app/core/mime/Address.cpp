#include "Address.h"
#include "common/Text.h"

#include "AddressParser_p.h"
#include "HeaderEncoding.h"

namespace Postino {

namespace {

QString printable(const QString& text)
{
    return HeaderEncoding::printable(text);
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

} // namespace

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
    // Atoms with single spaces between them read back as they are; any other spacing only inside quotes
    // ("x  y" written bare would read back as "x y": found by fuzz_address).
    bool atoms = !m_displayName.startsWith(QLatin1Char(' ')) && !m_displayName.endsWith(QLatin1Char(' '))
        && !m_displayName.contains(QLatin1String("  "));
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
    // The domain as A-labels: zoe@città.it and zoe@xn--citt-3na.it are one mailbox (found by fuzz_address).
    return m_localPart == other.m_localPart && m_asciiDomain.compare(other.m_asciiDomain, Qt::CaseInsensitive) == 0;
}

} // namespace Postino

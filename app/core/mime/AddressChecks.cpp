#include "AddressParser_p.h"
#include "Envelope.h"
#include "common/Text.h"

#include <QHostAddress>
#include <QRegularExpression>

namespace Postino {

using namespace AddressLimits;

bool isDotAtom(const QString& s, bool allowUnicode)
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

Status AddressParser::checkLocalPart(const QString& text, const QString& local, bool wasQuoted)
{
    const QString shown = printable(text);
    if (local.isEmpty()) {
        return Error(
            ErrorKind::DataError,
            tr("\"%1\" has nothing before the @. Write the whole address, like mario.rossi@example.it.").arg(shown));
    }
    if (!wasQuoted) {
        if (Status s = checkUnquotedLocalPart(shown, local); !s)
            return s;
    } else if (local.contains(QLatin1Char('\t'))) {
        // RFC 5321 allows only printable characters and spaces in quotes (qtextSMTP, quoted-pairSMTP): a tab
        // there is refused by servers and cannot be written in MAIL FROM or RCPT TO (found by fuzz_address).
        return Error(ErrorKind::DataError,
                     tr("The part before the @ in \"%1\" contains a tab, which mail servers do not accept even in "
                        "quotes. Write it with spaces, or check the address.")
                         .arg(shown));
    }
    if (local.toUtf8().size() > kMaxLocalPartOctets) {
        return Error(ErrorKind::DataError,
                     tr("The part before the @ in \"%1\" is longer than %2 characters, which mail servers refuse. "
                        "Check the address.")
                         .arg(shown)
                         .arg(kMaxLocalPartOctets));
    }
    return {};
}

// Outside quotes a local part is a dot-atom.
Status AddressParser::checkUnquotedLocalPart(const QString& shown, const QString& local)
{
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
    return {};
}

Result<QString> AddressParser::checkDomain(const QString& text, const QString& domain)
{
    const QString shown = printable(text);
    if (domain.isEmpty()) {
        return Error(ErrorKind::DataError,
                     tr("\"%1\" has nothing after the @. Add the domain, like mario.rossi@example.it.").arg(shown));
    }
    if (domain.startsWith(QLatin1Char('['))) {
        if (Status s = checkAddressLiteral(shown, domain); !s)
            return s.error();
        return domain;
    }
    const auto invalid = [&](const QString& why) {
        return Error(ErrorKind::DataError,
                     tr("The domain \"%1\" in \"%2\" is not valid: %3. Check the spelling of the address.")
                         .arg(printable(domain), shown, why));
    };
    if (const QString why = unicodeDomainProblem(domain); !why.isEmpty())
        return invalid(why);
    const QString ace = domainToAce(domain);
    if (ace.isEmpty())
        return invalid(tr("it is not a valid internationalised domain name"));
    if (ace.size() > kMaxDomainOctets)
        return invalid(tr("it is longer than %1 characters").arg(kMaxDomainOctets));
    if (const QString why = aceDomainProblem(ace); !why.isEmpty())
        return invalid(why);
    return ace;
}

// [192.0.2.1] or [IPv6:2001:db8::1].
Status AddressParser::checkAddressLiteral(const QString& shown, const QString& domain)
{
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
    return {};
}

// The domain as written (Unicode or ASCII): letters, digits, hyphens and dots, in labels.
QString AddressParser::unicodeDomainProblem(const QString& domain)
{
    for (QChar c : domain) {
        const char16_t u = c.unicode();
        if (u < 0x80 && !c.isLetterOrNumber() && c != QLatin1Char('.') && c != QLatin1Char('-'))
            return tr("it contains %1; a domain has only letters, digits, hyphens and dots")
                .arg(HeaderEncoding::describeCharacter(c));
    }
    if (domain.startsWith(QLatin1Char('.')) || domain.endsWith(QLatin1Char('.'))
        || domain.contains(QLatin1String("..")))
        return tr("it starts or ends with a dot, or has two dots in a row");
    for (const QString& label : domain.split(QLatin1Char('.'))) {
        if (label.startsWith(QLatin1Char('-')) || label.endsWith(QLatin1Char('-')))
            return tr("the part \"%1\" starts or ends with a hyphen").arg(label);
        if (isAscii(label) && label.size() > kMaxLabelOctets)
            return tr("the part \"%1\" is longer than %2 characters").arg(label).arg(kMaxLabelOctets);
    }
    return {};
}

// The A-labels (LDH, RFC 5890) as DNS takes them.
QString AddressParser::aceDomainProblem(const QString& ace)
{
    for (const QString& label : ace.split(QLatin1Char('.'))) {
        if (label.isEmpty())
            return tr("it has an empty label");
        if (label.size() > kMaxLabelOctets)
            return tr("the part \"%1\" is longer than %2 characters").arg(label).arg(kMaxLabelOctets);
        if (label.startsWith(QLatin1Char('-')) || label.endsWith(QLatin1Char('-')))
            return tr("the part \"%1\" starts or ends with a hyphen").arg(label);
        for (QChar c : label) {
            const char16_t u = c.unicode();
            const bool ok = (u >= 'a' && u <= 'z') || (u >= 'A' && u <= 'Z') || (u >= '0' && u <= '9') || u == '-';
            if (!ok)
                return tr("it contains %1 (%2), which a domain cannot have")
                    .arg(HeaderEncoding::describeCharacter(c), label);
        }
    }
    return {};
}

} // namespace Postino

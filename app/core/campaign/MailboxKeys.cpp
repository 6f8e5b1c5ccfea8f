#include "MailboxKeys_p.h"

#include "campaign/RecipientList.h"
#include "mime/Address.h"

#include <QStringView>

namespace Postino {

namespace {

// The plainest dot-atom: letters, digits and . _ - + in ASCII, no dot at either end nor two in a row, at
// most 64 characters (RFC 5321). A subset of what Address::create() takes as a local part.
bool isPlainLocalPart(QStringView local)
{
    if (local.isEmpty() || local.size() > 64 || local.front() == QLatin1Char('.') || local.back() == QLatin1Char('.'))
        return false;
    QChar previous;
    for (const QChar c : local) {
        const char16_t u = c.unicode();
        const bool plain = (u >= 'a' && u <= 'z') || (u >= 'A' && u <= 'Z') || (u >= '0' && u <= '9') || u == '.'
            || u == '_' || u == '-' || u == '+';
        if (!plain || (u == '.' && previous == QLatin1Char('.')))
            return false;
        previous = c;
    }
    return true;
}

// Nothing that could make the domain part of the text anything but the domain: no spaces or controls,
// no comment, quote, bracket, angle, list or group characters.
bool isPlainDomain(QStringView domain)
{
    static const QLatin1String kSpecials("()<>@,;:\\\"[]");
    if (domain.isEmpty())
        return false;
    for (const QChar c : domain) {
        const char16_t u = c.unicode();
        if (u <= 0x20 || u == 0x7f || (u >= 0x80 && !c.isLetterOrNumber()) || kSpecials.contains(c))
            return false;
    }
    return true;
}

} // namespace

Result<CheckedMailbox> MailboxKeys::check(const QString& email)
{
    const QString text = email.trimmed();
    const qsizetype at = text.lastIndexOf(QLatin1Char('@'));
    if (at > 0) {
        const QStringView local = QStringView(text).left(at);
        const QString host = text.mid(at + 1);
        if (isPlainLocalPart(local) && isPlainDomain(host)) {
            const std::optional<QString>& ascii = domain(host);
            if (ascii)
                return CheckedMailbox {local + QLatin1Char('@') + *ascii, text}; // a dot-atom is written as it is
        }
    }
    const Result<Address> address = Address::create(text);
    if (!address)
        return address.error();
    return CheckedMailbox {mailboxKey(address.value()), address.value().addrSpec()};
}

const std::optional<QString>& MailboxKeys::domain(const QString& domain)
{
    auto found = m_domains.constFind(domain);
    if (found == m_domains.constEnd()) {
        const Result<Address> probe = Address::create(QLatin1String("x@") + domain);
        std::optional<QString> ascii;
        if (probe)
            ascii = probe.value().asciiDomain().toLower();
        found = m_domains.insert(domain, ascii);
    }
    return *found;
}

} // namespace Postino

#include "Envelope.h"
#include "common/Text.h"

#include <QUrl>

namespace Postino {

bool Envelope::needsSmtpUtf8() const
{
    auto localIsUnicode = [](const QString& address) {
        QString local, domain;
        return splitAddrSpec(address, &local, &domain) && !isAscii(local);
    };
    if (localIsUnicode(sender))
        return true;
    for (const QString& r : recipients) {
        if (localIsUnicode(r))
            return true;
    }
    return false;
}

void Envelope::addRecipient(const QString& addrSpec)
{
    QString local, domain;
    splitAddrSpec(addrSpec, &local, &domain);
    for (const QString& existing : qAsConst(recipients)) {
        QString l2, d2;
        splitAddrSpec(existing, &l2, &d2);
        if (l2 == local && d2.compare(domain, Qt::CaseInsensitive) == 0)
            return;
    }
    recipients.append(addrSpec);
}

bool splitAddrSpec(const QString& addrSpec, QString* local, QString* domain)
{
    const auto at = addrSpec.lastIndexOf(QLatin1Char('@'));
    if (at <= 0 || at == addrSpec.size() - 1)
        return false;
    *local = addrSpec.left(at);
    *domain = addrSpec.mid(at + 1);
    return true;
}

QString domainToAce(const QString& domain)
{
    if (domain.startsWith(QLatin1Char('[')) && domain.endsWith(QLatin1Char(']')))
        return domain; // address literal
    const QByteArray ace = QUrl::toAce(domain, QUrl::AceTransitionalProcessing);
    if (ace.isEmpty())
        return {};
    return QString::fromLatin1(ace);
}

Result<QByteArray> encodeSmtpPath(const QString& addrSpec, bool smtpUtf8)
{
    if (addrSpec.isEmpty())
        return QByteArray("<>");
    for (QChar c : addrSpec) {
        if (c.unicode() < 0x20 || c.unicode() == 0x7f || c == QLatin1Char('<') || c == QLatin1Char('>')
            || c.isSpace()) {
            return Error(ErrorKind::DataError,
                         Error::tr("The address \"%1\" contains a character that cannot be sent (a space, a control "
                                   "character or an angle bracket). Correct the address.")
                             .arg(addrSpec));
        }
    }
    QString local, domain;
    if (!splitAddrSpec(addrSpec, &local, &domain)) {
        return Error(ErrorKind::DataError,
                     Error::tr("\"%1\" is not an e-mail address: it needs a name, an @ and a domain, like "
                               "mario.rossi@example.it.")
                         .arg(addrSpec));
    }
    if (!isAscii(local) && !smtpUtf8) {
        return Error(ErrorKind::DataError,
                     Error::tr("The address \"%1\" has non-ASCII characters before the @, which needs a server that "
                               "offers SMTPUTF8; this server does not. Use an ASCII address for this recipient.")
                         .arg(addrSpec));
    }
    QString wireDomain = domain;
    if (!isAscii(domain) && !smtpUtf8) {
        wireDomain = domainToAce(domain);
        if (wireDomain.isEmpty()) {
            return Error(ErrorKind::DataError,
                         Error::tr("The domain of \"%1\" is not a valid internationalised domain name.").arg(addrSpec));
        }
    }
    return QByteArray('<' + local.toUtf8() + '@' + wireDomain.toUtf8() + '>');
}

} // namespace Postino

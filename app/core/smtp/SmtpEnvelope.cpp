#include "SmtpClient_p.h"
#include "common/Text.h"

#include <QLocale>

// SmtpClient::Private, the envelope: everything that can be refused before a byte is sent, and the
// MAIL, RCPT (and, pipelined, DATA) commands that carry it.

namespace Postino {

namespace {

// RFC 3461 section 4: xtext.
QByteArray xtext(const QByteArray& raw)
{
    QByteArray out;
    for (char ch : raw) {
        const auto c = static_cast<unsigned char>(ch);
        if (c >= 33 && c <= 126 && c != '+' && c != '=') {
            out.append(ch);
        } else {
            out.append('+');
            out.append(QByteArray::number(c, 16).toUpper().rightJustified(2, '0'));
        }
    }
    return out;
}

} // namespace

// The commands that open a transaction: MAIL, and with PIPELINING every RCPT, and DATA when there
// is a single recipient (see the notes at the top). *withData: the body's start follows at once.
SmtpClient::Private::Flight SmtpClient::Private::envelopeFlight(bool* withData) const
{
    QList<QPair<SmtpCommand, Pending>> flight;
    flight.append(qMakePair(mailCommand(), Pending {Expect::Mail}));
    *withData = false;
    if (caps.pipelining) {
        for (int i = 0; i < rcptPaths.size(); ++i)
            flight.append(qMakePair(rcptCommand(i), Pending {Expect::Rcpt, i}));
        if (rcptPaths.size() == 1 && !envelopeOnly) {
            // DATA joins the flight; with CHUNKING there is no DATA and the first chunks follow it.
            if (!useChunking())
                flight.append(qMakePair(SmtpCommand::plain("DATA"), Pending {Expect::Data}));
            *withData = true;
        }
    }
    return flight;
}

bool SmtpClient::Private::wantsSmtpUtf8() const
{
    if (!caps.smtpUtf8)
        return false;
    if (!isAscii(envelope.sender))
        return true;
    for (const QString& r : envelope.recipients) {
        if (!isAscii(r))
            return true;
    }
    return false;
}

// Everything that can be refused before a byte is sent.
SmtpError SmtpClient::Private::checkEnvelope()
{
    if (envelope.recipients.isEmpty()) {
        return makeError(SmtpFailure::InvalidAddress, ErrorKind::DataError,
                         SmtpClient::tr("The message has no recipients. Add at least one."));
    }
    if (!body && !envelopeOnly) {
        return makeError(SmtpFailure::LocalIo, ErrorKind::IoError,
                         SmtpClient::tr("The message to send to %1 could not be read.").arg(where()));
    }
    if (envelope.body == Envelope::Body::EightBitMime && !caps.eightBitMime) {
        return makeError(SmtpFailure::EightBitUnsupported, ErrorKind::DataError,
                         SmtpClient::tr("The message has 8-bit content, but %1 does not offer 8BITMIME. Encode the "
                                        "message as quoted-printable or base64, or use another server.")
                             .arg(where()));
    }
    if (caps.maxSize > 0 && bodySize > caps.maxSize) {
        return makeError(SmtpFailure::MessageTooLarge, ErrorKind::Permanent,
                         SmtpClient::tr("The message is %1, larger than the %2 that %3 accepts; it was not sent. "
                                        "Make it smaller (fewer or smaller attachments).")
                             .arg(formatSize(bodySize), formatSize(caps.maxSize), where()));
    }
    const bool utf8 = wantsSmtpUtf8();
    QStringList all = envelope.recipients;
    all.prepend(envelope.sender);
    for (qsizetype i = 0; i < all.size(); ++i) {
        const Result<QByteArray> path = encodeSmtpPath(all.at(i), utf8);
        if (!path) {
            QString local, domain;
            const bool unicodeLocal = splitAddrSpec(all.at(i), &local, &domain) && !isAscii(local);
            return makeError(unicodeLocal ? SmtpFailure::NeedsSmtpUtf8 : SmtpFailure::InvalidAddress,
                             ErrorKind::DataError, path.error().message());
        }
        if (i == 0)
            mailPath = path.value();
        else
            rcptPaths.append(path.value());
    }
    return {};
}

// In the user's language and number format ("2,0 KB" in Italian), as every size Postino shows.
QString SmtpClient::Private::formatSize(qint64 bytes)
{
    return QLocale().formattedDataSize(bytes, 1, QLocale::DataSizeTraditionalFormat);
}

SmtpCommand SmtpClient::Private::mailCommand() const
{
    QByteArray line = "MAIL FROM:" + mailPath;
    if (caps.size && !envelopeOnly)
        line += " SIZE=" + QByteArray::number(bodySize);
    if (envelope.body == Envelope::Body::EightBitMime && caps.eightBitMime)
        line += " BODY=8BITMIME";
    if (wantsSmtpUtf8())
        line += " SMTPUTF8";
    if (envelope.requestDsn && caps.dsn) {
        line += " RET=HDRS";
        if (!envelope.envelopeId.isEmpty())
            line += " ENVID=" + xtext(envelope.envelopeId);
    }
    return SmtpCommand::plain(line);
}

SmtpCommand SmtpClient::Private::rcptCommand(int index) const
{
    QByteArray line = "RCPT TO:" + rcptPaths.at(index);
    if (envelope.requestDsn && caps.dsn) {
        line += " NOTIFY=SUCCESS,FAILURE";
        // ORCPT carries the address as given; rfc822 addresses are ASCII (RFC 3461), so a
        // UTF-8 address goes with its domain in A-labels, or without ORCPT if its local part is not ASCII.
        const QString address = envelope.recipients.at(index);
        QString local, domain;
        if (splitAddrSpec(address, &local, &domain) && isAscii(local)) {
            const QString ace = domainToAce(domain);
            if (!ace.isEmpty())
                line += " ORCPT=rfc822;" + xtext(local.toLatin1() + '@' + ace.toLatin1());
        }
    }
    return SmtpCommand::plain(line);
}
} // namespace Postino

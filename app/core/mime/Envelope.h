#pragma once

#include "common/Error.h"

#include <QByteArray>
#include <QString>
#include <QStringList>

namespace Postino {

// What the transport needs to deliver a message: who it is from and who gets it. Addresses are bare
// addr-specs in their Unicode form (mario@città.it); the transport chooses A-labels or UTF-8 from
// the server's SMTPUTF8. Bcc recipients live here and only here.
struct Envelope
{
    QString sender; // reverse-path; empty means the null sender <>
    QStringList recipients; // forward-paths, de-duplicated, in order

    enum class Body { SevenBit, EightBitMime };
    Body body = Body::SevenBit;
    bool requestDsn = false; // NOTIFY=SUCCESS,FAILURE ORCPT on each RCPT, RET=HDRS on MAIL when DSN is offered
    QByteArray envelopeId; // ENVID for DSN (xtext-encoded by the transport)

    [[nodiscard]] bool needsSmtpUtf8() const; // a local part outside ASCII anywhere

    // Adds a recipient unless an equal one (case-insensitive domain) is already there.
    void addRecipient(const QString& addrSpec);
};

// How one address goes into MAIL FROM / RCPT TO: <local@domain> with the domain as A-labels, or in
// UTF-8 when the server offered SMTPUTF8. A non-ASCII local part without SMTPUTF8 is an error
// (DataError) naming the address.
[[nodiscard]] Result<QByteArray> encodeSmtpPath(const QString& addrSpec, bool smtpUtf8);

// Splits addr-spec into local part and domain at the last '@'. Returns false if there is none.
bool splitAddrSpec(const QString& addrSpec, QString* local, QString* domain);

// Domain to A-labels (IDNA); empty when it is not a valid host name.
[[nodiscard]] QString domainToAce(const QString& domain);

} // namespace Postino

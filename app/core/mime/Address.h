#pragma once

#include "common/Error.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QString>

namespace Postino {

// One mailbox (RFC 5322 section 3.4): an optional display name and an addr-spec, all in Unicode
// (RFC 6532). Made only by parse(), parseList() or create(), which check it, so an Address that is not
// null is always one that can be written into a header without creating another header.
//
//   auto to = Address::parseList(QStringLiteral("\"Rossi, Mario\" <mario@esempio.it>, zoe@città.it"));
//   if (!to.ok()) { report(to.error()); }
class Address
{
    Q_DECLARE_TR_FUNCTIONS(Postino::Address)
public:
    Address() = default;

    // One address: "Mario Rossi <mario@esempio.it>", "\"Rossi, Mario\" <mario@esempio.it>", a bare
    // mario@esempio.it, "mario@esempio.it (Mario Rossi)", encoded-word or Unicode display names, quoted
    // local parts, IDN domains and address literals ([192.0.2.1]). A DataError says what is wrong with
    // which address and how to write it instead.
    [[nodiscard]] static Result<Address> parse(const QString& text);
    // A comma-separated list; commas inside quotes and comments are not separators, groups
    // ("Undisclosed recipients:;", "Team: a@b.it, c@d.it;") give their members, empty items are skipped.
    // The first wrong address decides the error.
    [[nodiscard]] static Result<QList<Address>> parseList(const QString& text);
    // From parts that are already apart (an account's address and its display name), checked as parse()
    // checks them.
    [[nodiscard]] static Result<Address> create(const QString& addrSpec, const QString& displayName = {});

    [[nodiscard]] bool isNull() const { return m_localPart.isEmpty(); }
    [[nodiscard]] const QString& displayName() const { return m_displayName; }
    // Without quotes or escapes: "mario rossi" for "\"mario rossi\"@esempio.it".
    [[nodiscard]] const QString& localPart() const { return m_localPart; }
    // As given: Unicode (città.it), A-labels, or an address literal with its brackets.
    [[nodiscard]] const QString& domain() const { return m_domain; }
    // The domain as A-labels (xn--citt-3na.it); address literals unchanged.
    [[nodiscard]] const QString& asciiDomain() const { return m_asciiDomain; }

    // local@domain in Unicode, the local part quoted when it is not a dot-atom: what an Envelope holds.
    [[nodiscard]] QString addrSpec() const;
    // The header form. ASCII unless utf8Headers: display name as atoms, quoted, or RFC 2047 encoded-words;
    // domain as A-labels. With utf8Headers (RFC 6532, a server with SMTPUTF8) UTF-8 stays raw. A non-ASCII
    // local part can only be written raw: check needsSmtpUtf8() first.
    [[nodiscard]] QByteArray toHeader(bool utf8Headers = false) const;
    // The local part is not ASCII: only a server with SMTPUTF8 can carry this address.
    [[nodiscard]] bool needsSmtpUtf8() const;
    // For people: Mario Rossi <mario@esempio.it>, "Rossi, Mario" <mario@esempio.it>, zoe@città.it.
    [[nodiscard]] QString toDisplayString() const;

    // Same mailbox: equal local parts and domains equal ignoring case (display names are not compared).
    [[nodiscard]] bool sameMailbox(const Address& other) const;
    bool operator==(const Address& other) const
    {
        return m_displayName == other.m_displayName && m_localPart == other.m_localPart && m_domain == other.m_domain;
    }
    bool operator!=(const Address& other) const { return !(*this == other); }

private:
    friend class AddressParser;
    QString m_displayName;
    QString m_localPart;
    QString m_domain;
    QString m_asciiDomain;
};

} // namespace Postino

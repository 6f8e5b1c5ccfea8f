#pragma once

#include "common/Error.h"
#include "discovery/DiscoveryTypes.h"
#include "discovery/SendingLimits.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

class QXmlStreamReader;

namespace Postino {

// One <outgoingServer type="smtp"> as written in the file (patterns not yet substituted).
struct ProviderServer
{
    QString hostname; // may hold %EMAILDOMAIN% and friends
    quint16 port = 0;
    Security security = Security::Tls;
    QStringList authentication; // "password-cleartext", "password-encrypted", "OAuth2", "none", ...
    QString username; // pattern, e.g. "%EMAILADDRESS%"; empty: the address
};

// One <emailProvider> of an ISPDB config-v1.1.xml file, plus Postino's extension elements
// (namespace IspdbParser::extensionNamespace(): <postino:mxDomain>, <postino:kind>, <postino:limits>).
struct ProviderEntry
{
    QString id;
    QString displayName;
    QString shortName;
    QStringList domains; // lower case
    QStringList mxDomains; // hosting providers: MX hosts under these domains mean this provider
    ProviderKind kind = ProviderKind::Mailbox;
    QList<ProviderServer> outgoing; // in the file's order, which is the order of preference
    QList<SendingLimits> limits; // <postino:limits>, in the file's order; see defaultSendingLimits()
};

// Reads Thunderbird's ISPDB / autoconfig format (config-v1.1.xml) with QXmlStreamReader. Only outgoing
// SMTP servers are kept; incoming servers and unknown elements are skipped. A document must name an SMTP
// server, unless it is one of ours that only says a provider's sending limits (its hosts not confirmed).
class IspdbParser
{
    Q_DECLARE_TR_FUNCTIONS(Postino::IspdbParser)
public:
    // origin names the document in error messages (a file name or a URL).
    [[nodiscard]] static Result<ProviderEntry> parse(const QByteArray& xml, const QString& origin);
    // Substitutes %EMAILADDRESS%, %EMAILLOCALPART% and %EMAILDOMAIN% from email.
    [[nodiscard]] static QString substitute(const QString& pattern, const QString& email);
    // The entry's outgoing servers as candidates for email, in the entry's order.
    [[nodiscard]] static QList<ServerCandidate> candidates(const ProviderEntry& entry, const QString& email,
                                                           DiscoverySource source);
    [[nodiscard]] static QString extensionNamespace();
    // ISPDB socketType words: "SSL", "STARTTLS", "plain".
    [[nodiscard]] static std::optional<Security> securityFromSocketType(const QString& socketType);
    [[nodiscard]] static bool isKnownAuthentication(const QString& word);

private:
    struct ParseState;
    // The steps of parse(); each sets the state's problem when what it reads is wrong.
    static void readEndElement(const QXmlStreamReader& reader, ParseState& state);
    static void readProviderChild(QXmlStreamReader& reader, ParseState& state);
    static void readServerChild(QXmlStreamReader& reader, ParseState& state);
    static void readLimits(QXmlStreamReader& reader, ParseState& state);
    [[nodiscard]] static QString documentProblem(const QXmlStreamReader& reader, const ParseState& state);
};

} // namespace Postino

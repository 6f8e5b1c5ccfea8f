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

// The <oAuth2> element of an ISPDB file (a sibling of <emailProvider>; also read inside it): how to
// sign in with OAuth2 (RFC 6749) where the SMTP server takes XOAUTH2/OAUTHBEARER. deviceAuthURL is
// Postino's own (RFC 8628 device authorisation), as are <postino:registrationURL> and <postino:mechanism> (XOAUTH2
// unless the provider says OAUTHBEARER: Microsoft refuses OAUTHBEARER) and <postino:appPasswordURL> on the provider.
struct ProviderOAuth2
{
    QString issuer; // "accounts.google.com" (a host) or an issuer URL (RFC 8414)
    QString scope; // space-separated, as sent
    QString authUrl; // https only
    QString tokenUrl; // https only
    QString deviceAuthUrl; // https; empty: the provider allows no device sign-in
    QString registrationUrl; // <postino:registrationURL>: where a client ID is registered, if known
    AuthMechanism mechanism = AuthMechanism::XOAuth2;

    [[nodiscard]] bool isValid() const { return !authUrl.isEmpty() && !tokenUrl.isEmpty(); }
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
    ProviderOAuth2 oauth2; // <oAuth2>; !isValid(): the provider has no OAuth2 sign-in we know of
    QString appPasswordUrl; // <postino:appPasswordURL>: where the user makes an app password, if anywhere
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
    static void readOAuth2(QXmlStreamReader& reader, ParseState& state);
    [[nodiscard]] static QString documentProblem(const QXmlStreamReader& reader, const ParseState& state);
};

} // namespace Postino

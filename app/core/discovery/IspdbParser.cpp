#include "IspdbParser.h"

#include <QUrl>
#include <QXmlStreamReader>

namespace Postino {

namespace {

QString localPart(const QString& email)
{
    const int at = email.lastIndexOf(QLatin1Char('@'));
    return at < 0 ? email : email.left(at);
}

QString domainPart(const QString& email)
{
    const int at = email.lastIndexOf(QLatin1Char('@'));
    return at < 0 ? QString() : email.mid(at + 1).toLower();
}

} // namespace

QString IspdbParser::extensionNamespace()
{
    return QStringLiteral("https://postino.invalid/ispdb-extensions");
}

std::optional<Security> IspdbParser::securityFromSocketType(const QString& socketType)
{
    const QString s = socketType.trimmed();
    if (s.compare(QLatin1String("SSL"), Qt::CaseInsensitive) == 0)
        return Security::Tls;
    if (s.compare(QLatin1String("STARTTLS"), Qt::CaseInsensitive) == 0)
        return Security::StartTls;
    if (s.compare(QLatin1String("plain"), Qt::CaseInsensitive) == 0)
        return Security::None;
    return std::nullopt;
}

bool IspdbParser::isKnownAuthentication(const QString& word)
{
    static const QStringList known = {
        QStringLiteral("password-cleartext"),
        QStringLiteral("plain"), // old spelling of password-cleartext
        QStringLiteral("password-encrypted"),
        QStringLiteral("secure"), // old spelling of password-encrypted
        QStringLiteral("OAuth2"),
        QStringLiteral("none"),
        QStringLiteral("client-IP-address"),
        QStringLiteral("smtp-after-pop"),
        QStringLiteral("NTLM"),
        QStringLiteral("GSSAPI"),
        QStringLiteral("TLS-client-cert"),
    };
    return known.contains(word, Qt::CaseInsensitive);
}

// Where the reader is in the document, and what it has read so far.
struct IspdbParser::ParseState
{
    ProviderEntry entry;
    ProviderServer server; // the <outgoingServer> being read
    bool inProvider = false;
    bool sawProvider = false;
    bool inServer = false;
    QString problem; // the first thing wrong; reading stops there
};

Result<ProviderEntry> IspdbParser::parse(const QByteArray& xml, const QString& origin)
{
    QXmlStreamReader reader(xml);
    ParseState state;
    while (!reader.atEnd() && state.problem.isEmpty()) {
        const QXmlStreamReader::TokenType token = reader.readNext();
        if (token == QXmlStreamReader::EndElement) {
            readEndElement(reader, state);
            continue;
        }
        if (token != QXmlStreamReader::StartElement)
            continue;
        if (!state.inProvider) {
            if (reader.name() == QLatin1String("oAuth2")) {
                readOAuth2(reader, state);
            } else if (reader.name() == QLatin1String("emailProvider") && !state.sawProvider) {
                state.inProvider = true;
                state.sawProvider = true;
                state.entry.id = reader.attributes().value(QLatin1String("id")).toString().trimmed();
            }
            continue;
        }
        if (state.inServer)
            readServerChild(reader, state);
        else
            readProviderChild(reader, state);
    }

    const QString problem = state.problem.isEmpty() ? documentProblem(reader, state) : state.problem;
    if (!problem.isEmpty()) {
        return Error(ErrorKind::DataError, tr("The mail configuration %1 could not be read: %2.").arg(origin, problem));
    }
    ProviderEntry& entry = state.entry;
    if (entry.id.isEmpty())
        entry.id = entry.domains.value(0);
    return entry;
}

// The end of an <outgoingServer> keeps it when it is complete; the end of <emailProvider> closes it.
void IspdbParser::readEndElement(const QXmlStreamReader& reader, ParseState& state)
{
    if (state.inServer && reader.name() == QLatin1String("outgoingServer")) {
        state.inServer = false;
        const ProviderServer& server = state.server;
        if (server.hostname.isEmpty())
            state.problem = tr("an outgoing server has no <hostname>");
        else if (server.port == 0)
            state.problem = tr("the outgoing server %1 has no valid <port> (1-65535)").arg(server.hostname);
        else
            state.entry.outgoing.append(server);
    } else if (state.inProvider && reader.name() == QLatin1String("emailProvider")) {
        state.inProvider = false;
    }
}

// A child of <emailProvider>: an SMTP server begins, or one of the provider's own fields.
void IspdbParser::readProviderChild(QXmlStreamReader& reader, ParseState& state)
{
    const auto name = reader.name();
    const bool isExtension = reader.namespaceUri() == extensionNamespace();
    ProviderEntry& entry = state.entry;
    if (name == QLatin1String("outgoingServer")) {
        const QString type = reader.attributes().value(QLatin1String("type")).toString();
        if (type.compare(QLatin1String("smtp"), Qt::CaseInsensitive) != 0) {
            reader.skipCurrentElement();
            return;
        }
        state.inServer = true;
        state.server = ProviderServer();
        // ISPDB's default when socketType is left out is plain; we never assume plain silently.
        state.server.security = Security::StartTls;
    } else if (isExtension && name == QLatin1String("mxDomain")) {
        entry.mxDomains.append(reader.readElementText().trimmed().toLower());
    } else if (isExtension && name == QLatin1String("limits")) {
        readLimits(reader, state);
    } else if (name == QLatin1String("oAuth2")) {
        readOAuth2(reader, state);
    } else if (isExtension && name == QLatin1String("appPasswordURL")) {
        entry.appPasswordUrl = reader.readElementText().trimmed();
        if (!QUrl(entry.appPasswordUrl, QUrl::StrictMode).isValid()
            || !entry.appPasswordUrl.startsWith(QLatin1String("https://")))
            state.problem = tr("the app password address \"%1\" is not an https:// URL").arg(entry.appPasswordUrl);
    } else if (isExtension && name == QLatin1String("kind")) {
        const QString text = reader.readElementText().trimmed();
        const std::optional<ProviderKind> kind = providerKindFromName(text);
        if (!kind)
            state.problem = tr("the provider kind \"%1\" is none of mailbox, hosting, pec, bridge").arg(text);
        else
            entry.kind = *kind;
    } else if (name == QLatin1String("domain") && !isExtension) {
        entry.domains.append(reader.readElementText().trimmed().toLower());
    } else if (name == QLatin1String("displayName")) {
        entry.displayName = reader.readElementText().trimmed();
    } else if (name == QLatin1String("displayShortName")) {
        entry.shortName = reader.readElementText().trimmed();
    } else {
        reader.skipCurrentElement();
    }
}

// <postino:limits messagesPerMinute=".." messagesPerDay=".." maxConnections=".." addresses=".." host=".."
// note=".."/>: numbers are whole and 0 or more (absent: 0, not known).
void IspdbParser::readLimits(QXmlStreamReader& reader, ParseState& state)
{
    const QXmlStreamAttributes attributes = reader.attributes();
    SendingLimits limits;
    const std::pair<const char*, int*> numbers[] = {{"messagesPerMinute", &limits.messagesPerMinute},
                                                    {"messagesPerDay", &limits.messagesPerDay},
                                                    {"maxConnections", &limits.maxConnections}};
    for (const auto& [attribute, value] : numbers) {
        const QString text = attributes.value(QLatin1String(attribute)).toString().trimmed();
        bool ok = true;
        *value = text.isEmpty() ? 0 : text.toInt(&ok);
        if (!ok || *value < 0) {
            state.problem = tr("the sending limit %1=\"%2\" is not a whole number of 0 or more")
                                .arg(QLatin1String(attribute), text);
            return;
        }
    }
    const QString addresses = attributes.value(QLatin1String("addresses")).toString().trimmed();
    if (addresses == QLatin1String("own"))
        limits.addresses = SendingLimits::Addresses::Own;
    else if (addresses == QLatin1String("other"))
        limits.addresses = SendingLimits::Addresses::Other;
    else if (!addresses.isEmpty() && addresses != QLatin1String("any")) {
        state.problem = tr("the sending limits' addresses \"%1\" are none of any, own, other").arg(addresses);
        return;
    }
    limits.host = attributes.value(QLatin1String("host")).toString().trimmed().toLower();
    limits.note = attributes.value(QLatin1String("note")).toString().simplified();
    state.entry.limits.append(limits);
    reader.skipCurrentElement();
}

// <oAuth2><issuer/><scope/><authURL/><tokenURL/>[<postino:deviceAuthURL/>][<postino:mechanism/>]</oAuth2>.
// The endpoints must be https:// URLs (a token never goes over plain HTTP); issuer, scope, authURL and
// tokenURL are required. deviceAuthURL is read in either namespace.
void IspdbParser::readOAuth2(QXmlStreamReader& reader, ParseState& state)
{
    ProviderOAuth2 oauth2;
    while (reader.readNextStartElement()) {
        const auto name = reader.name();
        const bool isExtension = reader.namespaceUri() == extensionNamespace();
        QString* field = nullptr;
        if (name == QLatin1String("issuer"))
            field = &oauth2.issuer;
        else if (name == QLatin1String("scope"))
            field = &oauth2.scope;
        else if (name == QLatin1String("authURL"))
            field = &oauth2.authUrl;
        else if (name == QLatin1String("tokenURL"))
            field = &oauth2.tokenUrl;
        else if (name == QLatin1String("deviceAuthURL"))
            field = &oauth2.deviceAuthUrl;
        else if (isExtension && name == QLatin1String("registrationURL"))
            field = &oauth2.registrationUrl;
        if (field) {
            *field = reader.readElementText().simplified();
        } else if (isExtension && name == QLatin1String("mechanism")) {
            const QString text = reader.readElementText().trimmed();
            const std::optional<AuthMechanism> mechanism = authMechanismFromName(text);
            if (!mechanism || (*mechanism != AuthMechanism::XOAuth2 && *mechanism != AuthMechanism::OAuthBearer)) {
                state.problem = tr("the OAuth2 mechanism \"%1\" is neither XOAUTH2 nor OAUTHBEARER").arg(text);
                return;
            }
            oauth2.mechanism = *mechanism;
        } else {
            reader.skipCurrentElement();
        }
    }
    const std::pair<const char*, const QString*> required[] = {{"issuer", &oauth2.issuer},
                                                               {"scope", &oauth2.scope},
                                                               {"authURL", &oauth2.authUrl},
                                                               {"tokenURL", &oauth2.tokenUrl}};
    for (const auto& [element, value] : required) {
        if (value->isEmpty()) {
            state.problem = tr("the <oAuth2> element has no <%1>").arg(QLatin1String(element));
            return;
        }
    }
    for (const QString* url : {&oauth2.authUrl, &oauth2.tokenUrl, &oauth2.deviceAuthUrl, &oauth2.registrationUrl}) {
        if (url->isEmpty())
            continue;
        const QUrl parsed(*url, QUrl::StrictMode);
        if (!parsed.isValid() || parsed.scheme() != QLatin1String("https") || parsed.host().isEmpty()) {
            state.problem = tr("the OAuth2 endpoint \"%1\" is not an https:// URL").arg(*url);
            return;
        }
    }
    state.entry.oauth2 = oauth2;
}

// A child of <outgoingServer>.
void IspdbParser::readServerChild(QXmlStreamReader& reader, ParseState& state)
{
    const auto name = reader.name();
    ProviderServer& server = state.server;
    if (name == QLatin1String("hostname")) {
        server.hostname = reader.readElementText().trimmed(); // lower-cased after substitution
    } else if (name == QLatin1String("port")) {
        const QString text = reader.readElementText().trimmed();
        bool ok = false;
        const int port = text.toInt(&ok);
        if (!ok || port < 1 || port > 65535)
            state.problem = tr("the port \"%1\" is not a number from 1 to 65535").arg(text);
        else
            server.port = static_cast<quint16>(port);
    } else if (name == QLatin1String("socketType")) {
        const QString text = reader.readElementText().trimmed();
        const std::optional<Security> security = securityFromSocketType(text);
        if (!security)
            state.problem = tr("the socketType \"%1\" is none of SSL, STARTTLS, plain").arg(text);
        else
            server.security = *security;
    } else if (name == QLatin1String("authentication")) {
        const QString text = reader.readElementText().trimmed();
        if (!isKnownAuthentication(text))
            state.problem = tr("the authentication \"%1\" is not an ISPDB authentication method").arg(text);
        else
            server.authentication.append(text);
    } else if (name == QLatin1String("username")) {
        server.username = reader.readElementText().trimmed();
    } else {
        reader.skipCurrentElement();
    }
}

// What is wrong with the document as a whole once it is read: not XML, no provider, no SMTP server.
QString IspdbParser::documentProblem(const QXmlStreamReader& reader, const ParseState& state)
{
    if (reader.hasError())
        return tr("it is not well-formed XML (line %1: %2)")
            .arg(QString::number(reader.lineNumber()), reader.errorString());
    if (!state.sawProvider)
        return tr("it has no <emailProvider> element");
    if (state.entry.outgoing.isEmpty() && state.entry.limits.isEmpty())
        return tr("it names no outgoing SMTP server");
    return {};
}

QString IspdbParser::substitute(const QString& pattern, const QString& email)
{
    QString result = pattern;
    result.replace(QLatin1String("%EMAILADDRESS%"), email);
    result.replace(QLatin1String("%EMAILLOCALPART%"), localPart(email));
    result.replace(QLatin1String("%EMAILDOMAIN%"), domainPart(email));
    return result;
}

QList<ServerCandidate> IspdbParser::candidates(const ProviderEntry& entry, const QString& email, DiscoverySource source)
{
    QList<ServerCandidate> list;
    for (const ProviderServer& server : entry.outgoing) {
        ServerCandidate candidate;
        candidate.host = substitute(server.hostname, email).toLower();
        if (candidate.host.endsWith(QLatin1Char('.')))
            candidate.host.chop(1);
        candidate.port = server.port;
        candidate.security = server.security;
        candidate.source = source;
        candidate.username = server.username.isEmpty() ? email : substitute(server.username, email);
        candidate.authentication = server.authentication;
        candidate.providerId = entry.id;
        candidate.kind = entry.kind;
        list.append(candidate);
    }
    return list;
}

} // namespace Postino

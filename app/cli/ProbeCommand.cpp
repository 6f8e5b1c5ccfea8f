#include "ProbeCommand.h"

#include "CliCommon.h"
#include "ConnectionOptions.h"
#include "UnboundDnsResolver.h"
#include "common/Settings.h"
#include "discovery/AutoconfigClient.h"
#include "discovery/ReplyExplainer.h"
#include "smtp/Submission.h"
#include "smtp/Transcript.h"

#include <QEventLoop>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>

#include <map>

namespace Postino::Cli {

namespace {

constexpr qint64 defaultProbeTimeoutMs = 10'000;

struct ProbeOptions
{
    QCommandLineOption username {QStringLiteral("username"),
                                 ProbeCommand::tr("Sign in with this user name (default: the address, then its "
                                                  "local part)."),
                                 QStringLiteral("U")};
    QCommandLineOption host {QStringLiteral("host"), ProbeCommand::tr("Skip discovery and probe this host's ports."),
                             QStringLiteral("HOST")};
    QCommandLineOption port {QStringLiteral("port"), ProbeCommand::tr("Probe only this port."), QStringLiteral("N")};
    QCommandLineOption security {QStringLiteral("security"),
                                 ProbeCommand::tr("With --host and --port: probe only this security (tls, starttls "
                                                  "or none)."),
                                 QStringLiteral("tls|starttls|none")};
    QCommandLineOption grace {QStringLiteral("grace"),
                              ProbeCommand::tr("Once a server has verified, wait this many seconds for a preferred "
                                               "one that has not greeted yet (default 2, and no longer than 3 s "
                                               "after the start; 0: take the first verified server at once)."),
                              QStringLiteral("SECONDS")};
};

// "host:port:security", as ServerCandidate::key() and as the sessions' endpoints give it.
QString candidateKey(const QString& host, quint16 port, Security security)
{
    return host.toLower() + QLatin1Char(':') + QString::number(port) + QLatin1Char(':') + securityName(security);
}

// Wraps the real factory for the probe: keeps one transcript per candidate (for --transcript and -v) and
// applies the test-only port map (POSTINO_TEST_PORT_MAP).
class ProbeSubmissions final : public SubmissionFactory
{
public:
    ProbeSubmissions(SubmissionFactory* inner, QHash<quint16, quint16> portMap, bool keepTranscripts)
        : m_inner(inner)
        , m_portMap(std::move(portMap))
        , m_keepTranscripts(keepTranscripts)
    { }

    std::unique_ptr<Submission> create(const SubmissionSettings& settings) override
    {
        SubmissionSettings adjusted = settings;
        const QString key = candidateKey(settings.endpoint.host, settings.endpoint.port, settings.endpoint.security);
        if (m_keepTranscripts) {
            auto& transcript = m_transcripts[key];
            if (!transcript)
                transcript = std::make_unique<Transcript>();
            else
                transcript->addNote(ProbeCommand::tr("a new connection, to try another user name"));
            adjusted.transcript = transcript.get();
        }
        if (const quint16 mapped = m_portMap.value(settings.endpoint.port); mapped != 0)
            adjusted.endpoint.port = mapped;
        return m_inner->create(adjusted);
    }

    [[nodiscard]] const Transcript* transcriptFor(const QString& key) const
    {
        const auto it = m_transcripts.find(key);
        return it == m_transcripts.end() ? nullptr : it->second.get();
    }

private:
    SubmissionFactory* m_inner;
    QHash<quint16, quint16> m_portMap;
    bool m_keepTranscripts;
    std::map<QString, std::unique_ptr<Transcript>> m_transcripts;
};

QString where(const ServerCandidate& server)
{
    return server.host + QLatin1Char(':') + QString::number(server.port);
}

QString progressLine(const ProbeCandidate& candidate)
{
    return ProbeCommand::tr("  %1 %2 (%3): %4 in %5 ms - %6")
        .arg(where(candidate.server), securityName(candidate.server.security),
             discoverySourceName(candidate.server.source), probeOutcomeName(candidate.result),
             QString::number(candidate.elapsedMs), candidate.detail);
}

// The candidates as a table, for people.
void printTable(QTextStream& out, const ProbeResult& result)
{
    const QStringList headers = {ProbeCommand::tr("HOST"),   ProbeCommand::tr("PORT"),   ProbeCommand::tr("SECURITY"),
                                 ProbeCommand::tr("SOURCE"), ProbeCommand::tr("RESULT"), ProbeCommand::tr("TIME"),
                                 ProbeCommand::tr("DETAIL")};
    QList<QStringList> rows;
    for (const ProbeCandidate& c : result.candidates) {
        rows.append({c.server.host, QString::number(c.server.port), securityName(c.server.security),
                     discoverySourceName(c.server.source), probeOutcomeName(c.result),
                     ProbeCommand::tr("%1 ms").arg(c.elapsedMs), c.detail});
    }
    QList<int> widths;
    for (const QString& h : headers)
        widths.append(static_cast<int>(h.size()));
    for (const QStringList& row : std::as_const(rows)) {
        for (int i = 0; i < row.size() - 1; ++i)
            widths[i] = std::max(widths.at(i), static_cast<int>(row.at(i).size()));
    }
    const auto printRow = [&](const QStringList& row) {
        QString line;
        for (int i = 0; i < row.size() - 1; ++i)
            line += row.at(i).leftJustified(widths.at(i) + 2);
        line += row.constLast();
        out << line.trimmed() << '\n';
    };
    printRow(headers);
    for (const QStringList& row : std::as_const(rows))
        printRow(row);
}

void printServer(QTextStream& out, const ProbeResult& result)
{
    const ProbeCandidate* chosen = result.found ? result.server() : nullptr;
    if (!chosen) {
        out << ProbeCommand::tr("No usable server found for %1.").arg(result.email) << '\n';
        return;
    }
    const ServerCandidate& s = chosen->server;
    out << '\n'
        << (result.verified ? ProbeCommand::tr("Server:       %1 %2 (found by %3), verified")
                            : ProbeCommand::tr("Server:       %1 %2 (found by %3), password refused"))
               .arg(where(s), securityName(s.security), discoverySourceName(s.source))
        << '\n';
    const QString username = chosen->usernameUsed.isEmpty() ? s.username : chosen->usernameUsed;
    if (chosen->authUsed != AuthMechanism::None && chosen->authUsed != AuthMechanism::Auto)
        out << ProbeCommand::tr("Sign-in:      %1 as %2").arg(authMechanismName(chosen->authUsed), username) << '\n';
    else if (!username.isEmpty())
        out << ProbeCommand::tr("User name:    %1 (not tried: no password given)").arg(username) << '\n';
    out << ProbeCommand::tr("Capabilities: %1").arg(chosen->capabilities.join(QStringLiteral(", "))) << '\n';
    if (chosen->maxSize > 0)
        out << ProbeCommand::tr("Largest message: %1 bytes").arg(chosen->maxSize) << '\n';
    if (chosen->tls.encrypted) {
        const CertificateInfo& cert = chosen->tls.peer;
        out << ProbeCommand::tr("TLS:          %1, %2").arg(chosen->tls.protocol, chosen->tls.cipher) << '\n'
            << ProbeCommand::tr("Certificate:  %1, issued by %2, valid until %3%4")
                   .arg(cert.subject, cert.issuer, cert.notAfter.toUTC().toString(Qt::ISODate),
                        chosen->tls.pinned ? ProbeCommand::tr(" (accepted by its pinned fingerprint)") : QString())
            << '\n'
            << ProbeCommand::tr("SHA-256:      %1").arg(QString::fromLatin1(cert.sha256)) << '\n';
    } else {
        out << ProbeCommand::tr("TLS:          none: the connection is not encrypted") << '\n';
    }
}

// Every candidate's dialogue, in the report's order, each under a note naming it.
QStringList transcriptLines(const ProbeResult& result, const ProbeSubmissions& submissions)
{
    QStringList lines;
    for (const ProbeCandidate& c : result.candidates) {
        const Transcript* transcript =
            submissions.transcriptFor(candidateKey(c.server.host, c.server.port, c.server.security));
        if (!transcript)
            continue;
        lines.append(QStringLiteral("-- ")
                     + ProbeCommand::tr("candidate %1 %2 (%3): %4")
                           .arg(where(c.server), securityName(c.server.security), discoverySourceName(c.server.source),
                                probeOutcomeName(c.result)));
        lines += transcript->lines();
    }
    return lines;
}

// Runs the probe with this run's autoconfig and DNS options, the progress on stderr, until it finishes.
ProbeResult runProbe(const ProbeSettings& settings, const ConnectionOptions& options, Context& ctx,
                     SubmissionFactory* submissions)
{
    AutoconfigOptions autoconfigOptions;
    autoconfigOptions.extraCaCertificates = options.caCertificates();
    autoconfigOptions.pinnedSha256 = options.fingerprint();
    autoconfigOptions.resolve = options.resolve();
    autoconfigOptions.timeoutMs = settings.timeoutMs;
    if (const uint port = ctx.env.value(QStringLiteral("POSTINO_TEST_AUTOCONFIG_PORT")).toUInt();
        port > 0 && port <= 65535)
        autoconfigOptions.port = static_cast<quint16>(port);
    AutoconfigClient autoconfig(autoconfigOptions);
    UnboundDnsOptions dnsOptions;
    dnsOptions.server = options.dnsServer();
    if (settings.timeoutMs > 0)
        dnsOptions.timeoutMs = settings.timeoutMs;
    UnboundDnsResolver dns(dnsOptions);

    ProbeServices services;
    services.submissions = submissions;
    services.autoconfig = &autoconfig;
    services.dns = &dns;

    const bool manual = !settings.host.isEmpty();
    ctx.err << (manual ? ProbeCommand::tr("Probing %1 for %2...").arg(settings.host, settings.email)
                       : ProbeCommand::tr("Looking for the outgoing server of %1...").arg(settings.email))
            << '\n';
    ctx.err.flush();

    ServerProbe probe(settings, services);
    QEventLoop loop;
    ProbeResult result;
    QObject::connect(&probe, &ServerProbe::candidateUpdated, &loop, [&ctx](int, const ProbeCandidate& candidate) {
        if (candidate.result == ProbeOutcome::Pending || candidate.result == ProbeOutcome::Skipped)
            return;
        ctx.err << progressLine(candidate) << '\n';
        ctx.err.flush();
    });
    QObject::connect(&probe, &ServerProbe::finished, &loop, [&](const ProbeResult& r) {
        result = r;
        loop.quit();
    });
    probe.start();
    loop.exec();
    return result;
}

// Every candidate's dialogue to --transcript FILE (when open) and, with -v, to stderr.
void writeTranscripts(const QStringList& lines, QFile* file, QTextStream* err)
{
    if (file->isOpen()) {
        for (const QString& line : lines)
            file->write(line.toUtf8() + '\n');
        file->close();
    }
    if (err) {
        for (const QString& line : lines)
            *err << line << '\n';
    }
}

// Explanations and notes, for people (on stderr): each known reply's explanation once, the probe's notes,
// and when nothing verified, the most telling failure in the words the wizard uses.
void printNotes(QTextStream& err, const ProbeResult& result)
{
    QStringList explanations;
    for (const ProbeCandidate& c : std::as_const(result.candidates)) {
        if (!c.explanation.isEmpty() && !explanations.contains(c.explanation))
            explanations.append(c.explanation);
    }
    for (const QString& text : std::as_const(explanations))
        err << ProbeCommand::tr("Note: %1").arg(text) << '\n';
    for (const QString& note : std::as_const(result.notes))
        err << ProbeCommand::tr("Note: %1").arg(note) << '\n';
    if (const QString verdict = result.verdict(); !verdict.isEmpty())
        err << ProbeCommand::tr("Note: %1").arg(verdict) << '\n';
    err.flush();
}

// The one EMAIL argument, in the shape of an address.
Result<QString> emailToProbe(const QStringList& positional)
{
    if (positional.size() != 1) {
        return Error(ErrorKind::Usage,
                     ProbeCommand::tr("probe wants exactly one address, like postino-cli probe ada@example.com."));
    }
    const QString email = positional.constFirst().trimmed();
    static const QRegularExpression addressShape(QStringLiteral("^[^@\\s]+@[^@\\s.][^@\\s]*$"));
    if (!addressShape.match(email).hasMatch() || email.endsWith(QLatin1Char('.'))) {
        return Error(ErrorKind::Usage,
                     ProbeCommand::tr("\"%1\" is not an e-mail address; give one like ada@example.com.")
                         .arg(positional.constFirst()));
    }
    return email;
}

// --host, --port and --security: skip discovery, probe this host (this port, this security).
Status readServerOptions(const QCommandLineParser& parser, const ProbeOptions& o, ProbeSettings& settings)
{
    if (parser.isSet(o.host)) {
        settings.host = parser.value(o.host).trimmed().toLower();
        if (settings.host.endsWith(QLatin1Char('.')))
            settings.host.chop(1);
        if (settings.host.isEmpty() || settings.host.contains(QLatin1Char(' ')))
            return Error(ErrorKind::Usage,
                         ProbeCommand::tr("--host wants a host name, not \"%1\".").arg(parser.value(o.host)));
    }
    if (parser.isSet(o.port)) {
        auto port = CliCommon::parsePort(parser.value(o.port), QStringLiteral("--port"));
        if (!port.ok())
            return port.error();
        settings.port = port.value();
    }
    if (parser.isSet(o.grace)) {
        bool ok = false;
        const double seconds = parser.value(o.grace).toDouble(&ok);
        if (!ok || seconds < 0 || seconds > 3600) {
            return Error(ErrorKind::Usage,
                         ProbeCommand::tr("--grace wants a number of seconds between 0 and 3600, "
                                          "not \"%1\".")
                             .arg(parser.value(o.grace)));
        }
        settings.graceMs = static_cast<qint64>(seconds * 1000);
        settings.graceLimitMs = 0; // the user's own choice, not capped
    }
    if (parser.isSet(o.security)) {
        if (settings.host.isEmpty() || settings.port == 0) {
            return Error(ErrorKind::Usage,
                         ProbeCommand::tr("--security needs --host and --port (it names "
                                          "the security of that one port)."));
        }
        auto security = CliCommon::parseSecurity(parser.value(o.security), QStringLiteral("--security"));
        if (!security.ok())
            return security.error();
        settings.security = security.value();
    }
    return {};
}

} // namespace

QJsonObject probeFailureJson(const QString& email)
{
    return QJsonObject {{QStringLiteral("email"), email.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(email)},
                        {QStringLiteral("found"), false},
                        {QStringLiteral("verified"), false},
                        {QStringLiteral("source"), QJsonValue::Null},
                        {QStringLiteral("server"), QJsonValue::Null},
                        {QStringLiteral("capabilities"), QJsonArray()},
                        {QStringLiteral("max_size"), QJsonValue::Null},
                        {QStringLiteral("tls"), QJsonValue::Null},
                        {QStringLiteral("candidates"), QJsonArray()},
                        {QStringLiteral("elapsed_ms"), 0}};
}

ProbeCommand::ProbeCommand()
    : Command(QStringLiteral("probe"), tr("Find and verify the outgoing server for an address."))
{ }

int ProbeCommand::execute(const QStringList& args, Context& ctx)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Finds the outgoing (SMTP) server for EMAIL and verifies it: connect, TLS with the certificate checked, "
           "EHLO, and AUTH when a password is given. No message is sent.\n"
           "Exit: 0 found (and signed in, when a password was given), 77 the password was refused, 69 nothing "
           "usable found."));
    parser.addPositionalArgument(QStringLiteral("EMAIL"), tr("The address to find the server for."));
    ConnectionOptions connection;
    ProbeOptions o;
    connection.addTo(parser);
    parser.addOptions({o.username, o.host, o.port, o.security, o.grace});
    ctx.failureJson = probeFailureJson({});
    if (!parse(parser, args, ctx))
        return parser.isSet(QStringLiteral("help")) ? 0 : 64;
    ctx.failureJson = probeFailureJson(parser.positionalArguments().value(0));

    auto email = emailToProbe(parser.positionalArguments());
    if (!email.ok())
        return reportError(ctx, email.error());
    if (const Status read = connection.read(parser); !read.ok())
        return reportError(ctx, read.error());

    ProbeSettings settings;
    settings.email = email.value();
    settings.username = parser.value(o.username).trimmed();
    settings.applyTimings(Settings(Settings::defaultFileName()));
    if (const Status server = readServerOptions(parser, o, settings); !server.ok())
        return reportError(ctx, server.error());
    auto password = connection.password(parser, ctx);
    if (!password.ok())
        return reportError(ctx, password.error());
    settings.password = password.value();
    return runAndReport(settings, connection, ctx);
}

int ProbeCommand::runAndReport(ProbeSettings settings, const ConnectionOptions& options, Context& ctx, Output output,
                               ProbeResult* resultOut)
{
    for (auto it = options.resolve().cbegin(); it != options.resolve().cend(); ++it)
        settings.resolve.insert(it.key(), it.value());
    settings.extraCaCertificates += options.caCertificates();
    if (!options.fingerprint().isEmpty())
        settings.pinnedSha256 = options.fingerprint();
    settings.timeoutMs = options.timeoutMs() > 0 ? options.timeoutMs() : defaultProbeTimeoutMs;

    const bool wantTranscript = options.verbose() || !options.transcriptPath().isEmpty();
    QFile transcriptFile;
    if (!options.transcriptPath().isEmpty()) {
        transcriptFile.setFileName(options.transcriptPath());
        if (!transcriptFile.open(QIODevice::WriteOnly | QIODevice::Truncate | QIODevice::Text)) {
            return reportError(ctx,
                               Error(ErrorKind::IoError,
                                     tr("Cannot write the transcript to \"%1\": %2. Choose a file you can "
                                        "write to.")
                                         .arg(options.transcriptPath(), transcriptFile.errorString())));
        }
    }

    ProbeSubmissions submissions(SubmissionFactory::smtp(), CliCommon::testPortMap(ctx), wantTranscript);
    const ProbeResult result = runProbe(settings, options, ctx, &submissions);
    if (wantTranscript)
        writeTranscripts(transcriptLines(result, submissions), &transcriptFile, options.verbose() ? &ctx.err : nullptr);

    if (resultOut)
        *resultOut = result;
    if (output == Output::StderrOnly) {
        printTable(ctx.err, result);
        printServer(ctx.err, result);
    } else if (options.json()) {
        printJson(ctx, QJsonDocument(result.toJson()));
    } else {
        printTable(ctx.out, result);
        printServer(ctx.out, result);
        ctx.out.flush();
    }
    printNotes(ctx.err, result);

    const Error error = result.error();
    if (!error.isError()) {
        const ProbeCandidate* chosen = result.server();
        ctx.err << tr("Found %1 %2 (%3) in %4 ms.")
                       .arg(where(chosen->server), securityName(chosen->server.security),
                            discoverySourceName(chosen->server.source), QString::number(result.elapsedMs))
                << '\n';
        ctx.err.flush();
        return 0;
    }
    return reportError(ctx, error);
}

} // namespace Postino::Cli

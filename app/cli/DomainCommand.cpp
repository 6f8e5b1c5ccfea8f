#include "DomainCommand.h"

#include "CliCommon.h"
#include "ConnectionOptions.h"
#include "UnboundDnsResolver.h"
#include "accounts/AccountConnection.h"
#include "domain/DomainCheck.h"
#include "domain/MtaStsFetcher.h"
#include "smtp/Submission.h"

#include <QEventLoop>
#include <QHostAddress>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace Postino::Cli {

namespace {

QJsonObject reportJson(const QString& domain, const QList<DomainCheckResult>& checks, qint64 elapsedMs)
{
    QJsonArray array;
    for (const DomainCheckResult& r : checks) {
        array.append(QJsonObject {{QStringLiteral("id"), r.id},
                                  {QStringLiteral("status"), DomainCheckResult::statusName(r.status)},
                                  {QStringLiteral("summary"), r.summary},
                                  {QStringLiteral("detail"), r.detail},
                                  {QStringLiteral("fix"), r.fix}});
    }
    return QJsonObject {{QStringLiteral("domain"), domain},
                        {QStringLiteral("checks"), array},
                        {QStringLiteral("elapsed_ms"), elapsedMs}};
}

QString statusLabel(DomainCheckResult::Status status)
{
    switch (status) {
    case DomainCheckResult::Status::Pass:
        return DomainCommand::tr("PASS");
    case DomainCheckResult::Status::Warn:
        return DomainCommand::tr("WARN");
    case DomainCheckResult::Status::Fail:
        return DomainCommand::tr("FAIL");
    case DomainCheckResult::Status::Info:
        break;
    }
    return DomainCommand::tr("INFO");
}

// The real sessions, through the test-only port map (POSTINO_TEST_PORT_MAP: tests cannot count on port 25
// and 587 on loopback being free, so their servers listen on ports of their own).
class MappedSubmissions final : public SubmissionFactory
{
public:
    explicit MappedSubmissions(QHash<quint16, quint16> portMap)
        : m_portMap(std::move(portMap))
    { }

    std::unique_ptr<Submission> create(const SubmissionSettings& settings) override
    {
        SubmissionSettings adjusted = settings;
        if (const quint16 mapped = m_portMap.value(settings.endpoint.port); mapped != 0)
            adjusted.endpoint.port = mapped;
        return SubmissionFactory::smtp()->create(adjusted);
    }

private:
    QHash<quint16, quint16> m_portMap;
};

} // namespace

DomainCommand::DomainCommand()
    : Command(
        QStringLiteral("domain"),
        tr("Checks a domain's mail records (MX, SPF, DKIM, DMARC, reverse DNS, blocklists) and says what to fix."))
{ }

int DomainCommand::execute(const QStringList& args, Context& ctx)
{
    QCommandLineParser parser;
    ConnectionOptions shared;
    shared.addTo(parser, false);
    const QCommandLineOption accountOption(QStringLiteral("account"),
                                           tr("Check mail sent through this stored account's server."), tr("ACC"));
    const QCommandLineOption serverOption(QStringLiteral("server"),
                                          tr("A server that sends for the domain (repeatable)."), tr("HOST|IP"));
    const QCommandLineOption selectorOption(
        QStringLiteral("dkim-selector"), tr("A DKIM selector to look up (repeatable); else the usual ones."), tr("S"));
    const QCommandLineOption zoneOption(QStringLiteral("dnsbl-zone"),
                                        tr("A blocklist zone (repeatable), instead of the default ones."), tr("ZONE"));
    const QCommandLineOption mxTestOption(
        QStringLiteral("mx-test"),
        tr("Also test each MX on port 25: reachable, STARTTLS and its certificate, not an open relay."));
    parser.addOptions({accountOption, serverOption, selectorOption, zoneOption, mxTestOption});
    parser.addPositionalArgument(QStringLiteral("check"), tr("check DOMAIN|ADDR"));

    const QStringList positional = [&args] {
        QStringList rest;
        for (qsizetype i = 1; i < args.size(); ++i) {
            if (!args.at(i).startsWith(QLatin1Char('-')))
                rest.append(args.at(i));
        }
        return rest;
    }();
    ctx.failureJson = reportJson(positional.size() >= 2 ? DomainCheck::domainOf(positional.at(1)) : QString(), {}, 0);
    if (!parse(parser, args, ctx))
        return parser.isSet(QStringLiteral("help")) ? 0 : 64;
    const QStringList rest = parser.positionalArguments();
    if (rest.size() != 2 || rest.first() != QLatin1String("check")) {
        return reportError(ctx,
                           Error(ErrorKind::Usage, tr("Say what to check: postino-cli domain check DOMAIN|ADDR.")));
    }
    const QString target = rest.at(1);
    const QString domain = DomainCheck::domainOf(target);
    ctx.failureJson = reportJson(domain, {}, 0);
    if (domain.isEmpty()) {
        return reportError(ctx,
                           Error(ErrorKind::Usage,
                                 tr("'%1' is not a domain name or an address; give e.g. example.com or "
                                    "me@example.com.")
                                     .arg(target)));
    }
    if (const Status read = shared.read(parser); !read)
        return reportError(ctx, read.error());

    DomainCheckOptions options;
    options.target = target;
    options.dkimSelectors = parser.values(selectorOption);
    options.dnsblZones = parser.values(zoneOption);
    for (const QString& server : parser.values(serverOption)) {
        const QString address = shared.resolve().value(server.toLower());
        options.servers.append(address.isEmpty() ? server : address);
        // Its EHLO name is read on port 25, in clear: the name it gives other servers.
        ServerEndpoint endpoint;
        endpoint.host = server;
        endpoint.port = 25;
        endpoint.security = Security::None;
        endpoint.connectAddress = address;
        options.serverEndpoints.insert(options.servers.last(), endpoint);
    }
    if (parser.isSet(accountOption)) {
        const AccountStore store = CliCommon::accountStore();
        auto account = store.get(parser.value(accountOption));
        if (!account.ok())
            return reportError(ctx, account.error());
        options.accountAddress = account.value().email;
        QString address = shared.resolve().value(account.value().host.toLower());
        if (address.isEmpty())
            address = account.value().connectAddressFor(account.value().host);
        options.servers.append(address.isEmpty() ? account.value().host : address);
        // Its EHLO name is read where the account connects, without signing in.
        auto settings = submissionSettings(account.value(), QString(), shared.overrides());
        if (!settings.ok())
            return reportError(ctx, settings.error());
        options.serverEndpoints.insert(options.servers.last(), settings.value().endpoint);
    }
    options.mxTest = parser.isSet(mxTestOption);
    options.resolve = shared.resolve();
    options.extraCaCertificates = shared.caCertificates();
    if (shared.timeoutMs() > 0)
        options.connectTimeoutMs = shared.timeoutMs();
    MappedSubmissions submissions(CliCommon::testPortMap(ctx));
    options.submissions = &submissions;
    UnboundDnsOptions dnsOptions;
    dnsOptions.server = shared.dnsServer();
    dnsOptions.timeoutMs = shared.timeoutMs() > 0 ? shared.timeoutMs() : 4000;
    // Room for a connection that times out and the submission port tried after it (the MX test).
    options.deadlineMs = qMax(dnsOptions.timeoutMs + 500, 2 * options.connectTimeoutMs + 500);
    UnboundDnsResolver dns(dnsOptions);
    HttpsMtaStsOptions mtaStsOptions;
    mtaStsOptions.extraCaCertificates = shared.caCertificates();
    mtaStsOptions.resolve = shared.resolve();
    mtaStsOptions.timeoutMs = qMin<qint64>(dnsOptions.timeoutMs, options.deadlineMs - 500);
    // Test seam: the policy's HTTPS server on a port of the test's own (RFC 8461 says 443).
    if (const uint port = ctx.env.value(QStringLiteral("POSTINO_TEST_MTA_STS_PORT")).toUInt();
        port > 0 && port <= 65535)
        mtaStsOptions.port = static_cast<quint16>(port);
    HttpsMtaStsFetcher mtaSts(mtaStsOptions);
    options.mtaSts = &mtaSts;

    ctx.err << tr("Checking %1...").arg(domain) << '\n';
    ctx.err.flush();
    DomainCheck check(dns, options);
    QEventLoop loop;
    DomainCheckReport report;
    QObject::connect(&check, &DomainCheck::finished, &loop, [&report, &loop](const DomainCheckReport& r) {
        report = r;
        loop.quit();
    });
    check.start();
    loop.exec();

    const int code = report.dnsUnanswered ? 75 : report.hasFailure() ? 1 : 0;
    if (ctx.json) {
        printJson(ctx, QJsonDocument(reportJson(report.domain, report.checks, report.elapsedMs)));
        ctx.jsonPrinted = true;
    } else {
        for (const DomainCheckResult& r : report.checks) {
            ctx.out << statusLabel(r.status) << "  " << r.id.leftJustified(11) << r.summary << '\n';
            if (!r.fix.isEmpty()) {
                const QStringList lines = r.fix.split(QLatin1Char('\n'));
                for (const QString& line : lines)
                    ctx.out << "      " << tr("fix: %1").arg(line) << '\n';
            }
        }
        ctx.out.flush();
    }
    if (report.dnsUnanswered)
        ctx.err << tr("The DNS gave no answer for some look-ups: try again, or use --dns-server.") << '\n';
    ctx.err << tr("%1 checked in %2 ms.").arg(report.domain).arg(report.elapsedMs) << '\n';
    ctx.err.flush();
    return code;
}

} // namespace Postino::Cli

#include "DomainCommand.h"

#include "CliCommon.h"
#include "ConnectionOptions.h"
#include "UnboundDnsResolver.h"
#include "domain/DomainCheck.h"

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
    const QCommandLineOption mxTestOption(QStringLiteral("mx-test"),
                                          tr("Also test each MX on port 25 (not available in this version)."));
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
    }
    if (parser.isSet(mxTestOption)) {
        ctx.err << tr("--mx-test is not available in this version: the MX hosts are not tested on port 25.") << '\n';
    }
    UnboundDnsOptions dnsOptions;
    dnsOptions.server = shared.dnsServer();
    dnsOptions.timeoutMs = shared.timeoutMs() > 0 ? shared.timeoutMs() : 4000;
    options.deadlineMs = dnsOptions.timeoutMs + 500;
    UnboundDnsResolver dns(dnsOptions);

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
            ctx.out << statusLabel(r.status) << "  " << r.id.leftJustified(10) << r.summary << '\n';
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

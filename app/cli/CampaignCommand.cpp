#include "CampaignCommand.h"

#include "CliCommon.h"
#include "CliOutbox.h"
#include "ConnectionOptions.h"
#include "ServerOptions.h"
#include "campaign/CampaignService.h"
#include "mime/Address.h"
#include "smtp/Transcript.h"

#include <QBuffer>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLocale>
#include <QSaveFile>

namespace Postino::Cli {

namespace {

// Skipped rows named one by one on stderr at create; the rest are counted (the report has them all).
constexpr int kSkippedShown = 20;

struct CampaignOptions
{
    QCommandLineOption from {QStringLiteral("from"),
                             CampaignCommand::tr("create: the sender (From), e.g. \"Negozio "
                                                 "Rossi <info@negozio.example>\"."),
                             QStringLiteral("ADDR")};
    QCommandLineOption recipients {QStringLiteral("recipients"),
                                   CampaignCommand::tr("create: the recipient list (CSV with a header row)."),
                                   QStringLiteral("FILE.csv")};
    QCommandLineOption column {QStringLiteral("column"),
                               CampaignCommand::tr("create: the list's address column, if it is not \"email\"."),
                               QStringLiteral("email=NAME")};
    QCommandLineOption subject {QStringLiteral("subject"), CampaignCommand::tr("create: the subject template."),
                                QStringLiteral("TEMPLATE")};
    QCommandLineOption bodyFile {QStringLiteral("body-file"),
                                 CampaignCommand::tr("create: the plain-text body template from FILE."),
                                 QStringLiteral("FILE")};
    QCommandLineOption htmlFile {QStringLiteral("html-file"),
                                 CampaignCommand::tr("create: the HTML body template from FILE (sent with a "
                                                     "plain-text alternative)."),
                                 QStringLiteral("FILE")};
    QCommandLineOption attach {QStringLiteral("attach"),
                               CampaignCommand::tr("create: attach FILE to every message (repeatable)."),
                               QStringLiteral("FILE")};
    QCommandLineOption header {QStringLiteral("header"),
                               CampaignCommand::tr("create: add a header template (repeatable)."),
                               QStringLiteral("Name: value")};
    QCommandLineOption unsubscribe {QStringLiteral("unsubscribe"),
                                    CampaignCommand::tr("create: a mailto: or https: unsubscribe URL template, "
                                                        "for List-Unsubscribe (repeatable)."),
                                    QStringLiteral("URL-TEMPLATE")};
    QCommandLineOption rate {QStringLiteral("rate"),
                             CampaignCommand::tr("create: at most N messages per minute, evenly spaced "
                                                 "(default: the account's or its provider's limit)."),
                             QStringLiteral("N")};
    QCommandLineOption dailyLimit {QStringLiteral("daily-limit"),
                                   CampaignCommand::tr("create: at most N messages in any 24 hours (default: the "
                                                       "account's or its provider's limit)."),
                                   QStringLiteral("N")};
    QCommandLineOption maxFailures {QStringLiteral("max-failures"),
                                    CampaignCommand::tr("create: pause the campaign after N messages refused for "
                                                        "good (default 50; 0: never)."),
                                    QStringLiteral("N")};
    QCommandLineOption row {QStringLiteral("row"), CampaignCommand::tr("preview, test: the data row (default 1)."),
                            QStringLiteral("N")};
    QCommandLineOption to {QStringLiteral("to"), CampaignCommand::tr("test: send the test message to ADDR only."),
                           QStringLiteral("ADDR")};
    QCommandLineOption csv {QStringLiteral("csv"), CampaignCommand::tr("report: write the report as CSV to FILE."),
                            QStringLiteral("FILE")};
};

Result<int> positiveNumber(const QCommandLineParser& parser, const QCommandLineOption& option, int fallback,
                           bool zeroAllowed = false)
{
    if (!parser.isSet(option))
        return fallback;
    bool ok = false;
    const int value = parser.value(option).toInt(&ok);
    if (!ok || value < (zeroAllowed ? 0 : 1)) {
        return Error(ErrorKind::Usage,
                     CampaignCommand::tr("--%1 wants a whole number from %2, not \"%3\".")
                         .arg(option.names().constFirst(), zeroAllowed ? QStringLiteral("0") : QStringLiteral("1"),
                              parser.value(option)));
    }
    return value;
}

QString when(const QDateTime& t)
{
    return t.isValid() ? QLocale().toString(t.toLocalTime(), QLocale::ShortFormat) : QStringLiteral("-");
}

// The runner's limits of an account as a pace: the user's setting, else the provider's.
PaceLimits accountPace(OutboxRunner& runner, const QString& key)
{
    return runner.accountLimits(key).pace();
}

class CampaignRun
{
public:
    CampaignRun(const QCommandLineParser& parser, const CampaignOptions& o, const ServerOptions& server,
                ConnectionOptions& connection, Context& ctx)
        : m_parser(parser)
        , m_o(o)
        , m_server(server)
        , m_connection(connection)
        , m_ctx(ctx)
    { }

    int create(const QString& name);
    int preview(const QString& name);
    int test(const QString& name);
    int start(const QString& name);
    int change(const QString& action, const QString& name);
    int status(const QString& name);
    int report(const QString& name);
    int list();
    int remove(const QString& name);

private:
    // The outbox and the campaigns, with credentials for what this run sends (test).
    CliOutbox& outbox(std::optional<QString> password = std::nullopt)
    {
        if (!m_outbox) {
            m_credentials = std::make_unique<CliCredentials>(m_connection, std::move(password), &m_transcript);
            m_outbox = std::make_unique<CliOutbox>(m_credentials.get());
        }
        return *m_outbox;
    }
    CampaignService& service() { return outbox().campaigns(); }
    [[nodiscard]] Result<CampaignStatus> statusOf(const QString& name)
    {
        Result<Campaign> campaign = service().campaigns().load(name);
        if (!campaign)
            return campaign.error();
        return service().status(name, accountPace(outbox().runner(), campaign.value().accountKey()));
    }
    Result<Campaign> campaignFromOptions(const QString& name);
    void printSkipped(const QList<SkippedRecipient>& skipped);
    void printStatus(const CampaignStatus& status);
    int fail(const Error& error) { return reportError(m_ctx, error); }

    const QCommandLineParser& m_parser;
    const CampaignOptions& m_o;
    const ServerOptions& m_server;
    ConnectionOptions& m_connection;
    Context& m_ctx;
    Transcript m_transcript;
    std::unique_ptr<CliCredentials> m_credentials;
    std::unique_ptr<CliOutbox> m_outbox;
};

Result<Campaign> CampaignRun::campaignFromOptions(const QString& name)
{
    Result<ServerOptions::Route> route = m_server.route(m_parser, m_connection, m_ctx, ServerOptions::Password::Later);
    if (!route)
        return route.error();
    Campaign c;
    c.name = name;
    c.account = route.value().account;
    c.server = route.value().server;
    if (!c.account.isEmpty()) {
        Result<Account> account = CliCommon::accountStore().get(c.account);
        if (!account)
            return account.error();
        Result<Address> own = Address::create(account.value().email, account.value().displayName);
        if (!m_parser.isSet(m_o.from) && own)
            c.from = own.value().toDisplayString();
    }
    if (m_parser.isSet(m_o.from))
        c.from = m_parser.value(m_o.from);
    if (c.from.isEmpty())
        return Error(ErrorKind::Usage, CampaignCommand::tr("Say who the campaign is from with --from ADDR."));
    if (!m_parser.isSet(m_o.recipients)) {
        return Error(ErrorKind::Usage,
                     CampaignCommand::tr("Give the recipient list with --recipients FILE.csv (a "
                                         "header row, one recipient per row)."));
    }
    if (!m_parser.isSet(m_o.bodyFile) && !m_parser.isSet(m_o.htmlFile)) {
        return Error(ErrorKind::Usage,
                     CampaignCommand::tr("Give the message's text with --body-file FILE, "
                                         "--html-file FILE, or both."));
    }
    c.subject = m_parser.value(m_o.subject);
    if (m_parser.isSet(m_o.bodyFile)) {
        Result<QString> text = CliCommon::readTextFile(m_parser.value(m_o.bodyFile), CampaignCommand::tr("body"));
        if (!text)
            return text.error();
        c.text = text.value();
    }
    if (m_parser.isSet(m_o.htmlFile)) {
        Result<QString> html = CliCommon::readTextFile(m_parser.value(m_o.htmlFile), CampaignCommand::tr("HTML"));
        if (!html)
            return html.error();
        c.html = html.value();
    }
    c.headers = m_parser.values(m_o.header);
    c.unsubscribe = m_parser.values(m_o.unsubscribe);
    if (m_parser.isSet(m_o.column)) {
        const QString value = m_parser.value(m_o.column);
        const auto eq = value.indexOf(QLatin1Char('='));
        if (eq < 0 || value.left(eq).trimmed().compare(QLatin1String("email"), Qt::CaseInsensitive) != 0
            || value.mid(eq + 1).trimmed().isEmpty()) {
            return Error(
                ErrorKind::Usage,
                CampaignCommand::tr("--column wants email=NAME (the list's address column), not \"%1\".").arg(value));
        }
        c.emailColumn = value.mid(eq + 1).trimmed();
    }
    Result<int> rate = positiveNumber(m_parser, m_o.rate, 0);
    Result<int> daily = positiveNumber(m_parser, m_o.dailyLimit, 0);
    Result<int> failures = positiveNumber(m_parser, m_o.maxFailures, c.maxFailures, true);
    for (const Result<int>* n : {&rate, &daily, &failures}) {
        if (!*n)
            return n->error();
    }
    c.ratePerMinute = rate.value();
    c.dailyLimit = daily.value();
    c.maxFailures = failures.value();
    c.created = QDateTime::currentDateTimeUtc();
    return c;
}

void CampaignRun::printSkipped(const QList<SkippedRecipient>& skipped)
{
    int shown = 0;
    for (const SkippedRecipient& s : skipped) {
        if (++shown > kSkippedShown)
            break;
        m_ctx.err << CampaignCommand::tr("  line %1 skipped: %2").arg(s.line).arg(s.detail) << '\n';
    }
    if (skipped.size() > kSkippedShown) {
        m_ctx.err << CampaignCommand::tr("  ... and %n more (the report lists every one).", nullptr,
                                         static_cast<int>(skipped.size()) - kSkippedShown)
                  << '\n';
    }
}

int CampaignRun::create(const QString& name)
{
    Result<Campaign> campaign = campaignFromOptions(name);
    if (!campaign)
        return fail(campaign.error());
    const QString listPath = m_parser.value(m_o.recipients);
    QFile file(listPath);
    if (!file.exists())
        return fail(
            Error(ErrorKind::NoInput, CampaignCommand::tr("The recipient list \"%1\" does not exist.").arg(listPath)));
    if (!file.open(QIODevice::ReadOnly)) {
        return fail(Error(
            ErrorKind::NoInput,
            CampaignCommand::tr("The recipient list \"%1\" cannot be read: %2.").arg(listPath, file.errorString())));
    }
    m_ctx.err << CampaignCommand::tr("Reading the recipient list %1 (%2)...")
                     .arg(listPath, QLocale().formattedDataSize(file.size()))
              << '\n';
    m_ctx.err.flush();
    const QByteArray csv = file.readAll();
    if (service().campaigns().load(name)) {
        return fail(
            Error(ErrorKind::DataError,
                  CampaignCommand::tr("A campaign named \"%1\" already exists; choose another name.").arg(name)));
    }
    Result<CampaignService::Created> created = service().create(campaign.value(), csv, m_parser.values(m_o.attach));
    if (!created)
        return fail(created.error());
    const RecipientList& list = created.value().list;
    if (m_ctx.json) {
        Result<CampaignStatus> status = statusOf(name);
        if (!status)
            return fail(status.error());
        QJsonObject out = status.value().toJson();
        QJsonArray skipped;
        for (const SkippedRecipient& s : list.skipped())
            skipped.append(skippedToJson(s));
        out.insert(QStringLiteral("skipped_rows"), skipped);
        printJson(m_ctx, QJsonDocument(out));
    }
    m_ctx.err << CampaignCommand::tr("Campaign \"%1\" created with %n recipient(s).", nullptr,
                                     static_cast<int>(list.recipients().size()))
                     .arg(name)
              << '\n';
    if (!list.skipped().isEmpty()) {
        m_ctx.err << CampaignCommand::tr("%n row(s) of the list skipped:", nullptr,
                                         static_cast<int>(list.skipped().size()))
                  << '\n';
    }
    printSkipped(list.skipped());
    m_ctx.err << CampaignCommand::tr("Look at a message with `postino-cli campaign preview %1`, send yourself a test "
                                     "with `campaign test %1 --to ADDR`, then `campaign start %1`.")
                     .arg(name)
              << '\n';
    m_ctx.err.flush();
    return 0;
}

int CampaignRun::preview(const QString& name)
{
    Result<int> row = positiveNumber(m_parser, m_o.row, 1);
    if (!row)
        return fail(row.error());
    Result<CampaignMessage> message = service().preview(name, row.value());
    if (!message)
        return fail(message.error());
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    if (const Status written = message.value().builder->writeTo(&buffer); !written)
        return fail(written.error());
    // The message's exact bytes (CRLF, as it goes to the server); its text is ASCII or UTF-8.
    m_ctx.out << QString::fromUtf8(buffer.data());
    m_ctx.out.flush();
    return 0;
}

int CampaignRun::test(const QString& name)
{
    if (!m_parser.isSet(m_o.to))
        return fail(Error(ErrorKind::Usage, CampaignCommand::tr("Say where the test goes with --to ADDR.")));
    Result<Address> to = Address::parse(m_parser.value(m_o.to));
    if (!to)
        return fail(Error(ErrorKind::DataError, CampaignCommand::tr("--to: %1").arg(to.error().message())));
    Result<int> row = positiveNumber(m_parser, m_o.row, 1);
    if (!row)
        return fail(row.error());
    Result<QString> password = m_connection.password(m_parser, m_ctx);
    if (!password)
        return fail(password.error());
    std::optional<QString> given;
    if (m_connection.passwordGiven(m_parser))
        given = password.value();
    if (const Status attached = CliCommon::attachTranscript(m_transcript, m_connection, m_ctx); !attached)
        return fail(attached.error());
    CliOutbox& box = outbox(given);
    Result<Campaign> campaign = box.campaigns().campaigns().load(name);
    if (!campaign)
        return fail(campaign.error());
    if (!campaign.value().isAdHoc()) {
        // An unknown account or a password nobody can give is a configuration error now.
        Result<SubmissionSettings> settings = m_credentials->accountSettings(campaign.value().account);
        if (!settings)
            return fail(settings.error());
    }
    Result<OutboxItem> queued = box.campaigns().queueTest(name, row.value(), to.value().toDisplayString());
    if (!queued)
        return fail(queued.error());
    const QString id = queued.value().id;
    box.runToEnd([&] { box.runner().sendNow(id); });
    Result<OutboxItem> result = box.store().find(id);
    if (!result)
        return fail(result.error());
    const OutboxItem& item = result.value();
    if (m_ctx.json)
        printJson(m_ctx, QJsonDocument(item.toSendJson()));
    if (item.state == OutboxItem::State::Sent) {
        m_ctx.err << CampaignCommand::tr("Test message of row %1 sent to %2 (%3).")
                         .arg(row.value())
                         .arg(to.value().addrSpec(), item.lastReply)
                  << '\n';
        m_ctx.err.flush();
        return 0;
    }
    m_ctx.err << QStringLiteral("postino-cli: ") << item.lastError << '\n';
    if (item.state == OutboxItem::State::Failed) {
        m_ctx.err << CampaignCommand::tr("The test message stays in the outbox as %1, marked failed; remove it with "
                                         "`postino-cli queue remove %1`.")
                         .arg(id)
                  << '\n';
    } else {
        m_ctx.err << CampaignCommand::tr("The test message is safe in the outbox as %1 and will be retried at %2.")
                         .arg(id, when(item.nextAttempt))
                  << '\n';
    }
    m_ctx.err.flush();
    return item.exitCode();
}

int CampaignRun::start(const QString& name)
{
    Result<Campaign> before = service().campaigns().load(name);
    if (!before)
        return fail(before.error());
    if (before.value().state == CampaignState::Done) {
        m_ctx.err << CampaignCommand::tr("The campaign \"%1\" is done: nothing is sent again.").arg(name) << '\n';
    }
    int lastStep = -1;
    const auto progress = [&](int done, int total) {
        // About twenty lines for a long list, and the last one.
        const int step = total > 0 ? done * 20 / total : 20;
        if (step == lastStep && done != total)
            return;
        lastStep = step;
        m_ctx.err << CampaignCommand::tr("Writing the messages into the outbox: %1 of %2").arg(done).arg(total) << '\n';
        m_ctx.err.flush();
    };
    Result<Campaign> started = service().start(name, progress);
    if (!started)
        return fail(started.error());
    Result<CampaignStatus> status = statusOf(name);
    if (!status)
        return fail(status.error());
    if (m_ctx.json)
        printJson(m_ctx, QJsonDocument(status.value().toJson()));
    const CampaignStatus& s = status.value();
    if (s.campaign.state == CampaignState::Sending || s.campaign.state == CampaignState::Paused) {
        m_ctx.err << CampaignCommand::tr("%n message(s) wait in the outbox; `postino-cli queue run` sends them.",
                                         nullptr, s.report.count(CampaignRow::State::Queued))
                  << '\n'
                  << CampaignCommand::tr("Pace: %1.").arg(CampaignStatus::paceText(s.pace)) << '\n';
        if (s.campaign.state == CampaignState::Paused)
            m_ctx.err << CampaignCommand::tr("The campaign is paused: `campaign resume %1` lets them go.").arg(name)
                      << '\n';
    }
    m_ctx.err.flush();
    return 0;
}

int CampaignRun::change(const QString& action, const QString& name)
{
    Result<Campaign> changed = action == QLatin1String("pause") ? service().pause(name)
        : action == QLatin1String("resume")                     ? service().resume(name)
                                                                : service().cancel(name);
    if (!changed)
        return fail(changed.error());
    Result<CampaignStatus> status = statusOf(name);
    if (!status)
        return fail(status.error());
    if (m_ctx.json)
        printJson(m_ctx, QJsonDocument(status.value().toJson()));
    const CampaignStatus& s = status.value();
    const int sent = s.report.count(CampaignRow::State::Sent);
    if (action == QLatin1String("pause")) {
        m_ctx.err << CampaignCommand::tr("The campaign \"%1\" is paused: no more of its messages go until `campaign "
                                         "resume %1` (a message already handed to the server is not recalled).")
                         .arg(name)
                  << '\n';
    } else if (action == QLatin1String("resume")) {
        m_ctx.err << CampaignCommand::tr("The campaign \"%1\" is sending again; `postino-cli queue run` sends its "
                                         "messages.")
                         .arg(name)
                  << '\n';
    } else {
        m_ctx.err
            << CampaignCommand::tr("The campaign \"%1\" is cancelled: nothing of it stays in the outbox.").arg(name)
            << '\n';
        if (sent > 0)
            m_ctx.err << CampaignCommand::tr("%n of its messages had already gone.", nullptr, sent) << '\n';
    }
    m_ctx.err.flush();
    return 0;
}

void CampaignRun::printStatus(const CampaignStatus& s)
{
    const CampaignReport& r = s.report;
    m_ctx.out << CampaignCommand::tr("Campaign \"%1\": %2").arg(s.campaign.name, campaignStateName(s.campaign.state))
              << '\n'
              << "  "
              << CampaignCommand::tr("%1 rows: %2 sent, %3 waiting, %4 failed, %5 skipped")
                     .arg(r.total())
                     .arg(r.count(CampaignRow::State::Sent))
                     .arg(r.count(CampaignRow::State::Queued))
                     .arg(r.count(CampaignRow::State::Failed))
                     .arg(r.count(CampaignRow::State::Skipped))
              << '\n'
              << "  " << CampaignCommand::tr("pace: %1").arg(CampaignStatus::paceText(s.pace)) << '\n';
    if (s.nextSend.isValid())
        m_ctx.out << "  " << CampaignCommand::tr("next message: %1").arg(when(s.nextSend)) << '\n';
    if (s.eta.isValid())
        m_ctx.out << "  " << CampaignCommand::tr("last message expected: %1").arg(when(s.eta)) << '\n';
    if (!s.waitReason.isEmpty())
        m_ctx.out << "  " << s.waitReason << '\n';
    m_ctx.out.flush();
}

int CampaignRun::status(const QString& name)
{
    Result<CampaignStatus> status = statusOf(name);
    if (!status)
        return fail(status.error());
    if (m_ctx.json)
        printJson(m_ctx, QJsonDocument(status.value().toJson()));
    else
        printStatus(status.value());
    return 0;
}

int CampaignRun::report(const QString& name)
{
    Result<CampaignService::Snapshot> snap = service().snapshot(name);
    if (!snap)
        return fail(snap.error());
    const CampaignReport& r = snap.value().report;
    if (m_parser.isSet(m_o.csv)) {
        const QString path = m_parser.value(m_o.csv);
        QSaveFile out(path);
        if (!out.open(QIODevice::WriteOnly) || out.write(r.toCsv()) < 0 || !out.commit()) {
            return fail(Error(ErrorKind::IoError,
                              CampaignCommand::tr("Cannot write the report to %1: %2.").arg(path, out.errorString())));
        }
        m_ctx.err << CampaignCommand::tr("The report of %n row(s) is in %1.", nullptr, r.total()).arg(path) << '\n';
        m_ctx.err.flush();
        return 0;
    }
    if (m_ctx.json) {
        printJson(m_ctx, QJsonDocument(r.toJson()));
        return 0;
    }
    for (const CampaignRow& row : r.rows()) {
        QString words = row.state == CampaignRow::State::Sent ? row.reply : row.reason;
        if (words.isEmpty())
            words = row.state == CampaignRow::State::Queued
                ? CampaignCommand::tr("next attempt %1").arg(when(row.nextAttempt))
                : row.reply;
        m_ctx.out << row.row << '\t' << row.email << '\t' << campaignRowStateName(row.state) << '\t' << words << '\n';
    }
    m_ctx.out.flush();
    return 0;
}

int CampaignRun::list()
{
    QJsonArray all;
    const QStringList names = service().campaigns().names();
    for (const QString& name : names) {
        Result<CampaignStatus> status = statusOf(name);
        if (!status) {
            m_ctx.err << QStringLiteral("postino-cli: ") << status.error().message() << '\n';
            continue;
        }
        if (m_ctx.json) {
            all.append(status.value().toJson());
            continue;
        }
        const CampaignStatus& s = status.value();
        m_ctx.out
            << name << '\t' << campaignStateName(s.campaign.state) << '\t'
            << CampaignCommand::tr("%1 of %2 sent").arg(s.report.count(CampaignRow::State::Sent)).arg(s.report.total())
            << '\n';
    }
    if (m_ctx.json)
        printJson(m_ctx, QJsonDocument(all));
    else if (names.isEmpty())
        m_ctx.err << CampaignCommand::tr("There is no campaign yet; make one with `postino-cli campaign create`.")
                  << '\n';
    m_ctx.out.flush();
    m_ctx.err.flush();
    return 0;
}

int CampaignRun::remove(const QString& name)
{
    if (Status removed = service().campaigns().removeDraft(name); !removed)
        return fail(removed.error());
    if (m_ctx.json)
        printJson(m_ctx,
                  QJsonDocument(QJsonObject {{QStringLiteral("name"), name}, {QStringLiteral("removed"), true}}));
    m_ctx.err << CampaignCommand::tr("The draft \"%1\" is removed.").arg(name) << '\n';
    m_ctx.err.flush();
    return 0;
}

} // namespace

CampaignCommand::CampaignCommand()
    : Command(QStringLiteral("campaign"),
              tr("Newsletters and mail merge: one personal message per recipient of a list, paced."))
{ }

int CampaignCommand::execute(const QStringList& args, Context& ctx)
{
    QCommandLineParser parser;
    ConnectionOptions connection;
    CampaignOptions o;
    const ServerOptions server;
    connection.addTo(parser);
    server.addTo(parser);
    parser.addOptions({o.from, o.recipients, o.column, o.subject, o.bodyFile, o.htmlFile, o.attach, o.header,
                       o.unsubscribe, o.rate, o.dailyLimit, o.maxFailures, o.row, o.to, o.csv});
    parser.addPositionalArgument(
        QStringLiteral("action"),
        tr("create, preview, test, start, pause, resume, cancel, status, report, remove (a draft) or list"));
    parser.addPositionalArgument(QStringLiteral("name"), tr("the campaign's name"));
    if (!parse(parser, args, ctx))
        return parser.isSet(QStringLiteral("help")) ? 0 : 64;
    if (const Status read = connection.read(parser); !read)
        return reportError(ctx, read.error());
    const QStringList positional = parser.positionalArguments();
    static const QStringList kNamed {QStringLiteral("create"), QStringLiteral("preview"), QStringLiteral("test"),
                                     QStringLiteral("start"),  QStringLiteral("pause"),   QStringLiteral("resume"),
                                     QStringLiteral("cancel"), QStringLiteral("status"),  QStringLiteral("report"),
                                     QStringLiteral("remove")};
    const QString action = positional.value(0);
    const bool named = kNamed.contains(action) && positional.size() == 2;
    if (!named && !(action == QLatin1String("list") && positional.size() == 1)) {
        return reportError(ctx,
                           Error(ErrorKind::Usage,
                                 tr("Say what to do: campaign create|preview|test|start|pause|resume|cancel|"
                                    "status|report|remove NAME, or campaign list (see --help).")));
    }
    if (parser.isSet(o.csv) && parser.isSet(connection.jsonOption))
        return reportError(ctx, Error(ErrorKind::Usage, tr("report takes --json or --csv FILE, not both.")));
    CampaignRun run(parser, o, server, connection, ctx);
    const QString name = positional.value(1);
    if (action == QLatin1String("create"))
        return run.create(name);
    if (action == QLatin1String("preview"))
        return run.preview(name);
    if (action == QLatin1String("test"))
        return run.test(name);
    if (action == QLatin1String("start"))
        return run.start(name);
    if (action == QLatin1String("status"))
        return run.status(name);
    if (action == QLatin1String("report"))
        return run.report(name);
    if (action == QLatin1String("list"))
        return run.list();
    if (action == QLatin1String("remove"))
        return run.remove(name);
    return run.change(action, name);
}

} // namespace Postino::Cli

#include "QueueCommand.h"

#include "CliCommon.h"
#include "CliOutbox.h"
#include "ConnectionOptions.h"
#include "outbox/NetworkMonitor.h"
#include "smtp/Transcript.h"

#include <QJsonArray>
#include <QLocale>

#include <algorithm>

namespace Postino::Cli {

namespace {

void reportProblems(Context& ctx, OutboxStore& store)
{
    for (const OutboxProblem& problem : store.problems()) {
        ctx.err << QueueCommand::tr("postino-cli: the queued message %1 was damaged (%2); it was moved to %3.")
                       .arg(problem.id, problem.reason, problem.movedTo)
                << '\n';
    }
    ctx.err.flush();
    store.clearProblems();
}

QString when(const QDateTime& time)
{
    return time.isValid() ? QLocale().toString(time.toLocalTime(), QLocale::ShortFormat) : QStringLiteral("-");
}

void printList(Context& ctx, const QList<OutboxItem>& items)
{
    if (items.isEmpty()) {
        ctx.out << QueueCommand::tr("The outbox is empty.") << '\n';
        return;
    }
    for (const OutboxItem& item : items) {
        QStringList to;
        for (const OutboxRecipient& r : item.recipients)
            to << (r.state == OutboxRecipient::State::Pending ? r.address
                                                              : r.address + QLatin1Char(' ') + QLatin1Char('(')
                           + outboxRecipientStateName(r.state) + QLatin1Char(')'));
        ctx.out << item.id << "  " << outboxStateName(item.state) << '\n'
                << "    " << QueueCommand::tr("from: %1").arg(item.from) << '\n'
                << "    " << QueueCommand::tr("to: %1").arg(to.join(QStringLiteral(", "))) << '\n'
                << "    " << QueueCommand::tr("subject: %1").arg(item.subject) << '\n'
                << "    "
                << QueueCommand::tr("attempts: %1, next attempt: %2, size: %3")
                       .arg(QString::number(item.attempts), when(item.nextAttempt),
                            QLocale().formattedDataSize(item.size))
                << '\n';
        if (!item.lastError.isEmpty())
            ctx.out << "    " << QueueCommand::tr("last error: %1").arg(item.lastError) << '\n';
        if (item.possibleDuplicate) {
            ctx.out << "    "
                    << QueueCommand::tr(
                           "the connection was lost after the message was handed over: it may arrive twice")
                    << '\n';
        }
    }
    ctx.out.flush();
}

struct QueueOptions
{
    QCommandLineOption untilEmpty {QStringLiteral("until-empty"),
                                   QueueCommand::tr("run: return when nothing queued is left (failed messages stay).")};
    QCommandLineOption watch {QStringLiteral("watch"),
                              QueueCommand::tr("run: keep running and send new messages as they are queued (until "
                                               "--max-time or interrupted).")};
    QCommandLineOption maxTime {QStringLiteral("max-time"), QueueCommand::tr("run: stop after SECONDS."),
                                QStringLiteral("SECONDS")};
    QCommandLineOption retryInitial {QStringLiteral("retry-initial"),
                                     QueueCommand::tr("First backoff step in SECONDS; a waiting message becomes due "
                                                      "no later than SECONDS after its last attempt."),
                                     QStringLiteral("SECONDS")};
};

// The action and its ID, if it takes one: list, run, flush, retry ID or remove ID.
Status checkAction(const QStringList& positional)
{
    const QString action = positional.value(0);
    const bool needsId = action == QLatin1String("retry") || action == QLatin1String("remove");
    const QStringList known {QStringLiteral("list"), QStringLiteral("run"), QStringLiteral("flush"),
                             QStringLiteral("retry"), QStringLiteral("remove")};
    if (!known.contains(action) || positional.size() != (needsId ? 2 : 1)) {
        return Error(ErrorKind::Usage,
                     QueueCommand::tr("Usage: postino-cli queue list | run | flush | retry ID | "
                                      "remove ID"));
    }
    return {};
}

// --max-time SECONDS in ms; 0 when not given.
Result<qint64> maxTimeMs(const QCommandLineParser& parser, const QueueOptions& o)
{
    if (!parser.isSet(o.maxTime))
        return qint64(0);
    bool ok = false;
    const double seconds = parser.value(o.maxTime).toDouble(&ok);
    if (!ok || seconds <= 0) {
        return Error(
            ErrorKind::Usage,
            QueueCommand::tr("--max-time wants a number of seconds, not \"%1\".").arg(parser.value(o.maxTime)));
    }
    return static_cast<qint64>(seconds * 1000);
}

// The password given for this run (--password-env or --password-stdin); nullopt when none was.
Result<std::optional<QString>> givenPassword(const QCommandLineParser& parser, const ConnectionOptions& connection,
                                             Context& ctx)
{
    if (!connection.passwordGiven(parser))
        return std::optional<QString>();
    auto given = connection.password(parser, ctx);
    if (!given.ok())
        return given.error();
    return std::optional<QString>(given.value());
}

// queue list --json: the array written item by item, exactly as QJsonDocument indents it whole, without an
// array of every item's object and its whole text in memory at once (a campaign's outbox has 100,000).
void printItemsJson(Context& ctx, const QList<OutboxItem>& items)
{
    ctx.jsonPrinted = true;
    QByteArray text = QByteArrayLiteral("[\n");
    for (qsizetype i = 0; i < items.size(); ++i) {
        text += "    ";
        items.at(i).appendListJson(text, 1);
        text += i + 1 < items.size() ? ",\n" : "\n";
        if (text.size() > 256 * 1024) {
            ctx.out << QString::fromUtf8(text);
            text.clear();
        }
    }
    text += "]\n";
    ctx.out << QString::fromUtf8(text);
    ctx.out.flush();
}

// queue list: the items as JSON (--json) or for people.
int listQueue(Context& ctx, CliOutbox& outbox, bool json)
{
    const QList<OutboxItem> items = outbox.runner().list();
    reportProblems(ctx, outbox.store());
    if (json) {
        printItemsJson(ctx, items);
    } else {
        printList(ctx, items);
    }
    return 0;
}

// queue retry ID, queue remove ID.
int retryOrRemove(Context& ctx, OutboxRunner& runner, const QString& action, const QString& id)
{
    const bool retry = action == QLatin1String("retry");
    const Status done = retry ? runner.retryNow(id) : runner.remove(id);
    if (!done.ok())
        return reportError(ctx, done.error());
    ctx.err << (retry ? QueueCommand::tr("%1 is due now; `postino-cli queue run` sends it.").arg(id)
                      : QueueCommand::tr("%1 was removed from the outbox.").arg(id))
            << '\n';
    ctx.err.flush();
    return 0;
}

// The runner's progress on stderr while it runs: waiting for another Postino, each message sent or failed.
void reportProgress(Context& ctx, CliOutbox& outbox)
{
    OutboxRunner& runner = outbox.runner();
    QObject::connect(&runner, &OutboxRunner::lockBusy, &runner, [&ctx](const QString& lockFile) {
        ctx.err << QueueCommand::tr("Another Postino is sending this outbox (%1); waiting for it.").arg(lockFile)
                << '\n';
        ctx.err.flush();
    });
    QObject::connect(&runner, &OutboxRunner::diskProblem, &runner, [&ctx](const QString& message) {
        ctx.err << QueueCommand::tr("postino-cli: %1").arg(message) << '\n';
        ctx.err.flush();
    });
    QObject::connect(&runner, &OutboxRunner::itemSent, &runner, [&ctx](const QString& id) {
        ctx.err << QueueCommand::tr("%1 sent.").arg(id) << '\n';
        ctx.err.flush();
    });
    QObject::connect(&runner, &OutboxRunner::itemFailed, &runner, [&ctx, &outbox](const QString& id) {
        Result<OutboxItem> item = outbox.store().find(id);
        ctx.err << QueueCommand::tr("%1 failed: %2").arg(id, item.ok() ? item.value().lastError : QString()) << '\n';
        ctx.err.flush();
    });
}

// Says on stderr when the run waits for the network, and when it comes back.
void reportNetwork(Context& ctx, NetworkMonitor& network)
{
    const auto say = [&ctx](bool online) {
        ctx.err << (online ? QueueCommand::tr("The network is back; sending what waited.")
                           : QueueCommand::tr("Offline: no network connection; waiting for it to return."))
                << '\n';
        ctx.err.flush();
    };
    if (!network.isOnline())
        say(false);
    QObject::connect(&network, &NetworkMonitor::onlineChanged, &network, say);
}

// queue run / queue flush: sends until the mode says to stop, then says what is still waiting and why.
int runQueue(Context& ctx, CliOutbox& outbox, OutboxRunner::Mode mode, qint64 maxTimeMs)
{
    OutboxRunner& runner = outbox.runner();
    std::unique_ptr<NetworkMonitor> network = NetworkMonitor::createSystem();
    runner.setNetworkMonitor(network.get());
    reportProgress(ctx, outbox);
    reportNetwork(ctx, *network);
    outbox.runToEnd([&] { runner.start(mode, maxTimeMs); }, mode == OutboxRunner::Mode::Continuous ? maxTimeMs : 0);

    const QList<OutboxItem> left = runner.list();
    reportProblems(ctx, outbox.store());
    const bool waiting = std::any_of(left.begin(), left.end(),
                                     [](const OutboxItem& item) { return item.state == OutboxItem::State::Queued; });
    if (waiting && !network->isOnline()) {
        ctx.err << QueueCommand::tr("Offline: no network connection, so nothing was tried; the messages stay queued "
                                    "and are sent when the network returns (`postino-cli queue run`).")
                << '\n';
    }
    for (const OutboxItem& item : left) {
        if (item.state == OutboxItem::State::Queued && !item.lastError.isEmpty()) {
            ctx.err << QueueCommand::tr("%1 is still queued (next attempt %2): %3")
                           .arg(item.id, when(item.nextAttempt), item.lastError)
                    << '\n';
        }
    }
    ctx.err.flush();
    return OutboxItem::queueExitCode(left);
}

} // namespace

QueueCommand::QueueCommand()
    : Command(QStringLiteral("queue"), tr("Show and send what waits in the outbox (list, run, flush, retry, remove)."))
{ }

int QueueCommand::execute(const QStringList& args, Context& ctx)
{
    QCommandLineParser parser;
    ConnectionOptions connection;
    QueueOptions o;
    connection.addTo(parser);
    parser.addOptions({o.untilEmpty, o.watch, o.maxTime, o.retryInitial});
    parser.addPositionalArgument(QStringLiteral("action"), tr("list, run, flush, retry ID or remove ID"));
    if (!parse(parser, args, ctx))
        return parser.isSet(QStringLiteral("help")) ? 0 : 64;
    if (const Status read = connection.read(parser); !read.ok())
        return reportError(ctx, read.error());

    const QStringList positional = parser.positionalArguments();
    if (const Status usage = checkAction(positional); !usage.ok())
        return reportError(ctx, usage.error());
    const QString action = positional.constFirst();
    const Result<qint64> maxTime = maxTimeMs(parser, o);
    if (!maxTime.ok())
        return reportError(ctx, maxTime.error());

    Transcript transcript;
    if (const Status attached = CliCommon::attachTranscript(transcript, connection, ctx); !attached.ok())
        return reportError(ctx, attached.error());
    const Result<std::optional<QString>> password = givenPassword(parser, connection, ctx);
    if (!password.ok())
        return reportError(ctx, password.error());
    CliCredentials credentials(connection, password.value(), &transcript);
    CliOutbox outbox(&credentials);
    if (const Status retry = CliCommon::applyRetryInitial(parser, o.retryInitial, outbox.runner()); !retry.ok())
        return reportError(ctx, retry.error());

    if (action == QLatin1String("list"))
        return listQueue(ctx, outbox, connection.json());
    if (action == QLatin1String("retry") || action == QLatin1String("remove"))
        return retryOrRemove(ctx, outbox.runner(), action, positional.at(1));
    OutboxRunner::Mode mode = OutboxRunner::Mode::UntilEmpty;
    if (action == QLatin1String("flush"))
        mode = OutboxRunner::Mode::Flush;
    else if (parser.isSet(o.watch))
        mode = OutboxRunner::Mode::Continuous;
    return runQueue(ctx, outbox, mode, maxTime.value());
}

} // namespace Postino::Cli

#include "QueueCommand.h"

#include "CliCommon.h"
#include "CliOutbox.h"
#include "ConnectionOptions.h"
#include "outbox/NetworkMonitor.h"
#include "smtp/Transcript.h"

#include <QJsonArray>
#include <QLocale>

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

} // namespace

QueueCommand::QueueCommand()
    : Command(QStringLiteral("queue"), tr("Show and send what waits in the outbox (list, run, flush, retry, remove)."))
{ }

int QueueCommand::execute(const QStringList& args, Context& ctx)
{
    QCommandLineParser parser;
    ConnectionOptions connection;
    connection.addTo(parser);
    const QCommandLineOption untilEmpty(QStringLiteral("until-empty"),
                                        tr("run: return when nothing queued is left (failed messages stay)."));
    const QCommandLineOption watch(QStringLiteral("watch"),
                                   tr("run: keep running and send new messages as they are queued (until "
                                      "--max-time or interrupted)."));
    const QCommandLineOption maxTime(QStringLiteral("max-time"), tr("run: stop after SECONDS."),
                                     QStringLiteral("SECONDS"));
    const QCommandLineOption retryInitial(QStringLiteral("retry-initial"),
                                          tr("First backoff step in SECONDS; a waiting message becomes due no later "
                                             "than SECONDS after its last attempt."),
                                          QStringLiteral("SECONDS"));
    parser.addOptions({untilEmpty, watch, maxTime, retryInitial});
    parser.addPositionalArgument(QStringLiteral("action"), tr("list, run, flush, retry ID or remove ID"));
    if (!parse(parser, args, ctx))
        return parser.isSet(QStringLiteral("help")) ? 0 : 64;
    if (const Status read = connection.read(parser); !read.ok())
        return reportError(ctx, read.error());

    const QStringList positional = parser.positionalArguments();
    const QString action = positional.value(0);
    const bool needsId = action == QLatin1String("retry") || action == QLatin1String("remove");
    const QStringList known {QStringLiteral("list"), QStringLiteral("run"), QStringLiteral("flush"),
                             QStringLiteral("retry"), QStringLiteral("remove")};
    if (!known.contains(action) || positional.size() != (needsId ? 2 : 1)) {
        return reportError(ctx,
                           Error(ErrorKind::Usage,
                                 tr("Usage: postino-cli queue list | run | flush | retry ID | "
                                    "remove ID")));
    }

    qint64 maxTimeMs = 0;
    if (parser.isSet(maxTime)) {
        bool ok = false;
        const double seconds = parser.value(maxTime).toDouble(&ok);
        if (!ok || seconds <= 0) {
            return reportError(
                ctx,
                Error(ErrorKind::Usage,
                      tr("--max-time wants a number of seconds, not \"%1\".").arg(parser.value(maxTime))));
        }
        maxTimeMs = static_cast<qint64>(seconds * 1000);
    }

    Transcript transcript;
    if (const Status attached = CliCommon::attachTranscript(transcript, connection, ctx); !attached.ok())
        return reportError(ctx, attached.error());
    std::optional<QString> password;
    if (connection.passwordGiven(parser)) {
        auto given = connection.password(parser, ctx);
        if (!given.ok())
            return reportError(ctx, given.error());
        password = given.value();
    }
    CliCredentials credentials(connection, password, &transcript);
    CliOutbox outbox(&credentials);
    OutboxRunner& runner = outbox.runner();
    if (parser.isSet(retryInitial)) {
        bool ok = false;
        const qint64 seconds = parser.value(retryInitial).toLongLong(&ok);
        if (!ok || seconds < 1) {
            return reportError(ctx,
                               Error(ErrorKind::Usage,
                                     tr("--retry-initial wants a whole number of seconds, not "
                                        "\"%1\".")
                                         .arg(parser.value(retryInitial))));
        }
        runner.setRetryInitialOverride(seconds);
    }

    if (action == QLatin1String("list")) {
        const QList<OutboxItem> items = runner.list();
        reportProblems(ctx, outbox.store());
        if (connection.json()) {
            QJsonArray array;
            for (const OutboxItem& item : items)
                array.append(item.toJson());
            printJson(ctx, QJsonDocument(array));
        } else {
            printList(ctx, items);
        }
        return 0;
    }
    if (action == QLatin1String("retry") || action == QLatin1String("remove")) {
        const QString id = positional.at(1);
        const Status done = action == QLatin1String("retry") ? runner.retryNow(id) : runner.remove(id);
        if (!done.ok())
            return reportError(ctx, done.error());
        ctx.err << (action == QLatin1String("retry") ? tr("%1 is due now; `postino-cli queue run` sends it.").arg(id)
                                                     : tr("%1 was removed from the outbox.").arg(id))
                << '\n';
        ctx.err.flush();
        return 0;
    }

    // run / flush
    std::unique_ptr<NetworkMonitor> network = NetworkMonitor::createSystem();
    runner.setNetworkMonitor(network.get());
    QObject::connect(&runner, &OutboxRunner::lockBusy, &runner, [&ctx](const QString& lockFile) {
        ctx.err << tr("Another Postino is sending this outbox (%1); waiting for it.").arg(lockFile) << '\n';
        ctx.err.flush();
    });
    QObject::connect(&runner, &OutboxRunner::itemSent, &runner, [&ctx](const QString& id) {
        ctx.err << tr("%1 sent.").arg(id) << '\n';
        ctx.err.flush();
    });
    QObject::connect(&runner, &OutboxRunner::itemFailed, &runner, [&ctx, &outbox](const QString& id) {
        Result<OutboxItem> item = outbox.store().find(id);
        ctx.err << tr("%1 failed: %2").arg(id, item.ok() ? item.value().lastError : QString()) << '\n';
        ctx.err.flush();
    });
    OutboxRunner::Mode mode = OutboxRunner::Mode::UntilEmpty;
    if (action == QLatin1String("flush"))
        mode = OutboxRunner::Mode::Flush;
    else if (parser.isSet(watch))
        mode = OutboxRunner::Mode::Continuous;
    outbox.runToEnd([&] { runner.start(mode, maxTimeMs); }, mode == OutboxRunner::Mode::Continuous ? maxTimeMs : 0);

    const QList<OutboxItem> left = runner.list();
    reportProblems(ctx, outbox.store());
    for (const OutboxItem& item : left) {
        if (item.state == OutboxItem::State::Queued && !item.lastError.isEmpty()) {
            ctx.err
                << tr("%1 is still queued (next attempt %2): %3").arg(item.id, when(item.nextAttempt), item.lastError)
                << '\n';
        }
    }
    ctx.err.flush();
    return OutboxItem::queueExitCode(left);
}

} // namespace Postino::Cli

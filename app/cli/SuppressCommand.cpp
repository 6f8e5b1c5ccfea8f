#include "SuppressCommand.h"

#include "ConnectionOptions.h"
#include "campaign/SuppressionList.h"
#include "common/Paths.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <limits>

namespace Postino::Cli {

namespace {

QJsonObject changeJson(const SuppressionList::Change& change)
{
    QJsonArray skipped;
    for (const SkippedRecipient& s : change.skipped)
        skipped.append(skippedToJson(s));
    return QJsonObject {{QStringLiteral("added"), change.added},
                        {QStringLiteral("already_there"), change.alreadyThere},
                        {QStringLiteral("removed"), change.removed},
                        {QStringLiteral("not_there"), change.notThere},
                        {QStringLiteral("skipped"), skipped}};
}

int printList(const SuppressionList& list, bool json, Context& ctx)
{
    // Entries added together (an import) share their date: each is written out once, not once an entry.
    QHash<qint64, QString> dates;
    const auto dateText = [&dates](const QDateTime& added) {
        const qint64 key = added.isValid() ? added.toMSecsSinceEpoch() : std::numeric_limits<qint64>::min();
        auto it = dates.constFind(key);
        if (it == dates.constEnd())
            it = dates.insert(key, added.toUTC().toString(Qt::ISODate));
        return *it;
    };
    if (json) {
        QJsonArray out;
        for (const SuppressedAddress& a : list.entries()) {
            out.append(QJsonObject {{QStringLiteral("email"), a.email},
                                    {QStringLiteral("added"), dateText(a.added)},
                                    {QStringLiteral("source"), a.source}});
        }
        printJson(ctx, QJsonDocument(out));
        return 0;
    }
    for (const SuppressedAddress& a : list.entries())
        ctx.out << a.email << '\t' << dateText(a.added) << '\t' << a.source << '\n';
    if (list.size() == 0)
        ctx.err << SuppressCommand::tr("The suppression list is empty.") << '\n';
    ctx.err.flush();
    return 0;
}

void printChange(const SuppressionList::Change& c, Context& ctx)
{
    for (const SkippedRecipient& s : c.skipped)
        ctx.err << SuppressCommand::tr("line %1: %2").arg(s.line).arg(s.detail) << '\n';
    if (c.added || c.alreadyThere)
        ctx.err << SuppressCommand::tr("%1 added, %2 already on the list.").arg(c.added).arg(c.alreadyThere) << '\n';
    if (c.removed || c.notThere)
        ctx.err << SuppressCommand::tr("%1 removed, %2 not on the list.").arg(c.removed).arg(c.notThere) << '\n';
    ctx.err.flush();
}

} // namespace

SuppressCommand::SuppressCommand()
    : Command(QStringLiteral("suppress"), tr("The addresses no campaign sends to again (add, remove, import, list)."))
{ }

int SuppressCommand::execute(const QStringList& args, Context& ctx)
{
    QCommandLineParser parser;
    const ConnectionOptions shared;
    parser.addOptions({shared.configDirOption, shared.jsonOption});
    parser.addPositionalArgument(QStringLiteral("action"), tr("add ADDR..., remove ADDR..., import FILE.csv or list"));
    if (!parse(parser, args, ctx))
        return parser.isSet(QStringLiteral("help")) ? 0 : 64;
    ctx.json = parser.isSet(shared.jsonOption);
    if (const Status dir = shared.readConfigDir(parser); !dir)
        return reportError(ctx, dir.error());
    QStringList rest = parser.positionalArguments();
    const QString action = rest.isEmpty() ? QString() : rest.takeFirst();
    const bool takesAddresses = action == QLatin1String("add") || action == QLatin1String("remove");
    const bool valid = (takesAddresses && !rest.isEmpty()) || (action == QLatin1String("import") && rest.size() == 1)
        || (action == QLatin1String("list") && rest.isEmpty());
    if (!valid) {
        return reportError(ctx,
                           Error(ErrorKind::Usage,
                                 tr("Say what to do: suppress add ADDR..., suppress remove ADDR..., suppress "
                                    "import FILE.csv or suppress list.")));
    }
    SuppressionList list(Paths::dataDir() + QLatin1String("/suppression.json"));
    if (action == QLatin1String("list")) {
        if (const Status loaded = list.load(); !loaded)
            return reportError(ctx, loaded.error());
        return printList(list, ctx.json, ctx);
    }
    // A change reads the list itself, under its lock (a damaged list is refused there, with the same words):
    // reading it first as well parsed 100,000 entries twice (bench/suppression.sh).
    const QDateTime now = QDateTime::currentDateTimeUtc();
    Result<SuppressionList::Change> change = action == QLatin1String("add")
        ? list.add(rest, QStringLiteral("manual"), now)
        : action == QLatin1String("remove") ? list.remove(rest)
                                            : list.importCsv(rest.first(), now);
    if (!change)
        return reportError(ctx, change.error());
    if (ctx.json)
        printJson(ctx, QJsonDocument(changeJson(change.value())));
    printChange(change.value(), ctx);
    return 0;
}

} // namespace Postino::Cli

#include "Command.h"

#include "ConnectionOptions.h"

namespace Postino::Cli {

Command::Command(QString name, QString summary)
    : m_name(std::move(name))
    , m_summary(std::move(summary))
{ }

Command::~Command() = default;

bool Command::parse(QCommandLineParser& parser, const QStringList& args, Context& ctx)
{
    parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    parser.addHelpOption();
    if (!parser.parse(args)) {
        ctx.json = args.contains(QStringLiteral("--json"));
        reportError(ctx, Error(ErrorKind::Usage, m_name + QStringLiteral(": ") + parser.errorText()));
        ctx.err << tr("Run 'postino-cli %1 --help' for the options.").arg(m_name) << '\n';
        ctx.err.flush();
        return false;
    }
    ctx.json = parser.optionNames().contains(QStringLiteral("json"));
    if (parser.isSet(QStringLiteral("help"))) {
        ctx.out << parser.helpText();
        ctx.out.flush();
        return false;
    }
    return true;
}

static void printUsage(QTextStream& stream, const std::vector<std::unique_ptr<Command>>& commands)
{
    stream << Command::tr("Usage: postino-cli COMMAND [OPTIONS]") << "\n\n" << Command::tr("Commands:") << '\n';
    for (const auto& command : commands)
        stream << "  " << command->name().leftJustified(10) << command->summary() << '\n';
    stream << '\n' << Command::tr("Run 'postino-cli COMMAND --help' for a command's options.") << '\n';
    stream.flush();
}

int run(const QStringList& args, Context& ctx)
{
    const auto commands = allCommands();
    if (args.size() < 2) {
        printUsage(ctx.err, commands);
        return 64;
    }
    const QString& first = args.at(1);
    if (first == QLatin1String("--version") || first == QLatin1String("-V") || first == QLatin1String("version")) {
        ctx.out << "postino-cli " << QStringLiteral(POSTINO_VERSION) << '\n';
        ctx.out.flush();
        return 0;
    }
    if (first == QLatin1String("--help") || first == QLatin1String("-h") || first == QLatin1String("help")) {
        printUsage(ctx.out, commands);
        return 0;
    }
    for (const auto& command : commands) {
        if (command->name() == first) {
            QStringList rest = args.mid(1);
            return command->execute(rest, ctx);
        }
    }
    ctx.err << Command::tr("postino-cli: unknown command '%1'.").arg(first) << '\n';
    printUsage(ctx.err, commands);
    return 64;
}

} // namespace Postino::Cli

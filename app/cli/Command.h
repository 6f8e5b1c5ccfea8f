#pragma once

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QJsonObject>
#include <QProcessEnvironment>
#include <QStringList>
#include <QTextStream>

#include <memory>
#include <vector>

class QIODevice;

namespace Postino::Cli {

// Where a command reads and writes: injectable, so tests run commands in-process.
struct Context
{
    QTextStream& out; // stdout: JSON with --json, else text for people
    QTextStream& err; // stderr: human explanations and progress
    QIODevice* in = nullptr; // stdin, for --password-stdin
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    // --json: a failure still prints exactly one object on stdout (cli.md): failureJson, with "error" and
    // "exit_code" added, unless the command already printed its own.
    bool json = false;
    bool jsonPrinted = false;
    QJsonObject failureJson {};
};

// One CLI command ("send", "probe", ...): its options and an execute().
class Command
{
    Q_DECLARE_TR_FUNCTIONS(Postino::Cli::Command)
public:
    Command(QString name, QString summary);
    virtual ~Command();
    Command(const Command&) = delete;
    Command& operator=(const Command&) = delete;

    [[nodiscard]] const QString& name() const { return m_name; }
    [[nodiscard]] const QString& summary() const { return m_summary; }

    // args[0] is the command's name. Returns the process exit code (sysexits.h).
    virtual int execute(const QStringList& args, Context& ctx) = 0;

protected:
    // Parses args with the parser; on a usage problem writes it to ctx.err and returns false.
    bool parse(QCommandLineParser& parser, const QStringList& args, Context& ctx);

private:
    QString m_name;
    QString m_summary;
};

[[nodiscard]] std::vector<std::unique_ptr<Command>> allCommands();

// The whole CLI: "postino-cli COMMAND ...". args[0] is the program name.
int run(const QStringList& args, Context& ctx);

} // namespace Postino::Cli

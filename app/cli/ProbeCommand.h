#pragma once

#include "Command.h"

#include "discovery/ServerProbe.h"
#include <QJsonObject>

namespace Postino::Cli {

class ConnectionOptions;

// postino-cli probe EMAIL (cli.md, "probe"): finds and verifies the outgoing server for an address.
//
// Test-only knobs, read from the environment so that end-to-end tests can run on loopback (they change
// nothing a user would set, and are not listed in --help):
//   POSTINO_TEST_AUTOCONFIG_PORT=N         autoconfig and well-known look-ups connect to port N, not 443
//   POSTINO_TEST_PORT_MAP=465=N,587=M,...  a candidate on port 465 is verified by connecting to port N
//                                          (it is still reported as 465)
class ProbeCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(Postino::Cli::ProbeCommand)
public:
    ProbeCommand();
    int execute(const QStringList& args, Context& ctx) override;

    // How runAndReport() prints.
    enum class Output {
        Report, // --json: the contract object on stdout; else the table and the server on stdout
        StderrOnly, // the table and the server on stderr, nothing on stdout (account add --probe)
    };

    // Runs a probe with this run's connection options (--resolve, --ca-file and --trust-fingerprint add to
    // what settings already hold; --dns-server, --timeout, --transcript, -v), prints it and returns the exit
    // code: 0 verified, 77 the password was refused, 69 nothing usable. Shared with `account`.
    [[nodiscard]] static int runAndReport(ProbeSettings settings, const ConnectionOptions& options, Context& ctx,
                                          Output output = Output::Report, ProbeResult* resultOut = nullptr);
};

// What `probe --json` prints when it fails before probing (a usage or configuration error): the
// contract's object with nothing found; reportError() adds "error" and "exit_code".
[[nodiscard]] QJsonObject probeFailureJson(const QString& email);

} // namespace Postino::Cli

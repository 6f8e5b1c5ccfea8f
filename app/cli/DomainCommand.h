#pragma once

#include "Command.h"

namespace Postino::Cli {

// postino-cli domain check DOMAIN|ADDR (cli.md, "domain"): is the sender's domain, or one's own server,
// ready? Runs core's DomainCheck over the real DNS (UnboundDnsResolver, --dns-server) and prints a line
// per check, or the contract's JSON object. Exit 0 when no check fails, 1 when one does, 75 when the DNS
// gave no answer, 64 for usage, 78 for an unknown account. The MTA-STS policy is fetched with
// HttpsMtaStsFetcher, the MX test's and the EHLO names' sessions come from SubmissionFactory::smtp();
// --resolve, --ca-file and --timeout apply to both.
//
// Test-only knobs, read from the environment so that end-to-end tests can run on loopback (tests cannot count
// on ports 25, 587 and 443 being free there; nothing a user would set, not listed in --help):
//   POSTINO_TEST_PORT_MAP=25=N,587=M    the MX test, the port-25 greeting of each --server and the submission
//                                       port tried when 25 does not answer connect to N and M instead
//   POSTINO_TEST_MTA_STS_PORT=N         the policy is fetched from port N, not 443
class DomainCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(Postino::Cli::DomainCommand)
public:
    DomainCommand();
    int execute(const QStringList& args, Context& ctx) override;
};

} // namespace Postino::Cli

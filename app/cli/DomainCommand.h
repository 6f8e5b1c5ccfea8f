#pragma once

#include "Command.h"

namespace Postino::Cli {

// postino-cli domain check DOMAIN|ADDR (cli.md, "domain"): is the sender's domain, or one's own server,
// ready? Runs core's DomainCheck over the real DNS (UnboundDnsResolver, --dns-server) and prints a line
// per check, or the contract's JSON object. Exit 0 when no check fails, 1 when one does, 75 when the DNS
// gave no answer, 64 for usage, 78 for an unknown account.
class DomainCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(Postino::Cli::DomainCommand)
public:
    DomainCommand();
    int execute(const QStringList& args, Context& ctx) override;
};

} // namespace Postino::Cli

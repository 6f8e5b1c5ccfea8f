#pragma once

#include "Command.h"

namespace Postino::Cli {

// postino-cli suppress add|remove ADDR... | import FILE.csv | list [--json] (cli.md, "campaign"): the
// addresses no campaign ever sends to again.
class SuppressCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(Postino::Cli::SuppressCommand)
public:
    SuppressCommand();
    int execute(const QStringList& args, Context& ctx) override;
};

} // namespace Postino::Cli

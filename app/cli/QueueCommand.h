#pragma once

#include "Command.h"

namespace Postino::Cli {

// postino-cli queue list | run | flush | retry ID | remove ID
class QueueCommand final : public Command
{
    Q_DECLARE_TR_FUNCTIONS(Postino::Cli::QueueCommand)
public:
    QueueCommand();
    int execute(const QStringList& args, Context& ctx) override;
};

} // namespace Postino::Cli

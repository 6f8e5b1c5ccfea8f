#pragma once

#include "Command.h"

namespace Postino::Cli {

// postino-cli send: builds (or takes with --eml) a message, stores it in the outbox and sends it.
class SendCommand final : public Command
{
    Q_DECLARE_TR_FUNCTIONS(Postino::Cli::SendCommand)
public:
    SendCommand();
    int execute(const QStringList& args, Context& ctx) override;
};

} // namespace Postino::Cli

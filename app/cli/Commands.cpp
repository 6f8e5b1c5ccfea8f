#include "Commands.h"
#include "Command.h"
#include "QueueCommand.h"
#include "SendCommand.h"

namespace Postino::Cli {

std::vector<std::unique_ptr<Command>> allCommands()
{
    std::vector<std::unique_ptr<Command>> commands;
    commands.push_back(std::make_unique<SendCommand>());
    commands.push_back(std::make_unique<QueueCommand>());
    return commands;
}

} // namespace Postino::Cli

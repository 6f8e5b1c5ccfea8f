#include "Commands.h"
#include "Command.h"

namespace Postino::Cli {

std::vector<std::unique_ptr<Command>> allCommands()
{
    std::vector<std::unique_ptr<Command>> commands;
    return commands;
}

} // namespace Postino::Cli

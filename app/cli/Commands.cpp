#include "AccountCommand.h"
#include "CampaignCommand.h"
#include "Command.h"
#include "DomainCommand.h"
#include "ProbeCommand.h"
#include "QueueCommand.h"
#include "SendCommand.h"
#include "SuppressCommand.h"

namespace Postino::Cli {

std::vector<std::unique_ptr<Command>> allCommands()
{
    std::vector<std::unique_ptr<Command>> commands;
    commands.push_back(std::make_unique<SendCommand>());
    commands.push_back(std::make_unique<QueueCommand>());
    commands.push_back(std::make_unique<ProbeCommand>());
    commands.push_back(std::make_unique<AccountCommand>());
    commands.push_back(std::make_unique<CampaignCommand>());
    commands.push_back(std::make_unique<SuppressCommand>());
    commands.push_back(std::make_unique<DomainCommand>());
    return commands;
}

} // namespace Postino::Cli

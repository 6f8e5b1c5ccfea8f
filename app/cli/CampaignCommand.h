#pragma once

#include "Command.h"

namespace Postino::Cli {

// postino-cli campaign create|preview|test|start|pause|resume|cancel|status|report|list (cli.md,
// "campaign"): newsletters and mail merge, one personalised message per recipient, sent through the outbox
// at the account's pace.
class CampaignCommand final : public Command
{
    Q_DECLARE_TR_FUNCTIONS(Postino::Cli::CampaignCommand)
public:
    CampaignCommand();
    int execute(const QStringList& args, Context& ctx) override;
};

} // namespace Postino::Cli

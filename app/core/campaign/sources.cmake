target_sources(postino-core PRIVATE
    campaign/CampaignTemplate.cpp campaign/CampaignTemplate.h
    campaign/CsvReader.cpp campaign/CsvReader.h
    campaign/MailboxKeys.cpp campaign/MailboxKeys_p.h
    campaign/RecipientList.cpp campaign/RecipientList.h
    campaign/SuppressionList.cpp campaign/SuppressionList.h)

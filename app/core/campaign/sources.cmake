target_sources(postino-core PRIVATE
    campaign/CampaignTemplate.cpp campaign/CampaignTemplate.h
    campaign/CsvReader.cpp campaign/CsvReader.h)

target_sources(postino-core PRIVATE
    campaign/CsvReader.cpp campaign/CsvReader.h)

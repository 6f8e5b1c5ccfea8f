postino_add_test(NAME TestCsvReader SOURCES ${CMAKE_CURRENT_LIST_DIR}/TestCsvReader.cpp)
postino_add_test(NAME TestCampaignTemplate SOURCES ${CMAKE_CURRENT_LIST_DIR}/TestCampaignTemplate.cpp)

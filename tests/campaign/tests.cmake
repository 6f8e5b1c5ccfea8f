postino_add_test(NAME TestCsvReader SOURCES ${CMAKE_CURRENT_LIST_DIR}/TestCsvReader.cpp)

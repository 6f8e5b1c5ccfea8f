postino_add_test(NAME TestProviderDatabase SOURCES ${CMAKE_CURRENT_LIST_DIR}/TestProviderDatabase.cpp)
postino_add_test(NAME TestIspdbParser SOURCES ${CMAKE_CURRENT_LIST_DIR}/TestIspdbParser.cpp)
postino_add_test(NAME TestSrvOrdering SOURCES ${CMAKE_CURRENT_LIST_DIR}/TestSrvOrdering.cpp)
postino_add_test(NAME TestMxBaseDomain SOURCES ${CMAKE_CURRENT_LIST_DIR}/TestMxBaseDomain.cpp)

postino_add_test(NAME TestHeaderDecoder SOURCES ${CMAKE_CURRENT_LIST_DIR}/TestHeaderDecoder.cpp)
postino_add_test(NAME TestSandboxServer SOURCES ${CMAKE_CURRENT_LIST_DIR}/TestSandboxServer.cpp)

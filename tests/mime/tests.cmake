postino_add_test(NAME TestAddress SOURCES ${CMAKE_CURRENT_LIST_DIR}/TestAddress.cpp)
postino_add_test(NAME TestHeaderEncoding SOURCES ${CMAKE_CURRENT_LIST_DIR}/TestHeaderEncoding.cpp)
postino_add_test(NAME TestMessageBuilder SOURCES ${CMAKE_CURRENT_LIST_DIR}/TestMessageBuilder.cpp)
postino_add_test(NAME TestRawMessage SOURCES ${CMAKE_CURRENT_LIST_DIR}/TestRawMessage.cpp)

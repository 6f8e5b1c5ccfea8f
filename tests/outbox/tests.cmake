postino_add_test(NAME TestOutboxStore SOURCES ${CMAKE_CURRENT_LIST_DIR}/TestOutboxStore.cpp)
postino_add_test(NAME TestRetryPolicy SOURCES ${CMAKE_CURRENT_LIST_DIR}/TestRetryPolicy.cpp)
postino_add_test(NAME TestOutboxRunner SOURCES ${CMAKE_CURRENT_LIST_DIR}/TestOutboxRunner.cpp)
postino_add_test(NAME TestOutboxModel SOURCES ${CMAKE_CURRENT_LIST_DIR}/TestOutboxModel.cpp)

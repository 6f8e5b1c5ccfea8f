postino_add_test(NAME TestDraftStore SOURCES ${CMAKE_CURRENT_LIST_DIR}/TestDraftStore.cpp)

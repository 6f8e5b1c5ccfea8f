postino_add_test(NAME TestComposerWindow SOURCES ${CMAKE_CURRENT_LIST_DIR}/TestComposerWindow.cpp
    ${CMAKE_CURRENT_LIST_DIR}/GuiTestUtil.h LIBS postino-ui LABELS gui)
postino_add_test(NAME TestMainWindow SOURCES ${CMAKE_CURRENT_LIST_DIR}/TestMainWindow.cpp
    ${CMAKE_CURRENT_LIST_DIR}/GuiTestUtil.h LIBS postino-ui LABELS gui)

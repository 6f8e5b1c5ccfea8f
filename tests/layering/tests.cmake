# The split between core and the widgets is enforced by the build (app/core/CMakeLists.txt runs
# cmake/CheckCoreIncludes.cmake before compiling postino-core). These prove the check both ways.
add_test(NAME CoreIncludeCheckRefusesAWidget
    COMMAND ${CMAKE_COMMAND} -DDIR=${CMAKE_CURRENT_LIST_DIR}/fixture -P ${PROJECT_SOURCE_DIR}/cmake/CheckCoreIncludes.cmake)
set_tests_properties(CoreIncludeCheckRefusesAWidget PROPERTIES
    WILL_FAIL TRUE LABELS layering)
add_test(NAME CoreIncludeCheckNamesTheOffender
    COMMAND ${CMAKE_COMMAND} -DDIR=${CMAKE_CURRENT_LIST_DIR}/fixture -P ${PROJECT_SOURCE_DIR}/cmake/CheckCoreIncludes.cmake)
set_tests_properties(CoreIncludeCheckNamesTheOffender PROPERTIES
    PASS_REGULAR_EXPRESSION "ModelWithAWidget.h: #include <QtWidgets/QWidget> \\(QtWidgets\\)" LABELS layering)
add_test(NAME CoreIncludeCheckPassesTheCore
    COMMAND ${CMAKE_COMMAND} -DDIR=${PROJECT_SOURCE_DIR}/app/core -P ${PROJECT_SOURCE_DIR}/cmake/CheckCoreIncludes.cmake)
set_tests_properties(CoreIncludeCheckPassesTheCore PROPERTIES LABELS layering)

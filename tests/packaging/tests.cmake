add_test(NAME PackagingInstall
    COMMAND bash ${CMAKE_CURRENT_LIST_DIR}/check-install.sh ${PROJECT_SOURCE_DIR} ${PROJECT_BINARY_DIR})
set_tests_properties(PackagingInstall PROPERTIES TIMEOUT 300 LABELS packaging)

# The translations: the catalogues are complete for the current code (a Python check that runs lupdate
# over the sources), and the compiled catalogues translate core, UI and CLI strings at run time.
add_test(NAME TestTranslationCatalogues
    COMMAND /usr/bin/python3 ${CMAKE_CURRENT_LIST_DIR}/check_catalogue.py --lupdate $<TARGET_FILE:Qt6::lupdate>)
set_tests_properties(TestTranslationCatalogues PROPERTIES
    TIMEOUT 120
    LABELS i18n
    ENVIRONMENT "POSTINO_SOURCE_DIR=${PROJECT_SOURCE_DIR};PYTHONDONTWRITEBYTECODE=1")

postino_add_test(NAME TestTranslations SOURCES ${CMAKE_CURRENT_LIST_DIR}/TestTranslations.cpp
    LIBS postino-core postino-i18n LABELS i18n)

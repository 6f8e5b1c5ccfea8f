# The composer's spell checking (app/spell), against the real it_IT and en_US dictionaries of hunspell-it and
# hunspell-en-us (scripts/install-deps.sh installs them).
postino_add_test(NAME TestSpellText SOURCES ${CMAKE_CURRENT_LIST_DIR}/TestSpellText.cpp LIBS postino-spell)
postino_add_test(NAME TestSpellChecker SOURCES ${CMAKE_CURRENT_LIST_DIR}/TestSpellChecker.cpp LIBS postino-spell)
postino_add_test(NAME TestSpelling SOURCES ${CMAKE_CURRENT_LIST_DIR}/TestSpelling.cpp LIBS postino-spell)
postino_add_test(NAME TestUserDictionary SOURCES ${CMAKE_CURRENT_LIST_DIR}/TestUserDictionary.cpp LIBS postino-spell)

# Fakes for the domain module's tests: SPF look-ups from tables.
target_sources(postino-testutil PRIVATE
    ${CMAKE_CURRENT_LIST_DIR}/FakeSpfLookups.cpp ${CMAKE_CURRENT_LIST_DIR}/FakeSpfLookups.h)

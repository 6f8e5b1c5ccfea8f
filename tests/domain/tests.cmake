# The domain module: SPF, DKIM key and DMARC records, organisational domains (tests/util/FakeSpfLookups).
postino_add_test(NAME TestSpfMacro SOURCES ${CMAKE_CURRENT_LIST_DIR}/TestSpfMacro.cpp)
postino_add_test(NAME TestSpfRecord SOURCES ${CMAKE_CURRENT_LIST_DIR}/TestSpfRecord.cpp)
postino_add_test(NAME TestSpfEvaluator SOURCES ${CMAKE_CURRENT_LIST_DIR}/TestSpfEvaluator.cpp)
postino_add_test(NAME TestSpfAudit SOURCES ${CMAKE_CURRENT_LIST_DIR}/TestSpfAudit.cpp)
postino_add_test(NAME TestDkimKeyRecord SOURCES ${CMAKE_CURRENT_LIST_DIR}/TestDkimKeyRecord.cpp)
postino_add_test(NAME TestDmarcRecord SOURCES ${CMAKE_CURRENT_LIST_DIR}/TestDmarcRecord.cpp)
postino_add_test(NAME TestPublicSuffixList SOURCES ${CMAKE_CURRENT_LIST_DIR}/TestPublicSuffixList.cpp)
postino_add_test(NAME TestDnsSpfLookups SOURCES ${CMAKE_CURRENT_LIST_DIR}/TestDnsSpfLookups.cpp)

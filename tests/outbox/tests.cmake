postino_add_test(NAME TestOutboxStore SOURCES ${CMAKE_CURRENT_LIST_DIR}/TestOutboxStore.cpp)
postino_add_test(NAME TestRetryPolicy SOURCES ${CMAKE_CURRENT_LIST_DIR}/TestRetryPolicy.cpp)
postino_add_test(NAME TestOutboxRunner SOURCES ${CMAKE_CURRENT_LIST_DIR}/TestOutboxRunner.cpp)
postino_add_test(NAME TestOutboxModel SOURCES ${CMAKE_CURRENT_LIST_DIR}/TestOutboxModel.cpp)
# End to end with the real SmtpClient against the scripted server, once the smtp module is in the tree.
if(EXISTS ${PROJECT_SOURCE_DIR}/tests/util/FakeSmtpServer.h AND EXISTS ${PROJECT_SOURCE_DIR}/app/core/smtp/SmtpClient.cpp)
    postino_add_test(NAME TestOutboxSmtp SOURCES ${CMAKE_CURRENT_LIST_DIR}/TestOutboxSmtp.cpp)
endif()

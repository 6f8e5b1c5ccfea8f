# The scripted fake SMTP server and the real one (aiosmtpd) for the SMTP tests.
target_sources(postino-testutil PRIVATE
    ${CMAKE_CURRENT_LIST_DIR}/FakeSmtpServer.cpp ${CMAKE_CURRENT_LIST_DIR}/FakeSmtpServer.h
    ${CMAKE_CURRENT_LIST_DIR}/RealSmtpServer.cpp ${CMAKE_CURRENT_LIST_DIR}/RealSmtpServer.h
    ${CMAKE_CURRENT_LIST_DIR}/SmtpClientRun.cpp ${CMAKE_CURRENT_LIST_DIR}/SmtpClientRun.h
    ${CMAKE_CURRENT_LIST_DIR}/SmtpScript.h ${CMAKE_CURRENT_LIST_DIR}/WatchedFile.h)
set_target_properties(postino-testutil PROPERTIES AUTOMOC ON) # FakeSmtpServer and SmtpClientRun are QObjects

postino_add_test(NAME TestComposerWindow SOURCES ${CMAKE_CURRENT_LIST_DIR}/TestComposerWindow.cpp
    ${CMAKE_CURRENT_LIST_DIR}/GuiTestUtil.h LIBS postino-ui LABELS gui)
postino_add_test(NAME TestMainWindow SOURCES ${CMAKE_CURRENT_LIST_DIR}/TestMainWindow.cpp
    ${CMAKE_CURRENT_LIST_DIR}/GuiTestUtil.h LIBS postino-ui LABELS gui)
postino_add_test(NAME TestAccountWizard SOURCES ${CMAKE_CURRENT_LIST_DIR}/TestAccountWizard.cpp
    ${CMAKE_CURRENT_LIST_DIR}/GuiTestUtil.h LIBS postino-ui LABELS gui)
postino_add_test(NAME TestAppController SOURCES ${CMAKE_CURRENT_LIST_DIR}/TestAppController.cpp
    ${CMAKE_CURRENT_LIST_DIR}/GuiTestUtil.h LIBS postino-ui LABELS gui)
postino_add_test(NAME TestConnectionDoctor SOURCES ${CMAKE_CURRENT_LIST_DIR}/TestConnectionDoctor.cpp
    ${CMAKE_CURRENT_LIST_DIR}/GuiTestUtil.h LIBS postino-ui LABELS gui)
postino_add_test(NAME TestPasswordDialog SOURCES ${CMAKE_CURRENT_LIST_DIR}/TestPasswordDialog.cpp
    ${CMAKE_CURRENT_LIST_DIR}/GuiTestUtil.h LIBS postino-ui LABELS gui)
postino_add_test(NAME TestSandboxView SOURCES ${CMAKE_CURRENT_LIST_DIR}/TestSandboxView.cpp LIBS postino-ui LABELS gui)
postino_add_test(NAME TestCampaignWindows SOURCES ${CMAKE_CURRENT_LIST_DIR}/TestCampaignWindows.cpp
    ${CMAKE_CURRENT_LIST_DIR}/GuiTestUtil.h LIBS postino-ui LABELS gui)
postino_add_test(NAME TestRelativeTime SOURCES ${CMAKE_CURRENT_LIST_DIR}/TestRelativeTime.cpp LIBS postino-ui LABELS gui)
postino_add_test(NAME TestDomainHealthPage SOURCES ${CMAKE_CURRENT_LIST_DIR}/TestDomainHealthPage.cpp
    ${CMAKE_CURRENT_LIST_DIR}/GuiTestUtil.h ${CMAKE_CURRENT_LIST_DIR}/DomainTestDns.h LIBS postino-ui LABELS gui)
postino_add_test(NAME TestSenderAlignment SOURCES ${CMAKE_CURRENT_LIST_DIR}/TestSenderAlignment.cpp
    ${CMAKE_CURRENT_LIST_DIR}/GuiTestUtil.h ${CMAKE_CURRENT_LIST_DIR}/DomainTestDns.h LIBS postino-ui LABELS gui)
# The wizard's "Sign in with PROVIDER…" against tests/util/oauth/oauth_server.py and a scripted XOAUTH2 server.
postino_add_test(NAME TestOAuthWizard SOURCES ${CMAKE_CURRENT_LIST_DIR}/TestOAuthWizard.cpp
    ${CMAKE_CURRENT_LIST_DIR}/GuiTestUtil.h LIBS postino-ui LABELS gui)
# The composer's spell checking against the real it_IT and en_US dictionaries (hunspell-it, hunspell-en-us).
postino_add_test(NAME TestComposerSpelling SOURCES ${CMAKE_CURRENT_LIST_DIR}/TestComposerSpelling.cpp
    ${CMAKE_CURRENT_LIST_DIR}/GuiTestUtil.h LIBS postino-ui LABELS gui)
postino_add_test(NAME TestTrustedCertificatesDialog SOURCES ${CMAKE_CURRENT_LIST_DIR}/TestTrustedCertificatesDialog.cpp
    ${CMAKE_CURRENT_LIST_DIR}/GuiTestUtil.h LIBS postino-ui LABELS gui)

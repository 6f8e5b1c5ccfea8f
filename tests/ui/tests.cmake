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
# The composer on a really full disk: an executable that only tests/cli/test_gui_disk.py runs (GuiDisk), inside
# the small tmpfs it mounts in a mount namespace of its own; alone it fails, having no disk to fill.
qt_add_executable(TestComposerOnRealDisk ${CMAKE_CURRENT_LIST_DIR}/TestComposerOnRealDisk.cpp
    ${CMAKE_CURRENT_LIST_DIR}/GuiTestUtil.h)
add_dependencies(postino-tests TestComposerOnRealDisk)
target_link_libraries(TestComposerOnRealDisk PRIVATE postino-testutil Qt6::Test postino_config postino-ui)
postino_test_options(TestComposerOnRealDisk)
postino_reuse_test_pch(TestComposerOnRealDisk postino-ui)
postino_add_cli_test(GuiDisk test_gui_disk)
set_property(TEST GuiDisk APPEND PROPERTY ENVIRONMENT
    "POSTINO_GUI_DISK_TEST=$<TARGET_FILE:TestComposerOnRealDisk>" "QT_QPA_PLATFORM=offscreen")
set_property(TEST GuiDisk PROPERTY LABELS gui)

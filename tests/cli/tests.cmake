# End-to-end tests of postino-cli, driven exactly as cli.md says, against real servers.
# Python's unittest from Debian's interpreter (it has python3-aiosmtpd).
function(postino_add_cli_test name module)
    add_test(NAME ${name}
        COMMAND /usr/bin/python3 -m unittest -v ${module}
        WORKING_DIRECTORY ${CMAKE_CURRENT_FUNCTION_LIST_DIR})
    set_tests_properties(${name} PROPERTIES
        TIMEOUT 600
        LABELS cli
        ENVIRONMENT "POSTINO_SOURCE_DIR=${PROJECT_SOURCE_DIR};POSTINO_CLI=$<TARGET_FILE:postino-cli>;PYTHONDONTWRITEBYTECODE=1")
endfunction()

postino_add_cli_test(CliSend test_send)
postino_add_cli_test(CliQueue test_queue)
postino_add_cli_test(CliQueueIndex test_queue_index)
postino_add_cli_test(CliCrash test_crash)
set_property(TEST CliCrash APPEND PROPERTY ENVIRONMENT "POSTINO_ENQUEUE=$<TARGET_FILE:postino-bench-enqueue>")
# The power cut: the shim and its restore tool (tests/util/powercut.cmake) on their own, then the outbox.
postino_add_cli_test(PowerCutShim test_powercut.ShimTest)
postino_add_cli_test(CliPowerCut test_powercut.OutboxPowerCutTest)
set_property(TEST PowerCutShim CliPowerCut APPEND PROPERTY ENVIRONMENT
    "POSTINO_ENQUEUE=$<TARGET_FILE:postino-bench-enqueue>"
    "POSTINO_POWERCUT_SHIM=$<TARGET_FILE:postino-powercut>"
    "POSTINO_POWERCUT_RESTORE=$<TARGET_FILE:postino-powercut-restore>")
postino_add_cli_test(CliProbe test_probe)
postino_add_cli_test(CliProbeGrace test_probe_grace)
postino_add_cli_test(CliSuppress test_suppress)
postino_add_cli_test(CliCampaign test_campaign)
postino_add_cli_test(CliCampaignScale test_campaign_scale)
postino_add_cli_test(CliOffline test_offline)
postino_add_cli_test(CliDisk test_disk)

# account: inside a private D-Bus session with a throw-away gnome-keyring (tests/accounts/with-keyring.sh).
add_test(NAME CliAccount
    COMMAND bash ${PROJECT_SOURCE_DIR}/tests/accounts/with-keyring.sh /usr/bin/python3 -m unittest -v test_account
    WORKING_DIRECTORY ${CMAKE_CURRENT_LIST_DIR})
set_tests_properties(CliAccount PROPERTIES
    TIMEOUT 600
    LABELS cli
    ENVIRONMENT "POSTINO_SOURCE_DIR=${PROJECT_SOURCE_DIR};POSTINO_CLI=$<TARGET_FILE:postino-cli>;PYTHONDONTWRITEBYTECODE=1")

# OAuth2 sign-in (account add --oauth, account login, sending with refreshed tokens) against a local
# authorisation server, a stand-in browser and aiosmtpd taking only its tokens; inside the test keyring too.
add_test(NAME CliOAuth
    COMMAND bash ${PROJECT_SOURCE_DIR}/tests/accounts/with-keyring.sh /usr/bin/python3 -m unittest -v test_oauth
    WORKING_DIRECTORY ${CMAKE_CURRENT_LIST_DIR})
set_tests_properties(CliOAuth PROPERTIES
    TIMEOUT 600
    LABELS cli
    ENVIRONMENT "POSTINO_SOURCE_DIR=${PROJECT_SOURCE_DIR};POSTINO_CLI=$<TARGET_FILE:postino-cli>;PYTHONDONTWRITEBYTECODE=1")

# loadAccountConnection(), in-process with a fake keychain.
postino_add_test(NAME TestLoadAccountConnection SOURCES ${CMAKE_CURRENT_LIST_DIR}/TestLoadAccountConnection.cpp
    LIBS postino-cli-lib)
# Secrets in memory: undumpable once a password came in, buffers zeroed (#18).
postino_add_test(NAME TestSecretMemory SOURCES ${CMAKE_CURRENT_LIST_DIR}/TestSecretMemory.cpp LIBS postino-cli-lib)
postino_add_cli_test(CliChunking test_chunking)
postino_add_cli_test(CliDomain test_domain)

# No secret anywhere (#18): every command that takes a password, then every file it may have written; inside the
# test keyring, so that the stored account's password goes through a real keychain.
add_test(NAME CliSecrets
    COMMAND bash ${PROJECT_SOURCE_DIR}/tests/accounts/with-keyring.sh /usr/bin/python3 -m unittest -v test_secrets
    WORKING_DIRECTORY ${CMAKE_CURRENT_LIST_DIR})
set_tests_properties(CliSecrets PROPERTIES
    TIMEOUT 600
    LABELS cli
    ENVIRONMENT "POSTINO_SOURCE_DIR=${PROJECT_SOURCE_DIR};POSTINO_CLI=$<TARGET_FILE:postino-cli>;PYTHONDONTWRITEBYTECODE=1")

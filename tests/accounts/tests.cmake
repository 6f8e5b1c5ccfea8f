postino_add_test(NAME TestAccountStore SOURCES ${CMAKE_CURRENT_LIST_DIR}/TestAccountStore.cpp)
# The real keychain: gnome-keyring in a private D-Bus session and a scratch HOME.
postino_add_test(NAME TestKeychain SOURCES ${CMAKE_CURRENT_LIST_DIR}/TestKeychain.cpp LIBS postino-keychain
    WRAPPER bash ${CMAKE_CURRENT_LIST_DIR}/with-keyring.sh TIMEOUT 60)
# No keychain at all: the session bus address points nowhere.
postino_add_test(NAME TestKeychainUnavailable SOURCES ${CMAKE_CURRENT_LIST_DIR}/TestKeychainUnavailable.cpp LIBS postino-keychain
    ENV DBUS_SESSION_BUS_ADDRESS=unix:path=/nonexistent/postino-test-bus TIMEOUT 60)
postino_add_test(NAME TestAccountConnection SOURCES ${CMAKE_CURRENT_LIST_DIR}/TestAccountConnection.cpp)

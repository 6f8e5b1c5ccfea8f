# app/core/oauth: PKCE, the token endpoint's answers, the loopback redirect listener, the browser flow and
# the device grant (scripted transports and a MockClock; no test waits real seconds).
postino_add_test(NAME TestPkce SOURCES ${CMAKE_CURRENT_LIST_DIR}/TestPkce.cpp)
postino_add_test(NAME TestOAuthTokenResponse SOURCES ${CMAKE_CURRENT_LIST_DIR}/TestOAuthTokenResponse.cpp)
postino_add_test(NAME TestRedirectListener SOURCES ${CMAKE_CURRENT_LIST_DIR}/TestRedirectListener.cpp)
postino_add_test(NAME TestAuthorizationCodeFlow SOURCES ${CMAKE_CURRENT_LIST_DIR}/TestAuthorizationCodeFlow.cpp
    ${CMAKE_CURRENT_LIST_DIR}/ScriptedTransport.h)
postino_add_test(NAME TestDeviceAuthorization SOURCES ${CMAKE_CURRENT_LIST_DIR}/TestDeviceAuthorization.cpp
    ${CMAKE_CURRENT_LIST_DIR}/ScriptedTransport.h)
postino_add_test(NAME TestOAuthClientConfig SOURCES ${CMAKE_CURRENT_LIST_DIR}/TestOAuthClientConfig.cpp)
postino_add_test(NAME TestOAuthTokenSource SOURCES ${CMAKE_CURRENT_LIST_DIR}/TestOAuthTokenSource.cpp
    ${CMAKE_CURRENT_LIST_DIR}/ScriptedTransport.h)
# The flows over real HTTPS against tests/util/oauth/oauth_server.py (certificates made at test time), the
# browser played by tests/util/oauth/stand_in_browser.py: --resolve, --ca-file, PKCE checked by the server.
postino_add_test(NAME TestOAuthAgainstServer SOURCES ${CMAKE_CURRENT_LIST_DIR}/TestOAuthAgainstServer.cpp)

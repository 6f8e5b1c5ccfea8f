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

# target_sources(postino-core PRIVATE ...) for app/core/oauth: OAuth2 sign-in (RFC 6749, 7636, 8252, 8628, 9207).
target_sources(postino-core PRIVATE
    oauth/AuthorizationCodeFlow.cpp oauth/AuthorizationCodeFlow.h
    oauth/OAuthAccount.cpp oauth/OAuthAccount.h
    oauth/DeviceAuthorization.cpp oauth/DeviceAuthorization.h
    oauth/OAuthClient.cpp oauth/OAuthClient.h
    oauth/OAuthClientConfig.cpp oauth/OAuthClientConfig.h
    oauth/OAuthHttp.cpp oauth/OAuthHttp.h
    oauth/OAuthLog.h
    oauth/OAuthTokens.cpp oauth/OAuthTokens.h
    oauth/OAuthTokenSource.cpp oauth/OAuthTokenSource.h
    oauth/Pkce.cpp oauth/Pkce.h
    oauth/RedirectListener.cpp oauth/RedirectListener.h)

# The packager's client IDs (cli.md: no client ID of another application is shipped; empty by default).
set_source_files_properties(oauth/OAuthClientConfig.cpp PROPERTIES COMPILE_DEFINITIONS
    "POSTINO_OAUTH_CLIENT_ID_GOOGLE=\"${POSTINO_OAUTH_CLIENT_ID_GOOGLE}\";POSTINO_OAUTH_CLIENT_SECRET_GOOGLE=\"${POSTINO_OAUTH_CLIENT_SECRET_GOOGLE}\";POSTINO_OAUTH_CLIENT_ID_MICROSOFT=\"${POSTINO_OAUTH_CLIENT_ID_MICROSOFT}\"")

# target_sources(postino-core PRIVATE ...) for app/core/accounts
target_sources(postino-core PRIVATE
    accounts/Account.cpp accounts/Account.h
    accounts/AccountConnection.cpp accounts/AccountConnection.h
    accounts/AccountStore.cpp accounts/AccountStore.h
    accounts/SecretStore.cpp accounts/SecretStore.h)

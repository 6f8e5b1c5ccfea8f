# target_sources(postino-core PRIVATE ...) for app/core/discovery
target_sources(postino-core PRIVATE
    discovery/AutoconfigClient.cpp discovery/AutoconfigClient.h
    discovery/ConnectionCheck.cpp discovery/ConnectionCheck.h
    discovery/DiscoveryTypes.cpp discovery/DiscoveryTypes.h
    discovery/DnsResolver.cpp discovery/DnsResolver.h
    discovery/DnsWire.cpp discovery/DnsWire.h
    discovery/IspdbParser.cpp discovery/IspdbParser.h
    discovery/MxBaseDomain.cpp discovery/MxBaseDomain.h
    discovery/ProbeResult.cpp discovery/ProbeResult.h
    discovery/ProviderDatabase.cpp discovery/ProviderDatabase.h
    discovery/ReplyExplainer.cpp discovery/ReplyExplainer.h
    discovery/ServerProbe.cpp discovery/ServerProbe.h
    discovery/SendingLimits.cpp discovery/SendingLimits.h
    discovery/ServerProbeSources.cpp
    discovery/SrvOrdering.cpp discovery/SrvOrdering.h)

# The built-in provider database, one ISPDB file per provider, under :/providers.
file(GLOB POSTINO_PROVIDER_FILES CONFIGURE_DEPENDS ${PROJECT_SOURCE_DIR}/resources/providers/*.xml)
qt_add_resources(postino-core "providers"
    PREFIX "/providers"
    BASE ${PROJECT_SOURCE_DIR}/resources/providers
    FILES ${POSTINO_PROVIDER_FILES})

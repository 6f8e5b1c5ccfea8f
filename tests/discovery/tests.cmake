postino_add_test(NAME TestProviderDatabase SOURCES ${CMAKE_CURRENT_LIST_DIR}/TestProviderDatabase.cpp)
postino_add_test(NAME TestIspdbParser SOURCES ${CMAKE_CURRENT_LIST_DIR}/TestIspdbParser.cpp)
postino_add_test(NAME TestSrvOrdering SOURCES ${CMAKE_CURRENT_LIST_DIR}/TestSrvOrdering.cpp)
postino_add_test(NAME TestMxBaseDomain SOURCES ${CMAKE_CURRENT_LIST_DIR}/TestMxBaseDomain.cpp)
postino_add_test(NAME TestServerProbe SOURCES ${CMAKE_CURRENT_LIST_DIR}/TestServerProbe.cpp)
postino_add_test(NAME TestAutoconfigClient SOURCES ${CMAKE_CURRENT_LIST_DIR}/TestAutoconfigClient.cpp)
postino_add_test(NAME TestReplyExplainer SOURCES ${CMAKE_CURRENT_LIST_DIR}/TestReplyExplainer.cpp)
postino_add_test(NAME TestConnectionCheck SOURCES ${CMAKE_CURRENT_LIST_DIR}/TestConnectionCheck.cpp)
postino_add_test(NAME TestProbeResult SOURCES ${CMAKE_CURRENT_LIST_DIR}/TestProbeResult.cpp)
# The providers' sending limits (shared/spec/providers.md) as defaults for an account.
postino_add_test(NAME TestSendingLimits SOURCES ${CMAKE_CURRENT_LIST_DIR}/TestSendingLimits.cpp)
# The DNS records' wire format, query names, reverse names, --dns-server's ADDR[:PORT].
postino_add_test(NAME TestDnsWire SOURCES ${CMAKE_CURRENT_LIST_DIR}/TestDnsWire.cpp)
# libunbound against a real dnsmasq on 127.0.0.x (skipped where dnsmasq is not installed).
postino_add_test(NAME TestUnboundDnsResolver SOURCES ${CMAKE_CURRENT_LIST_DIR}/TestUnboundDnsResolver.cpp
    LIBS postino-dns)

# Fakes for discovery and accounts tests: scripted submissions, DNS, autoconfig and a secret store; a real
# dnsmasq for the DNS client.
target_sources(postino-testutil PRIVATE
    ${CMAKE_CURRENT_LIST_DIR}/FakeAutoconfigFetcher.cpp ${CMAKE_CURRENT_LIST_DIR}/FakeAutoconfigFetcher.h
    ${CMAKE_CURRENT_LIST_DIR}/DnsmasqServer.cpp ${CMAKE_CURRENT_LIST_DIR}/DnsmasqServer.h
    ${CMAKE_CURRENT_LIST_DIR}/FakeDnsResolver.cpp ${CMAKE_CURRENT_LIST_DIR}/FakeDnsResolver.h
    ${CMAKE_CURRENT_LIST_DIR}/FakeProbeSubmission.cpp ${CMAKE_CURRENT_LIST_DIR}/FakeProbeSubmission.h
    ${CMAKE_CURRENT_LIST_DIR}/FakeSecretStore.cpp ${CMAKE_CURRENT_LIST_DIR}/FakeSecretStore.h)

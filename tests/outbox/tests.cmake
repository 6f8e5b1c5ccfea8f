postino_add_test(NAME TestOutboxStore SOURCES ${CMAKE_CURRENT_LIST_DIR}/TestOutboxStore.cpp)
# The index of item.json files (OutboxIndex): taken, rebuilt when missing, damaged or stale, other processes seen.
postino_add_test(NAME TestOutboxIndex SOURCES ${CMAKE_CURRENT_LIST_DIR}/TestOutboxIndex.cpp)
# An outbox of the first format (a fixture) and journals cut at every byte of their last record.
postino_add_test(NAME TestOutboxJournalFormat SOURCES ${CMAKE_CURRENT_LIST_DIR}/TestOutboxJournalFormat.cpp)
# The journal's records (format 2): deltas, whole items, torn and damaged ones.
postino_add_test(NAME TestOutboxJournalRecord SOURCES ${CMAKE_CURRENT_LIST_DIR}/TestOutboxJournalRecord.cpp)
postino_add_test(NAME TestOutboxStoreAsync SOURCES ${CMAKE_CURRENT_LIST_DIR}/TestOutboxStoreAsync.cpp)
# The item itself: built for an envelope.
postino_add_test(NAME TestOutboxItem SOURCES ${CMAKE_CURRENT_LIST_DIR}/TestOutboxItem.cpp)
postino_add_test(NAME TestRetryPolicy SOURCES ${CMAKE_CURRENT_LIST_DIR}/TestRetryPolicy.cpp)
postino_add_test(NAME TestOutboxRunner SOURCES ${CMAKE_CURRENT_LIST_DIR}/TestOutboxRunner.cpp)
postino_add_test(NAME TestOutboxModel SOURCES ${CMAKE_CURRENT_LIST_DIR}/TestOutboxModel.cpp)
# End to end with the real SmtpClient against the scripted server.
postino_add_test(NAME TestOutboxSmtp SOURCES ${CMAKE_CURRENT_LIST_DIR}/TestOutboxSmtp.cpp)
postino_add_test(NAME TestOutgoingMessage SOURCES ${CMAKE_CURRENT_LIST_DIR}/TestOutgoingMessage.cpp)
postino_add_test(NAME TestAccountCredentialsProvider SOURCES ${CMAKE_CURRENT_LIST_DIR}/TestAccountCredentialsProvider.cpp)
# The pure decision of what an attempt comes to, without sockets.
postino_add_test(NAME TestAttemptOutcome SOURCES ${CMAKE_CURRENT_LIST_DIR}/TestAttemptOutcome.cpp)
# The pure pacer (per minute, per 24 hours); its reasons say local times, so the time zone is fixed.
postino_add_test(NAME TestSendPacer SOURCES ${CMAKE_CURRENT_LIST_DIR}/TestSendPacer.cpp ENV TZ=Europe/Rome)
# The accounts' transaction starts on the disk, so that a restarted runner keeps the pace.
postino_add_test(NAME TestPaceLog SOURCES ${CMAKE_CURRENT_LIST_DIR}/TestPaceLog.cpp)
# The runner's default limits from the provider database, and which source of limits wins.
postino_add_test(NAME TestProviderLimits SOURCES ${CMAKE_CURRENT_LIST_DIR}/TestProviderLimits.cpp)

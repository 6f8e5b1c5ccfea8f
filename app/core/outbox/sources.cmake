target_sources(postino-core PRIVATE
    outbox/AccountCredentialsProvider.cpp outbox/AccountCredentialsProvider.h
    outbox/AccountState.cpp outbox/AccountState.h
    outbox/AttemptOutcome.cpp outbox/AttemptOutcome.h
    outbox/OutgoingMessage.cpp outbox/OutgoingMessage.h
    outbox/CredentialsProvider.cpp outbox/CredentialsProvider.h
    outbox/HashingFile.cpp outbox/HashingFile.h
    outbox/NetworkMonitor.cpp outbox/NetworkMonitor.h
    outbox/OutboxItem.cpp outbox/OutboxItem.h outbox/OutboxItemCodec.cpp outbox/OutboxItem_p.h
    outbox/OutboxModel.cpp outbox/OutboxModel.h
    outbox/OutboxRunner.cpp outbox/OutboxRunner.h outbox/OutboxRunnerItems.cpp outbox/OutboxRunnerPasses.cpp
    outbox/OutboxRunnerPace.cpp
    outbox/OutboxSession.h
    outbox/OutboxStore.cpp outbox/OutboxStore.h outbox/OutboxStore_p.h outbox/OutboxItemFile.cpp outbox/OutboxJournal.cpp
    outbox/OutboxJournalRecord.cpp outbox/OutboxJournalRecord.h
    outbox/OutboxCheckpoint.cpp outbox/OutboxFolder.cpp outbox/OutboxFolder.h outbox/OutboxIndex.cpp outbox/OutboxIndex.h
    outbox/OutboxSubmitter.cpp outbox/OutboxSubmitter.h
    outbox/PaceLog.cpp outbox/PaceLog.h
    outbox/ProviderLimits.cpp outbox/ProviderLimits.h
    outbox/RetryPolicy.cpp outbox/RetryPolicy.h
    outbox/SendPacer.cpp outbox/SendPacer.h)

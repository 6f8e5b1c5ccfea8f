target_sources(postino-core PRIVATE
    outbox/AccountCredentialsProvider.cpp outbox/AccountCredentialsProvider.h
    outbox/OutgoingMessage.cpp outbox/OutgoingMessage.h
    outbox/CredentialsProvider.cpp outbox/CredentialsProvider.h
    outbox/NetworkMonitor.cpp outbox/NetworkMonitor.h
    outbox/OutboxItem.cpp outbox/OutboxItem.h
    outbox/OutboxModel.cpp outbox/OutboxModel.h
    outbox/OutboxRunner.cpp outbox/OutboxRunner.h
    outbox/OutboxStore.cpp outbox/OutboxStore.h
    outbox/RetryPolicy.cpp outbox/RetryPolicy.h
    # The Submission interface's signals (moc) are needed here; the smtp module lists it too once it
    # lands, and CMake keeps one copy of a source listed twice.
    smtp/Submission.h)

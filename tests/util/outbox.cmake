# Test helpers for the outbox: a scripted fake Submission.
target_sources(postino-testutil PRIVATE
    ${CMAKE_CURRENT_LIST_DIR}/FakeSubmission.cpp ${CMAKE_CURRENT_LIST_DIR}/FakeSubmission.h)

#pragma once

// Tells ThreadSanitizer about a hand-over between threads that it cannot see by itself: one that goes through
// Qt's posted-event queue (QMetaObject::invokeMethod(..., Qt::QueuedConnection) to an object on another thread).
// Debian's Qt is not built with TSan, and the queue's lock is a QMutex inside libQt6Core, so the closure written
// on the posting thread and read where it is delivered looks like a data race. handOver(key) on the posting
// thread before the post, takeOver(key) first thing in the delivered call: the same ordering Qt's lock gives,
// made visible. Without TSan both are empty.

#if defined(__SANITIZE_THREAD__)
#define POSTINO_THREAD_SANITIZER 1
#elif defined(__has_feature)
#if __has_feature(thread_sanitizer)
#define POSTINO_THREAD_SANITIZER 1
#endif
#endif

#ifdef POSTINO_THREAD_SANITIZER
extern "C" void __tsan_acquire(void* addr);
extern "C" void __tsan_release(void* addr);
#endif

namespace Postino::ThreadSanitizer {

inline void handOver([[maybe_unused]] const void* key)
{
#ifdef POSTINO_THREAD_SANITIZER
    __tsan_release(const_cast<void*>(key));
#endif
}

inline void takeOver([[maybe_unused]] const void* key)
{
#ifdef POSTINO_THREAD_SANITIZER
    __tsan_acquire(const_cast<void*>(key));
#endif
}

} // namespace Postino::ThreadSanitizer

#!/usr/bin/env bash
# The ThreadSanitizer stage: builds, with clang and -fsanitize=thread in build-tsan/ (TSAN_BUILD_DIR overrides),
# only the tests of the code that shares data across threads, and runs them with ctest: the serial worker
# (common), the outbox's store, its worker and journal sync thread (outbox), the drafts store (drafts). The runner
# and the GUI's worker threads are listed below as not yet clean.
#
#   scripts/tsan-tests.sh [--build-only] [CTEST ARGS...]
#   JOBS=N        (environment) compile N at a time; default: one per core
#
# Qt 6.4 from Debian is not built with ThreadSanitizer: what its own code does (a QMutex's contended path, the
# queued-connection event queue, QThread::wait() on its detached threads) is invisible to it.
# tests/sanitizers/tsan.supp lists the reports that come only from that (a thread pool's or QtTest's watchdog's
# wait condition destroyed after the thread ended), each with its reason; a race in our own code is never
# suppressed. Every report fails the test (halt_on_error).
# Needs clang and libclang-rt-14-dev (scripts/install-deps.sh installs them).
set -euo pipefail
cd "$(dirname "$0")/.."
BUILD_DIR=${TSAN_BUILD_DIR:-build-tsan}
build_only=0
ctest_args=()
while [ $# -gt 0 ]; do
    case "$1" in
        --build-only) build_only=1; shift ;;
        -h|--help) sed -n '2,15p' "$0"; exit 0 ;;
        *) ctest_args+=("$1"); shift ;;
    esac
done
command -v clang++ >/dev/null || { echo "tsan-tests.sh: clang++ is missing: apt-get install clang libclang-rt-14-dev" >&2; exit 69; }

# The tests that run clean under TSan (each checked three times or more).
tests=(
    TestSerialWorker
    TestOutboxStore TestOutboxStoreAsync
    TestDraftStore
)
# Not yet: TestOutboxRunner (and with it, unchecked so far, TestOutboxSmtp, TestAccountStore, TestSandboxServer and
# the GUI's TestMainWindow, TestComposerWindow, TestAppController, TestSandboxView). With the runner, the journal's
# sync thread posts onSynced() to the main thread while the main thread posts its own events: TSan reports the
# posted-event list itself (a realloc and a memmove inside libQt6Core, under Qt's own QMutex). Debian's Qt frames
# are unsymbolised, so no suppression can name them narrowly; a suppression that would match hides our races too.
# Tried and dropped: `called_from_lib:libQt6Core.so.6` makes TSan skip every interceptor that Qt calls, its
# pthread locks and condition variables included, so the thread pool's hand-overs (seen as ordered without it)
# are reported instead (TestOutboxStoreAsync). The journal's sync thread and the SerialWorker hand their results
# over under a std::mutex and post a call by name (common/ThreadInbox.h), so no
# closure of ours crosses Qt's queue (TestDraftStore, reported once in three runs while the SerialWorker posted
# closures, ran clean five times in five after). What is left for the runner is the posted-event list itself: a
# realloc inside QCoreApplication::postEvent on the sync thread against the main thread's use of that block.
# Not yet clean either: TestSerialWorker was reported once in six runs (8 December) inside QThreadPool itself, the
# QRunnable that QThreadPoolPrivate::enqueueTask allocates on the caller's thread and the pool thread deletes,
# handed over under Qt's own QMutex: no frame of ours on the pool thread's side.
# Add a test here once it runs clean.
launcher=()
command -v ccache >/dev/null && launcher=(-DCMAKE_CXX_COMPILER_LAUNCHER=ccache)
cmake -S . -B "$BUILD_DIR" -G Ninja -DCMAKE_CXX_COMPILER=clang++ -DCMAKE_BUILD_TYPE=RelWithDebInfo \
    -DCMAKE_CXX_FLAGS_RELWITHDEBINFO="-O0 -gline-tables-only -DNDEBUG" -DPOSTINO_TSAN=ON -DPOSTINO_TESTS=ON \
    -DPOSTINO_TEST_CXX_FLAGS= -DPOSTINO_PCH=ON \
    "${launcher[@]}" >/dev/null
cmake --build "$BUILD_DIR" --parallel "${JOBS:-$(nproc)}" --target "${tests[@]}"
[ $build_only -eq 1 ] && exit 0

export TSAN_OPTIONS="halt_on_error=1:second_deadlock_stack=1:history_size=4:suppressions=$PWD/tests/sanitizers/tsan.supp${TSAN_OPTIONS:+:$TSAN_OPTIONS}"
regex="^($(IFS='|'; echo "${tests[*]}"))\$"
cd "$BUILD_DIR"
ctest --output-on-failure --parallel "$(nproc)" --timeout 600 -R "$regex" "${ctest_args[@]}"

#pragma once

class QWidget;

namespace Postino::StartupTrace {

// Where the desktop app's start goes (bench/start-time.sh): with POSTINO_STARTUP_TRACE set, each mark writes
// "startup: 123.4 ms LABEL" on stderr, the time since main() began; the first mark also says how long the
// process took to reach main() (the dynamic linker and static initialisation). Without it a mark costs the
// check of a cached flag.
void mark(const char* label);

// Marks "window exposed" when window is first exposed (mapped and about to be painted).
void markWhenExposed(QWidget* window);

} // namespace Postino::StartupTrace

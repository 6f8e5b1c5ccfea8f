#include "StartupTrace.h"

#include <QElapsedTimer>
#include <QEvent>
#include <QFile>
#include <QWidget>

#include <cstdio>
#include <ctime>
#include <unistd.h>

namespace Postino::StartupTrace {

namespace {

bool enabled()
{
    static const bool on = qEnvironmentVariableIsSet("POSTINO_STARTUP_TRACE");
    return on;
}

// How long ago the process started, in milliseconds (/proc/self/stat's start time, in clock ticks since
// boot: 10 ms steps), or -1 where that cannot be read.
double processAgeMs()
{
    QFile stat(QStringLiteral("/proc/self/stat"));
    if (!stat.open(QIODevice::ReadOnly))
        return -1;
    const QByteArray line = stat.readAll();
    // The fields after the command name, which is in parentheses and may hold spaces: starttime is the 22nd
    // field of the line, the 20th after the name.
    const QList<QByteArray> fields = line.mid(line.lastIndexOf(')') + 2).split(' ');
    if (fields.size() < 20)
        return -1;
    bool ok = false;
    const double startTicks = fields.at(19).toDouble(&ok);
    timespec now {};
    if (!ok || clock_gettime(CLOCK_BOOTTIME, &now) != 0)
        return -1;
    const double ticksPerSecond = double(sysconf(_SC_CLK_TCK));
    return (double(now.tv_sec) + double(now.tv_nsec) / 1e9 - startTicks / ticksPerSecond) * 1000.0;
}

class ExposeWatcher : public QObject
{
public:
    using QObject::QObject;

protected:
    bool eventFilter(QObject* watched, QEvent* event) override
    {
        if (event->type() == QEvent::Expose || event->type() == QEvent::Paint) {
            mark("window exposed (first paint)");
            watched->removeEventFilter(this);
            deleteLater();
        }
        return false;
    }
};

} // namespace

void mark(const char* label)
{
    if (!enabled())
        return;
    static QElapsedTimer timer;
    if (!timer.isValid()) {
        timer.start();
        std::fprintf(stderr, "startup: process start to main(): %.0f ms (10 ms steps)\n", processAgeMs());
    }
    std::fprintf(stderr, "startup: %7.1f ms %s\n", double(timer.nsecsElapsed()) / 1e6, label);
}

void markWhenExposed(QWidget* window)
{
    if (enabled() && window)
        window->installEventFilter(new ExposeWatcher(window));
}

} // namespace Postino::StartupTrace

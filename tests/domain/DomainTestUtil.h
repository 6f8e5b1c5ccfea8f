#pragma once

#include <QCoreApplication>
#include <QStringList>

#include <initializer_list>

#include <optional>

namespace Postino::Test {

// Runs the event loop until `value` is set by a callback (the fakes answer from queued calls, so no
// real time passes); bounded, so a callback that never comes fails the test instead of hanging it.
template<typename T>
bool runUntilSet(const std::optional<T>& value, int rounds = 100000)
{
    for (int i = 0; i < rounds && !value; ++i)
        QCoreApplication::processEvents(QEventLoop::AllEvents);
    return value.has_value();
}

// A QStringList from literals (the strict build has no implicit const char* to QString).
inline QStringList strings(std::initializer_list<const char*> items)
{
    QStringList out;
    for (const char* item : items)
        out.append(QString::fromUtf8(item));
    return out;
}

} // namespace Postino::Test

#pragma once

#include "common/Error.h"

#include <QCoreApplication>
#include <QString>

namespace Postino {

// Starting Postino at login, minimised to the tray, so that what waits in the outbox goes out without the
// person opening it: an XDG autostart entry (~/.config/autostart/org.postino.Postino.desktop, as the XDG
// Autostart specification says), off by default, written and removed only when the person asks.
class Autostart
{
    Q_DECLARE_TR_FUNCTIONS(Postino::Autostart)
public:
    // The option that starts Postino in the tray (or minimised where there is no tray).
    [[nodiscard]] static QString minimizedOption() { return QStringLiteral("--minimized"); }
    [[nodiscard]] static QString entryPath();
    [[nodiscard]] static bool isEnabled();
    // Writes the entry (running program, minimizedOption()) or removes it; an IoError says where and why.
    [[nodiscard]] static Status setEnabled(bool enabled);
    // The entry's text for program.
    [[nodiscard]] static QByteArray entry(const QString& program);
};

} // namespace Postino

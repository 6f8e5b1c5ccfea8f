#include "Paths.h"

#include <QDir>
#include <QStandardPaths>

namespace Postino {

namespace {
QString& overrideDir()
{
    static QString dir;
    return dir;
}
} // namespace

QString Paths::configDir()
{
    if (!overrideDir().isEmpty())
        return overrideDir();
    return QStandardPaths::writableLocation(QStandardPaths::AppConfigLocation);
}

QString Paths::dataDir()
{
    if (!overrideDir().isEmpty())
        return overrideDir();
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
}

void Paths::setOverride(const QString& dir)
{
    overrideDir() = dir.isEmpty() ? QString() : QDir(dir).absolutePath();
}

QString Paths::override()
{
    return overrideDir();
}

} // namespace Postino

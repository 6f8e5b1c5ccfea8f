#pragma once

#include <QString>

namespace Postino {

// Where Postino keeps its files. QStandardPaths decides (so XDG_CONFIG_HOME / XDG_DATA_HOME isolate a
// run on Linux) unless an override is set (postino-cli --config-dir DIR), which then holds both.
class Paths
{
public:
    [[nodiscard]] static QString configDir(); // accounts.ini, postino.ini
    [[nodiscard]] static QString dataDir(); // outbox/, sent/, drafts/, sandbox/
    static void setOverride(const QString& dir); // empty: back to QStandardPaths
    [[nodiscard]] static QString override();
};

} // namespace Postino

#pragma once

#include <QObject>
#include <QString>

#include <functional>

namespace Postino::Disk {
Q_NAMESPACE

// The durable steps of a write, for tests that check their order and thread or make one fail.
enum class Step { CreateDir, WriteFile, SyncFile, Rename, SyncDir, Remove };
Q_ENUM_NS(Step)

} // namespace Postino::Disk

namespace Postino {

// The stores' test seam: called before each durable step (on whatever thread takes it); returning an
// errno (ENOSPC, EROFS, EIO...) makes that step fail with it, 0 lets it go ahead. Empty: no hook.
using WriteHook = std::function<int(Disk::Step step, const QString& path)>;

// The errno the hook injects into this step, or 0 (also when there is no hook).
[[nodiscard]] inline int injectedError(const WriteHook& hook, Disk::Step step, const QString& path)
{
    return hook ? hook(step, path) : 0;
}

} // namespace Postino

#pragma once

#include "ComposedMessage.h"
#include "common/Error.h"
#include "common/WriteHook.h"

#include <QDateTime>
#include <QList>
#include <QObject>

#include <functional>
#include <memory>

namespace Postino {

class SerialWorker;

// Drafts on disk, one JSON file per draft (<id>.json) written with QSaveFile (a temporary file
// renamed over the old one), so that after a crash the last saved draft is there, whole.
class DraftStore : public QObject
{
    Q_OBJECT
public:
    struct Entry
    {
        QString id;
        QString subject;
        QString to;
        QDateTime modified; // UTC
        QString error; // non-empty when the file could not be read (it is listed, not hidden)
    };

    // Test seam (WriteHook): called with WriteFile before each write and Remove before each removal of
    // a draft file, on the thread that does it; a non-zero errno fails it as if the disk had said so.
    using Done = std::function<void(const Status&)>;

    // folder: where drafts live; empty means defaultFolder().
    explicit DraftStore(QString folder = {}, QObject* parent = nullptr);
    // Waits for the writes still under way (see saveAsync()).
    ~DraftStore() override;

    [[nodiscard]] static QString defaultFolder(); // AppDataLocation + "/drafts"
    [[nodiscard]] const QString& folder() const { return m_folder; }

    [[nodiscard]] static QString newId(); // unique, safe as a file name
    // Saves (creates or overwrites atomically). Emits draftSaved(id).
    Status save(const QString& id, const ComposedMessage& message);
    [[nodiscard]] Result<ComposedMessage> load(const QString& id) const;
    // Every draft, newest first; damaged files appear with Entry::error set.
    [[nodiscard]] QList<Entry> list() const;
    [[nodiscard]] bool contains(const QString& id) const;
    // Removing a draft that does not exist is not an error. Emits draftRemoved(id).
    Status remove(const QString& id);

    // The same on the store's one worker thread, one after the other in the order asked (so a removal
    // asked after a save lands after it). draftSaved()/draftRemoved() and then done come afterwards on
    // the store's thread; done only while context is alive. For the GUI; the CLI uses the calls above.
    void saveAsync(const QString& id, const ComposedMessage& message, QObject* context, Done done);
    void removeAsync(const QString& id, QObject* context, Done done);
    // Blocks until every write asked for so far is on the disk (or failed); their reports still come later.
    void waitForWrites();

    // Reaches the jobs already queued on the store's worker too: once it returns, the old hook runs nowhere.
    void setWriteHook(WriteHook hook) { m_hook.set(std::move(hook)); }

signals:
    void draftSaved(const QString& id);
    void draftRemoved(const QString& id);

private:
    [[nodiscard]] QString pathFor(const QString& id) const;
    void writeAsync(std::function<Status(DraftStore& store)> write, std::function<void()> signal, QObject* context,
                    Done done);

    QString m_folder;
    SharedWriteHook m_hook; // shared with the worker's copies of the store
    std::unique_ptr<SerialWorker> m_writer; // created by the first ...Async() call; declared last: waits first
};

} // namespace Postino

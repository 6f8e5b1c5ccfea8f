#pragma once

#include "ComposedMessage.h"
#include "common/Error.h"

#include <QDateTime>
#include <QList>
#include <QObject>

#include <functional>

namespace Postino {

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

    // Test seam: called before each write or removal of a draft file, on the thread that does it; a
    // non-zero errno fails it as if the disk had said so.
    using WriteHook = std::function<int(const QString& path)>;

    // folder: where drafts live; empty means defaultFolder().
    explicit DraftStore(QString folder = {}, QObject* parent = nullptr);
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

    void setWriteHook(WriteHook hook) { m_hook = std::move(hook); }
    [[nodiscard]] const WriteHook& writeHook() const { return m_hook; }

signals:
    void draftSaved(const QString& id);
    void draftRemoved(const QString& id);

private:
    [[nodiscard]] QString pathFor(const QString& id) const;

    QString m_folder;
    WriteHook m_hook;
};

} // namespace Postino

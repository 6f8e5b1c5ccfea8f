#pragma once

#include "common/SerialWorker.h"
#include "drafts/ComposedMessage.h"
#include "outbox/OutboxItem.h"

#include <QObject>

#include <optional>

namespace Postino {

class DraftStore;
class OutboxRunner;
class OutboxStore;

// What the composer hands over and takes back (Trojitá's Composer::Submission role): a composed message
// built and streamed into the outbox off the caller's thread, what was typed kept beside it, and an
// outbox item taken back into a draft for editing. The GUI drives it; the stores do the durable writes.
class OutboxSubmitter : public QObject
{
    Q_OBJECT
public:
    // composedDir: where what was typed is kept beside each queued item (for takeBack()).
    OutboxSubmitter(OutboxStore* store, OutboxRunner* runner, DraftStore* drafts, const QString& composedDir,
                    QObject* parent = nullptr);
    ~OutboxSubmitter() override; // waits for its worker

    // Builds the message (attachments are read off this thread) and streams it into the outbox through
    // account, or adHoc when account is empty: then queued(id), or notQueued() with everything typed.
    void submit(const ComposedMessage& message, const QString& account, const OutboxServer& adHoc = {});
    // Takes the item out of the outbox into a new draft: the runner holds it meanwhile; its text is safe
    // as a draft before it leaves the outbox. takenBack() once the draft is saved, then edited() once the
    // item is gone (or takeBackProblem() saying why it stays).
    void takeBack(const OutboxItem& item);

    [[nodiscard]] QString composedPath(const QString& id) const;
    // The composed message saved beside an outbox item, if any.
    [[nodiscard]] static std::optional<ComposedMessage> readComposed(const QString& path);

signals:
    void queued(const QString& id);
    // reason: what went wrong; explanation: the sentence for the person (nothing was queued).
    void notQueued(const Postino::ComposedMessage& message, const QString& reason, const QString& explanation);
    void takenBack(const QString& id, const QString& draftId, const Postino::ComposedMessage& message);
    void edited(const QString& id);
    // A step of takeBack() that failed: translated, for a status line.
    void takeBackProblem(const QString& text);

private:
    void queueBuilt(const ComposedMessage& message, const QString& account, const OutboxServer& adHoc);
    void keepAsDraft(const QString& id, const ComposedMessage& message);
    void removeTakenBack(const QString& id);
    void saveComposed(const QString& id, const ComposedMessage& message) const;

    OutboxStore* m_store;
    OutboxRunner* m_runner;
    DraftStore* m_drafts;
    QString m_composedDir;
    // Builds messages, reads and writes what was typed; two threads, so that a 25 MB message being
    // built does not hold up a takeBack(). Waited for on destruction.
    SerialWorker m_worker {2};
};

} // namespace Postino

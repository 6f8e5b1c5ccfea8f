#include "OutboxSubmitter.h"

#include "drafts/DraftStore.h"
#include "outbox/OutboxRunner.h"
#include "outbox/OutboxStore.h"
#include "outbox/OutgoingMessage.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>

namespace Postino {

OutboxSubmitter::OutboxSubmitter(OutboxStore* store, OutboxRunner* runner, DraftStore* drafts,
                                 const QString& composedDir, QObject* parent)
    : QObject(parent)
    , m_store(store)
    , m_runner(runner)
    , m_drafts(drafts)
    , m_composedDir(composedDir)
{
    // What was typed is of no use once the message is sent.
    connect(m_runner, &OutboxRunner::itemSent, this,
            [this](const QString& id) { m_worker.run([path = composedPath(id)] { QFile::remove(path); }); });
}

OutboxSubmitter::~OutboxSubmitter()
{
    m_worker.waitForDone();
}

QString OutboxSubmitter::composedPath(const QString& id) const
{
    return m_composedDir + QLatin1Char('/') + id + QStringLiteral(".json");
}

std::optional<ComposedMessage> OutboxSubmitter::readComposed(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return std::nullopt;
    const auto parsed = ComposedMessage::fromJson(QJsonDocument::fromJson(file.readAll()).object());
    if (!parsed.ok())
        return std::nullopt;
    return parsed.value();
}

void OutboxSubmitter::saveComposed(const QString& id, const ComposedMessage& message) const
{
    QDir().mkpath(m_composedDir);
    QSaveFile file(composedPath(id));
    if (file.open(QIODevice::WriteOnly)) {
        file.write(QJsonDocument(message.toJson()).toJson(QJsonDocument::Compact));
        (void)file.commit();
    }
}

void OutboxSubmitter::submit(const ComposedMessage& message, const QString& account, const OutboxServer& adHoc)
{
    // Built on this object's worker (attachments are read there), then streamed into the outbox on the
    // store's: neither the whole message nor the disk's wait is ever on the caller's thread.
    Clock* clock = m_store->clock();
    m_worker.run([message, account, adHoc, clock] { return buildOutgoing(message, account, adHoc, clock); }, this,
                 [this, message](const Result<OutgoingMessage>& built) {
                     if (!built.ok()) {
                         const QString reason = built.error().message();
                         emit notQueued(message, reason,
                                        tr("The message could not be put in the outbox: %1").arg(reason));
                         return;
                     }
                     m_store->addAsync(built.value().item, built.value().writer(), this,
                                       [this, message](const Result<OutboxItem>& added) {
                                           if (!added.ok()) {
                                               const QString reason = added.error().message();
                                               emit notQueued(message, reason, reason);
                                               return;
                                           }
                                           const QString id = added.value().id;
                                           m_worker.run([this, id, message] { saveComposed(id, message); }, this,
                                                        [this, id] { emit queued(id); });
                                       });
                 });
}

void OutboxSubmitter::takeBack(const OutboxItem& item)
{
    // The runner leaves the message alone from now on; it leaves the outbox only once its text is
    // safe as a draft. Every read and write happens on a worker thread.
    const QString id = item.id;
    if (const Status held = m_runner->hold(id); !held) {
        emit takeBackProblem(held.error().message());
        return;
    }
    m_worker.run(
        [item, composed = composedPath(id)] {
            if (const auto known = readComposed(composed))
                return *known;
            ComposedMessage message;
            message.account = item.account;
            message.from = item.from;
            message.to = item.pendingRecipients().join(QStringLiteral(", "));
            message.subject = item.subject;
            return message;
        },
        this, [this, id](const ComposedMessage& message) { keepAsDraft(id, message); });
}

void OutboxSubmitter::keepAsDraft(const QString& id, const ComposedMessage& message)
{
    const QString draftId = DraftStore::newId();
    m_drafts->saveAsync(draftId, message, this, [this, id, message, draftId](const Status& saved) {
        if (!saved) {
            m_runner->release(id);
            emit takeBackProblem(
                tr("The message stays in the outbox: its draft could not be saved (%1).").arg(saved.error().message()));
            return;
        }
        emit takenBack(id, draftId, message);
        removeTakenBack(id);
        m_runner->release(id); // removeAsync() holds it until it is done
    });
}

void OutboxSubmitter::removeTakenBack(const QString& id)
{
    m_runner->removeAsync(id, [this, id](const Status& removed) {
        if (!removed) {
            emit takeBackProblem(tr("The message could not be taken out of the outbox (%1): it is still there and "
                                    "will be sent as it was. Delete it in the Outbox if you send the edited one.")
                                     .arg(removed.error().message()));
            return;
        }
        m_worker.run([path = composedPath(id)] { QFile::remove(path); });
        emit edited(id);
    });
}

} // namespace Postino

#pragma once

#include "common/Error.h"
#include "common/SerialWorker.h"

#include <QAbstractTableModel>
#include <QCoreApplication>
#include <QDateTime>
#include <QStringList>

#include <functional>
#include <memory>
#include <optional>

namespace Postino {

// What the sandbox knows about one captured message: the envelope as the client gave it, when it
// arrived, and the decoded headers a list shows.
struct CapturedMessage
{
    QString id;
    QString envelopeSender; // empty for the null sender <>
    QStringList envelopeRecipients;
    QDateTime receivedAt; // UTC
    qint64 size = 0;
    QString from; // decoded headers, for listing
    QString to;
    QString subject;
};

// The sandbox's captured messages: a folder holding <id>.eml (the message as received, after
// dot-unstuffing) and <id>.json (envelope and time), written to a temporary file and renamed, so a
// crash leaves either the whole message or nothing. Also a table model (newest first) for views.
// Bounded: beyond setMaxMessages() (1,000 by default) the oldest captures are removed.
class SandboxMailbox : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { FromColumn, ToColumn, SubjectColumn, ReceivedColumn, ColumnCount };
    enum Role { IdRole = Qt::UserRole + 1, ReceivedAtRole, EnvelopeSenderRole, EnvelopeRecipientsRole, SizeRole };

    explicit SandboxMailbox(QString folder, QObject* parent = nullptr);
    ~SandboxMailbox() override;

    [[nodiscard]] const QString& folder() const { return m_folder; }
    void setMaxMessages(int max);

    // Reads the folder again (the constructor does it once). Files that cannot be read are skipped.
    Status reload();

    // Stores a message; returns its id. Emits messageCaptured(id).
    Result<QString> store(const QString& envelopeSender, const QStringList& recipients, const QByteArray& data,
                          const QDateTime& receivedAt);
    // The same with the files written on a worker thread (a captured message can be as large as the
    // server accepts); done() comes on this object's thread, after messageCaptured().
    void storeAsync(const QString& envelopeSender, const QStringList& recipients, const QByteArray& data,
                    const QDateTime& receivedAt, std::function<void(Result<QString>)> done);

    [[nodiscard]] const QList<CapturedMessage>& messages() const { return m_messages; }
    [[nodiscard]] std::optional<CapturedMessage> message(const QString& id) const;
    [[nodiscard]] Result<QByteArray> rawMessage(const QString& id) const;
    // The same for any thread: touches no member, only the file <folder>/<id>.eml.
    [[nodiscard]] static Result<QByteArray> readRawMessage(const QString& folder, const QString& id);
    [[nodiscard]] QString messagePath(const QString& id) const;
    Status remove(const QString& id);
    Status clear();

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

signals:
    void messageCaptured(const QString& id);

private:
    [[nodiscard]] QString metadataPath(const QString& id) const;
    [[nodiscard]] std::optional<CapturedMessage> readEntry(const QString& id) const;
    void trim();
    // The files of a new capture (any thread), and its row (this object's thread).
    static Result<CapturedMessage> writeCapture(const QString& folder, const QString& envelopeSender,
                                                const QStringList& recipients, const QByteArray& data,
                                                const QDateTime& receivedAt);
    QString addCaptured(const CapturedMessage& message);

    QString m_folder;
    int m_maxMessages = 1000;
    QList<CapturedMessage> m_messages; // newest first
    // storeAsync()'s writes, one at a time and in order; declared last, so that it waits for them
    // before the rest of the mailbox goes (their reports are dropped).
    SerialWorker m_writer;
};

} // namespace Postino

#include "SandboxMailbox.h"

#include "ParsedMessage.h"
#include "common/Log.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QRandomGenerator>
#include <QSaveFile>

#include <algorithm>

namespace Postino {

namespace {

constexpr qint64 HeaderPeek = 256 * 1024; // enough for any sane header block

Status writeAtomically(const QString& path, const QByteArray& data)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(data) != data.size() || !file.commit()) {
        return Error(ErrorKind::IoError,
                     QCoreApplication::translate(
                         "Postino::SandboxMailbox",
                         "Could not save the captured message to %1: %2. Check that the folder is writable and "
                         "the disk is not full.")
                         .arg(QDir::toNativeSeparators(path), file.errorString()));
    }
    return {};
}

bool isValidId(const QString& id)
{
    if (id.isEmpty() || id.size() > 64)
        return false;
    return std::all_of(id.cbegin(), id.cend(), [](QChar c) {
        return (c >= QLatin1Char('0') && c <= QLatin1Char('9')) || (c >= QLatin1Char('a') && c <= QLatin1Char('z'))
            || c == QLatin1Char('-') || c == QLatin1Char('T');
    });
}

QString emlPath(const QString& folder, const QString& id)
{
    return folder + QLatin1Char('/') + id + u".eml";
}

} // namespace

SandboxMailbox::SandboxMailbox(QString folder, QObject* parent)
    : QAbstractTableModel(parent)
    , m_folder(std::move(folder))
{
    (void)reload();
}

SandboxMailbox::~SandboxMailbox() = default; // m_writer waits for a capture being written

void SandboxMailbox::setMaxMessages(int max)
{
    m_maxMessages = qMax(1, max);
    trim();
}

QString SandboxMailbox::messagePath(const QString& id) const
{
    return emlPath(m_folder, id);
}

QString SandboxMailbox::metadataPath(const QString& id) const
{
    return m_folder + QLatin1Char('/') + id + u".json";
}

std::optional<CapturedMessage> SandboxMailbox::readEntry(const QString& id) const
{
    QFile meta(metadataPath(id));
    if (!meta.open(QIODevice::ReadOnly))
        return std::nullopt;
    const QJsonDocument doc = QJsonDocument::fromJson(meta.read(64 * 1024));
    QFile eml(messagePath(id));
    if (!doc.isObject() || !eml.open(QIODevice::ReadOnly))
        return std::nullopt;
    const QJsonObject object = doc.object();
    CapturedMessage message;
    message.id = id;
    message.envelopeSender = object.value(QLatin1String("envelopeSender")).toString();
    for (const QJsonValue& value : object.value(QLatin1String("envelopeRecipients")).toArray())
        message.envelopeRecipients.append(value.toString());
    message.receivedAt =
        QDateTime::fromString(object.value(QLatin1String("receivedAt")).toString(), Qt::ISODateWithMs).toUTC();
    message.size = eml.size();
    const ParsedMessage headers = ParsedMessage::parseHeaders(eml.read(HeaderPeek));
    message.from = headers.from();
    message.to = headers.to();
    message.subject = headers.subject();
    return message;
}

Status SandboxMailbox::reload()
{
    QDir dir(m_folder);
    QList<CapturedMessage> found;
    if (dir.exists()) {
        const QStringList files = dir.entryList({QStringLiteral("*.json")}, QDir::Files);
        for (const QString& file : files) {
            const QString id = file.chopped(5);
            if (!isValidId(id))
                continue;
            if (auto entry = readEntry(id))
                found.append(*entry);
            else
                qCWarning(lcCommon) << "Skipping unreadable sandbox capture" << id;
        }
    }
    std::sort(found.begin(), found.end(), [](const CapturedMessage& a, const CapturedMessage& b) {
        return a.receivedAt != b.receivedAt ? a.receivedAt > b.receivedAt : a.id > b.id;
    });
    beginResetModel();
    m_messages = found;
    endResetModel();
    trim();
    return {};
}

Result<CapturedMessage> SandboxMailbox::writeCapture(const QString& folder, const QString& envelopeSender,
                                                     const QStringList& recipients, const QByteArray& data,
                                                     const QDateTime& receivedAt)
{
    if (!QDir().mkpath(folder)) {
        return Error(
            ErrorKind::IoError,
            tr("Could not create the sandbox folder %1. Check its permissions.").arg(QDir::toNativeSeparators(folder)));
    }
    const auto pathOf = [&folder](const QString& id, const char16_t* suffix) -> QString {
        return folder + QLatin1Char('/') + id + QStringView(suffix);
    };
    const QDateTime when = receivedAt.toUTC();
    QString id;
    do {
        id = when.toString(QStringLiteral("yyyyMMddThhmmsszzz")) + QLatin1Char('-')
            + QString::number(QRandomGenerator::global()->generate() & 0xffffff, 16)
                  .rightJustified(6, QLatin1Char('0'));
    } while (QFile::exists(pathOf(id, u".json")));

    if (Status written = writeAtomically(pathOf(id, u".eml"), data); !written)
        return written.error();
    QJsonObject meta;
    meta.insert(QLatin1String("envelopeSender"), envelopeSender);
    meta.insert(QLatin1String("envelopeRecipients"), QJsonArray::fromStringList(recipients));
    meta.insert(QLatin1String("receivedAt"), when.toString(Qt::ISODateWithMs));
    // The metadata goes last: a listing only shows messages whose metadata exists.
    if (Status written = writeAtomically(pathOf(id, u".json"), QJsonDocument(meta).toJson()); !written) {
        QFile::remove(pathOf(id, u".eml"));
        return written.error();
    }

    CapturedMessage message;
    message.id = id;
    message.envelopeSender = envelopeSender;
    message.envelopeRecipients = recipients;
    message.receivedAt = when;
    message.size = data.size();
    const ParsedMessage headers = ParsedMessage::parseHeaders(data.left(HeaderPeek));
    message.from = headers.from();
    message.to = headers.to();
    message.subject = headers.subject();
    return message;
}

QString SandboxMailbox::addCaptured(const CapturedMessage& message)
{
    beginInsertRows({}, 0, 0);
    m_messages.prepend(message);
    endInsertRows();
    trim();
    emit messageCaptured(message.id);
    return message.id;
}

Result<QString> SandboxMailbox::store(const QString& envelopeSender, const QStringList& recipients,
                                      const QByteArray& data, const QDateTime& receivedAt)
{
    Result<CapturedMessage> written = writeCapture(m_folder, envelopeSender, recipients, data, receivedAt);
    if (!written)
        return written.error();
    return addCaptured(written.value());
}

void SandboxMailbox::storeAsync(const QString& envelopeSender, const QStringList& recipients, const QByteArray& data,
                                const QDateTime& receivedAt, std::function<void(Result<QString>)> done)
{
    m_writer.run([folder = m_folder, envelopeSender, recipients, data,
                  receivedAt] { return writeCapture(folder, envelopeSender, recipients, data, receivedAt); },
                 this,
                 [this, done](const Result<CapturedMessage>& written) {
                     if (!written) {
                         done(written.error());
                         return;
                     }
                     done(addCaptured(written.value()));
                 });
}

void SandboxMailbox::trim()
{
    while (m_messages.size() > m_maxMessages) {
        const int last = static_cast<int>(m_messages.size()) - 1;
        const QString id = m_messages.at(last).id;
        beginRemoveRows({}, last, last);
        m_messages.removeLast();
        endRemoveRows();
        QFile::remove(metadataPath(id));
        QFile::remove(messagePath(id));
    }
}

std::optional<CapturedMessage> SandboxMailbox::message(const QString& id) const
{
    for (const CapturedMessage& message : m_messages) {
        if (message.id == id)
            return message;
    }
    return std::nullopt;
}

Result<QByteArray> SandboxMailbox::rawMessage(const QString& id) const
{
    return readRawMessage(m_folder, id);
}

Result<QByteArray> SandboxMailbox::readRawMessage(const QString& folder, const QString& id)
{
    QFile file(emlPath(folder, id));
    if (!isValidId(id) || !file.open(QIODevice::ReadOnly)) {
        return Error(ErrorKind::NoInput,
                     tr("Could not open the captured message %1: %2. It may have been deleted; refresh the list.")
                         .arg(QDir::toNativeSeparators(file.fileName()), file.errorString()));
    }
    return file.readAll();
}

Status SandboxMailbox::remove(const QString& id)
{
    for (int row = 0; row < m_messages.size(); ++row) {
        if (m_messages.at(row).id != id)
            continue;
        beginRemoveRows({}, row, row);
        m_messages.removeAt(row);
        endRemoveRows();
        break;
    }
    // Metadata first: a message without metadata is never listed.
    const bool metaGone = !QFile::exists(metadataPath(id)) || QFile::remove(metadataPath(id));
    const bool emlGone = !QFile::exists(messagePath(id)) || QFile::remove(messagePath(id));
    if (!metaGone || !emlGone) {
        return Error(ErrorKind::IoError,
                     tr("Could not delete the captured message %1 in %2. Check the folder's permissions.")
                         .arg(id, QDir::toNativeSeparators(m_folder)));
    }
    return {};
}

Status SandboxMailbox::clear()
{
    Status result;
    const QList<CapturedMessage> all = m_messages;
    for (const CapturedMessage& message : all) {
        if (Status removed = remove(message.id); !removed && result)
            result = removed;
    }
    return result;
}

int SandboxMailbox::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_messages.size());
}

int SandboxMailbox::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant SandboxMailbox::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= m_messages.size())
        return {};
    const CapturedMessage& message = m_messages.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case Qt::ToolTipRole:
        switch (index.column()) {
        case FromColumn:
            return message.from.isEmpty() ? message.envelopeSender : message.from;
        case ToColumn:
            return message.to.isEmpty() ? message.envelopeRecipients.join(QStringLiteral(", ")) : message.to;
        case SubjectColumn:
            return message.subject.isEmpty() ? tr("(no subject)") : message.subject;
        case ReceivedColumn:
            return QLocale().toString(message.receivedAt.toLocalTime(), QLocale::ShortFormat);
        default:
            return {};
        }
    case IdRole:
        return message.id;
    case ReceivedAtRole:
        return message.receivedAt;
    case EnvelopeSenderRole:
        return message.envelopeSender;
    case EnvelopeRecipientsRole:
        return message.envelopeRecipients;
    case SizeRole:
        return message.size;
    default:
        return {};
    }
}

QVariant SandboxMailbox::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case FromColumn:
        return tr("From");
    case ToColumn:
        return tr("To");
    case SubjectColumn:
        return tr("Subject");
    case ReceivedColumn:
        return tr("Received");
    default:
        return {};
    }
}

} // namespace Postino

#include "DraftStore.h"

#include "common/SerialWorker.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QPointer>
#include <QSaveFile>
#include <QStandardPaths>
#include <QUuid>

#include <algorithm>

namespace Postino {

namespace {

constexpr qint64 MaxDraftFile = 64 * 1024 * 1024;

bool isValidId(const QString& id)
{
    if (id.isEmpty() || id.size() > 64)
        return false;
    return std::all_of(id.cbegin(), id.cend(), [](QChar c) {
        return (c.unicode() < 0x80 && c.isLetterOrNumber()) || c == QLatin1Char('-') || c == QLatin1Char('_');
    });
}

} // namespace

DraftStore::DraftStore(QString folder, QObject* parent)
    : QObject(parent)
    , m_folder(folder.isEmpty() ? defaultFolder() : std::move(folder))
{ }

DraftStore::~DraftStore() = default; // m_writer waits for its jobs

QString DraftStore::defaultFolder()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + QLatin1String("/drafts");
}

QString DraftStore::newId()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

QString DraftStore::pathFor(const QString& id) const
{
    return m_folder + QLatin1Char('/') + id + u".json";
}

bool DraftStore::contains(const QString& id) const
{
    return isValidId(id) && QFile::exists(pathFor(id));
}

Status DraftStore::save(const QString& id, const ComposedMessage& message)
{
    if (!isValidId(id)) {
        return Error(ErrorKind::Internal, tr("Could not save the draft: “%1” is not a valid draft name.").arg(id));
    }
    if (!QDir().mkpath(m_folder)) {
        return Error(ErrorKind::IoError,
                     tr("Could not save the draft: the folder %1 could not be created. Check its permissions.")
                         .arg(QDir::toNativeSeparators(m_folder)));
    }
    QSaveFile file(pathFor(id));
    const QByteArray data = QJsonDocument(message.toJson()).toJson();
    const int injected = m_hook.injected(Disk::Step::WriteFile, file.fileName());
    if (injected != 0 || !file.open(QIODevice::WriteOnly) || file.write(data) != data.size() || !file.commit()) {
        return Error(
            ErrorKind::IoError,
            tr("Could not save the draft to %1: %2. Check that the disk is not full; your text is still in the "
               "window.")
                .arg(QDir::toNativeSeparators(file.fileName()),
                     injected != 0 ? qt_error_string(injected) : file.errorString()));
    }
    emit draftSaved(id);
    return {};
}

Result<ComposedMessage> DraftStore::load(const QString& id) const
{
    if (!isValidId(id))
        return Error(ErrorKind::NoInput, tr("There is no draft named “%1”.").arg(id));
    QFile file(pathFor(id));
    if (!file.open(QIODevice::ReadOnly)) {
        return Error(
            ErrorKind::NoInput,
            tr("Could not open the draft %1: %2.").arg(QDir::toNativeSeparators(file.fileName()), file.errorString()));
    }
    if (file.size() > MaxDraftFile) {
        return Error(ErrorKind::DataError,
                     tr("The draft %1 is too large to be a draft; it was not opened.")
                         .arg(QDir::toNativeSeparators(file.fileName())));
    }
    QJsonParseError parseError {};
    const QJsonDocument doc = QJsonDocument::fromJson(file.readAll(), &parseError);
    if (!doc.isObject()) {
        return Error(ErrorKind::DataError,
                     tr("The draft %1 is damaged and could not be read (%2). Its file was left in place.")
                         .arg(QDir::toNativeSeparators(file.fileName()),
                              parseError.error != QJsonParseError::NoError ? parseError.errorString()
                                                                           : tr("not a JSON object")));
    }
    Result<ComposedMessage> message = ComposedMessage::fromJson(doc.object());
    if (!message) {
        return Error(ErrorKind::DataError,
                     tr("The draft %1 could not be read: %2")
                         .arg(QDir::toNativeSeparators(file.fileName()), message.error().message()));
    }
    return message;
}

QList<DraftStore::Entry> DraftStore::list() const
{
    QList<Entry> entries;
    const QFileInfoList files = QDir(m_folder).entryInfoList({QStringLiteral("*.json")}, QDir::Files);
    for (const QFileInfo& info : files) {
        const QString id = info.completeBaseName();
        if (!isValidId(id))
            continue;
        Entry entry;
        entry.id = id;
        entry.modified = info.lastModified().toUTC();
        const Result<ComposedMessage> message = load(id);
        if (message) {
            entry.subject = message.value().subject;
            entry.to = message.value().to;
        } else {
            entry.error = message.error().message();
        }
        entries.append(entry);
    }
    std::sort(entries.begin(), entries.end(), [](const Entry& a, const Entry& b) { return a.modified > b.modified; });
    return entries;
}

Status DraftStore::remove(const QString& id)
{
    if (!isValidId(id) || !QFile::exists(pathFor(id)))
        return {};
    const int injected = m_hook.injected(Disk::Step::Remove, pathFor(id));
    if (injected != 0 || !QFile::remove(pathFor(id))) {
        return Error(ErrorKind::IoError,
                     tr("Could not delete the draft %1. Check the folder's permissions.")
                         .arg(QDir::toNativeSeparators(pathFor(id))));
    }
    emit draftRemoved(id);
    return {};
}

void DraftStore::saveAsync(const QString& id, const ComposedMessage& message, QObject* context, Done done)
{
    writeAsync([id, message](DraftStore& store) { return store.save(id, message); },
               [this, id] { emit draftSaved(id); }, context, std::move(done));
}

void DraftStore::removeAsync(const QString& id, QObject* context, Done done)
{
    writeAsync([id](DraftStore& store) { return store.remove(id); }, [this, id] { emit draftRemoved(id); }, context,
               std::move(done));
}

void DraftStore::waitForWrites()
{
    if (m_writer)
        m_writer->waitForDone();
}

// Each job writes through a store of its own on the worker (with this one's hook); this store tells its
// listeners when the job is done, and the caller's done hears of it while its context lives.
void DraftStore::writeAsync(std::function<Status(DraftStore& store)> write, std::function<void()> signal,
                            QObject* context, Done done)
{
    if (!m_writer)
        m_writer = std::make_unique<SerialWorker>();
    m_writer->run(
        [folder = m_folder, hook = m_hook, write = std::move(write)] {
            DraftStore store(folder);
            store.m_hook = hook; // the same hook, as it is when the job runs
            return write(store);
        },
        this,
        [signal = std::move(signal), caller = QPointer<QObject>(context), done = std::move(done)](const Status& s) {
            if (s)
                signal();
            if (caller && done)
                done(s);
        });
}

} // namespace Postino

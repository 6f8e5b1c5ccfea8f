#include "OutboxStore.h"
#include "common/Paths.h"

#include "common/Clock.h"
#include "common/Log.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QStandardPaths>

#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

namespace Postino {

namespace {

constexpr int kFormat = 1;
const QLatin1String kMessageFile("message.eml");
const QLatin1String kItemFile("item.json");
const QLatin1String kNewPrefix(".new-");
const QLatin1String kDeletePrefix(".del-");
const QLatin1String kDamaged("damaged");
const QLatin1String kLockFile("runner.lock");

QByteArray sha256Hex(const QByteArray& data)
{
    return QCryptographicHash::hash(data, QCryptographicHash::Sha256).toHex();
}

QString errnoText(int err)
{
    return QString::fromLocal8Bit(std::strerror(err));
}

QString stepText(OutboxStore::Step step)
{
    switch (step) {
    case OutboxStore::Step::CreateDir:
        return OutboxItem::tr("creating the folder");
    case OutboxStore::Step::WriteFile:
        return OutboxItem::tr("writing");
    case OutboxStore::Step::SyncFile:
        return OutboxItem::tr("flushing to disk");
    case OutboxStore::Step::Rename:
        return OutboxItem::tr("renaming into place");
    case OutboxStore::Step::SyncDir:
        return OutboxItem::tr("flushing the folder to disk");
    }
    return {};
}

Error ioError(OutboxStore::Step step, const QString& path, int err)
{
    return Error(ErrorKind::IoError,
                 OutboxItem::tr("The outbox could not be written: %1 %2 failed (%3). Free some disk space or make "
                                "the folder writable, then try again; nothing half-written was kept.")
                     .arg(stepText(step), QDir::toNativeSeparators(path), errnoText(err)),
                 errnoText(err));
}

// The value of one header field (first occurrence), unfolded; empty when absent.
QString headerValue(const QByteArray& message, const QByteArray& name)
{
    const QByteArray lower = name.toLower() + ':';
    const QList<QByteArray> lines = message.split('\n');
    QByteArray value;
    bool inField = false;
    for (QByteArray line : lines) {
        if (line.endsWith('\r'))
            line.chop(1);
        if (line.isEmpty())
            break; // end of the header section
        if (inField) {
            if (line.startsWith(' ') || line.startsWith('\t')) {
                value += ' ' + line.trimmed();
                continue;
            }
            break;
        }
        if (line.toLower().startsWith(lower)) {
            value = line.mid(lower.size()).trimmed();
            inField = true;
        }
    }
    return QString::fromUtf8(value);
}

void removeTree(const QString& path)
{
    QDir(path).removeRecursively();
}

} // namespace

OutboxStore::OutboxStore(const QString& baseDir, Clock* clock, QObject* parent)
    : QObject(parent)
    , m_baseDir(QDir::cleanPath(baseDir))
    , m_clock(Clock::orSystem(clock))
{ }

OutboxStore::~OutboxStore() = default;

QString OutboxStore::defaultBaseDir(const QString& configDir)
{
    if (!configDir.isEmpty())
        return configDir;
    return Paths::dataDir();
}

QString OutboxStore::outboxDir() const
{
    return m_baseDir + QLatin1String("/outbox");
}

QString OutboxStore::sentDir() const
{
    return m_baseDir + QLatin1String("/sent");
}

QString OutboxStore::damagedDir() const
{
    return outboxDir() + QLatin1Char('/') + kDamaged;
}

QString OutboxStore::lockFilePath() const
{
    return outboxDir() + QLatin1Char('/') + kLockFile;
}

QString OutboxStore::messagePath(const QString& id) const
{
    return outboxDir() + QLatin1Char('/') + id + QLatin1Char('/') + kMessageFile;
}

QString OutboxStore::newId(const QDateTime& now)
{
    return now.toUTC().toString(QStringLiteral("yyyyMMdd'T'HHmmsszzz")) + QLatin1Char('-')
        + QString::number(QRandomGenerator::system()->generate(), 16).rightJustified(8, QLatin1Char('0'));
}

int OutboxStore::hook(Step step, const QString& path) const
{
    return m_hook ? m_hook(step, path) : 0;
}

Status OutboxStore::makeDir(const QString& dir)
{
    if (QFileInfo(dir).isDir())
        return {};
    if (const int err = hook(Step::CreateDir, dir))
        return ioError(Step::CreateDir, dir, err);
    const QString parent = QFileInfo(dir).absolutePath();
    if (!QFileInfo(parent).isDir()) {
        if (Status s = makeDir(parent); !s)
            return s;
    }
    if (::mkdir(QFile::encodeName(dir).constData(), 0700) != 0 && errno != EEXIST)
        return ioError(Step::CreateDir, dir, errno);
    return {};
}

Status OutboxStore::syncDir(const QString& dir)
{
    if (const int err = hook(Step::SyncDir, dir))
        return ioError(Step::SyncDir, dir, err);
    const int fd = ::open(QFile::encodeName(dir).constData(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
    if (fd < 0)
        return ioError(Step::SyncDir, dir, errno);
    const int rc = ::fsync(fd);
    const int err = errno;
    ::close(fd);
    if (rc != 0 && err != EINVAL) // some file systems cannot sync a directory; that is not a failure
        return ioError(Step::SyncDir, dir, err);
    return {};
}

// path.tmp: write, fsync, close; rename over path; fsync the folder. On failure the temporary is gone.
Status OutboxStore::writeDurably(const QString& path, const QByteArray& data)
{
    const QString tmp = path + QLatin1String(".tmp");
    const QByteArray tmpName = QFile::encodeName(tmp);
    auto fail = [&](Step step, const QString& where, int err) {
        ::unlink(tmpName.constData());
        return Status(ioError(step, where, err));
    };
    if (const int err = hook(Step::WriteFile, tmp))
        return fail(Step::WriteFile, tmp, err);
    const int fd = ::open(tmpName.constData(), O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0600);
    if (fd < 0)
        return fail(Step::WriteFile, tmp, errno);
    qint64 written = 0;
    while (written < data.size()) {
        const ssize_t n = ::write(fd, data.constData() + written, static_cast<size_t>(data.size() - written));
        if (n < 0) {
            if (errno == EINTR)
                continue;
            const int err = errno;
            ::close(fd);
            return fail(Step::WriteFile, tmp, err);
        }
        written += n;
    }
    if (const int err = hook(Step::SyncFile, tmp)) {
        ::close(fd);
        return fail(Step::SyncFile, tmp, err);
    }
    if (::fsync(fd) != 0) {
        const int err = errno;
        ::close(fd);
        return fail(Step::SyncFile, tmp, err);
    }
    if (::close(fd) != 0)
        return fail(Step::WriteFile, tmp, errno);
    if (const int err = hook(Step::Rename, path))
        return fail(Step::Rename, path, err);
    if (::rename(tmpName.constData(), QFile::encodeName(path).constData()) != 0)
        return fail(Step::Rename, path, errno);
    return syncDir(QFileInfo(path).absolutePath());
}

QByteArray OutboxStore::encodeItem(const OutboxItem& item) const
{
    const QJsonObject meta = item.toStorageJson();
    const QByteArray compact = QJsonDocument(meta).toJson(QJsonDocument::Compact);
    const QJsonObject wrapper {{QStringLiteral("format"), kFormat},
                               {QStringLiteral("item"), meta},
                               {QStringLiteral("item_sha256"), QString::fromLatin1(sha256Hex(compact))}};
    return QJsonDocument(wrapper).toJson(QJsonDocument::Indented);
}

void OutboxStore::describe(OutboxItem& item, const QByteArray& message)
{
    if (item.subject.isEmpty())
        item.subject = headerValue(message, "Subject");
    if (item.from.isEmpty())
        item.from = headerValue(message, "From");
    if (item.messageId.isEmpty())
        item.messageId = headerValue(message, "Message-ID");
}

Result<OutboxItem> OutboxStore::add(OutboxItem item, const QByteArray& message)
{
    const QDateTime now = m_clock->now();
    if (item.id.isEmpty())
        item.id = newId(now);
    if (!item.created.isValid())
        item.created = now;
    item.windowStart = item.created;
    if (!item.nextAttempt.isValid())
        item.nextAttempt = now;
    item.state = OutboxItem::State::Queued;
    item.size = message.size();
    item.messageSha256 = sha256Hex(message);
    describe(item, message);

    const QString outbox = outboxDir();
    if (Status s = makeDir(outbox); !s)
        return s.error();
    const QString staging = outbox + QLatin1Char('/') + kNewPrefix + item.id;
    const QString final = outbox + QLatin1Char('/') + item.id;
    if (QFileInfo::exists(final)) {
        return Error(
            ErrorKind::Internal,
            tr("An item with the id %1 is already in the outbox; nothing was queued. Try again.").arg(item.id));
    }
    auto abandon = [&](const Status& s) {
        removeTree(staging);
        qCWarning(lcOutbox) << "could not queue" << item.id << ":" << s.error().message();
        return s.error();
    };
    if (Status s = makeDir(staging); !s)
        return abandon(s);
    if (Status s = writeDurably(staging + QLatin1Char('/') + kMessageFile, message); !s)
        return abandon(s);
    if (Status s = writeDurably(staging + QLatin1Char('/') + kItemFile, encodeItem(item)); !s)
        return abandon(s);
    if (const int err = hook(Step::Rename, final))
        return abandon(ioError(Step::Rename, final, err));
    if (::rename(QFile::encodeName(staging).constData(), QFile::encodeName(final).constData()) != 0)
        return abandon(ioError(Step::Rename, final, errno));
    if (Status s = syncDir(outbox); !s) {
        // The item is in place but its folder entry may not be on disk: take it back, so the caller,
        // who keeps the message, is not told "not queued" about an item that later reappears.
        removeTree(final);
        return s.error();
    }
    qCDebug(lcOutbox) << "queued" << item.id << item.size << "bytes";
    emit itemAdded(item.id);
    return item;
}

Status OutboxStore::update(const OutboxItem& item)
{
    const QString folder = outboxDir() + QLatin1Char('/') + item.id;
    if (!QFileInfo(folder).isDir()) {
        return Error(ErrorKind::NoInput,
                     tr("The message %1 is no longer in the outbox (sent or removed elsewhere).").arg(item.id));
    }
    if (Status s = writeDurably(folder + QLatin1Char('/') + kItemFile, encodeItem(item)); !s)
        return s;
    emit itemUpdated(item.id);
    return {};
}

Status OutboxStore::markSent(OutboxItem& item)
{
    item.state = OutboxItem::State::Sent;
    item.finalDotPending = false;
    if (Status s = update(item); !s)
        return s;
    // The state is committed: from here on, a crash cannot cause a resend. Now file it under Sent.
    const QString sent = sentDir();
    if (Status s = makeDir(sent); !s)
        return s;
    QString target = sent + QLatin1Char('/') + item.id;
    for (int n = 1; QFileInfo::exists(target) && n < 1000; ++n)
        target = sent + QLatin1Char('/') + item.id + QLatin1Char('-') + QString::number(n);
    const QString from = outboxDir() + QLatin1Char('/') + item.id;
    if (::rename(QFile::encodeName(from).constData(), QFile::encodeName(target).constData()) != 0) {
        const int err = errno;
        qCWarning(lcOutbox) << "sent" << item.id << "but could not move it to" << target << ":" << errnoText(err);
        return ioError(Step::Rename, target, err);
    }
    Status s = syncDir(outboxDir());
    if (s)
        s = syncDir(sent);
    emit itemRemoved(item.id);
    emit sentAdded(item.id);
    return s;
}

Status OutboxStore::remove(const QString& id)
{
    const QString folder = outboxDir() + QLatin1Char('/') + id;
    if (id.isEmpty() || id.contains(QLatin1Char('/')) || id.startsWith(QLatin1Char('.')) || id == kDamaged
        || !QFileInfo(folder).isDir()) {
        return Error(ErrorKind::NoInput,
                     tr("There is no message %1 in the outbox; `queue list` shows the ids.").arg(id));
    }
    const QString doomed = outboxDir() + QLatin1Char('/') + kDeletePrefix + id;
    if (::rename(QFile::encodeName(folder).constData(), QFile::encodeName(doomed).constData()) != 0)
        return ioError(Step::Rename, doomed, errno);
    removeTree(doomed);
    Status s = syncDir(outboxDir());
    emit itemRemoved(id);
    return s;
}

Result<QByteArray> OutboxStore::message(const QString& id) const
{
    QFile f(messagePath(id));
    if (!f.open(QIODevice::ReadOnly)) {
        return Error(ErrorKind::NoInput,
                     tr("The message %1 could not be read from the outbox (%2).").arg(id, f.errorString()));
    }
    return f.readAll();
}

Result<OutboxItem> OutboxStore::loadFrom(const QString& folder, const QString& id)
{
    auto damaged = [](const QString& reason) { return Error(ErrorKind::DataError, reason); };
    QFile meta(folder + QLatin1Char('/') + kItemFile);
    if (!meta.exists())
        return damaged(tr("item.json is missing"));
    if (!meta.open(QIODevice::ReadOnly))
        return Error(ErrorKind::IoError, tr("item.json cannot be read (%1)").arg(meta.errorString()));
    const QByteArray raw = meta.readAll();
    if (raw.isEmpty())
        return damaged(tr("item.json is empty (zero bytes)"));
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(raw, &parseError);
    if (parseError.error != QJsonParseError::NoError || !doc.isObject()) {
        return damaged(tr("item.json is not valid JSON (%1 at byte %2): truncated or overwritten")
                           .arg(parseError.errorString())
                           .arg(parseError.offset));
    }
    const QJsonObject wrapper = doc.object();
    if (wrapper.value(QStringLiteral("format")).toInt() != kFormat)
        return damaged(tr("item.json has an unknown format"));
    const QJsonObject object = wrapper.value(QStringLiteral("item")).toObject();
    const QByteArray expected = wrapper.value(QStringLiteral("item_sha256")).toString().toLatin1();
    if (sha256Hex(QJsonDocument(object).toJson(QJsonDocument::Compact)) != expected)
        return damaged(tr("item.json does not match its checksum: it was changed or damaged"));
    Result<OutboxItem> parsed = OutboxItem::fromStorageJson(object);
    if (!parsed)
        return damaged(parsed.error().message());
    OutboxItem item = std::move(parsed).value();
    if (item.id != id)
        return damaged(tr("item.json belongs to %1, not to this folder").arg(item.id));
    QFile body(folder + QLatin1Char('/') + kMessageFile);
    if (!body.exists())
        return damaged(tr("message.eml is missing"));
    if (!body.open(QIODevice::ReadOnly))
        return Error(ErrorKind::IoError, tr("message.eml cannot be read (%1)").arg(body.errorString()));
    if (body.size() != item.size) {
        return damaged(
            tr("message.eml has %1 bytes instead of %2: it was truncated or changed").arg(body.size()).arg(item.size));
    }
    // Hashing a large message on every look-up is wasteful: a file verified before and unchanged since
    // (same size and modification time) is not read again.
    const QDateTime modified = QFileInfo(body).lastModified();
    const auto known = m_verified.constFind(id);
    if (known != m_verified.cend() && known->sha256 == item.messageSha256 && known->size == body.size()
        && known->modified == modified) {
        return item;
    }
    QCryptographicHash hash(QCryptographicHash::Sha256);
    if (!hash.addData(&body) || hash.result().toHex() != item.messageSha256)
        return damaged(tr("message.eml does not match its checksum: it was changed or damaged"));
    if (folder == outboxDir() + QLatin1Char('/') + id)
        m_verified.insert(id, {item.messageSha256, body.size(), modified});
    return item;
}

void OutboxStore::moveAside(const QString& id, const QString& reason)
{
    OutboxProblem problem {id, reason, {}};
    const QString from = outboxDir() + QLatin1Char('/') + id;
    if (makeDir(damagedDir())) {
        QString target = damagedDir() + QLatin1Char('/') + id;
        for (int n = 1; QFileInfo::exists(target) && n < 1000; ++n)
            target = damagedDir() + QLatin1Char('/') + id + QLatin1Char('-') + QString::number(n);
        if (::rename(QFile::encodeName(from).constData(), QFile::encodeName(target).constData()) == 0) {
            problem.movedTo = target;
            (void)syncDir(outboxDir());
        }
    }
    qCWarning(lcOutbox) << "damaged outbox item" << id << ":" << reason << "moved to" << problem.movedTo;
    m_problems.append(problem);
    emit itemDamaged(id, reason);
    emit itemRemoved(id);
}

Result<OutboxItem> OutboxStore::load(const QString& id)
{
    const QString folder = outboxDir() + QLatin1Char('/') + id;
    if (id.isEmpty() || id.contains(QLatin1Char('/')) || id.startsWith(QLatin1Char('.')) || id == kDamaged
        || !QFileInfo(folder).isDir()) {
        return Error(ErrorKind::NoInput,
                     tr("There is no message %1 in the outbox; `queue list` shows the ids.").arg(id));
    }
    Result<OutboxItem> item = loadFrom(folder, id);
    if (!item && item.error().kind() == ErrorKind::DataError) {
        moveAside(id, item.error().message());
        return Error(ErrorKind::DataError,
                     tr("The outbox item %1 is damaged (%2); it was moved to %3.")
                         .arg(id, item.error().message(), QDir::toNativeSeparators(damagedDir())));
    }
    return item;
}

QList<OutboxItem> OutboxStore::items()
{
    QList<OutboxItem> out;
    QDir dir(outboxDir());
    if (!dir.exists())
        return out;
    const QDateTime now = m_clock->now();
    const QFileInfoList entries =
        dir.entryInfoList(QDir::Dirs | QDir::Files | QDir::Hidden | QDir::NoDotAndDotDot, QDir::Name);
    for (const QFileInfo& entry : entries) {
        const QString name = entry.fileName();
        if (name == kDamaged || name == kLockFile || name.startsWith(kLockFile))
            continue;
        if (name.startsWith(kNewPrefix) || name.startsWith(kDeletePrefix)) {
            // Another process may be writing it right now; only clear what is clearly abandoned.
            if (entry.lastModified().toUTC().secsTo(now) > 3600 || name.startsWith(kDeletePrefix))
                removeTree(entry.absoluteFilePath());
            continue;
        }
        if (!entry.isDir()) {
            moveAside(name, tr("a stray file where an item folder belongs"));
            continue;
        }
        Result<OutboxItem> item = loadFrom(entry.absoluteFilePath(), name);
        if (!item) {
            if (item.error().kind() == ErrorKind::DataError)
                moveAside(name, item.error().message());
            else
                qCWarning(lcOutbox) << "cannot read outbox item" << name << ":" << item.error().message();
            continue;
        }
        if (item.value().state == OutboxItem::State::Sent) {
            // A crash between committing `sent` and moving the folder: finish the move.
            OutboxItem sent = item.value();
            (void)markSent(sent);
            continue;
        }
        out.append(std::move(item).value());
    }
    return out;
}

Result<OutboxItem> OutboxStore::find(const QString& id)
{
    const QString sent = sentDir() + QLatin1Char('/') + id;
    if (!id.isEmpty() && !id.contains(QLatin1Char('/')) && !id.startsWith(QLatin1Char('.')) && QFileInfo(sent).isDir()
        && !QFileInfo::exists(outboxDir() + QLatin1Char('/') + id)) {
        return loadFrom(sent, id);
    }
    return load(id);
}

QList<OutboxItem> OutboxStore::sentItems()
{
    QList<OutboxItem> out;
    QDir dir(sentDir());
    const QFileInfoList entries = dir.entryInfoList(QDir::Dirs | QDir::NoDotAndDotDot, QDir::Name);
    for (const QFileInfo& entry : entries) {
        Result<OutboxItem> item = loadFrom(entry.absoluteFilePath(), entry.fileName());
        if (item)
            out.append(std::move(item).value());
    }
    return out;
}

} // namespace Postino

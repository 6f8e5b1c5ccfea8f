#include "campaign/CampaignStore.h"

#include "campaign/CsvReader.h"
#include "common/PosixFile.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLockFile>
#include <QRandomGenerator>

#include <cerrno>
#include <cstdio>
#include <cstring>

#include <sys/stat.h>

namespace Postino {

namespace {

constexpr int kLockWaitMsec = 10000;
const char kCampaignFile[] = "campaign.json";
const char kRecipientsFile[] = "recipients.csv";
const char kSkippedFile[] = "skipped.json";
const char kAttachmentsDir[] = "attachments";

QString native(const QString& path)
{
    return QDir::toNativeSeparators(path);
}

Error writeError(const QString& path, int err)
{
    return Error(ErrorKind::IoError,
                 CampaignStore::tr("Could not write %1: %2. Check that the disk has room and the folder can be "
                                   "written.")
                     .arg(native(path), QString::fromLocal8Bit(std::strerror(err))));
}

Status writeDurably(const QString& path, const QByteArray& data)
{
    if (const int err = Posix::writeFileDurably(path, data))
        return writeError(path, err);
    return {};
}

Status makeDir(const QString& path)
{
    if (!QDir().mkpath(path))
        return writeError(path, EACCES);
    return {};
}

// "report.pdf", "report (2).pdf", ... : the first name not yet in taken.
QString uniqueName(const QString& fileName, const QStringList& taken)
{
    if (!taken.contains(fileName))
        return fileName;
    const QFileInfo info(fileName);
    const QString base = info.completeBaseName();
    const QString suffix = info.suffix().isEmpty() ? QString() : QLatin1Char('.') + info.suffix();
    for (int n = 2;; ++n) {
        const QString candidate = QStringLiteral("%1 (%2)%3").arg(base).arg(n).arg(suffix);
        if (!taken.contains(candidate))
            return candidate;
    }
}

std::optional<SkippedRecipient::Reason> reasonFromName(const QString& name)
{
    for (auto r : {SkippedRecipient::Reason::NoAddress, SkippedRecipient::Reason::Invalid,
                   SkippedRecipient::Reason::Duplicate, SkippedRecipient::Reason::Suppressed}) {
        if (skipReasonName(r) == name)
            return r;
    }
    return std::nullopt;
}

} // namespace

CampaignStore::CampaignStore(QString baseDir)
    : m_baseDir(std::move(baseDir))
{ }

QString CampaignStore::dir() const
{
    return m_baseDir + QLatin1String("/campaigns");
}

QString CampaignStore::campaignDir(const QString& name) const
{
    return dir() + QLatin1Char('/') + name;
}

QString CampaignStore::attachmentPath(const QString& name, const QString& fileName) const
{
    return campaignDir(name) + QLatin1Char('/') + QLatin1String(kAttachmentsDir) + QLatin1Char('/') + fileName;
}

QString CampaignStore::campaignFile(const QString& name) const
{
    return campaignDir(name) + QLatin1Char('/') + QLatin1String(kCampaignFile);
}

Status CampaignStore::writeCampaign(const QString& folder, const Campaign& campaign) const
{
    const QByteArray json = QJsonDocument(campaign.toJson()).toJson(QJsonDocument::Indented);
    return writeDurably(folder + QLatin1Char('/') + QLatin1String(kCampaignFile), json);
}

Status CampaignStore::copyAttachments(const QString& stage, Campaign& campaign, const QStringList& files) const
{
    if (files.isEmpty())
        return {};
    const QString folder = stage + QLatin1Char('/') + QLatin1String(kAttachmentsDir);
    if (Status made = makeDir(folder); !made)
        return made;
    for (const QString& path : files) {
        QFile in(path);
        if (!in.open(QIODevice::ReadOnly)) {
            return Error(
                ErrorKind::NoInput,
                tr("Cannot read the attachment %1: %2. Check the file's name.").arg(native(path), in.errorString()));
        }
        const QString name = uniqueName(QFileInfo(path).fileName(), campaign.attachments);
        if (Status written = writeDurably(folder + QLatin1Char('/') + name, in.readAll()); !written)
            return written;
        campaign.attachments << name;
    }
    return Posix::syncDirectory(folder) == 0 ? Status() : Status(writeError(folder, errno));
}

Result<Campaign> CampaignStore::create(Campaign campaign, const QByteArray& recipientsCsv,
                                       const QStringList& attachmentFiles)
{
    if (Status named = Campaign::checkName(campaign.name); !named)
        return named.error();
    if (Status made = makeDir(dir()); !made)
        return made.error();
    QLockFile lock(dir() + QLatin1String("/.create.lock"));
    if (!lock.tryLock(kLockWaitMsec))
        return Error(ErrorKind::Temporary, tr("Another program is creating a campaign; try again in a moment."));
    if (QFileInfo::exists(campaignDir(campaign.name))) {
        return Error(ErrorKind::DataError,
                     tr("There is already a campaign named \"%1\"; choose another name (campaign list shows them).")
                         .arg(campaign.name));
    }
    const QString stage =
        dir() + QStringLiteral("/.new-%1").arg(QRandomGenerator::global()->generate64(), 16, 16, QLatin1Char('0'));
    campaign.attachments.clear();
    Status done = makeDir(stage);
    if (done)
        done = copyAttachments(stage, campaign, attachmentFiles);
    if (done)
        done = writeDurably(stage + QLatin1Char('/') + QLatin1String(kRecipientsFile), recipientsCsv);
    if (done)
        done = writeCampaign(stage, campaign);
    if (done
        && std::rename(QFile::encodeName(stage).constData(), QFile::encodeName(campaignDir(campaign.name)).constData())
            != 0)
        done = writeError(campaignDir(campaign.name), errno);
    if (done && Posix::syncDirectory(dir()) != 0)
        done = writeError(dir(), errno);
    if (!done) {
        QDir(stage).removeRecursively();
        return done.error();
    }
    return campaign;
}

Result<Campaign> CampaignStore::readCampaign(const QString& name) const
{
    QFile file(campaignFile(name));
    if (!Campaign::checkName(name).ok() || !file.exists()) {
        return Error(ErrorKind::NoInput,
                     tr("There is no campaign named \"%1\"; campaign list shows the campaigns.").arg(name));
    }
    if (!file.open(QIODevice::ReadOnly)) {
        return Error(ErrorKind::IoError,
                     tr("Cannot read the campaign file %1: %2.").arg(native(file.fileName()), file.errorString()));
    }
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(file.readAll(), &parseError);
    if (parseError.error != QJsonParseError::NoError || !doc.isObject()) {
        return Error(ErrorKind::DataError,
                     tr("The campaign file %1 is damaged (%2); it was left as it is.")
                         .arg(native(file.fileName()), parseError.errorString()));
    }
    Result<Campaign> campaign = Campaign::fromJson(doc.object());
    if (!campaign) {
        return Error(ErrorKind::DataError, tr("%1 (%2)").arg(campaign.error().message(), native(file.fileName())));
    }
    return campaign;
}

Result<Campaign> CampaignStore::load(const QString& name) const
{
    return readCampaign(name);
}

QStringList CampaignStore::names() const
{
    QStringList out;
    const QStringList entries = QDir(dir()).entryList(QDir::Dirs | QDir::NoDotAndDotDot, QDir::Name);
    for (const QString& entry : entries) {
        if (Campaign::checkName(entry).ok() && QFileInfo::exists(campaignFile(entry)))
            out << entry;
    }
    return out;
}

Result<Campaign> CampaignStore::modify(const QString& name, const std::function<Status(Campaign&)>& change)
{
    if (!QFileInfo::exists(campaignFile(name)))
        return readCampaign(name); // the NoInput that says so
    QLockFile lock(campaignDir(name) + QLatin1String("/campaign.lock"));
    if (!lock.tryLock(kLockWaitMsec)) {
        return Error(ErrorKind::Temporary,
                     tr("The campaign \"%1\" is being changed by another program; try again in a moment.").arg(name));
    }
    Result<Campaign> campaign = readCampaign(name);
    if (!campaign)
        return campaign;
    if (Status changed = change(campaign.value()); !changed)
        return changed.error();
    if (Status written = writeCampaign(campaignDir(name), campaign.value()); !written)
        return written.error();
    return campaign;
}

Status CampaignStore::removeDraft(const QString& name)
{
    // Under the creation lock (no campaign of that name is made meanwhile) and the campaign's own (no start
    // meanwhile): the folder is renamed out of sight first, so a crash leaves the draft or nothing.
    QLockFile create(dir() + QLatin1String("/.create.lock"));
    if (!create.tryLock(kLockWaitMsec))
        return Error(ErrorKind::Temporary, tr("Another program is creating a campaign; try again in a moment."));
    const QString gone =
        dir() + QStringLiteral("/.removed-%1").arg(QRandomGenerator::global()->generate64(), 16, 16, QLatin1Char('0'));
    {
        QLockFile lock(campaignDir(name) + QLatin1String("/campaign.lock"));
        if (QFileInfo::exists(campaignFile(name)) && !lock.tryLock(kLockWaitMsec)) {
            return Error(
                ErrorKind::Temporary,
                tr("The campaign \"%1\" is being changed by another program; try again in a moment.").arg(name));
        }
        Result<Campaign> campaign = readCampaign(name);
        if (!campaign)
            return campaign.error();
        if (campaign.value().state != CampaignState::Draft) {
            return Error(ErrorKind::DataError,
                         tr("The campaign \"%1\" is %2: only a draft can be removed, since its messages and report "
                            "belong to it. Cancel it to stop it; a new campaign needs another name.")
                             .arg(name, campaignStateName(campaign.value().state)));
        }
        if (std::rename(QFile::encodeName(campaignDir(name)).constData(), QFile::encodeName(gone).constData()) != 0)
            return writeError(campaignDir(name), errno);
        lock.unlock(); // its file went with the folder
    }
    if (Posix::syncDirectory(dir()) != 0)
        return writeError(dir(), errno);
    QDir(gone).removeRecursively();
    return {};
}

Result<QByteArray> CampaignStore::recipientsCsv(const QString& name) const
{
    QFile file(campaignDir(name) + QLatin1Char('/') + QLatin1String(kRecipientsFile));
    if (!file.open(QIODevice::ReadOnly)) {
        return Error(
            ErrorKind::NoInput,
            tr("Cannot read the campaign's recipient list %1: %2.").arg(native(file.fileName()), file.errorString()));
    }
    return file.readAll();
}

Result<RecipientList> CampaignStore::recipients(const Campaign& campaign, const SuppressionList* suppression) const
{
    Result<QByteArray> bytes = recipientsCsv(campaign.name);
    if (!bytes)
        return bytes.error();
    Result<CsvTable> table = CsvReader::parse(bytes.value(), tr("the list of campaign \"%1\"").arg(campaign.name));
    if (!table)
        return table.error();
    return RecipientList::fromTable(table.value(), campaign.emailColumn, suppression);
}

Status CampaignStore::saveSkipped(const QString& name, const QList<SkippedRecipient>& skipped)
{
    QJsonArray rows;
    for (const SkippedRecipient& s : skipped)
        rows.append(skippedToJson(s));
    return writeDurably(campaignDir(name) + QLatin1Char('/') + QLatin1String(kSkippedFile),
                        QJsonDocument(rows).toJson(QJsonDocument::Compact));
}

QList<SkippedRecipient> CampaignStore::skipped(const QString& name) const
{
    QFile file(campaignDir(name) + QLatin1Char('/') + QLatin1String(kSkippedFile));
    QList<SkippedRecipient> out;
    if (!file.open(QIODevice::ReadOnly))
        return out;
    for (const QJsonValue& v : QJsonDocument::fromJson(file.readAll()).array()) {
        const QJsonObject o = v.toObject();
        SkippedRecipient s;
        s.row = o.value(QStringLiteral("row")).toInt();
        s.line = o.value(QStringLiteral("line")).toInt();
        s.email = o.value(QStringLiteral("email")).toString();
        s.reason =
            reasonFromName(o.value(QStringLiteral("reason")).toString()).value_or(SkippedRecipient::Reason::Invalid);
        s.detail = o.value(QStringLiteral("detail")).toString();
        if (s.row > 0)
            out << s;
    }
    return out;
}

qint64 CampaignStore::stamp(const QString& name) const
{
    // campaign.json is replaced by a rename: a new inode each time, whatever the clock's resolution.
    struct stat st
    {
    };
    if (::stat(QFile::encodeName(campaignFile(name)).constData(), &st) != 0)
        return -1;
    return static_cast<qint64>(st.st_ino) * 1'000'003 + static_cast<qint64>(st.st_mtim.tv_nsec)
        + static_cast<qint64>(st.st_mtim.tv_sec) * 1'000'000'000;
}

} // namespace Postino

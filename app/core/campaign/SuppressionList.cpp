#include "SuppressionList.h"

#include "campaign/CsvReader.h"
#include "campaign/MailboxKeys_p.h"
#include "common/Paths.h"
#include "common/PosixFile.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonValue>
#include <QLockFile>

#include <algorithm>
#include <cstring>
#include <limits>

namespace Postino {

namespace {

constexpr int kVersion = 1;
// A list this big is not a suppression list any more; refusing it keeps a stray file from eating memory.
constexpr qint64 kMaxFileBytes = 256 * 1024 * 1024;

const QString kEmail = QStringLiteral("email");
const QString kAdded = QStringLiteral("added");
const QString kSource = QStringLiteral("source");

QString stepText(Disk::Step step)
{
    switch (step) {
    case Disk::Step::CreateDir:
        return SuppressionList::tr("creating the folder");
    case Disk::Step::WriteFile:
        return SuppressionList::tr("writing");
    case Disk::Step::SyncFile:
        return SuppressionList::tr("flushing to disk");
    case Disk::Step::Rename:
        return SuppressionList::tr("renaming into place");
    case Disk::Step::SyncDir:
        return SuppressionList::tr("flushing the folder to disk");
    case Disk::Step::Remove:
        return SuppressionList::tr("removing");
    }
    return {};
}

// text as a JSON string, quotes included.
QByteArray jsonString(const QString& text)
{
    const QByteArray utf8 = text.toUtf8();
    QByteArray out;
    out.reserve(utf8.size() + 2);
    out += '"';
    for (const char c : utf8) {
        const auto u = static_cast<unsigned char>(c);
        if (c == '"' || c == '\\') {
            out += '\\';
            out += c;
        } else if (u < 0x20) {
            out += "\\u00";
            out += "0123456789abcdef"[u >> 4];
            out += "0123456789abcdef"[u & 0xF];
        } else {
            out += c;
        }
    }
    out += '"';
    return out;
}

// The addresses, or the DataError naming every one that is not valid.
Result<QList<CheckedMailbox>> parseAddresses(const QStringList& emails)
{
    MailboxKeys keys;
    QList<CheckedMailbox> mailboxes;
    QStringList invalid;
    Error first;
    for (const QString& email : emails) {
        Result<CheckedMailbox> mailbox = keys.check(email);
        if (mailbox) {
            mailboxes.append(std::move(mailbox).value());
            continue;
        }
        if (invalid.isEmpty())
            first = mailbox.error();
        invalid.append(QLatin1Char('"') + email.trimmed() + QLatin1Char('"'));
    }
    if (invalid.size() == 1) {
        return Error(ErrorKind::DataError,
                     SuppressionList::tr("The suppression list was not changed: %1").arg(first.message()));
    }
    if (!invalid.isEmpty()) {
        return Error(ErrorKind::DataError,
                     SuppressionList::tr("The suppression list was not changed: %1 addresses are not valid (%2). "
                                         "Correct them and try again. The first one: %3")
                         .arg(QString::number(invalid.size()), invalid.join(QLatin1String(", ")), first.message()));
    }
    return mailboxes;
}

} // namespace

QString SuppressionList::defaultPath()
{
    return Paths::dataDir() + QLatin1String("/suppression.json");
}

SuppressionList::SuppressionList(QString path)
    : m_path(std::move(path))
{ }

Status SuppressionList::load()
{
    Result<Entries> entries = readFile();
    if (!entries)
        return entries.error();
    m_entries = std::move(entries).value();
    return {};
}

bool SuppressionList::contains(const Address& address) const
{
    return !address.isNull() && containsKey(mailboxKey(address));
}

bool SuppressionList::contains(const QString& email) const
{
    const Result<CheckedMailbox> mailbox = MailboxKeys().check(email);
    return mailbox && containsKey(mailbox.value().key);
}

QList<SuppressedAddress> SuppressionList::entries() const
{
    QList<SuppressedAddress> list = m_entries.values();
    std::sort(list.begin(), list.end(), [](const SuppressedAddress& a, const SuppressedAddress& b) {
        const int order = a.email.compare(b.email, Qt::CaseInsensitive);
        return order != 0 ? order < 0 : a.email < b.email;
    });
    return list;
}

Result<SuppressionList::Change> SuppressionList::add(const QStringList& emails, const QString& source,
                                                     const QDateTime& at)
{
    const Result<QList<CheckedMailbox>> mailboxes = parseAddresses(emails);
    if (!mailboxes)
        return mailboxes.error();
    return addMailboxes(mailboxes.value(), source, at, {});
}

Result<SuppressionList::Change> SuppressionList::addMailboxes(const QList<CheckedMailbox>& mailboxes,
                                                              const QString& source, const QDateTime& at,
                                                              const Change& base)
{
    return change(
        [&](Entries* entries, Change* change) {
            for (const CheckedMailbox& mailbox : mailboxes) {
                if (entries->contains(suppressionKey(mailbox.key))) {
                    ++change->alreadyThere;
                    continue;
                }
                entries->insert(suppressionKey(mailbox.key), SuppressedAddress {mailbox.addrSpec, at.toUTC(), source});
                ++change->added;
            }
        },
        base);
}

Result<SuppressionList::Change> SuppressionList::remove(const QStringList& emails)
{
    const Result<QList<CheckedMailbox>> mailboxes = parseAddresses(emails);
    if (!mailboxes)
        return mailboxes.error();
    const QList<CheckedMailbox>& list = mailboxes.value();
    return change(
        [&](Entries* entries, Change* change) {
            for (const CheckedMailbox& mailbox : list) {
                if (entries->remove(suppressionKey(mailbox.key)) > 0)
                    ++change->removed;
                else
                    ++change->notThere;
            }
        },
        {});
}

Result<SuppressionList::Change> SuppressionList::importCsv(const QString& path, const QDateTime& at)
{
    Result<CsvTable> read = CsvReader::readFile(path);
    if (!read)
        return read.error();
    CsvTable table = std::move(read).value();
    if (table.header.size() == 1 && Address::create(table.header.first())) {
        // No header: the first line is an address like the others.
        table.rows.prepend(table.header);
        table.lines.prepend(table.headerLine);
        table.header = QStringList {kEmail};
    }
    if (!RecipientList::findEmailColumn(table.header, {})) {
        return Error(ErrorKind::DataError,
                     tr("%1 has no column of addresses that Postino can tell (its columns are: %2). Call that "
                        "column \"email\" in the header, or give a file with just one address a line.")
                         .arg(QDir::toNativeSeparators(path), table.header.join(QLatin1String(", "))));
    }
    const Result<RecipientList> rows = RecipientList::fromTable(table, {}, nullptr);
    if (!rows)
        return rows.error();
    Change base;
    MailboxKeys keys;
    QList<CheckedMailbox> mailboxes;
    for (const CampaignRecipient& recipient : rows.value().recipients())
        mailboxes.append(keys.check(recipient.email).value()); // RecipientList took it
    for (const SkippedRecipient& skipped : rows.value().skipped()) {
        if (skipped.reason == SkippedRecipient::Reason::Duplicate)
            ++base.alreadyThere; // after the row it repeats, it is
        else
            base.skipped.append(skipped);
    }
    return addMailboxes(mailboxes, QLatin1String("import:") + QFileInfo(path).fileName(), at, base);
}

Result<SuppressionList::Change> SuppressionList::change(const Edit& edit, Change change)
{
    const QString dir = QFileInfo(m_path).absolutePath();
    if (!QDir().mkpath(dir)) {
        return Error(ErrorKind::IoError,
                     tr("Could not create the folder %1 for the suppression list. Check that it can be written.")
                         .arg(QDir::toNativeSeparators(dir)));
    }
    QLockFile lock(m_path + QLatin1String(".lock"));
    if (!lock.tryLock(m_lockWaitMsec)) {
        if (lock.error() == QLockFile::LockFailedError) {
            return Error(ErrorKind::Temporary,
                         tr("The suppression list %1 is being changed by another program (its lock file %2 is "
                            "held). Try again in a moment.")
                             .arg(QDir::toNativeSeparators(m_path), QDir::toNativeSeparators(lock.fileName())));
        }
        return Error(ErrorKind::IoError,
                     tr("Could not lock the suppression list: its lock file %1 cannot be created. Check that the "
                        "folder can be written.")
                         .arg(QDir::toNativeSeparators(lock.fileName())));
    }
    Result<Entries> read = readFile();
    if (!read)
        return read.error();
    Entries entries = std::move(read).value();
    edit(&entries, &change);
    if (change.added > 0 || change.removed > 0) {
        if (Status s = writeFile(encode(entries)); !s)
            return s.error();
    }
    m_entries = std::move(entries);
    return change;
}

Result<SuppressionList::Entries> SuppressionList::readFile() const
{
    QFile file(m_path);
    if (!file.exists())
        return Entries {};
    if (!file.open(QIODevice::ReadOnly)) {
        return Error(ErrorKind::IoError,
                     tr("Could not read the suppression list %1: %2. Check that the file can be read.")
                         .arg(QDir::toNativeSeparators(m_path), file.errorString()),
                     file.errorString());
    }
    if (file.size() > kMaxFileBytes)
        return damaged(tr("it is larger than %1 MB").arg(QString::number(kMaxFileBytes / (1024 * 1024))));
    const QByteArray bytes = file.readAll();
    if (file.error() != QFileDevice::NoError) {
        return Error(ErrorKind::IoError,
                     tr("Could not read the suppression list %1: %2. Check the disk and try again.")
                         .arg(QDir::toNativeSeparators(m_path), file.errorString()),
                     file.errorString());
    }
    return decode(bytes);
}

Result<SuppressionList::Entries> SuppressionList::decode(const QByteArray& bytes) const
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(bytes, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        return damaged(tr("it is not valid JSON: %1 at byte %2")
                           .arg(parseError.errorString(), QString::number(parseError.offset)));
    }
    const QJsonObject root = document.object();
    if (!document.isObject() || root.value(QLatin1String("version")).toInt() != kVersion
        || !root.value(QLatin1String("entries")).isArray()) {
        return damaged(tr("it is not a version %1 suppression list").arg(QString::number(kVersion)));
    }
    const QJsonArray array = root.value(QLatin1String("entries")).toArray();
    Entries entries;
    entries.reserve(array.size());
    MailboxKeys keys;
    // Entries added together (an import) share their date: each text is parsed once, not once an entry.
    QHash<QString, QDateTime> dates;
    for (qsizetype i = 0; i < array.size(); ++i) {
        const QJsonObject entry = array.at(i).toObject();
        const QString email = entry.value(kEmail).toString();
        const Result<CheckedMailbox> mailbox = keys.check(email);
        if (!mailbox)
            return damaged(tr("entry %1, \"%2\", is not a valid address").arg(QString::number(i + 1), email));
        const QString addedText = entry.value(kAdded).toString();
        auto added = dates.constFind(addedText);
        if (added == dates.constEnd())
            added = dates.insert(addedText, QDateTime::fromString(addedText, Qt::ISODate).toUTC());
        entries.insert(suppressionKey(mailbox.value().key),
                       SuppressedAddress {email, *added, entry.value(kSource).toString()});
    }
    return entries;
}

QByteArray SuppressionList::encode(const Entries& entries) const
{
    // One entry a line, sorted: a file a person can read, and that diffs well. Written by hand, because
    // a QJsonDocument per entry costs twice as much for 100,000 of them.
    QList<const SuppressedAddress*> sorted;
    sorted.reserve(entries.size());
    for (const SuppressedAddress& entry : entries)
        sorted.append(&entry);
    std::sort(sorted.begin(), sorted.end(),
              [](const SuppressedAddress* a, const SuppressedAddress* b) { return a->email < b->email; });
    QHash<qint64, QByteArray> dates; // entries added together share their date
    QByteArray out = "{\"version\": " + QByteArray::number(kVersion) + ", \"entries\": [";
    out.reserve(sorted.size() * 120);
    for (qsizetype i = 0; i < sorted.size(); ++i) {
        const SuppressedAddress& entry = *sorted.at(i);
        const qint64 msecs =
            entry.added.isValid() ? entry.added.toMSecsSinceEpoch() : std::numeric_limits<qint64>::min();
        auto date = dates.constFind(msecs);
        if (date == dates.constEnd())
            date = dates.insert(msecs, jsonString(entry.added.toUTC().toString(Qt::ISODate)));
        out += (i == 0 ? "\n{\"email\": " : ",\n{\"email\": ") + jsonString(entry.email) + ", \"added\": " + *date
            + ", \"source\": " + jsonString(entry.source) + '}';
    }
    out += "\n]}\n";
    return out;
}

Status SuppressionList::writeFile(const QByteArray& bytes) const
{
    Disk::Step step = Disk::Step::WriteFile;
    const int err = Posix::writeFileDurably(m_path, bytes, m_hook, &step);
    if (err == 0)
        return {};
    const QString why = QString::fromLocal8Bit(std::strerror(err));
    if (step == Disk::Step::SyncDir) {
        return Error(ErrorKind::IoError,
                     tr("The suppression list %1 was saved, but flushing its folder to disk failed (%2), so the "
                        "change could be lost if the power fails now. Check the disk.")
                         .arg(QDir::toNativeSeparators(m_path), why),
                     why);
    }
    return Error(ErrorKind::IoError,
                 tr("Could not save the suppression list: %1 %2 failed (%3). Free some disk space or make the "
                    "folder writable, then try again; the list on the disk was left as it was.")
                     .arg(stepText(step), QDir::toNativeSeparators(m_path), why),
                 why);
}

Error SuppressionList::damaged(const QString& what) const
{
    return Error(ErrorKind::DataError,
                 tr("The suppression list %1 is damaged: %2. It was left as it is: repair it, or move it aside to "
                    "start an empty list (no campaign can be checked against it until then).")
                     .arg(QDir::toNativeSeparators(m_path), what));
}

} // namespace Postino

#include "ProviderDatabase.h"

#include "common/Log.h"
#include "common/Paths.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QMutex>

#include <memory>
#include <vector>

namespace Postino {

namespace {

QString normalizedHost(QString host)
{
    host = host.trimmed().toLower();
    if (host.endsWith(QLatin1Char('.')))
        host.chop(1);
    return host;
}

} // namespace

const ProviderDatabase& ProviderDatabase::builtin()
{
    static const ProviderDatabase database = [] {
        ProviderDatabase db;
        db.loadDirectory(builtinDirectory());
        for (const QString& error : db.errors())
            qCWarning(lcDiscovery) << "built-in provider database:" << error;
        return db;
    }();
    return database;
}

QString ProviderDatabase::userDirectory()
{
    return Paths::configDir() + QStringLiteral("/providers");
}

const ProviderDatabase& ProviderDatabase::installed()
{
    static QMutex mutex;
    static QString loadedFrom;
    static std::unique_ptr<ProviderDatabase> database;
    const QMutexLocker locker(&mutex);
    const QString dir = userDirectory();
    if (!database || dir != loadedFrom) {
        // The one before stays alive: a caller may still hold a reference to it.
        static std::vector<std::unique_ptr<ProviderDatabase>> retired;
        if (database)
            retired.push_back(std::move(database));
        database = std::make_unique<ProviderDatabase>(withUserFiles(builtin(), dir));
        loadedFrom = dir;
        for (const QString& error : database->errors())
            qCWarning(lcDiscovery) << "provider database:" << error;
    }
    return *database;
}

ProviderDatabase ProviderDatabase::withUserFiles(const ProviderDatabase& base, const QString& dir)
{
    ProviderDatabase db = base;
    if (!QFileInfo(dir).isDir())
        return db;
    for (const auto& [path, entry] : db.readDirectory(dir, false)) {
        Q_UNUSED(path)
        db.addOverriding(entry);
    }
    return db;
}

void ProviderDatabase::addOverriding(const ProviderEntry& entry)
{
    for (qsizetype i = m_providers.size() - 1; i >= 0; --i) {
        ProviderEntry& other = m_providers[i];
        if (other.id == entry.id) {
            m_providers.removeAt(i);
            continue;
        }
        const bool hadClaims = !other.domains.isEmpty() || !other.mxDomains.isEmpty();
        for (const QString& domain : entry.domains)
            other.domains.removeAll(domain);
        for (const QString& domain : entry.mxDomains)
            other.mxDomains.removeAll(domain);
        if (hadClaims && other.domains.isEmpty() && other.mxDomains.isEmpty())
            m_providers.removeAt(i);
    }
    m_providers.append(entry);
}

QList<std::pair<QString, ProviderEntry>> ProviderDatabase::readDirectory(const QString& dir, bool reportEmpty)
{
    QList<std::pair<QString, ProviderEntry>> entries;
    const QDir directory(dir);
    const QStringList files = directory.entryList({QStringLiteral("*.xml")}, QDir::Files, QDir::Name);
    if (files.isEmpty() && reportEmpty)
        m_errors.append(tr("No provider files were found in %1.").arg(QDir::toNativeSeparators(dir)));
    for (const QString& name : files) {
        const QString path = directory.filePath(name);
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly)) {
            m_errors.append(tr("The provider file %1 could not be opened: %2.").arg(path, file.errorString()));
            continue;
        }
        const Result<ProviderEntry> entry = IspdbParser::parse(file.read(1024 * 1024), path);
        if (!entry) {
            m_errors.append(entry.error().message());
            continue;
        }
        entries.append({path, entry.value()});
    }
    return entries;
}

void ProviderDatabase::loadDirectory(const QString& dir)
{
    for (const auto& [path, entry] : readDirectory(dir, true))
        add(entry, path);
}

bool ProviderDatabase::add(const ProviderEntry& entry, const QString& origin)
{
    for (const QString& domain : entry.domains) {
        if (const ProviderEntry* other = findByDomain(domain)) {
            m_errors.append(tr("The domain %1 in %2 is already claimed by the provider %3.")
                                .arg(domain, origin.isEmpty() ? entry.id : origin, other->id));
            return false;
        }
    }
    if (findById(entry.id)) {
        m_errors.append(tr("The provider id %1 in %2 is used twice.").arg(entry.id, origin));
        return false;
    }
    m_providers.append(entry);
    return true;
}

const ProviderEntry* ProviderDatabase::findByDomain(const QString& domain) const
{
    const QString wanted = normalizedHost(domain);
    if (wanted.isEmpty())
        return nullptr;
    for (const ProviderEntry& entry : m_providers) {
        if (entry.domains.contains(wanted))
            return &entry;
    }
    return nullptr;
}

const ProviderEntry* ProviderDatabase::findByMxHost(const QString& host) const
{
    const QString wanted = normalizedHost(host);
    if (wanted.isEmpty())
        return nullptr;
    for (const ProviderEntry& entry : m_providers) {
        for (const QString& mxDomain : entry.mxDomains) {
            if (wanted == mxDomain || wanted.endsWith(QLatin1Char('.') + mxDomain))
                return &entry;
        }
    }
    return nullptr;
}

const ProviderEntry* ProviderDatabase::findById(const QString& id) const
{
    for (const ProviderEntry& entry : m_providers) {
        if (entry.id == id)
            return &entry;
    }
    return nullptr;
}

QList<const ProviderEntry*> ProviderDatabase::hostingProviders() const
{
    QList<const ProviderEntry*> list;
    for (const ProviderEntry& entry : m_providers) {
        if (entry.kind == ProviderKind::Hosting && !entry.outgoing.isEmpty())
            list.append(&entry);
    }
    return list;
}

} // namespace Postino

#include "ProviderDatabase.h"

#include "common/Log.h"

#include <QDir>
#include <QFile>

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

void ProviderDatabase::loadDirectory(const QString& dir)
{
    const QDir directory(dir);
    const QStringList files = directory.entryList({QStringLiteral("*.xml")}, QDir::Files, QDir::Name);
    if (files.isEmpty())
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
        add(entry.value(), path);
    }
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

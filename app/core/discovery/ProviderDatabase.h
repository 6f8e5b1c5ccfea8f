#pragma once

#include "discovery/IspdbParser.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

namespace Postino {

// The provider database: ISPDB files, one per provider. The built-in one is compiled into the core
// from resources/providers/ (resource prefix /providers).
class ProviderDatabase
{
    Q_DECLARE_TR_FUNCTIONS(Postino::ProviderDatabase)
public:
    ProviderDatabase() = default;

    // The database shipped with Postino, loaded once from :/providers.
    [[nodiscard]] static const ProviderDatabase& builtin();
    [[nodiscard]] static QString builtinDirectory() { return QStringLiteral(":/providers"); }

    // Reads every *.xml file of dir. Files that fail to parse, and domains claimed by two files, are
    // reported in errors() and left out.
    void loadDirectory(const QString& dir);
    // Adds one entry; false (and an error in errors()) when one of its domains is already taken.
    bool add(const ProviderEntry& entry, const QString& origin = {});

    [[nodiscard]] const QList<ProviderEntry>& providers() const { return m_providers; }
    [[nodiscard]] const QStringList& errors() const { return m_errors; }

    // The provider whose <domain> is exactly domain (case-insensitive), or null.
    [[nodiscard]] const ProviderEntry* findByDomain(const QString& domain) const;
    // The hosting provider whose MX domain is host itself or a parent of it (mx1.aruba.it -> aruba.it).
    [[nodiscard]] const ProviderEntry* findByMxHost(const QString& host) const;
    [[nodiscard]] const ProviderEntry* findById(const QString& id) const;
    // Hosting providers (customers' own domains) with an outgoing server, for a UI to offer by name.
    [[nodiscard]] QList<const ProviderEntry*> hostingProviders() const;

private:
    QList<ProviderEntry> m_providers;
    QStringList m_errors;
};

} // namespace Postino

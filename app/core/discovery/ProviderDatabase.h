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

    // The user's own provider files: CONFIG/postino/providers (Paths::configDir() + "/providers").
    [[nodiscard]] static QString userDirectory();
    // The built-in database with the user's files on top (overriding()), read again whenever
    // userDirectory() changes (--config-dir); what discovery, OAuth2 sign-in and the outbox use.
    // Thread-safe; the reference stays valid until userDirectory() changes.
    [[nodiscard]] static const ProviderDatabase& installed();
    // A copy of base with the *.xml files of dir added by addOverriding() (a missing dir adds nothing).
    [[nodiscard]] static ProviderDatabase withUserFiles(const ProviderDatabase& base, const QString& dir);

    // Reads every *.xml file of dir. Files that fail to parse, and domains claimed by two files, are
    // reported in errors() and left out.
    void loadDirectory(const QString& dir);
    // Adds one entry; false (and an error in errors()) when one of its domains is already taken.
    bool add(const ProviderEntry& entry, const QString& origin = {});
    // Adds one entry that wins over what is there: an entry with the same id is replaced, and its
    // domains and MX domains are taken away from any other entry (one left with neither is dropped).
    void addOverriding(const ProviderEntry& entry);

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
    // Every *.xml of dir, parsed; parse errors go to errors().
    QList<std::pair<QString, ProviderEntry>> readDirectory(const QString& dir, bool reportEmpty);

    QList<ProviderEntry> m_providers;
    QStringList m_errors;
};

} // namespace Postino

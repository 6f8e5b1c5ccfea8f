#pragma once

#include "discovery/AutoconfigClient.h"

#include <QHash>
#include <QSet>
#include <QStringList>

namespace Postino::Test {

// Serves config-v1.1.xml documents from a table keyed "autoconfig:DOMAIN" / "wellknown:DOMAIN",
// parsed by the real IspdbParser; a missing key answers like a 404. Keys in silent never answer.
class FakeAutoconfigFetcher final : public AutoconfigFetcher
{
public:
    QHash<QString, QByteArray> documents;
    QSet<QString> silent;
    QStringList asked; // the keys, in order

    [[nodiscard]] static QString keyOf(AutoconfigLocation location, const QString& domain);
    void fetch(AutoconfigLocation location, const QString& email, const QString& domainOverride, QObject* context,
               std::function<void(const AutoconfigAnswer&)> done) override;
};

} // namespace Postino::Test

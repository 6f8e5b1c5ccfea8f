#include "FakeAutoconfigFetcher.h"

#include <QPointer>

namespace Postino::Test {

QString FakeAutoconfigFetcher::keyOf(AutoconfigLocation location, const QString& domain)
{
    return (location == AutoconfigLocation::Autoconfig ? QStringLiteral("autoconfig:") : QStringLiteral("wellknown:"))
        + domain.toLower();
}

void FakeAutoconfigFetcher::fetch(AutoconfigLocation location, const QString& email, const QString& domainOverride,
                                  QObject* context, std::function<void(const AutoconfigAnswer&)> done)
{
    const QString domain =
        domainOverride.isEmpty() ? email.mid(email.lastIndexOf(QLatin1Char('@')) + 1) : domainOverride;
    const QString key = keyOf(location, domain);
    asked.append(key);
    if (silent.contains(key))
        return;
    AutoconfigAnswer answer;
    if (!documents.contains(key)) {
        answer.error = QStringLiteral("HTTP 404");
    } else {
        const Result<ProviderEntry> entry = IspdbParser::parse(documents.value(key), key);
        if (!entry) {
            answer.error = entry.error().message();
        } else {
            answer.kind = entry.value().kind;
            answer.candidates = IspdbParser::candidates(
                entry.value(), email,
                location == AutoconfigLocation::Autoconfig ? DiscoverySource::Autoconfig : DiscoverySource::WellKnown);
        }
    }
    QPointer<QObject> guard(context);
    QMetaObject::invokeMethod(
        context,
        [guard, done = std::move(done), answer] {
            if (guard)
                done(answer);
        },
        Qt::QueuedConnection);
}

} // namespace Postino::Test

#pragma once

#include <QString>

#include <optional>

namespace Postino {

class ProviderDatabase;

// What a provider lets one account send, from a <postino:limits> element of its provider file:
//
//   <postino:limits messagesPerMinute="30" messagesPerDay="10000" maxConnections="3"
//                   addresses="any|own|other" host="smtp.office365.com" note="..."/>
//
// Numbers are 0 (or absent) where the provider's limit is not known. addresses says whose limits they
// are: any address, addresses of the provider's own <domain>s (consumer Gmail), or addresses of other
// domains on its servers (Google Workspace). host: the SMTP host they are for, when it is not one of the
// provider's outgoing servers; empty: those servers.
struct SendingLimits
{
    enum class Addresses { Any, Own, Other };

    int messagesPerMinute = 0;
    int messagesPerDay = 0; // in any 24 hours
    int maxConnections = 0;
    Addresses addresses = Addresses::Any;
    QString host; // lower case
    QString note; // the facts in words, for explanations (not translated: a provider file's text)
    QString providerId; // the provider they came from (set by defaultSendingLimits())

    [[nodiscard]] bool any() const { return messagesPerMinute > 0 || messagesPerDay > 0 || maxConnections > 0; }
};

// The sending limits the provider database knows for an account with this address sending through this
// SMTP host: the first limits, in the database's order, whose host is smtpHost (case-insensitive, a
// trailing dot ignored) and whose addresses fit the address's domain (smtp.gmail.com: gmail.com and
// googlemail.com are consumer Gmail, any other domain is Google Workspace). Without a host, only the
// provider of the address's own domain answers. Nothing when the database knows no limits for them.
[[nodiscard]] std::optional<SendingLimits> defaultSendingLimits(const ProviderDatabase& db, const QString& email,
                                                                const QString& smtpHost);

} // namespace Postino

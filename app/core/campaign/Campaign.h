#pragma once

#include "common/Error.h"
#include "outbox/OutboxItem.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonObject>
#include <QString>
#include <QStringList>

#include <optional>

namespace Postino {

// draft -> sending -> paused | done | cancelled (paused -> sending again on resume).
enum class CampaignState { Draft, Sending, Paused, Done, Cancelled };

// "draft" | "sending" | "paused" | "done" | "cancelled", as `campaign status --json` says it.
[[nodiscard]] QString campaignStateName(CampaignState state);
[[nodiscard]] std::optional<CampaignState> campaignStateFromName(const QString& name);

// A newsletter or mail merge: who it goes out as and through what, the templates of its message, the pace,
// and where it stands. Its recipient list and attachments are copies kept in its folder (CampaignStore), so
// what is sent does not change when the original files do.
struct Campaign
{
    Q_DECLARE_TR_FUNCTIONS(Postino::Campaign)
public:
    QString name;
    QDateTime created;

    QString account; // a stored account's name; empty for ad-hoc server options
    OutboxServer server; // when account is empty
    QString from; // the From header, "Negozio Rossi <info@negozio.example>"

    // Templates ({{field}}, {{field|default}}, {{email}}, {{unsubscribe}}).
    QString subject;
    QString text; // the plain body; empty: derived from the HTML
    QString html; // empty: a plain message
    QStringList headers; // "Name: value" each
    QStringList unsubscribe; // mailto: and https: URL templates, in List-Unsubscribe's order
    QStringList attachments; // file names in the campaign's attachments folder, in the message's order

    QString emailColumn; // the list's address column as given (--column email=NAME); empty: found by name
    int ratePerMinute = 0; // 0: the account's own pace (its setting or the provider's limit)
    int dailyLimit = 0; // messages per rolling 24 hours; 0: the account's own
    // Permanent failures after which the campaign pauses itself: a broken list or a server that refuses
    // everything should not burn through the whole list.
    int maxFailures = 50;
    // Permanent failures already counted when the campaign was last resumed: a resume gives it maxFailures
    // more before it pauses itself again.
    int failuresAtResume = 0;

    CampaignState state = CampaignState::Draft;
    QDateTime started; // the first start
    QDateTime finished; // done or cancelled
    // Every message is in the outbox (start() finished writing them); until then a start goes on where the
    // last one stopped.
    bool enqueued = false;
    QString pauseReason; // for people: why it is paused (empty when the user paused it)

    [[nodiscard]] bool isAdHoc() const { return account.isEmpty(); }
    // The outbox's account key of the campaign's messages (OutboxItem::accountKey()).
    [[nodiscard]] QString accountKey() const;

    [[nodiscard]] QJsonObject toJson() const;
    [[nodiscard]] static Result<Campaign> fromJson(const QJsonObject& object);

    // A name that is safe as a folder name and easy to type: 1 to 64 characters, letters (any script),
    // digits, space, '-', '_' and '.', not starting with '.' or a space. DataError saying what is allowed.
    [[nodiscard]] static Status checkName(const QString& name);
};

} // namespace Postino

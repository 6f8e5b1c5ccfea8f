#include "campaign/Campaign.h"

#include <QJsonArray>

namespace Postino {

namespace {

constexpr int kFormatVersion = 1;

struct StateName
{
    CampaignState state;
    const char* name;
};
constexpr StateName kStateNames[] = {
    {CampaignState::Draft, "draft"}, {CampaignState::Sending, "sending"},     {CampaignState::Paused, "paused"},
    {CampaignState::Done, "done"},   {CampaignState::Cancelled, "cancelled"},
};

QJsonValue dateValue(const QDateTime& t)
{
    return t.isValid() ? QJsonValue(t.toUTC().toString(Qt::ISODateWithMs)) : QJsonValue(QJsonValue::Null);
}

QDateTime dateFrom(const QJsonValue& v)
{
    return QDateTime::fromString(v.toString(), Qt::ISODateWithMs);
}

Error badCampaign(const QString& what)
{
    return Error(ErrorKind::DataError, Campaign::tr("The campaign's file is not valid: %1.").arg(what));
}

QStringList strings(const QJsonValue& v)
{
    QStringList out;
    for (const QJsonValue& s : v.toArray())
        out << s.toString();
    return out;
}

} // namespace

QString campaignStateName(CampaignState state)
{
    for (const StateName& s : kStateNames) {
        if (s.state == state)
            return QLatin1String(s.name);
    }
    return {};
}

std::optional<CampaignState> campaignStateFromName(const QString& name)
{
    for (const StateName& s : kStateNames) {
        if (name == QLatin1String(s.name))
            return s.state;
    }
    return std::nullopt;
}

QString Campaign::accountKey() const
{
    OutboxItem item;
    item.account = account;
    item.server = server;
    return item.accountKey();
}

QJsonObject Campaign::toJson() const
{
    QJsonObject o {
        {QStringLiteral("version"), kFormatVersion},
        {QStringLiteral("name"), name},
        {QStringLiteral("created"), dateValue(created)},
        {QStringLiteral("account"), account},
        {QStringLiteral("from"), from},
        {QStringLiteral("subject"), subject},
        {QStringLiteral("text"), text},
        {QStringLiteral("html"), html},
        {QStringLiteral("headers"), QJsonArray::fromStringList(headers)},
        {QStringLiteral("unsubscribe"), QJsonArray::fromStringList(unsubscribe)},
        {QStringLiteral("attachments"), QJsonArray::fromStringList(attachments)},
        {QStringLiteral("email_column"), emailColumn},
        {QStringLiteral("rate"), ratePerMinute},
        {QStringLiteral("daily_limit"), dailyLimit},
        {QStringLiteral("max_failures"), maxFailures},
        {QStringLiteral("failures_at_resume"), failuresAtResume},
        {QStringLiteral("state"), campaignStateName(state)},
        {QStringLiteral("started"), dateValue(started)},
        {QStringLiteral("finished"), dateValue(finished)},
        {QStringLiteral("enqueued"), enqueued},
        {QStringLiteral("pause_reason"), pauseReason},
    };
    if (isAdHoc())
        o.insert(QStringLiteral("server"), server.toJson());
    return o;
}

Result<Campaign> Campaign::fromJson(const QJsonObject& o)
{
    if (o.value(QStringLiteral("version")).toInt() != kFormatVersion)
        return badCampaign(tr("unknown format version %1").arg(o.value(QStringLiteral("version")).toInt()));
    Campaign c;
    c.name = o.value(QStringLiteral("name")).toString();
    if (const Status named = checkName(c.name); !named)
        return badCampaign(named.error().message());
    c.created = dateFrom(o.value(QStringLiteral("created")));
    c.account = o.value(QStringLiteral("account")).toString();
    if (c.account.isEmpty()) {
        Result<OutboxServer> server = OutboxServer::fromJson(o.value(QStringLiteral("server")).toObject());
        if (!server)
            return badCampaign(tr("neither an account nor a server"));
        c.server = server.value();
    }
    c.from = o.value(QStringLiteral("from")).toString();
    c.subject = o.value(QStringLiteral("subject")).toString();
    c.text = o.value(QStringLiteral("text")).toString();
    c.html = o.value(QStringLiteral("html")).toString();
    c.headers = strings(o.value(QStringLiteral("headers")));
    c.unsubscribe = strings(o.value(QStringLiteral("unsubscribe")));
    c.attachments = strings(o.value(QStringLiteral("attachments")));
    c.emailColumn = o.value(QStringLiteral("email_column")).toString();
    c.ratePerMinute = qMax(0, o.value(QStringLiteral("rate")).toInt());
    c.dailyLimit = qMax(0, o.value(QStringLiteral("daily_limit")).toInt());
    c.maxFailures = qMax(0, o.value(QStringLiteral("max_failures")).toInt(50));
    c.failuresAtResume = qMax(0, o.value(QStringLiteral("failures_at_resume")).toInt());
    const auto state = campaignStateFromName(o.value(QStringLiteral("state")).toString());
    if (!state)
        return badCampaign(tr("unknown state \"%1\"").arg(o.value(QStringLiteral("state")).toString()));
    c.state = *state;
    c.started = dateFrom(o.value(QStringLiteral("started")));
    c.finished = dateFrom(o.value(QStringLiteral("finished")));
    c.enqueued = o.value(QStringLiteral("enqueued")).toBool();
    c.pauseReason = o.value(QStringLiteral("pause_reason")).toString();
    return c;
}

Status Campaign::checkName(const QString& name)
{
    bool ok = !name.isEmpty() && name.size() <= 64 && !name.startsWith(QLatin1Char('.'))
        && !name.startsWith(QLatin1Char(' ')) && !name.endsWith(QLatin1Char(' '));
    for (const QChar c : name) {
        if (!ok)
            break;
        ok = c.isLetterOrNumber() || c == QLatin1Char(' ') || c == QLatin1Char('-') || c == QLatin1Char('_')
            || c == QLatin1Char('.');
    }
    if (ok)
        return {};
    return Error(ErrorKind::DataError,
                 tr("\"%1\" cannot be a campaign's name: use 1 to 64 letters, digits, spaces, '-', '_' or '.', "
                    "not starting with '.' and without a space at either end.")
                     .arg(name));
}

} // namespace Postino

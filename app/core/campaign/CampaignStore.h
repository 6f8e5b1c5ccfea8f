#pragma once

#include "campaign/Campaign.h"
#include "campaign/RecipientList.h"
#include "common/Error.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

#include <functional>

namespace Postino {

// The campaigns on disk, beside the outbox:
//
//   <base>/campaigns/<name>/campaign.json     Campaign: templates, account, pace, state
//   <base>/campaigns/<name>/recipients.csv    the recipient list as it was given, byte for byte
//   <base>/campaigns/<name>/attachments/...   copies of the attachments
//   <base>/campaigns/<name>/skipped.json      the rows start() skipped, with their reasons
//   <base>/campaigns/<name>/campaign.lock     QLockFile around every change of campaign.json
//
// A campaign is made in campaigns/.new-<name>/ (each file durable) and renamed into place, so a crash
// leaves all of it or none. campaign.json is replaced durably (temporary, fsync, rename, fsync the folder)
// under the lock, so `campaign pause` in one process and the runner of another never lose each other's
// change. The messages themselves live in the outbox, each knowing its campaign and row
// (OutboxItem::campaign): the outbox is the ledger of what was sent.
class CampaignStore
{
    Q_DECLARE_TR_FUNCTIONS(Postino::CampaignStore)
public:
    // baseDir: where "outbox", "sent" and "campaigns" live (OutboxStore::defaultBaseDir()).
    explicit CampaignStore(QString baseDir);

    [[nodiscard]] QString dir() const; // <base>/campaigns
    [[nodiscard]] QString campaignDir(const QString& name) const;
    [[nodiscard]] QString attachmentPath(const QString& name, const QString& fileName) const;

    // Makes the campaign's folder with copies of the list and of the attachments (their file names become
    // the campaign's attachments, made unique). DataError when the name is not valid or already taken;
    // NoInput naming an attachment that cannot be read; IoError naming what failed. Nothing is left
    // behind on failure.
    [[nodiscard]] Result<Campaign> create(Campaign campaign, const QByteArray& recipientsCsv,
                                          const QStringList& attachmentFiles);
    // NoInput (66) when there is none of that name, saying how to see them.
    [[nodiscard]] Result<Campaign> load(const QString& name) const;
    // Every campaign's name, sorted; a folder that is not a campaign is left out.
    [[nodiscard]] QStringList names() const;
    // Reads campaign.json under the campaign's lock, applies change (which may refuse with an Error; then
    // nothing is written) and writes it back durably. The campaign as written.
    [[nodiscard]] Result<Campaign> modify(const QString& name, const std::function<Status(Campaign&)>& change);

    // Deletes a draft (a campaign that never started: nothing of it is in the outbox or the Sent folder, so
    // its name can be used again without mixing two campaigns' messages). DataError for any other state,
    // saying what to do instead; NoInput when there is none.
    [[nodiscard]] Status removeDraft(const QString& name);

    [[nodiscard]] Result<QByteArray> recipientsCsv(const QString& name) const;
    // The list read from the campaign's copy and checked against suppression (may be null).
    [[nodiscard]] Result<RecipientList> recipients(const Campaign& campaign, const SuppressionList* suppression) const;

    // The rows a start skipped, kept so that the report says why even after the list or the suppression
    // list changed. None before the first start.
    [[nodiscard]] Status saveSkipped(const QString& name, const QList<SkippedRecipient>& skipped);
    [[nodiscard]] QList<SkippedRecipient> skipped(const QString& name) const;

    // Changes whenever campaign.json is written, for callers that cache a campaign's state (the outbox
    // runner's gate): -1 when there is none.
    [[nodiscard]] qint64 stamp(const QString& name) const;

private:
    [[nodiscard]] QString campaignFile(const QString& name) const;
    [[nodiscard]] Status writeCampaign(const QString& dir, const Campaign& campaign) const;
    [[nodiscard]] Status copyAttachments(const QString& stage, Campaign& campaign, const QStringList& files) const;
    [[nodiscard]] Result<Campaign> readCampaign(const QString& name) const;

    QString m_baseDir;
};

} // namespace Postino

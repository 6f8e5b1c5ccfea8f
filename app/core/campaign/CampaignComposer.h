#pragma once

#include "campaign/Campaign.h"
#include "campaign/CampaignTemplate.h"
#include "campaign/RecipientList.h"
#include "common/Error.h"
#include "mime/Address.h"
#include "mime/Envelope.h"
#include "mime/MessageBuilder.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

#include <memory>

namespace Postino {

class CampaignStore;

// One recipient's message of a campaign, ready for the outbox: the builder that writes it (attachments are
// read only then), its envelope (the sender and that one recipient) and what the outbox lists.
struct CampaignMessage
{
    std::shared_ptr<const MessageBuilder> builder;
    Envelope envelope;
    QByteArray messageId;
    QString subject;
    QString from;
};

// Turns a campaign and one row of its list into that row's message. Everything goes through the
// MessageBuilder: a value can never make a header of its own (a line break in a value used in a header
// becomes a space, as unfolding would make it) nor break the MIME structure; in the HTML body values are
// HTML-escaped; in unsubscribe URLs they are percent-encoded.
class CampaignComposer
{
    Q_DECLARE_TR_FUNCTIONS(Postino::CampaignComposer)
public:
    // Compiles every template against the list's columns (plus "email" and "unsubscribe"). DataError (65)
    // naming the unknown field and the template, a From that is not an address, a header that is not
    // "Name: value" or that Postino writes itself, an unsubscribe that is neither mailto: nor https:.
    [[nodiscard]] static Result<CampaignComposer> prepare(const Campaign& campaign, const QStringList& columns,
                                                          const CampaignStore& store);

    // The row's message. testTo: a test send to that address instead of the row's, its subject marked as a
    // test. DataError when the result cannot be a message (an attachment gone: NoInput).
    [[nodiscard]] Result<CampaignMessage> compose(const CampaignRecipient& recipient, const QString& testTo = {}) const;

    // The values a row's templates see: its fields, plus {{unsubscribe}} (the first https: unsubscribe URL,
    // else the first mailto:, rendered for the row).
    [[nodiscard]] QHash<QString, QString> values(const CampaignRecipient& recipient) const;

private:
    CampaignComposer() = default;
    [[nodiscard]] Status compileAll(const Campaign& campaign, const QStringList& known);
    [[nodiscard]] QStringList unsubscribeUrls(const QHash<QString, QString>& values) const;
    [[nodiscard]] Status addHeaders(MessageBuilder& builder, const QHash<QString, QString>& values) const;

    struct Header
    {
        QString name;
        CampaignTemplate value;
    };
    Address m_from;
    CampaignTemplate m_subject;
    CampaignTemplate m_text;
    CampaignTemplate m_html;
    QList<Header> m_headers;
    QList<CampaignTemplate> m_unsubscribe;
    QStringList m_attachments; // paths in the campaign's folder
};

} // namespace Postino

#pragma once

#include "common/Error.h"

#include <QDateTime>
#include <QJsonObject>
#include <QMetaType>
#include <QString>
#include <QStringList>

namespace Postino {

// One sender the composer offers in its From list.
struct SenderIdentity
{
    QString id; // identity id within the account; may be empty
    QString account; // account id
    QString from; // "Ada Lovelace <ada@example.org>", as shown and as sent
    QString signature; // plain text; the composer puts it under "-- " at the end of the message
    [[nodiscard]] bool operator==(const SenderIdentity& other) const
    {
        return id == other.id && account == other.account && from == other.from && signature == other.signature;
    }
};

// What the user composed, exactly as typed: plain data shared by the composer, the draft store and
// (through the integrator) the MIME builder and the outbox. Address fields are kept as typed text;
// parsing them is the MIME builder's job.
struct ComposedMessage
{
    QString account; // account id the message goes out through
    QString identity; // identity id within the account
    QString from;
    QString to;
    QString cc;
    QString bcc;
    QString subject;
    QString plainText;
    QString html; // empty unless the message is rich text
    QStringList attachments; // local file paths
    QDateTime sendAt; // Send Later: not before this time (UTC); invalid: now

    [[nodiscard]] bool isRichText() const { return !html.isEmpty(); }
    // True when nothing worth keeping was typed (sender fields do not count).
    [[nodiscard]] bool isEmpty() const;
    // A generous estimate of the message's size on the wire: headers, the text parts, and each
    // attachment in base64 (4/3) with its line breaks. Unreadable attachments count as 0.
    [[nodiscard]] qint64 estimatedSize() const;

    [[nodiscard]] QJsonObject toJson() const;
    // Fails (DataError) on a JSON value of the wrong type or an unknown format version.
    [[nodiscard]] static Result<ComposedMessage> fromJson(const QJsonObject& json);

    [[nodiscard]] bool operator==(const ComposedMessage& other) const;
    [[nodiscard]] bool operator!=(const ComposedMessage& other) const { return !(*this == other); }
};

} // namespace Postino

Q_DECLARE_METATYPE(Postino::ComposedMessage)

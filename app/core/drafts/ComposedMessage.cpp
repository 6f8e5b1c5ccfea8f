#include "ComposedMessage.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QJsonArray>

namespace Postino {

namespace {

constexpr int FormatVersion = 1;
constexpr qint64 HeaderAllowance = 1024; // Date, Message-ID, MIME-Version, Content-Type, ...
constexpr qint64 PartAllowance = 256; // boundary and part headers, per part

qint64 base64Size(qint64 bytes)
{
    const qint64 encoded = (bytes + 2) / 3 * 4;
    return encoded + (encoded + 75) / 76 * 2; // CRLF after every 76 characters
}

} // namespace

bool ComposedMessage::isEmpty() const
{
    return to.trimmed().isEmpty() && cc.trimmed().isEmpty() && bcc.trimmed().isEmpty() && subject.trimmed().isEmpty()
        && plainText.trimmed().isEmpty() && attachments.isEmpty();
}

qint64 ComposedMessage::estimatedSize() const
{
    qint64 size = HeaderAllowance;
    for (const QString* field : {&from, &to, &cc, &subject})
        size += field->toUtf8().size() * 2; // encoded words can double the length
    // Text goes out quoted-printable or base64; 4/3 is a fair upper bound for both in practice.
    size += base64Size(plainText.toUtf8().size()) + PartAllowance;
    if (!html.isEmpty())
        size += base64Size(html.toUtf8().size()) + PartAllowance;
    for (const QString& path : attachments)
        size += base64Size(QFileInfo(path).size()) + PartAllowance;
    return size;
}

QJsonObject ComposedMessage::toJson() const
{
    QJsonObject json;
    json.insert(QLatin1String("version"), FormatVersion);
    json.insert(QLatin1String("account"), account);
    json.insert(QLatin1String("identity"), identity);
    json.insert(QLatin1String("from"), from);
    json.insert(QLatin1String("to"), to);
    json.insert(QLatin1String("cc"), cc);
    json.insert(QLatin1String("bcc"), bcc);
    json.insert(QLatin1String("subject"), subject);
    json.insert(QLatin1String("plainText"), plainText);
    if (!html.isEmpty())
        json.insert(QLatin1String("html"), html);
    json.insert(QLatin1String("attachments"), QJsonArray::fromStringList(attachments));
    if (sendAt.isValid())
        json.insert(QLatin1String("sendAt"), sendAt.toUTC().toString(Qt::ISODateWithMs));
    return json;
}

Result<ComposedMessage> ComposedMessage::fromJson(const QJsonObject& json)
{
    auto invalid = [](const QString& what) {
        return Error(
            ErrorKind::DataError,
            QCoreApplication::translate("Postino::ComposedMessage", "The saved message is damaged: %1.").arg(what));
    };
    const QJsonValue version = json.value(QLatin1String("version"));
    if (!version.isUndefined() && version.toInt(-1) != FormatVersion) {
        return invalid(
            QCoreApplication::translate("Postino::ComposedMessage", "it was written in an unknown format (version %1)")
                .arg(version.toVariant().toString()));
    }
    ComposedMessage message;
    const std::pair<const char*, QString*> strings[] = {
        {"account", &message.account}, {"identity", &message.identity},
        {"from", &message.from},       {"to", &message.to},
        {"cc", &message.cc},           {"bcc", &message.bcc},
        {"subject", &message.subject}, {"plainText", &message.plainText},
        {"html", &message.html},
    };
    for (const auto& [key, target] : strings) {
        const QJsonValue value = json.value(QLatin1String(key));
        if (value.isUndefined() || value.isNull())
            continue;
        if (!value.isString()) {
            return invalid(QCoreApplication::translate("Postino::ComposedMessage", "the field “%1” is not text")
                               .arg(QLatin1String(key)));
        }
        *target = value.toString();
    }
    const QJsonValue attachments = json.value(QLatin1String("attachments"));
    if (!attachments.isUndefined() && !attachments.isNull()) {
        if (!attachments.isArray())
            return invalid(QCoreApplication::translate("Postino::ComposedMessage", "the attachments are not a list"));
        for (const QJsonValue& path : attachments.toArray()) {
            if (!path.isString()) {
                return invalid(
                    QCoreApplication::translate("Postino::ComposedMessage", "an attachment is not a file name"));
            }
            message.attachments.append(path.toString());
        }
    }
    const QJsonValue sendAt = json.value(QLatin1String("sendAt"));
    if (!sendAt.isUndefined() && !sendAt.isNull()) {
        message.sendAt = QDateTime::fromString(sendAt.toString(), Qt::ISODateWithMs);
        if (!message.sendAt.isValid())
            return invalid(
                QCoreApplication::translate("Postino::ComposedMessage", "the time to send it is not a time"));
    }
    return message;
}

bool ComposedMessage::operator==(const ComposedMessage& other) const
{
    return account == other.account && identity == other.identity && from == other.from && to == other.to
        && cc == other.cc && bcc == other.bcc && subject == other.subject && plainText == other.plainText
        && html == other.html && attachments == other.attachments && sendAt == other.sendAt;
}

} // namespace Postino

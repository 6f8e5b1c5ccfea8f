#include "SentCopy.h"

#include "MessageViewer.h"
#include "mime/Address.h"
#include "outbox/OutboxItem.h"
#include "sandbox/ParsedMessage.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QLocale>
#include <QSaveFile>

namespace Postino {

namespace {

// name, or "name (2).ext" and on while a file of that name is already there.
QString freePath(const QDir& dir, const QString& name)
{
    const QFileInfo info(name);
    const QString base = info.completeBaseName();
    const QString suffix = info.suffix().isEmpty() ? QString() : QLatin1Char('.') + info.suffix();
    QString candidate = dir.filePath(name);
    for (int n = 2; QFileInfo::exists(candidate) && n < 10000; ++n)
        candidate = dir.filePath(QStringLiteral("%1 (%2)%3").arg(base).arg(n).arg(suffix));
    return candidate;
}

Result<QStringList> writeAttachments(const ParsedMessage& message, const QString& attachmentsDir)
{
    QStringList paths;
    if (message.attachments().isEmpty())
        return paths;
    QDir dir(attachmentsDir);
    if (!dir.mkpath(QStringLiteral("."))) {
        return Error(ErrorKind::IoError,
                     SentCopy::tr("The folder %1 for the attachments could not be made.")
                         .arg(QDir::toNativeSeparators(attachmentsDir)));
    }
    for (const ParsedMessage::Attachment& attachment : message.attachments()) {
        const QString path = freePath(dir, MessageViewer::safeFileName(attachment.fileName));
        QSaveFile file(path);
        if (!file.open(QIODevice::WriteOnly) || file.write(attachment.data) != attachment.data.size()
            || !file.commit()) {
            return Error(ErrorKind::IoError,
                         SentCopy::tr("The attachment %1 could not be written to %2: %3.")
                             .arg(attachment.fileName, QDir::toNativeSeparators(path), file.errorString()));
        }
        paths.append(path);
    }
    return paths;
}

QString dateText(const ParsedMessage& message)
{
    const QDateTime date = message.date();
    return date.isValid() ? QLocale().toString(date.toLocalTime(), QLocale::LongFormat)
                          : QString::fromLatin1(message.rawHeader("Date"));
}

} // namespace

QString SentCopy::forwardSubject(const QString& subject)
{
    const QString trimmed = subject.trimmed();
    if (trimmed.startsWith(QLatin1String("fwd:"), Qt::CaseInsensitive))
        return trimmed;
    return QStringLiteral("Fwd: ") + trimmed;
}

QStringList SentCopy::blindRecipients(const OutboxItem& item, const ParsedMessage& message)
{
    QList<Address> named;
    for (const QString& header : {message.to(), message.cc()}) {
        if (const Result<QList<Address>> list = Address::parseList(header))
            named += list.value();
    }
    QStringList blind;
    for (const OutboxRecipient& recipient : item.recipients) {
        const Result<Address> address = Address::parse(recipient.address);
        const bool isNamed = address && std::any_of(named.cbegin(), named.cend(), [&](const Address& other) {
                                 return other.sameMailbox(address.value());
                             });
        if (!isNamed)
            blind.append(recipient.address);
    }
    return blind;
}

Result<ComposedMessage> SentCopy::make(Kind kind, const OutboxItem& item, const ParsedMessage& message,
                                       const QString& attachmentsDir)
{
    ComposedMessage copy;
    copy.account = item.account;
    copy.from = message.from().isEmpty() ? item.from : message.from();
    if (kind == Kind::Resend) {
        copy.to = message.to();
        copy.cc = message.cc();
        copy.bcc = blindRecipients(item, message).join(QStringLiteral(", "));
        copy.subject = message.subject();
        copy.plainText = message.textBody();
        if (message.hasHtml())
            copy.html = message.htmlBody();
    } else {
        copy.subject = forwardSubject(message.subject());
        // The original's headers, in the words the reader's program would use (as Thunderbird writes them).
        QStringList lines {tr("-------- Forwarded Message --------")};
        auto add = [&lines](const QString& name, const QString& value) {
            if (!value.isEmpty())
                lines.append(name + QLatin1Char(' ') + value);
        };
        add(tr("Subject:"), message.subject());
        add(tr("Date:"), dateText(message));
        add(tr("From:"), message.from());
        add(tr("To:"), message.to());
        add(tr("Cc:"), message.cc());
        const QString block = lines.join(QLatin1Char('\n'));
        copy.plainText = QStringLiteral("\n\n") + block + QStringLiteral("\n\n") + message.textBody();
        if (message.hasHtml()) {
            QString header;
            for (const QString& line : std::as_const(lines))
                header += line.toHtmlEscaped() + QStringLiteral("<br>");
            copy.html = QStringLiteral("<p><br></p><div>%1</div><br>%2").arg(header, message.htmlBody());
        }
    }
    Result<QStringList> attachments = writeAttachments(message, attachmentsDir);
    if (!attachments)
        return attachments.error();
    copy.attachments = attachments.value();
    return copy;
}

} // namespace Postino

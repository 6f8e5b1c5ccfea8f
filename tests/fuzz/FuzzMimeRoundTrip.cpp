// The message builder against the test server's parser: random text, names, subjects and attachments are
// built into a message and read back as the same content. Every line of what is built ends in CRLF and
// fits in 998 octets (RFC 5322 2.1.1), whatever was typed.

#include "FuzzCommon.h"
#include "mime/Address.h"
#include "mime/MessageBuilder.h"
#include "sandbox/ParsedMessage.h"

using namespace Postino;

namespace {

// Text as the builder sends it: line breaks become CRLF (a lone CR or LF is a line break).
QString asSent(QString text)
{
    text.replace(QStringLiteral("\r\n"), QStringLiteral("\n"));
    text.replace(QLatin1Char('\r'), QLatin1Char('\n'));
    return text;
}

QString typedLine(QString text)
{
    for (QChar& c : text) {
        if (c.unicode() < 0x20 || c.unicode() == 0x7f || c.isSpace())
            c = QLatin1Char(' ');
    }
    return text.simplified();
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    Fuzz::Input input(data, size);
    MessageBuilder builder;
    const Result<Address> from = Address::create(QStringLiteral("ada@example.org"), typedLine(input.text(60)));
    if (!from)
        return 0; // a name the address parser refuses is the address fuzzer's business
    builder.setFrom(from.value());
    builder.setTo({Address::create(QStringLiteral("zoe@example.org")).value()});
    const QString subject = typedLine(input.text(300));
    builder.setSubject(subject);
    builder.setAllow8Bit(input.flag());
    const bool html = input.flag();
    const QString text = input.text(2000);
    if (html)
        builder.setHtmlBody(QStringLiteral("<p>") + text.toHtmlEscaped() + QStringLiteral("</p>"));
    else
        builder.setTextBody(text);
    QList<std::pair<QString, QByteArray>> attachments;
    for (int n = input.byte() % 3; n > 0; --n) {
        QString name = input.text(80);
        name.remove(QLatin1Char('/'));
        name = typedLine(name); // as a file's name: no '/', no spaces around it
        if (name.isEmpty())
            name = QStringLiteral("file");
        const QByteArray content = input.piece(3000);
        builder.addAttachmentData(content, name, QByteArrayLiteral("application/octet-stream"));
        attachments.append({name, content});
    }
    if (!builder.validate().ok())
        return 0;
    const Result<QByteArray> built = builder.toByteArray();
    FUZZ_CHECK(built.ok());
    const QByteArray& raw = built.value();
    bool bare = false;
    FUZZ_CHECK(Fuzz::longestLine(raw, &bare) <= 998);
    FUZZ_CHECK(!bare);

    const ParsedMessage parsed = ParsedMessage::parse(raw);
    FUZZ_CHECK(parsed.subject() == subject);
    if (!html) {
        QString got = parsed.textBody();
        QString want = asSent(text);
        got.replace(QStringLiteral("\r\n"), QStringLiteral("\n"));
        // The builder may end the text with a line break; trailing ones are not content.
        while (got.endsWith(QLatin1Char('\n')))
            got.chop(1);
        while (want.endsWith(QLatin1Char('\n')))
            want.chop(1);
        FUZZ_CHECK(got == want);
    }
    FUZZ_CHECK(parsed.attachments().size() == attachments.size());
    for (qsizetype i = 0; i < attachments.size(); ++i) {
        FUZZ_CHECK(parsed.attachments().at(i).fileName == attachments.at(i).first);
        FUZZ_CHECK(parsed.attachments().at(i).data == attachments.at(i).second);
    }
    return 0;
}

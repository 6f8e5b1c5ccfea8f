// The campaign's template renderer and composer: templates and CSV values as the input gives them (line breaks,
// braces, "Bcc:" and all) become one recipient's message, and that message never crashes the builder, has no
// bare CR or LF and no line over 998 octets, and carries only the headers Postino writes and those the campaign
// names: a value can never add a header (header injection from a CSV file), nor a recipient. Rendering is one
// pass: a value that looks like a placeholder comes out as it is.
//
// Input: pieces for the subject, the text body, the HTML body, a custom header line, an unsubscribe URL's tail,
// a third column's name, then the values of the three columns and the recipient's address.

#include "FuzzCommon.h"
#include "campaign/Campaign.h"
#include "campaign/CampaignComposer.h"
#include "campaign/CampaignStore.h"
#include "campaign/CampaignTemplate.h"
#include "mime/Address.h"

#include <QSet>

using namespace Postino;

namespace {

const QStringList writtenByPostino = {
    QStringLiteral("date"),
    QStringLiteral("from"),
    QStringLiteral("sender"),
    QStringLiteral("reply-to"),
    QStringLiteral("to"),
    QStringLiteral("cc"),
    QStringLiteral("subject"),
    QStringLiteral("message-id"),
    QStringLiteral("user-agent"),
    QStringLiteral("mime-version"),
    QStringLiteral("content-type"),
    QStringLiteral("content-transfer-encoding"),
    QStringLiteral("content-disposition"),
    QStringLiteral("list-unsubscribe"),
    QStringLiteral("list-unsubscribe-post"),
};

// The top-level header section's field names, lower-case, in order.
QStringList headerNames(const QByteArray& message)
{
    const qsizetype end = message.indexOf("\r\n\r\n");
    FUZZ_CHECK(end > 0);
    QStringList names;
    for (const QByteArray& line : message.left(end).split('\n')) {
        if (line.startsWith(' ') || line.startsWith('\t'))
            continue; // folded
        const qsizetype colon = line.indexOf(':');
        FUZZ_CHECK(colon > 0);
        names << QString::fromLatin1(line.left(colon)).toLower();
    }
    return names;
}

void checkRendering(const QString& text, const QStringList& fields, const QHash<QString, QString>& values)
{
    const Result<CampaignTemplate> t = CampaignTemplate::compile(text, fields, QStringLiteral("the fuzzed one"));
    if (!t.ok()) {
        FUZZ_CHECK(!t.error().message().isEmpty());
        return;
    }
    // Names match as the list's reader and the template both define it: trimmed and lower-cased with
    // QString::toLower, not Qt::CaseInsensitive's case folding. The two differ for a name with spaces around it
    // and for "İ", which lowers to "i" and a dot above and does not fold back to "İ" (CI found one of them).
    QSet<QString> known;
    for (const QString& name : fields)
        known.insert(name.trimmed().toLower());
    for (const QString& field : t.value().fields())
        FUZZ_CHECK(known.contains(field));
    // One pass: the values come out as they are, so rendering again with no values changes nothing that a
    // value brought (a value "{{nome}}" stays "{{nome}}"; only the template's own placeholders are replaced).
    const QString plain = t.value().render(values);
    const QString html = t.value().render(values, CampaignTemplate::Escape::Html);
    if (t.value().fields().isEmpty()) {
        FUZZ_CHECK(plain == html); // the template's own text is never escaped
        FUZZ_CHECK(t.value().render({}) == plain);
    }
    // HTML: a value's < and & are always escaped, so the output has no more of them than the template's text.
    QHash<QString, QString> empty;
    for (auto it = values.cbegin(); it != values.cend(); ++it)
        empty.insert(it.key(), QString());
    const QString bare = t.value().render(empty, CampaignTemplate::Escape::Html);
    FUZZ_CHECK(html.count(QLatin1Char('<')) == bare.count(QLatin1Char('<')));
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    Fuzz::Input input(data, size);
    Campaign campaign;
    campaign.name = QStringLiteral("fuzz");
    campaign.from = QStringLiteral("Negozio Rossi <info@negozio.example>");
    campaign.subject = input.text();
    campaign.text = input.text(1000);
    campaign.html = input.text(1000);
    const QString header = input.text();
    if (!header.isEmpty())
        campaign.headers << header;
    const QString unsubscribe = input.text();
    if (!unsubscribe.isEmpty())
        campaign.unsubscribe << ((unsubscribe.at(0).unicode() & 1)
                                     ? QStringLiteral("https://negozio.example/u?")
                                     : QStringLiteral("mailto:u@negozio.example?subject="))
                + unsubscribe.mid(1);
    const QString third = input.text(32).trimmed(); // as CsvReader gives the header's names
    QStringList columns = {QStringLiteral("nome"), QStringLiteral("città")};
    if (!third.isEmpty() && !columns.contains(third, Qt::CaseInsensitive))
        columns << third;

    CampaignRecipient recipient;
    recipient.row = 1;
    recipient.line = 2;
    for (const QString& column : qAsConst(columns))
        recipient.fields.insert(column.toLower(), input.text(1000));
    recipient.email = input.atEnd() ? QStringLiteral("zoe@example.org") : input.text(64).trimmed();
    recipient.fields.insert(QStringLiteral("email"), recipient.email);

    QStringList known = columns;
    known << QStringLiteral("email") << QStringLiteral("unsubscribe");
    checkRendering(campaign.subject, known, recipient.fields);
    checkRendering(campaign.html, known, recipient.fields);

    const CampaignStore store(QStringLiteral("/nonexistent/fuzz_campaign_template"));
    const Result<CampaignComposer> composer = CampaignComposer::prepare(campaign, columns, store);
    if (!composer.ok()) {
        FUZZ_CHECK(composer.error().kind() == ErrorKind::DataError);
        return 0;
    }
    const Result<CampaignMessage> message = composer.value().compose(recipient);
    if (!message.ok()) {
        FUZZ_CHECK(!message.error().message().isEmpty());
        return 0;
    }
    // One recipient: the row's.
    FUZZ_CHECK(message.value().envelope.recipients.size() == 1);
    const Result<Address> to = Address::create(recipient.email);
    FUZZ_CHECK(to.ok() && message.value().envelope.recipients.first() == to.value().addrSpec());
    FUZZ_CHECK(!message.value().subject.contains(QLatin1Char('\r'))
               && !message.value().subject.contains(QLatin1Char('\n')));

    const Result<QByteArray> bytes = message.value().builder->toByteArray();
    FUZZ_CHECK(bytes.ok());
    bool bare = false;
    FUZZ_CHECK(Fuzz::longestLine(bytes.value(), &bare) <= 998);
    FUZZ_CHECK(!bare);
    QStringList extra; // the campaign's own headers
    for (const QString& line : qAsConst(campaign.headers))
        extra << line.left(line.indexOf(QLatin1Char(':'))).trimmed().toLower();
    const QStringList names = headerNames(bytes.value());
    for (const QString& name : names) {
        if (!writtenByPostino.contains(name) && !extra.contains(name))
            std::fprintf(stderr, "a header nobody asked for: %s\n", qPrintable(name));
        FUZZ_CHECK(writtenByPostino.contains(name) || extra.contains(name));
    }
    for (const char* once : {"to", "from", "subject"}) {
        const QString name = QString::fromLatin1(once);
        FUZZ_CHECK(names.count(name) == 1 + extra.count(name));
    }
    for (const char* never : {"cc", "bcc"}) {
        const QString name = QString::fromLatin1(never);
        FUZZ_CHECK(names.count(name) == extra.count(name));
    }
    return 0;
}

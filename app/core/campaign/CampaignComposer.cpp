#include "campaign/CampaignComposer.h"

#include "campaign/CampaignStore.h"

#include <QUrl>

namespace Postino {

namespace {

// A value in a header: every run of line breaks and other control characters becomes one space (what
// unfolding would make of a folded line), so that no value can end a header or start another.
QString headerSafe(const QString& value)
{
    QString out;
    out.reserve(value.size());
    bool inBreak = false;
    for (const QChar c : value) {
        const bool control = c.unicode() < 0x20 || c.unicode() == 0x7f;
        if (control) {
            if (!inBreak)
                out += QLatin1Char(' ');
            inBreak = true;
            continue;
        }
        if (inBreak && (c == QLatin1Char(' ')))
            continue;
        inBreak = false;
        out += c;
    }
    return out;
}

QHash<QString, QString> mapped(const QHash<QString, QString>& values, QString (*f)(const QString&))
{
    QHash<QString, QString> out;
    out.reserve(values.size());
    for (auto it = values.cbegin(); it != values.cend(); ++it)
        out.insert(it.key(), f(it.value()));
    return out;
}

QString percentEncoded(const QString& value)
{
    return QString::fromLatin1(QUrl::toPercentEncoding(value));
}

bool isHttps(const QString& url)
{
    return url.startsWith(QLatin1String("https:"), Qt::CaseInsensitive);
}

bool isMailto(const QString& url)
{
    return url.startsWith(QLatin1String("mailto:"), Qt::CaseInsensitive);
}

} // namespace

Result<CampaignComposer> CampaignComposer::prepare(const Campaign& campaign, const QStringList& columns,
                                                   const CampaignStore& store)
{
    CampaignComposer composer;
    Result<Address> from = Address::parse(campaign.from);
    if (!from) {
        return Error(ErrorKind::DataError,
                     tr("The sender \"%1\" is not an address: %2").arg(campaign.from, from.error().message()));
    }
    composer.m_from = from.value();
    QStringList known = columns;
    known << QStringLiteral("email") << QStringLiteral("unsubscribe");
    if (Status compiled = composer.compileAll(campaign, known); !compiled)
        return compiled.error();
    for (const QString& name : campaign.attachments)
        composer.m_attachments << store.attachmentPath(campaign.name, name);
    return composer;
}

Status CampaignComposer::compileAll(const Campaign& campaign, const QStringList& known)
{
    auto compile = [&known](const QString& text, const QString& what, CampaignTemplate* out) -> Status {
        Result<CampaignTemplate> t = CampaignTemplate::compile(text, known, what);
        if (!t)
            return t.error();
        *out = t.value();
        return {};
    };
    Status s = compile(campaign.subject, tr("the subject"), &m_subject);
    if (s)
        s = compile(campaign.text, tr("the text body"), &m_text);
    if (s)
        s = compile(campaign.html, tr("the HTML body"), &m_html);
    for (const QString& line : campaign.headers) {
        const qsizetype colon = line.indexOf(QLatin1Char(':'));
        if (!s)
            break;
        if (colon <= 0) {
            return Error(ErrorKind::DataError, tr("\"%1\" is not a header: write it as \"Name: value\".").arg(line));
        }
        Header h;
        h.name = line.left(colon).trimmed();
        s = compile(line.mid(colon + 1).trimmed(), tr("the header %1").arg(h.name), &h.value);
        m_headers << h;
    }
    for (const QString& url : campaign.unsubscribe) {
        if (!s)
            break;
        if (!isHttps(url) && !isMailto(url)) {
            return Error(ErrorKind::DataError,
                         tr("The unsubscribe address \"%1\" must start with mailto: or https:.").arg(url));
        }
        CampaignTemplate t;
        s = compile(url, tr("the unsubscribe address %1").arg(url), &t);
        m_unsubscribe << t;
    }
    return s;
}

QStringList CampaignComposer::unsubscribeUrls(const QHash<QString, QString>& values) const
{
    const QHash<QString, QString> encoded = mapped(values, percentEncoded);
    QStringList out;
    for (const CampaignTemplate& t : m_unsubscribe) {
        // The template's own text may hold non-ASCII (an IDN host, an accented path): QUrl makes it ASCII.
        const QUrl url(t.render(encoded), QUrl::TolerantMode);
        out << QString::fromLatin1(url.toEncoded());
    }
    return out;
}

QHash<QString, QString> CampaignComposer::values(const CampaignRecipient& recipient) const
{
    QHash<QString, QString> v = recipient.fields;
    v.insert(QStringLiteral("email"), recipient.email);
    v.remove(QStringLiteral("unsubscribe"));
    const QStringList urls = unsubscribeUrls(v);
    QString visible;
    for (const QString& url : urls) {
        if (isHttps(url)) {
            visible = url;
            break;
        }
    }
    if (visible.isEmpty() && !urls.isEmpty())
        visible = urls.first();
    v.insert(QStringLiteral("unsubscribe"), visible);
    return v;
}

Status CampaignComposer::addHeaders(MessageBuilder& builder, const QHash<QString, QString>& values) const
{
    const QHash<QString, QString> safe = mapped(values, headerSafe);
    for (const Header& h : m_headers) {
        if (Status s = builder.addHeader(h.name, h.value.render(safe)); !s)
            return s;
    }
    const QStringList urls = unsubscribeUrls(values);
    if (urls.isEmpty())
        return {};
    QStringList bracketed;
    bool https = false;
    for (const QString& url : urls) {
        bracketed << QLatin1Char('<') + url + QLatin1Char('>');
        https = https || isHttps(url);
    }
    if (Status s = builder.addHeader(QStringLiteral("List-Unsubscribe"), bracketed.join(QLatin1String(", "))); !s)
        return s;
    if (https) // RFC 8058: one-click, by a POST to the https: URL
        return builder.addHeader(QStringLiteral("List-Unsubscribe-Post"), QStringLiteral("List-Unsubscribe=One-Click"));
    return {};
}

Result<CampaignMessage> CampaignComposer::compose(const CampaignRecipient& recipient, const QString& testTo) const
{
    const QHash<QString, QString> v = values(recipient);
    auto builder = std::make_shared<MessageBuilder>();
    builder->setFrom(m_from);
    Result<Address> to = Address::create(testTo.isEmpty() ? recipient.email : testTo);
    if (!to)
        return to.error();
    builder->setTo({to.value()});
    QString subject = headerSafe(m_subject.render(mapped(v, headerSafe))).trimmed();
    if (!testTo.isEmpty())
        subject = tr("[Test] %1").arg(subject);
    builder->setSubject(subject);
    if (!m_text.isEmpty())
        builder->setTextBody(m_text.render(v));
    if (!m_html.isEmpty())
        builder->setHtmlBody(m_html.render(v, CampaignTemplate::Escape::Html));
    for (const QString& path : m_attachments) {
        if (Status s = builder->addAttachment(path); !s)
            return s.error();
    }
    if (Status s = addHeaders(*builder, v); !s)
        return s.error();
    if (Status s = builder->validate(); !s)
        return s.error();
    CampaignMessage m;
    m.envelope = builder->envelope();
    m.messageId = builder->messageId();
    m.subject = subject;
    m.from = m_from.addrSpec();
    m.builder = std::move(builder);
    return m;
}

} // namespace Postino

#include "DomainCheckText.h"

#include <QColor>
#include <QPainter>
#include <QPen>
#include <QPixmap>

#include <functional>

namespace Postino {

namespace {

struct Words
{
    const char* id;
    const char* title;
    const char* question;
    const char* explanation;
};

// The checks of cli.md's "domain" section, with --mx-test's ids. QT_TRANSLATE_NOOP marks them for the
// catalogue; tr() below translates them when shown.
const Words kWords[] = {
    {"mx", QT_TRANSLATE_NOOP("Postino::DomainCheckText", "Mail servers (MX)"),
     QT_TRANSLATE_NOOP("Postino::DomainCheckText", "What is an MX record?"),
     QT_TRANSLATE_NOOP("Postino::DomainCheckText",
                       "The MX records say which servers receive mail for your domain. Without them, replies to "
                       "you cannot be delivered, and many receivers distrust mail from a domain that cannot "
                       "receive any.")},
    {"spf", QT_TRANSLATE_NOOP("Postino::DomainCheckText", "SPF"),
     QT_TRANSLATE_NOOP("Postino::DomainCheckText", "What is SPF?"),
     QT_TRANSLATE_NOOP("Postino::DomainCheckText",
                       "SPF is a list, published in your domain's DNS, of the servers allowed to send mail for "
                       "it. A receiver compares the server a message comes from with that list: a server not on "
                       "it looks like someone pretending to be you.")},
    {"dkim", QT_TRANSLATE_NOOP("Postino::DomainCheckText", "DKIM"),
     QT_TRANSLATE_NOOP("Postino::DomainCheckText", "What is DKIM?"),
     QT_TRANSLATE_NOOP("Postino::DomainCheckText",
                       "DKIM is a signature your mail server adds to every message, like a seal. The key to "
                       "check it is published in your DNS under a name called the selector; a receiver that "
                       "finds the seal intact knows the message really comes from your domain and was not "
                       "changed on the way.")},
    {"dmarc", QT_TRANSLATE_NOOP("Postino::DomainCheckText", "DMARC"),
     QT_TRANSLATE_NOOP("Postino::DomainCheckText", "What is DMARC?"),
     QT_TRANSLATE_NOOP("Postino::DomainCheckText",
                       "DMARC tells receivers what to do with mail that claims to be from your domain but passes "
                       "neither SPF nor DKIM: deliver it anyway (none), put it in spam (quarantine) or refuse it "
                       "(reject). It can also ask them to send you reports. Gmail, Yahoo and Outlook.com expect "
                       "every sender to have one.")},
    {"alignment", QT_TRANSLATE_NOOP("Postino::DomainCheckText", "Alignment"),
     QT_TRANSLATE_NOOP("Postino::DomainCheckText", "What is alignment?"),
     QT_TRANSLATE_NOOP("Postino::DomainCheckText",
                       "Passing SPF or DKIM is not enough: the domain that passes must be the domain in the From "
                       "line people see. This check asks whether mail with your From address, sent through your "
                       "server, would pass DMARC. The usual traps: sending as @gmail.com through another "
                       "provider, or a hosting domain whose SPF does not include the provider.")},
    {"ptr", QT_TRANSLATE_NOOP("Postino::DomainCheckText", "Reverse DNS"),
     QT_TRANSLATE_NOOP("Postino::DomainCheckText", "What is reverse DNS?"),
     QT_TRANSLATE_NOOP("Postino::DomainCheckText",
                       "Reverse DNS turns a server's address back into a name. Receivers expect a sending server's "
                       "address to have a name that points back to the same address; servers without one look "
                       "like home computers and their mail is often refused.")},
    {"dnsbl", QT_TRANSLATE_NOOP("Postino::DomainCheckText", "Blocklists"),
     QT_TRANSLATE_NOOP("Postino::DomainCheckText", "What is a blocklist?"),
     QT_TRANSLATE_NOOP("Postino::DomainCheckText",
                       "Blocklists (such as Spamhaus) list addresses that sent spam or that belong to home "
                       "connections. Many receivers refuse mail from a listed server. This check asks the lists "
                       "about your sending servers' addresses.")},
    {"mta-sts", QT_TRANSLATE_NOOP("Postino::DomainCheckText", "MTA-STS"),
     QT_TRANSLATE_NOOP("Postino::DomainCheckText", "What is MTA-STS?"),
     QT_TRANSLATE_NOOP("Postino::DomainCheckText",
                       "MTA-STS lets your domain say that mail to it must always travel encrypted, to servers "
                       "with a valid certificate. It is optional, but it protects mail sent to you from being "
                       "read or redirected on the way.")},
    {"tls-rpt", QT_TRANSLATE_NOOP("Postino::DomainCheckText", "TLS reports"),
     QT_TRANSLATE_NOOP("Postino::DomainCheckText", "What are TLS reports?"),
     QT_TRANSLATE_NOOP("Postino::DomainCheckText",
                       "With a TLS-RPT record, other mail servers send you a daily report when they could not "
                       "deliver to you over an encrypted connection. It is optional and only tells you about "
                       "problems.")},
    {"dane", QT_TRANSLATE_NOOP("Postino::DomainCheckText", "DANE"),
     QT_TRANSLATE_NOOP("Postino::DomainCheckText", "What is DANE?"),
     QT_TRANSLATE_NOOP("Postino::DomainCheckText",
                       "DANE publishes your mail server's certificate in the DNS, protected by DNSSEC signatures, "
                       "so that senders can check it without trusting a certificate authority. It only counts "
                       "when your DNS is signed; it is optional.")},
    {"port25", QT_TRANSLATE_NOOP("Postino::DomainCheckText", "Port 25"),
     QT_TRANSLATE_NOOP("Postino::DomainCheckText", "What is port 25?"),
     QT_TRANSLATE_NOOP("Postino::DomainCheckText",
                       "Mail servers hand mail to each other on port 25. This check tries to reach your mail "
                       "server there from this computer. Many home connections and cloud providers block "
                       "outgoing port 25, which looks like a timeout here even when the server is fine.")},
    {"mx-tls", QT_TRANSLATE_NOOP("Postino::DomainCheckText", "Encryption (STARTTLS)"),
     QT_TRANSLATE_NOOP("Postino::DomainCheckText", "What is STARTTLS?"),
     QT_TRANSLATE_NOOP("Postino::DomainCheckText",
                       "STARTTLS lets a sending server switch the connection to encryption. Your mail server "
                       "should offer it, with a certificate valid for its name, so that mail to you cannot be "
                       "read on the way.")},
    {"open-relay", QT_TRANSLATE_NOOP("Postino::DomainCheckText", "Open relay"),
     QT_TRANSLATE_NOOP("Postino::DomainCheckText", "What is an open relay?"),
     QT_TRANSLATE_NOOP("Postino::DomainCheckText",
                       "An open relay is a server that forwards mail from anyone to anyone. Spammers find such "
                       "servers within hours, and they end up on every blocklist. Your server must refuse mail "
                       "between two domains that are not its own.")},
};

const Words* find(const QString& id)
{
    for (const Words& w : kWords) {
        if (id == QLatin1String(w.id))
            return &w;
    }
    return nullptr;
}

QColor statusColour(DomainCheckResult::Status status)
{
    switch (status) {
    case DomainCheckResult::Status::Pass:
        return {0x26, 0xa2, 0x69};
    case DomainCheckResult::Status::Warn:
        return {0xe5, 0xa5, 0x0a};
    case DomainCheckResult::Status::Fail:
        return {0xc0, 0x1c, 0x28};
    case DomainCheckResult::Status::Info:
        break;
    }
    return {0x1c, 0x71, 0xd8};
}

// A filled circle with a sign drawn in white lines, so that it reads the same in every theme and font.
QIcon light(const QColor& colour, int size, const std::function<void(QPainter&, qreal)>& sign)
{
    QPixmap pixmap(size * 2, size * 2); // drawn at twice the size, for high-density screens
    pixmap.fill(Qt::transparent);
    QPainter painter(&pixmap);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setPen(Qt::NoPen);
    painter.setBrush(colour);
    const qreal s = size * 2;
    painter.drawEllipse(QRectF(s * 0.04, s * 0.04, s * 0.92, s * 0.92));
    QPen pen(Qt::white);
    pen.setWidthF(s * 0.11);
    pen.setCapStyle(Qt::RoundCap);
    pen.setJoinStyle(Qt::RoundJoin);
    painter.setPen(pen);
    painter.setBrush(Qt::NoBrush);
    sign(painter, s);
    painter.end();
    pixmap.setDevicePixelRatio(2.0);
    return QIcon(pixmap);
}

} // namespace

bool DomainCheckText::isKnown(const QString& id)
{
    return find(id) != nullptr;
}

QString DomainCheckText::title(const QString& id)
{
    const Words* w = find(id);
    return w ? tr(w->title) : id;
}

QString DomainCheckText::question(const QString& id)
{
    const Words* w = find(id);
    return w ? tr(w->question) : tr("What does this check mean?");
}

QString DomainCheckText::explanation(const QString& id)
{
    const Words* w = find(id);
    return w ? tr(w->explanation)
             : tr("This is one of the checks of what your domain publishes for mail (%1). Its summary and details "
                  "above say what was found; where something needs doing, the fix says what to publish or change.")
                   .arg(id);
}

QString DomainCheckText::statusWord(DomainCheckResult::Status status)
{
    switch (status) {
    case DomainCheckResult::Status::Pass:
        return tr("Pass");
    case DomainCheckResult::Status::Warn:
        return tr("Warning");
    case DomainCheckResult::Status::Fail:
        return tr("Fail");
    case DomainCheckResult::Status::Info:
        break;
    }
    return tr("Info");
}

QString DomainCheckText::pendingWord()
{
    return tr("Checking…");
}

QIcon DomainCheckText::statusIcon(DomainCheckResult::Status status, int size)
{
    switch (status) {
    case DomainCheckResult::Status::Pass:
        return light(statusColour(status), size, [](QPainter& p, qreal s) {
            const QPointF tick[] = {QPointF(s * 0.28, s * 0.52), QPointF(s * 0.44, s * 0.68),
                                    QPointF(s * 0.72, s * 0.34)};
            p.drawPolyline(tick, 3);
        });
    case DomainCheckResult::Status::Warn:
        return light(statusColour(status), size, [](QPainter& p, qreal s) {
            p.drawLine(QPointF(s * 0.5, s * 0.26), QPointF(s * 0.5, s * 0.56));
            p.drawPoint(QPointF(s * 0.5, s * 0.74));
        });
    case DomainCheckResult::Status::Fail:
        return light(statusColour(status), size, [](QPainter& p, qreal s) {
            p.drawLine(QPointF(s * 0.33, s * 0.33), QPointF(s * 0.67, s * 0.67));
            p.drawLine(QPointF(s * 0.67, s * 0.33), QPointF(s * 0.33, s * 0.67));
        });
    case DomainCheckResult::Status::Info:
        break;
    }
    return light(statusColour(status), size, [](QPainter& p, qreal s) {
        p.drawPoint(QPointF(s * 0.5, s * 0.28));
        p.drawLine(QPointF(s * 0.5, s * 0.46), QPointF(s * 0.5, s * 0.74));
    });
}

QIcon DomainCheckText::pendingIcon(int size)
{
    return light(QColor(0x9a, 0x99, 0x96), size, [](QPainter& p, qreal s) {
        for (const qreal x : {0.3, 0.5, 0.7})
            p.drawPoint(QPointF(s * x, s * 0.5));
    });
}

QIcon DomainCheckText::pageIcon(int size)
{
    QPixmap pixmap(size * 2, size * 2);
    pixmap.fill(Qt::transparent);
    QPainter painter(&pixmap);
    painter.setRenderHint(QPainter::Antialiasing);
    const qreal s = size * 2;
    painter.setPen(Qt::NoPen);
    painter.setBrush(QColor(0x3d, 0x38, 0x46));
    painter.drawRoundedRect(QRectF(s * 0.28, s * 0.02, s * 0.44, s * 0.96), s * 0.12, s * 0.12);
    const DomainCheckResult::Status lights[] = {DomainCheckResult::Status::Fail, DomainCheckResult::Status::Warn,
                                                DomainCheckResult::Status::Pass};
    for (int i = 0; i < 3; ++i) {
        painter.setBrush(statusColour(lights[i]));
        painter.drawEllipse(QRectF(s * 0.36, s * (0.08 + 0.3 * i), s * 0.28, s * 0.28));
    }
    painter.end();
    pixmap.setDevicePixelRatio(2.0);
    return QIcon(pixmap);
}

} // namespace Postino

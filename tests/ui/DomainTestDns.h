#pragma once

#include "FakeDnsResolver.h"

#include <QFile>
#include <QHostAddress>
#include <QStringList>

namespace Postino::Test {

// The DNS of the GUI's domain tests (FakeDnsResolver): example.com is healthy (MX, SPF allowing
// smtp.example.com = 192.0.2.25, a 2048-bit DKIM key at "mail", DMARC p=reject, forward-confirmed reverse
// DNS, MTA-STS and TLS-RPT records); example.net has an MX and nothing else (no SPF, no DKIM, no DMARC);
// gmail.com has Google's SPF and DKIM, so mail From @gmail.com through smtp.example.com fails alignment.
inline QStringList dkimRecordStrings(const char* keyFile)
{
    QFile file(qEnvironmentVariable("POSTINO_SOURCE_DIR") + QStringLiteral("/tests/domain/keys/")
               + QString::fromUtf8(keyFile));
    if (!file.open(QIODevice::ReadOnly))
        qFatal("missing test key %s", keyFile);
    const QString text = QStringLiteral("v=DKIM1; k=rsa; p=") + QString::fromLatin1(file.readAll().trimmed());
    QStringList strings;
    for (qsizetype i = 0; i < text.size(); i += 255)
        strings.append(text.mid(i, 255));
    return strings;
}

inline void addHealthyDomain(FakeDnsResolver& dns)
{
    dns.mx.insert(QStringLiteral("example.com"), {MxRecord {QStringLiteral("mx.example.com"), 10}});
    dns.a.insert(QStringLiteral("mx.example.com"), {QHostAddress(QStringLiteral("192.0.2.10"))});
    dns.a.insert(QStringLiteral("smtp.example.com"), {QHostAddress(QStringLiteral("192.0.2.25"))});
    dns.addTxt(QStringLiteral("example.com"), {QStringLiteral("v=spf1 ip4:192.0.2.25 mx -all")});
    dns.addTxt(QStringLiteral("mail._domainkey.example.com"), dkimRecordStrings("rsa2048.spki.b64"));
    dns.addTxt(QStringLiteral("_dmarc.example.com"),
               {QStringLiteral("v=DMARC1; p=reject; rua=mailto:dmarc@example.com")});
    dns.ptr.insert(QStringLiteral("192.0.2.25"), {QStringLiteral("smtp.example.com")});
    dns.addTxt(QStringLiteral("_mta-sts.example.com"), {QStringLiteral("v=STSv1; id=20240101")});
    dns.addTxt(QStringLiteral("_smtp._tls.example.com"), {QStringLiteral("v=TLSRPTv1; rua=mailto:tls@example.com")});
}

inline void addBareDomain(FakeDnsResolver& dns)
{
    dns.mx.insert(QStringLiteral("example.net"), {MxRecord {QStringLiteral("mx.example.net"), 10}});
    dns.a.insert(QStringLiteral("mx.example.net"), {QHostAddress(QStringLiteral("198.51.100.10"))});
}

inline void addGmail(FakeDnsResolver& dns)
{
    dns.mx.insert(QStringLiteral("gmail.com"), {MxRecord {QStringLiteral("gmail-smtp-in.l.google.com"), 5}});
    dns.a.insert(QStringLiteral("gmail-smtp-in.l.google.com"), {QHostAddress(QStringLiteral("209.85.202.26"))});
    dns.addTxt(QStringLiteral("gmail.com"), {QStringLiteral("v=spf1 ip4:209.85.128.0/17 ~all")});
    dns.addTxt(QStringLiteral("google._domainkey.gmail.com"), dkimRecordStrings("rsa2048.spki.b64"));
    dns.addTxt(QStringLiteral("_dmarc.gmail.com"), {QStringLiteral("v=DMARC1; p=none; sp=quarantine")});
}

} // namespace Postino::Test

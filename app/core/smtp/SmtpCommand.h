#pragma once

#include <QByteArray>
#include <QString>

namespace Postino {

// One client line as it goes on the wire, together with the form the transcript shows. The transcript
// form is fixed when the command is built, so secrets are redacted by construction: the client's only
// send path takes SmtpCommand objects, and there is no constructor that shows an AUTH payload.
class SmtpCommand
{
public:
    // An ordinary command ("EHLO host", "MAIL FROM:<a@b>"), shown as sent.
    [[nodiscard]] static SmtpCommand plain(const QByteArray& line);
    // "AUTH MECH [initial-response]" (the response already base64, or "=" for an empty one);
    // shown as "AUTH MECH <redacted>" (or "AUTH MECH" when there is no initial response).
    [[nodiscard]] static SmtpCommand auth(const QByteArray& mechanism, const QByteArray& initialResponse = {});
    // A line inside a 334 exchange: always shown as "<redacted>".
    [[nodiscard]] static SmtpCommand secret(const QByteArray& line);

    // The bytes to send, CRLF included.
    [[nodiscard]] QByteArray wire() const { return m_line + "\r\n"; }
    // What the transcript shows after "C: ".
    [[nodiscard]] const QString& transcriptText() const { return m_shown; }
    // The command verb, upper case ("MAIL", "AUTH", ...); empty for secret lines.
    [[nodiscard]] QByteArray verb() const;

private:
    SmtpCommand(QByteArray line, QString shown);
    QByteArray m_line;
    QString m_shown;
};

} // namespace Postino

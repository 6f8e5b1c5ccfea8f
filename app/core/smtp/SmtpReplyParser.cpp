#include "SmtpReplyParser.h"

namespace Postino {

namespace {
bool isDigit(char c)
{
    return c >= '0' && c <= '9';
}

// "c.x.y " at the start of text, c matching the reply class: returns its length (without the space).
qsizetype enhancedCodeLength(const QByteArray& text, int code)
{
    if (text.size() < 5 || text.at(0) != char('0' + code / 100) || text.at(1) != '.')
        return 0;
    qsizetype i = 2;
    int digits = 0;
    while (i < text.size() && isDigit(text.at(i)) && digits < 3) {
        ++i;
        ++digits;
    }
    if (digits == 0 || i >= text.size() || text.at(i) != '.')
        return 0;
    ++i;
    digits = 0;
    while (i < text.size() && isDigit(text.at(i)) && digits < 3) {
        ++i;
        ++digits;
    }
    if (digits == 0)
        return 0;
    if (i < text.size() && text.at(i) != ' ')
        return 0;
    return i;
}
} // namespace

SmtpReplyParser::SmtpReplyParser()
    : SmtpReplyParser(Limits())
{ }

SmtpReplyParser::SmtpReplyParser(const Limits& limits)
    : m_limits(limits)
{ }

void SmtpReplyParser::reset()
{
    m_enhanced = false;
    m_partial.clear();
    m_current = Parsed();
    m_replies.clear();
    m_error.clear();
}

qsizetype SmtpReplyParser::pendingBytes() const
{
    qsizetype total = m_partial.size() + m_current.bytes;
    for (const Parsed& parsed : m_replies)
        total += parsed.bytes;
    return total;
}

bool SmtpReplyParser::setError(const QString& message)
{
    if (m_error.isEmpty())
        m_error = message;
    m_partial.clear();
    m_current = Parsed();
    return false;
}

bool SmtpReplyParser::feed(const QByteArray& bytes)
{
    if (hasError())
        return false;
    qsizetype pos = 0;
    while (pos < bytes.size()) {
        const qsizetype lf = bytes.indexOf('\n', pos);
        const qsizetype end = lf < 0 ? bytes.size() : lf + 1;
        // Checked before copying anything: a 10 MB line fails after maxLineLength octets.
        if (m_partial.size() + (end - pos) > m_limits.maxLineLength) {
            return setError(tr("The server sent a line longer than %1 bytes, which SMTP does not allow.")
                                .arg(m_limits.maxLineLength));
        }
        m_partial.append(bytes.constData() + pos, end - pos);
        pos = end;
        if (lf < 0)
            break;
        QByteArray line;
        line.swap(m_partial);
        const qsizetype rawSize = line.size();
        line.chop(1); // LF
        if (line.endsWith('\r'))
            line.chop(1);
        if (!processLine(line, rawSize))
            return false;
    }
    return true;
}

bool SmtpReplyParser::processLine(QByteArray line, qsizetype rawSize)
{
    const QByteArray shown = line.left(80);
    if (line.size() < 3 || !isDigit(line.at(0)) || !isDigit(line.at(1)) || !isDigit(line.at(2))) {
        return setError(tr("The server sent a line that is not an SMTP reply (no three-digit code): \"%1\".")
                            .arg(QString::fromUtf8(shown)));
    }
    const int code = line.left(3).toInt();
    if (code < 200 || code > 599) {
        return setError(tr("The server sent the reply code %1, which is outside SMTP's 2xx-5xx range.").arg(code));
    }
    bool last = true;
    QByteArray text;
    if (line.size() > 3) {
        const char separator = line.at(3);
        if (separator == '-')
            last = false;
        else if (separator != ' ')
            return setError(tr("The server sent a reply line without the space or hyphen after its code: \"%1\".")
                                .arg(QString::fromUtf8(shown)));
        text = line.mid(4);
    }
    if (!m_current.raw.isEmpty() && m_current.reply.code != code) {
        return setError(tr("The server changed the reply code from %1 to %2 in the middle of a multi-line reply.")
                            .arg(m_current.reply.code)
                            .arg(code));
    }
    if (m_current.raw.size() + 1 > m_limits.maxLines) {
        return setError(tr("The server sent a reply of more than %1 lines.").arg(m_limits.maxLines));
    }
    if (m_current.bytes + rawSize > m_limits.maxReplySize) {
        return setError(tr("The server sent a reply larger than %1 bytes.").arg(m_limits.maxReplySize));
    }
    if (m_current.raw.isEmpty())
        m_current.reply.code = code;
    m_current.bytes += rawSize;
    m_current.raw.append(line);
    if (m_enhanced) {
        const qsizetype length = enhancedCodeLength(text, code);
        if (length > 0) {
            if (m_current.reply.enhanced.isEmpty())
                m_current.reply.enhanced = text.left(length);
            text = text.mid(length + 1);
        }
    }
    m_current.reply.lines.append(text);
    if (last) {
        m_replies.enqueue(m_current);
        m_current = Parsed();
    }
    return true;
}

SmtpReply SmtpReplyParser::takeReply(QList<QByteArray>* raw)
{
    if (m_replies.isEmpty())
        return {};
    Parsed parsed = m_replies.dequeue();
    if (raw)
        *raw = parsed.raw;
    return parsed.reply;
}

} // namespace Postino

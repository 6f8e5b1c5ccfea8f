#include "DotStuffer.h"

namespace Postino {

QByteArray DotStuffer::feed(const char* data, qint64 size)
{
    QByteArray out;
    out.reserve(static_cast<qsizetype>(size + size / 8 + 16));
    qint64 i = 0;
    while (i < size) {
        const char c = data[i];
        if (c == '\r') {
            out.append("\r\n");
            m_atLineStart = true;
            m_previousCr = true;
            ++i;
            continue;
        }
        if (c == '\n') {
            if (!m_previousCr) {
                out.append("\r\n");
                m_atLineStart = true;
            }
            m_previousCr = false;
            ++i;
            continue;
        }
        m_previousCr = false;
        if (m_stuff && m_atLineStart && c == '.')
            out.append('.');
        m_atLineStart = false;
        // The rest of the line goes in one piece.
        qint64 end = i + 1;
        while (end < size && data[end] != '\r' && data[end] != '\n')
            ++end;
        out.append(data + i, static_cast<qsizetype>(end - i));
        i = end;
    }
    return out;
}

QByteArray DotStuffer::terminator() const
{
    QByteArray tail;
    if (!m_atLineStart)
        tail += "\r\n";
    if (m_stuff)
        tail += ".\r\n";
    return tail;
}

} // namespace Postino

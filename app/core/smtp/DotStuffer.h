#pragma once

#include <QByteArray>

namespace Postino {

// Turns a message, fed in chunks of any size, into the bytes that follow DATA's 354 (RFC 5321 section
// 4.5.2), carrying its state across chunk boundaries:
// - every line ends in CRLF: a CR is a line end (and a LF right after it belongs to it, even in the next
//   chunk), a LF without a CR before it is one too;
// - a line that starts with '.' gets another '.' in front, the first line included;
// - terminator() ends the stream: CRLF if the last line is still open, then ".\r\n".
// Pure: no I/O, no Qt objects. The output of feed() for a chunk depends only on the chunks before it.
//
// Mode::Bdat is the same stream for BDAT (RFC 3030), which carries the message as it is: the same line
// ends, no dot-stuffing, and terminator() only closes an open last line (no final dot), so that a
// message arrives the same whether it went with DATA or with BDAT.
class DotStuffer
{
public:
    enum class Mode { Data, Bdat };
    explicit DotStuffer(Mode mode = Mode::Data)
        : m_stuff(mode == Mode::Data)
    { }

    // The DATA (or BDAT) form of the next size bytes of the message.
    [[nodiscard]] QByteArray feed(const char* data, qint64 size);
    [[nodiscard]] QByteArray feed(const QByteArray& data) { return feed(data.constData(), data.size()); }
    // What ends the stream after everything fed so far: CRLF if the last line is open, then (Mode::Data)
    // the final dot.
    [[nodiscard]] QByteArray terminator() const;
    // Whether the output so far ends at the start of a line (nothing fed yet, or a line end last).
    [[nodiscard]] bool atLineStart() const { return m_atLineStart; }

private:
    bool m_stuff = true;
    bool m_atLineStart = true;
    bool m_previousCr = false;
};

} // namespace Postino

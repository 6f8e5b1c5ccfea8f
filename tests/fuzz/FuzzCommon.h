#pragma once

// What every fuzz target shares: a check that stops the fuzzer with the invariant it broke (a failed check
// is a finding as much as a crash), and a reader that cuts one input into the pieces a structured target
// needs (libFuzzer's FuzzedDataProvider, written for Qt types).

#include <QByteArray>
#include <QString>

#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>

#define FUZZ_CHECK(condition)                                                                                          \
    do {                                                                                                               \
        if (!(condition)) {                                                                                            \
            std::fprintf(stderr, "invariant broken: %s (%s:%d)\n", #condition, __FILE__, __LINE__);                    \
            std::abort();                                                                                              \
        }                                                                                                              \
    } while (false)

namespace Postino::Fuzz {

inline QByteArray bytes(const std::uint8_t* data, std::size_t size)
{
    return QByteArray(reinterpret_cast<const char*>(data), static_cast<qsizetype>(size));
}

// Takes pieces from the front of an input; runs out gracefully (empty pieces, zeros).
class Input
{
public:
    Input(const std::uint8_t* data, std::size_t size)
        : m_data(data)
        , m_size(size)
    { }

    [[nodiscard]] bool atEnd() const { return m_size == 0; }
    [[nodiscard]] std::uint8_t byte()
    {
        if (m_size == 0)
            return 0;
        const std::uint8_t b = *m_data;
        ++m_data;
        --m_size;
        return b;
    }
    [[nodiscard]] bool flag() { return (byte() & 1) != 0; }
    // A piece of at most max bytes, its length taken from the input first.
    [[nodiscard]] QByteArray piece(std::size_t max = 255)
    {
        std::size_t n = byte();
        if (max > 255)
            n = (n << 8) | byte();
        n = n % (max + 1);
        if (n > m_size)
            n = m_size;
        QByteArray out = bytes(m_data, n);
        m_data += n;
        m_size -= n;
        return out;
    }
    [[nodiscard]] QString text(std::size_t max = 255) { return QString::fromUtf8(piece(max)); }
    [[nodiscard]] QByteArray rest()
    {
        QByteArray out = bytes(m_data, m_size);
        m_data += m_size;
        m_size = 0;
        return out;
    }

private:
    const std::uint8_t* m_data;
    std::size_t m_size;
};

// The longest line of bytes (CRLF or a bare LF or CR ends one); bare CR or LF found set *bare.
inline qsizetype longestLine(const QByteArray& text, bool* bare)
{
    qsizetype longest = 0;
    qsizetype start = 0;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const char c = text.at(i);
        if (c == '\r' && i + 1 < text.size() && text.at(i + 1) == '\n') {
            longest = qMax(longest, i - start);
            start = i + 2;
            ++i;
        } else if (c == '\r' || c == '\n') {
            *bare = true;
            longest = qMax(longest, i - start);
            start = i + 1;
        }
    }
    return qMax(longest, text.size() - start);
}

} // namespace Postino::Fuzz

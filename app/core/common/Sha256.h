#pragma once

#include <QByteArray>
#include <QByteArrayView>

#include <array>
#include <cstdint>

namespace Postino {

// SHA-256 (FIPS 180-4), for the outbox's integrity checks: every queued message is hashed once when it
// is written and again as it streams to the server, so this is on the path of every message. On CPUs
// with the SHA extensions (Intel since Goldmont and Ice Lake, AMD since Zen) the compression function
// uses them, several times faster than QCryptographicHash's portable code; elsewhere a portable
// implementation runs. Both give the same digests as QCryptographicHash::Sha256 (tested).
class Sha256
{
public:
    enum class Engine { Auto, Portable, ShaExtensions };

    // Auto: the SHA extensions when the CPU has them. Asking for ShaExtensions on a CPU without them
    // falls back to Portable (see engine()).
    explicit Sha256(Engine engine = Engine::Auto);

    void addData(QByteArrayView data);
    // The 32-byte digest; the object is reset afterwards.
    [[nodiscard]] QByteArray result();
    void reset();
    [[nodiscard]] Engine engine() const { return m_engine; }

    [[nodiscard]] static QByteArray hash(QByteArrayView data);
    // Lower-case hexadecimal, as the outbox stores it.
    [[nodiscard]] static QByteArray hashHex(QByteArrayView data) { return hash(data).toHex(); }
    [[nodiscard]] static bool cpuHasShaExtensions();

private:
    void compress(const unsigned char* blocks, std::size_t count);

    Engine m_engine;
    std::array<std::uint32_t, 8> m_state {};
    std::array<unsigned char, 64> m_buffer {};
    std::size_t m_buffered = 0;
    std::uint64_t m_length = 0; // bytes
};

} // namespace Postino

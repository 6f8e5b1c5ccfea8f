#include "Sha256.h"

#include <cstring>

#if (defined(__x86_64__) || defined(__i386__)) && (defined(__GNUC__) || defined(__clang__))
#define POSTINO_SHA_X86 1
#include <cpuid.h>
#include <immintrin.h>
#endif

namespace Postino {

namespace {

constexpr std::array<std::uint32_t, 8> kInitial {0x6a09e667, 0xbb67ae85, 0x3c6ef372, 0xa54ff53a,
                                                 0x510e527f, 0x9b05688c, 0x1f83d9ab, 0x5be0cd19};

alignas(16) constexpr std::uint32_t kRound[64] = {
    0x428a2f98, 0x71374491, 0xb5c0fbcf, 0xe9b5dba5, 0x3956c25b, 0x59f111f1, 0x923f82a4, 0xab1c5ed5,
    0xd807aa98, 0x12835b01, 0x243185be, 0x550c7dc3, 0x72be5d74, 0x80deb1fe, 0x9bdc06a7, 0xc19bf174,
    0xe49b69c1, 0xefbe4786, 0x0fc19dc6, 0x240ca1cc, 0x2de92c6f, 0x4a7484aa, 0x5cb0a9dc, 0x76f988da,
    0x983e5152, 0xa831c66d, 0xb00327c8, 0xbf597fc7, 0xc6e00bf3, 0xd5a79147, 0x06ca6351, 0x14292967,
    0x27b70a85, 0x2e1b2138, 0x4d2c6dfc, 0x53380d13, 0x650a7354, 0x766a0abb, 0x81c2c92e, 0x92722c85,
    0xa2bfe8a1, 0xa81a664b, 0xc24b8b70, 0xc76c51a3, 0xd192e819, 0xd6990624, 0xf40e3585, 0x106aa070,
    0x19a4c116, 0x1e376c08, 0x2748774c, 0x34b0bcb5, 0x391c0cb3, 0x4ed8aa4a, 0x5b9cca4f, 0x682e6ff3,
    0x748f82ee, 0x78a5636f, 0x84c87814, 0x8cc70208, 0x90befffa, 0xa4506ceb, 0xbef9a3f7, 0xc67178f2};

inline std::uint32_t rotr(std::uint32_t x, int n)
{
    return (x >> n) | (x << (32 - n));
}

inline std::uint32_t loadBigEndian(const unsigned char* p)
{
    return (std::uint32_t(p[0]) << 24) | (std::uint32_t(p[1]) << 16) | (std::uint32_t(p[2]) << 8) | std::uint32_t(p[3]);
}

void compressPortable(std::uint32_t* state, const unsigned char* blocks, std::size_t count)
{
    for (; count > 0; --count, blocks += 64) {
        std::uint32_t w[64];
        for (int t = 0; t < 16; ++t)
            w[t] = loadBigEndian(blocks + 4 * t);
        for (int t = 16; t < 64; ++t) {
            const std::uint32_t s0 = rotr(w[t - 15], 7) ^ rotr(w[t - 15], 18) ^ (w[t - 15] >> 3);
            const std::uint32_t s1 = rotr(w[t - 2], 17) ^ rotr(w[t - 2], 19) ^ (w[t - 2] >> 10);
            w[t] = w[t - 16] + s0 + w[t - 7] + s1;
        }
        std::uint32_t a = state[0], b = state[1], c = state[2], d = state[3];
        std::uint32_t e = state[4], f = state[5], g = state[6], h = state[7];
        for (int t = 0; t < 64; ++t) {
            const std::uint32_t t1 =
                h + (rotr(e, 6) ^ rotr(e, 11) ^ rotr(e, 25)) + ((e & f) ^ (~e & g)) + kRound[t] + w[t];
            const std::uint32_t t2 = (rotr(a, 2) ^ rotr(a, 13) ^ rotr(a, 22)) + ((a & b) ^ (a & c) ^ (b & c));
            h = g;
            g = f;
            f = e;
            e = d + t1;
            d = c;
            c = b;
            b = a;
            a = t1 + t2;
        }
        state[0] += a;
        state[1] += b;
        state[2] += c;
        state[3] += d;
        state[4] += e;
        state[5] += f;
        state[6] += g;
        state[7] += h;
    }
}

#ifdef POSTINO_SHA_X86
// The SHA extensions work on the state as two registers, ABEF and CDGH, four rounds per pair of
// sha256rnds2; sha256msg1/msg2 compute the message schedule four words at a time.
__attribute__((target("sha,sse4.1,ssse3"))) void compressShaExtensions(std::uint32_t* state,
                                                                       const unsigned char* blocks, std::size_t count)
{
    // state[0..3] = A B C D and state[4..7] = E F G H, as little-endian 32-bit lanes.
    const __m128i dcba = _mm_shuffle_epi32(_mm_loadu_si128(reinterpret_cast<const __m128i*>(state)), 0xB1); // CDAB
    const __m128i efgh = _mm_shuffle_epi32(_mm_loadu_si128(reinterpret_cast<const __m128i*>(state + 4)), 0x1B);
    __m128i abef = _mm_alignr_epi8(dcba, efgh, 8);
    __m128i cdgh = _mm_blend_epi16(efgh, dcba, 0xF0);
    // Each 32-bit word of the message is big-endian.
    const __m128i byteSwap = _mm_set_epi64x(0x0c0d0e0f08090a0bULL, 0x0405060700010203ULL);

    for (; count > 0; --count, blocks += 64) {
        const __m128i savedAbef = abef;
        const __m128i savedCdgh = cdgh;
        __m128i w[4];
        for (int i = 0; i < 4; ++i)
            w[i] = _mm_shuffle_epi8(_mm_loadu_si128(reinterpret_cast<const __m128i*>(blocks + 16 * i)), byteSwap);
        for (int i = 0; i < 16; ++i) {
            __m128i& current = w[i % 4];
            if (i >= 4) {
                // W[t..t+3] from W[t-16..t-1]: current holds W[t-16..t-13] until it is replaced.
                const __m128i& previous = w[(i + 3) % 4]; // W[t-4..t-1]
                const __m128i& before = w[(i + 2) % 4]; // W[t-8..t-5]
                __m128i next = _mm_sha256msg1_epu32(current, w[(i + 1) % 4]);
                next = _mm_add_epi32(next, _mm_alignr_epi8(previous, before, 4)); // + W[t-7..t-4]
                current = _mm_sha256msg2_epu32(next, previous);
            }
            __m128i message = _mm_add_epi32(current, _mm_load_si128(reinterpret_cast<const __m128i*>(kRound + 4 * i)));
            cdgh = _mm_sha256rnds2_epu32(cdgh, abef, message);
            message = _mm_shuffle_epi32(message, 0x0E);
            abef = _mm_sha256rnds2_epu32(abef, cdgh, message);
        }
        abef = _mm_add_epi32(abef, savedAbef);
        cdgh = _mm_add_epi32(cdgh, savedCdgh);
    }

    const __m128i feba = _mm_shuffle_epi32(abef, 0x1B);
    const __m128i dchg = _mm_shuffle_epi32(cdgh, 0xB1);
    _mm_storeu_si128(reinterpret_cast<__m128i*>(state), _mm_blend_epi16(feba, dchg, 0xF0)); // DCBA
    _mm_storeu_si128(reinterpret_cast<__m128i*>(state + 4), _mm_alignr_epi8(dchg, feba, 8)); // HGFE
}
#endif

} // namespace

bool Sha256::cpuHasShaExtensions()
{
#ifdef POSTINO_SHA_X86
    static const bool has = [] {
        unsigned a = 0, b = 0, c = 0, d = 0;
        if (!__get_cpuid(1, &a, &b, &c, &d))
            return false;
        const bool ssse3 = (c & (1u << 9)) != 0;
        const bool sse41 = (c & (1u << 19)) != 0;
        if (!__get_cpuid_count(7, 0, &a, &b, &c, &d))
            return false;
        const bool sha = (b & (1u << 29)) != 0;
        return ssse3 && sse41 && sha;
    }();
    return has;
#else
    return false;
#endif
}

Sha256::Sha256(Engine engine)
    : m_engine(engine == Engine::Portable || !cpuHasShaExtensions() ? Engine::Portable : Engine::ShaExtensions)
{
    reset();
}

void Sha256::reset()
{
    m_state = kInitial;
    m_buffered = 0;
    m_length = 0;
}

void Sha256::compress(const unsigned char* blocks, std::size_t count)
{
#ifdef POSTINO_SHA_X86
    if (m_engine == Engine::ShaExtensions) {
        compressShaExtensions(m_state.data(), blocks, count);
        return;
    }
#endif
    compressPortable(m_state.data(), blocks, count);
}

void Sha256::addData(QByteArrayView data)
{
    auto p = reinterpret_cast<const unsigned char*>(data.data());
    std::size_t n = static_cast<std::size_t>(data.size());
    m_length += n;
    if (m_buffered > 0) {
        const std::size_t take = std::min(n, m_buffer.size() - m_buffered);
        std::memcpy(m_buffer.data() + m_buffered, p, take);
        m_buffered += take;
        p += take;
        n -= take;
        if (m_buffered < m_buffer.size())
            return;
        compress(m_buffer.data(), 1);
        m_buffered = 0;
    }
    if (n >= 64) {
        compress(p, n / 64);
        p += n / 64 * 64;
        n %= 64;
    }
    if (n > 0) {
        std::memcpy(m_buffer.data(), p, n);
        m_buffered = n;
    }
}

QByteArray Sha256::result()
{
    const std::uint64_t bits = m_length * 8;
    unsigned char tail[128] = {};
    std::memcpy(tail, m_buffer.data(), m_buffered);
    tail[m_buffered] = 0x80;
    const std::size_t blocks = m_buffered + 1 + 8 > 64 ? 2 : 1;
    for (int i = 0; i < 8; ++i)
        tail[blocks * 64 - 1 - i] = static_cast<unsigned char>(bits >> (8 * i));
    compress(tail, blocks);
    QByteArray digest(32, Qt::Uninitialized);
    for (int i = 0; i < 8; ++i) {
        digest[4 * i] = static_cast<char>(m_state[i] >> 24);
        digest[4 * i + 1] = static_cast<char>(m_state[i] >> 16);
        digest[4 * i + 2] = static_cast<char>(m_state[i] >> 8);
        digest[4 * i + 3] = static_cast<char>(m_state[i]);
    }
    reset();
    return digest;
}

QByteArray Sha256::hash(QByteArrayView data)
{
    Sha256 sha;
    sha.addData(data);
    return sha.result();
}

} // namespace Postino

#include "common/Crc32.h"

#include <QRandomGenerator>
#include <QTest>

using namespace Postino;

namespace {

// The definition, a bit at a time: what the fast one must agree with.
std::uint32_t crc32Bitwise(const QByteArray& data)
{
    std::uint32_t crc = 0xFFFFFFFFu;
    for (const char ch : data) {
        crc ^= static_cast<unsigned char>(ch);
        for (int k = 0; k < 8; ++k)
            crc = (crc & 1) ? 0xEDB88320u ^ (crc >> 1) : crc >> 1;
    }
    return ~crc;
}

} // namespace

class TestCrc32 : public QObject
{
    Q_OBJECT
private slots:
    void knownAnswers()
    {
        QCOMPARE(crc32(""), 0u);
        QCOMPARE(crc32("123456789"), 0xCBF43926u); // the catalogue's check value for CRC-32/ISO-HDLC
        QCOMPARE(crc32("The quick brown fox jumps over the lazy dog"), 0x414FA339u);
    }

    void agreesWithTheDefinitionAtEveryLengthAndAlignment()
    {
        QRandomGenerator random(32);
        QByteArray data(600, Qt::Uninitialized);
        for (char& c : data)
            c = static_cast<char>(random.bounded(256));
        for (int from = 0; from < 8; ++from) {
            for (int length = 0; length + from <= 300; ++length) {
                const QByteArray piece = data.mid(from, length);
                QCOMPARE(crc32(QByteArrayView(data.constData() + from, length)), crc32Bitwise(piece));
            }
        }
    }

    void continuesFromAPreviousValue()
    {
        const QByteArray a = "journal line, first half; ";
        const QByteArray b = "and the second half\n";
        QCOMPARE(crc32(b, crc32(a)), crc32(QByteArray(a + b)));
    }
};

QTEST_APPLESS_MAIN(TestCrc32)
#include "TestCrc32.moc"

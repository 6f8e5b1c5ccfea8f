#include "common/Sha256.h"

#include <QCryptographicHash>
#include <QRandomGenerator>
#include <QTest>

using namespace Postino;

// Our SHA-256 against Qt's, with both engines, over lengths that cross every padding case and inputs
// fed in pieces of every size.
class TestSha256 : public QObject
{
    Q_OBJECT
private:
    static QList<Sha256::Engine> engines()
    {
        QList<Sha256::Engine> out {Sha256::Engine::Portable};
        if (Sha256::cpuHasShaExtensions())
            out << Sha256::Engine::ShaExtensions;
        return out;
    }
    static QByteArray qtDigest(const QByteArray& data)
    {
        return QCryptographicHash::hash(data, QCryptographicHash::Sha256);
    }

private slots:
    void knownAnswers()
    {
        // FIPS 180-4 examples.
        for (Sha256::Engine engine : engines()) {
            Sha256 sha(engine);
            QCOMPARE(sha.result().toHex(),
                     QByteArray("e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855"));
            sha.addData("abc");
            QCOMPARE(sha.result().toHex(),
                     QByteArray("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"));
            sha.addData("abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq");
            QCOMPARE(sha.result().toHex(),
                     QByteArray("248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1"));
            const QByteArray million(1'000'000, 'a');
            sha.addData(million);
            QCOMPARE(sha.result().toHex(),
                     QByteArray("cdc76e5c9914fb9281a1c7e284d73e67f1809a48a497200e046d39ccc7112cd0"));
        }
    }

    void everyLengthMatchesQt()
    {
        QRandomGenerator random(20261123);
        for (int length = 0; length <= 300; ++length) {
            QByteArray data(length, Qt::Uninitialized);
            for (char& c : data)
                c = static_cast<char>(random.bounded(256));
            const QByteArray expected = qtDigest(data);
            for (Sha256::Engine engine : engines()) {
                Sha256 sha(engine);
                sha.addData(data);
                QCOMPARE(sha.result(), expected);
            }
            QCOMPARE(Sha256::hash(data), expected);
            QCOMPARE(Sha256::hashHex(data), expected.toHex());
        }
    }

    void piecesOfAnySizeGiveTheSameDigest()
    {
        QRandomGenerator random(7);
        QByteArray data(20'000, Qt::Uninitialized);
        for (char& c : data)
            c = static_cast<char>(random.bounded(256));
        const QByteArray expected = qtDigest(data);
        for (Sha256::Engine engine : engines()) {
            for (int round = 0; round < 50; ++round) {
                Sha256 sha(engine);
                qsizetype at = 0;
                while (at < data.size()) {
                    const qsizetype piece = qMin<qsizetype>(data.size() - at, random.bounded(1, 200));
                    sha.addData(QByteArrayView(data.constData() + at, piece));
                    at += piece;
                }
                QCOMPARE(sha.result(), expected);
            }
        }
    }

    void theEngineIsTheOneAskedForWhenTheCpuHasIt()
    {
        QCOMPARE(Sha256(Sha256::Engine::Portable).engine(), Sha256::Engine::Portable);
        QCOMPARE(Sha256(Sha256::Engine::ShaExtensions).engine(),
                 Sha256::cpuHasShaExtensions() ? Sha256::Engine::ShaExtensions : Sha256::Engine::Portable);
        if (!Sha256::cpuHasShaExtensions())
            qInfo("this CPU has no SHA extensions: only the portable engine was tested");
    }
};

QTEST_APPLESS_MAIN(TestSha256)
#include "TestSha256.moc"

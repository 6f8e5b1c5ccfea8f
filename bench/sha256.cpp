// SHA-256 throughput over messages of the outbox benchmark's size (10 KB): QCryptographicHash and
// Postino::Sha256 (portable, and with the CPU's SHA extensions), measured in the same run.
// Usage: postino-bench-sha256 [MESSAGE_BYTES] [MESSAGES]
#include "common/Sha256.h"

#include <QByteArray>
#include <QCryptographicHash>
#include <QElapsedTimer>

#include <cstdio>
#include <cstdlib>
#include <functional>

int main(int argc, char** argv)
{
    const int size = argc > 1 ? std::atoi(argv[1]) : 10240;
    const int count = argc > 2 ? std::atoi(argv[2]) : 20000;
    QByteArray message(size, 'x');
    for (int i = 0; i < size; ++i)
        message[i] = static_cast<char>('a' + i % 26);
    QByteArray sink;
    auto measure = [&](const char* name, const std::function<QByteArray(const QByteArray&)>& hash) {
        QElapsedTimer timer;
        timer.start();
        for (int i = 0; i < count; ++i) {
            message[i % size] = static_cast<char>(i);
            sink = hash(message);
        }
        const double seconds = static_cast<double>(timer.nsecsElapsed()) / 1e9;
        std::printf("%-28s %8.1f MB/s %8.2f us/message\n", name, double(size) * count / seconds / 1e6,
                    seconds / count * 1e6);
        return seconds;
    };
    const double qt = measure("QCryptographicHash", [](const QByteArray& m) {
        return QCryptographicHash::hash(m, QCryptographicHash::Sha256);
    });
    const double portable = measure("Sha256 portable", [](const QByteArray& m) {
        Postino::Sha256 sha(Postino::Sha256::Engine::Portable);
        sha.addData(m);
        return sha.result();
    });
    std::printf("portable vs Qt: %.2fx\n", qt / portable);
    if (Postino::Sha256::cpuHasShaExtensions()) {
        const double extensions = measure("Sha256 SHA extensions", [](const QByteArray& m) {
            Postino::Sha256 sha(Postino::Sha256::Engine::ShaExtensions);
            sha.addData(m);
            return sha.result();
        });
        std::printf("SHA extensions vs Qt: %.2fx\n", qt / extensions);
    } else {
        std::printf("this CPU has no SHA extensions\n");
    }
    return sink.size() == 32 ? 0 : 1;
}

#pragma once

#include <QFile>
#include <QPointer>
#include <QSslSocket>

namespace Postino::Test {

// A file whose reads are watched: how much does the SMTP client hold in buffers when it reads more?
class WatchedFile : public QFile
{
public:
    using QFile::QFile;
    QPointer<QSslSocket> socket; // the client's socket, found as its child
    qint64 maxBuffered = 0; // plaintext + ciphertext waiting in the socket when the client read on
    int reads = 0;

protected:
    qint64 readData(char* data, qint64 maxSize) override
    {
        ++reads;
        if (socket)
            maxBuffered = qMax(maxBuffered, socket->bytesToWrite() + socket->encryptedBytesToWrite());
        return QFile::readData(data, maxSize);
    }
};

} // namespace Postino::Test

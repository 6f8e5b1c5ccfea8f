#pragma once

#include "common/Sha256.h"

#include <QByteArray>
#include <QIODevice>
#include <QString>

namespace Postino {

// The stored message as the submission reads it, hashed on the way: its SHA-256 is known when the
// last byte has been read, before the final dot.
class HashingFile final : public QIODevice
{
public:
    explicit HashingFile(const QString& path)
        : m_path(path)
    { }
    ~HashingFile() override;
    bool open(OpenMode mode) override;
    [[nodiscard]] qint64 size() const override { return m_size; }
    [[nodiscard]] QString fileName() const { return m_path; }
    // Every byte was read and this is their SHA-256 (lower-case hex); empty before.
    [[nodiscard]] QByteArray sha256Hex();

protected:
    qint64 readData(char* data, qint64 maxSize) override;
    qint64 writeData(const char*, qint64) override { return -1; }

private:
    QString m_path;
    int m_fd = -1;
    Sha256 m_hash;
    QByteArray m_digest;
    qint64 m_size = 0;
    qint64 m_read = 0;
};

} // namespace Postino

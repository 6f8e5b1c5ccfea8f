#pragma once

#include "common/Error.h"
#include "mime/Address.h"
#include "mime/Envelope.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QString>

class QFile;
class QIODevice;

namespace Postino {

// A ready message on disk (.eml) sent as it is (postino-cli send --eml FILE): only its header section is
// read into memory (at most MaxHeaderBytes); the body is streamed when it is written. The transmitted
// form is the file without its Bcc (and Resent-Bcc) fields (and without a UTF-8 byte order mark some
// editors put first), every other byte unchanged. Line endings
// (LF-only files are read fine) and dot-stuffing are the SMTP client's business.
class RawMessage
{
    Q_DECLARE_TR_FUNCTIONS(Postino::RawMessage)
public:
    static constexpr qint64 MaxHeaderBytes = 1024 * 1024;

    // NoInput when the file does not exist; DataError when it cannot be read or is not a message (no
    // header lines, binary, an mbox "From " line, a header section over 1 MiB, an address header that
    // does not parse).
    [[nodiscard]] static Result<RawMessage> open(const QString& path);

    [[nodiscard]] const QString& path() const { return m_path; }
    [[nodiscard]] const QList<Address>& from() const { return m_from; }
    [[nodiscard]] const Address& sender() const { return m_sender; }
    [[nodiscard]] const QList<Address>& to() const { return m_to; }
    [[nodiscard]] const QList<Address>& cc() const { return m_cc; }
    [[nodiscard]] const QList<Address>& bcc() const { return m_bcc; }
    [[nodiscard]] const QByteArray& messageId() const { return m_messageId; } // "<...>" or empty
    [[nodiscard]] QString subject() const; // decoded
    // The first field with this name (case-insensitive), unfolded, without the name and colon; a null
    // QByteArray when there is none.
    [[nodiscard]] QByteArray headerValue(const QByteArray& name) const;

    // The default envelope: sender from Sender, else the first From; recipients To + Cc + Bcc,
    // de-duplicated; EightBitMime when the file has any byte above 127. Either part may be empty when the
    // headers lack it: use defaultEnvelope() for a checked one, or fill it from the command line.
    [[nodiscard]] Envelope envelope() const;
    // envelope(), with a DataError saying what is missing when there is no sender or no recipient.
    [[nodiscard]] Result<Envelope> defaultEnvelope() const;

    [[nodiscard]] qint64 fileSize() const { return m_fileSize; }
    // Octets writeTransmitted() writes.
    [[nodiscard]] qint64 transmittedSize() const;
    // The file without Bcc/Resent-Bcc fields, the body streamed in chunks. DataError when the file changed
    // size since open(); IoError when the device refuses bytes.
    Status writeTransmitted(QIODevice* out) const;

private:
    struct Field
    {
        QByteArray name;
        QByteArray raw; // the field as in the file, continuation lines and line endings included
        QByteArray value; // unfolded, after the colon, trimmed
    };
    [[nodiscard]] static bool isBcc(const QByteArray& name);
    // The steps of open().
    Status readHeaderSection(QFile* file);
    Status addHeaderLine(const QByteArray& line, int lineNumber);
    Status readAddressHeaders();
    void scanForEightBit(QFile* file);
    // DataError: the file is not a message, because of what this line is.
    [[nodiscard]] Error garbled(int lineNumber, const QString& why) const;

    QString m_path;
    QList<Field> m_fields;
    qint64 m_bodyOffset = 0; // where the empty line that ends the header section starts
    qint64 m_fileSize = 0;
    qint64 m_skipped = 0; // a UTF-8 byte order mark before the first header
    bool m_eightBit = false;
    QList<Address> m_from;
    Address m_sender;
    QList<Address> m_to;
    QList<Address> m_cc;
    QList<Address> m_bcc;
    QByteArray m_messageId;
};

} // namespace Postino

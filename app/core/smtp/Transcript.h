#pragma once

#include "common/Error.h"

#include <QFile>
#include <QObject>
#include <QStringList>

#include <memory>

namespace Postino {

class SmtpCommand;

// The SMTP dialogue, one line per protocol line (the CLI's --transcript and -v, the UI's log):
//   "C: EHLO host"        what the client sent (SmtpCommand::transcriptText(): AUTH payloads redacted)
//   "S: 250-smtp.test"    what the server sent, as sent
//   "-- TLS TLSv1.3 ..."  notes: where TLS starts, where the connection goes
// Client lines can only be added from SmtpCommand objects, so redaction happens by construction.
class Transcript : public QObject
{
    Q_OBJECT
public:
    explicit Transcript(QObject* parent = nullptr);
    ~Transcript() override;

    void addClient(const SmtpCommand& command);
    void addServer(const QByteArray& line);
    void addNote(const QString& note);
    // Adds every line source adds from now on (a user's --transcript following the sessions' own
    // transcripts). Lines only ever come from another Transcript, so redaction stays by construction.
    void follow(Transcript* source);

    [[nodiscard]] const QStringList& lines() const { return m_lines; }
    [[nodiscard]] QString text() const; // every line, each ending with '\n'
    void clear();

    // Writes the lines so far to path and then every new line as it comes (--transcript FILE).
    [[nodiscard]] Status writeTo(const QString& path);

signals:
    void lineAdded(const QString& line);

private:
    void add(const QString& line);
    QStringList m_lines;
    std::unique_ptr<QFile> m_file;
};

} // namespace Postino

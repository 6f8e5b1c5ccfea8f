#include "Transcript.h"

#include "smtp/SmtpCommand.h"

namespace Postino {

Transcript::Transcript(QObject* parent)
    : QObject(parent)
{ }

Transcript::~Transcript() = default;

void Transcript::addClient(const SmtpCommand& command)
{
    add(QStringLiteral("C: ") + command.transcriptText());
}

void Transcript::addServer(const QByteArray& line)
{
    add(QStringLiteral("S: ") + QString::fromUtf8(line));
}

void Transcript::follow(Transcript* source)
{
    connect(source, &Transcript::lineAdded, this, &Transcript::add);
}

void Transcript::addNote(const QString& note)
{
    add(QStringLiteral("-- ") + note);
}

QString Transcript::text() const
{
    QString all;
    for (const QString& line : m_lines)
        all += line + QLatin1Char('\n');
    return all;
}

void Transcript::clear()
{
    m_lines.clear();
}

Status Transcript::writeTo(const QString& path)
{
    auto file = std::make_unique<QFile>(path);
    if (!file->open(QIODevice::WriteOnly | QIODevice::Truncate | QIODevice::Text)) {
        return Error(
            ErrorKind::IoError,
            tr("Cannot write the transcript to %1: %2. Choose a writable file.").arg(path, file->errorString()));
    }
    file->write(text().toUtf8());
    file->flush();
    m_file = std::move(file);
    return {};
}

void Transcript::add(const QString& line)
{
    m_lines.append(line);
    if (m_file) {
        m_file->write(line.toUtf8() + '\n');
        m_file->flush();
    }
    emit lineAdded(line);
}

} // namespace Postino

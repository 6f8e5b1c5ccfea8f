#include "UserDictionary.h"
#include "common/Paths.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>

#include <cerrno>
#include <cstring>

namespace Postino {

namespace {
// A word list, not a document: a line longer than this is not a word, and a file past this size is not ours.
constexpr qsizetype MaxWordLength = 100;
constexpr qint64 MaxFileSize = 4 * 1024 * 1024;

QString injectedText(int error)
{
    return QString::fromLocal8Bit(std::strerror(error));
}
} // namespace

QString UserDictionary::defaultFileName()
{
    return QDir(Paths::configDir()).filePath(QStringLiteral("dictionary.txt"));
}

Result<QStringList> UserDictionary::read(const QString& fileName)
{
    QFile file(fileName);
    if (!file.exists())
        return QStringList();
    if (!file.open(QIODevice::ReadOnly))
        return Error(
            ErrorKind::IoError,
            tr("Cannot read your dictionary %1: %2").arg(QDir::toNativeSeparators(fileName), file.errorString()));
    if (file.size() > MaxFileSize)
        return Error(ErrorKind::DataError,
                     tr("Your dictionary %1 is larger than 4 MiB: it is not a word list")
                         .arg(QDir::toNativeSeparators(fileName)));
    QStringList words;
    const QList<QByteArray> lines = file.readAll().split('\n');
    for (const QByteArray& line : lines) {
        const QString word = QString::fromUtf8(line).trimmed();
        if (!word.isEmpty() && word.size() <= MaxWordLength && !words.contains(word))
            words.append(word);
    }
    return words;
}

Result<QStringList> UserDictionary::add(const QString& fileName, const QString& word, const WriteHook& hook)
{
    const QString clean = word.trimmed();
    if (clean.isEmpty() || clean.size() > MaxWordLength || clean.contains(u'\n') || clean.contains(u'\r'))
        return Error(ErrorKind::DataError, tr("“%1” is not a word that can be added to your dictionary").arg(clean));
    auto current = read(fileName);
    if (!current)
        return current.error();
    QStringList words = current.value();
    if (words.contains(clean))
        return words;
    words.append(clean);

    const QString where = QDir::toNativeSeparators(fileName);
    if (!QDir().mkpath(QFileInfo(fileName).absolutePath()))
        return Error(ErrorKind::IoError, tr("Cannot create the folder of your dictionary %1").arg(where));
    QSaveFile file(fileName);
    if (const int error = injectedError(hook, Disk::Step::WriteFile, fileName))
        return Error(ErrorKind::IoError, tr("Cannot write your dictionary %1: %2").arg(where, injectedText(error)));
    if (!file.open(QIODevice::WriteOnly))
        return Error(ErrorKind::IoError, tr("Cannot write your dictionary %1: %2").arg(where, file.errorString()));
    file.write(words.join(QLatin1Char('\n')).toUtf8() + '\n');
    if (!file.commit())
        return Error(ErrorKind::IoError, tr("Cannot write your dictionary %1: %2").arg(where, file.errorString()));
    return words;
}

} // namespace Postino

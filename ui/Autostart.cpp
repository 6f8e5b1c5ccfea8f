#include "Autostart.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>
#include <QStandardPaths>

namespace Postino {

QString Autostart::entryPath()
{
    // $XDG_CONFIG_HOME/autostart, the folder every XDG desktop reads at login.
    return QDir(QStandardPaths::writableLocation(QStandardPaths::GenericConfigLocation))
        .filePath(QStringLiteral("autostart/org.postino.Postino.desktop"));
}

bool Autostart::isEnabled()
{
    return QFile::exists(entryPath());
}

QByteArray Autostart::entry(const QString& program)
{
    // Exec quoting (Desktop Entry Specification): the path in double quotes, with ", `, $ and \ escaped; then
    // the string value's own escape doubles every backslash (so a literal one is written as four).
    QString quoted = program;
    for (const char c : {'\\', '"', '`', '$'})
        quoted.replace(QLatin1Char(c), QLatin1Char('\\') + QLatin1Char(c));
    quoted.replace(QLatin1String("\\"), QLatin1String("\\\\"));
    QByteArray text = "[Desktop Entry]\n"
                      "Type=Application\n"
                      "Name=Postino\n"
                      "Comment=Sends the messages that wait in the outbox\n"
                      "Comment[it]=Invia i messaggi in attesa nella posta in uscita\n";
    text += "Exec=\"" + quoted.toUtf8() + "\" " + minimizedOption().toUtf8() + '\n';
    text += "Icon=org.postino.Postino\n"
            "Terminal=false\n"
            "X-GNOME-Autostart-enabled=true\n"
            "X-KDE-autostart-after=panel\n";
    return text;
}

Status Autostart::setEnabled(bool enabled)
{
    const QString path = entryPath();
    if (!enabled) {
        if (QFile::exists(path) && !QFile::remove(path)) {
            return Error(ErrorKind::IoError,
                         tr("%1 could not be removed; remove it yourself to stop Postino starting at login.")
                             .arg(QDir::toNativeSeparators(path)));
        }
        return {};
    }
    QDir().mkpath(QFileInfo(path).absolutePath());
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(entry(QCoreApplication::applicationFilePath())) < 0
        || !file.commit()) {
        return Error(ErrorKind::IoError,
                     tr("%1 could not be written (%2); Postino will not start at login.")
                         .arg(QDir::toNativeSeparators(path), file.errorString()));
    }
    return {};
}

} // namespace Postino

// MainWindow: its settings, written on m_writer's thread: the window's size and layout (restored at the
// next start) and the language (the Language menu; it applies at the next start).
#include "MainWindow.h"

#include "common/Paths.h"
#include "common/Settings.h"

#include "MessageBox.h"
#include "Translations.h"

#include <QAction>
#include <QActionGroup>
#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QMenu>
#include <QSettings>
#include <QSplitter>
#include <QStandardPaths>

namespace Postino {

namespace {
// The window's settings keys, in one place.
namespace Keys {
const QString Geometry = QStringLiteral("MainWindow/geometry");
const QString State = QStringLiteral("MainWindow/state");
const QString Splitter = QStringLiteral("MainWindow/splitter");
} // namespace Keys

// Where earlier versions wrote the window's settings by mistake: QSettings' default file, with no
// organisation name set ("Unknown Organization/postino.conf" in the user's config folder).
QString strayFileName()
{
    return QDir(QStandardPaths::writableLocation(QStandardPaths::GenericConfigLocation))
        .filePath(QStringLiteral("Unknown Organization/") + QCoreApplication::applicationName()
                  + QStringLiteral(".conf"));
}
} // namespace

QString MainWindow::windowStateFileName()
{
    return QDir(Paths::configDir()).filePath(QStringLiteral("window.ini"));
}

void MainWindow::restoreWindowState()
{
    QSettings settings(windowStateFileName(), QSettings::IniFormat);
    const QString stray = strayFileName();
    if (!settings.contains(Keys::Geometry) && QFile::exists(stray)) {
        // Moved next to Postino's other settings, off the GUI thread; read from the old file this once.
        const QSettings old(stray, QSettings::IniFormat);
        QHash<QString, QVariant> values;
        for (const QString& key : {Keys::Geometry, Keys::State, Keys::Splitter}) {
            if (old.contains(key))
                values.insert(key, old.value(key));
        }
        m_writer.run([fileName = windowStateFileName(), stray, values] {
            QSettings moved(fileName, QSettings::IniFormat);
            for (auto it = values.cbegin(); it != values.cend(); ++it)
                moved.setValue(it.key(), it.value());
            moved.sync();
            if (moved.status() == QSettings::NoError && QFile::remove(stray))
                QDir().rmdir(QFileInfo(stray).absolutePath()); // only when empty
        });
        applyWindowState(values.value(Keys::Geometry).toByteArray(), values.value(Keys::State).toByteArray(),
                         values.value(Keys::Splitter).toByteArray());
        return;
    }
    applyWindowState(settings.value(Keys::Geometry).toByteArray(), settings.value(Keys::State).toByteArray(),
                     settings.value(Keys::Splitter).toByteArray());
}

void MainWindow::applyWindowState(const QByteArray& geometry, const QByteArray& state, const QByteArray& splitter)
{
    if (!geometry.isEmpty())
        restoreGeometry(geometry);
    if (!state.isEmpty())
        restoreState(state);
    if (!splitter.isEmpty())
        m_splitter->restoreState(splitter);
}

// QSettings does not write in setValue(): it posts itself an update request and writes the whole file
// from the event loop, in sync(), or in its destructor when changes are pending. Each write takes a
// lock file and writes the file through QSaveFile, with an fdatasync() for each (seen with strace on
// Qt 6.4.2). With a QSettings on the GUI thread all of these wait for the disk there, so
// the settings are written on m_writer's thread instead, by a QSettings of its own (QSettings is
// reentrant, and safe on the same file from several threads).
void MainWindow::saveWindowState()
{
    const QByteArray geometry = saveGeometry();
    const QByteArray state = saveState();
    const QByteArray splitter = m_splitter->saveState();
    m_writer.run([hook = m_hook, geometry, state, splitter, fileName = windowStateFileName()] {
        QSettings settings(fileName, QSettings::IniFormat);
        if (injectedError(hook, Disk::Step::WriteFile, settings.fileName()) != 0)
            return; // only the window's size and layout: the next start uses the defaults
        settings.setValue(Keys::Geometry, geometry);
        settings.setValue(Keys::State, state);
        settings.setValue(Keys::Splitter, splitter);
        settings.sync();
    });
}

void MainWindow::chooseLanguage(const QString& language)
{
    m_writer.run(
        [hook = m_hook, language] {
            Settings settings(Settings::defaultFileName());
            bool written = false;
            if (injectedError(hook, Disk::Step::WriteFile, settings.fileName()) == 0) {
                settings.setValue(Settings::Key::UiLanguage, language);
                written = settings.sync();
            }
            return std::make_pair(written, settings.fileName());
        },
        this,
        [this, language](const std::pair<bool, QString>& outcome) {
            const auto& [written, fileName] = outcome;
            if (written) {
                offerRestart(language);
                return;
            }
            // The menu shows the stored choice again.
            const QString stored = Settings(fileName).stringValue(Settings::Key::UiLanguage);
            if (auto* kept = findChild<QAction*>(QStringLiteral("languageAction_")
                                                 + (stored.isEmpty() ? QStringLiteral("system") : stored)))
                kept->setChecked(true);
            MessageBox::information(this, tr("Language"),
                                    tr("The language could not be saved in %1. Check that the folder is "
                                       "writable and the disk not full.")
                                        .arg(QDir::toNativeSeparators(fileName)));
        });
}

// Said in the language just chosen, not in the one Postino speaks now.
void MainWindow::offerRestart(const QString& language)
{
    static const char* const context = "Postino::MainWindow";
    const auto say = [&language](const char* source) { return Translations::translate(language, context, source); };
    const QMessageBox::StandardButton answer = MessageBox::ask(
        this, QMessageBox::Question, say(QT_TRANSLATE_NOOP("Postino::MainWindow", "Language")),
        say(QT_TRANSLATE_NOOP("Postino::MainWindow",
                              "Postino speaks the new language from its next start. Restart it now? Nothing is "
                              "lost: drafts are saved and the outbox keeps every message.")),
        QMessageBox::Yes | QMessageBox::No, QMessageBox::Yes,
        {{QMessageBox::Yes, say(QT_TRANSLATE_NOOP("Postino::MainWindow", "&Restart Now"))},
         {QMessageBox::No, say(QT_TRANSLATE_NOOP("Postino::MainWindow", "&Later"))}});
    if (answer != QMessageBox::Yes)
        return;
    emit restartRequested();
    close();
}

// The language: the system's, or one chosen here (ui/language); it applies at the next start.
void MainWindow::buildLanguageMenu(QMenu* viewMenu)
{
    QMenu* languageMenu = viewMenu->addMenu(tr("&Language"));
    languageMenu->setObjectName(QStringLiteral("languageMenu"));
    auto* languages = new QActionGroup(this);
    const QString current = Settings(Settings::defaultFileName()).stringValue(Settings::Key::UiLanguage);
    const std::pair<QString, QString> choices[] = {
        {QString(), tr("Follow the &System")},
        {QStringLiteral("en"), QStringLiteral("English")}, // each language by its own name
        {QStringLiteral("it"), QStringLiteral("Italiano")},
    };
    for (const auto& [code, text] : choices) {
        QAction* action = languageMenu->addAction(text);
        action->setObjectName(QStringLiteral("languageAction_") + (code.isEmpty() ? QStringLiteral("system") : code));
        action->setCheckable(true);
        action->setChecked(code == current);
        languages->addAction(action);
        connect(action, &QAction::triggered, this, [this, language = code] { chooseLanguage(language); });
    }
}

} // namespace Postino

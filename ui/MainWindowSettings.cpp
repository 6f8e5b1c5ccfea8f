// MainWindow: its settings, written on m_writer's thread: the window's size and layout (restored at the
// next start) and the language (the Language menu; it applies at the next start).
#include "MainWindow.h"

#include "common/Settings.h"

#include "MessageBox.h"

#include <QAction>
#include <QActionGroup>
#include <QDir>
#include <QMenu>
#include <QSettings>
#include <QSplitter>

namespace Postino {

namespace {
// The window's settings keys, in one place.
namespace Keys {
const QString Geometry = QStringLiteral("MainWindow/geometry");
const QString State = QStringLiteral("MainWindow/state");
const QString Splitter = QStringLiteral("MainWindow/splitter");
} // namespace Keys
} // namespace

void MainWindow::restoreWindowState()
{
    QSettings settings;
    if (const QByteArray geometry = settings.value(Keys::Geometry).toByteArray(); !geometry.isEmpty())
        restoreGeometry(geometry);
    if (const QByteArray state = settings.value(Keys::State).toByteArray(); !state.isEmpty())
        restoreState(state);
    if (const QByteArray splitter = settings.value(Keys::Splitter).toByteArray(); !splitter.isEmpty())
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
    m_writer.run([hook = m_hook, geometry, state, splitter] {
        QSettings settings;
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
        [this](const std::pair<bool, QString>& outcome) {
            const auto& [written, fileName] = outcome;
            if (written) {
                MessageBox::information(this, tr("Language"),
                                        tr("Postino will use the new language the next time it starts."));
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

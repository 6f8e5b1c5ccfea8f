#include "ComposerWindow.h"
#include "MainWindow.h"
#include "Translations.h"
#include "common/Settings.h"
#include "drafts/DraftStore.h"
#include "sandbox/SandboxServer.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QStandardPaths>

int main(int argc, char** argv)
{
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("postino"));
    QApplication::setApplicationDisplayName(QStringLiteral("Postino"));
    QApplication::setApplicationVersion(QStringLiteral(POSTINO_VERSION));
    QApplication::setDesktopFileName(QStringLiteral("org.postino.Postino"));

    // The language of the ui/language setting, or the system's; numbers, dates and sizes follow it.
    const Postino::Settings settings(Postino::Settings::defaultFileName());
    Postino::Translations::install(&app, settings.stringValue(Postino::Settings::Key::UiLanguage));

    QCommandLineParser parser;
    parser.setApplicationDescription(QApplication::translate("main", "Send e-mail that arrives."));
    parser.addHelpOption();
    parser.addVersionOption();
    // Hidden: open straight on a view, for screenshots and manual testing.
    QCommandLineOption showComposer(QStringLiteral("show-composer"));
    showComposer.setFlags(QCommandLineOption::HiddenFromHelp);
    QCommandLineOption showSandbox(QStringLiteral("show-sandbox"));
    showSandbox.setFlags(QCommandLineOption::HiddenFromHelp);
    parser.addOption(showComposer);
    parser.addOption(showSandbox);
    parser.process(app);

    const QString dataDir = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    Postino::DraftStore drafts(dataDir + QStringLiteral("/drafts"));
    Postino::SandboxServer sandbox(dataDir + QStringLiteral("/sandbox"));

    // The integrator connects addAccountRequested (wizard), sendRequested (outbox), composerOpened
    // (size limit, identities) and sets the accounts/outbox/sent models here.
    Postino::MainWindow window(&drafts, &sandbox);
    window.show();
    if (parser.isSet(showSandbox))
        window.startSandbox();
    if (parser.isSet(showComposer))
        window.newMessage();
    return QApplication::exec();
}

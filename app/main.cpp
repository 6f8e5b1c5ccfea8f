#include "AppController.h"
#include "MainWindow.h"
#include "Translations.h"
#include "accounts/AccountStore.h"
#include "common/Settings.h"
#include "discovery/AutoconfigClient.h"
#include "discovery/DnsResolver.h"
#include "outbox/OutboxStore.h"
#include "wizard/AccountWizard.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QIcon>

int main(int argc, char** argv)
{
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("postino"));
    QApplication::setApplicationDisplayName(QStringLiteral("Postino"));
    QApplication::setApplicationVersion(QStringLiteral(POSTINO_VERSION));
    QApplication::setDesktopFileName(QStringLiteral("org.postino.Postino"));
    QApplication::setWindowIcon(
        QIcon::fromTheme(QStringLiteral("org.postino.Postino"), QIcon::fromTheme(QStringLiteral("mail-send"))));

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
    QCommandLineOption showOutbox(QStringLiteral("show-outbox"));
    showOutbox.setFlags(QCommandLineOption::HiddenFromHelp);
    QCommandLineOption showWizard(QStringLiteral("show-wizard"));
    showWizard.setFlags(QCommandLineOption::HiddenFromHelp);
    QCommandLineOption showDoctor(QStringLiteral("show-doctor"), QString(), QStringLiteral("account"));
    showDoctor.setFlags(QCommandLineOption::HiddenFromHelp);
    QCommandLineOption wizardAddress(QStringLiteral("wizard-address"), QString(), QStringLiteral("email"));
    wizardAddress.setFlags(QCommandLineOption::HiddenFromHelp);
    parser.addOptions({showComposer, showSandbox, showOutbox, showWizard, showDoctor, wizardAddress});
    parser.process(app);

    Postino::SystemDnsResolver dns;
    Postino::AutoconfigClient autoconfig;
    Postino::AppControllerOptions options;
    options.dataDir = Postino::OutboxStore::defaultBaseDir();
    options.accountsFile = Postino::AccountStore::defaultFilePath();
    options.probeServices.dns = &dns;
    options.probeServices.autoconfig = &autoconfig;
    Postino::AppController controller(options);

    Postino::MainWindow* window = controller.window();
    window->show();
    if (parser.isSet(showSandbox))
        window->startSandbox();
    if (parser.isSet(showOutbox))
        window->showPage(Postino::MainWindow::Page::Outbox);
    if (parser.isSet(showComposer))
        window->newMessage();
    if (parser.isSet(showWizard) || parser.isSet(wizardAddress)) {
        Postino::AccountWizard* wizard = controller.addAccount();
        if (parser.isSet(wizardAddress)) {
            wizard->setAddress(parser.value(wizardAddress));
            wizard->next();
        }
    }
    if (parser.isSet(showDoctor))
        controller.checkConnection(parser.value(showDoctor));
    return QApplication::exec();
}

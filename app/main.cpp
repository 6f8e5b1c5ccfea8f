#include "Accessibility.h"
#include "AppController.h"
#include "Autostart.h"
#include "ComposerWindow.h"
#include "MainWindow.h"
#include "MessageViewer.h"
#include "StartupTrace.h"
#include "Translations.h"
#include "UnboundDnsResolver.h"
#include "accounts/AccountStore.h"
#include "common/Settings.h"
#include "discovery/AutoconfigClient.h"
#include "domain/DomainHealthPage.h"
#include "domain/MtaStsFetcher.h"
#include "outbox/OutboxStore.h"
#include "wizard/AccountWizard.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QIcon>
#include <QProcess>
#include <QTimer>

namespace {

// The names, version and icon the desktop knows the application by.
void describeApplication()
{
    QApplication::setApplicationName(QStringLiteral("postino"));
    QApplication::setApplicationDisplayName(QStringLiteral("Postino"));
    QApplication::setApplicationVersion(QStringLiteral(POSTINO_VERSION));
    QApplication::setDesktopFileName(QStringLiteral("org.postino.Postino"));
    QApplication::setWindowIcon(
        QIcon::fromTheme(QStringLiteral("org.postino.Postino"), QIcon::fromTheme(QStringLiteral("mail-send"))));
}

// Hidden: open straight on a view, for screenshots and manual testing.
struct ViewOptions
{
    QCommandLineOption showComposer {QStringLiteral("show-composer")};
    QCommandLineOption composeText {QStringLiteral("compose-text"), QString(), QStringLiteral("text")}; // its body
    QCommandLineOption showSandbox {QStringLiteral("show-sandbox")};
    QCommandLineOption showOutbox {QStringLiteral("show-outbox")};
    QCommandLineOption showWizard {QStringLiteral("show-wizard")};
    QCommandLineOption showDoctor {QStringLiteral("show-doctor"), QString(), QStringLiteral("account")};
    QCommandLineOption wizardAddress {QStringLiteral("wizard-address"), QString(), QStringLiteral("email")};
    // Not hidden: what the login entry (Autostart) runs.
    QCommandLineOption minimized {
        Postino::Autostart::minimizedOption().mid(2),
        QApplication::translate("main", "Start in the system tray (or minimised), as at login.")};
    // The Domain health page, checking DOMAIN or ADDR (through the current account's server when it is
    // that account's address); --dns-server ADDR[:PORT] asks that name server instead of the system's.
    QCommandLineOption showDomain {QStringLiteral("show-domain"), QString(), QStringLiteral("domain")};
    QCommandLineOption dnsServer {QStringLiteral("dns-server"), QString(), QStringLiteral("addr")};
    QCommandLineOption showAccount {QStringLiteral("show-account-settings"), QString(), QStringLiteral("account")};
    QCommandLineOption showCertificates {QStringLiteral("show-trusted-certificates")};
    QCommandLineOption showPassword {QStringLiteral("show-password"), QString(), QStringLiteral("account")};

    void addTo(QCommandLineParser& parser)
    {
        for (QCommandLineOption* option :
             {&showComposer, &showSandbox, &showOutbox, &showWizard, &showDoctor, &wizardAddress, &showDomain,
              &dnsServer, &showAccount, &composeText, &showCertificates, &showPassword})
            option->setFlags(QCommandLineOption::HiddenFromHelp);
        parser.addOptions({showComposer, showSandbox, showOutbox, showWizard, showDoctor, wizardAddress, showDomain,
                           dnsServer, showAccount, composeText, showCertificates, showPassword, minimized});
    }
};

// Shows the main window, then the views the hidden options ask for.
void openViews(const QCommandLineParser& parser, const ViewOptions& views, Postino::AppController& controller)
{
    Postino::MainWindow* window = controller.window();
    if (parser.isSet(views.minimized)) {
        controller.startMinimized();
        return;
    }
    Postino::StartupTrace::markWhenExposed(window);
    window->show();
    Postino::StartupTrace::mark("main window shown");
    if (parser.isSet(views.showSandbox))
        window->startSandbox();
    if (parser.isSet(views.showOutbox))
        window->showPage(Postino::MainWindow::Page::Outbox);
    if (parser.isSet(views.showComposer) || parser.isSet(views.composeText)) {
        Postino::ComposerWindow* composer = window->newMessage();
        if (parser.isSet(views.composeText)) {
            Postino::ComposedMessage message = composer->message();
            message.plainText = parser.value(views.composeText);
            composer->setMessage(message);
        }
    }
    if (parser.isSet(views.showWizard) || parser.isSet(views.wizardAddress)) {
        Postino::AccountWizard* wizard = controller.addAccount();
        if (parser.isSet(views.wizardAddress)) {
            wizard->setAddress(parser.value(views.wizardAddress));
            wizard->next();
        }
    }
    if (parser.isSet(views.showAccount))
        controller.editAccount(parser.value(views.showAccount));
    if (parser.isSet(views.showCertificates))
        controller.showTrustedCertificates();
    if (parser.isSet(views.showDoctor))
        controller.checkConnection(parser.value(views.showDoctor));
    if (parser.isSet(views.showPassword))
        controller.changePassword(parser.value(views.showPassword));
    if (parser.isSet(views.showDomain)) {
        window->showPage(Postino::MainWindow::Page::DomainHealth);
        window->domainHealthPage()->setTarget(parser.value(views.showDomain));
        window->domainHealthPage()->check();
    }
}

} // namespace

int main(int argc, char** argv)
{
    Postino::StartupTrace::mark("main()");
    QApplication app(argc, argv);
    Postino::StartupTrace::mark("QApplication");
    Postino::installAccessibility(); // before any widget exists
    describeApplication();

    // The language of the ui/language setting, or the system's; numbers, dates and sizes follow it.
    const Postino::Settings settings(Postino::Settings::defaultFileName());
    Postino::Translations::install(&app, settings.stringValue(Postino::Settings::Key::UiLanguage));
    Postino::StartupTrace::mark("settings and translations");

    QCommandLineParser parser;
    parser.setApplicationDescription(QApplication::translate("main", "Send e-mail that arrives."));
    parser.addHelpOption();
    parser.addVersionOption();
    ViewOptions views;
    views.addTo(parser);
    parser.process(app);

    bool restart = false;
    int code = 0;
    {
        Postino::UnboundDnsOptions dnsOptions;
        if (const auto server = Postino::NameServer::parse(parser.value(views.dnsServer)); server)
            dnsOptions.server = *server;
        Postino::UnboundDnsResolver dns(dnsOptions);
        Postino::StartupTrace::mark("DNS resolver");
        Postino::AutoconfigClient autoconfig;
        Postino::AppControllerOptions options;
        options.dataDir = Postino::OutboxStore::defaultBaseDir();
        options.accountsFile = Postino::AccountStore::defaultFilePath();
        options.probeServices.dns = &dns;
        options.probeServices.autoconfig = &autoconfig;
        Postino::HttpsMtaStsFetcher mtaSts; // the Domain health page's policy fetch, certificates verified
        options.mtaSts = &mtaSts;
        // What the last session opened for a program to show is not kept: each open writes it again.
        Postino::MessageViewer::removeOpenedAttachments();
        Postino::AppController controller(options);
        Postino::StartupTrace::mark("AppController");
        QObject::connect(controller.window(), &Postino::MainWindow::restartRequested, &app,
                         [&restart] { restart = true; });
        QObject::connect(&controller, &Postino::AppController::quitRequested, &app, &QCoreApplication::quit,
                         Qt::QueuedConnection);
        // With a tray, closing the window may leave Postino sending from the tray: the app ends on quitRequested.
        if (controller.tray())
            QApplication::setQuitOnLastWindowClosed(false);
        openViews(parser, views, controller);
        QTimer::singleShot(0, &app, [] { Postino::StartupTrace::mark("event loop running"); });
        code = QApplication::exec();
    }
    // Restart Now (a new language): the new process starts once this one let go of the outbox.
    if (restart && code == 0)
        QProcess::startDetached(QCoreApplication::applicationFilePath(), {});
    return code;
}

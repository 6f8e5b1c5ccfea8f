// The compiled catalogues are in the programs and translate what the user sees: core errors, UI
// labels and plural forms in Italian; the ui/language setting and the system locale choose the language.
#include "Translations.h"
#include "common/Settings.h"
#include "mime/Address.h"

#include <QCoreApplication>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>
#include <QTranslator>

namespace Postino {

class TestTranslations : public QObject
{
    Q_OBJECT

private slots:
    void cleanup()
    {
        for (QTranslator* translator : qAsConst(m_installed))
            QCoreApplication::removeTranslator(translator);
        qDeleteAll(m_installed);
        m_installed.clear();
        QLocale::setDefault(QLocale::c());
    }

    void catalogues()
    {
        QCOMPARE(Translations::languages(), (QStringList {QStringLiteral("en"), QStringLiteral("it")}));
    }

    void loadsForLocale_data()
    {
        QTest::addColumn<QString>("locale");
        QTest::addColumn<bool>("found");
        QTest::newRow("Italian from it_IT") << QStringLiteral("it_IT") << true;
        QTest::newRow("Italian from it_CH") << QStringLiteral("it_CH") << true;
        QTest::newRow("English from en_GB") << QStringLiteral("en_GB") << true;
        QTest::newRow("no German catalogue") << QStringLiteral("de_DE") << false;
    }
    void loadsForLocale()
    {
        QFETCH(QString, locale);
        QFETCH(bool, found);
        QTranslator translator;
        QCOMPARE(
            translator.load(QLocale(locale), QStringLiteral("postino"), QStringLiteral("_"), QStringLiteral(":/i18n")),
            found);
    }

    void translatesCoreErrors()
    {
        installItalian();
        const Result<Address> empty = Address::parse(QString());
        QVERIFY(!empty.ok());
        QCOMPARE(empty.error().message(),
                 QStringLiteral("L'indirizzo è vuoto. Scrivi un indirizzo come mario.rossi@example.it."));
        const Result<Address> noAt = Address::parse(QStringLiteral("mario.rossi"));
        QVERIFY(!noAt.ok());
        QVERIFY2(noAt.error().message().startsWith(QStringLiteral("\"mario.rossi\" non è un indirizzo e-mail")),
                 qPrintable(noAt.error().message()));
    }

    void translatesStrings_data()
    {
        QTest::addColumn<QString>("context");
        QTest::addColumn<QString>("source");
        QTest::addColumn<QString>("italian");
        const auto row = [](const char* name, const char* context, const char* source, const char* italian) {
            QTest::newRow(name) << QString::fromUtf8(context) << QString::fromUtf8(source)
                                << QString::fromUtf8(italian);
        };
        row("outbox menu entry", "Postino::MainWindow", "&Outbox", "Posta in &uscita");
        row("sent page", "Postino::MainWindow", "Sent", "Posta inviata");
        row("drafts page", "Postino::MainWindow", "Drafts", "Bozze");
        row("Bcc label", "Postino::ComposerWindow", "&Bcc:", "Cc&n:");
        row("subject label", "Postino::ComposerWindow", "S&ubject:", "&Oggetto:");
        row("about box keeps its HTML", "Postino::MainWindow",
            "<h3>Postino %1</h3><p>Finds, tests and uses the right outgoing mail server, and keeps every message "
            "until the server has taken it.</p>",
            "<h3>Postino %1</h3><p>Trova, verifica e usa il server della posta in uscita giusto, e conserva ogni "
            "messaggio finché il server non lo ha preso in carico.</p>");
        row("core error", "Postino::Error", "The domain of \"%1\" is not a valid internationalised domain name.",
            "Il dominio di \"%1\" non è un nome di dominio internazionalizzato valido.");
        row("CLI usage", "Postino::Cli::Command", "Usage: postino-cli COMMAND [OPTIONS]",
            "Uso: postino-cli COMANDO [OPZIONI]");
        row("GUI description", "main", "Send e-mail that arrives.", "Invia e-mail che arrivano a destinazione.");
        // The words Italian software uses, not Qt's own "Successivo" / "Precedente".
        row("wizard next", "Postino::AccountWizard", "&Next >", "&Avanti >");
        row("wizard back", "Postino::AccountWizard", "< &Back", "< &Indietro");
        // Neutral, not the masculine-only "a me stesso".
        row("test to myself", "Postino::AccountWizard", "Send a &Test Message to Myself",
            "Invia a me un messaggio di &prova");
        row("spoofing", "Postino::AccountWizard",
            "Someone may be pretending to be your server, or the server is set up wrongly.",
            "Qualcuno potrebbe spacciarsi per il tuo server, oppure il server è configurato male.");
    }
    void translatesStrings()
    {
        QFETCH(QString, context);
        QFETCH(QString, source);
        QFETCH(QString, italian);
        installItalian();
        QCOMPARE(QCoreApplication::translate(context.toUtf8().constData(), source.toUtf8().constData()), italian);
    }

    void pluralForms_data()
    {
        QTest::addColumn<QString>("language");
        QTest::addColumn<int>("count");
        QTest::addColumn<QString>("expected");
        QTest::newRow("Italian one") << QStringLiteral("it") << 1
                                     << QStringLiteral("Eliminare 1 messaggio ricevuto? L'operazione non può essere "
                                                       "annullata.");
        QTest::newRow("Italian many") << QStringLiteral("it") << 3
                                      << QStringLiteral("Eliminare tutti i 3 messaggi ricevuti? L'operazione non può "
                                                        "essere annullata.");
        QTest::newRow("English one") << QStringLiteral("en") << 1
                                     << QStringLiteral("Delete the 1 captured message? This cannot be undone.");
        QTest::newRow("English many") << QStringLiteral("en") << 3
                                      << QStringLiteral("Delete all 3 captured messages? This cannot be undone.");
    }
    void pluralForms()
    {
        QFETCH(QString, language);
        QFETCH(int, count);
        QFETCH(QString, expected);
        install(QLocale(language));
        QCOMPARE(QCoreApplication::translate("Postino::SandboxView",
                                             "Delete all %n captured message(s)? This cannot be undone.", nullptr,
                                             count),
                 expected);
    }

    // ui/language chooses the GUI's language (and its number formats); empty follows the system.
    void languageSetting_data()
    {
        QTest::addColumn<QString>("stored"); // written to the INI file; "-" writes nothing
        QTest::addColumn<QString>("source");
        QTest::addColumn<QString>("expected");
        QTest::addColumn<QString>("number"); // 1234.5 in the default locale afterwards
        const QString sent = QStringLiteral("Sent");
        QTest::newRow("Italian") << QStringLiteral("it") << sent << QStringLiteral("Posta inviata")
                                 << QStringLiteral("1.234,5");
        QTest::newRow("Italian as a locale name")
            << QStringLiteral("it_IT") << sent << QStringLiteral("Posta inviata") << QStringLiteral("1.234,5");
        QTest::newRow("English") << QStringLiteral("en") << sent << sent << QStringLiteral("1,234.5");
    }
    void languageSetting()
    {
        QFETCH(QString, stored);
        QFETCH(QString, source);
        QFETCH(QString, expected);
        QFETCH(QString, number);
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        {
            Settings settings(Settings::defaultFileName(dir.path()));
            QCOMPARE(settings.stringValue(Settings::Key::UiLanguage), QString());
            settings.setValue(Settings::Key::UiLanguage, stored);
            settings.sync();
        }
        const Settings settings(Settings::defaultFileName(dir.path()));
        QCOMPARE(settings.stringValue(Settings::Key::UiLanguage), stored);
        QVERIFY(Translations::install(QCoreApplication::instance(), settings.stringValue(Settings::Key::UiLanguage)));
        const QList<QTranslator*> added = QCoreApplication::instance()->findChildren<QTranslator*>();
        m_installed.append(added);
        QCOMPARE(QCoreApplication::translate("Postino::MainWindow", source.toUtf8().constData()), expected);
        QCOMPARE(QLocale().toString(1234.5, 'f', 1), number);
        // Qt's own strings follow too (standard buttons, the wizard's Next), from Debian's Qt translations.
        const bool italian = stored.startsWith(QLatin1String("it"));
        QCOMPARE(QCoreApplication::translate("QPlatformTheme", "Cancel"),
                 italian ? QStringLiteral("Annulla") : QStringLiteral("Cancel"));
        QCOMPARE(QCoreApplication::translate("QWizard", "&Next >"),
                 italian ? QStringLiteral("&Successivo >") : QStringLiteral("&Next >"));
    }

    void settingDefaultFollowsTheSystem()
    {
        QCOMPARE(Settings::defaultValue(Settings::Key::UiLanguage), QVariant(QString()));
        QCOMPARE(Settings::path(Settings::Key::UiLanguage), QStringLiteral("ui/language"));
        QCOMPARE(Translations::localeFor(QString()), QLocale::system());
        QCOMPARE(Translations::localeFor(QStringLiteral("it")).language(), QLocale::Italian);
    }

    // postino-cli follows the system locale from the environment, whether or not glibc has it generated.
    void cliFollowsTheLocale_data()
    {
        QTest::addColumn<QStringList>("environment");
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QString>("expected");
        const QStringList it {QStringLiteral("LANG=it_IT.UTF-8"), QStringLiteral("LC_ALL=it_IT.UTF-8")};
        const QStringList missingOptions {QStringLiteral("send")};
        // An option send does not have: a usage error, before anything is read or sent.
        const QStringList unknownOption {QStringLiteral("send"), QStringLiteral("--no-such-option")};
        const QString italianUsage = QStringLiteral("Esegui 'postino-cli send --help' per le opzioni.");
        const QString englishUsage = QStringLiteral("Run 'postino-cli send --help' for the options.");
        QTest::newRow("send without options, it_IT")
            << it << missingOptions << QStringLiteral("Indica dove inviare: --account NOME, oppure --host HOST");
        QTest::newRow("send without options, C.UTF-8")
            << QStringList {QStringLiteral("LC_ALL=C.UTF-8")} << missingOptions
            << QStringLiteral("Say where to send: --account NAME, or --host HOST");
        QTest::newRow("unknown option, LANG and LC_ALL it_IT.UTF-8") << it << unknownOption << italianUsage;
        QTest::newRow("unknown option, LANG it_IT.UTF-8 only")
            << QStringList {QStringLiteral("LANG=it_IT.UTF-8")} << unknownOption << italianUsage;
        QTest::newRow("unknown option, LC_MESSAGES it_IT.UTF-8")
            << QStringList {QStringLiteral("LANG=C.UTF-8"), QStringLiteral("LC_MESSAGES=it_IT.UTF-8")} << unknownOption
            << italianUsage;
        QTest::newRow("unknown option, LANGUAGE it over LANG en_US.UTF-8")
            << QStringList {QStringLiteral("LANG=en_US.UTF-8"), QStringLiteral("LANGUAGE=it")} << unknownOption
            << italianUsage;
        QTest::newRow("unknown option, LANGUAGE it but LC_ALL C.UTF-8")
            << QStringList {QStringLiteral("LC_ALL=C.UTF-8"), QStringLiteral("LANGUAGE=it")} << unknownOption
            << englishUsage;
        QTest::newRow("unknown option, LANGUAGE it and no locale")
            << QStringList {QStringLiteral("LANGUAGE=it")} << unknownOption << englishUsage;
        QTest::newRow("unknown option, C.UTF-8")
            << QStringList {QStringLiteral("LC_ALL=C.UTF-8")} << unknownOption << englishUsage;
        QTest::newRow("unknown option, en_US.UTF-8")
            << QStringList {QStringLiteral("LANG=en_US.UTF-8")} << unknownOption << englishUsage;
    }
    void cliFollowsTheLocale()
    {
        QFETCH(QStringList, environment);
        QFETCH(QStringList, arguments);
        QFETCH(QString, expected);
        const QString cli = qEnvironmentVariable("POSTINO_CLI");
        QVERIFY2(!cli.isEmpty(), "POSTINO_CLI is not set (run through ctest)");
        QTemporaryDir config;
        QVERIFY(config.isValid());

        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        for (const char* name : {"LANGUAGE", "LC_ALL", "LC_MESSAGES", "LANG"})
            env.remove(QString::fromLatin1(name));
        for (const QString& assignment : qAsConst(environment))
            env.insert(assignment.section(QLatin1Char('='), 0, 0), assignment.section(QLatin1Char('='), 1));
        QProcess process;
        process.setProcessEnvironment(env);
        process.start(cli, arguments + QStringList {QStringLiteral("--config-dir"), config.path()});
        QVERIFY(process.waitForFinished(10000));
        const QString err = QString::fromUtf8(process.readAllStandardError());
        QCOMPARE(process.exitCode(), 64); // EX_USAGE
        QVERIFY2(err.contains(expected), qPrintable(err));
    }

private:
    void installItalian() { install(QLocale(QStringLiteral("it_IT"))); }

    void install(const QLocale& locale)
    {
        auto* translator = new QTranslator;
        m_installed.append(translator);
        QVERIFY(translator->load(locale, QStringLiteral("postino"), QStringLiteral("_"), QStringLiteral(":/i18n")));
        QVERIFY(QCoreApplication::installTranslator(translator));
    }

    QList<QTranslator*> m_installed;
};

} // namespace Postino

QTEST_GUILESS_MAIN(Postino::TestTranslations)
#include "TestTranslations.moc"

#include "Translations.h"

#include <QCoreApplication>
#include <QDir>
#include <QLibraryInfo>
#include <QTranslator>

namespace Postino {

namespace {

const QString kPrefix = QStringLiteral("postino_");
const QString kDirectory = QStringLiteral(":/i18n");

// The locale messages are in: LC_ALL, else LC_MESSAGES, else LANG (empty: none set).
QString messagesLocale()
{
    for (const char* name : {"LC_ALL", "LC_MESSAGES", "LANG"}) {
        const QString value = qEnvironmentVariable(name);
        if (!value.isEmpty())
            return value;
    }
    return {};
}

// As with gettext, the C/POSIX locale means untranslated messages, whatever LANGUAGE says: so LC_ALL=C
// gives English output for scripts and bug reports (Qt alone would still follow LANGUAGE).
bool systemWantsUntranslated()
{
    const QString locale = messagesLocale();
    return locale.isEmpty() || locale == QLatin1String("C") || locale == QLatin1String("POSIX")
        || locale.startsWith(QLatin1String("C."));
}

} // namespace

QStringList Translations::languages()
{
    QStringList codes;
    const QStringList files = QDir(kDirectory).entryList({kPrefix + QStringLiteral("*.qm")}, QDir::Files, QDir::Name);
    for (const QString& file : files)
        codes.append(file.mid(kPrefix.size(), file.size() - kPrefix.size() - 3));
    return codes;
}

QLocale Translations::localeFor(const QString& language)
{
    const QString name = language.trimmed();
    return name.isEmpty() ? QLocale::system() : QLocale(name);
}

bool Translations::install(QCoreApplication* app, const QString& language)
{
    const bool followSystem = language.trimmed().isEmpty();
    if (followSystem && systemWantsUntranslated())
        return false;
    const QLocale locale = localeFor(language);
    if (!followSystem)
        QLocale::setDefault(locale);
    auto* translator = new QTranslator(app);
    if (!translator->load(locale, QStringLiteral("postino"), QStringLiteral("_"), kDirectory)) {
        delete translator;
        return false;
    }
    QCoreApplication::installTranslator(translator);
    // Qt's own strings (standard buttons, the wizard's Back/Next) from Debian's qt6-translations-l10n.
    auto* qtTranslator = new QTranslator(app);
    if (qtTranslator->load(locale, QStringLiteral("qtbase"), QStringLiteral("_"),
                           QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(qtTranslator);
    else
        delete qtTranslator;
    return true;
}

QString Translations::translate(const QString& language, const char* context, const char* source)
{
    if (language.trimmed().isEmpty() && systemWantsUntranslated())
        return QString::fromUtf8(source);
    QTranslator translator;
    if (translator.load(localeFor(language), QStringLiteral("postino"), QStringLiteral("_"), kDirectory)) {
        const QString text = translator.translate(context, source);
        if (!text.isEmpty())
            return text;
    }
    return QString::fromUtf8(source);
}

} // namespace Postino

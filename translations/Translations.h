#pragma once

#include <QLocale>
#include <QString>
#include <QStringList>

class QCoreApplication;

namespace Postino {

// Postino's catalogues (compiled into the programs under :/i18n) and the choice of language: the
// system's by default, or the one named by the ui/language setting.
class Translations
{
public:
    // The languages Postino has a catalogue for ("en", "it"), sorted.
    [[nodiscard]] static QStringList languages();

    // The locale for a language setting: empty follows the system, otherwise a language or locale name
    // ("it", "it_IT", "en").
    [[nodiscard]] static QLocale localeFor(const QString& language);

    // Installs locale's catalogue into app (the translator is a child of app) and, when language is not
    // empty, makes localeFor(language) the default QLocale so numbers, dates and sizes follow it too.
    // Following the system, a C or POSIX messages locale (LC_ALL, LC_MESSAGES, LANG) installs nothing,
    // whatever LANGUAGE says. Returns false when no catalogue was installed (the strings stay English).
    static bool install(QCoreApplication* app, const QString& language = {});

    // source (of context, as tr() would find it) in the catalogue of language, whatever language is
    // installed now: what a choice of language says in the language chosen. Untranslated: source.
    [[nodiscard]] static QString translate(const QString& language, const char* context, const char* source);
};

} // namespace Postino

#include "Translations.h"

#include <QCoreApplication>
#include <QDir>
#include <QTranslator>

namespace Postino {

namespace {

const QString kPrefix = QStringLiteral("postino_");
const QString kDirectory = QStringLiteral(":/i18n");

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
    const QLocale locale = localeFor(language);
    if (!language.trimmed().isEmpty())
        QLocale::setDefault(locale);
    auto* translator = new QTranslator(app);
    if (!translator->load(locale, QStringLiteral("postino"), QStringLiteral("_"), kDirectory)) {
        delete translator;
        return false;
    }
    QCoreApplication::installTranslator(translator);
    return true;
}

} // namespace Postino

#include "Spelling.h"
#include "UserDictionary.h"
#include "common/Settings.h"

#include <QDir>
#include <QFileInfo>
#include <QLocale>

namespace Postino {

namespace {

// "italiano" -> "Italiano": a name in a menu starts with a capital, as the language's own software writes it.
QString capitalised(QString name)
{
    if (!name.isEmpty())
        name[0] = name.at(0).toUpper();
    return name;
}

QString displayName(const QString& code, bool withTerritory)
{
    const QLocale locale(code);
    if (locale.language() == QLocale::C)
        return code;
    // The language alone: CLDR calls the default English locale's "American English", where Qt's own name is
    // the English one.
    const QString language = locale.language() == QLocale::English
        ? QLocale::languageToString(QLocale::English)
        : capitalised(QLocale(locale.language()).nativeLanguageName());
    if (!withTerritory || !code.contains(u'_'))
        return language;
    return QStringLiteral("%1 (%2)").arg(language, locale.nativeTerritoryName());
}

} // namespace

Spelling::Spelling(QObject* parent)
    : Spelling(Options {}, parent)
{ }

Spelling::Spelling(Options options, QObject* parent)
    : QObject(parent)
    , m_options(std::move(options))
{
    if (m_options.dictionaryDirs.isEmpty())
        m_options.dictionaryDirs = defaultDictionaryDirs();
    if (m_options.userDictionaryFile.isEmpty())
        m_options.userDictionaryFile = UserDictionary::defaultFileName();
    if (m_options.settingsFile.isEmpty())
        m_options.settingsFile = Settings::defaultFileName();
    m_dictionaries = findDictionaries(m_options.dictionaryDirs);
    const Settings settings(m_options.settingsFile);
    m_language = settings.stringValue(Settings::Key::SpellingLanguage);
    m_enabled = settings.boolValue(Settings::Key::SpellingEnabled);
    m_worker.run([file = m_options.userDictionaryFile] { return UserDictionary::read(file); }, this,
                 [this](const Result<QStringList>& words) {
                     if (words)
                         mergeUserWords(words.value());
                     else
                         emit userWordsNotSaved(words.error().message());
                 });
}

Spelling::~Spelling() = default;

QStringList Spelling::defaultDictionaryDirs()
{
    const QString fromEnvironment = qEnvironmentVariable("POSTINO_DICTIONARY_DIRS");
    if (!fromEnvironment.isEmpty())
        return fromEnvironment.split(QLatin1Char(':'), Qt::SkipEmptyParts);
    return {QStringLiteral("/usr/share/hunspell")};
}

QStringList Spelling::suggestedPackages()
{
    return {QStringLiteral("hunspell-it"), QStringLiteral("hunspell-en-us")};
}

QList<DictionaryInfo> Spelling::findDictionaries(const QStringList& dirs)
{
    QList<DictionaryInfo> found;
    QHash<QString, qsizetype> byTarget; // the .dic file a link leads to -> its entry in found
    for (const QString& dirName : dirs) {
        const QDir dir(dirName);
        const QStringList affixes = dir.entryList({QStringLiteral("*.aff")}, QDir::Files | QDir::Readable, QDir::Name);
        for (const QString& aff : affixes) {
            const QString code = QFileInfo(aff).completeBaseName();
            const QFileInfo dic(dir.filePath(code + QStringLiteral(".dic")));
            if (!dic.isFile() || !dic.isReadable())
                continue;
            const bool taken = std::any_of(found.cbegin(), found.cend(), [&](const DictionaryInfo& info) {
                return info.code == code || info.aliases.contains(code);
            });
            if (taken)
                continue; // an earlier folder has it
            const QString target = dic.canonicalFilePath();
            const auto same = byTarget.constFind(target);
            if (same != byTarget.constEnd()) {
                DictionaryInfo& first = found[*same];
                // The files' own name (it_IT.dic) names the dictionary; the link's (it_CH) is another name of it.
                if (QFileInfo(target).completeBaseName() == code) {
                    first.aliases.append(first.code);
                    first.code = code;
                    first.affPath = dir.filePath(aff);
                    first.dicPath = dic.filePath();
                } else {
                    first.aliases.append(code);
                }
                continue;
            }
            byTarget.insert(target, found.size());
            found.append({code, QString(), dir.filePath(aff), dic.filePath(), {}});
        }
    }
    for (DictionaryInfo& info : found)
        info.name = displayName(info.code, info.aliases.isEmpty());
    std::sort(found.begin(), found.end(), [](const DictionaryInfo& a, const DictionaryInfo& b) {
        return QString::localeAwareCompare(a.name, b.name) < 0;
    });
    return found;
}

std::optional<DictionaryInfo> Spelling::dictionaryInfo(const QString& code) const
{
    for (const DictionaryInfo& info : m_dictionaries) {
        if (info.code == code)
            return info;
    }
    return std::nullopt;
}

QString Spelling::preferredLanguage(const QString& uiLanguage) const
{
    if (m_dictionaries.isEmpty())
        return {};
    if (dictionaryInfo(m_language))
        return m_language;
    // The UI language's own territory first (it_IT for "it"), then any dictionary of that language.
    const auto ofLanguage = [this](const QLocale& wanted) -> QString {
        const QString home = QLocale(wanted.language()).name();
        if (dictionaryInfo(wanted.name()))
            return wanted.name();
        if (dictionaryInfo(home))
            return home;
        for (const DictionaryInfo& info : m_dictionaries) {
            if (QLocale(info.code).language() == wanted.language())
                return info.code;
        }
        return {};
    };
    const QLocale ui = uiLanguage.isEmpty() ? QLocale() : QLocale(uiLanguage);
    if (ui.language() != QLocale::C) {
        if (QString code = ofLanguage(ui); !code.isEmpty())
            return code;
    }
    if (QString code = ofLanguage(QLocale(QLocale::English, QLocale::UnitedStates)); !code.isEmpty())
        return code;
    return m_dictionaries.constFirst().code;
}

void Spelling::setPreferences(const QString& language, bool enabled)
{
    if (language == m_language && enabled == m_enabled)
        return;
    m_language = language;
    m_enabled = enabled;
    m_worker.run([file = m_options.settingsFile, language, enabled] {
        Settings settings(file);
        settings.setValue(Settings::Key::SpellingLanguage, language);
        settings.setValue(Settings::Key::SpellingEnabled, enabled);
        settings.sync(); // a preference: when it cannot be written, the next message starts from the defaults
    });
}

std::shared_ptr<SpellDictionary> Spelling::dictionary(const QString& code) const
{
    return m_open.value(code);
}

void Spelling::load(const QString& code)
{
    if (m_open.contains(code) || m_loading.contains(code))
        return;
    const std::optional<DictionaryInfo> info = dictionaryInfo(code);
    if (!info) {
        emit loadFailed(code, tr("No dictionary for %1 is installed").arg(code));
        return;
    }
    m_loading.insert(code);
    m_worker.run([info = *info] { return SpellDictionary::open(info); }, this,
                 [this, code](const Result<std::shared_ptr<SpellDictionary>>& opened) {
                     m_loading.remove(code);
                     if (!opened) {
                         emit loadFailed(code, opened.error().message());
                         return;
                     }
                     m_open.insert(code, opened.value());
                     emit dictionaryLoaded(code);
                 });
}

bool Spelling::isUserWord(const QString& word) const
{
    if (m_userWords.contains(word))
        return true;
    // "Postino" at the start of a sentence is the word "postino" added in lower case; not the other way round.
    if (!word.isEmpty() && word.at(0).isUpper()) {
        QString lower = word;
        lower[0] = lower.at(0).toLower();
        return m_userWords.contains(lower);
    }
    return false;
}

QStringList Spelling::userWords() const
{
    QStringList words(m_userWords.cbegin(), m_userWords.cend());
    words.sort();
    return words;
}

void Spelling::mergeUserWords(const QStringList& words)
{
    const qsizetype before = m_userWords.size();
    for (const QString& word : words)
        m_userWords.insert(word);
    if (m_userWords.size() != before)
        emit userWordsChanged();
}

void Spelling::addUserWord(const QString& word)
{
    const QString clean = word.trimmed();
    if (clean.isEmpty() || m_userWords.contains(clean))
        return;
    m_userWords.insert(clean);
    emit userWordsChanged();
    m_worker.run([file = m_options.userDictionaryFile, clean,
                  hook = m_options.hook] { return UserDictionary::add(file, clean, hook); },
                 this,
                 [this](const Result<QStringList>& words) {
                     if (words)
                         mergeUserWords(words.value()); // and those another window or program added meanwhile
                     else
                         emit userWordsNotSaved(words.error().message());
                 });
}

} // namespace Postino

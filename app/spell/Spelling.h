#pragma once

#include "SpellDictionary.h"
#include "common/SerialWorker.h"
#include "common/WriteHook.h"

#include <QHash>
#include <QObject>
#include <QSet>

#include <memory>
#include <optional>

namespace Postino {

// The process's spelling: the dictionaries the system has, those opened so far (each once, shared by every
// composer), the person's own words, and the language and on/off chosen last (postino.ini's spelling/ keys).
// Opening a dictionary and writing a file run on its worker; everything else is on the thread that made it.
class Spelling : public QObject
{
    Q_OBJECT
public:
    struct Options
    {
        // Where the .aff/.dic pairs are; empty: defaultDictionaryDirs().
        QStringList dictionaryDirs;
        QString userDictionaryFile; // empty: UserDictionary::defaultFileName()
        QString settingsFile; // postino.ini; empty: Settings::defaultFileName()
        WriteHook hook; // test seam for the word list's write
    };

    explicit Spelling(QObject* parent = nullptr);
    explicit Spelling(Options options, QObject* parent = nullptr);
    ~Spelling() override;

    // $POSTINO_DICTIONARY_DIRS (folders split by ':') when set, else /usr/share/hunspell, where Debian's
    // hunspell-* packages put them.
    [[nodiscard]] static QStringList defaultDictionaryDirs();
    // Every NAME.aff with its NAME.dic in dirs, sorted by name; files reached twice (it_CH, a link to it_IT) are
    // one dictionary, named by its language alone; otherwise a name says the territory too.
    [[nodiscard]] static QList<DictionaryInfo> findDictionaries(const QStringList& dirs);
    // The Debian packages of the dictionaries Postino's translations want ("hunspell-it", "hunspell-en-us").
    [[nodiscard]] static QStringList suggestedPackages();

    [[nodiscard]] const QList<DictionaryInfo>& dictionaries() const { return m_dictionaries; }
    [[nodiscard]] std::optional<DictionaryInfo> dictionaryInfo(const QString& code) const;
    // The language a new message is checked in: the one chosen last while it is installed, else the UI
    // language's (uiLanguage "it" or "it_IT", empty: the default QLocale's; its own territory first), else English,
    // else the first one; empty without dictionaries.
    [[nodiscard]] QString preferredLanguage(const QString& uiLanguage = {}) const;
    [[nodiscard]] bool isEnabled() const { return m_enabled; }
    // Remembered for the next message, written to postino.ini on the worker.
    void setPreferences(const QString& language, bool enabled);

    // The open dictionary, or null until load() opened it.
    [[nodiscard]] std::shared_ptr<SpellDictionary> dictionary(const QString& code) const;
    // Opens the dictionary on the worker: dictionaryLoaded(code) or loadFailed(code, why) here. Once per code.
    void load(const QString& code);

    [[nodiscard]] bool isUserWord(const QString& word) const;
    [[nodiscard]] QStringList userWords() const;
    // Known at once; on the disk after the worker wrote it (userWordsNotSaved(why) when it could not).
    void addUserWord(const QString& word);
    // Waits for the worker's jobs (their results still come through the event loop).
    void waitForWork() { m_worker.waitForDone(); }

signals:
    void dictionaryLoaded(const QString& code);
    void loadFailed(const QString& code, const QString& message);
    void userWordsChanged();
    void userWordsNotSaved(const QString& message);

private:
    void mergeUserWords(const QStringList& words);

    Options m_options;
    QList<DictionaryInfo> m_dictionaries;
    QHash<QString, std::shared_ptr<SpellDictionary>> m_open;
    QSet<QString> m_loading;
    QSet<QString> m_userWords;
    QString m_language;
    bool m_enabled = true;
    SerialWorker m_worker; // last: its jobs use the members above, and it waits for them first
};

} // namespace Postino

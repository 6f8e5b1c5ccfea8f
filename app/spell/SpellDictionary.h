#pragma once

#include "common/Error.h"

#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

#include <memory>

class Hunspell;

namespace Postino {

// One dictionary the system has: a Hunspell pair NAME.aff + NAME.dic (/usr/share/hunspell/it_IT.aff).
struct DictionaryInfo
{
    QString code; // "it_IT", "en_US": the files' base name
    QString name; // in its own language: "Italiano", "English (United States)"
    QString affPath;
    QString dicPath;
    QStringList aliases; // other names of the same files ("it_CH", a link to it_IT)

    [[nodiscard]] bool operator==(const DictionaryInfo& other) const { return code == other.code; }
};

// An open Hunspell dictionary. Opening one reads the whole word list (a quarter of a second for Italian), so
// Spelling opens them on its worker; after that it is used on one thread only. Words are given and returned as
// QStrings, turned into the dictionary's own encoding (its SET line) and back.
class SpellDictionary
{
public:
    static Result<std::shared_ptr<SpellDictionary>> open(const DictionaryInfo& info);
    ~SpellDictionary();
    SpellDictionary(const SpellDictionary&) = delete;
    SpellDictionary& operator=(const SpellDictionary&) = delete;

    [[nodiscard]] const DictionaryInfo& info() const { return m_info; }
    // The dictionary's SET encoding ("UTF-8", "ISO8859-1").
    [[nodiscard]] const QString& encoding() const { return m_encoding; }
    // Whether the dictionary knows the word; each answer is kept, so a word is looked up once.
    [[nodiscard]] bool check(const QString& word);
    // Hunspell's suggestions, best first, at most max.
    [[nodiscard]] QStringList suggest(const QString& word, int max);
    [[nodiscard]] qsizetype cachedWords() const { return m_cache.size(); }

private:
    SpellDictionary(DictionaryInfo info, std::unique_ptr<Hunspell> hunspell);
    [[nodiscard]] bool encode(const QString& word, std::string* out) const;
    [[nodiscard]] QString decode(const std::string& bytes) const;

    DictionaryInfo m_info;
    std::unique_ptr<Hunspell> m_hunspell;
    QString m_encoding;
    bool m_utf8 = true;
    QHash<QString, bool> m_cache;
};

} // namespace Postino

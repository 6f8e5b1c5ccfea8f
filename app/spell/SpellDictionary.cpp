#include "SpellDictionary.h"

#include <QCoreApplication>
#include <QFile>
#include <QStringDecoder>
#include <QStringEncoder>

#include <hunspell.hxx>

namespace Postino {

namespace {
// Hunspell's own limit for a word (MAXWORDUTF8LEN); longer ones are never words.
constexpr qsizetype MaxWordBytes = 256;
// The answers kept: a long message has a few thousand different words; past this the cache starts again.
constexpr qsizetype MaxCachedWords = 50000;
} // namespace

SpellDictionary::SpellDictionary(DictionaryInfo info, std::unique_ptr<Hunspell> hunspell)
    : m_info(std::move(info))
    , m_hunspell(std::move(hunspell))
{
    m_encoding = QString::fromStdString(m_hunspell->get_dict_encoding()).trimmed();
    const QString normalised = m_encoding.toUpper().remove(QLatin1Char('-'));
    m_utf8 = m_encoding.isEmpty() || normalised == QLatin1String("UTF8");
}

SpellDictionary::~SpellDictionary() = default;

Result<std::shared_ptr<SpellDictionary>> SpellDictionary::open(const DictionaryInfo& info)
{
    for (const QString& path : {info.affPath, info.dicPath}) {
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly))
            return Error(ErrorKind::IoError,
                         QCoreApplication::translate("Postino::SpellDictionary", "Cannot read the dictionary %1: %2")
                             .arg(path, file.errorString()));
    }
    auto hunspell = std::make_unique<Hunspell>(QFile::encodeName(info.affPath).constData(),
                                               QFile::encodeName(info.dicPath).constData());
    std::shared_ptr<SpellDictionary> dictionary(new SpellDictionary(info, std::move(hunspell)));
    if (!dictionary->m_utf8 && !QStringEncoder(dictionary->m_encoding.toLatin1().constData()).isValid())
        return Error(ErrorKind::IoError,
                     QCoreApplication::translate("Postino::SpellDictionary",
                                                 "The dictionary %1 is in %2, which Postino cannot read")
                         .arg(info.affPath, dictionary->m_encoding));
    return dictionary;
}

bool SpellDictionary::encode(const QString& word, std::string* out) const
{
    QByteArray bytes;
    if (m_utf8) {
        bytes = word.toUtf8();
    } else {
        QStringEncoder encoder(m_encoding.toLatin1().constData());
        bytes = encoder.encode(word);
        if (encoder.hasError())
            return false; // a letter the dictionary's encoding has not: not one of its words
    }
    if (bytes.size() > MaxWordBytes)
        return false;
    *out = bytes.toStdString();
    return true;
}

QString SpellDictionary::decode(const std::string& bytes) const
{
    if (m_utf8)
        return QString::fromStdString(bytes);
    QStringDecoder decoder(m_encoding.toLatin1().constData());
    return decoder.decode(QByteArrayView(bytes.data(), qsizetype(bytes.size())));
}

bool SpellDictionary::check(const QString& word)
{
    const auto cached = m_cache.constFind(word);
    if (cached != m_cache.constEnd())
        return *cached;
    std::string bytes;
    const bool known = encode(word, &bytes) && m_hunspell->spell(bytes);
    if (m_cache.size() >= MaxCachedWords)
        m_cache.clear();
    m_cache.insert(word, known);
    return known;
}

QStringList SpellDictionary::suggest(const QString& word, int max)
{
    std::string bytes;
    if (max <= 0 || !encode(word, &bytes))
        return {};
    QStringList suggestions;
    for (const std::string& suggestion : m_hunspell->suggest(bytes)) {
        const QString text = decode(suggestion);
        if (!text.isEmpty() && !suggestions.contains(text))
            suggestions.append(text);
        if (suggestions.size() >= max)
            break;
    }
    return suggestions;
}

} // namespace Postino

#pragma once

#include "common/Error.h"
#include "common/WriteHook.h"

#include <QCoreApplication>
#include <QStringList>

namespace Postino {

// The person's own words ("Add to Dictionary"): CONFIG/postino/dictionary.txt, one word a line, UTF-8, shared by
// every language. Plain functions for Spelling's worker: each add() reads the file again and writes it whole
// through QSaveFile, so two windows (or two Postinos) adding words never lose each other's.
class UserDictionary
{
    Q_DECLARE_TR_FUNCTIONS(Postino::UserDictionary)
public:
    [[nodiscard]] static QString defaultFileName();
    // The words in the file, in its order; a missing file has none.
    [[nodiscard]] static Result<QStringList> read(const QString& fileName);
    // Adds word (trimmed; one line) unless the file has it; returns every word now in the file.
    [[nodiscard]] static Result<QStringList> add(const QString& fileName, const QString& word,
                                                 const WriteHook& hook = {});
};

} // namespace Postino

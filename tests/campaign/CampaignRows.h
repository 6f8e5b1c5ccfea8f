#pragma once

// The large campaign lists that TestCsvReader and TestRecipientList check and bench/lists.cpp times: the
// same rows, so that the benchmark measures what the tests prove correct.
#include "campaign/CsvReader.h"

#include <QByteArray>
#include <QStringList>

namespace Postino::Test {

// A CSV file of `count` rows: a quoted field with a comma, one with a doubled quote and a line break, UTF-8.
inline QByteArray campaignCsv(int count)
{
    QByteArray bytes = "email,nome,cognome,città,nota\r\n";
    for (int i = 0; i < count; ++i) {
        bytes += "utente" + QByteArray::number(i) + "@esempio.it,Niccolò,\"Rossi, " + QByteArray::number(i)
            + "\",Forlì,\"una \"\"nota\"\"\nsu due righe\"\r\n";
    }
    return bytes;
}

// A read table of `count` rows: every address once (utente0@esempio.it, utente0@città.it, utente1@posta.com,
// ...), some domains beyond ASCII.
inline CsvTable campaignTable(int count)
{
    CsvTable csv;
    csv.header = {QStringLiteral("email"), QStringLiteral("nome"), QStringLiteral("cognome"), QStringLiteral("città"),
                  QStringLiteral("nota")};
    const QStringList domains = {QStringLiteral("esempio.it"), QStringLiteral("città.it"), QStringLiteral("posta.com")};
    for (int i = 0; i < count; ++i) {
        csv.rows.append({QStringLiteral("utente%1@%2").arg(i / 2).arg(domains.at(i % 3)), QStringLiteral("Nome"),
                         QStringLiteral("Cognome"), QStringLiteral("Forlì"), QString()});
        csv.lines.append(i + 2);
    }
    return csv;
}

} // namespace Postino::Test

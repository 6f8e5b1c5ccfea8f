#pragma once

#include "campaign/CsvReader.h"
#include "common/Error.h"
#include "mime/Address.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

namespace Postino {

class SuppressionList;

// One row of the list that will get the campaign.
struct CampaignRecipient
{
    int row = 0; // 1-based data row
    int line = 0; // the line of the file where the row starts
    QString email; // the address as written, trimmed
    QHash<QString, QString> fields; // by lower-case column name, plus "email" (the address, as above)
};

// One row that will not.
struct SkippedRecipient
{
    enum class Reason { NoAddress, Invalid, Duplicate, Suppressed };
    int row = 0;
    int line = 0;
    QString email; // as written, trimmed
    Reason reason = Reason::NoAddress;
    QString detail; // for people, translated: "not a valid address: <why>", "same address as row 12", ...
};

// A campaign's recipients: a CSV table's rows checked one by one, each kept or skipped with its reason.
//
// The address column is emailColumn when given (ignoring case), else the column named "email" (ignoring
// case), else the only column named "e-mail", "mail", "indirizzo", "indirizzo email" or "indirizzo
// e-mail". Then each data row: an empty address is NoAddress; one Address::create() refuses is Invalid
// (with its reason); the same mailbox (mailboxKey) as an earlier kept row is Duplicate, naming that row;
// one on the suppression list is Suppressed. Only a missing or unknown address column is an error.
class RecipientList
{
    Q_DECLARE_TR_FUNCTIONS(Postino::RecipientList)
public:
    RecipientList() = default;

    // suppression may be null (nothing suppressed).
    [[nodiscard]] static Result<RecipientList> fromTable(const CsvTable& table, const QString& emailColumn,
                                                         const SuppressionList* suppression);
    // The index of the address column in header, found as above, or the DataError saying how to name it.
    [[nodiscard]] static Result<int> findEmailColumn(const QStringList& header, const QString& emailColumn);

    [[nodiscard]] const QStringList& columns() const { return m_columns; } // header names as written
    [[nodiscard]] const QString& emailColumn() const { return m_emailColumn; }
    [[nodiscard]] int total() const { return m_total; } // data rows
    [[nodiscard]] const QList<CampaignRecipient>& recipients() const { return m_recipients; } // in row order
    [[nodiscard]] const QList<SkippedRecipient>& skipped() const { return m_skipped; } // in row order

private:
    QStringList m_columns;
    QString m_emailColumn;
    int m_total = 0;
    QList<CampaignRecipient> m_recipients;
    QList<SkippedRecipient> m_skipped;
};

// "no_address" | "invalid" | "duplicate" | "suppressed"
[[nodiscard]] QString skipReasonName(SkippedRecipient::Reason reason);
// {"row", "line", "email", "reason" (skipReasonName), "detail"}: how a skipped row is written everywhere
// (skipped.json, `campaign create --json`, `suppress import --json`).
[[nodiscard]] QJsonObject skippedToJson(const SkippedRecipient& skipped);

// What two addresses share when they are the same mailbox, for dedupe and suppression: the local part as
// it is, "@", the domain as lower-case ASCII (A-labels).
[[nodiscard]] QString mailboxKey(const Address& address);

} // namespace Postino

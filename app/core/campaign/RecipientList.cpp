#include "RecipientList.h"

#include "campaign/MailboxKeys_p.h"
#include "campaign/SuppressionList.h"

namespace Postino {

namespace {

// Other names of the address column, in lower case, for lists that do not call it "email".
const QStringList& addressColumnNames()
{
    static const QStringList names = {QStringLiteral("e-mail"), QStringLiteral("mail"), QStringLiteral("indirizzo"),
                                      QStringLiteral("indirizzo email"), QStringLiteral("indirizzo e-mail")};
    return names;
}

QString quotedList(const QStringList& names)
{
    QStringList quoted;
    quoted.reserve(names.size());
    for (const QString& name : names)
        quoted.append(QLatin1Char('"') + name + QLatin1Char('"'));
    return quoted.join(QLatin1String(", "));
}

// Decides, row after row, whether each address is kept; remembers the kept ones.
class RowChecker
{
public:
    RowChecker(QString column, const SuppressionList* suppression)
        : m_column(std::move(column))
        , m_suppression(suppression)
    { }

    // Whether row's address is kept; if not, row says why.
    bool keep(SkippedRecipient* row)
    {
        if (row->email.isEmpty()) {
            row->reason = SkippedRecipient::Reason::NoAddress;
            row->detail = RecipientList::tr("no address in the column \"%1\"").arg(m_column);
            return false;
        }
        const Result<CheckedMailbox> mailbox = m_mailboxes.check(row->email);
        if (!mailbox) {
            row->reason = SkippedRecipient::Reason::Invalid;
            row->detail = RecipientList::tr("not a valid address: %1").arg(mailbox.error().message());
            return false;
        }
        const QString& key = mailbox.value().key;
        if (const int earlier = m_kept.value(key); earlier > 0) {
            row->reason = SkippedRecipient::Reason::Duplicate;
            row->detail = RecipientList::tr("same address as row %1").arg(QString::number(earlier));
            return false;
        }
        if (m_suppression && m_suppression->containsKey(key)) {
            row->reason = SkippedRecipient::Reason::Suppressed;
            row->detail = RecipientList::tr("on the suppression list");
            return false;
        }
        m_kept.insert(key, row->row);
        return true;
    }

private:
    QString m_column;
    const SuppressionList* m_suppression;
    MailboxKeys m_mailboxes;
    QHash<QString, int> m_kept; // mailboxKey -> the row that has it
};

} // namespace

Result<int> RecipientList::findEmailColumn(const QStringList& header, const QString& emailColumn)
{
    const QString wanted = emailColumn.trimmed();
    if (!wanted.isEmpty()) {
        for (qsizetype i = 0; i < header.size(); ++i) {
            if (header[i].compare(wanted, Qt::CaseInsensitive) == 0)
                return static_cast<int>(i);
        }
        return Error(ErrorKind::DataError,
                     tr("The recipient list has no column \"%1\" (its columns are: %2). Name one of them with "
                        "--column email=NAME.")
                         .arg(wanted, quotedList(header)));
    }
    for (qsizetype i = 0; i < header.size(); ++i) {
        if (header[i].compare(QLatin1String("email"), Qt::CaseInsensitive) == 0)
            return static_cast<int>(i);
    }
    QList<int> candidates;
    for (qsizetype i = 0; i < header.size(); ++i) {
        if (addressColumnNames().contains(header[i].toLower()))
            candidates.append(static_cast<int>(i));
    }
    if (candidates.size() == 1)
        return candidates.first();
    if (candidates.size() > 1) {
        QStringList names;
        for (int i : candidates)
            names.append(header[i]);
        return Error(ErrorKind::DataError,
                     tr("The recipient list has more than one column that could hold the addresses (%1). Name "
                        "the one to use with --column email=NAME.")
                         .arg(quotedList(names)));
    }
    return Error(ErrorKind::DataError,
                 tr("The recipient list has no \"email\" column (its columns are: %1). Name the column that holds "
                    "the addresses with --column email=NAME, or call it \"email\" in the header.")
                     .arg(quotedList(header)));
}

Result<RecipientList> RecipientList::fromTable(const CsvTable& table, const QString& emailColumn,
                                               const SuppressionList* suppression)
{
    const Result<int> column = findEmailColumn(table.header, emailColumn);
    if (!column)
        return column.error();
    RecipientList list;
    list.m_columns = table.header;
    list.m_emailColumn = table.header.at(column.value());
    list.m_total = static_cast<int>(table.rows.size());
    QStringList keys;
    for (const QString& name : table.header)
        keys.append(name.toLower());
    RowChecker checker(list.m_emailColumn, suppression);
    for (qsizetype i = 0; i < table.rows.size(); ++i) {
        const QStringList& row = table.rows.at(i);
        SkippedRecipient skip;
        skip.row = static_cast<int>(i + 1);
        skip.line = i < table.lines.size() ? table.lines.at(i) : 0;
        skip.email = row.value(column.value()).trimmed();
        if (!checker.keep(&skip)) {
            list.m_skipped.append(std::move(skip));
            continue;
        }
        CampaignRecipient recipient {skip.row, skip.line, skip.email, {}};
        for (qsizetype c = 0; c < keys.size(); ++c)
            recipient.fields.insert(keys.at(c), row.value(c));
        recipient.fields.insert(QStringLiteral("email"), skip.email);
        list.m_recipients.append(std::move(recipient));
    }
    return list;
}

QString skipReasonName(SkippedRecipient::Reason reason)
{
    switch (reason) {
    case SkippedRecipient::Reason::NoAddress:
        return QStringLiteral("no_address");
    case SkippedRecipient::Reason::Invalid:
        return QStringLiteral("invalid");
    case SkippedRecipient::Reason::Duplicate:
        return QStringLiteral("duplicate");
    case SkippedRecipient::Reason::Suppressed:
        return QStringLiteral("suppressed");
    }
    return {};
}

QJsonObject skippedToJson(const SkippedRecipient& s)
{
    return QJsonObject {{QStringLiteral("row"), s.row},
                        {QStringLiteral("line"), s.line},
                        {QStringLiteral("email"), s.email},
                        {QStringLiteral("reason"), skipReasonName(s.reason)},
                        {QStringLiteral("detail"), s.detail}};
}

QString mailboxKey(const Address& address)
{
    return address.localPart() + QLatin1Char('@') + address.asciiDomain().toLower();
}

} // namespace Postino

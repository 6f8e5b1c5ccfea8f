#pragma once

#include "domain/DomainCheck.h"

#include <QList>
#include <QWidget>

#include <memory>
#include <optional>

class QLabel;
class QLineEdit;
class QPushButton;
class QScrollArea;
class QVBoxLayout;

namespace Postino {

class MtaStsFetcher;
class SubmissionFactory;

class Clock;
class DnsResolver;
class DomainCheckCard;

// The main window's "Domain health" page (issue #15): will mail from this address be trusted? A domain or
// address (prefilled from the current account), an optional DKIM selector and sending server, Check; then
// every check of DomainCheck streams in as it finishes, each a DomainCheckCard (traffic light, summary,
// detail, "What is …?", the fix to copy), and Re-check runs the same check again. DomainCheck is asynchronous
// on this thread's event loop (the resolver does its own waiting), so nothing here blocks the window.
class DomainHealthPage : public QWidget
{
    Q_OBJECT
public:
    explicit DomainHealthPage(QWidget* parent = nullptr);
    ~DomainHealthPage() override;

    // Not owned, must outlive the page; until it is set the page cannot check (it says so). clock: the
    // deadline's (null: the system's).
    void setResolver(DnsResolver* resolver, Clock* clock = nullptr);
    // Not owned. mtaSts fetches the MTA-STS policy over HTTPS (null: the TXT record only, and the check says the
    // policy was not fetched); submissions greets each server for its EHLO name (null: not read).
    void setServices(MtaStsFetcher* mtaSts, SubmissionFactory* submissions)
    {
        m_mtaSts = mtaSts;
        m_submissions = submissions;
    }
    // Every check ends by then (DomainCheckOptions::deadlineMs).
    void setDeadlineMs(qint64 ms) { m_deadlineMs = ms; }

    // The account whose mail is checked: its address and server fill the fields, and mail through that
    // server is checked as sent with the account's address as the envelope sender. suggestAccount() fills
    // only fields that are empty or still hold the last suggestion (the user's typing wins).
    void setAccount(const QString& address, const QString& server);
    void suggestAccount(const QString& address, const QString& server);
    // The domain or address to check (e.g. the composer's From), keeping the account's server.
    void setTarget(const QString& target);
    [[nodiscard]] QString target() const;

    [[nodiscard]] bool isRunning() const;
    // The cards shown, in their order (pending ones included).
    [[nodiscard]] QList<DomainCheckCard*> cards() const;
    [[nodiscard]] DomainCheckCard* card(const QString& id) const; // the first with that id, or null
    [[nodiscard]] const std::optional<DomainCheckReport>& lastReport() const { return m_report; }

public slots:
    // Checks what the fields say; false (and why, on the page) when they name no domain or there is no DNS.
    bool check();
    // The last check again, with the same settings (the fields' when there was none).
    bool recheck();

signals:
    void checkStarted(const QString& domain);
    void resultShown(const Postino::DomainCheckResult& result);
    void checkDone(const Postino::DomainCheckReport& report);
    void fixCopied(const QString& id);

private:
    void buildUi();
    bool start(const DomainCheckOptions& options);
    void dropCheck();
    void showResult(const DomainCheckResult& result);
    void showReport(const DomainCheckReport& report);
    DomainCheckCard* addCard(const QString& id);
    void clearCards();
    void setStatus(const QString& text);

    DnsResolver* m_resolver = nullptr;
    Clock* m_clock = nullptr;
    MtaStsFetcher* m_mtaSts = nullptr;
    SubmissionFactory* m_submissions = nullptr;
    qint64 m_deadlineMs = 4500;
    QString m_accountAddress;
    QString m_accountServer;
    QString m_suggestedTarget; // what suggestAccount() put in the fields
    QString m_suggestedServer;
    std::optional<DomainCheckOptions> m_lastOptions;
    std::unique_ptr<DomainCheck> m_check;
    std::optional<DomainCheckReport> m_report;
    QList<DomainCheckCard*> m_cards;

    QLineEdit* m_target = nullptr;
    QLineEdit* m_selector = nullptr;
    QLineEdit* m_server = nullptr;
    QPushButton* m_checkButton = nullptr;
    QPushButton* m_recheckButton = nullptr;
    QLabel* m_status = nullptr;
    QScrollArea* m_scroll = nullptr;
    QWidget* m_results = nullptr;
    QVBoxLayout* m_resultsLayout = nullptr;
    QLabel* m_empty = nullptr;
};

} // namespace Postino

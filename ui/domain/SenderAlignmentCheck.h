#pragma once

#include <QHash>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QString>

#include <functional>

namespace Postino {

class Clock;
class DnsResolver;
struct DomainCheckReport;

// "Will mail From this address through this account's server fail DMARC?", for the composer's warning:
// DomainCheck's alignment verdict, cached by (From domain, server, and the envelope sender's domain when
// the From is not the account's address) for maxAgeMs, one check in flight per key however many composers
// ask, each bounded by deadlineMs. A verdict the DNS did not fully answer warns of nothing.
class SenderAlignmentCheck : public QObject
{
    Q_OBJECT
public:
    struct Verdict
    {
        bool fails = false; // DMARC alignment fails: the message will probably be refused or filed as spam
        QString summary; // the core's one line about it (translated)
        QString fix;
    };
    using Done = std::function<void(const Verdict&)>;

    // resolver (not owned) may be null: nothing is checked and nothing is said.
    explicit SenderAlignmentCheck(DnsResolver* resolver, Clock* clock = nullptr, QObject* parent = nullptr);
    ~SenderAlignmentCheck() override;

    void setDeadlineMs(qint64 ms) { m_deadlineMs = ms; }
    void setMaxAgeMs(qint64 ms) { m_maxAgeMs = ms; }

    // done runs later on this thread, only while context lives: at once (from the event loop) for a cached
    // verdict, else when the check ends. Nothing is checked (done never runs) for an empty from or server.
    void check(const QString& from, const QString& accountAddress, const QString& server, QObject* context, Done done);
    // How many domain checks ran so far (the cache's hits start none).
    [[nodiscard]] int checksRun() const { return m_checksRun; }

signals:
    // A check ended (before the waiting callers hear of it).
    void checked(const QString& fromDomain, const QString& server, bool fails);

private:
    struct Waiter
    {
        QPointer<QObject> context;
        Done done;
    };
    struct Entry
    {
        Verdict verdict;
        qint64 checkedAtMs = 0; // on the clock's time line
        bool running = false;
        QList<Waiter> waiting;
    };
    [[nodiscard]] qint64 nowMs() const;
    void finished(const QString& key, const QString& fromDomain, const QString& server,
                  const DomainCheckReport& report);

    DnsResolver* m_resolver;
    Clock* m_clock;
    qint64 m_deadlineMs = 3000;
    qint64 m_maxAgeMs = 10 * 60 * 1000;
    int m_checksRun = 0;
    QHash<QString, Entry> m_cache;
};

} // namespace Postino

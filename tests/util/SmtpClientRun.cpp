#include "SmtpClientRun.h"

#include "TestCertificates.h"

#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QTimer>

namespace Postino::Test {

SmtpClientRun::SmtpClientRun(quint16 port, QObject* parent)
    : QObject(parent)
{
    settings.endpoint.host = QStringLiteral("smtp.test");
    settings.endpoint.connectAddress = QStringLiteral("127.0.0.1");
    settings.endpoint.port = port;
    settings.endpoint.security = Security::None;
    settings.endpoint.heloName = QStringLiteral("client.test");
    settings.endpoint.extraCaCertificates = {TestCertificates::instance().ca()};
    settings.clock = &clock;
    settings.transcript = &transcript;
}

SmtpClientRun::~SmtpClientRun()
{
    if (client)
        client->disconnect(this);
}

void SmtpClientRun::create()
{
    client = std::make_unique<SmtpClient>(settings);
    connect(client.get(), &Submission::ready, this, [this] { ++readyCount; });
    connect(client.get(), &Submission::failed, this, [this](const SmtpError& e) { failures.append(e); });
    connect(client.get(), &Submission::closed, this, [this] { ++closedCount; });
    connect(client.get(), &Submission::transactionFinished, this,
            [this](const TransactionResult& r) { results.append(r); });
    connect(client.get(), &Submission::recipientReplied, this,
            [this](const QString& a, const SmtpReply& r) { recipientReplies.append(qMakePair(a, r)); });
    connect(client.get(), &Submission::uploadProgress, this,
            [this](qint64 sent, qint64 total) { progress.append(qMakePair(sent, total)); });
    connect(client.get(), &Submission::stateChanged, this, [this](Submission::State s) { states.append(s); });
    connect(client.get(), &Submission::passwordRequested, this, [this](const QString& user) {
        passwordRequests.append(user);
        if (!passwordToGive.isEmpty())
            client->providePassword(passwordToGive);
    });
}

bool SmtpClientRun::waitFor(const std::function<bool()>& done, int msec)
{
    // Unlike QTest::qWaitFor, no 10 ms sleep between event batches: a streamed upload needs hundreds.
    QDeadlineTimer deadline(msec);
    QTimer wake; // returns from a blocking processEvents() at least this often
    wake.start(20);
    while (!done()) {
        if (deadline.hasExpired())
            return false;
        QCoreApplication::processEvents(QEventLoop::AllEvents | QEventLoop::WaitForMoreEvents);
        QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
    }
    return true;
}

bool SmtpClientRun::open(int msec)
{
    if (!client)
        create();
    client->open();
    return waitFor([this] { return readyCount > 0 || !failures.isEmpty() || !passwordRequests.isEmpty(); }, msec);
}

bool SmtpClientRun::send(const Envelope& envelope, QIODevice* body, qint64 size, int msec)
{
    const auto before = results.size();
    client->send(envelope, body, size);
    (void)waitFor([&] { return results.size() > before || !failures.isEmpty(); }, msec);
    return results.size() > before;
}

bool SmtpClientRun::close(int msec)
{
    client->close();
    (void)waitFor([this] { return closedCount > 0 || !failures.isEmpty(); }, msec);
    return closedCount > 0;
}

bool SmtpClientRun::waitForState(Submission::State state, int msec)
{
    (void)waitFor([&] { return client->state() == state || !failures.isEmpty(); }, msec);
    return client->state() == state;
}

bool SmtpClientRun::waitForFailure(int msec)
{
    return waitFor([this] { return !failures.isEmpty(); }, msec);
}

} // namespace Postino::Test

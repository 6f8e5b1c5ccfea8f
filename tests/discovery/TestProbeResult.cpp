#include "discovery/ProbeResult.h"

#include <QTest>

using namespace Postino;

Q_DECLARE_METATYPE(Postino::ProbeOutcome)

namespace {

ProbeResult resultOf(const QList<ProbeOutcome>& outcomes)
{
    ProbeResult result;
    result.email = QStringLiteral("ada@example.org");
    for (int i = 0; i < outcomes.size(); ++i) {
        ProbeCandidate candidate;
        candidate.server.host = QStringLiteral("smtp%1.example.org").arg(i);
        candidate.server.port = 465;
        candidate.result = outcomes.at(i);
        result.candidates.append(candidate);
    }
    return result;
}

} // namespace

// ProbeResult's ranking of failures: which failed candidate says most, and in which words (the wizard's
// status and the CLI's note).
class TestProbeResult : public QObject
{
    Q_OBJECT
private slots:
    void failureRank_data();
    void failureRank();
    void mostTelling_data();
    void mostTelling();
    void verdict_data();
    void verdict();
    void nothingResolvedMeansOffline();
};

void TestProbeResult::failureRank_data()
{
    QTest::addColumn<ProbeOutcome>("outcome");
    QTest::addColumn<int>("rank");
    QTest::newRow("a refused password says most") << ProbeOutcome::AuthFailed << 0;
    QTest::newRow("then a certificate") << ProbeOutcome::CertError << 1;
    QTest::newRow("then no common sign-in method") << ProbeOutcome::AuthUnsupported << 2;
    QTest::newRow("then no STARTTLS") << ProbeOutcome::NoStartTls << 3;
    QTest::newRow("then failed encryption") << ProbeOutcome::TlsError << 4;
    QTest::newRow("no answer says nothing") << ProbeOutcome::Refused << -1;
    QTest::newRow("a timeout says nothing") << ProbeOutcome::Timeout << -1;
    QTest::newRow("not SMTP says nothing") << ProbeOutcome::ProtocolError << -1;
    QTest::newRow("skipped says nothing") << ProbeOutcome::Skipped << -1;
    QTest::newRow("pending says nothing") << ProbeOutcome::Pending << -1;
    QTest::newRow("a working server is no failure") << ProbeOutcome::Ok << -1;
}

void TestProbeResult::failureRank()
{
    QFETCH(ProbeOutcome, outcome);
    QFETCH(int, rank);
    QCOMPARE(ProbeResult::failureRank(outcome), rank);
}

void TestProbeResult::mostTelling_data()
{
    QTest::addColumn<QList<ProbeOutcome>>("outcomes");
    QTest::addColumn<int>("index");
    using O = ProbeOutcome;
    QTest::newRow("nothing tried") << QList<O> {} << -1;
    QTest::newRow("only silence") << QList<O> {O::Timeout, O::Refused, O::Skipped} << -1;
    QTest::newRow("a refused password wins over a certificate before it")
        << QList<O> {O::CertError, O::AuthFailed} << 1;
    QTest::newRow("a certificate wins over no STARTTLS") << QList<O> {O::NoStartTls, O::Timeout, O::CertError} << 2;
    QTest::newRow("the first of the same rank") << QList<O> {O::Refused, O::TlsError, O::TlsError} << 1;
    QTest::newRow("the first of two refused passwords") << QList<O> {O::AuthFailed, O::AuthFailed} << 0;
    QTest::newRow("no common method wins over failed encryption")
        << QList<O> {O::TlsError, O::AuthUnsupported, O::NoStartTls} << 1;
}

void TestProbeResult::mostTelling()
{
    QFETCH(QList<ProbeOutcome>, outcomes);
    QFETCH(int, index);
    const ProbeResult result = resultOf(outcomes);
    QCOMPARE(result.mostTellingIndex(), index);
    QCOMPARE(result.mostTelling(), index < 0 ? nullptr : &result.candidates.at(index));
}

void TestProbeResult::verdict_data()
{
    QTest::addColumn<QList<ProbeOutcome>>("outcomes");
    QTest::addColumn<bool>("verified");
    QTest::addColumn<QString>("verdict");
    using O = ProbeOutcome;
    QTest::newRow("a verified server needs no verdict") << QList<O> {O::AuthFailed, O::Ok} << true << QString();
    QTest::newRow("nothing telling: no verdict") << QList<O> {O::Timeout} << false << QString();
    QTest::newRow("a refused password") << QList<O> {O::Timeout, O::AuthFailed} << false
                                        << QStringLiteral(
                                               "smtp1.example.org is your server, but it refused the password.");
    QTest::newRow("a certificate") << QList<O> {O::CertError} << false
                                   << QStringLiteral(
                                          "smtp0.example.org answers, but its certificate could not be verified.");
    QTest::newRow("the rest") << QList<O> {O::Refused, O::NoStartTls} << false
                              << QStringLiteral("smtp1.example.org answers, but it cannot be used as it is.");
}

void TestProbeResult::verdict()
{
    QFETCH(QList<ProbeOutcome>, outcomes);
    QFETCH(bool, verified);
    QFETCH(QString, verdict);
    ProbeResult result = resultOf(outcomes);
    result.verified = verified;
    result.found = verified;
    QCOMPARE(result.verdict(), verdict);
}

void TestProbeResult::nothingResolvedMeansOffline()
{
    ProbeResult result = resultOf({ProbeOutcome::Refused, ProbeOutcome::Refused, ProbeOutcome::Skipped});
    QVERIFY(!result.nothingResolved()); // refused connections: the names resolved
    result.candidates[0].failure = SmtpFailure::HostNotFound;
    QVERIFY(!result.nothingResolved());
    result.candidates[1].failure = SmtpFailure::HostNotFound;
    QVERIFY(result.nothingResolved()); // the skipped one does not count
    QVERIFY2(result.verdict().contains(QLatin1String("you seem to be offline, or example.org is not a mail domain")),
             qPrintable(result.verdict()));
    result.candidates[2].result = ProbeOutcome::Timeout;
    result.candidates[2].failure = SmtpFailure::Timeout;
    QVERIFY(!result.nothingResolved());
    QVERIFY(!resultOf({}).nothingResolved());
}

QTEST_GUILESS_MAIN(TestProbeResult)
#include "TestProbeResult.moc"

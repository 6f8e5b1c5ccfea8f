#include "GuiTestUtil.h"

#include "ConnectionDoctor.h"
#include "FakeSecretStore.h"
#include "FakeSmtpServer.h"
#include "TestCertificates.h"
#include "Translations.h"

#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>
#include <QTreeView>

using namespace Postino;
using Postino::Test::FakeSecretStore;
using Postino::Test::FakeSmtpServer;
using Mark = ConnectionDoctor::Mark;

namespace {

QStringList greeting()
{
    return {QStringLiteral("S: 220 smtp.test ESMTP fake"), QStringLiteral("C: EHLO *"),
            QStringLiteral("S: 250-smtp.test"), QStringLiteral("S: 250-SIZE 52428800"),
            QStringLiteral("S: 250 AUTH PLAIN LOGIN")};
}

} // namespace

class TestConnectionDoctor : public QObject
{
    Q_OBJECT
private:
    FakeSecretStore m_secrets;

    Account account(quint16 port, Security security) const
    {
        Account a;
        a.name = QStringLiteral("ada");
        a.email = QStringLiteral("ada@example.org");
        a.host = QStringLiteral("127.0.0.1");
        a.port = port;
        a.security = security;
        if (security != Security::None)
            a.caFile = Test::TestCertificates::instance().caPath();
        return a;
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        // Plural forms come from the English catalogue, as in the application.
        QVERIFY(Translations::install(QCoreApplication::instance(), QStringLiteral("en")));
    }
    void init() { m_secrets.passwords = {{QStringLiteral("ada"), QStringLiteral("secret")}}; }

    void everyStepGreenAgainstAGoodServer()
    {
        QVERIFY2(Test::TestCertificates::instance().isValid(), qPrintable(Test::TestCertificates::instance().error()));
        FakeSmtpServer server;
        server.addScript(QStringList {QStringLiteral("TLS valid")} + greeting()
                         + QStringList {QStringLiteral("C: AUTH PLAIN *"), QStringLiteral("S: 235 2.7.0 Accepted"),
                                        QStringLiteral("C: QUIT"), QStringLiteral("S: 221 Bye"),
                                        QStringLiteral("CLOSE")});
        QVERIFY(server.listen());
        ConnectionDoctor doctor(account(server.port(), Security::Tls), &m_secrets, SubmissionFactory::smtp());
        doctor.setWaitingCount(2);
        doctor.show();
        QSignalSpy finished(&doctor, &ConnectionDoctor::finished);
        QSignalSpy learned(&doctor, &ConnectionDoctor::maxMessageSizeLearned);
        QSignalSpy sendWaiting(&doctor, &ConnectionDoctor::sendWaitingRequested);
        auto* sendButton = doctor.findChild<QPushButton*>(QStringLiteral("doctorSendWaitingButton"));
        QVERIFY(sendButton && !sendButton->isVisible());
        doctor.start();
        QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 10000);
        QCOMPARE(finished.first().first().toBool(), true);
        // The SIZE of the EHLO after TLS, for the account to keep.
        QCOMPARE(learned.count(), 1);
        QCOMPARE(learned.first().at(0).toString(), QStringLiteral("ada"));
        QCOMPARE(learned.first().at(1).toLongLong(), Q_INT64_C(52428800));
        for (int s = 0; s < ConnectionDoctor::StepCount; ++s) {
            const auto step = static_cast<ConnectionDoctor::Step>(s);
            QVERIFY2(doctor.mark(step) == Mark::Ok, qPrintable(QString::number(s) + u' ' + doctor.reason(step)));
        }
        QVERIFY(doctor.reason(ConnectionDoctor::TlsStep).contains(QStringLiteral("TLSv1")));
        QVERIFY(doctor.reason(ConnectionDoctor::AuthStep).contains(QStringLiteral("PLAIN")));
        const QString transcript = doctor.transcriptText();
        QVERIFY(transcript.contains(QStringLiteral("EHLO")));
        QVERIFY(transcript.contains(QStringLiteral("AUTH PLAIN")));
        const QString secretB64 = QString::fromLatin1(QByteArray("\0ada@example.org\0secret", 23).toBase64());
        QVERIFY(!transcript.contains(secretB64)); // redacted
        QVERIFY(Test::unnamedInputs(&doctor).isEmpty());
        // Everything works, and two messages wait: the doctor offers to send them now.
        auto* summary = doctor.findChild<QLabel*>(QStringLiteral("doctorSummary"));
        QVERIFY2(summary->text().contains(QStringLiteral("2 messages of this account wait")),
                 qPrintable(summary->text()));
        QVERIFY(sendButton->isVisible());
        QVERIFY(sendButton->text().contains(QStringLiteral("2")));
        sendButton->click();
        QCOMPARE(sendWaiting.count(), 1);
        QCOMPARE(sendWaiting.first().first().toString(), QStringLiteral("ada"));
        QVERIFY(!sendButton->isVisible());
    }

    void refusedPasswordIsRedWithAReason()
    {
        FakeSmtpServer server;
        server.addScript(greeting()
                         + QStringList {QStringLiteral("C: AUTH PLAIN *"),
                                        QStringLiteral("S: 535 5.7.8 Authentication credentials invalid")});
        QVERIFY(server.listen());
        ConnectionDoctor doctor(account(server.port(), Security::None), &m_secrets, SubmissionFactory::smtp());
        QSignalSpy finished(&doctor, &ConnectionDoctor::finished);
        QSignalSpy learned(&doctor, &ConnectionDoctor::maxMessageSizeLearned);
        doctor.start();
        QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 10000);
        QCOMPARE(finished.first().first().toBool(), false);
        // Signing in failed, but EHLO had answered: its SIZE still counts.
        QCOMPARE(learned.count(), 1);
        QCOMPARE(learned.first().at(1).toLongLong(), Q_INT64_C(52428800));
        QCOMPARE(doctor.mark(ConnectionDoctor::LookupStep), Mark::Ok);
        QCOMPARE(doctor.mark(ConnectionDoctor::ConnectStep), Mark::Ok);
        QCOMPARE(doctor.mark(ConnectionDoctor::TlsStep), Mark::NotNeeded);
        QCOMPARE(doctor.mark(ConnectionDoctor::EhloStep), Mark::Ok);
        QCOMPARE(doctor.mark(ConnectionDoctor::AuthStep), Mark::Failed);
        QVERIFY(!doctor.reason(ConnectionDoctor::AuthStep).isEmpty());
        QVERIFY(doctor.transcriptText().contains(QStringLiteral("535 5.7.8")));
        // One sentence says which step failed and why, beside the server's words.
        const QString summary = doctor.findChild<QLabel*>(QStringLiteral("doctorSummary"))->text();
        QVERIFY2(summary.contains(QStringLiteral("The step “Sign in (AUTH)” failed")), qPrintable(summary));
        QVERIFY2(summary.contains(QStringLiteral("535 5.7.8")), qPrintable(summary));
    }

    void refusedConnectionIsRedAtTcp()
    {
        quint16 port = 0;
        {
            FakeSmtpServer closed;
            QVERIFY(closed.listen());
            port = closed.port();
        } // nothing listens there any more
        ConnectionDoctor doctor(account(port, Security::None), &m_secrets, SubmissionFactory::smtp());
        QSignalSpy finished(&doctor, &ConnectionDoctor::finished);
        QSignalSpy learned(&doctor, &ConnectionDoctor::maxMessageSizeLearned);
        doctor.start();
        QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 10000);
        QCOMPARE(learned.count(), 0); // no EHLO, nothing learned: a stored limit stays as it was
        QCOMPARE(doctor.mark(ConnectionDoctor::LookupStep), Mark::Ok);
        QCOMPARE(doctor.mark(ConnectionDoctor::ConnectStep), Mark::Failed);
        QVERIFY(!doctor.reason(ConnectionDoctor::ConnectStep).isEmpty());
        QCOMPARE(doctor.mark(ConnectionDoctor::AuthStep), Mark::NotTried);
    }

    // A failed step's reason is longer than its column is wide: the row grows to show it whole, wrapped,
    // and the summary under the steps says it in a sentence.
    void failedStepReasonIsShownWhole()
    {
        quint16 port = 0;
        {
            FakeSmtpServer closed;
            QVERIFY(closed.listen());
            port = closed.port();
        }
        ConnectionDoctor doctor(account(port, Security::None), &m_secrets, SubmissionFactory::smtp());
        doctor.resize(560, 480);
        doctor.show();
        QVERIFY(QTest::qWaitForWindowExposed(&doctor));
        QSignalSpy finished(&doctor, &ConnectionDoctor::finished);
        doctor.start();
        QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 10000);
        auto* steps = doctor.findChild<QTreeView*>(QStringLiteral("doctorSteps"));
        QVERIFY(steps);
        const QModelIndex failed = steps->model()->index(ConnectionDoctor::ConnectStep, 1);
        const QString reason = failed.data().toString();
        QCOMPARE(reason, doctor.reason(ConnectionDoctor::ConnectStep));
        const int width = steps->header()->sectionSize(1);
        const int needed =
            steps->fontMetrics().boundingRect(QRect(0, 0, width, 100000), Qt::TextWordWrap, reason).height();
        QVERIFY2(needed > steps->fontMetrics().lineSpacing(), "the reason fits one line: make it longer");
        QTRY_VERIFY2(
            steps->visualRect(failed).height() >= needed,
            qPrintable(QStringLiteral("row %1 px, text %2 px").arg(steps->visualRect(failed).height()).arg(needed)));
        // Wider, the row needs fewer lines and takes less room.
        const int tall = steps->visualRect(failed).height();
        doctor.resize(1100, 480);
        QTRY_VERIFY(steps->visualRect(failed).height() < tall);
        auto* summary = doctor.findChild<QLabel*>(QStringLiteral("doctorSummary"));
        QVERIFY(summary && summary->isVisible());
        QVERIFY2(summary->text().contains(QStringLiteral("The step “Connect (TCP)” failed")),
                 qPrintable(summary->text()));
        QVERIFY(summary->height() >= summary->heightForWidth(summary->width()));
    }

    // A refused certificate's reason runs to many lines (subject, issuer, dates, fingerprint): its row grows,
    // its step's name stays beside its first line, and every step is still in sight without scrolling.
    void certificateRefusalKeepsEveryStepInSight()
    {
        QVERIFY2(Test::TestCertificates::instance().isValid(), qPrintable(Test::TestCertificates::instance().error()));
        FakeSmtpServer server;
        server.addScript({QStringLiteral("TLS selfsigned")});
        QVERIFY(server.listen());
        Account a = account(server.port(), Security::Tls);
        a.caFile.clear(); // nothing vouches for a self-signed certificate
        ConnectionDoctor doctor(a, &m_secrets, SubmissionFactory::smtp());
        doctor.show();
        QVERIFY(QTest::qWaitForWindowExposed(&doctor));
        QSignalSpy finished(&doctor, &ConnectionDoctor::finished);
        doctor.start();
        QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 10000);
        QCOMPARE(doctor.mark(ConnectionDoctor::TlsStep), Mark::Failed);
        auto* steps = doctor.findChild<QTreeView*>(QStringLiteral("doctorSteps"));
        const QModelIndex failed = steps->model()->index(ConnectionDoctor::TlsStep, 1);
        QTRY_VERIFY(steps->visualRect(failed).height() >= 3 * steps->fontMetrics().lineSpacing());
        QVERIFY2(Test::cutOffTexts(steps).isEmpty(), qPrintable(Test::cutOffTexts(steps).join(u'\n')));
        for (int row = 0; row < ConnectionDoctor::StepCount; ++row) {
            for (int column = 0; column < 2; ++column) {
                const QRect cell = steps->visualRect(steps->model()->index(row, column));
                QVERIFY2(steps->viewport()->rect().contains(cell),
                         qPrintable(QStringLiteral("row %1 column %2 out of sight").arg(row).arg(column)));
            }
        }
        // The step's name is at the top of its row, beside the reason's first line.
        const QRect name = steps->visualRect(steps->model()->index(ConnectionDoctor::TlsStep, 0));
        QCOMPARE(steps->model()->index(ConnectionDoctor::TlsStep, 0).data(Qt::TextAlignmentRole).toInt()
                     & Qt::AlignVertical_Mask,
                 int(Qt::AlignTop));
        QCOMPARE(name.top(), steps->visualRect(failed).top());
    }

    void unknownNameIsRedAtLookup()
    {
        Account a = account(25, Security::None);
        a.host = QStringLiteral("no-such-host.invalid");
        ConnectionDoctor doctor(a, &m_secrets, SubmissionFactory::smtp());
        QSignalSpy finished(&doctor, &ConnectionDoctor::finished);
        doctor.start();
        QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 15000);
        QCOMPARE(doctor.mark(ConnectionDoctor::LookupStep), Mark::Failed);
        QVERIFY(doctor.reason(ConnectionDoctor::LookupStep).contains(QStringLiteral("no-such-host.invalid")));
    }
};

QTEST_MAIN(TestConnectionDoctor)
#include "TestConnectionDoctor.moc"

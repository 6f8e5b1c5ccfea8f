#include "ConnectionOptions.h"
#include "SendCommand.h"
#include "common/Paths.h"
#include "common/SecretMemory.h"

#include <QBuffer>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>

#ifdef Q_OS_LINUX
#include <sys/prctl.h>
#endif

using namespace Postino;
using namespace Postino::Cli;

// Secrets in memory (#18): the process that takes one is no longer dumpable (no core dump, no ptrace, no
// /proc/PID/mem for others), and the buffers that held one are zeroed. The functions run in declaration
// order: the first one sees the process before any secret came in.
class TestSecretMemory : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void cleanupTestCase();
    void aCommandWithoutASecretLeavesTheProcessDumpable();
    void sendWithAPasswordMakesTheProcessUndumpable();
    void wipeZeroesTheBytesItOwns();
    void wipeLeavesASharedCopyAlone();
    void wipeZeroesAString();

private:
    int send(const QStringList& args, const QString& password);
    static int dumpable()
    {
#ifdef Q_OS_LINUX
        return ::prctl(PR_GET_DUMPABLE, 0, 0, 0, 0);
#else
        return -1;
#endif
    }

    QTemporaryDir m_dir;
    quint16 m_closedPort = 0;
};

void TestSecretMemory::initTestCase()
{
#ifndef Q_OS_LINUX
    QSKIP("PR_SET_DUMPABLE is Linux's");
#endif
    QVERIFY(m_dir.isValid());
    Paths::setOverride(m_dir.path());
    QTcpServer probe; // a loopback port nobody listens on once this closes
    QVERIFY(probe.listen(QHostAddress::LocalHost, 0));
    m_closedPort = probe.serverPort();
    probe.close();
}

void TestSecretMemory::cleanupTestCase()
{
    Paths::setOverride({});
}

int TestSecretMemory::send(const QStringList& args, const QString& password)
{
    QString out, err;
    QTextStream outStream(&out), errStream(&err);
    QBuffer in;
    Context ctx {outStream, errStream, &in};
    ctx.env = QProcessEnvironment();
    ctx.env.insert(QStringLiteral("PW"), password);
    SendCommand command;
    const int code =
        command.execute(QStringList {QStringLiteral("send"), QStringLiteral("--host"), QStringLiteral("127.0.0.1"),
                                     QStringLiteral("--port"), QString::number(m_closedPort),
                                     QStringLiteral("--security"), QStringLiteral("none"), QStringLiteral("--from"),
                                     QStringLiteral("ada@example.test"), QStringLiteral("--to"),
                                     QStringLiteral("bob@example.test"), QStringLiteral("--body"), QStringLiteral("x")}
                            + args,
                        ctx);
    if (code != 0)
        qWarning("send exited %d: %s", code, qPrintable(err));
    if (password.isEmpty() || !(out.contains(password) || err.contains(password)))
        return code;
    qWarning("the password was printed: %s %s", qPrintable(out), qPrintable(err));
    return -1;
}

void TestSecretMemory::aCommandWithoutASecretLeavesTheProcessDumpable()
{
    QCOMPARE(dumpable(), 1);
    QVERIFY(!SecretMemory::isProtected());
    QCOMPARE(send({QStringLiteral("--queue")}, {}), 0);
    QCOMPARE(dumpable(), 1);
}

void TestSecretMemory::sendWithAPasswordMakesTheProcessUndumpable()
{
    QCOMPARE(dumpable(), 1);
    const int code = send({QStringLiteral("--username"), QStringLiteral("ada"), QStringLiteral("--password-env"),
                           QStringLiteral("PW"), QStringLiteral("--queue")},
                          QStringLiteral("s3cret-for-the-dump-test"));
    QCOMPARE(code, 0);
    QCOMPARE(dumpable(), 0);
    QVERIFY(SecretMemory::isProtected());
}

void TestSecretMemory::wipeZeroesTheBytesItOwns()
{
    QByteArray secret("\0ada\0hunter2-and-more", 21);
    secret.detach();
    const char* data = secret.constData();
    const qsizetype size = secret.size();
    SecretMemory::wipe(secret);
    QVERIFY(secret.isEmpty());
    QCOMPARE(secret.constData(), data); // the same allocation, still this array's
    for (qsizetype i = 0; i < size; ++i)
        QCOMPARE(data[i], '\0');
}

void TestSecretMemory::wipeLeavesASharedCopyAlone()
{
    const QByteArray original("token-shared-elsewhere");
    QByteArray copy = original;
    SecretMemory::wipe(copy);
    QVERIFY(copy.isEmpty());
    QCOMPARE(original, QByteArray("token-shared-elsewhere"));
}

void TestSecretMemory::wipeZeroesAString()
{
    QString secret = QStringLiteral("pässword");
    secret.detach();
    const QChar* data = secret.constData();
    const qsizetype size = secret.size();
    SecretMemory::wipe(secret);
    QVERIFY(secret.isEmpty());
    QCOMPARE(secret.constData(), data);
    for (qsizetype i = 0; i < size; ++i)
        QCOMPARE(data[i].unicode(), char16_t(0));
}

QTEST_GUILESS_MAIN(TestSecretMemory)
#include "TestSecretMemory.moc"

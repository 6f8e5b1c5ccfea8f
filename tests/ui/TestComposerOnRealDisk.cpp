// The composer on a disk that is really full (#18): not a write hook but a tmpfs that has no block left.
// tests/cli/test_gui_disk.py mounts a small tmpfs in a mount namespace it makes, and runs this test inside
// that namespace with POSTINO_TEST_SMALL_DISK naming the mount: the app's data folder (outbox, drafts, Sent)
// is there. The test starts the app while there is room, fills every block, sends from a composer (the
// message must come back to the person with the system's words, the composer open with what they typed,
// nothing half-written on the disk), frees the space and sends again from the same composer (queued and
// sent exactly once). Run alone, it fails: it proves nothing without its disk.
#include "FakeNetworkMonitor.h"
#include "GuiTestUtil.h"

#include "AppController.h"
#include "ComposerWindow.h"
#include "FakeSecretStore.h"
#include "MainWindow.h"
#include "MessageBox.h"
#include "outbox/OutboxModel.h"
#include "outbox/OutboxStore.h"
#include "sandbox/ParsedMessage.h"
#include "sandbox/SandboxMailbox.h"
#include "sandbox/SandboxServer.h"

#include <QDirIterator>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <cerrno>
#include <fcntl.h>
#include <memory>
#include <sys/statvfs.h>
#include <unistd.h>

using namespace Postino;

class TestComposerOnRealDisk : public QObject
{
    Q_OBJECT
private:
    QString m_disk;
    std::unique_ptr<QTemporaryDir> m_config; // accounts and settings: off the small disk
    Test::FakeSecretStore m_secrets;
    Test::FakeNetworkMonitor m_network; // online

    std::unique_ptr<AppController> makeController()
    {
        AppControllerOptions options;
        options.systemTray = false;
        options.dataDir = m_disk + QStringLiteral("/data");
        options.accountsFile = m_config->filePath(QStringLiteral("accounts.ini"));
        options.settingsFile = m_config->filePath(QStringLiteral("postino.ini"));
        options.secrets = &m_secrets;
        options.notifications = false;
        options.network = &m_network;
        auto controller = std::make_unique<AppController>(options);
        controller->window()->show();
        return controller;
    }

    // Takes every free block of the disk with one file; the filler's size, or -1 with the reason.
    qint64 fill(QString* error) const
    {
        const QByteArray path = QFile::encodeName(m_disk + QStringLiteral("/filler"));
        const int fd = ::open(path.constData(), O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0600);
        if (fd < 0) {
            *error = QString::fromLocal8Bit(strerror(errno));
            return -1;
        }
        const QByteArray block(64 * 1024, '\0');
        qint64 written = 0;
        // Bounded: the disk is a few megabytes; a disk that never fills is an error, not a hang.
        for (int i = 0; i < 100000; ++i) {
            const ssize_t n = ::write(fd, block.constData(), size_t(block.size()));
            if (n > 0) {
                written += n;
                continue;
            }
            const int cause = n < 0 ? errno : ENOSPC;
            ::close(fd);
            if (cause != ENOSPC) {
                *error = QString::fromLocal8Bit(strerror(cause));
                return -1;
            }
            return written;
        }
        ::close(fd);
        *error = QStringLiteral("the disk did not fill");
        return -1;
    }

    qint64 freeBytes() const
    {
        struct statvfs s
        {
        };
        if (::statvfs(QFile::encodeName(m_disk).constData(), &s) != 0)
            return -1;
        return qint64(s.f_bavail) * qint64(s.f_frsize);
    }

    QStringList halfWritten() const
    {
        QStringList found;
        QDirIterator it(m_disk, QDir::Files | QDir::Dirs | QDir::Hidden | QDir::NoDotAndDotDot,
                        QDirIterator::Subdirectories);
        while (it.hasNext()) {
            const QString path = it.next();
            if (path.contains(QStringLiteral("/.new-")) || path.endsWith(QStringLiteral(".tmp")))
                found << path;
        }
        return found;
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        m_disk = qEnvironmentVariable("POSTINO_TEST_SMALL_DISK");
        QVERIFY2(!m_disk.isEmpty() && QFileInfo(m_disk).isDir(),
                 "POSTINO_TEST_SMALL_DISK must name a small tmpfs: run through tests/cli/test_gui_disk.py");
        m_config = std::make_unique<QTemporaryDir>();
        QVERIFY(m_config->isValid());
    }

    void aFullDiskKeepsWhatWasTypedAndSendsOnceThereIsRoom()
    {
        auto controller = makeController();
        QVERIFY(controller->sandbox()->start(0).ok());
        QCOMPARE(controller->identities().size(), 1);
        // The app has made its folders; now the disk fills, as it does under a running app.
        QString error;
        const qint64 filler = fill(&error);
        QVERIFY2(filler >= 0, qPrintable(error));
        QVERIFY2(freeBytes() < 64 * 1024, qPrintable(QString::number(freeBytes())));

        MessageBox::setNextAnswer(QMessageBox::Ok);
        QSignalSpy failed(controller.get(), &AppController::sendFailed);
        QSignalSpy queued(controller.get(), &AppController::messageQueued);
        ComposerWindow* composer = controller->window()->newMessage();
        ComposedMessage message;
        message.identity = AppController::sandboxIdentityId();
        message.from = controller->identities().first().from;
        message.to = QStringLiteral("zoe@example.org");
        message.subject = QStringLiteral("Written on a full disk");
        // More than a block, so that the message cannot fit in what a full tmpfs has left.
        message.plainText = QStringLiteral("What I typed, kept whole. ").repeated(400);
        composer->setMessage(message);
        composer->send();

        QTRY_COMPARE_WITH_TIMEOUT(failed.count(), 1, 10000);
        const QString words = failed.first().first().toString();
        QVERIFY2(words.contains(QStringLiteral("No space left on device")), qPrintable(words));
        QCOMPARE(queued.count(), 0);
        QList<ComposerWindow*> composers = controller->window()->composers();
        QCOMPARE(composers.size(), 1);
        QCOMPARE(composers.first()->message().plainText, message.plainText);
        QCOMPARE(composers.first()->message().subject, message.subject);
        QCOMPARE(controller->outboxModel()->rowCount(), 0);
        QVERIFY(controller->outbox()->items().isEmpty());
        QCOMPARE(halfWritten(), QStringList());

        // Room again: the same composer sends, and the message goes once.
        QVERIFY(QFile::remove(m_disk + QStringLiteral("/filler")));
        composers.first()->send();
        QTRY_COMPARE_WITH_TIMEOUT(queued.count(), 1, 10000);
        QTRY_COMPARE_WITH_TIMEOUT(controller->sandbox()->mailbox()->messages().size(), qsizetype(1), 15000);
        QTRY_COMPARE_WITH_TIMEOUT(controller->outboxModel()->rowCount(), 0, 10000);
        QTRY_VERIFY_WITH_TIMEOUT(controller->window()->composers().isEmpty(), 5000);
        const CapturedMessage captured = controller->sandbox()->mailbox()->messages().first();
        QCOMPARE(captured.subject, message.subject);
        const auto raw = controller->sandbox()->mailbox()->rawMessage(captured.id);
        QVERIFY(raw.ok());
        QCOMPARE(ParsedMessage::parse(raw.value()).textBody().trimmed(), message.plainText.trimmed());
        QCOMPARE(failed.count(), 1);
        QCOMPARE(halfWritten(), QStringList());
    }
};

QTEST_MAIN(TestComposerOnRealDisk)
#include "TestComposerOnRealDisk.moc"

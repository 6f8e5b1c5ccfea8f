#include "GuiTestUtil.h"

#include "MessageBox.h"
#include "TrustedCertificatesDialog.h"
#include "accounts/AccountStore.h"

#include <QApplication>
#include <QClipboard>
#include <QLabel>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>

#include <cerrno>
#include <memory>

using namespace Postino;

namespace {

Account account(const QString& name, const QString& host, quint16 port, const QByteArray& pin)
{
    Account a;
    a.name = name;
    a.email = name + QStringLiteral("@example.org");
    a.host = host;
    a.port = port;
    a.security = Security::StartTls;
    a.pinnedSha256 = pin;
    return a;
}

const QByteArray kPin = QByteArrayLiteral("3fa2") + QByteArray(56, '0') + QByteArrayLiteral("c0de"); // 64 hex digits

} // namespace

class TestTrustedCertificatesDialog : public QObject
{
    Q_OBJECT
private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<AccountStore> m_store;

    template<typename T>
    static T* find(QWidget* root, const char* name)
    {
        auto* child = root->findChild<T*>(QLatin1String(name));
        if (!child)
            qWarning("No %s named %s", T::staticMetaObject.className(), name);
        return child;
    }

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        m_store = std::make_unique<AccountStore>(m_dir->filePath(QStringLiteral("accounts.ini")));
        MessageBox::resetCounters();
    }

    void cleanup()
    {
        m_store.reset();
        m_dir.reset();
    }

    void listsEveryPinnedCertificate()
    {
        QVERIFY(m_store->add(account(QStringLiteral("work"), QStringLiteral("mail.example.org"), 587, kPin)).ok());
        QVERIFY(m_store->add(account(QStringLiteral("plain"), QStringLiteral("smtp.example.org"), 465, {})).ok());
        QVERIFY(
            m_store->add(account(QStringLiteral("lab"), QStringLiteral("10.0.0.5"), 2525, QByteArray(64, 'b'))).ok());
        TrustedCertificatesDialog dialog(m_store.get());
        dialog.show();
        QCOMPARE(dialog.accountNames(), (QStringList {QStringLiteral("lab"), QStringLiteral("work")}));
        auto* table = find<QTableWidget>(&dialog, "trustedCertificatesTable");
        QVERIFY(table->isVisible());
        QVERIFY(!find<QLabel>(&dialog, "noTrustedCertificatesLabel")->isVisible());
        QCOMPARE(table->rowCount(), 2);
        QCOMPARE(table->item(1, 0)->text(), QStringLiteral("work"));
        QCOMPARE(table->item(1, 1)->text(), QStringLiteral("mail.example.org:587"));
        // As the wizard's certificate page shows it: upper-case pairs and colons.
        const QString full = QStringLiteral("3F:A2:") + QStringLiteral("00:").repeated(28) + QStringLiteral("C0:DE");
        QCOMPARE(table->item(1, 2)->text(), full.left(48) + u'\n' + full.mid(48)); // 16 pairs a line
        QCOMPARE(table->item(1, 2)->toolTip(), full);
        QCOMPARE(table->item(0, 1)->text(), QStringLiteral("10.0.0.5:2525"));
        QVERIFY2(Test::unnamedInputs(&dialog).isEmpty(), qPrintable(Test::unnamedInputs(&dialog).join(u',')));
    }

    void copyPutsTheFingerprintOnTheClipboard()
    {
        QVERIFY(m_store->add(account(QStringLiteral("work"), QStringLiteral("mail.example.org"), 587, kPin)).ok());
        TrustedCertificatesDialog dialog(m_store.get());
        dialog.show();
        QApplication::clipboard()->clear();
        find<QTableWidget>(&dialog, "trustedCertificatesTable")->selectRow(0);
        find<QPushButton>(&dialog, "copyFingerprintButton")->click();
        QCOMPARE(QApplication::clipboard()->text(),
                 find<QTableWidget>(&dialog, "trustedCertificatesTable")->item(0, 2)->text().remove(u'\n'));
    }

    void removeAsksThenSavesTheAccountWithoutIt()
    {
        QVERIFY(m_store->add(account(QStringLiteral("work"), QStringLiteral("mail.example.org"), 587, kPin)).ok());
        QVERIFY(
            m_store->add(account(QStringLiteral("lab"), QStringLiteral("10.0.0.5"), 2525, QByteArray(64, 'b'))).ok());
        TrustedCertificatesDialog dialog(m_store.get());
        dialog.show();
        QSignalSpy removed(&dialog, &TrustedCertificatesDialog::certificateRemoved);
        auto* table = find<QTableWidget>(&dialog, "trustedCertificatesTable");
        table->selectRow(1); // work

        // Cancel keeps it.
        MessageBox::setNextAnswer(QMessageBox::Cancel);
        find<QPushButton>(&dialog, "removeCertificateButton")->click();
        QCOMPARE(MessageBox::shownCount(), 1);
        QVERIFY(MessageBox::lastText().contains(QStringLiteral("mail.example.org:587")));
        QVERIFY(MessageBox::lastText().contains(QStringLiteral("work")));
        m_store->waitForWrites();
        QCOMPARE(m_store->get(QStringLiteral("work")).value().pinnedSha256, kPin);
        QCOMPARE(removed.size(), 0);

        // The account changed elsewhere meanwhile: the change stays, the pin goes.
        Account renamed = m_store->get(QStringLiteral("work")).value();
        renamed.displayName = QStringLiteral("Ada at work");
        QVERIFY(m_store->save(renamed).ok());
        MessageBox::setNextAnswer(QMessageBox::Yes);
        find<QPushButton>(&dialog, "removeCertificateButton")->click();
        QVERIFY(removed.wait(10000));
        QCOMPARE(removed.at(0).at(0).toString(), QStringLiteral("work"));
        const Account saved =
            AccountStore(m_dir->filePath(QStringLiteral("accounts.ini"))).get(QStringLiteral("work")).value();
        QVERIFY(saved.pinnedSha256.isEmpty());
        QCOMPARE(saved.displayName, QStringLiteral("Ada at work"));
        QCOMPARE(dialog.accountNames(), QStringList {QStringLiteral("lab")});
        QVERIFY(find<QLabel>(&dialog, "trustedCertificatesStatus")->text().contains(QStringLiteral("work")));
    }

    void withNoneItSaysSo()
    {
        QVERIFY(m_store->add(account(QStringLiteral("plain"), QStringLiteral("smtp.example.org"), 465, {})).ok());
        TrustedCertificatesDialog dialog(m_store.get());
        dialog.show();
        QVERIFY(dialog.accountNames().isEmpty());
        QVERIFY(find<QLabel>(&dialog, "noTrustedCertificatesLabel")->isVisible());
        QVERIFY(!find<QTableWidget>(&dialog, "trustedCertificatesTable")->isVisible());
        QVERIFY(!find<QPushButton>(&dialog, "removeCertificateButton")->isEnabled());
        QVERIFY(!find<QPushButton>(&dialog, "copyFingerprintButton")->isEnabled());
    }

    void aFailedSaveKeepsTheRowAndSaysWhy()
    {
        QVERIFY(m_store->add(account(QStringLiteral("work"), QStringLiteral("mail.example.org"), 587, kPin)).ok());
        m_store->setWriteHook([](Disk::Step, const QString&) { return ENOSPC; });
        TrustedCertificatesDialog dialog(m_store.get());
        dialog.show();
        QSignalSpy removed(&dialog, &TrustedCertificatesDialog::certificateRemoved);
        MessageBox::setNextAnswer(QMessageBox::Yes);
        find<QPushButton>(&dialog, "removeCertificateButton")->click();
        auto* status = find<QLabel>(&dialog, "trustedCertificatesStatus");
        QTRY_VERIFY(status->text().startsWith(QStringLiteral("✘")));
        QCOMPARE(removed.size(), 0);
        QCOMPARE(dialog.accountNames(), QStringList {QStringLiteral("work")});
        QVERIFY(find<QPushButton>(&dialog, "removeCertificateButton")->isEnabled());
    }

    void screenshot()
    {
        const QString dir = qEnvironmentVariable("POSTINO_SCREENSHOT_DIR");
        if (dir.isEmpty())
            QSKIP("Set POSTINO_SCREENSHOT_DIR to write screenshots");
        QVERIFY(m_store->add(account(QStringLiteral("work"), QStringLiteral("mail.example.org"), 587, kPin)).ok());
        TrustedCertificatesDialog dialog(m_store.get());
        dialog.show();
        QVERIFY(dialog.grab().save(dir + u"/trusted-certificates.png"));
    }
};

QTEST_MAIN(TestTrustedCertificatesDialog)
#include "TestTrustedCertificatesDialog.moc"

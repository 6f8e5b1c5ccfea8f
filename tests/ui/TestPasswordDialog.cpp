#include "GuiTestUtil.h"

#include "FakeSecretStore.h"
#include "FakeSmtpServer.h"
#include "PasswordDialog.h"

#include <QCheckBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>

using namespace Postino;
using Postino::Test::FakeSecretStore;
using Postino::Test::FakeSmtpServer;

namespace {

QStringList greeting()
{
    return {QStringLiteral("S: 220 smtp.test ESMTP fake"), QStringLiteral("C: EHLO *"),
            QStringLiteral("S: 250-smtp.test"), QStringLiteral("S: 250 AUTH PLAIN LOGIN")};
}

// The AUTH PLAIN line a client sends for ada@example.org with this password.
QString authPlain(const QString& password)
{
    const QByteArray response = QByteArray("\0ada@example.org\0", 17) + password.toUtf8();
    return QStringLiteral("C: AUTH PLAIN ") + QString::fromLatin1(response.toBase64());
}

} // namespace

class TestPasswordDialog : public QObject
{
    Q_OBJECT
private:
    FakeSecretStore m_secrets;

    static Account account(quint16 port)
    {
        Account a;
        a.name = QStringLiteral("ada");
        a.email = QStringLiteral("ada@example.org");
        a.host = QStringLiteral("127.0.0.1");
        a.port = port;
        a.security = Security::None;
        return a;
    }

    static QLineEdit* passwordEdit(PasswordDialog& dialog)
    {
        return dialog.findChild<QLineEdit*>(QStringLiteral("passwordEdit"));
    }
    static QPushButton* saveButton(PasswordDialog& dialog)
    {
        return dialog.findChild<QPushButton*>(QStringLiteral("passwordSaveButton"));
    }
    static QCheckBox* verifyCheck(PasswordDialog& dialog)
    {
        return dialog.findChild<QCheckBox*>(QStringLiteral("verifyPasswordCheck"));
    }

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void init()
    {
        m_secrets.passwords = {{QStringLiteral("ada"), QStringLiteral("old")}};
        m_secrets.unavailable = false;
    }

    void everyWidgetIsNamedAndShowPasswordToggles()
    {
        PasswordDialog dialog(account(25), &m_secrets, SubmissionFactory::smtp());
        dialog.setReason(QStringLiteral("535 5.7.8 Authentication credentials invalid"));
        dialog.show();
        QVERIFY2(Test::unnamedInputs(&dialog).isEmpty(), qPrintable(Test::unnamedInputs(&dialog).join(u", ")));
        for (const char* name :
             {"passwordIntro", "passwordReason", "passwordEdit", "showPasswordCheck", "verifyPasswordCheck",
              "passwordStatus", "passwordButtons", "passwordSaveButton", "passwordCancelButton"})
            QVERIFY2(dialog.findChild<QWidget*>(QLatin1String(name)), name);
        QVERIFY(dialog.findChild<QLabel*>(QStringLiteral("passwordReason"))->isVisible());
        QVERIFY(dialog.findChild<QLabel*>(QStringLiteral("passwordIntro"))->text().contains(u"ada@example.org"));

        QLineEdit* edit = passwordEdit(dialog);
        QCOMPARE(edit->echoMode(), QLineEdit::Password);
        QVERIFY(!saveButton(dialog)->isEnabled()); // nothing typed yet
        QTest::keyClicks(edit, QStringLiteral("n3w"));
        QVERIFY(saveButton(dialog)->isEnabled());
        auto* show = dialog.findChild<QCheckBox*>(QStringLiteral("showPasswordCheck"));
        show->click();
        QCOMPARE(edit->echoMode(), QLineEdit::Normal);
        show->click();
        QCOMPARE(edit->echoMode(), QLineEdit::Password);
    }

    void savesToTheKeychainWithoutACheck()
    {
        PasswordDialog dialog(account(25), &m_secrets, SubmissionFactory::smtp());
        dialog.show();
        QVERIFY(verifyCheck(dialog)->isChecked()); // checking first is the default
        verifyCheck(dialog)->setChecked(false);
        QTest::keyClicks(passwordEdit(dialog), QStringLiteral("n3w-P"));
        passwordEdit(dialog)->insert(QStringLiteral("ässword")); // keyClicks() types ASCII only
        QSignalSpy saved(&dialog, &PasswordDialog::passwordSaved);
        saveButton(dialog)->click();
        QTRY_COMPARE_WITH_TIMEOUT(saved.count(), 1, 5000);
        QCOMPARE(saved.first().first().toString(), QStringLiteral("ada"));
        QCOMPARE(m_secrets.passwords.value(QStringLiteral("ada")), QStringLiteral("n3w-Pässword"));
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
        QVERIFY(!dialog.isVisible());
    }

    void checksWithTheServerThenSaves()
    {
        FakeSmtpServer server;
        server.addScript(greeting()
                         + QStringList {authPlain(QStringLiteral("n3w")), QStringLiteral("S: 235 2.7.0 Accepted"),
                                        QStringLiteral("C: QUIT"), QStringLiteral("S: 221 Bye"),
                                        QStringLiteral("CLOSE")});
        QVERIFY(server.listen());
        PasswordDialog dialog(account(server.port()), &m_secrets, SubmissionFactory::smtp());
        dialog.show();
        QTest::keyClicks(passwordEdit(dialog), QStringLiteral("n3w"));
        QSignalSpy checked(&dialog, &PasswordDialog::checkFinished);
        QSignalSpy saved(&dialog, &PasswordDialog::passwordSaved);
        QTest::keyClick(passwordEdit(dialog), Qt::Key_Return); // Save is the default button
        QVERIFY(dialog.isChecking());
        QVERIFY(!saveButton(dialog)->isEnabled());
        QCOMPARE(m_secrets.passwords.value(QStringLiteral("ada")), QStringLiteral("old")); // not before the check
        QTRY_COMPARE_WITH_TIMEOUT(saved.count(), 1, 10000);
        QCOMPARE(checked.count(), 1);
        QCOMPARE(checked.first().first().toBool(), true);
        QCOMPARE(m_secrets.passwords.value(QStringLiteral("ada")), QStringLiteral("n3w"));
        QTRY_VERIFY_WITH_TIMEOUT(server.finished(), 5000);
        QVERIFY2(server.mismatch().isEmpty(), qPrintable(server.mismatch()));
    }

    void aRefusedPasswordIsNotSaved()
    {
        FakeSmtpServer server;
        server.addScript(greeting()
                         + QStringList {QStringLiteral("C: AUTH PLAIN *"),
                                        QStringLiteral("S: 535 5.7.8 Authentication credentials invalid")});
        QVERIFY(server.listen());
        PasswordDialog dialog(account(server.port()), &m_secrets, SubmissionFactory::smtp());
        dialog.show();
        QTest::keyClicks(passwordEdit(dialog), QStringLiteral("wrong"));
        QSignalSpy checked(&dialog, &PasswordDialog::checkFinished);
        QSignalSpy saved(&dialog, &PasswordDialog::passwordSaved);
        saveButton(dialog)->click();
        QTRY_COMPARE_WITH_TIMEOUT(checked.count(), 1, 10000);
        QCOMPARE(checked.first().first().toBool(), false);
        QVERIFY2(dialog.statusText().contains(QStringLiteral("refused")), qPrintable(dialog.statusText()));
        QVERIFY2(dialog.statusText().contains(QStringLiteral("535")), qPrintable(dialog.statusText()));
        QCOMPARE(saved.count(), 0);
        QCOMPARE(m_secrets.passwords.value(QStringLiteral("ada")), QStringLiteral("old"));
        QVERIFY(dialog.isVisible()); // ready for another try
        QVERIFY(saveButton(dialog)->isEnabled());
        QCOMPARE(passwordEdit(dialog)->text(), QStringLiteral("wrong"));
    }

    // After "the server refused the saved password" and then a refused check, both reasons are read whole
    // (in Italian, longer still): the dialog grows, nothing is squeezed or clipped.
    void reasonsAfterARefusalFitTheDialog()
    {
        const Test::ScopedLanguage italian(QStringLiteral("it"));
        FakeSmtpServer server;
        server.addScript(greeting()
                         + QStringList {QStringLiteral("C: AUTH PLAIN *"),
                                        QStringLiteral("S: 535 5.7.8 Authentication credentials invalid")});
        QVERIFY(server.listen());
        PasswordDialog dialog(account(server.port()), &m_secrets, SubmissionFactory::smtp());
        dialog.setReason(QStringLiteral("Il server ha rifiutato la password salvata: 535 5.7.8 Authentication "
                                        "credentials invalid"));
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        QTest::keyClicks(passwordEdit(dialog), QStringLiteral("wrong"));
        QSignalSpy checked(&dialog, &PasswordDialog::checkFinished);
        saveButton(dialog)->click();
        QTRY_COMPARE_WITH_TIMEOUT(checked.count(), 1, 10000);
        QVERIFY2(dialog.statusText().contains(QStringLiteral("rifiutato")), qPrintable(dialog.statusText()));
        const auto fits = [](const QLabel* label) { return label->height() >= label->heightForWidth(label->width()); };
        const auto* intro = dialog.findChild<QLabel*>(QStringLiteral("passwordIntro"));
        const auto* reason = dialog.findChild<QLabel*>(QStringLiteral("passwordReason"));
        const auto* status = dialog.findChild<QLabel*>(QStringLiteral("passwordStatus"));
        QTRY_VERIFY2(fits(intro) && fits(reason) && fits(status),
                     qPrintable(QStringLiteral("status %1 px for %2 px of text")
                                    .arg(status->height())
                                    .arg(status->heightForWidth(status->width()))));
        QVERIFY(passwordEdit(dialog)->height() >= passwordEdit(dialog)->minimumSizeHint().height());
        QVERIFY(verifyCheck(dialog)->height() >= verifyCheck(dialog)->sizeHint().height());
        QVERIFY(reason->geometry().bottom() < passwordEdit(dialog)->geometry().top());
        QVERIFY(status->geometry().bottom() < saveButton(dialog)->mapTo(&dialog, QPoint(0, 0)).y());
    }

    void cancelStopsTheCheckAndKeepsTheDialog()
    {
        FakeSmtpServer server;
        server.addScript(greeting() + QStringList {QStringLiteral("C: AUTH PLAIN *"), QStringLiteral("SILENT")});
        QVERIFY(server.listen());
        PasswordDialog dialog(account(server.port()), &m_secrets, SubmissionFactory::smtp());
        dialog.show();
        QTest::keyClicks(passwordEdit(dialog), QStringLiteral("n3w"));
        QSignalSpy saved(&dialog, &PasswordDialog::passwordSaved);
        saveButton(dialog)->click();
        QVERIFY(dialog.isChecking());
        // The server has the AUTH line and says nothing: the check waits, the window does not.
        QTRY_VERIFY_WITH_TIMEOUT(server.received().contains("AUTH PLAIN"), 5000);
        QVERIFY(dialog.isChecking());
        dialog.findChild<QPushButton*>(QStringLiteral("passwordCancelButton"))->click();
        QVERIFY(!dialog.isChecking());
        QVERIFY(dialog.isVisible());
        QVERIFY(dialog.statusText().contains(QStringLiteral("stopped")));
        QVERIFY(saveButton(dialog)->isEnabled());
        QTest::qWait(50);
        QCOMPARE(saved.count(), 0);
        QCOMPARE(m_secrets.passwords.value(QStringLiteral("ada")), QStringLiteral("old"));
        // A second Cancel closes.
        dialog.findChild<QPushButton*>(QStringLiteral("passwordCancelButton"))->click();
        QVERIFY(!dialog.isVisible());
        QCOMPARE(dialog.result(), int(QDialog::Rejected));
    }

    void noKeychainIsSaidAndNothingIsSaved()
    {
        m_secrets.unavailable = true;
        PasswordDialog dialog(account(25), &m_secrets, nullptr); // no check offered without submissions
        dialog.show();
        QVERIFY(!verifyCheck(dialog)->isVisible());
        QTest::keyClicks(passwordEdit(dialog), QStringLiteral("n3w"));
        QSignalSpy saved(&dialog, &PasswordDialog::passwordSaved);
        saveButton(dialog)->click();
        QTRY_VERIFY_WITH_TIMEOUT(dialog.statusText().contains(QStringLiteral("keychain")) && !dialog.isSaving(), 5000);
        QVERIFY2(dialog.statusText().contains(QStringLiteral("could not be stored")), qPrintable(dialog.statusText()));
        QCOMPARE(saved.count(), 0);
        QVERIFY(dialog.isVisible());
    }
};

QTEST_MAIN(TestPasswordDialog)
#include "TestPasswordDialog.moc"

#include <QTest>
class TestSmtpClient : public QObject
{
    Q_OBJECT
};
QTEST_GUILESS_MAIN(TestSmtpClient)
#include "TestSmtpClient.moc"

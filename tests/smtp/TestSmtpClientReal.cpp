#include <QTest>
class TestSmtpClientReal : public QObject
{
    Q_OBJECT
};
QTEST_GUILESS_MAIN(TestSmtpClientReal)
#include "TestSmtpClientReal.moc"

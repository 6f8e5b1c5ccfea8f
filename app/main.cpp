#include "MainWindow.h"

#include <QApplication>
#include <QLocale>
#include <QTranslator>

int main(int argc, char** argv)
{
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("Postino"));
    QApplication::setApplicationName(QStringLiteral("postino"));
    QApplication::setApplicationDisplayName(QStringLiteral("Postino"));
    QApplication::setApplicationVersion(QStringLiteral(POSTINO_VERSION));
    QApplication::setDesktopFileName(QStringLiteral("org.postino.Postino"));

    QTranslator translator;
    if (translator.load(QLocale(), QStringLiteral("postino"), QStringLiteral("_"), QStringLiteral(":/i18n")))
        QApplication::installTranslator(&translator);

    Postino::MainWindow window;
    window.show();
    return QApplication::exec();
}

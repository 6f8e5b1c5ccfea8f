#include "Command.h"

#include <QCoreApplication>
#include <QFile>
#include <QLibraryInfo>
#include <QLocale>
#include <QLoggingCategory>
#include <QTranslator>

#include <cstdio>

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("postino"));
    QCoreApplication::setApplicationVersion(QStringLiteral(POSTINO_VERSION));

    // Failures reach the user as the command's own message; the modules' warnings would only repeat it.
    if (qEnvironmentVariableIsEmpty("QT_LOGGING_RULES"))
        QLoggingCategory::setFilterRules(QStringLiteral("postino.*.warning=false"));

    QTranslator translator;
    if (translator.load(QLocale(), QStringLiteral("postino"), QStringLiteral("_"), QStringLiteral(":/i18n")))
        QCoreApplication::installTranslator(&translator);

    QFile in, out, err;
    in.open(stdin, QIODevice::ReadOnly);
    out.open(stdout, QIODevice::WriteOnly);
    err.open(stderr, QIODevice::WriteOnly);
    QTextStream outStream(&out);
    QTextStream errStream(&err);
    Postino::Cli::Context ctx {outStream, errStream, &in};
    const int code = Postino::Cli::run(QCoreApplication::arguments(), ctx);
    outStream.flush();
    errStream.flush();
    return code;
}

#include "Command.h"
#include "Translations.h"

#include <QCoreApplication>
#include <QFile>
#include <QLibraryInfo>
#include <QLoggingCategory>

#include <cstdio>

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("postino"));
    QCoreApplication::setApplicationVersion(QStringLiteral(POSTINO_VERSION));

    // Failures reach the user as the command's own message; the modules' warnings would only repeat it.
    if (qEnvironmentVariableIsEmpty("QT_LOGGING_RULES"))
        QLoggingCategory::setFilterRules(QStringLiteral("postino.*.warning=false"));

    // The system's language (LANGUAGE, LC_ALL, LC_MESSAGES, LANG).
    Postino::Translations::install(&app);

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

#include "ConnectionOptions.h"

#include "common/Paths.h"
#include "common/SecretMemory.h"

#include <QDir>
#include <QFileInfo>
#include <QHostAddress>
#include <QIODevice>
#include <QRegularExpression>

namespace Postino::Cli {

ConnectionOptions::ConnectionOptions()
    : caFileOption(QStringLiteral("ca-file"), tr("Extra trusted CA certificates (PEM), added to the system's."),
                   QStringLiteral("PEM"))
    , fingerprintOption(QStringLiteral("trust-fingerprint"),
                        tr("Accept this one server certificate (hex SHA-256 of its DER) even if it does not verify."),
                        QStringLiteral("SHA256"))
    , resolveOption(QStringLiteral("resolve"),
                    tr("Connect to ADDR when HOST is wanted (repeatable); TLS still verifies HOST."),
                    QStringLiteral("HOST:ADDR"))
    , dnsServerOption(QStringLiteral("dns-server"),
                      tr("Name server for every DNS look-up (MX, SRV, TXT, ...); port 53 unless given."),
                      QStringLiteral("ADDR[:PORT]"))
    , timeoutOption(QStringLiteral("timeout"), tr("Per-connection inactivity limit in seconds."),
                    QStringLiteral("SECONDS"))
    , transcriptOption(QStringLiteral("transcript"), tr("Write the SMTP dialogue to FILE, credentials redacted."),
                       QStringLiteral("FILE"))
    , verboseOption(QStringList {QStringLiteral("v"), QStringLiteral("verbose")},
                    tr("Print the SMTP dialogue on stderr, credentials redacted."))
    , configDirOption(QStringLiteral("config-dir"), tr("Keep configuration and data in DIR for this run."),
                      QStringLiteral("DIR"))
    , jsonOption(QStringLiteral("json"), tr("Print one JSON object on stdout."))
    , passwordEnvOption(QStringLiteral("password-env"), tr("Read the password from the environment variable VAR."),
                        QStringLiteral("VAR"))
    , passwordStdinOption(QStringLiteral("password-stdin"), tr("Read the password from the first line of stdin."))
{ }

void ConnectionOptions::addTo(QCommandLineParser& parser, bool passwords) const
{
    parser.addOptions({caFileOption, fingerprintOption, resolveOption, dnsServerOption, timeoutOption, transcriptOption,
                       verboseOption, configDirOption, jsonOption});
    if (passwords)
        parser.addOptions({passwordEnvOption, passwordStdinOption});
}

QByteArray ConnectionOptions::normalizeFingerprint(const QString& text)
{
    QString hex = text.trimmed().toLower();
    if (hex.startsWith(QLatin1String("sha256:")))
        hex = hex.mid(7);
    hex.remove(QLatin1Char(':'));
    hex.remove(QLatin1Char(' '));
    static const QRegularExpression re(QStringLiteral("^[0-9a-f]{64}$"));
    if (!re.match(hex).hasMatch())
        return {};
    return hex.toLatin1();
}

Status ConnectionOptions::read(const QCommandLineParser& parser)
{
    m_json = parser.isSet(jsonOption);
    m_verbose = parser.isSet(verboseOption);
    m_transcriptPath = parser.value(transcriptOption);

    if (const Status configDir = readConfigDir(parser); !configDir.ok())
        return configDir;
    if (const Status dnsServer = readDnsServer(parser); !dnsServer.ok())
        return dnsServer;
    if (const Status timeout = readTimeout(parser); !timeout.ok())
        return timeout;
    if (const Status resolve = readResolve(parser); !resolve.ok())
        return resolve;
    if (const Status caFile = readCaFile(parser); !caFile.ok())
        return caFile;
    return readFingerprint(parser);
}

Status ConnectionOptions::readConfigDir(const QCommandLineParser& parser) const
{
    if (!parser.isSet(configDirOption))
        return {};
    const QString dir = parser.value(configDirOption);
    if (dir.isEmpty() || !QDir().mkpath(dir)) {
        return Error(ErrorKind::Config,
                     tr("Cannot use \"%1\" as the configuration folder: it cannot be created. Choose a folder "
                        "you can write to.")
                         .arg(dir));
    }
    Paths::setOverride(dir);
    return {};
}

Status ConnectionOptions::readDnsServer(const QCommandLineParser& parser)
{
    m_dnsServer = {};
    if (!parser.isSet(dnsServerOption))
        return {};
    const QString text = parser.value(dnsServerOption);
    const std::optional<NameServer> server = NameServer::parse(text);
    if (!server) {
        return Error(ErrorKind::Usage,
                     tr("--dns-server wants an IP address and optionally a port, like 127.0.0.1, 127.0.0.1:5353 or "
                        "[::1]:5353, not \"%1\".")
                         .arg(text));
    }
    m_dnsServer = *server;
    return {};
}

Status ConnectionOptions::readTimeout(const QCommandLineParser& parser)
{
    if (!parser.isSet(timeoutOption))
        return {};
    bool ok = false;
    const double seconds = parser.value(timeoutOption).toDouble(&ok);
    if (!ok || seconds <= 0 || seconds > 3600) {
        return Error(
            ErrorKind::Usage,
            tr("--timeout wants a number of seconds between 0 and 3600, not \"%1\".").arg(parser.value(timeoutOption)));
    }
    m_timeoutMs = static_cast<qint64>(seconds * 1000);
    return {};
}

Status ConnectionOptions::readResolve(const QCommandLineParser& parser)
{
    m_resolve.clear();
    for (const QString& entry : parser.values(resolveOption)) {
        // HOST:ADDR, or curl's HOST:PORT:ADDR. ADDR may be IPv6 (with colons, optionally in brackets).
        const auto colon = entry.indexOf(QLatin1Char(':'));
        QString host = entry.left(colon).trimmed().toLower();
        QString address = colon < 0 ? QString() : entry.mid(colon + 1).trimmed();
        static const QRegularExpression curlForm(QStringLiteral("^(\\d{1,5}):(.+)$"));
        if (QHostAddress(address).isNull()) {
            const auto m = curlForm.match(address);
            if (m.hasMatch())
                address = m.captured(2);
        }
        if (address.startsWith(QLatin1Char('[')) && address.endsWith(QLatin1Char(']')))
            address = address.mid(1, address.size() - 2);
        if (host.isEmpty() || QHostAddress(address).isNull()) {
            return Error(ErrorKind::Usage,
                         tr("--resolve wants HOST:ADDR with an IP address, like smtp.example.com:127.0.0.1; \"%1\" "
                            "is not that.")
                             .arg(entry));
        }
        m_resolve.insert(host, address);
    }
    return {};
}

Status ConnectionOptions::readCaFile(const QCommandLineParser& parser)
{
    m_caFile = parser.value(caFileOption);
    m_caCertificates.clear();
    if (m_caFile.isEmpty())
        return {};
    if (!QFileInfo::exists(m_caFile))
        return Error(ErrorKind::NoInput, tr("The CA file \"%1\" (--ca-file) does not exist.").arg(m_caFile));
    m_caCertificates = QSslCertificate::fromPath(m_caFile, QSsl::Pem);
    if (m_caCertificates.isEmpty()) {
        return Error(ErrorKind::DataError,
                     tr("The CA file \"%1\" (--ca-file) holds no PEM certificate. Give a file with "
                        "-----BEGIN CERTIFICATE----- blocks.")
                         .arg(m_caFile));
    }
    m_caFile = QFileInfo(m_caFile).absoluteFilePath();
    return {};
}

Status ConnectionOptions::readFingerprint(const QCommandLineParser& parser)
{
    m_fingerprint.clear();
    if (!parser.isSet(fingerprintOption))
        return {};
    m_fingerprint = normalizeFingerprint(parser.value(fingerprintOption));
    if (m_fingerprint.isEmpty()) {
        return Error(ErrorKind::Usage,
                     tr("--trust-fingerprint wants the certificate's SHA-256 as 64 hex digits (colons "
                        "allowed), not \"%1\".")
                         .arg(parser.value(fingerprintOption)));
    }
    return {};
}

bool ConnectionOptions::passwordGiven(const QCommandLineParser& parser) const
{
    return parser.isSet(passwordEnvOption) || parser.isSet(passwordStdinOption);
}

Result<QString> ConnectionOptions::password(const QCommandLineParser& parser, Context& ctx) const
{
    if (parser.isSet(passwordEnvOption) && parser.isSet(passwordStdinOption)) {
        return Error(ErrorKind::Usage, tr("Give the password one way: --password-env or --password-stdin, not both."));
    }
    if (parser.isSet(passwordEnvOption)) {
        const QString var = parser.value(passwordEnvOption);
        if (!ctx.env.contains(var)) {
            return Error(ErrorKind::Usage,
                         tr("The environment variable %1 named by --password-env is not set. Set it, for example "
                            "with read -s %1 && export %1.")
                             .arg(var));
        }
        SecretMemory::protectProcess();
        return ctx.env.value(var);
    }
    if (parser.isSet(passwordStdinOption)) {
        if (!ctx.in || !ctx.in->isReadable())
            return Error(ErrorKind::Usage, tr("--password-stdin was given but standard input cannot be read."));
        SecretMemory::protectProcess();
        QByteArray line = ctx.in->readLine(64 * 1024);
        while (line.endsWith('\n') || line.endsWith('\r'))
            line.chop(1);
        if (line.isEmpty()) {
            return Error(ErrorKind::Usage,
                         tr("--password-stdin was given but standard input had no password on its first line."));
        }
        QString password = QString::fromUtf8(line);
        SecretMemory::wipe(line);
        return password;
    }
    return QString();
}

ConnectionOverrides ConnectionOptions::overrides() const
{
    ConnectionOverrides overrides;
    overrides.resolve = m_resolve;
    overrides.extraCaCertificates = m_caCertificates;
    overrides.pinnedSha256 = m_fingerprint;
    return overrides;
}

void ConnectionOptions::applyTo(ServerEndpoint& endpoint) const
{
    overrides().applyTo(endpoint);
}

void printJson(Context& ctx, const QJsonDocument& document)
{
    ctx.jsonPrinted = true;
    ctx.out << QString::fromUtf8(document.toJson(QJsonDocument::Indented));
    ctx.out.flush();
}

int reportError(Context& ctx, const Error& error)
{
    if (ctx.json && !ctx.jsonPrinted) {
        QJsonObject object = ctx.failureJson;
        object.insert(QStringLiteral("error"), error.message());
        object.insert(QStringLiteral("exit_code"), error.exitCode());
        printJson(ctx, QJsonDocument(object));
    }
    ctx.err << QStringLiteral("postino-cli: ") << error.message() << '\n';
    if (!error.detail().isEmpty() && !error.message().contains(error.detail()))
        ctx.err << QStringLiteral("  ") << Command::tr("server said: %1").arg(error.detail()) << '\n';
    ctx.err.flush();
    return error.exitCode();
}

} // namespace Postino::Cli

#pragma once

#include "Command.h"
#include "accounts/AccountConnection.h"
#include "discovery/DnsResolver.h"
#include "smtp/SmtpTypes.h"

#include <QCommandLineOption>
#include <QHash>
#include <QJsonDocument>

namespace Postino::Cli {

// The options every connecting command shares (cli.md, "Options shared by every command that
// connects"), plus --config-dir, --json and the password sources. Add them to a parser, parse, then
// read() them; each reader returns an Error (Usage/NoInput/DataError) with a message for people.
class ConnectionOptions
{
    Q_DECLARE_TR_FUNCTIONS(Postino::Cli::ConnectionOptions)
public:
    ConnectionOptions();

    // Adds --ca-file, --trust-fingerprint, --resolve, --dns-server, --timeout, --transcript, -v,
    // --config-dir, --json; with passwords also --password-env and --password-stdin.
    void addTo(QCommandLineParser& parser, bool passwords = true) const;
    // Reads every shared option (files, fingerprints, --resolve, --timeout); applies --config-dir.
    [[nodiscard]] Status read(const QCommandLineParser& parser);
    // The password from --password-env or --password-stdin; an empty string if neither was given.
    [[nodiscard]] Result<QString> password(const QCommandLineParser& parser, Context& ctx) const;
    [[nodiscard]] bool passwordGiven(const QCommandLineParser& parser) const;

    // --resolve, --ca-file and --trust-fingerprint, as they add to a stored account's (core's one path).
    [[nodiscard]] ConnectionOverrides overrides() const;
    // Applies them to an endpoint for host: overrides().applyTo(endpoint).
    void applyTo(ServerEndpoint& endpoint) const;

    [[nodiscard]] bool json() const { return m_json; }
    [[nodiscard]] bool verbose() const { return m_verbose; }
    [[nodiscard]] const QString& transcriptPath() const { return m_transcriptPath; }
    // --dns-server ADDR[:PORT]; null when not given (the system's name servers).
    [[nodiscard]] const NameServer& dnsServer() const { return m_dnsServer; }
    // Per-connection inactivity limit in ms from --timeout; 0 when not given.
    [[nodiscard]] qint64 timeoutMs() const { return m_timeoutMs; }
    [[nodiscard]] const QHash<QString, QString>& resolve() const { return m_resolve; }
    [[nodiscard]] const QList<QSslCertificate>& caCertificates() const { return m_caCertificates; }
    [[nodiscard]] const QString& caFile() const { return m_caFile; }
    [[nodiscard]] const QByteArray& fingerprint() const { return m_fingerprint; }

    // "AB:CD:..." or "abcd..." (64 hex digits, any case, optional "sha256:" prefix) -> lower-case hex.
    [[nodiscard]] static QByteArray normalizeFingerprint(const QString& text);

    const QCommandLineOption caFileOption;
    const QCommandLineOption fingerprintOption;
    const QCommandLineOption resolveOption;
    const QCommandLineOption dnsServerOption;
    const QCommandLineOption timeoutOption;
    const QCommandLineOption transcriptOption;
    const QCommandLineOption verboseOption;
    const QCommandLineOption configDirOption;
    const QCommandLineOption jsonOption;
    const QCommandLineOption passwordEnvOption;
    const QCommandLineOption passwordStdinOption;

    // --config-dir alone (the first step of read()), for commands that take no other shared option.
    [[nodiscard]] Status readConfigDir(const QCommandLineParser& parser) const;

private:
    // The other steps of read(), in its order; each stops at the first option that is not valid.
    [[nodiscard]] Status readTimeout(const QCommandLineParser& parser);
    [[nodiscard]] Status readResolve(const QCommandLineParser& parser);
    [[nodiscard]] Status readCaFile(const QCommandLineParser& parser);
    [[nodiscard]] Status readFingerprint(const QCommandLineParser& parser);
    [[nodiscard]] Status readDnsServer(const QCommandLineParser& parser);

    bool m_json = false;
    bool m_verbose = false;
    QString m_transcriptPath;
    NameServer m_dnsServer;
    qint64 m_timeoutMs = 0;
    QHash<QString, QString> m_resolve; // lower-case host -> address
    QString m_caFile;
    QList<QSslCertificate> m_caCertificates;
    QByteArray m_fingerprint;
};

// Prints exactly one JSON document on stdout.
void printJson(Context& ctx, const QJsonDocument& document);
// Prints an error for people on stderr ("postino-cli: ..."), returns its exit code.
int reportError(Context& ctx, const Error& error);

} // namespace Postino::Cli

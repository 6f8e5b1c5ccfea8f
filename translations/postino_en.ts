<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>Postino::Cli</name>
    <message>
        <source>Print the SMTP dialogue on stderr, credentials redacted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep configuration and data in DIR for this run.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print one JSON object on stdout.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read the password from the environment variable VAR.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read the password from the first line of stdin.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Postino::Cli::Command</name>
    <message>
        <source>postino-cli %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run &apos;postino-cli %1 --help&apos; for the options.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: postino-cli COMMAND [OPTIONS]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Commands:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run &apos;postino-cli COMMAND --help&apos; for a command&apos;s options.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>postino-cli: unknown command &apos;%1&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>server said: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Postino::Cli::ConnectionOptions</name>
    <message>
        <source>Extra trusted CA certificates (PEM), added to the system&apos;s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accept this one server certificate (hex SHA-256 of its DER) even if it does not verify.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connect to ADDR when HOST is wanted (repeatable); TLS still verifies HOST.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name server for MX, SRV and TXT look-ups (port 53).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Per-connection inactivity limit in seconds.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the SMTP dialogue to FILE, credentials redacted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot use &quot;%1&quot; as the configuration folder: it cannot be created. Choose a folder you can write to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--dns-server wants an IP address (like 127.0.0.1), not &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--timeout wants a number of seconds between 0 and 3600, not &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--resolve wants HOST:ADDR with an IP address, like smtp.example.com:127.0.0.1; &quot;%1&quot; is not that.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The CA file &quot;%1&quot; (--ca-file) does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The CA file &quot;%1&quot; (--ca-file) holds no PEM certificate. Give a file with -----BEGIN CERTIFICATE----- blocks.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--trust-fingerprint wants the certificate&apos;s SHA-256 as 64 hex digits (colons allowed), not &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the password one way: --password-env or --password-stdin, not both.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The environment variable %1 named by --password-env is not set. Set it, for example with read -s %1 &amp;&amp; export %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--password-stdin was given but standard input cannot be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--password-stdin was given but standard input had no password on its first line.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Postino::Error</name>
    <message>
        <source>The address &quot;%1&quot; contains a character that cannot be sent (a space, a control character or an angle bracket). Correct the address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an e-mail address: it needs a name, an @ and a domain, like mario.rossi@example.it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The address &quot;%1&quot; has non-ASCII characters before the @, which needs a server that offers SMTPUTF8; this server does not. Use an ASCII address for this recipient.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The domain of &quot;%1&quot; is not a valid internationalised domain name.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Postino::MainWindow</name>
    <message>
        <source>Postino</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Welcome to Postino.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>

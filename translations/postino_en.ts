<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>Postino::Account</name>
    <message>
        <source>&quot;%1&quot; cannot name an account: use 1 to 64 letters, digits, &apos;.&apos;, &apos;_&apos; or &apos;-&apos;, starting with a letter or digit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The account %1 needs an e-mail address like name@example.com, not &quot;%2&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The account %1 needs a port from 1 to 65535.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The account %1 needs at least one connection.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The rate limit of the account %1 cannot be negative.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a --resolve entry; write HOST:ADDR, e.g. smtp.example.com:192.0.2.1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The CA file %1 of the account %2 cannot be read: %3. Fix the path or add the account again without --ca-file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The CA file %1 of the account %2 holds no PEM certificate.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The other sender &quot;%1&quot; of the account %2 needs an e-mail address like name@example.com.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Postino::AccountCredentialsProvider</name>
    <message>
        <source>The account &quot;%1&quot; has no password in the keychain: open the account&apos;s settings and enter it, then press Retry.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Postino::AccountSettingsDialog</name>
    <message>
        <source>Account Settings: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The check was stopped; nothing was saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sender</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E-mail address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your &amp;name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;E-mail address:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outgoing server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Port</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Security</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign-in method</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Automatic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No sign-in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Server:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>P&amp;ort:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sec&amp;urity:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign-in &amp;method:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The password stays in the keychain: Account &gt; Change Password… changes it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connections at once</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Messages per minute</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No limit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Messages per day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send in chunks (BDAT) when the server offers CHUNKING</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Connections at once:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Messages per &amp;minute:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Messages per &amp;day:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Providers limit how much an account may send; Postino paces its messages to stay within these limits.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trusted certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remove Trusted Certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Extra CA certificates (PEM file)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None: the system&apos;s certificate authorities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Extra CA Certificates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PEM certificates (*.pem *.crt);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CA &amp;file:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No certificate is trusted by its fingerprint: the server&apos;s certificate must be valid for its name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trusted by its fingerprint, whether or not it verifies (SHA-256):
%1
Remove it if the server now has a valid certificate, or if you no longer trust this one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✘ %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the password from the keychain…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking %1, port %2… (Cancel stops the check)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✔ These settings work.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Settings Not Verified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>These settings did not work: %1

Save them anyway? Messages of this account wait in the outbox until the server accepts them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save Anyway</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Go Back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saving the account…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✘ The sending limits could not be written to %1; nothing was saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signature</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Si&amp;gnature:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other addresses sent through this account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other addresses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;move</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>info@example.org</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name for the other address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signature for the other address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add&amp;ress:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Na&amp;me:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signa&amp;ture:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each appears in the composer&apos;s From list. The server must allow them: many let you send only as your own address or its aliases.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no address yet)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Postino::AccountStore</name>
    <message>
        <source>An account named %1 exists already. Remove it first (account remove %1) or choose another name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The account %1 could not be written to %2. Check that the folder is writable and the disk not full.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no account named %1 (see account list).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The account %1 could not be removed from %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no account named %1 in %2. See account list, or add it with account add.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Postino::AccountWizard</name>
    <message>
        <source>SSL/TLS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>STARTTLS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None (unencrypted)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Postino&apos;s list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Provider&apos;s autoconfig</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Domain&apos;s autoconfig</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DNS SRV record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mail exchanger (MX)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Common name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Given by hand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Works</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No answer (timed out)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Encryption failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certificate problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No STARTTLS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password refused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No common sign-in method</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not an SMTP server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add Account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set Up &amp;Manually</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your Address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Postino looks up your provider&apos;s outgoing server and checks it with your password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ada Lovelace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E-mail address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ada@example.org</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How Postino and postino-cli call this account: letters, digits, &apos;.&apos;, &apos;_&apos; and &apos;-&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your &amp;name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;E-mail address:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account na&amp;me:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The password is kept in your system&apos;s keychain, never in a file. Leave it empty for a server that does not ask for one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The account name may only have letters, digits, &apos;.&apos;, &apos;_&apos; and &apos;-&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is already an account called %1: choose another account name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finding Your Server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every place that may name your server is asked at once; each server found is checked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Servers found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Port</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Security</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Found in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;top Searching</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check them, change what you need, and send yourself a test message.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outgoing server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>smtp.example.org</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign-in method</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Automatic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No sign-in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Check Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send a &amp;Test Message to Myself</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>P&amp;ort:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Server:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sec&amp;urity:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pass&amp;word:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign-in &amp;method:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the server offers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Server&apos;s Certificate Is Not Trusted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Someone may be pretending to be your server, or the server is set up wrongly.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SHA-256 fingerprint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SHA-256 &amp;fingerprint (compare it with the one your provider publishes):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only this exact certificate is trusted, only for this server. If the server&apos;s certificate changes, Postino stops and asks again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trust and &amp;Continue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Looking for the outgoing server of %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Found and checked: %1, port %2 (%3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No working outgoing server was found for %1. Enter the settings your provider gives on the next page.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Largest message: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Largest message: no limit announced</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign-in methods: none offered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign-in methods: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Encryption: %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certificate: %1, issued by %2, valid until %3%4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (trusted by its fingerprint)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Encryption: none – messages and passwords travel in clear</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The certificate of %1 could not be verified.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What is wrong: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trust exactly this certificate for %1, port %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not checked yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connecting to %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✔ These settings work: the server accepted the connection%1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> and the password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server wants a password: enter it above.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✘ %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Settings Not Verified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>These settings did not work: %1

Keep the account anyway? Messages will wait in the outbox until the server accepts them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep Account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Postino test message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This message was sent by Postino to check the account %1 (%2, port %3).
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sending a test message to %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✔ The server accepted the test message: look for it in your inbox.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Storing the password in the keychain…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No Keychain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The password could not be stored: %1

Keep the account without a stored password? Postino cannot send through it until a keychain is available and the password is entered again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep Without Password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The account was not saved: no keychain answered (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saving the account…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A preferred server, %1 port %2, answered late; the next page offers it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Now using %1, port %2 (%3). It worked with the search&apos;s user name and password; Finish checks it with yours.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Now using %1, port %2 (%3): it was checked and works.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use &amp;It</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Keep Current</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A preferred server answered late: use %1:%2 (%3) instead? It was checked and works (%4).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A preferred server answered late</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name not found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connection refused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connection lost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Busy, try later</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search &amp;Again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not known yet for this server: Check Settings asks it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Next &gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt; &amp;Back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>After Finish, Postino reads your domain&apos;s SPF, DKIM and DMARC records and says what to publish so that Gmail, Yahoo and Outlook.com trust your mail.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check whether mail from %1 will be trusted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in with %1 on the first page first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keeping the sign-in in the keychain…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The account was not saved: the sign-in could not be kept in the keychain (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use an &amp;App Password Instead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Names: none (the certificate lists no host name)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Names: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Issued to: %1
Issued by: %2
Valid from %3 to %4</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Postino::Address</name>
    <message>
        <source>The address &quot;%1&quot; has a quote (&quot;) that is never closed. Close the quote or remove it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The address &quot;%1&quot; has a &quot;(&quot; without its &quot;)&quot;. Close the comment or remove it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The address &quot;%1&quot; has a &quot;[&quot; without its &quot;]&quot;. An address literal is written like user@[192.0.2.1].</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The address &quot;%1&quot; has a &quot;%2&quot; that closes nothing. Remove it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The address &quot;%1&quot; has a backslash outside quotes. Remove it, or put the part that needs it in quotes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; has nothing before the @. Write the whole address, like mario.rossi@example.it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The part before the @ in &quot;%1&quot; contains %2, which is only allowed in quotes. Check the address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The part before the @ in &quot;%1&quot; starts or ends with a dot, or has two dots in a row. Check the address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The part before the @ in &quot;%1&quot; is longer than %2 characters, which mail servers refuse. Check the address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; has nothing after the @. Add the domain, like mario.rossi@example.it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The domain &quot;%1&quot; in &quot;%2&quot; is not valid: %3. Check the spelling of the address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The address literal &quot;%1&quot; in &quot;%2&quot; is not an IP address. Write it like user@[192.0.2.1] or user@[IPv6:2001:db8::1].</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it contains %1; a domain has only letters, digits, hyphens and dots</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it starts or ends with a dot, or has two dots in a row</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the part &quot;%1&quot; starts or ends with a hyphen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the part &quot;%1&quot; is longer than %2 characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it is not a valid internationalised domain name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it is longer than %1 characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it has an empty label</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it contains %1 (%2), which a domain cannot have</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The name in &quot;%1&quot; hides a control character in an encoded word. Remove the name or write it again in plain text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The address &quot;%1&quot; contains %2. An address is one line without control characters; remove it (a line break here could add headers or recipients nobody asked for).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The address is empty. Write an address like mario.rossi@example.it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; holds more than one address. Give one address here; where several are allowed, separate them with commas.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is a group or has a &quot;%2&quot; outside quotes. Give one address, like Mario Rossi &lt;mario@example.it&gt;, and put a name with %2 in quotes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The address &quot;%1&quot; has more than one &quot;&lt;&quot;. Write it like Mario Rossi &lt;mario@example.it&gt;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The address &quot;%1&quot; has a &quot;&gt;&quot; without a &quot;&lt;&quot; before it. Write it like Mario Rossi &lt;mario@example.it&gt;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The address &quot;%1&quot; has a &quot;&lt;&quot; without its &quot;&gt;&quot;. Write it like Mario Rossi &lt;mario@example.it&gt;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The address &quot;%1&quot; has text after the closing &quot;&gt;&quot;. Put the name before the address, like Mario Rossi &lt;mario@example.it&gt;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; has more than one @. Check the address; a name that contains an @ goes in quotes before the address: &quot;a@b&quot; &lt;mario@example.it&gt;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; has no address between &lt; and &gt;. Write it like Mario Rossi &lt;mario@example.it&gt;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an e-mail address: the @ is missing. Write it like mario.rossi@example.it; a name with a comma goes in quotes: &quot;Rossi, Mario&quot; &lt;mario.rossi@example.it&gt;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The address &quot;%1&quot; has a &quot;%2&quot; where it does not belong. Write it like Mario Rossi &lt;mario@example.it&gt;, with a name that has punctuation in quotes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; has spaces but no &lt;...&gt;. Write a name with its address like Mario Rossi &lt;mario@example.it&gt;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The address in &quot;%1&quot; has spaces in it. Remove them, or put the part before the @ in quotes if it really has spaces.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The part before the @ in &quot;%1&quot; has square brackets. Check the address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The domain in &quot;%1&quot; is in quotes. Write the domain without quotes, like mario.rossi@example.it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The address list &quot;%1&quot; contains %2. Addresses are one line without control characters; remove it (a line break here could add headers or recipients nobody asked for).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; should be a bare address (like mario.rossi@example.it) because the name is given separately.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The name &quot;%1&quot; for %2 contains %3. Write the name on one line without control characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The part before the @ in &quot;%1&quot; contains a tab, which mail servers do not accept even in quotes. Write it with spaces, or check the address.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Postino::AppController</name>
    <message>
        <source>Postino</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Message sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; was accepted by the server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A message was accepted by the server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Message not sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; could not be sent: %2 See the Outbox.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password refused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Postino Test &lt;me@postino.test&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 &lt;%2&gt; via %3, port %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Check Connection…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select an account in the sidebar first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remove Account…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Acc&amp;ount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Message Not Sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account %1 added.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove Account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the account %1 and its password from the keychain? Messages already in the outbox stay there and cannot be sent until you add the account again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The account %1 was removed, but its password could not be deleted from the keychain: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server refused the password of %1. Its messages wait in the outbox.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server refused the password of %1. Its messages wait in the outbox until you enter it again (Account &gt; Change Password…, or Enter Password… in the Outbox).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change &amp;Password…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The account %1 signs in without a password: there is none to change.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server refused the stored password: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server refused the stored password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The new password of %1 is in the keychain; %n waiting message(s) will be sent now.</source>
        <translation>
            <numerusform>The new password of %1 is in the keychain; %n waiting message will be sent now.</numerusform>
            <numerusform>The new password of %1 is in the keychain; %n waiting messages will be sent now.</numerusform>
        </translation>
    </message>
    <message>
        <source>The new password of %1 is in the keychain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Postino: %1</source>
        <translation>Postino: %1</translation>
    </message>
    <message>
        <source>Messages Waiting</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n message(s) still wait in the outbox. Postino sends them only while it runs.</source>
        <translation>
            <numerusform>%n message still waits in the outbox. Postino sends it only while it runs.</numerusform>
            <numerusform>%n messages still wait in the outbox. Postino sends them only while it runs.</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Send Now, Then Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Keep Them and Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Don&apos;t Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Sending %n waiting message(s); Postino quits when they are done.</source>
        <translation>
            <numerusform>Sending %n waiting message; Postino quits when it is done.</numerusform>
            <numerusform>Sending %n waiting messages; Postino quits when they are done.</numerusform>
        </translation>
    </message>
    <message>
        <source>Keep Sending in the &amp;Background</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In the background, Postino keeps trying from its icon in the tray and quits by itself once nothing waits.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sending in the background</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Postino sends the %n waiting message(s) and then quits; click its icon to open it.</source>
        <translation>
            <numerusform>Postino sends the %n waiting message and then quits; click its icon to open it.</numerusform>
            <numerusform>Postino sends the %n waiting messages and then quits; click its icon to open it.</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Open Postino</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New Message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account &amp;Settings…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The settings of %1 are saved; %n waiting message(s) will be sent now.</source>
        <translation>
            <numerusform>The settings of %1 are saved; %n waiting message will be sent now.</numerusform>
            <numerusform>The settings of %1 are saved; %n waiting messages will be sent now.</numerusform>
        </translation>
    </message>
    <message>
        <source>Check &amp;Domain Health…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mail from %1 sent through %2 will probably be refused or marked as spam (%3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The settings of %1 are saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sign-in of %1 has expired or was withdrawn (%2). Its messages wait in the outbox until you sign in again: click here, or Account &gt; Sign In Again….</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign &amp;In Again…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign &amp;In Again… (needed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The account %1 signs in with a password: choose Account &gt; Change Password… instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sign-in has expired or was withdrawn.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 is signed in again; %n waiting message(s) will be sent now.</source>
        <translation>
            <numerusform>%1 is signed in again; %n waiting message will be sent now.</numerusform>
            <numerusform>%1 is signed in again; %n waiting messages will be sent now.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 is signed in again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Trusted Certificates…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The certificates your accounts trust by their fingerprint, with Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 no longer trusts a certificate by its fingerprint.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Offline: messages wait for the network</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The network is back; sending what waited.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Messages cannot be sent</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Postino::AuthorizationCodeFlow</name>
    <message numerus="yes">
        <source>The sign-in was not finished in the browser within %n minute(s); nothing was stored. Start it again.</source>
        <translation>
            <numerusform>The sign-in was not finished in the browser within %n minute; nothing was stored. Start it again.</numerusform>
            <numerusform>The sign-in was not finished in the browser within %n minutes; nothing was stored. Start it again.</numerusform>
        </translation>
    </message>
    <message>
        <source>The provider has no OAuth2 sign-in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sign-in was cancelled; nothing was stored.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Postino::AutoconfigClient</name>
    <message>
        <source>%1 did not answer within %2 seconds.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 sent more than %2 bytes; a mail configuration is never that large.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 answered HTTP %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 could not be fetched: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The TLS certificate of %1 was refused: %2. Its SHA-256 fingerprint is %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The TLS certificate of %1 was refused: %2. Its SHA-256 fingerprint is %3, not the pinned %4; the autoconfig file was not read. Check the fingerprint you gave.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Postino::Autostart</name>
    <message>
        <source>%1 could not be removed; remove it yourself to stop Postino starting at login.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 could not be written (%2); Postino will not start at login.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Postino::Campaign</name>
    <message>
        <source>The campaign&apos;s file is not valid: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown format version %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>neither an account nor a server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown state &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; cannot be a campaign&apos;s name: use 1 to 64 letters, digits, spaces, &apos;-&apos;, &apos;_&apos; or &apos;.&apos;, not starting with &apos;.&apos; and without a space at either end.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Postino::CampaignComposer</name>
    <message>
        <source>The sender &quot;%1&quot; is not an address: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the subject</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the text body</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the HTML body</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a header: write it as &quot;Name: value&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the header %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The unsubscribe address &quot;%1&quot; must start with mailto: or https:.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the unsubscribe address %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>[Test] %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Postino::CampaignEditor</name>
    <message>
        <source>New Campaign</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Import the Recipient List</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV files (*.csv *.txt);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the recipient list…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The list %1 is larger than %2; split it into smaller lists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The list %1 cannot be read: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n recipient(s) will get a message</source>
        <translation>
            <numerusform>%n recipient will get a message</numerusform>
            <numerusform>%n recipients will get a message</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1; %n row(s) skipped:</source>
        <translation>
            <numerusform>%1; %n row skipped:</numerusform>
            <numerusform>%1; %n rows skipped:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>(the table above shows the first %n row(s))</source>
        <translation>
            <numerusform>(the table above shows the first %n row)</numerusform>
            <numerusform>(the table above shows the first %n rows)</numerusform>
        </translation>
    </message>
    <message>
        <source>The list is ready. Write the message next.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add an account first (File &gt; Add Account…): a campaign is sent through one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import the recipient list first (Import CSV…).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the message first: the plain text, the HTML, or both.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Creating the campaign…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A campaign named &quot;%1&quot; already exists; choose another name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Campaign %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The campaign is saved as a draft. Look at the messages and send yourself a test, then Start Sending.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From: %1
To: %2
Subject: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sending row %1&apos;s message to %2…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✔ The test message was accepted by the server (%1); look for it in your inbox.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The test message was not sent: %1 It stays in the Outbox, marked failed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The test message waits in the Outbox and will be tried again at %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writing the messages into the outbox…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writing the messages into the outbox: %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every message is in the outbox; they go at the campaign&apos;s pace.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1. &amp;Recipients</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>2. &amp;Message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>3. &amp;Pace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>4. Pre&amp;view and Test</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Campaign name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. Newsletter March</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your accounts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Account:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No list yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recipient list:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address column</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The list&apos;s columns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A CSV file with a header row, one recipient per row (as a spreadsheet saves it). Every column can be used in the message as a field.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First rows of the list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rows that get no message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why it is skipped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subject</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. News for you, {{name}}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Put a field of the list at the cursor: each recipient gets their own value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{{name}} becomes each recipient&apos;s value; {{name|friend}} gives a default for empty values.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plain text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hello {{name}},

…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HTML</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p&gt;Hello {{name}},&lt;/p&gt;  (optional: with HTML the plain text is the alternative, made from the HTML when left empty)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plain &amp;Text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;HTML</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unsubscribe URLs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>mailto:unsubscribe@example.org?subject=unsubscribe https://example.org/unsub?e={{email}}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Unsubscribe:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One or more mailto: or https: addresses separated by spaces; mail programs show an Unsubscribe button for them (List-Unsubscribe). {{unsubscribe}} puts the first one in the text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Messages per minute</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the account&apos;s pace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> per minute</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Messages per 24 hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the account&apos;s limit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> per 24 hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Daily limit:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pause after this many refusals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>never</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> messages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>0 keeps the pace of the account: its own setting, or the limit its provider is known to have (Gmail, Microsoft 365 and others refuse mail or block the account when too much goes at once). A lower rate spreads the messages evenly; the daily limit counts the last 24 hours, so a long list goes on by itself the next day. Postino pauses the campaign when the server refuses this many messages for good, so that a broken list does not burn through.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Row of the &amp;list:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Row to preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send &amp;Test to Myself</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send this row&apos;s message to the account&apos;s own address, marked as a test</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create the campaign to see its messages exactly as they will be sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plain text as sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HTML as sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The message&apos;s source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Messages written into the outbox</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Create</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the campaign as a draft: nothing is sent yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Start Sending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Put every message into the outbox; they go at the campaign&apos;s pace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address co&amp;lumn:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Su&amp;bject:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Insert Field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>R&amp;ate:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pause after re&amp;fusals:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Postino::CampaignListModel</name>
    <message>
        <source>%1 of %2 sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n skipped)</source>
        <translation>
            <numerusform>%1 (%n skipped)</numerusform>
            <numerusform>%1 (%n skipped)</numerusform>
        </translation>
    </message>
    <message>
        <source>Campaign</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Postino::CampaignReport</name>
    <message>
        <source>the campaign was cancelled before it was sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its message was removed from the outbox</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Postino::CampaignReportModel</name>
    <message>
        <source>next attempt %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (it may have arrived twice: the connection was lost after the message was sent)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Row</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason or reply</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Postino::CampaignService</name>
    <message>
        <source>the recipient list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read the attachment %1; check the file&apos;s name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The list of campaign &quot;%1&quot; has %n data row(s); there is no row %2.</source>
        <translation>
            <numerusform>The list of campaign &quot;%1&quot; has %n data row; there is no row %2.</numerusform>
            <numerusform>The list of campaign &quot;%1&quot; has %n data rows; there is no row %2.</numerusform>
        </translation>
    </message>
    <message>
        <source>Row %1 is neither sent nor skipped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Row %1 of campaign &quot;%2&quot; has no valid address to make a test from; pick another with --row.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Row %1 (line %2): %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The campaign &quot;%1&quot; was cancelled; it cannot start again. Create a new one to send it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The campaign &quot;%1&quot; is %2, not sending: there is nothing to pause.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The campaign &quot;%1&quot; is %2, not paused: there is nothing to resume%3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (start it with campaign start)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The campaign &quot;%1&quot; is done: every message has gone, there is nothing to cancel.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Row %1 (line %2) gets no message: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n message(s) were refused for good (the last: %1). Check the list and the server&apos;s replies in the report, then resume.</source>
        <translation>
            <numerusform>%n message was refused for good (the last: %1). Check the list and the server&apos;s replies in the report, then resume.</numerusform>
            <numerusform>%n messages were refused for good (the last: %1). Check the list and the server&apos;s replies in the report, then resume.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Postino::CampaignStatus</name>
    <message>
        <source>Paused.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paused: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting to try again at %1 after a temporary failure.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting to try again at %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A message waits to be tried again at %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n per minute</source>
        <translation>
            <numerusform>%n per minute</numerusform>
            <numerusform>%n per minute</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n per 24 hours</source>
        <translation>
            <numerusform>%n per 24 hours</numerusform>
            <numerusform>%n per 24 hours</numerusform>
        </translation>
    </message>
    <message>
        <source>as fast as the server takes them</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Postino::CampaignStore</name>
    <message>
        <source>Could not write %1: %2. Check that the disk has room and the folder can be written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read the attachment %1: %2. Check the file&apos;s name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Another program is creating a campaign; try again in a moment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is already a campaign named &quot;%1&quot;; choose another name (campaign list shows them).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no campaign named &quot;%1&quot;; campaign list shows the campaigns.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read the campaign file %1: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The campaign file %1 is damaged (%2); it was left as it is.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>The campaign &quot;%1&quot; is being changed by another program; try again in a moment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read the campaign&apos;s recipient list %1: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the list of campaign &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The campaign &quot;%1&quot; is %2: only a draft can be removed, since its messages and report belong to it. Cancel it to stop it; a new campaign needs another name.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Postino::CampaignTemplate</name>
    <message>
        <source>There is a placeholder without a field name ({{}}) in %1. Write the name of a column between the braces, like {{email}}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The field {{%1}} in %2 is not in the recipient list (the fields are: %3). Correct its name, or add a column with that name to the list.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Postino::CampaignText</name>
    <message>
        <source>Draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Postino::CampaignWindow</name>
    <message>
        <source>Campaign %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Messages sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sent:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skipped:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pace:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next message:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last message expected:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Pause</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No more of its messages go until you resume (one already being sent finishes)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Resume</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Cancel Campaign…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Take its waiting messages out of the outbox for good</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export &amp;JSON…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paused: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A draft: nothing is sent until it starts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The campaign %1 is paused.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The campaign %1 is sending again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel Campaign</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Cancel the campaign %1? Its %n waiting message(s) leave the outbox and are never sent; a cancelled campaign cannot start again.</source>
        <translation>
            <numerusform>Cancel the campaign %1? Its %n waiting message leaves the outbox and is never sent; a cancelled campaign cannot start again.</numerusform>
            <numerusform>Cancel the campaign %1? Its %n waiting messages leave the outbox and are never sent; a cancelled campaign cannot start again.</numerusform>
        </translation>
    </message>
    <message>
        <source>Keep It</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The campaign %1 is cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export the Report as CSV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export the Report as JSON</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>JSON files (*.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write the report to %1: %2. Choose another place.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The report is in %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Start Sending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Put every message of this draft into the outbox; they go at the campaign&apos;s pace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writing the messages into the outbox…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writing the messages into the outbox: %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every message of %1 is in the outbox; they go at its pace.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E&amp;xport CSV…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Postino::CampaignsView</name>
    <message>
        <source>&amp;New Campaign…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Suppression List…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A newsletter or mail merge: one personal message to each recipient of a list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>See how the selected campaign goes, pause or cancel it, export its report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The addresses no campaign sends to</source>
        <translation type="unfinished"></translation>
    </message>
</context>
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
    <name>Postino::Cli::AccountCommand</name>
    <message>
        <source>The account&apos;s e-mail address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The name shown to recipients.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find and verify the server (as postino-cli probe does).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With --host: connect and verify before storing the account.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outgoing server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server port (465, 587, 25, ...).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tls (implicit TLS), starttls, or none.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in with this user name (default: the address).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Authentication mechanism (PLAIN, LOGIN, CRAM-MD5, SCRAM-SHA-256, XOAUTH2, OAUTHBEARER), or NONE for a server that needs no sign-in; default: the strongest offered.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Store no password (for systems without a keychain): send and account test then need --password-env or --password-stdin on every run.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add, list, test and remove stored accounts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The account&apos;s name (letters, digits, &apos;.&apos;, &apos;_&apos;, &apos;-&apos;).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>account add wants one NAME, like: postino-cli account add work --email ada@example.com --probe</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; cannot name an account: use 1 to 64 letters, digits, &apos;.&apos;, &apos;_&apos; or &apos;-&apos;, starting with a letter or digit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>account add needs the address: --email ADDR.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say how to find the server: --probe, or --host HOST --port N --security tls|starttls|none (not both).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--port, --security and --test go with --host; --probe finds them itself.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--host needs --port N (465 for implicit TLS, 587 for STARTTLS).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--auth: unknown mechanism &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An account named %1 exists already (in %2). Choose another name, or remove it first with &apos;postino-cli account remove %1&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--no-password and a password (--password-env or --password-stdin) contradict each other; give one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--auth NONE signs in with no password; drop --password-env / --password-stdin.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the account&apos;s password with --password-env VAR or --password-stdin (it goes to the system keychain), or --no-password to store none (send and account test will then need --password-env every time), or --auth NONE for a server without sign-in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot store the password of %1 in the system keychain (%2). The account was not added. Start a keyring (e.g. gnome-keyring), or add the account with --no-password and give the password to each run with --password-env.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The account %1 was not added.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added the account %1: %2:%3 (%4)%5.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, password in the system keychain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, no password stored: give it with --password-env on each run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>account list takes no arguments.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No accounts yet; add one with &apos;postino-cli account add NAME --email ADDR --probe&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NAME</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>EMAIL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SERVER</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SECURITY</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>USERNAME</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no sign-in)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The stored account to test.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>account test wants one NAME.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>account remove wants one NAME.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Removed the account %1; no keychain answered to delete its password, if it had one (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Removed the account %1 and its password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note: the server&apos;s message size limit could not be stored with the account: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in with OAuth2 through the browser (Gmail, Microsoft 365, and any provider whose provider file has &lt;oAuth2&gt;).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The OAuth2 client ID registered for Postino with the provider (default: the setting oauth/PROVIDER/client_id).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With --oauth: sign in on another device with a code (RFC 8628), where the provider allows it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>account wants add, login, list, test or remove, not &quot;%1&quot;. Run &apos;postino-cli account --help&apos; for the forms.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--oauth-client-id and --device-code go with --oauth.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--oauth finds the server in the provider database; drop --probe (or give --host, --port and --security).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot keep the sign-in of %1 in the system keychain (%2); nothing was stored. Start a keyring (e.g. gnome-keyring) and sign in again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage:
  postino-cli account add NAME --email ADDR [--display-name TEXT]
                          (--probe | --host HOST --port N --security tls|starttls|none [--test])
                          [--username U] [--auth MECH]
                          [--password-env VAR | --password-stdin | --no-password]
  postino-cli account add NAME --email ADDR --oauth [--oauth-client-id ID] [--device-code]
  postino-cli account login NAME [--device-code]
  postino-cli account list [--json]
  postino-cli account test NAME [--json]
  postino-cli account remove NAME
Passwords are kept in the system keychain only. Run &apos;postino-cli account add --help&apos; for the options.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--oauth signs in through the browser with the provider&apos;s own mechanism; drop --password-env, --password-stdin, --no-password and --auth.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added the account %1: %2:%3 (%4), signed in with OAuth2 (%5); the sign-in is kept in the system keychain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The stored OAuth2 account to sign in again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>account login wants one NAME.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The account %1 signs in with a password, not OAuth2; to sign in with OAuth2, remove it and add it again with --oauth.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed in again as %1; the messages of %2 waiting in the outbox go with the next queue run.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Postino::Cli::CampaignCommand</name>
    <message>
        <source>create: the sender (From), e.g. &quot;Negozio Rossi &lt;info@negozio.example&gt;&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>create: the recipient list (CSV with a header row).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>create: the list&apos;s address column, if it is not &quot;email&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>create: the subject template.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>create: the plain-text body template from FILE.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>create: the HTML body template from FILE (sent with a plain-text alternative).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>create: attach FILE to every message (repeatable).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>create: add a header template (repeatable).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>create: a mailto: or https: unsubscribe URL template, for List-Unsubscribe (repeatable).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>create: at most N messages per minute, evenly spaced (default: the account&apos;s or its provider&apos;s limit).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>create: at most N messages in any 24 hours (default: the account&apos;s or its provider&apos;s limit).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>create: pause the campaign after N messages refused for good (default 50; 0: never).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>preview, test: the data row (default 1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>test: send the test message to ADDR only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>report: write the report as CSV to FILE.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--%1 wants a whole number from %2, not &quot;%3&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say who the campaign is from with --from ADDR.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the recipient list with --recipients FILE.csv (a header row, one recipient per row).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the message&apos;s text with --body-file FILE, --html-file FILE, or both.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>body</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HTML</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--column wants email=NAME (the list&apos;s address column), not &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  line %1 skipped: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>  ... and %n more (the report lists every one).</source>
        <translation>
            <numerusform>  ... and %n more (the report lists every one).</numerusform>
            <numerusform>  ... and %n more (the report lists every one).</numerusform>
        </translation>
    </message>
    <message>
        <source>The recipient list &quot;%1&quot; does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The recipient list &quot;%1&quot; cannot be read: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the recipient list %1 (%2)...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A campaign named &quot;%1&quot; already exists; choose another name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Look at a message with `postino-cli campaign preview %1`, send yourself a test with `campaign test %1 --to ADDR`, then `campaign start %1`.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say where the test goes with --to ADDR.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--to: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Test message of row %1 sent to %2 (%3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The test message stays in the outbox as %1, marked failed; remove it with `postino-cli queue remove %1`.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The test message is safe in the outbox as %1 and will be retried at %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The campaign &quot;%1&quot; is done: nothing is sent again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writing the messages into the outbox: %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The campaign is paused: `campaign resume %1` lets them go.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The campaign &quot;%1&quot; is paused: no more of its messages go until `campaign resume %1` (a message already handed to the server is not recalled).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The campaign &quot;%1&quot; is sending again; `postino-cli queue run` sends its messages.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Campaign &quot;%1&quot;: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 rows: %2 sent, %3 waiting, %4 failed, %5 skipped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pace: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>next message: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>last message expected: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write the report to %1: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The report of %n row(s) is in %1.</source>
        <translation>
            <numerusform>The report of %n row is in %1.</numerusform>
            <numerusform>The report of %n rows is in %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>next attempt %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no campaign yet; make one with `postino-cli campaign create`.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Newsletters and mail merge: one personal message per recipient of a list, paced.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the campaign&apos;s name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>report takes --json or --csv FILE, not both.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Campaign &quot;%1&quot; created with %n recipient(s).</source>
        <translation>
            <numerusform>Campaign &quot;%1&quot; created with %n recipient.</numerusform>
            <numerusform>Campaign &quot;%1&quot; created with %n recipients.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) of the list skipped:</source>
        <translation>
            <numerusform>%n row of the list skipped:</numerusform>
            <numerusform>%n rows of the list skipped:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n message(s) wait in the outbox; `postino-cli queue run` sends them.</source>
        <translation>
            <numerusform>%n message waits in the outbox; `postino-cli queue run` sends it.</numerusform>
            <numerusform>%n messages wait in the outbox; `postino-cli queue run` sends them.</numerusform>
        </translation>
    </message>
    <message>
        <source>Pace: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The campaign &quot;%1&quot; is cancelled: nothing of it stays in the outbox.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n of its messages had already gone.</source>
        <translation>
            <numerusform>%n of its messages had already gone.</numerusform>
            <numerusform>%n of its messages had already gone.</numerusform>
        </translation>
    </message>
    <message>
        <source>The draft &quot;%1&quot; is removed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>create, preview, test, start, pause, resume, cancel, status, report, remove (a draft) or list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say what to do: campaign create|preview|test|start|pause|resume|cancel|status|report|remove NAME, or campaign list (see --help).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Postino::Cli::CliCommon</name>
    <message>
        <source>%1 wants a port number from 1 to 65535, not &quot;%2&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is tls, starttls or none, not &quot;%2&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read the password of the account %1 from the system keychain (%2). Start a keyring (e.g. gnome-keyring), or give the password for this run with --password-env VAR or --password-stdin.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The keychain holds no password for the account %1. Give it with --password-env VAR or --password-stdin, or store it with &apos;postino-cli account remove %1&apos; and &apos;account add&apos; again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--retry-initial wants a whole number of seconds, not &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Postino::Cli::Command</name>
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
    <message>
        <source>Name server for every DNS look-up (MX, SRV, TXT, ...); port 53 unless given.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--dns-server wants an IP address and optionally a port, like 127.0.0.1, 127.0.0.1:5353 or [::1]:5353, not &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Postino::Cli::DomainCommand</name>
    <message>
        <source>PASS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>WARN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FAIL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>INFO</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checks a domain&apos;s mail records (MX, SPF, DKIM, DMARC, reverse DNS, blocklists) and says what to fix.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check mail sent through this stored account&apos;s server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ACC</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A server that sends for the domain (repeatable).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HOST|IP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A DKIM selector to look up (repeatable); else the usual ones.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A blocklist zone (repeatable), instead of the default ones.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ZONE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>check DOMAIN|ADDR</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say what to check: postino-cli domain check DOMAIN|ADDR.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a domain name or an address; give e.g. example.com or me@example.com.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking %1...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>fix: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The DNS gave no answer for some look-ups: try again, or use --dns-server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 checked in %2 ms.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Also test each MX on port 25: reachable, STARTTLS and its certificate, not an open relay.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Postino::Cli::OAuthLogin</name>
    <message>
        <source>Could not start the browser %1; open the address above yourself.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To sign in, open this address on any device and enter the code %1:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting for the sign-in…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open this address in a browser to sign in:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its last refresh was refused</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Postino::Cli::ProbeCommand</name>
    <message>
        <source>Sign in with this user name (default: the address, then its local part).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skip discovery and probe this host&apos;s ports.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Probe only this port.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With --host and --port: probe only this security (tls, starttls or none).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a new connection, to try another user name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  %1 %2 (%3): %4 in %5 ms - %6</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HOST</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PORT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SECURITY</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SOURCE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>RESULT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TIME</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DETAIL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No usable server found for %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server:       %1 %2 (found by %3), verified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server:       %1 %2 (found by %3), password refused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign-in:      %1 as %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User name:    %1 (not tried: no password given)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Capabilities: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Largest message: %1 bytes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TLS:          %1, %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certificate:  %1, issued by %2, valid until %3%4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (accepted by its pinned fingerprint)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SHA-256:      %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TLS:          none: the connection is not encrypted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>candidate %1 %2 (%3): %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find and verify the outgoing server for an address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finds the outgoing (SMTP) server for EMAIL and verifies it: connect, TLS with the certificate checked, EHLO, and AUTH when a password is given. No message is sent.
Exit: 0 found (and signed in, when a password was given), 77 the password was refused, 69 nothing usable found.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The address to find the server for.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>probe wants exactly one address, like postino-cli probe ada@example.com.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an e-mail address; give one like ada@example.com.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--host wants a host name, not &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--security needs --host and --port (it names the security of that one port).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write the transcript to &quot;%1&quot;: %2. Choose a file you can write to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Probing %1 for %2...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Looking for the outgoing server of %1...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Found %1 %2 (%3) in %4 ms.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Once a server has verified, wait this many seconds for a preferred one that has not greeted yet (default 2, and no longer than 3 s after the start; 0: take the first verified server at once).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--grace wants a number of seconds between 0 and 3600, not &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Postino::Cli::QueueCommand</name>
    <message>
        <source>postino-cli: the queued message %1 was damaged (%2); it was moved to %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The outbox is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>from: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>to: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>subject: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>attempts: %1, next attempt: %2, size: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>last error: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the connection was lost after the message was handed over: it may arrive twice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show and send what waits in the outbox (list, run, flush, retry, remove).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>run: return when nothing queued is left (failed messages stay).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>run: keep running and send new messages as they are queued (until --max-time or interrupted).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>run: stop after SECONDS.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First backoff step in SECONDS; a waiting message becomes due no later than SECONDS after its last attempt.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>list, run, flush, retry ID or remove ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: postino-cli queue list | run | flush | retry ID | remove ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--max-time wants a number of seconds, not &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is due now; `postino-cli queue run` sends it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was removed from the outbox.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Another Postino is sending this outbox (%1); waiting for it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 failed: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is still queued (next attempt %2): %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The network is back; sending what waited.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Offline: no network connection; waiting for it to return.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Offline: no network connection, so nothing was tried; the messages stay queued and are sent when the network returns (`postino-cli queue run`).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>postino-cli: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Postino::Cli::SendCommand</name>
    <message>
        <source>Send with this stored account.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outgoing server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server port (465, 587, 25, ...).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tls (implicit TLS), starttls, or none.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log in with this user name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Authentication mechanism (PLAIN, LOGIN, CRAM-MD5, SCRAM-SHA-256, XOAUTH2, OAUTHBEARER); default: the strongest offered.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Allow sending the password without TLS to a remote server (never do this over the internet).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sender address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recipient (repeatable).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy recipient (repeatable).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Blind copy recipient (repeatable).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subject.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plain-text body.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read the plain-text body from FILE.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HTML body from FILE (sent with a plain-text alternative).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attach FILE (repeatable).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a header (repeatable).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send this ready message as it is.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only queue the message; do not send now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send UTF-8 text as 8bit (only for servers with 8BITMIME).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask for delivery status notifications.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The %1 file &quot;%2&quot; does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The %1 file &quot;%2&quot; cannot be read: %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The %1 file &quot;%2&quot; is not UTF-8 text. Convert it, for example with iconv -t UTF-8.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--from: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The message &quot;%1&quot; has no From or Sender header; give the sender with --from.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The message &quot;%1&quot; names no recipient (To, Cc or Bcc); give them with --to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say who the message is from with --from ADDR (or send a ready message with --eml FILE).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give at least one recipient with --to, --cc or --bcc.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the body one way: --body or --body-file, not both.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>body</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HTML</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The attachment &quot;%1&quot; does not exist or is not a file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--header wants &quot;Name: value&quot;, not &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send a message (it is stored in the outbox first).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>send takes no arguments without an option name: &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say where to send: --account NAME, or --host HOST --port N --security tls|starttls|none.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--security is tls, starttls or none, not &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--port wants a number from 1 to 65535, not &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--auth: unknown mechanism &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A password was given but no --username to log in with.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--username %1 needs a password: give it with --password-env VAR or --password-stdin.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sent to %1 (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First retry after SECONDS if sending fails for now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give either --account NAME or --host HOST, not both.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Queued as %1; `postino-cli queue run` sends it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The message is safe in the outbox as %1 and will be retried at %2 (`postino-cli queue run`).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>server said: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The message stays in the outbox as %1, marked failed: fix the problem, then `postino-cli queue retry %1`.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Postino::Cli::SuppressCommand</name>
    <message>
        <source>The suppression list is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>line %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 added, %2 already on the list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 removed, %2 not on the list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The addresses no campaign sends to again (add, remove, import, list).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>add ADDR..., remove ADDR..., import FILE.csv or list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say what to do: suppress add ADDR..., suppress remove ADDR..., suppress import FILE.csv or suppress list.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Postino::ComposedMessage</name>
    <message>
        <source>The saved message is damaged: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it was written in an unknown format (version %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the field “%1” is not text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the attachments are not a list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an attachment is not a file name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the time to send it is not a time</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Postino::ComposerWindow</name>
    <message>
        <source>From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your name &lt;you@example.org&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your addresses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>name@example.org, another@example.org</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cc</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bcc</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Blind copy to (not shown to the others)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subject</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Cc:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Bcc:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;ubject:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attachments:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attachments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the selected attachments (Delete)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Message text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drop files here to attach them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Send</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send the message (Ctrl+Return)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Attach Files…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save &amp;Draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Draft saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Discard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete this draft and close the window</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Rich Text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write with bold, italic and underline (sent as HTML with a plain text copy)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Bold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Italic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Underline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>F&amp;ormat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New Message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 – New Message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drafts are not available in this window.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Draft saved at %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not sent: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not sent: add at least one recipient in To, Cc or Bcc.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not sent: these attachments are no longer there: %1. Remove them or attach them again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Message Too Large?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This message will be about %1, but the server accepts at most %2. It will probably be refused.

Remove or shrink some attachments, or send it anyway.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send Anyway</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not sent. The message is still here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attach Files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1 (missing)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Draft Not Saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The draft could not be saved, so closing now would lose what you wrote.

%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warning about the From address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check &amp;Domain…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show what the From address&apos;s domain publishes, and what to fix</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That time has passed: choose a later one, or Send.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send &amp;Later…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose when the message goes (Ctrl+Shift+Return)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check &amp;Spelling</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;pelling</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No spelling dictionary is installed. Install the package %1 (Italian) or %2 (English), then open the message again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No dictionaries installed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Underline the words the dictionary does not know (right-click one for suggestions)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(No suggestions)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Ignore “%1” in This Message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add “%1” to Dicti&amp;onary</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Postino::ConnectionCheckResult</name>
    <message>
        <source>%1 %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Postino::ConnectionDoctor</name>
    <message>
        <source>Check &amp;Again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Copy Transcript</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check Connection – %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking %1 at %2, port %3, step by step.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connection steps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find the server&apos;s address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connect (TCP)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Encryption (TLS)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Greeting and EHLO</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in (AUTH)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What Postino and the server said (&amp;passwords removed):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Transcript</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not tried yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Looking up %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The name %1 was not found (%2). Check the server&apos;s name for typing mistakes, and that this computer is online.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is at %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The keychain did not answer (%1); signing in will not be tried.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connecting to %1, port %2…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connected to %1, port %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Negotiating encryption…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, %2; certificate of %3%4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (trusted by its fingerprint)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting for the server&apos;s greeting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server greeted and answered EHLO</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signing in as %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, %2; certificate of %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not used: this account is set to send unencrypted (security: none)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed in as %1 with %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not needed: this account does not sign in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Everything works: Postino can send through this account.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not tried: an earlier step failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server said: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server wants a password and none is stored for this account. Enter it with Account &gt; Change Password…, then check again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sending the waiting messages now; see the Outbox.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n message(s) of this account wait in the outbox.</source>
        <translation>
            <numerusform>%n message of this account wait in the outbox.</numerusform>
            <numerusform>%n messages of this account wait in the outbox.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&amp;Send %n Waiting Message(s) Now</source>
        <translation>
            <numerusform>&amp;Send %n Waiting Message Now</numerusform>
            <numerusform>&amp;Send %n Waiting Messages Now</numerusform>
        </translation>
    </message>
    <message>
        <source>The step “%1” failed: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Postino::CsvReader</name>
    <message>
        <source>%1, line %2: a quoted field starts here and its closing quote (&quot;) is missing. Add it; a quote inside a quoted field is written twice (&quot;&quot;).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, line %2: there is text after the closing quote of a field. Put the whole field inside the quotes, and write a quote inside it twice (&quot;&quot;).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The CSV data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, line %2: column %3 of the header has no name. Give every column a name in the first row (the address column, for example, &quot;email&quot;).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, line %2: the header names the column &quot;%3&quot; twice (names are compared ignoring case). Give each column a name of its own.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is empty. A CSV file starts with a header row naming its columns, for example: email,nome.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, line %2: this row has %3 fields but the header has %4 columns. Put a value that contains %5 in quotes, or name the extra column in the header.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, line %2: the text is not valid UTF-8. Save the file again as CSV in UTF-8 (in LibreOffice: character set &quot;Unicode (UTF-8)&quot;; in Excel: &quot;CSV UTF-8&quot;) and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not open %1: %2. Check the path and that the file can be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is larger than %2 MB, too large for a list. Split it into smaller files.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not read %1: %2. Check the disk and try again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Postino::DeviceAuthorization</name>
    <message>
        <source>The sign-in server %1 gave an answer that is not a device code (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a JSON object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no device_code or user_code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the verification_uri is not a web address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expires_in is not a positive number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>interval is not a sensible number of seconds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This provider does not allow signing in with a code on another device; sign in through the browser instead (without --device-code).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sign-in was cancelled; nothing was stored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The code %1 expired before the sign-in was finished; start again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Postino::DkimKeyRecord</name>
    <message>
        <source>v=%1: a DKIM key record says v=DKIM1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>v=DKIM1 must be the first tag of the record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>h=%1 names no hash algorithm a verifier knows (sha256)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>k=%1 is not a key type verifiers know (rsa or ed25519)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>s=%1: the key is not for email (s=* or s=email)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the record has no p= tag, the public key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>p= is not valid base64</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>p= wraps the Ed25519 key in a SubjectPublicKeyInfo; RFC 8463 publishes the raw 32-byte key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an Ed25519 key is 32 bytes; p= holds %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>p= cannot be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>k=rsa, but p= holds an Ed25519 key: say k=ed25519 and publish the raw key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The DKIM key record cannot be used: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key is revoked (p= is empty): signatures with this selector fail.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>RSA key of %1 bits: below %2 bits receivers ignore the signature. Publish a %3-bit key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>RSA key of %1 bits: it still works, but %2 bits is the recommended size.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ed25519 key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>RSA key of %1 bits.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Postino::DmarcRecord</name>
    <message>
        <source>a DMARC record starts with v=DMARC1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>v=%1: a DMARC record starts with v=DMARC1, in capitals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>v= must be the first tag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1=%2 is not a policy: none, quarantine or reject</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1=%2: alignment is r (relaxed) or s (strict)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pct=%1 is not a percentage from 0 to 100</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1= is empty: give mailto: addresses or leave the tag out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1=: “%2” is not a report address: write mailto:name@example.com, optionally with a size limit such as !10m</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>fo=%1: the failure options are 0, 1, d and s, separated by “:”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rf=%1: the only failure report format is afrf</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ri=%1 is not a number of seconds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>t=%1: testing is y or n</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>psd=%1 is y, n or u</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the record has no p= policy: receivers treat it as p=none when rua= has a valid address, and ignore it otherwise</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a DMARC record starts with v=DMARC1, with nothing but spaces before it</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Postino::DomainCheck</name>
    <message>
        <source>an answer outside 127.0.0.0/8 (%1), which is not a listing: the zone is misconfigured or hijacked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the query was refused (%1): the blocklist does not answer queries through public or busy name servers; use your own resolver</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: SBL, a known source of spam</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: DROP, a hijacked or spammer-run network</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: XBL, an infected or exploited machine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: PBL, a residential or dynamic range that should not send mail directly</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: listed as a source of spam</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No answer within %1 ms: the DNS did not answer in time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Try again, or ask another name server with --dns-server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The DNS gave no answer for the MX of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 does not exist in the DNS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The name server says there is no such domain: check its spelling, or register it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no MX record: replies and bounces cannot reach it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Without an MX, senders fall back to the domain&apos;s own address, which rarely runs a mail server; many receivers also distrust mail from a domain that cannot receive.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1. MX 10 mail.%1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 publishes a null MX: it receives no mail (RFC 7505)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mail to this domain is refused at once. That is right for a domain that only sends, but replies to its addresses will bounce.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is an alias (CNAME) of %2; an MX must name a host directly (RFC 2181 §10.3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1. MX 10 %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no address (no A or AAAA record)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The MX hosts of %1 could not all be looked up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MX: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every MX host has an address and none is an alias.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The DNS gave no answer for the TXT records of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no SPF record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Without SPF, receivers cannot tell your servers from anyone else&apos;s; Gmail, Yahoo and Outlook.com reject or file as spam mail from domains without SPF or DKIM.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has more than one SPF record: SPF fails for every message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>RFC 7208 allows exactly one TXT record starting with v=spf1; with two, receivers return a permanent error.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Merge them into one record, e.g. %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The SPF record lets any server on the internet send as %1 (+all)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The SPF record ends in ?all: servers not listed are neutral, as without SPF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The SPF record needs more than 10 DNS look-ups: SPF fails (permerror)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replace a, mx and include terms by the ip4:/ip6: ranges they stand for, or remove unused ones</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replace includes by the ip4:/ip6: ranges they list, or remove unused ones (most look-ups come from %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The SPF record has more than 2 look-ups that find nothing: SPF fails (permerror)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the terms whose names do not exist: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The SPF record of %1 does not allow %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SPF record valid (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SPF record valid and allows %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Selectors tried: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>_domainkey.%1 exists, so keys are published under selectors not tried here (give them with --dkim-selector).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No DKIM key found for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Turn on DKIM signing at your mail provider and publish the key it gives at SELECTOR._domainkey.%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The DKIM key %1 is %2 bits; 2048 is recommended</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make a new 2048-bit key at your provider and publish it at %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The DKIM key %1 cannot be used: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DKIM keys found: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The DNS gave no answer for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no DMARC record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gmail, Yahoo and Outlook.com require DMARC from bulk senders, and without it nobody can tell receivers what to do with forged mail. Start with p=none and reports.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has more than one DMARC record: receivers ignore all of them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep one: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The DMARC record of %1 is not valid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>strict</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>relaxed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Policy %1, subdomains %2; SPF alignment %3, DKIM alignment %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DMARC policy %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DMARC p=none: forged mail from %1 is still delivered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The path to enforcement: read the aggregate reports until every legitimate source passes, then p=quarantine (pct=25, then 100), then p=reject.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DMARC sp=none: forged mail from subdomains of %1 is still delivered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No rua= address: you receive no reports of who sends as %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Report destinations outside %1 must agree to receive its reports (RFC 7489 §7.1); until they do, receivers send them nothing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The DMARC report address at %1 has not authorised reports for %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not the account&apos;s address (%2): the envelope sender&apos;s domain %3 cannot align with %4 for SPF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No server given: use --account or --server to check mail sent through it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alignment depends on the server the mail goes through.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SPF: the servers pass and the envelope domain %1 aligns with %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SPF: does not align (the servers do not pass for %1, or the envelope domain %2 differs)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mail From @%1 through another provider&apos;s server fails DMARC</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 signs only what its own servers send and lists only them in SPF; receivers reject or file as spam anything else claiming to be from it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send @%1 mail through %1&apos;s own submission server, or use an address on your own domain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send From the account&apos;s own address, or through an account of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mail From %1 through these servers aligns with SPF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only DKIM can align: SPF does not allow these servers for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make sure the server signs with d=%1, or add it to the SPF record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mail From %1 through these servers fails DMARC: neither SPF nor DKIM aligns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No server given: use --account or --server to check its reverse DNS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the reverse look-up gave no answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no reverse name (PTR)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask the provider of %1 to set its reverse name (PTR) to your server&apos;s name, e.g. mail.%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has the reverse name %2, which does not resolve back to it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 A %2 (or set the PTR of %2 to a name that has this address)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 ↔ %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Forward-confirmed reverse DNS: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No server IPv4 address given: use --account or --server to check the blocklists</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find and stop the cause (an infected machine, an open relay, a leaked password), then ask each blocklist to delist the address; a PBL listing means sending through your provider&apos;s submission server instead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Some blocklists did not answer: the result is incomplete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 not listed on %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 on %2: the blocklist gave no answer (%3); this is not a listing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not on %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is listed on %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 on %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>_mta-sts.%1 TXT &quot;v=STSv1; id=20240101&quot; and the policy at https://mta-sts.%1/.well-known/mta-sts.txt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The DNS gave no answer for _mta-sts.%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No MTA-STS: senders may deliver to %1 without TLS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MTA-STS (RFC 8461) tells sending servers to insist on a valid certificate.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>More than one MTA-STS record: senders ignore them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The MTA-STS record has no valid id=</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The DNS gave no answer for _smtp._tls.%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No TLS-RPT: you receive no reports of failed TLS deliveries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TLS-RPT (RFC 8460) asks senders to report TLS failures to you.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The TLS-RPT record is not valid (one record with rua= is needed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TLS-RPT record published</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No MX host to check for DANE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>_25._tcp.%1: no TLSA record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>_25._tcp.%1: %2 TLSA records, DNSSEC %3: not trusted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>_25._tcp.%1: %2 TLSA records, DNSSEC secure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No DANE: the MX hosts publish no TLSA records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TLSA records without DNSSEC: senders ignore them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign the zone with DNSSEC at your DNS provider</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DANE on some MX hosts only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DANE: every MX host has DNSSEC-secure TLSA records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The DNS gave no answer for the DKIM keys of %1: none could be checked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1. A ADDRESS (the mail server&apos;s IPv4 address)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1
The id is 1 to 32 letters and digits, changed whenever the policy changes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MTA-STS record published; its policy was not fetched</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The DNS gave no answer for %1: the MTA-STS policy was not fetched</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 publishes an MTA-STS record (id=%2), but %3 has no address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Senders fetch the policy from https://%1/.well-known/mta-sts.txt; without it the record is ignored, and a sender that cached an earlier policy may refuse to deliver.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 A ADDRESS (a web server with a certificate for %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Serve this as text/plain at %1 (HTTPS, a certificate valid for mta-sts.%2, no redirect):
%3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The MTA-STS policy host&apos;s certificate is not valid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Install a certificate for mta-sts.%1 from a public CA (e.g. Let&apos;s Encrypt) on the web server at %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The MTA-STS policy could not be fetched (id=%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 answered HTTP %2, a redirect: senders do not follow it (RFC 8461 §3.3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The policy must be at exactly this address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 answered HTTP %2, not the policy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The record id=%1 promises a policy there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The MTA-STS policy is served as &quot;%1&quot;, not text/plain: senders ignore it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make the web server send Content-Type: text/plain for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The MTA-STS policy at %1 is not valid: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Policy: mode %1, max_age %2 seconds, mx %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MTA-STS is switched off (mode: none, id=%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The MTA-STS policy does not name the MX host %1: senders that honour it cannot deliver there</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MTA-STS in testing mode (id=%1): senders report TLS failures but still deliver</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Once the TLS-RPT reports show no failures, change &quot;mode: testing&quot; to &quot;mode: enforce&quot; in the policy and give the TXT record a new id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MTA-STS enforced, but max_age is only %1 seconds (id=%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>max_age: 604800 (a week) or more, so that senders keep the policy between visits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MTA-STS enforced (id=%1): every MX host is in the policy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not tested: the MX hosts were not known in time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: no answer within %2 ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server answered too slowly for this check; try again, or with a longer --timeout.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No MX host to test on port 25</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The MX hosts were not tested: no connections in this run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no address: it cannot be reached</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: not tested</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 answers on port 25</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, %2; certificate %3, issued by %4, valid until %5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 offers STARTTLS, but only %2, which receivers and senders are dropping</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Allow TLS 1.2 and 1.3 on %1 (Postfix: smtpd_tls_protocols = &gt;=TLSv1.2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 offers STARTTLS (%2) with a certificate valid for it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: not tested, port 25 did not answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 refused the connection on port 25: no mail server listens there</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start the mail server on %1, or open port 25 in its firewall</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 offers no STARTTLS: mail to it travels in clear</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enable STARTTLS on %1 with a certificate for that name (Postfix: smtpd_tls_security_level = may, smtpd_tls_chain_files = KEY, CERTIFICATE)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certificate: %1, issued by %2, names: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The certificate of %1 is not valid for it: senders that check (MTA-STS, DANE) will not deliver</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Install a certificate for %1 from a public CA (e.g. Let&apos;s Encrypt), with %1 among its names</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>STARTTLS with %1 failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the TLS settings of the mail server on %1 (its certificate, key and protocols)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 accepted the connection on port 25 but did not answer in time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 answered on port 25, but the session failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the relay test could not be run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 did not answer on port 25 while %2 did: your network blocks outbound port 25</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Home ISPs and cloud providers (AWS, Google Cloud, Azure, Hetzner and others) block outbound port 25 against spam. From here the MX cannot be tested, and a mail server here cannot deliver directly.
%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run this test from a network that allows port 25, or ask your provider to unblock it; a server here must send through a relay (a smarthost on port 587)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 did not answer on port 25 (nor did %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Either the mail server is down or a firewall drops port 25, or this machine cannot reach the internet.
%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check that the mail server on %1 runs and that its firewall lets port 25 in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the relay test could not be finished</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MAIL FROM:&lt;%1&gt;, RCPT TO:&lt;%2&gt;, then RSET; nothing was sent (no DATA).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is an open relay: it accepted mail from %2 to %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Spammers find open relays within hours; blocklists then list the server and its mail is refused everywhere.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Relay only for authenticated users and your own domains (Postfix: smtpd_relay_restrictions = permit_mynetworks, permit_sasl_authenticated, reject_unauth_destination)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 refuses to relay (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 deferred the foreign recipient (%2): not proven closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A temporary refusal (greylisting, a busy server) says nothing about relaying; try again later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 refused the foreign sender (%2): it does not relay for it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the relay test gave no verdict</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 could not be greeted for its EHLO name: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 gave no name in its greeting or EHLO reply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 calls itself %2 in EHLO, as its reverse name says</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 calls itself %2 in EHLO, but its reverse name is %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make the server at %1 say EHLO %2 (Postfix: myhostname = %2), or set the PTR of %1 to %3 (and %3 A %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The EHLO name %1 of %2 is not its reverse name %3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Postino::DomainCheckCard</name>
    <message>
        <source>To fix it, publish or change this:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fix for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy the fix for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy the fix, to paste it into your DNS panel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Postino::DomainCheckText</name>
    <message>
        <source>Mail servers (MX)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What is an MX record?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The MX records say which servers receive mail for your domain. Without them, replies to you cannot be delivered, and many receivers distrust mail from a domain that cannot receive any.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SPF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What is SPF?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SPF is a list, published in your domain&apos;s DNS, of the servers allowed to send mail for it. A receiver compares the server a message comes from with that list: a server not on it looks like someone pretending to be you.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DKIM</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What is DKIM?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DKIM is a signature your mail server adds to every message, like a seal. The key to check it is published in your DNS under a name called the selector; a receiver that finds the seal intact knows the message really comes from your domain and was not changed on the way.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DMARC</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What is DMARC?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DMARC tells receivers what to do with mail that claims to be from your domain but passes neither SPF nor DKIM: deliver it anyway (none), put it in spam (quarantine) or refuse it (reject). It can also ask them to send you reports. Gmail, Yahoo and Outlook.com expect every sender to have one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alignment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What is alignment?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passing SPF or DKIM is not enough: the domain that passes must be the domain in the From line people see. This check asks whether mail with your From address, sent through your server, would pass DMARC. The usual traps: sending as @gmail.com through another provider, or a hosting domain whose SPF does not include the provider.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reverse DNS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What is reverse DNS?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reverse DNS turns a server&apos;s address back into a name. Receivers expect a sending server&apos;s address to have a name that points back to the same address; servers without one look like home computers and their mail is often refused.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Blocklists</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What is a blocklist?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Blocklists (such as Spamhaus) list addresses that sent spam or that belong to home connections. Many receivers refuse mail from a listed server. This check asks the lists about your sending servers&apos; addresses.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MTA-STS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What is MTA-STS?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MTA-STS lets your domain say that mail to it must always travel encrypted, to servers with a valid certificate. It is optional, but it protects mail sent to you from being read or redirected on the way.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TLS reports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What are TLS reports?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With a TLS-RPT record, other mail servers send you a daily report when they could not deliver to you over an encrypted connection. It is optional and only tells you about problems.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DANE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What is DANE?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DANE publishes your mail server&apos;s certificate in the DNS, protected by DNSSEC signatures, so that senders can check it without trusting a certificate authority. It only counts when your DNS is signed; it is optional.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Port 25</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What is port 25?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mail servers hand mail to each other on port 25. This check tries to reach your mail server there from this computer. Many home connections and cloud providers block outgoing port 25, which looks like a timeout here even when the server is fine.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Encryption (STARTTLS)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What is STARTTLS?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>STARTTLS lets a sending server switch the connection to encryption. Your mail server should offer it, with a certificate valid for its name, so that mail to you cannot be read on the way.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open relay</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What is an open relay?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An open relay is a server that forwards mail from anyone to anyone. Spammers find such servers within hours, and they end up on every blocklist. Your server must refuse mail between two domains that are not its own.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What does this check mean?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is one of the checks of what your domain publishes for mail (%1). Its summary and details above say what was found; where something needs doing, the fix says what to publish or change.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pass</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Info</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Postino::DomainHealthPage</name>
    <message>
        <source>Domain Health</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Will mail from your address be trusted? Gmail, Yahoo and Outlook.com refuse or file as spam mail whose domain does not vouch for the server that sent it. Postino reads what your domain publishes in the DNS and says exactly what to add or change.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Domain or address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>example.com or you@example.com</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DKIM selector</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Optional: the usual ones are tried</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sending server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Optional: e.g. smtp.example.com or its address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Domain or address:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DKIM &amp;selector:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sending se&amp;rver:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;heck</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>R&amp;e-check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the same domain again, e.g. after changing its DNS records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type your domain or address and choose Check. Nothing is sent: Postino only reads public DNS records.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type a domain (example.com) or an address (you@example.com) first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a domain name or an address: type e.g. example.com or you@example.com.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Postino has no DNS resolver here, so it cannot look anything up.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The fix for %1 is on the clipboard: paste it into your domain&apos;s DNS panel (or the setting it names), then choose Re-check.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking %1… %2 of %3 done.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checked in %1 s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The DNS did not answer every look-up for %1, so this verdict is not complete: choose Re-check in a moment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Mail from %1 may not be trusted: %n check(s) failed.</source>
        <translation>
            <numerusform>Mail from %1 may not be trusted: %n check failed.</numerusform>
            <numerusform>Mail from %1 may not be trusted: %n checks failed.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Mail from %1 should be trusted, with %n warning(s).</source>
        <translation>
            <numerusform>Mail from %1 should be trusted, with %n warning.</numerusform>
            <numerusform>Mail from %1 should be trusted, with %n warnings.</numerusform>
        </translation>
    </message>
    <message>
        <source>Mail from %1 should be trusted: nothing failed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Postino::DraftStore</name>
    <message>
        <source>Could not save the draft: “%1” is not a valid draft name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not save the draft: the folder %1 could not be created. Check its permissions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not save the draft to %1: %2. Check that the disk is not full; your text is still in the window.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no draft named “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not open the draft %1: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The draft %1 is too large to be a draft; it was not opened.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The draft %1 is damaged and could not be read (%2). Its file was left in place.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a JSON object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The draft %1 could not be read: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not delete the draft %1. Check the folder&apos;s permissions.</source>
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
    <name>Postino::HeaderEncoding</name>
    <message>
        <source>A header has no name. Write custom headers as &quot;Name: value&quot;, for example &quot;X-Priority: 1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The header name &quot;%1...&quot; is longer than %2 characters. Use a shorter name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The header name &quot;%1&quot; contains %2, which a header name cannot have. Use only printable ASCII letters, digits and punctuation other than the colon, for example &quot;X-Project-Id&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The value of the header &quot;%1&quot; contains %2 at position %3. A header value must be a single line without control characters; remove it (a line break here could add headers nobody asked for).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a line break (CR)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a line break (LF)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a NUL character</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a tab</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a space</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a colon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the character &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the character U+%1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Postino::HttpsMtaStsFetcher</name>
    <message>
        <source>%1 did not answer within %2 seconds.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 sent more than %2 bytes; an MTA-STS policy is at most 64 KiB (RFC 8461 §3.3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The certificate of %1 is not valid for it: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 could not be fetched: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Postino::IspdbParser</name>
    <message>
        <source>an outgoing server has no &lt;hostname&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the outgoing server %1 has no valid &lt;port&gt; (1-65535)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the port &quot;%1&quot; is not a number from 1 to 65535</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the socketType &quot;%1&quot; is none of SSL, STARTTLS, plain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the authentication &quot;%1&quot; is not an ISPDB authentication method</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the provider kind &quot;%1&quot; is none of mailbox, hosting, pec, bridge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it is not well-formed XML (line %1: %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it has no &lt;emailProvider&gt; element</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it names no outgoing SMTP server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The mail configuration %1 could not be read: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the sending limit %1=&quot;%2&quot; is not a whole number of 0 or more</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the sending limits&apos; addresses &quot;%1&quot; are none of any, own, other</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the app password address &quot;%1&quot; is not an https:// URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the OAuth2 mechanism &quot;%1&quot; is neither XOAUTH2 nor OAUTHBEARER</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the &lt;oAuth2&gt; element has no &lt;%1&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the OAuth2 endpoint &quot;%1&quot; is not an https:// URL</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Postino::KeychainSecretStore</name>
    <message>
        <source>The system keychain refused access to the password of the account %1. Unlock the keychain (or allow Postino) and try again.</source>
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
        <source>Outbox</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The outbox is empty.

Messages you send wait here until the server has accepted them; if the network or the server is down, Postino tries again by itself.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing sent yet.

Messages the server has accepted are listed here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drafts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No drafts.

What you write is saved here as you type, and stays until you send it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subject</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ready.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A&amp;ccounts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accounts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No accounts yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add Account…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Views</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Views</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Get Started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Test Server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Welcome to Postino</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Postino sends your e-mail and makes sure it arrives: it finds the right server for your address, checks that it works, and keeps every message in the outbox until the server has accepted it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add an Account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set up the address you send from. Postino looks up the server settings for you.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Try Postino with the Built-in Test Server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send messages to a mail server inside Postino and see exactly what would be sent. Nothing leaves this computer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New Message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write a new message (Ctrl+N)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add Account…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Try the &amp;Test Server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About Postino</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Outbox</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Drafts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Test Server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Main</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Message to %1 handed to the outbox.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Draft Not Opened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About Postino</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h3&gt;Postino %1&lt;/h3&gt;&lt;p&gt;Finds, tests and uses the right outgoing mail server, and keeps every message until the server has taken it.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no subject)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(damaged draft)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Test server: %1:%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow the &amp;System</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The language could not be saved in %1. Check that the folder is writable and the disk not full.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Campaigns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No campaign yet.

A campaign sends one personal message to each recipient of a list (a CSV file), at a pace the provider accepts. Choose New Campaign… to make one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Campaigns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Postino speaks the new language from its next start. Restart it now? Nothing is lost: drafts are saved and the outbox keeps every message.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Restart Now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Later</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 waiting, %2 failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 waiting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outbox (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Postino – %1</source>
        <translation>Postino – %1</translation>
    </message>
    <message>
        <source>Start Postino at &amp;Login</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start Postino in the tray when you log in, so that waiting messages go out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Postino will start in the tray when you log in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Domain Health</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Domain &amp;Health</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Postino will not start when you log in.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Postino::MessageBuilder</name>
    <message>
        <source>The attachment &quot;%1&quot; does not exist. Check the path, or remove it from the message.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The attachment &quot;%1&quot; is a folder, not a file. Attach the files in it one by one, or an archive of it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The attachment &quot;%1&quot; cannot be read: %2. Check that you may read it, or remove it from the message.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The message could not be written: %1. Check that the disk has free space and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The attachment &quot;%1&quot; cannot be read: %2. Check that you may read it, or remove it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the attachment &quot;%1&quot; failed: %2. Check the file and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No MIME boundary could be found that does not occur in the text. Try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The header &quot;%1&quot; cannot be added as a custom header: Postino writes it itself from the message&apos;s own fields. Set the matching field (from, to, cc, bcc, subject, ...) instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a header: write it as &quot;Name: value&quot;, for example &quot;X-Priority: 1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid Message-ID. Write it like &lt;unique-part@example.it&gt;, in printable ASCII without spaces.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The message has no sender. Set the From address, like mario.rossi@example.it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The message has no recipients. Add at least one To, Cc or Bcc address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The subject contains %1. Write the subject on one line without control characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The attachment name &quot;%1&quot; is empty or has a control character. Give the attachment a plain file name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The type &quot;%1&quot; given for the attachment &quot;%2&quot; is not a MIME type. Give one like application/pdf, or none to let Postino choose.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Reply-To address %1 has non-ASCII characters before the @, which only UTF-8 headers can carry. Use an ASCII address or enable UTF-8 headers (SMTPUTF8).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The message could not be written: the output is not open for writing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The header &quot;%1&quot; must be plain ASCII: percent-encode the non-ASCII characters of its URLs (for example %C3%A8 for è).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The header &quot;%1&quot; has a part of %2 characters without a space, longer than a line of a message can be (998 with the header&apos;s name): make its URL or the value in it shorter.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Postino::MessageViewer</name>
    <message>
        <source>Message headers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Message as the recipient sees it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Message source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Rendered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>R&amp;aw</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;i&gt;Select a message to read it.&lt;/i&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cc:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subject:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no subject)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Envelope:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>from %1 to %2, received %3, %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;&gt; (null sender)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2, %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unnamed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>[… %1 more not shown]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;i&gt;Loading the message…&lt;/i&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attachments:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attachments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the attachment with the program your desktop uses for its type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sa&amp;ve As…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>attachment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 could not be written to %2 (%3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No program on this desktop opens %1 (%2); use Save As… instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opened %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save Attachment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attachment Not Saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 could not be saved to %2: %3. Choose another folder and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Postino::MtaStsPolicy</name>
    <message>
        <source>The policy is %1 bytes long; RFC 8461 allows at most %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line %1 is empty; the policy has one &quot;key: value&quot; on every line.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line %1 (&quot;%2&quot;) is not &quot;key: value&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line %1: &quot;%2&quot; is not a key (letters, digits and _, at most 32).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line %1: version is given twice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line %1: the version is &quot;%2&quot;; it must be STSv1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line %1: mode is given twice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line %1: the mode is &quot;%2&quot;; it must be enforce, testing or none.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line %1: max_age is given twice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line %1: max_age &quot;%2&quot; is not a number of seconds.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line %1: max_age %2 is more than a year (%3 seconds), the most RFC 8461 allows.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line %1: &quot;%2&quot; is not an MX host name or a *.name pattern.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The policy has no &quot;version: STSv1&quot; line.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The policy has no &quot;mode:&quot; line (enforce, testing or none).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The policy has no &quot;max_age:&quot; line.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The policy has no &quot;mx:&quot; line; in mode %1 it needs one for each MX host.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Postino::OAuthAccount</name>
    <message>
        <source>No provider file says how %1 signs in with OAuth2. Add one in %2 (an ISPDB config-v1.1.xml with its &lt;oAuth2&gt; element), or sign in with a password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The provider file of %1 names no outgoing server; give one with --host, --port and --security.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Postino::OAuthClientConfig</name>
    <message>
        <source>%1 has no OAuth2 sign-in in the provider database; add an &lt;oAuth2&gt; element in a provider file of your own, or sign in with a password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Register Postino as a desktop (installed) application with %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Register Postino as a desktop (installed) application with %1 at %2, with the redirect http://127.0.0.1 and the scope %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Then give its client ID with --oauth-client-id ID, or set oauth/%1/client_id in postino.ini.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Postino has no OAuth2 client ID for %1 (none is built in).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Or sign in with an app password made at %1 (account add with --password-env or --password-stdin).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Postino::OAuthHttp</name>
    <message>
        <source>%1 is not an https:// address; Postino sends no token over plain HTTP.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sign-in server %1 did not answer within %2 seconds; try again later, or give a longer --timeout.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sign-in server %1 sent more than %2 bytes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sign-in server %1 could not be reached: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Postino::OAuthSignInPanel</name>
    <message>
        <source>Sign In on &amp;Another Device…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Cancel Sign-In</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Co&amp;py Code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open the Page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in on a phone or another computer with a code, when this computer&apos;s browser cannot reach the provider&apos;s page.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting for you to sign in in your browser…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Asking %1 for a code…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On this or any other device, open &lt;a href=&quot;%1&quot;&gt;%2&lt;/a&gt; and enter this code:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Code to enter: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting for you to enter the code at %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed in as %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not signed in: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 signs in through its own page, not with a password here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Sign in with %1…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Postino::OAuthTokenClient</name>
    <message>
        <source>The sign-in server %1 gave no refresh token, so Postino could not send later without asking again; check that the provider file&apos;s scope asks for offline access.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Postino::OAuthTokenResponse</name>
    <message>
        <source>The sign-in server %1 gave an answer that is not a token response (%2); try again later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>larger than %1 bytes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not JSON: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a JSON object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no access_token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the token_type is not Bearer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expires_in is not a positive number of seconds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the refresh_token is not a string</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sign-in server %1 answered HTTP %2 without an OAuth2 error; try again later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sign-in server %1 refused the grant (%2): the sign-in has expired or was revoked; sign in again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sign-in server %1 does not accept this client ID (%2): check the client ID registered for Postino with the provider.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sign-in was refused (%1): nothing was stored. Sign in again and allow Postino to send mail.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The code to enter expired before the sign-in was finished (%1); start again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sign-in is not finished yet (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sign-in server %1 answered with an error: %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Postino::OAuthTokenSource</name>
    <message>
        <source>The account %1 must sign in again (%2); its messages wait. To do so, %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sign-in of %1 gave no refresh token to keep.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no sign-in is stored in the keychain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sign in again: postino-cli account login %1, or Account &gt; Sign In Again… in Postino&apos;s window</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Postino::OutboxItem</name>
    <message>
        <source>The CA file %1 kept with this message holds no readable PEM certificate. Restore the file, or remove the message and send it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The item&apos;s metadata is not valid: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>neither an account nor a server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>server port out of range</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown server security</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no recipients</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a recipient without address or state</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown state</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no creation time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>creating the folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>writing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>flushing to disk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>renaming into place</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>flushing the folder to disk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>removing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The outbox could not be written: %1 %2 failed (%3). Free some disk space or make the folder writable, then try again; nothing half-written was kept.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Postino::OutboxModel</name>
    <message>
        <source>(no subject)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting to be sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sent</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Postino::OutboxRunner</name>
    <message>
        <source>outcome unknown: connection lost after the final dot; the message may arrive twice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Postino stopped while waiting for the server&apos;s answer to the message; it may have arrived. It will be sent again, and may arrive twice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>interrupted before the message was sent; it will be sent again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No submission could be created for %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The stored message %1 could not be read (%2); it cannot be sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sent: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server refused %1 (%2). Nobody was sent the message. Correct the address, then retry or remove the message.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sent to some recipients; %1 refused for now and will be retried.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sent to some recipients; the server refused %1 (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server did not take the message: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server refused %1 for now; the message will be retried.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gave up after %1 hours of trying. The last error was: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>gave up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The connection to the server failed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server closed the connection during the transaction.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server %1 asks for the password of %2 and none was given; the message stays queued. Give the password (--password-env VAR or --password-stdin, or store it with the account) and run the queue again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The message %1 is being sent right now; wait for the attempt to end.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>retry requested</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The message %1 is being sent right now; remove it when the attempt has ended.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>message.eml does not match its checksum: it was changed or damaged; it was not sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server refused the message because the account has used up its sending quota (%1). It stays queued; the account&apos;s messages are tried again from %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was sent: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was sent: the outbox %1 cannot be written (%2). Free some disk space or make the folder writable; every message stays queued and is sent once the outbox can record it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Postino::OutboxStore</name>
    <message>
        <source>An item with the id %1 is already in the outbox; nothing was queued. Try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The message %1 is no longer in the outbox (sent or removed elsewhere).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no message %1 in the outbox; `queue list` shows the ids.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The message %1 could not be read from the outbox (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>item.json is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>item.json cannot be read (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>item.json is empty (zero bytes)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>item.json is not valid JSON (%1 at byte %2): truncated or overwritten</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>item.json has an unknown format</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>item.json does not match its checksum: it was changed or damaged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>item.json belongs to %1, not to this folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>message.eml is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>message.eml cannot be read (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>message.eml has %1 bytes instead of %2: it was truncated or changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>message.eml does not match its checksum: it was changed or damaged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The outbox item %1 is damaged (%2); it was moved to %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a stray file where an item folder belongs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sent message %1 could not be read (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no such message</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Postino::OutboxSubmitter</name>
    <message>
        <source>The message could not be put in the outbox: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The message stays in the outbox: its draft could not be saved (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The message could not be taken out of the outbox (%1): it is still there and will be sent as it was. Delete it in the Outbox if you send the edited one.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Postino::OutboxTableModel</name>
    <message>
        <source>Outcome unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting to retry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Queued</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sending…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The connection was lost after the whole message was sent: the server may have it already, so retrying may make it arrive twice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last error: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Talking to the server (attempt %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server said: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no subject)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subject</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sending… %1 %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 handed to the server (attempt %3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next try at %1, attempt %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scheduled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sent later, at %1 (Retry Now sends it at once).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Postino::OutboxView</name>
    <message>
        <source>&amp;Retry Now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Try to send the selected messages now (Ctrl+R)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Take the message out of the outbox and open it in the composer (Ctrl+E)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the selected messages without sending them (Delete)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Selected message&apos;s state</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a message to see what happens to it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n messages selected.</source>
        <translation>
            <numerusform>%n message selected.</numerusform>
            <numerusform>%n messages selected.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server reply: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete Messages</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Delete %n message(s) from the outbox? They will not be sent.</source>
        <translation>
            <numerusform>Delete %n message from the outbox? It will not be sent.</numerusform>
            <numerusform>Delete %n messages from the outbox? They will not be sent.</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter &amp;Password…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server refused the password of this message&apos;s account: enter it again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose Enter Password… to type the account&apos;s password again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign &amp;In Again…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sign-in of this message&apos;s account has expired or was withdrawn: sign in again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose Sign In Again… to sign in to the account&apos;s provider again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Postino::OutgoingMessage</name>
    <message>
        <source>The message has no account to go out through: choose a sender in the From list, or add an account first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cc: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bcc: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Postino::PaceLog</name>
    <message>
        <source>The sending pace of %1 could not be written to %2 (%3). Until it can, a restart may send faster than the account&apos;s limits; free some disk space or make the folder writable.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Postino::PasswordDialog</name>
    <message>
        <source>&amp;Show password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Check it with the server before saving</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password – %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the password of %1 for the server %2 (user name %3). It is kept in the system keychain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the password with the server before saving</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✘ %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server asked for the password again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking the password with %1, port %2… (Cancel stops the check)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✘ The server refused this password: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✘ The password could not be checked: %1
To save it without checking, untick &quot;Check it with the server before saving&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check stopped. Nothing was saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Storing the password in the keychain…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✘ The password could not be stored in the keychain: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The password is in the keychain.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Postino::ProbeResult</name>
    <message>
        <source>%1 refused the password for %2 (%3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>No usable outgoing server was found for %1 (%n candidate(s) tried). Check the address, or give the server with --host and --port.</source>
        <translation>
            <numerusform>No usable outgoing server was found for %1 (%n candidate tried). Check the address, or give the server with --host and --port.</numerusform>
            <numerusform>No usable outgoing server was found for %1 (%n candidates tried). Check the address, or give the server with --host and --port.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 answers, but its certificate could not be verified.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is your server, but it refused the password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 answers, but it cannot be used as it is.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None of the server names could be looked up: you seem to be offline, or %1 is not a mail domain. Check your connection and the address, then search again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Postino::ProviderDatabase</name>
    <message>
        <source>No provider files were found in %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The provider file %1 could not be opened: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The domain %1 in %2 is already claimed by the provider %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The provider id %1 in %2 is used twice.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Postino::PublicKeyInfo</name>
    <message>
        <source>the key is not a DER-encoded public key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the RSA key is damaged: its modulus and exponent cannot be read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the key does not say its algorithm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the key&apos;s bit string has unused bits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an Ed25519 key is 32 bytes; this one is %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the key&apos;s algorithm %1 is neither RSA nor Ed25519</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Postino::RawMessage</name>
    <message>
        <source>The message file &quot;%1&quot; does not exist. Check the path.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it is a folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The message file &quot;%1&quot; cannot be read: %2. Check that it is a file you may read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The message file &quot;%1&quot; is empty. Give a complete message (headers, an empty line, the body).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid message: line %2 %3. Give a file in RFC 5322 format (header lines &quot;Name: value&quot;, an empty line, the body), such as a mail program&apos;s .eml export.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the message file &quot;%1&quot; failed: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>contains a NUL byte (the file looks binary)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The header section of &quot;%1&quot; is larger than %2 KiB, more than any real message has. Check that the file is an e-mail message.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>starts with a space before any header</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is an mbox &quot;From &quot; separator; remove that first line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is not a header line (&quot;Name: value&quot;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is empty: the message has no headers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The %1 header of &quot;%2&quot; has an address that cannot be used: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The message &quot;%1&quot; has no From or Sender header, so its sender is unknown. Add a From header to the file or give the sender explicitly.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The message &quot;%1&quot; has no recipients in To, Cc or Bcc. Add them to the file or give the recipients explicitly.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The message could not be written: %1. Check that the disk has free space and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The message could not be written: the output is not open for writing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The message file &quot;%1&quot; cannot be read any more: %2. Check that it is still there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The message file &quot;%1&quot; changed while it was being sent. Send it again once it is complete.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The message file &quot;%1&quot; could not be read past its headers: %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Postino::RecipientEdit</name>
    <message>
        <source>Address suggestions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is missing its closing “&gt;”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not an e-mail address. Write it like name@example.org.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No problem with these addresses</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Postino::RecipientList</name>
    <message>
        <source>no address in the column &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a valid address: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>same address as row %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>on the suppression list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The recipient list has no column &quot;%1&quot; (its columns are: %2). Name one of them with --column email=NAME.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The recipient list has more than one column that could hold the addresses (%1). Name the one to use with --column email=NAME.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The recipient list has no &quot;email&quot; column (its columns are: %1). Name the column that holds the addresses with --column email=NAME, or call it &quot;email&quot; in the header.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Postino::RedirectListener</name>
    <message>
        <source>Postino could not listen on 127.0.0.1 for the sign-in&apos;s answer: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This address belongs to a sign-in in Postino; it was not the answer Postino waits for. You can close this page.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not this sign-in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign-in refused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The answer came from another sign-in server. Nothing was stored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sign-in&apos;s answer names the issuer %1, not %2; it was refused and nothing was stored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign-in not completed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Postino was not allowed to send mail. You can close this page.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sign-in was refused in the browser (%1); nothing was stored. Sign in again and allow Postino to send mail.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sign-in server answered with an error: %1; nothing was stored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sign-in&apos;s answer had neither a code nor an error.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Postino is signed in. You can close this page and go back to Postino.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Postino::RelativeTime</name>
    <message>
        <source>now</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>in %n second(s)</source>
        <translation>
            <numerusform>in %n second</numerusform>
            <numerusform>in %n seconds</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n second(s) ago</source>
        <translation>
            <numerusform>%n second ago</numerusform>
            <numerusform>%n seconds ago</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>in %n minute(s)</source>
        <translation>
            <numerusform>in %n minute</numerusform>
            <numerusform>in %n minutes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s) ago</source>
        <translation>
            <numerusform>%n minute ago</numerusform>
            <numerusform>%n minutes ago</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>in %n hour(s)</source>
        <translation>
            <numerusform>in %n hour</numerusform>
            <numerusform>in %n hours</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hour(s) ago</source>
        <translation>
            <numerusform>%n hour ago</numerusform>
            <numerusform>%n hours ago</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>in %n day(s)</source>
        <translation>
            <numerusform>in %n day</numerusform>
            <numerusform>in %n days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) ago</source>
        <translation>
            <numerusform>%n day ago</numerusform>
            <numerusform>%n days ago</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
</context>
<context>
    <name>Postino::ReplyExplainer</name>
    <message>
        <source>Microsoft has SMTP AUTH turned off for this account or its whole organisation. Sign in with OAuth2 instead, or ask the administrator to enable authenticated SMTP for the mailbox.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The provider wants an app password, not the account&apos;s normal password. Turn on two-step verification, create an app password in the account&apos;s security settings and use that (or sign in with OAuth2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server refused the username or password. Check both (the username is usually the full address) and, if the provider uses them, create an app password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The account has reached its daily sending limit. The messages stay queued; try again tomorrow or ask the provider for a higher limit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server has too many connections open from this account at once (Microsoft allows three). Postino will retry; lower the account&apos;s maximum connections if it keeps happening.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server wants the connection encrypted first. Use STARTTLS on port 587 or implicit TLS on port 465.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server is closing the connection for now (busy or in maintenance). Postino will try again later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server offers no encryption here, so Postino will not send the password. Use port 465 (implicit TLS) or 587 (STARTTLS).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server did not offer STARTTLS, so the connection would stay unencrypted. Use port 465 (implicit TLS) if the provider has it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server&apos;s certificate could not be verified. If this is your own server, trust its fingerprint explicitly; otherwise do not continue.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PEC (posta elettronica certificata): mail must leave through the provider&apos;s own server, with the PEC mailbox&apos;s own credentials. For every message you will receive an ACCETTAZIONE (acceptance) receipt and then a CONSEGNA (delivery) receipt, or a non-delivery notice within 24 hours.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Proton Mail is reached through Proton Mail Bridge on this computer: Bridge must be running, the password is the one Bridge shows (not the Proton account&apos;s), and Bridge&apos;s own certificate has to be trusted by its fingerprint.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Postino::ReplyPanel</name>
    <message>
        <source>&amp;Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show What the Server Said</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the server said</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy the server&apos;s words to the clipboard</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Postino::SandboxMailbox</name>
    <message>
        <source>Could not save the captured message to %1: %2. Check that the folder is writable and the disk is not full.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not create the sandbox folder %1. Check its permissions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not open the captured message %1: %2. It may have been deleted; refresh the list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not delete the captured message %1 in %2. Check the folder&apos;s permissions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no subject)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subject</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Received</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Postino::SandboxServer</name>
    <message>
        <source>Could not start the test server on 127.0.0.1 port %1: %2. Choose another port, or 0 for any free one.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Postino::SandboxView</name>
    <message>
        <source>No messages captured yet.

Send a message to the address above, from Postino or from any mail program, and it appears here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete &amp;All</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Test Server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Test server address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Captured messages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the selected messages (Delete)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete All Captured Messages?</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Delete all %n captured message(s)? This cannot be undone.</source>
        <translation>
            <numerusform>Delete the %n captured message? This cannot be undone.</numerusform>
            <numerusform>Delete all %n captured messages? This cannot be undone.</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete All</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The test server captured a message.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The test server is listening on %1:%2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The test server is stopped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The test server is running at this address, without encryption. Every user name and password is accepted, and nothing leaves this computer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;top</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The test server is stopped. Start it to receive messages on this computer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;tart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The message is gone.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Postino::SaslScramSha256</name>
    <message>
        <source>The server continued the SCRAM-SHA-256 exchange after it was complete.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server&apos;s SCRAM-SHA-256 challenge is malformed (nonce, salt or iteration count).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server refused the SCRAM-SHA-256 proof (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server&apos;s SCRAM-SHA-256 signature is wrong: it does not know the password, so it may not be the server it claims to be. Nothing was sent; check the server address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server accepted SCRAM-SHA-256 without proving that it knows the password; the connection is not trusted.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Postino::SecretStore</name>
    <message>
        <source>No keychain answered (Secret Service over D-Bus); Postino stores passwords only in the system keychain. Start a keyring (e.g. gnome-keyring) or use --password-env for this run.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no answer within the time limit</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Postino::SendLaterDialog</name>
    <message>
        <source>Send Later</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The message waits in the outbox and goes at this time, while Postino runs (it can run in the tray, or start at login).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In an &amp;Hour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Tomorrow at 8:00</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send at</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send &amp;at:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send &amp;Later</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Goes at %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Postino::SendPacer</name>
    <message>
        <source>Daily limit reached (%1 per 24 hours); the next goes at %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sending at most %1 a minute, evenly spaced; the next goes at %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Postino::SentCopy</name>
    <message>
        <source>The folder %1 for the attachments could not be made.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The attachment %1 could not be written to %2: %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>-------- Forwarded Message --------</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subject:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cc:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Postino::SentModel</name>
    <message>
        <source>(no subject)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subject</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sent</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Postino::SentView</name>
    <message>
        <source>from %1 to %2, sent %3, %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;&gt; (null sender)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Resend…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Forward…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a new copy of the message to the same recipients, to check and send (Ctrl+Shift+E)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Forward the message, with its attachments, to someone else (Ctrl+L)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The message is gone.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Postino::ServerProbe</name>
    <message>
        <source>%1 is not an e-mail address: there is no domain to look up.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server asked for a password and none was given.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1; signed in with %2 as %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1; EHLO accepted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no encryption; signed in with %1 as %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no encryption; EHLO accepted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (certificate accepted by its pinned fingerprint)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>server said: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no answer from %1:%2 within %3 seconds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not needed: %1:%2 answered first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warning: %1 offers no encryption at all; everything, the password included, would cross the network readable by anyone on the way.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is outside your domain %2 (found through %3); confirm it is your provider&apos;s server before you trust it with your password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1:%2 accepted the connection but sent no greeting within %3 seconds; a server that expects TLS from the first byte (as on port 465) does this: try security tls</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not tried: %1 had verified and the wait for preferred servers was over</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no greeting within %1 s; a slower server may still answer (%2 had verified)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Postino::SignInDialog</name>
    <message>
        <source>Sign In – %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in to %1 again so that Postino may send its mail through %2. Nothing waiting in the outbox is lost meanwhile.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed in as %1; keeping the sign-in in the keychain…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed in, but the keychain did not keep the sign-in: %1 Sign in again once the keychain works.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sign-in is in the keychain, but the account could not be saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Postino::SmtpClient</name>
    <message>
        <source>%1 is closing the connection (421: %2). The service is not available now; the message was not sent and can be sent again later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server sent a reply nobody asked for (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server sent a reply before the command it answers (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 refused %2 for now (%3). Try again later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 refused %2 (%3). Check the server settings (host, port, security) or ask its administrator.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 answered %2 with an unexpected reply (%3). The server is not speaking SMTP as expected; check the port and security settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 offered no STARTTLS; refusing to send the password in clear (use --security tls on port 465, or fix the server)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 refused STARTTLS for now (%2); nothing was sent in clear. Try again later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 refused STARTTLS (%2); refusing to continue in clear (use --security tls on port 465, or fix the server).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server sent data after agreeing to STARTTLS and before the TLS handshake; this is a sign of a man-in-the-middle injecting commands.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>valid from %1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The TLS certificate of %1 was refused: %2. Subject %3, issuer %4, %5, SHA-256 fingerprint %6.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It is not the pinned certificate (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>If you trust this certificate, pin it with --trust-fingerprint %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it expired on %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it is not valid before %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it is for %1, not for %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it is self-signed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its issuer (%1) is not a trusted authority</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The connection to %1 is not encrypted; refusing to send the password in clear (use --security tls or starttls).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 does not offer authentication (no AUTH in its EHLO reply), but a user name was given. Use the submission port (587 or 465) or send without a user name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 offers the authentication mechanisms %2, none of which is usable here (wanted: %3). Choose another mechanism for the account.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Authentication with %1 failed: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 could not check the credentials for %2 just now (%3). Try again later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 does not accept the %2 authentication it announced (%3). Choose another mechanism for the account.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 refused the credentials of %2 with %3 (%4). Check the user name and password; some providers need an app password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The connection to %1 is not ready to send a message.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The message has no recipients. Add at least one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The message to send to %1 could not be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The message has 8-bit content, but %1 does not offer 8BITMIME. Encode the message as quoted-printable or base64, or use another server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The message is %1, larger than the %2 that %3 accepts; it was not sent. Make it smaller (fewer or smaller attachments).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 refused the sender %2 (%3); nothing was sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 refused the recipient %2 (%3); the message was sent to nobody, so that no one gets a partial send. Correct or remove %4 and send again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 refused every recipient for now (%2); nothing was sent. Try again later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DATA</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 did not take the message at %2 (%3); nothing was delivered. It can be sent again later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 refused the message at %2 (%3); nothing was delivered. Read the server&apos;s reason, change the message and send again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the message source went away</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the end of the message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 took the message for some recipients but refused %2 for now; send again to those later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The message could not be read while sending it to %1 (%2); nothing was delivered. Check the file and send again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Protocol error talking to %1: %2 The connection was closed; try again later, and tell the server&apos;s administrator if it persists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 did not confirm the message within %2 seconds after it was sent; it may or may not have been delivered. Sending again may duplicate it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 did not answer within %2 seconds while waiting for %3. The server may be down or a firewall may block the port; try again later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the greeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the reply to EHLO</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the reply to STARTTLS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the TLS handshake</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the reply to AUTH</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the reply to MAIL FROM</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the reply to RCPT TO</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the reply to DATA</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the message upload to proceed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the reply to RSET</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a reply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not connect to %1: the connection was refused. Check the host name and port, or try again later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The host %1 was not found. Check its name and your network connection.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The TLS handshake with %1 failed (%2). Check that the port matches the security setting: implicit TLS is usually port 465, STARTTLS port 587.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 closed the connection during the TLS handshake. Check that the port matches the security setting: implicit TLS is usually port 465, STARTTLS port 587.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The connection to %1 was lost after the message was sent and before the server confirmed it; it may or may not have been delivered. Sending again may duplicate it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The connection to %1 was lost while waiting for %2. Try again later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sending to %1 was cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 accepted the connection but sent no greeting within %2 seconds. A server that expects TLS from the first byte (as on port 465) does this: try security tls; otherwise the server is busy, try again later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the server answered DATA with 354 although no recipient was accepted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The connection to %1 is not ready to check recipients.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Postino::SmtpReplyParser</name>
    <message>
        <source>The server sent a line longer than %1 bytes, which SMTP does not allow.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server sent a line that is not an SMTP reply (no three-digit code): &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server sent the reply code %1, which is outside SMTP&apos;s 2xx-5xx range.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server sent a reply line without the space or hyphen after its code: &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server changed the reply code from %1 to %2 in the middle of a multi-line reply.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server sent a reply of more than %1 lines.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server sent a reply larger than %1 bytes.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Postino::SpellDictionary</name>
    <message>
        <source>Cannot read the dictionary %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The dictionary %1 is in %2, which Postino cannot read</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Postino::Spelling</name>
    <message>
        <source>No dictionary for %1 is installed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Postino::SpfAudit</name>
    <message>
        <source>%1 of %2 DNS look-ups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 DNS look-ups, over the limit at %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The SPF records include more than %1 records; the audit stopped following them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The %1 look-up of %2 failed (%3): this part of the record could not be checked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” in the SPF record of %2 points to %3, which has no SPF record: receivers give up with a permanent error.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no SPF record (no TXT record starting with “v=spf1”).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 publishes %2 SPF records; there must be exactly one, so receivers give up with a permanent error. Merge them into one record.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The SPF record of %1 has a syntax error: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, included through %2, ends in “%3”: every server on the internet passes this include, and so SPF for the whole domain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The SPF record of %1 has mechanisms after “%2”; they are never evaluated.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” in the SPF record of %2 looks up %3, which does not exist or has no records: a void look-up (receivers allow at most %4).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>More than %1 look-ups in the SPF records of %2 find nothing: receivers give up with a permanent error. Remove the terms that point to names without records.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” in the SPF record of %2 uses ptr, which RFC 7208 deprecates: it is slow and unreliable, and some receivers ignore it. List the servers with ip4:, ip6: or a: instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” in the SPF record of %2 uses macros: its target depends on each message, so the audit cannot follow it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has %2 MX hosts; “%3” in the SPF record of %4 may look up only %5, so an evaluation that needs more gives a permanent error.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” in the SPF record of %2 leads back to %3: a loop, a permanent error.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” in the SPF record of %2 is never used: a record with “all” ignores redirect=.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The SPF record of %1 needs %2 DNS look-ups, more than the %3 allowed: receivers give up with a permanent error, so SPF fails for all your mail. The limit is crossed at %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” lets every server on the internet send as %2: SPF protects nothing. End the record with “~all” or “-all”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” says nothing about servers not listed (neutral), so forged mail from %2 is not recognised. End the record with “~all” or “-all”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1”: mail from servers not listed soft-fails; receivers usually accept it but mark it, and DMARC counts it as an SPF failure.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1”: mail from servers not listed fails SPF, and receivers may reject it; with DMARC, a message signed with DKIM still passes, for example when it is forwarded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The SPF record of %1 has neither “all” nor “redirect=”: servers not listed get neutral, as if there were no SPF. End it with “~all” or “-all”.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Postino::SpfEvaluator</name>
    <message>
        <source>“%1” is not a valid domain name, so it has no SPF record.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The TXT look-up of %1 failed: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no SPF record (no TXT record starting with “v=spf1”).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 publishes %2 SPF records; there must be exactly one, so receivers give up with a permanent error.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The SPF record of %1 has a syntax error: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 matched “%2” in the SPF record of %3, reached through %4; “%5” gives %6.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 matched “%2” in the SPF record of %3: %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No mechanism in the SPF record of %1 matched %2, and it has neither “all” nor “redirect=”: the result is neutral.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>More than %1 DNS look-ups are needed (include, a, mx, ptr, exists, redirect): receivers give up with a permanent error at “%2” in the SPF record of %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” in the SPF record of %2 leads back to %3: a loop, a permanent error.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” in the SPF record of %2 points to %3, which has no SPF record: a permanent error.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” in the SPF record of %2 names “%3”, which is not a valid domain name: a permanent error.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>More than %1 DNS look-ups found nothing (the last at “%2” in the SPF record of %3): receivers give up with a permanent error.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The %1 look-up of %2 for “%3” failed: %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The MX look-up of %1 for “%2” failed: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The address look-up of %1, an MX host of %2, failed: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has more than %2 MX hosts: receivers look up only %2 for “%3” in the SPF record of %4, a permanent error.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Postino::SpfMacroString</name>
    <message>
        <source>a space cannot be part of a domain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” (code %2) is not allowed here: only visible ASCII characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a “%” must be followed by “{”, “%”, “_” or “-”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the macro “%1” is not closed with “}”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the macro “%{}” has no letter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a macro letter (s, l, o, d, i, p, v, h)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the macro letter “%1” is allowed only in an explanation (exp=)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a macro cannot keep 0 parts: the number after the letter must be 1 or more</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a macro delimiter (one of . - + , / _ =)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Postino::SpfRecord</name>
    <message>
        <source>“%1” (character %2): %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the record contains a character that is not printable ASCII (code %1); an SPF record is plain ASCII</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an SPF record starts with “v=spf1” and a space</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a modifier (name=value) cannot have a qualifier (+ - ~ ?)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a modifier name: it must start with a letter, then letters, digits, “-”, “_” or “.”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1=” needs a domain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a domain: it must end in a dot and a top-level name (such as “.com”) or in a macro</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1=” appears more than once; a record may have only one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a qualifier must be followed by a mechanism</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a mechanism: use all, include, a, mx, ptr, ip4, ip6 or exists</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1:” needs a domain after the colon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the prefix length “/%1” has a leading zero</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the prefix length /%1 is larger than %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“all” takes nothing after it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” needs a colon and a domain, as in “%1:example.com”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“ptr” takes no prefix length; only “ptr” or “ptr:domain”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>after “%1” comes “:domain”, “/prefix” or “//prefix”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“ip6” needs a colon and an address, as in “ip6:2001:db8::/32”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“ip4” needs a colon and an address, as in “ip4:192.0.2.0/24”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the prefix length “/%1” is not a number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not an IPv6 address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not an IPv4 address (four numbers 0-255 without leading zeros)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Postino::StaticCredentialsProvider</name>
    <message>
        <source>The message %1 belongs to the account &quot;%2&quot;, which cannot be read here. Send it from Postino, or check the account with `postino-cli account list`.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The message %1 needs the password of %2 on %3, and none was given. Run `postino-cli queue run` with --password-env VAR or --password-stdin.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Postino::SuppressionDialog</name>
    <message>
        <source>&amp;Add…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Suppression List</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No campaign sends to these addresses: people who unsubscribed or asked not to get mail, and addresses that bounce. Messages already waiting for them are dropped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Suppressed addresses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The suppression list is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n address(es) on the list.</source>
        <translation>
            <numerusform>%n address on the list.</numerusform>
            <numerusform>%n addresses on the list.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n added</source>
        <translation>
            <numerusform>%n added</numerusform>
            <numerusform>%n added</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n already there</source>
        <translation>
            <numerusform>%n already there</numerusform>
            <numerusform>%n already there</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n removed</source>
        <translation>
            <numerusform>%n removed</numerusform>
            <numerusform>%n removed</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n not on the list</source>
        <translation>
            <numerusform>%n not on the list</numerusform>
            <numerusform>%n not on the list</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) skipped (the first: line %1, %2)</source>
        <translation>
            <numerusform>%n row skipped (line %1, %2)</numerusform>
            <numerusform>%n rows skipped (the first: line %1, %2)</numerusform>
        </translation>
    </message>
    <message>
        <source>Done: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add to the Suppression List</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Addresses (separated by spaces, commas or semicolons):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import Addresses into the Suppression List</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV files (*.csv *.txt);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Postino::SuppressionList</name>
    <message>
        <source>creating the folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>writing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>flushing to disk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>renaming into place</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>flushing the folder to disk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>removing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The suppression list was not changed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The suppression list was not changed: %1 addresses are not valid (%2). Correct them and try again. The first one: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no column of addresses that Postino can tell (its columns are: %2). Call that column &quot;email&quot; in the header, or give a file with just one address a line.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not create the folder %1 for the suppression list. Check that it can be written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The suppression list %1 is being changed by another program (its lock file %2 is held). Try again in a moment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not lock the suppression list: its lock file %1 cannot be created. Check that the folder can be written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not read the suppression list %1: %2. Check that the file can be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it is larger than %1 MB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not read the suppression list %1: %2. Check the disk and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it is not valid JSON: %1 at byte %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it is not a version %1 suppression list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>entry %1, &quot;%2&quot;, is not a valid address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The suppression list %1 was saved, but flushing its folder to disk failed (%2), so the change could be lost if the power fails now. Check the disk.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not save the suppression list: %1 %2 failed (%3). Free some disk space or make the folder writable, then try again; the list on the disk was left as it was.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The suppression list %1 is damaged: %2. It was left as it is: repair it, or move it aside to start an empty list (no campaign can be checked against it until then).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Postino::TagList</name>
    <message>
        <source>an empty tag at character %1: two “;” with nothing between</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” at character %2 is not a tag: a tag is name=value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” at character %2 is not a tag name: a letter, then letters, digits or “_”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the value of “%1” contains a character that is not printable ASCII (code %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the tag “%1” appears more than once</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Postino::Transcript</name>
    <message>
        <source>Cannot write the transcript to %1: %2. Choose a writable file.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Postino::TrustedCertificatesDialog</name>
    <message>
        <source>Trusted Certificates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each of these certificates is trusted by its fingerprint, whether or not it verifies. Remove one when its server has a valid certificate again, or when you no longer trust it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trusted certificates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SHA-256 fingerprint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No certificate is trusted by its fingerprint: every server&apos;s certificate must be valid for its name. The account wizard asks before it trusts one that is not.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Copy Fingerprint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Put the selected fingerprint on the clipboard, to compare it with the one your provider publishes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remove…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop trusting the selected certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The fingerprint of %1 is on the clipboard.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✘ %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove Trusted Certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop trusting the certificate of %1 for the account %2?

Its messages will then be sent only if the server&apos;s certificate is valid for its name; otherwise they wait in the outbox with the reason, until the certificate is fixed or you accept it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 no longer trusts a certificate by its fingerprint.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Postino::UnboundDnsResolver</name>
    <message>
        <source>the system&apos;s name servers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The DNS resolver could not start (libunbound made no context).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The DNS resolver could not start: %1 (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an option was refused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the name server %1 was refused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the trust anchor %1 could not be read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no background thread</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a domain name that can be looked up.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The DNS look-up of %1 (%2) could not start: %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The DNS look-up of %1 (%2) failed: %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The DNSSEC signatures of %1 (%2) do not verify, so the answer may be forged: %3. Ask the domain&apos;s DNS operator to fix its DNSSEC.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The DNS look-up of %1 (%2) failed: %3 could not answer (SERVFAIL).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The DNS look-up of %1 (%2) failed: %3 refused to answer (REFUSED).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The DNS look-up of %1 (%2) failed: %3 answered with error code %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The DNS look-up of %1 (%2) got no answer from %3 within %n second(s). Check the name server and the network.</source>
        <translation>
            <numerusform>The DNS look-up of %1 (%2) got no answer from %3 within %n second. Check the name server and the network.</numerusform>
            <numerusform>The DNS look-up of %1 (%2) got no answer from %3 within %n seconds. Check the name server and the network.</numerusform>
        </translation>
    </message>
    <message>
        <source>The DNS answer for %1 (%2) could not be read: its records are malformed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Postino::UserDictionary</name>
    <message>
        <source>Cannot read your dictionary %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your dictionary %1 is larger than 4 MiB: it is not a word list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a word that can be added to your dictionary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot create the folder of your dictionary %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write your dictionary %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Send e-mail that arrives.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start in the system tray (or minimised), as at login.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>

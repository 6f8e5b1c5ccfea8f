"""No secret anywhere (#18, cli.md "Passwords ... never reach a file, a log or a transcript"): every command that
takes a password runs with one known secret, then every file under the run's config, data and cache folders,
the runtime folder, the keyring's home, the transcripts and everything the commands printed are searched for it:
in clear, URL-encoded, and base64-encoded at each of the three alignments it can have inside a longer base64 text
(AUTH PLAIN's "\\0user\\0password" among them). ctest runs this inside tests/accounts/with-keyring.sh (a private
D-Bus session with gnome-keyring-daemon), so that account add, account test and send --account use a real
keychain. (OAuth2 tokens are searched for the same way by test_oauth.py.)"""
import os
import unittest

from clitest import CliTestCase, SmtpServer, certs, secret_forms

SECRET = "Sëcret+/=&%%:pw-%d-no-one-may-see" % os.getpid()
USER = "ada"
HAVE_KEYRING = bool(os.environ.get("DBUS_SESSION_BUS_ADDRESS")) and bool(os.environ.get("POSTINO_TEST_KEYRING"))


class SecretsTest(CliTestCase):
    def setUp(self):
        super().setUp()
        self.assertTrue(HAVE_KEYRING, "needs the test keyring: ctest runs this through tests/accounts/with-keyring.sh")
        self.env["DBUS_SESSION_BUS_ADDRESS"] = os.environ["DBUS_SESSION_BUS_ADDRESS"]
        self.name = "secret-%d" % os.getpid()
        self.printed = []
        self.transcripts = []

    def tearDown(self):
        self.cli("account", "remove", self.name)
        super().tearDown()

    def run_cli(self, *args, stdin=None, expect=0):
        transcript = os.path.join(self.home, "transcript-%d.txt" % len(self.transcripts))
        self.transcripts.append(transcript)
        r = self.cli(*args, "--transcript", transcript, "-v", stdin=stdin, env={"POSTINO_PW": SECRET})
        self.printed.append(("%s (stdout)" % args[0], r.stdout))
        self.printed.append(("%s (stderr)" % args[0], r.stderr))
        self.assertEqual(r.code, expect, r)
        return r

    def connection(self, port):
        return ["--host", "smtp.test", "--port", str(port), "--security", "starttls", "--username", USER,
                "--resolve", "smtp.test:127.0.0.1", "--ca-file", os.path.join(certs(), "ca.pem")]

    def test_no_command_leaves_the_password_anywhere(self):
        forms = secret_forms(SECRET)
        with SmtpServer("starttls", user=USER, password=SECRET, auth_required=True) as server:
            conn = self.connection(server.port)
            mail = ["--from", "ada@example.test", "--to", "bob@example.test", "--body", "Hello."]
            # account add with --password-stdin, checked against the server (--test), into the keychain
            self.run_cli("account", "add", self.name, "--email", "ada@example.test", *conn, "--password-stdin",
                         "--test", stdin=SECRET + "\n")
            self.run_cli("account", "test", self.name)
            self.run_cli("send", "--account", self.name, *mail, "--subject", "stored")
            self.run_cli("send", *conn, "--password-env", "POSTINO_PW", *mail, "--subject", "env")
            self.run_cli("send", *conn, "--password-stdin", *mail, "--subject", "stdin", stdin=SECRET + "\n")
            self.run_cli("send", *conn, "--password-env", "POSTINO_PW", *mail, "--subject", "queued", "--queue")
            self.run_cli("send", "--account", self.name, *mail, "--subject", "queued-account", "--queue")
            self.run_cli("queue", "run", "--until-empty", "--max-time", "30", "--password-stdin",
                         stdin=SECRET + "\n")
            self.run_cli("probe", "ada@example.test", *conn, "--password-env", "POSTINO_PW", "--json")
            received = server.messages()
        self.assertEqual(len(received), 5, "every message was sent with the password")
        self.assertTrue(any(os.path.exists(t) and os.path.getsize(t) > 0 for t in self.transcripts))
        self.assertTrue(any(b"<redacted>" in data for path, data in self.written_files() if path in self.transcripts),
                        "the transcripts show AUTH, redacted")

        found = []
        for path, data in self.written_files():
            found += ["%s has %r" % (path, form) for form in forms if form in data]
        for what, text in self.printed:
            found += ["%s has %r" % (what, form) for form in forms if form in text.encode()]
        self.assertEqual(found, [], "the password was found")


if __name__ == "__main__":
    unittest.main()

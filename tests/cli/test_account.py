"""postino-cli account, end to end (cli.md, "account"). The keychain tests need a real Secret Service: ctest
runs this module inside tests/accounts/with-keyring.sh (a private D-Bus session with gnome-keyring-daemon)."""
import json
import os
import unittest

from clitest import CliTestCase, SmtpServer, certs, fingerprint
from nettools import Blackhole, closed_port

PASSWORD = "k3ychain-Pässwörd-%d" % os.getpid()
HAVE_KEYRING = bool(os.environ.get("DBUS_SESSION_BUS_ADDRESS")) and bool(os.environ.get("POSTINO_TEST_KEYRING"))


class AccountTest(CliTestCase):
    def setUp(self):
        super().setUp()
        # CliTestCase hides the session bus; these tests want the test keyring's bus when there is one.
        if os.environ.get("DBUS_SESSION_BUS_ADDRESS"):
            self.env["DBUS_SESSION_BUS_ADDRESS"] = os.environ["DBUS_SESSION_BUS_ADDRESS"]
        self.names = []

    def tearDown(self):
        for name in self.names:
            self.cli("account", "remove", name)
        super().tearDown()

    def name(self, base):
        # Unique per run: the keyring outlives one test.
        n = "%s-%d-%d" % (base, os.getpid(), len(self.names))
        self.names.append(n)
        return n

    def add(self, name, port, *extra, env=None, password=True):
        args = ["account", "add", name, "--email", "ada@postino.test", "--display-name", "Ada Lovelace",
                "--host", "smtp.test", "--port", str(port), "--security", "starttls", "--username", "ada",
                "--resolve", "smtp.test:127.0.0.1", "--ca-file", os.path.join(certs(), "ca.pem")]
        if password:
            args += ["--password-env", "POSTINO_PW"]
        e = {"POSTINO_PW": PASSWORD}
        e.update(env or {})
        return self.cli(*(args + list(extra)), env=e)

    def files_containing(self, needle):
        hits = []
        for root, _, files in os.walk(self.home):
            for f in files:
                path = os.path.join(root, f)
                try:
                    with open(path, "rb") as fh:
                        if needle.encode() in fh.read():
                            hits.append(path)
                except OSError:
                    pass
        return hits

    def stored_max_size(self, name):
        """The account's max_message_size in accounts.ini (QSettings' INI: [accounts] NAME\\max_message_size), or
        None when the key is absent."""
        path = os.path.join(self.home, "config", "postino", "accounts.ini")
        with open(path, encoding="utf-8") as f:
            for line in f:
                key, _, value = line.strip().partition("=")
                if key == name + "\\max_message_size":
                    return int(value)
        return None

    def no_bus(self):
        return {"DBUS_SESSION_BUS_ADDRESS": "unix:path=/nonexistent/postino-no-bus"}

    # --- with a keychain ----------------------------------------------------------------------------

    @unittest.skipUnless(HAVE_KEYRING, "needs the test keyring: run through tests/accounts/with-keyring.sh")
    def test_add_list_test_remove(self):
        name = self.name("work")
        with SmtpServer("starttls", user="ada", password=PASSWORD, auth_required=True) as server:
            # --host stores without connecting: the server is up but must not be contacted.
            r = self.add(name, server.port)
            self.assertEqual(r.code, 0, r)
            self.assertEqual(server.messages(), [])
            self.assertEqual(self.stored_max_size(name), 0, "not connected: the server's SIZE is not known yet")

            r = self.cli("account", "list", "--json")
            self.assertEqual(r.code, 0, r)
            accounts = r.json()
            self.assertIsInstance(accounts, list)
            mine = [a for a in accounts if a["name"] == name]
            self.assertEqual(len(mine), 1)
            self.assertEqual(mine[0], {"name": name, "email": "ada@postino.test", "display_name": "Ada Lovelace",
                                       "host": "smtp.test", "port": server.port, "security": "starttls",
                                       "auth": mine[0]["auth"], "username": "ada"})
            self.assertIsInstance(mine[0]["auth"], str)
            self.assertNotIn(PASSWORD, r.stdout + r.stderr)
            self.assertEqual(self.files_containing(PASSWORD), [], "the password must be in no file")

            human = self.cli("account", "list")
            self.assertEqual(human.code, 0, human)
            self.assertIn(name, human.stdout)

            # account test reads the keychain, and the stored --resolve and --ca-file.
            r = self.cli("account", "test", name, "--json")
            self.assertEqual(r.code, 0, r)
            out = r.json()
            self.assertTrue(out["verified"])
            self.assertEqual(out["server"]["port"], server.port)
            self.assertEqual(out["server"]["security"], "starttls")
            self.assertEqual(out["server"]["username"], "ada")
            self.assertIn(out["server"]["auth"], {"PLAIN", "LOGIN"})
            self.assertNotIn(PASSWORD, r.stdout + r.stderr)
            # What the server announced (aiosmtpd's SIZE) is now stored with the account.
            self.assertGreater(out["max_size"], 0)
            self.assertEqual(self.stored_max_size(name), out["max_size"])

            # A password given for the run wins over the keychain's.
            wrong = self.cli("account", "test", name, "--json", "--password-env", "OTHER", env={"OTHER": "nope"})
            self.assertEqual(wrong.code, 77, wrong)

        r = self.cli("account", "remove", name)
        self.assertEqual(r.code, 0, r)
        self.assertEqual([a for a in self.cli("account", "list", "--json").json() if a["name"] == name], [])
        self.assertEqual(self.cli("account", "test", name).code, 78)

    @unittest.skipUnless(HAVE_KEYRING, "needs the test keyring: run through tests/accounts/with-keyring.sh")
    def test_send_and_queue_run_with_a_stored_account_read_the_keychain(self):
        name = self.name("mail")
        with SmtpServer("starttls", user="ada", password=PASSWORD, auth_required=True) as server:
            self.assertEqual(self.add(name, server.port).code, 0)
            r = self.cli("send", "--account", name, "--from", "ada@postino.test", "--to", "bob@example.test",
                         "--subject", "via account", "--body", "x", "--json")
            self.assertEqual(r.code, 0, r)
            self.assertEqual(r.json()["state"], "sent")
            self.assertEqual(len(server.messages()), 1)
            # Queued under the account: queue run reads the keychain too.
            r = self.cli("send", "--account", name, "--from", "ada@postino.test", "--to", "bob@example.test",
                         "--body", "later", "--queue", "--json")
            self.assertEqual(r.code, 0, r)
            self.assertEqual(self.cli("queue", "list", "--json").json()[0]["account"], name)
            r = self.cli("queue", "run", "--until-empty", "--max-time", "30")
            self.assertEqual(r.code, 0, r)
            self.assertEqual(len(server.messages()), 2)
            self.assertEqual(self.files_containing(PASSWORD), [], "the password must be in no file")
        r = self.cli("send", "--account", "nobody-here", "--from", "a@b.test", "--to", "c@d.test", "--body", "x")
        self.assertEqual(r.code, 78, r)

    @unittest.skipUnless(HAVE_KEYRING, "needs the test keyring: run through tests/accounts/with-keyring.sh")
    def test_duplicate_name_is_a_usage_error(self):
        name = self.name("dup")
        self.assertEqual(self.add(name, closed_port()).code, 0)
        r = self.add(name, closed_port())
        self.assertEqual(r.code, 64, r)
        self.assertIn("exists already", r.stderr)

    @unittest.skipUnless(HAVE_KEYRING, "needs the test keyring: run through tests/accounts/with-keyring.sh")
    def test_add_with_test_refuses_a_wrong_password_and_stores_nothing(self):
        name = self.name("checked")
        with SmtpServer("starttls", user="ada", password="another", auth_required=True) as server:
            r = self.add(name, server.port, "--test")
        self.assertEqual(r.code, 77, r)
        self.assertEqual(self.cli("account", "list", "--json").json(), [])

    @unittest.skipUnless(HAVE_KEYRING, "needs the test keyring: run through tests/accounts/with-keyring.sh")
    def test_removed_account_leaves_no_password_behind(self):
        name = self.name("gone")
        self.assertEqual(self.add(name, closed_port()).code, 0)
        self.assertEqual(self.cli("account", "remove", name).code, 0)
        # Added again without a password: the old one must not come back from the keychain.
        r = self.add(name, closed_port(), "--no-password", password=False)
        self.assertEqual(r.code, 0, r)
        t = self.cli("account", "test", name)
        self.assertEqual(t.code, 78, t)
        self.assertIn("holds no password", t.stderr)

    # --- without a keychain -------------------------------------------------------------------------

    def test_add_without_keychain_fails_and_stores_nothing(self):
        name = self.name("nokeychain")
        r = self.add(name, closed_port(), env=self.no_bus())
        self.assertEqual(r.code, 78, r)
        self.assertIn("keychain", r.stderr)
        self.assertIn("--no-password", r.stderr)
        self.assertEqual(self.cli("account", "list", "--json", env=self.no_bus()).json(), [])
        self.assertEqual(self.files_containing(PASSWORD), [])

    def test_no_password_alternative_without_keychain(self):
        name = self.name("nopw")
        with SmtpServer("starttls", user="ada", password=PASSWORD, auth_required=True) as server:
            r = self.add(name, server.port, "--no-password", env=self.no_bus(), password=False)
            self.assertEqual(r.code, 0, r)
            t = self.cli("account", "test", name, env=self.no_bus())
            self.assertEqual(t.code, 78, t)
            self.assertIn("--password-env", t.stderr)
            t = self.cli("account", "test", name, "--json", "--password-env", "POSTINO_PW",
                         env=dict(self.no_bus(), POSTINO_PW=PASSWORD))
            self.assertEqual(t.code, 0, t)
            self.assertTrue(t.json()["verified"])
        self.assertEqual(self.files_containing(PASSWORD), [])

    def test_add_with_host_does_not_connect(self):
        with Blackhole() as hole:
            r = self.add(self.name("offline"), hole.port, "--no-password", env=self.no_bus(), password=False)
            self.assertEqual(r.code, 0, r)
            hole.sock.setblocking(False)
            with self.assertRaises(BlockingIOError, msg="account add --host must not connect"):
                hole.sock.accept()

    def test_add_with_probe_stores_what_it_found_with_the_connection_options(self):
        name = self.name("probed")
        with SmtpServer("tls") as server:
            env = dict(self.no_bus(), POSTINO_TEST_PORT_MAP="465=%d,587=%d,25=%d" % (server.port, closed_port(),
                                                                                     closed_port()))
            r = self.cli("account", "add", name, "--email", "ada@libero.it", "--probe", "--auth", "NONE",
                         "--resolve", "smtp.libero.it:127.0.0.1", "--trust-fingerprint", fingerprint("valid"),
                         "--timeout", "3", "--json", env=env)
            self.assertEqual(r.code, 0, r)
            self.assertEqual(r.json()["host"], "smtp.libero.it")
            self.assertEqual(self.stored_max_size(name), 33554432, "aiosmtpd's SIZE, learned by the probe")
            listed = [a for a in self.cli("account", "list", "--json").json() if a["name"] == name]
            self.assertEqual((listed[0]["host"], listed[0]["port"], listed[0]["security"], listed[0]["auth"]),
                             ("smtp.libero.it", 465, "tls", "NONE"))
            # The pinned fingerprint and --resolve were stored with the account: test needs neither again.
            t = self.cli("account", "test", name, "--json", env=env)
            self.assertEqual(t.code, 0, t)
            self.assertTrue(t.json()["verified"])
            self.assertEqual(t.json()["tls"]["certificate"]["sha256"], fingerprint("valid"))

    def test_add_needs_a_password_or_an_explicit_choice(self):
        r = self.add(self.name("undecided"), closed_port(), password=False)
        self.assertEqual(r.code, 64, r)
        self.assertIn("--no-password", r.stderr)

    def test_unknown_account_is_a_configuration_error(self):
        self.assertEqual(self.cli("account", "test", "nobody").code, 78)
        self.assertEqual(self.cli("account", "remove", "nobody").code, 78)

    def test_list_json_is_an_empty_array_at_first(self):
        r = self.cli("account", "list", "--json")
        self.assertEqual(r.code, 0, r)
        self.assertEqual(json.loads(r.stdout), [])

    def test_usage_errors(self):
        self.assertEqual(self.cli("account").code, 64)
        self.assertEqual(self.cli("account", "frobnicate").code, 64)
        self.assertEqual(self.cli("account", "add", "x", "--email", "ada@postino.test").code, 64)
        self.assertEqual(self.cli("account", "add", "bad name", "--email", "a@b.test", "--probe",
                                  "--no-password").code, 64)
        self.assertEqual(self.add(self.name("port"), 0, password=False).code, 64)


if __name__ == "__main__":
    unittest.main()

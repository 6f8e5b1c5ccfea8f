"""postino-cli's OAuth2 sign-in, end to end (cli.md, "Signing in with OAuth2"): a local authorisation server
(tests/util/oauth/oauth_server.py, HTTPS with the test certificates), a stand-in browser ($BROWSER,
tests/util/oauth/stand_in_browser.py) and aiosmtpd accepting XOAUTH2 only for the tokens that server issued.
A provider file in CONFIG/postino/providers points a test domain at them. The keychain tests run inside
tests/accounts/with-keyring.sh (a private D-Bus session with gnome-keyring)."""
import email
import http.client
import json
import os
import socket
import ssl
import subprocess
import sys
import tempfile
import threading
import time
import unittest
import urllib.parse

from clitest import CliTestCase, SOURCE_DIR, SmtpServer, certs, secret_forms

OAUTH_SERVER = os.path.join(SOURCE_DIR, "tests", "util", "oauth", "oauth_server.py")
BROWSER = os.path.join(SOURCE_DIR, "tests", "util", "oauth", "stand_in_browser.py")
HAVE_KEYRING = bool(os.environ.get("DBUS_SESSION_BUS_ADDRESS")) and bool(os.environ.get("POSTINO_TEST_KEYRING"))
CLIENT_ID = "postino-test-client"
EMAIL = "ada@oauth.postino.test"


class AuthorisationServer:
    """oauth_server.py in a child process; stops by itself after a minute."""

    def __init__(self, *flags, access_expiry=3600):
        self.dir = tempfile.mkdtemp(prefix="postino-as-")
        self.tokens = os.path.join(self.dir, "tokens.json")
        self.state_file = os.path.join(self.dir, "state.json")
        port_file = os.path.join(self.dir, "port.json")
        self.proc = subprocess.Popen(
            [sys.executable, OAUTH_SERVER, "--cert", os.path.join(certs(), "valid.pem"),
             "--key", os.path.join(certs(), "valid.key"), "--port-file", port_file, "--client-id", CLIENT_ID,
             "--tokens-file", self.tokens, "--state-file", self.state_file, "--lifetime", "90",
             "--access-expiry", str(access_expiry)] + list(flags))
        deadline = time.monotonic() + 20
        self.port = None
        while time.monotonic() < deadline and self.proc.poll() is None:
            try:
                with open(port_file) as f:
                    self.port = json.load(f)["port"]
                break
            except (OSError, ValueError):
                time.sleep(0.05)
        if self.port is None:
            self.stop()
            raise RuntimeError("the test authorisation server did not start")

    def state(self):
        with open(self.state_file) as f:
            return json.load(f)

    def count(self, what):
        return self.state()["counts"].get(what, 0)

    def control(self, **changes):
        """Tells the running server to behave otherwise (refuse_refresh, deny, hang_token, wrong_iss)."""
        context = ssl.create_default_context(cafile=os.path.join(certs(), "ca.pem"))
        conn = http.client.HTTPSConnection("127.0.0.1", self.port, timeout=20, context=context)
        conn.sock = context.wrap_socket(socket.create_connection(("127.0.0.1", self.port), 20),
                                        server_hostname="as.postino.test")
        conn.request("POST", "/control", body=json.dumps(changes), headers={"Content-Type": "application/json"})
        response = conn.getresponse()
        response.read()
        if response.status != 200:
            raise RuntimeError("the authorisation server did not take %r" % changes)

    def issued(self):
        with open(self.tokens) as f:
            return json.load(f)

    def stop(self):
        if self.proc.poll() is None:
            self.proc.terminate()
            try:
                self.proc.wait(timeout=10)
            except subprocess.TimeoutExpired:
                self.proc.kill()

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        self.stop()


class OAuthTest(CliTestCase):
    def setUp(self):
        super().setUp()
        if os.environ.get("DBUS_SESSION_BUS_ADDRESS"):
            self.env["DBUS_SESSION_BUS_ADDRESS"] = os.environ["DBUS_SESSION_BUS_ADDRESS"]
        self.env.update({
            "BROWSER": BROWSER,
            "POSTINO_TEST_CA": os.path.join(certs(), "ca.pem"),
            "POSTINO_TEST_RESOLVE": "as.postino.test:127.0.0.1",
        })
        self.env.pop("DISPLAY", None)
        self.env.pop("WAYLAND_DISPLAY", None)
        self.names = []
        self.printed = []  # (command, stream, text) of every command run, searched for secrets too

    def cli(self, *args, **kwargs):
        r = super().cli(*args, **kwargs)
        self.printed.append((" ".join(args[:2]), "stdout", r.stdout))
        self.printed.append((" ".join(args[:2]), "stderr", r.stderr))
        return r

    def tearDown(self):
        for name in self.names:
            self.cli("account", "remove", name)
        super().tearDown()

    def name(self, base):
        n = "%s-%d-%d" % (base, os.getpid(), len(self.names))
        self.names.append(n)
        return n

    def provider_file(self, auth_port, smtp_port):
        """CONFIG/postino/providers/oauth.postino.test.xml: the test domain's server and sign-in."""
        folder = os.path.join(self.home, "config", "postino", "providers")
        os.makedirs(folder, exist_ok=True)
        base = "https://as.postino.test:%d" % auth_port
        with open(os.path.join(folder, "oauth.postino.test.xml"), "w") as f:
            f.write("""<?xml version="1.0"?>
<clientConfig version="1.1" xmlns:postino="https://postino.invalid/ispdb-extensions">
  <emailProvider id="oauth.postino.test">
    <domain>oauth.postino.test</domain>
    <displayName>OAuth Test Mail</displayName>
    <outgoingServer type="smtp">
      <hostname>smtp.postino.test</hostname><port>%d</port><socketType>STARTTLS</socketType>
      <authentication>OAuth2</authentication><username>%%EMAILADDRESS%%</username>
    </outgoingServer>
  </emailProvider>
  <oAuth2>
    <issuer>https://as.postino.test</issuer>
    <scope>https://mail.postino.test/ offline_access</scope>
    <authURL>%s/authorize</authURL>
    <tokenURL>%s/token</tokenURL>
    <postino:deviceAuthURL>%s/devicecode</postino:deviceAuthURL>
  </oAuth2>
</clientConfig>
""" % (smtp_port, base, base, base))

    def connection(self):
        return ["--resolve", "as.postino.test:127.0.0.1", "--resolve", "smtp.postino.test:127.0.0.1",
                "--ca-file", os.path.join(certs(), "ca.pem")]

    def add(self, name, *extra, env=None, timeout=60):
        return self.cli("account", "add", name, "--email", EMAIL, "--oauth", "--oauth-client-id", CLIENT_ID,
                        *(self.connection() + list(extra)), env=env, timeout=timeout)

    def send(self, name, *extra):
        return self.cli("send", "--account", name, "--from", EMAIL, "--to", "bob@example.test", "--subject", "hi",
                        "--body", "Hello.", *(self.connection() + list(extra)))

    def secrets_of(self, auth):
        """Everything the authorisation server handed out or was sent that Postino must keep to itself: access
        and refresh tokens, authorisation codes, PKCE verifiers, device codes."""
        state = auth.state()
        found = list(auth.issued()) + state["refresh_token_values"] + state["code_values"] + \
            state["verifier_values"] + state["device_code_values"]
        self.assertTrue(found, "the server handed out nothing: the search would prove nothing")
        return found

    def assertNowhere(self, secrets, *extra_files):
        """No secret in a file a run may have written (clitest.written_files), in the extra files (transcripts) or
        in anything a command printed: in clear, URL-encoded or base64 at any alignment (clitest.secret_forms)."""
        forms = {}
        for secret in secrets:
            for form in secret_forms(secret):
                forms[form] = secret
        found = []
        files = list(self.written_files())
        for path in extra_files:
            with open(path, "rb") as fh:
                files.append((path, fh.read()))
        files += [("what `%s` printed on %s" % (command, stream), text.encode()) for command, stream, text in
                  self.printed]
        for where, data in files:
            for form, secret in forms.items():
                if form in data:
                    found.append((where, secret[:6] + "…"))
        self.assertEqual(found, [], "a secret is given away")

    def test_the_contract_has_the_options(self):
        r = self.cli("account", "add", "--help")
        self.assertEqual(r.code, 0, r)
        for option in ("--oauth", "--oauth-client-id", "--device-code"):
            self.assertIn(option, r.stdout)
        r = self.cli("account", "login", "--help")
        self.assertEqual(r.code, 0, r)
        self.assertIn("--device-code", r.stdout)

    def test_without_a_client_id_it_says_what_to_register(self):
        with AuthorisationServer() as auth, SmtpServer("starttls") as smtp:
            self.provider_file(auth.port, smtp.port)
            r = self.cli("account", "add", self.name("noid"), "--email", "ada@gmail.com", "--oauth")
            self.assertEqual(r.code, 78, r)
            self.assertIn("https://console.cloud.google.com/apis/credentials", r.stderr)
            self.assertIn("--oauth-client-id", r.stderr)
            self.assertIn("https://myaccount.google.com/apppasswords", r.stderr)
            self.assertEqual(auth.count("authorize"), 0)

    def test_a_domain_nobody_knows(self):
        r = self.cli("account", "add", self.name("nobody"), "--email", "ada@unknown.invalid", "--oauth",
                     "--oauth-client-id", CLIENT_ID)
        self.assertEqual(r.code, 78, r)
        self.assertIn("<oAuth2>", r.stderr)

    def run_with_servers(self, body, *as_flags, access_expiry=3600, smtp_extra=()):
        with AuthorisationServer(*as_flags, access_expiry=access_expiry) as auth:
            with SmtpServer("starttls", auth_required=True,
                            extra=["--oauth-tokens", auth.tokens] + list(smtp_extra)) as smtp:
                self.provider_file(auth.port, smtp.port)
                body(auth, smtp)

    @unittest.skipUnless(HAVE_KEYRING, "needs the test keyring: run through tests/accounts/with-keyring.sh")
    def test_sign_in_send_refuse_wait_login_resume(self):
        name = self.name("oauth")
        transcript = os.path.join(self.home, "transcript.txt")

        def body(auth, smtp):
            r = self.add(name)
            self.assertEqual(r.code, 0, r)
            # The address to open is on a line of its own, and the browser was sent there.
            lines = [l for l in r.stderr.splitlines() if l.startswith("https://")]
            self.assertEqual(len(lines), 1, r.stderr)
            self.assertTrue(lines[0].startswith("https://as.postino.test:%d/authorize?" % auth.port), lines)
            query = urllib.parse.parse_qs(urllib.parse.urlsplit(lines[0]).query)
            self.assertEqual(query["code_challenge_method"], ["S256"])
            self.assertTrue(query["redirect_uri"][0].startswith("http://127.0.0.1:"))
            self.assertEqual(auth.state()["errors"], [])
            self.assertEqual(auth.count("token"), 1)

            listed = self.cli("account", "list", "--json").json()
            mine = [a for a in listed if a["name"] == name]
            self.assertEqual(mine[0]["auth"], "XOAUTH2")
            self.assertEqual(mine[0]["host"], "smtp.postino.test")

            # Sending signs in with a fresh access token over XOAUTH2.
            r = self.send(name, "--transcript", transcript)
            self.assertEqual(r.code, 0, r)
            self.assertEqual(len(smtp.messages()), 1)
            with open(transcript) as f:
                self.assertIn("C: AUTH XOAUTH2 <redacted>", f.read())
            self.assertGreaterEqual(auth.count("refresh"), 1)

            # Neither the refresh token nor any access token, code or PKCE verifier is in a file, the transcript
            # or what a command printed.
            self.assertEqual(auth.state()["refresh_tokens"], 1)
            self.assertEqual(len(auth.state()["code_values"]), 1)
            self.assertEqual(len(auth.state()["verifier_values"]), 1)
            self.assertNowhere(self.secrets_of(auth), transcript)

            # The authorisation server now refuses refreshes: the message waits (75), nothing fails.
            auth.control(refuse_refresh=True)
            r = self.send(name)
            self.assertEqual(r.code, 75, r)
            self.assertIn("sign in again: postino-cli account login %s" % name, r.stderr)
            queued = self.cli("queue", "list", "--json").json()
            self.assertEqual([q["state"] for q in queued], ["queued"])
            self.assertIn("sign in again: postino-cli account login %s" % name, queued[0]["last_error"])
            r = self.cli("queue", "run", *self.connection())
            self.assertEqual(r.code, 75, r)

            # account login signs in again and the queue goes.
            auth.control(refuse_refresh=False)
            r = self.cli("account", "login", name, *self.connection())
            self.assertEqual(r.code, 0, r)
            r = self.cli("queue", "flush", *self.connection())
            self.assertEqual(r.code, 0, r)
            self.assertEqual(len(smtp.messages()), 2)
            # account login's new code and verifier too.
            self.assertEqual(len(auth.state()["code_values"]), 2)
            self.assertNowhere(self.secrets_of(auth), transcript)

        self.run_with_servers(body)

    @unittest.skipUnless(HAVE_KEYRING, "needs the test keyring: run through tests/accounts/with-keyring.sh")
    def test_a_token_that_expires_in_the_middle_of_a_queue_is_refreshed_within_the_run(self):
        """Six messages; after two the server throttles (421) and the provider ends the access token the run
        holds. The run's next session is refused that token (334, then 535), refreshes it once and sends the
        rest: every message exactly once, in one run, nothing failed."""
        name = self.name("midqueue")

        def body(auth, smtp):
            r = self.add(name)
            self.assertEqual(r.code, 0, r)
            for n in range(6):
                r = self.cli("send", "--account", name, "--from", EMAIL, "--to", "bob@example.test",
                             "--subject", "part %d" % n, "--body", "Hello.", "--queue", *self.connection())
                self.assertEqual(r.code, 0, r)
            expired = threading.Event()

            def expire_after_two():
                deadline = time.monotonic() + 60
                while time.monotonic() < deadline and len(smtp.messages()) < 2:
                    time.sleep(0.05)
                auth.control(expire_access=True)
                expired.set()

            watcher = threading.Thread(target=expire_after_two, daemon=True)
            watcher.start()
            r = self.cli("queue", "run", "--until-empty", "--max-time", "60", "--retry-initial", "2",
                         *self.connection(), timeout=90)
            watcher.join(70)
            self.assertEqual(r.code, 0, r)
            self.assertTrue(expired.is_set())
            subjects = sorted(email.message_from_bytes(raw)["Subject"] for _, raw in smtp.messages())
            self.assertEqual(subjects, ["part %d" % n for n in range(6)])
            with open(auth.tokens + ".auth.json") as f:
                counts = json.load(f)
            self.assertGreaterEqual(counts["refused"], 1, counts)  # the ended token was refused...
            self.assertGreaterEqual(auth.count("refresh"), 2)  # ...and a new one fetched in the same run
            self.assertEqual(self.cli("queue", "list", "--json").json(), [])
            account = [a for a in self.cli("account", "list", "--json").json() if a["name"] == name][0]
            self.assertFalse(account.get("sign_in_again", False), account)
            # The refreshed tokens too, after a run that swapped them halfway.
            self.assertNowhere(self.secrets_of(auth))

        self.run_with_servers(body, smtp_extra=["--throttle-after", "2", "--throttle-seconds", "2"])

    def test_probe_says_xoauth2(self):
        def body(auth, smtp):
            r = self.cli("probe", EMAIL, "--json", *self.connection())
            self.assertEqual(r.code, 0, r)
            self.assertEqual(r.json()["server"]["auth"], "XOAUTH2")
            self.assertEqual(r.json()["source"], "builtin")

        self.run_with_servers(body)

    def hostile(self, *as_flags, extra=(), words=(), code=None, timeout=60):
        name = self.name("hostile")

        def body(auth, smtp):
            r = self.add(name, *extra, timeout=timeout)
            self.assertNotEqual(r.code, 0, r)
            if code is not None:
                self.assertEqual(r.code, code, r)
            for w in words:
                self.assertIn(w, r.stderr)
            self.assertIn("was not added", r.stderr)
            listed = self.cli("account", "list", "--json").json()
            self.assertEqual([a for a in listed if a["name"] == name], [])
            # The token endpoint was never asked (denied, wrong issuer), or never answered (hanging).
            self.assertEqual(auth.count("token"), 1 if "--hang-token" in as_flags else 0)
            self.assertEqual(auth.issued(), {}, "no token was issued")

        self.run_with_servers(body, *as_flags)

    @unittest.skipUnless(HAVE_KEYRING, "needs the test keyring: run through tests/accounts/with-keyring.sh")
    def test_a_probed_listener_a_wrong_state_and_a_replay_change_nothing(self):
        name = self.name("probed")

        def body(auth, smtp):
            r = self.add(name, env={"POSTINO_TEST_BROWSER_MODE": "hostile"})
            self.assertEqual(r.code, 0, r)
            # Only the real code reached the token endpoint, once; the attacker's never did.
            self.assertEqual(auth.count("token"), 1)
            self.assertEqual(auth.state()["errors"], [])
            self.assertIn("hostile requests answered [404, 400]", r.stderr)
            self.assertIn("the replayed redirect got None", r.stderr)
            self.assertEqual(self.send(name).code, 0)

        self.run_with_servers(body)

    @unittest.skipUnless(HAVE_KEYRING, "needs the test keyring: run through tests/accounts/with-keyring.sh")
    def test_device_code(self):
        name = self.name("device")

        def body(auth, smtp):
            r = self.add(name, "--device-code")
            self.assertEqual(r.code, 0, r)
            self.assertIn("WDJB-MJHT", r.stderr)
            self.assertIn("\nhttps://as.postino.test/device\n", r.stderr)
            self.assertEqual(auth.count("authorize"), 0)  # no browser
            self.assertEqual(auth.count("devicecode"), 1)
            self.assertEqual(auth.count("token"), 2)  # pending, then the tokens
            self.assertEqual(self.send(name).code, 0)
            self.assertEqual(len(smtp.messages()), 1)
            # The device code is the client's; only the user code is for the person.
            self.assertEqual(len(auth.state()["device_code_values"]), 1)
            self.assertNowhere(self.secrets_of(auth))

        self.run_with_servers(body, "--no-slow-down")

    def test_access_denied(self):
        self.hostile("--deny", words=["access_denied", "nothing was stored"], code=77)

    def test_a_wrong_issuer(self):
        self.hostile("--wrong-iss", words=["https://evil.test"], code=69)

    def test_a_hanging_token_endpoint(self):
        self.hostile("--hang-token", extra=["--timeout", "2"], words=["did not answer within 2 seconds"], code=75)


if __name__ == "__main__":
    unittest.main()

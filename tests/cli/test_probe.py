"""postino-cli probe, end to end against real SMTP servers on loopback (cli.md, "probe")."""
import os
import time
import unittest

from clitest import CliTestCase, SmtpServer, certs, fingerprint
from nettools import Blackhole, Dnsmasq, HttpsServer, SilentUdp, autoconfig_xml, closed_port

PASSWORD = "s3cret-Pässword"
RESULTS = {"ok", "refused", "timeout", "tls-error", "cert-error", "no-starttls", "auth-failed", "auth-unsupported",
           "protocol-error", "skipped"}
SOURCES = {"builtin", "autoconfig", "wellknown", "srv", "mx", "guess", "manual"}


class ProbeTest(CliTestCase):
    def ca(self):
        return ["--ca-file", os.path.join(certs(), "ca.pem")]

    def probe(self, *args, port_map=None, env=None):
        e = {"POSTINO_PW": PASSWORD}
        if port_map:
            e["POSTINO_TEST_PORT_MAP"] = ",".join("%d=%d" % kv for kv in port_map.items())
        e.update(env or {})
        return self.cli("probe", *args, env=e)

    def manual(self, *args, **kw):
        return self.probe("ada@postino.test", "--host", "smtp.test", "--resolve", "smtp.test:127.0.0.1", *self.ca(),
                          *args, **kw)

    def assertContract(self, out):
        """Every key of the contract is there, with the right types."""
        self.assertEqual(set(out), {"email", "found", "verified", "source", "server", "capabilities", "max_size",
                                    "tls", "candidates", "elapsed_ms"})
        self.assertIsInstance(out["email"], str)
        self.assertIsInstance(out["found"], bool)
        self.assertIsInstance(out["verified"], bool)
        self.assertIsInstance(out["elapsed_ms"], int)
        self.assertIsInstance(out["capabilities"], list)
        self.assertTrue(all(isinstance(c, str) for c in out["capabilities"]))
        self.assertIsInstance(out["candidates"], list)
        self.assertTrue(out["candidates"])
        for c in out["candidates"]:
            self.assertEqual(set(c), {"host", "port", "security", "source", "result", "detail", "elapsed_ms"})
            self.assertIsInstance(c["host"], str)
            self.assertIsInstance(c["port"], int)
            self.assertIn(c["security"], {"tls", "starttls", "none"})
            self.assertIn(c["source"], SOURCES)
            self.assertIn(c["result"], RESULTS)
            self.assertIsInstance(c["detail"], str)
            self.assertIsInstance(c["elapsed_ms"], int)
        if out["found"]:
            self.assertIn(out["source"], SOURCES)
            self.assertEqual(set(out["server"]), {"host", "port", "security", "auth", "username"})
            self.assertIsInstance(out["server"]["port"], int)
            self.assertIn(out["server"]["security"], {"tls", "starttls", "none"})
            self.assertIsInstance(out["server"]["auth"], str)
            self.assertIsInstance(out["server"]["username"], str)
            self.assertTrue(out["max_size"] is None or isinstance(out["max_size"], int))
            if out["tls"] is not None:
                self.assertEqual(set(out["tls"]), {"protocol", "cipher", "certificate"})
                self.assertEqual(set(out["tls"]["certificate"]), {"subject", "issuer", "not_after", "sha256"})
        else:
            self.assertIsNone(out["server"])
            self.assertIsNone(out["source"])

    def candidate(self, out, port, security):
        found = [c for c in out["candidates"] if c["port"] == port and c["security"] == security]
        self.assertEqual(len(found), 1, out["candidates"])
        return found[0]

    # --- manual probes ----------------------------------------------------------------------------

    def test_implicit_tls_found_and_verified_with_every_port_listed(self):
        with SmtpServer("tls") as server:
            r = self.manual("--json", port_map={465: server.port, 587: closed_port(), 25: closed_port()})
        self.assertEqual(r.code, 0, r)
        out = r.json()
        self.assertContract(out)
        self.assertEqual(out["email"], "ada@postino.test")
        self.assertTrue(out["found"])
        self.assertTrue(out["verified"])
        self.assertEqual(out["source"], "manual")
        self.assertEqual(out["server"], {"host": "smtp.test", "port": 465, "security": "tls", "auth": "NONE",
                                         "username": "ada@postino.test"})
        self.assertIn("8BITMIME", out["capabilities"])
        self.assertTrue(any(c.startswith("SIZE") for c in out["capabilities"]), out["capabilities"])
        self.assertRegex(out["tls"]["protocol"], r"^TLSv1\.[23]$")
        self.assertTrue(out["tls"]["cipher"])
        self.assertEqual(out["tls"]["certificate"]["sha256"], fingerprint("valid"))
        self.assertIn("smtp.test", out["tls"]["certificate"]["subject"])
        self.assertIn("Postino Test CA", out["tls"]["certificate"]["issuer"])
        self.assertRegex(out["tls"]["certificate"]["not_after"], r"^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ$")
        self.assertEqual(self.candidate(out, 465, "tls")["result"], "ok")
        self.assertEqual(self.candidate(out, 587, "starttls")["result"], "refused")
        self.assertEqual(self.candidate(out, 25, "starttls")["result"], "refused")
        self.assertEqual(out["candidates"][0]["port"], 465, "implicit TLS comes first")
        self.assertNotIn("Probing", r.stdout)
        self.assertIn("smtp.test:465", r.stderr, "progress goes to stderr")

    def test_starttls_with_password_signs_in(self):
        with SmtpServer("starttls", user="ada", password=PASSWORD, auth_required=True) as server:
            transcript = os.path.join(self.home, "probe.log")
            r = self.manual("--username", "ada", "--password-env", "POSTINO_PW", "--json", "--transcript",
                            transcript, port_map={465: closed_port(), 587: server.port, 25: closed_port()})
        self.assertEqual(r.code, 0, r)
        out = r.json()
        self.assertContract(out)
        self.assertTrue(out["verified"])
        self.assertEqual(out["server"]["port"], 587)
        self.assertEqual(out["server"]["security"], "starttls")
        self.assertIn(out["server"]["auth"], {"PLAIN", "LOGIN"})
        self.assertEqual(out["server"]["username"], "ada")
        self.assertIn("STARTTLS", " ".join(out["capabilities"]) + " STARTTLS")
        self.assertEqual(out["tls"]["certificate"]["sha256"], fingerprint("valid"))
        self.assertEqual(self.candidate(out, 465, "tls")["result"], "refused")
        with open(transcript, encoding="utf-8") as f:
            text = f.read()
        self.assertIn("-- candidate smtp.test:587 starttls (manual): ok", text)
        self.assertIn("C: STARTTLS", text)
        self.assertRegex(text, r"-- TLS")
        self.assertIn("C: AUTH ", text)
        self.assertIn("<redacted>", text)
        self.assertNotIn(PASSWORD, text)
        self.assertNotIn(PASSWORD, r.stdout + r.stderr)

    def test_wrong_password_is_auth_failed_with_the_servers_words(self):
        with SmtpServer("tls", user="ada", password=PASSWORD, auth_required=True) as server:
            r = self.manual("--port", str(server.port), "--security", "tls", "--username", "ada",
                            "--password-env", "POSTINO_PW", "--json", env={"POSTINO_PW": "wrong"})
        self.assertEqual(r.code, 77, r)
        out = r.json()
        self.assertContract(out)
        self.assertTrue(out["found"])
        self.assertFalse(out["verified"])
        c = self.candidate(out, server.port, "tls")
        self.assertEqual(c["result"], "auth-failed")
        self.assertIn("535", c["detail"])
        self.assertIn("535", r.stderr)

    def test_expired_certificate_is_cert_error_and_nothing_found(self):
        with SmtpServer("tls", cert="expired") as server:
            r = self.manual("--port", str(server.port), "--security", "tls", "--json")
        self.assertEqual(r.code, 69, r)
        out = r.json()
        self.assertContract(out)
        self.assertFalse(out["found"])
        self.assertFalse(out["verified"])
        self.assertEqual(out["capabilities"], [])
        self.assertEqual(self.candidate(out, server.port, "tls")["result"], "cert-error")

    def test_self_signed_is_refused_unless_pinned(self):
        with SmtpServer("tls", cert="selfsigned") as server:
            refused = self.manual("--port", str(server.port), "--security", "tls", "--json")
            pinned = self.manual("--port", str(server.port), "--security", "tls", "--json",
                                 "--trust-fingerprint", fingerprint("selfsigned").upper())
        self.assertEqual(refused.code, 69, refused)
        self.assertEqual(self.candidate(refused.json(), server.port, "tls")["result"], "cert-error")
        self.assertEqual(pinned.code, 0, pinned)
        out = pinned.json()
        self.assertContract(out)
        self.assertTrue(out["verified"])
        self.assertEqual(out["tls"]["certificate"]["sha256"], fingerprint("selfsigned"))

    def test_blackholed_port_delays_the_answer_by_at_most_the_timeout(self):
        with Blackhole() as hole, SmtpServer("starttls") as server:
            start = time.monotonic()
            r = self.manual("--timeout", "1.5", "--json", port_map={465: hole.port, 587: server.port,
                                                                   25: closed_port()})
            wall = time.monotonic() - start
        self.assertEqual(r.code, 0, r)
        out = r.json()
        self.assertContract(out)
        self.assertEqual(out["server"]["port"], 587)
        self.assertEqual(self.candidate(out, 465, "tls")["result"], "timeout")
        self.assertLess(out["elapsed_ms"], 1500 + 1500, out)
        self.assertGreaterEqual(out["elapsed_ms"], 1400, "the preferred port is waited for, up to the timeout")
        self.assertLess(wall, 8)

    def test_plain_text_on_the_tls_port_is_tls_error(self):
        with SmtpServer("plain") as server:
            r = self.manual("--port", str(server.port), "--security", "tls", "--timeout", "3", "--json")
        self.assertEqual(r.code, 69, r)
        self.assertEqual(self.candidate(r.json(), server.port, "tls")["result"], "tls-error")

    def test_tls_on_the_starttls_port_is_not_usable(self):
        with SmtpServer("tls") as server:
            r = self.manual("--port", str(server.port), "--security", "starttls", "--timeout", "1.5", "--json")
        self.assertEqual(r.code, 69, r)
        # The client waits for a greeting while the server waits for a TLS hello: nothing is ever said.
        candidate = self.candidate(r.json(), server.port, "starttls")
        self.assertEqual(candidate["result"], "timeout")
        # ... and the detail names the likely cause and the fix.
        self.assertIn("TLS from the first byte", candidate["detail"])
        self.assertIn("security tls", candidate["detail"])

    def test_human_output_has_the_table_and_the_server(self):
        with SmtpServer("tls") as server:
            r = self.manual("--port", str(server.port), "--security", "tls")
        self.assertEqual(r.code, 0, r)
        self.assertIn("RESULT", r.stdout)
        self.assertIn("smtp.test", r.stdout)
        self.assertIn("Certificate:", r.stdout)
        self.assertIn(fingerprint("valid"), r.stdout)

    def test_usage_errors(self):
        self.assertEqual(self.probe("not-an-address").code, 64)
        # With --json a failure is still exactly one object with the contract's keys.
        r = self.probe("not-an-address", "--json")
        self.assertEqual(r.code, 64, r)
        self.assertEqual(r.json()["found"], False)
        self.assertIsNone(r.json()["server"])
        self.assertEqual(r.json()["exit_code"], 64)
        self.assertEqual(self.probe("ada@postino.test", "--host", "smtp.test", "--port", "99999").code, 64)
        self.assertEqual(self.probe().code, 64)
        missing = self.probe("ada@postino.test", "--ca-file", os.path.join(self.home, "nope.pem"))
        self.assertEqual(missing.code, 66, missing)

    # --- discovery ----------------------------------------------------------------------------------

    def test_builtin_database_candidate_without_network(self):
        start = time.monotonic()
        # --dns-server 127.0.0.1 (nothing there): SRV and MX look-ups never leave the machine.
        r = self.probe("ada@libero.it", "--json", "--timeout", "2", "--dns-server", "127.0.0.1",
                       "--resolve", "smtp.libero.it:127.0.0.1",
                       "--resolve", "mail.libero.it:127.0.0.1", "--resolve", "libero.it:127.0.0.1",
                       "--resolve", "autoconfig.libero.it:127.0.0.1",
                       port_map={465: closed_port(), 587: closed_port(), 25: closed_port()},
                       env={"POSTINO_TEST_AUTOCONFIG_PORT": str(closed_port())})
        wall = time.monotonic() - start
        self.assertEqual(r.code, 69, r)
        out = r.json()
        self.assertContract(out)
        self.assertFalse(out["found"])
        builtin = [c for c in out["candidates"] if c["source"] == "builtin"]
        self.assertTrue(builtin, out["candidates"])
        self.assertEqual((builtin[0]["host"], builtin[0]["port"], builtin[0]["security"]),
                         ("smtp.libero.it", 465, "tls"))
        self.assertEqual(builtin[0]["result"], "refused")
        self.assertLess(wall, 15)

    def test_builtin_database_candidate_verified(self):
        with SmtpServer("tls") as server:
            r = self.probe("ada@libero.it", "--json", "--timeout", "3", "--dns-server", "127.0.0.1",
                           "--resolve", "smtp.libero.it:127.0.0.1",
                           "--trust-fingerprint", fingerprint("valid"), port_map={465: server.port})
        self.assertEqual(r.code, 0, r)
        out = r.json()
        self.assertContract(out)
        self.assertEqual(out["source"], "builtin")
        self.assertEqual(out["server"]["host"], "smtp.libero.it")
        self.assertEqual(out["server"]["port"], 465)

    def test_pec_provider_note(self):
        with SmtpServer("tls") as server:
            r = self.probe("ada@pec.it", "--timeout", "3", "--dns-server", "127.0.0.1",
                           "--resolve", "smtps.pec.aruba.it:127.0.0.1", "--trust-fingerprint", fingerprint("valid"),
                           port_map={465: server.port})
        self.assertEqual(r.code, 0, r)
        self.assertIn("smtps.pec.aruba.it", r.stdout)
        self.assertIn("PEC", r.stderr, "the PEC note goes to stderr")
        self.assertNotIn("PEC", r.stdout)

    def test_autoconfig_discovery(self):
        with SmtpServer("tls") as server:
            files = {"/mail/config-v1.1.xml": autoconfig_xml("postino.test", "smtp.postino.test", server.port)}
            with HttpsServer(files) as web:
                r = self.probe("ada@postino.test", "--json", "--timeout", "5", *self.ca(), "--dns-server", "127.0.0.1",
                               "--resolve", "autoconfig.postino.test:127.0.0.1",
                               "--resolve", "postino.test:127.0.0.1",
                               "--resolve", "smtp.postino.test:127.0.0.1",
                               "--resolve", "mail.postino.test:127.0.0.1",
                               port_map={465: closed_port(), 587: closed_port(), 25: closed_port()},
                               env={"POSTINO_TEST_AUTOCONFIG_PORT": str(web.port)})
                requests = list(web.requests)
        self.assertEqual(r.code, 0, r)
        out = r.json()
        self.assertContract(out)
        self.assertEqual(out["source"], "autoconfig")
        self.assertEqual(out["server"]["host"], "smtp.postino.test")
        self.assertEqual(out["server"]["port"], server.port)
        self.assertEqual(out["server"]["security"], "tls")
        asked = [p for p, host in requests if p.startswith("/mail/config-v1.1.xml")]
        self.assertTrue(asked, requests)
        self.assertIn("emailaddress=ada%40postino.test", asked[0])

    def test_trust_fingerprint_pins_the_autoconfig_fetch_too(self):
        # One self-signed certificate for a self-hosted domain's web and mail server: the pin lets both through,
        # a wrong pin refuses the autoconfig file with both fingerprints named, and nothing is found then.
        pin = fingerprint("selfsigned")
        with SmtpServer("tls", cert="selfsigned") as server:
            files = {"/mail/config-v1.1.xml": autoconfig_xml("postino.test", "smtp.postino.test", server.port)}
            with HttpsServer(files, cert="selfsigned") as web:
                def probe(*extra):
                    return self.probe("ada@postino.test", "--json", "--timeout", "5", "--dns-server", "127.0.0.1",
                                      "--resolve", "autoconfig.postino.test:127.0.0.1",
                                      "--resolve", "postino.test:127.0.0.1",
                                      "--resolve", "smtp.postino.test:127.0.0.1",
                                      "--resolve", "mail.postino.test:127.0.0.1", *extra,
                                      port_map={465: closed_port(), 587: closed_port(), 25: closed_port()},
                                      env={"POSTINO_TEST_AUTOCONFIG_PORT": str(web.port)})
                pinned = probe("--trust-fingerprint", ":".join(pin[i:i + 2] for i in range(0, len(pin), 2)).upper())
                wrong = probe("--trust-fingerprint", fingerprint("valid"))
                unpinned = probe()
                asked = [p for p, host in web.requests if p.startswith("/mail/config-v1.1.xml")]
        self.assertEqual(pinned.code, 0, pinned)
        out = pinned.json()
        self.assertContract(out)
        self.assertEqual(out["source"], "autoconfig")
        self.assertEqual(out["server"]["port"], server.port)
        self.assertTrue(out["verified"])
        self.assertEqual(out["tls"]["certificate"]["sha256"], pin)
        self.assertEqual(len(asked), 1, "only the pinned run reads the file: %s" % asked)

        self.assertEqual(wrong.code, 69, wrong)
        self.assertFalse(wrong.json()["found"])
        self.assertNotIn("autoconfig", {c["source"] for c in wrong.json()["candidates"]})
        self.assertIn("certificate of autoconfig.postino.test was refused", wrong.stderr)
        self.assertIn("not the pinned", wrong.stderr)
        self.assertIn(pin, wrong.stderr)
        self.assertIn(fingerprint("valid"), wrong.stderr)

        self.assertEqual(unpinned.code, 69, unpinned)
        self.assertIn("certificate of autoconfig.postino.test was refused", unpinned.stderr)
        self.assertIn(pin, unpinned.stderr, "the refusal names the fingerprint one would check")

    def dnsmasq(self, *records):
        try:
            return Dnsmasq(list(records), local=["postino.test"])
        except OSError as e:
            if "not installed" in str(e):
                self.skipTest("no DNS server for the test: %s" % e)
            raise

    def test_srv_discovery_through_dns_server(self):
        with SmtpServer("tls") as server:
            with self.dnsmasq("--srv-host=_submissions._tcp.postino.test,smtp.postino.test,%d,0,0" % server.port) as dns:
                r = self.probe("ada@postino.test", "--json", "--timeout", "5", *self.ca(),
                               "--dns-server", dns.server,
                               "--resolve", "smtp.postino.test:127.0.0.1",
                               "--resolve", "autoconfig.postino.test:127.0.0.1",
                               "--resolve", "postino.test:127.0.0.1",
                               "--resolve", "mail.postino.test:127.0.0.1",
                               port_map={465: closed_port(), 587: closed_port(), 25: closed_port()},
                               env={"POSTINO_TEST_AUTOCONFIG_PORT": str(closed_port())})
        self.assertEqual(r.code, 0, r)
        out = r.json()
        self.assertContract(out)
        self.assertEqual(out["source"], "srv")
        self.assertEqual((out["server"]["host"], out["server"]["port"], out["server"]["security"]),
                         ("smtp.postino.test", server.port, "tls"))

    def test_mx_discovery_through_dns_server(self):
        # The domain's MX is Aruba's: the provider database's Aruba settings are the candidates. The guesses
        # reach the same server, so the MX's candidate wins by its rank only: --grace as long as the timeout
        # waits for it however slow its TLS handshake is (an ASan build under load took over the 3 s limit).
        with SmtpServer("tls") as server:
            with self.dnsmasq("--mx-host=postino.test,mx.aruba.it,10") as dns:
                r = self.probe("ada@postino.test", "--json", "--timeout", "5", "--grace", "5",
                               "--dns-server", dns.server,
                               "--resolve", "smtps.aruba.it:127.0.0.1",
                               "--resolve", "autoconfig.postino.test:127.0.0.1",
                               "--resolve", "postino.test:127.0.0.1",
                               "--resolve", "smtp.postino.test:127.0.0.1",
                               "--resolve", "mail.postino.test:127.0.0.1",
                               "--trust-fingerprint", fingerprint("valid"),
                               port_map={465: server.port, 587: closed_port(), 25: closed_port()},
                               env={"POSTINO_TEST_AUTOCONFIG_PORT": str(closed_port())})
        self.assertEqual(r.code, 0, r)
        out = r.json()
        self.assertContract(out)
        self.assertEqual(out["source"], "mx")
        self.assertEqual((out["server"]["host"], out["server"]["port"]), ("smtps.aruba.it", 465))

    def test_dns_server_that_never_answers_is_bounded(self):
        # Every look-up ends by the --timeout; the probe goes on to its guesses.
        with SilentUdp() as dns:
            start = time.monotonic()
            r = self.probe("ada@postino.test", "--json", "--timeout", "2", "--dns-server", dns.server,
                           "--resolve", "autoconfig.postino.test:127.0.0.1",
                           "--resolve", "postino.test:127.0.0.1",
                           "--resolve", "smtp.postino.test:127.0.0.1",
                           "--resolve", "mail.postino.test:127.0.0.1",
                           port_map={465: closed_port(), 587: closed_port(), 25: closed_port()},
                           env={"POSTINO_TEST_AUTOCONFIG_PORT": str(closed_port())})
            wall = time.monotonic() - start
        self.assertEqual(r.code, 69, r)
        out = r.json()
        self.assertContract(out)
        self.assertTrue([c for c in out["candidates"] if c["source"] == "guess"], out["candidates"])
        self.assertLess(wall, 20)

    def test_dns_server_forms(self):
        # An IPv6 name server in brackets with a port is taken (nothing there: discovery finds nothing).
        r = self.probe("ada@postino.test", "--timeout", "1", "--dns-server", "[::1]:%d" % closed_port(),
                       "--host", "smtp.test", "--resolve", "smtp.test:127.0.0.1", "--port", str(closed_port()))
        self.assertNotEqual(r.code, 64, r)
        for bad in ["dns.example", "127.0.0.1:0", "127.0.0.1:99999", "127.0.0.1:", "[::1", "::1]:53", "1.2.3"]:
            r = self.probe("ada@postino.test", "--dns-server", bad)
            self.assertEqual(r.code, 64, (bad, r))
            self.assertIn("--dns-server", r.stderr)
            self.assertIn("127.0.0.1:5353", r.stderr, "the message shows the form")


if __name__ == "__main__":
    unittest.main()

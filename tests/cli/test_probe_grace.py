"""postino-cli probe with a silent preferred server (the grace rule): a verified answer within three seconds,
and a preferred server that answers inside the grace still wins. Real servers on loopback: smtp.postino.test on
127.0.0.2, mail.postino.test on 127.0.0.3, both on the same port (465 mapped to it)."""
import os
import time
import unittest

from clitest import CliTestCase, SmtpServer, certs
from nettools import Blackhole, DelayedRelay, Dnsmasq, SynBlackhole, closed_port

PREFERRED = "127.0.0.2"
OTHER = "127.0.0.3"


class ProbeGraceTest(CliTestCase):
    def setUp(self):
        super().setUp()
        # A name server that knows postino.test has no SRV or MX records, and says so at once: the sources
        # that ask it are done in milliseconds, as on a working network.
        try:
            self.dns = Dnsmasq([], local=["postino.test"])
        except OSError as e:
            self.skipTest("no DNS server for the test: %s" % e)
        self.addCleanup(self.dns.stop)

    def probe(self, port, *args):
        closed = closed_port()
        env = {"POSTINO_TEST_PORT_MAP": "465=%d,587=%d,25=%d" % (port, closed, closed),
               "POSTINO_TEST_AUTOCONFIG_PORT": str(closed)}
        return self.cli("probe", "ada@postino.test", "--json", "--ca-file", os.path.join(certs(), "ca.pem"),
                        "--dns-server", self.dns.server,
                        "--resolve", "smtp.postino.test:" + PREFERRED, "--resolve", "mail.postino.test:" + OTHER,
                        "--resolve", "postino.test:127.0.0.4", "--resolve", "autoconfig.postino.test:127.0.0.1",
                        *args, env=env)

    def candidate(self, out, host, port=465):
        found = [c for c in out["candidates"] if c["host"] == host and c["port"] == port and c["security"] == "tls"]
        self.assertEqual(len(found), 1, out["candidates"])
        return found[0]

    def assertOtherWinsWithinTheGrace(self, r, wall, limit_ms=3000):
        self.assertEqual(r.code, 0, r)
        out = r.json()
        self.assertTrue(out["verified"], out)
        self.assertEqual(out["server"]["host"], "mail.postino.test")
        # The grace ends 2 s after the verification and no later than 3 s after the start; the rest is this
        # machine's scheduling.
        self.assertLess(out["elapsed_ms"], limit_ms + 500, out)
        self.assertLess(wall, limit_ms / 1000 + 3)
        silent = self.candidate(out, "smtp.postino.test")
        self.assertEqual(silent["result"], "timeout", silent)
        self.assertIn("a slower server may still answer", silent["detail"])
        self.assertIn("mail.postino.test:465", silent["detail"])
        self.assertLess(silent["elapsed_ms"], limit_ms + 500)
        return out

    def test_silent_after_connect_gives_way(self):
        with Blackhole(PREFERRED) as hole, SmtpServer("tls", host=OTHER, port=hole.port):
            start = time.monotonic()
            r = self.probe(hole.port, "--timeout", "10")
            out = self.assertOtherWinsWithinTheGrace(r, time.monotonic() - start)
        self.assertGreaterEqual(out["elapsed_ms"], 1900, "the preferred server was given its grace")

    def test_unanswered_syn_gives_way(self):
        with SynBlackhole(PREFERRED) as hole, SmtpServer("tls", host=OTHER, port=hole.port):
            start = time.monotonic()
            r = self.probe(hole.port, "--timeout", "10")
            self.assertOtherWinsWithinTheGrace(r, time.monotonic() - start)

    def test_preferred_answering_inside_the_grace_wins(self):
        with SmtpServer("tls") as real, DelayedRelay(real.port, 1.5, host=PREFERRED) as relay, \
                SmtpServer("tls", host=OTHER, port=relay.port):
            r = self.probe(relay.port, "--timeout", "10")
        self.assertEqual(r.code, 0, r)
        out = r.json()
        self.assertEqual(out["server"]["host"], "smtp.postino.test", out)
        self.assertGreaterEqual(out["elapsed_ms"], 1400)
        self.assertEqual(self.candidate(out, "mail.postino.test")["result"], "ok")

    def test_grace_option_and_setting(self):
        with Blackhole(PREFERRED) as hole, SmtpServer("tls", host=OTHER, port=hole.port):
            r = self.probe(hole.port, "--timeout", "10", "--grace", "0")
            out = self.assertOtherWinsWithinTheGrace(r, 0, limit_ms=500)
            self.assertIn("no greeting within", self.candidate(out, "smtp.postino.test")["detail"])
            # The settings file's grace, for the GUI and the CLI alike.
            config = os.path.join(self.home, "conf")
            os.makedirs(config)
            with open(os.path.join(config, "postino.ini"), "w") as f:
                f.write("[probe]\ngrace_ms=700\n")
            r = self.probe(hole.port, "--timeout", "10", "--config-dir", config)
            out = self.assertOtherWinsWithinTheGrace(r, 0, limit_ms=1200)
            self.assertGreaterEqual(out["elapsed_ms"], 650)
            # Without a grace limit, --grace longer than the timeout: the old strict order, up to --timeout.
            r = self.probe(hole.port, "--timeout", "2", "--grace", "60")
            self.assertEqual(r.code, 0, r)
            self.assertGreaterEqual(r.json()["elapsed_ms"], 1900)
            self.assertEqual(r.json()["server"]["host"], "mail.postino.test")

    def test_bad_grace_is_a_usage_error(self):
        for bad in ("-1", "soon", "7200"):
            r = self.cli("probe", "ada@postino.test", "--grace", bad, "--json")
            self.assertEqual(r.code, 64, r)
            self.assertIn("--grace wants a number of seconds", r.stderr)


if __name__ == "__main__":
    unittest.main()

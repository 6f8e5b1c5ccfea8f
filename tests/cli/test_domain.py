"""postino-cli domain check (cli.md, "domain") against a real dnsmasq serving one healthy domain and one per
failure, an HTTPS server for the MTA-STS policies (a certificate made at test time), and SMTP servers on
loopback for --mx-test (aiosmtpd: a good MX, one without STARTTLS, one with a wrong-host certificate, an open
relay, a blackholed port 25): each check's verdict asserted from --json.

Ports: tests cannot count on 25, 587 and 443 being free on loopback, so the servers listen on ports of their own
and postino-cli is told through its test seams, POSTINO_TEST_PORT_MAP (25 and 587) and POSTINO_TEST_MTA_STS_PORT;
every MX test server listens on the same port, each on its own 127.0.0.x."""
import os
import time
import unittest

from clitest import SOURCE_DIR, CliTestCase, SmtpServer, certs
from nettools import Dnsmasq, PolicyServer, SynBlackhole, leaf_certificate

KEYS = os.path.join(SOURCE_DIR, "tests", "domain", "keys")


def dkim(key_file):
    """--txt-record values of a DKIM key: the record split into character-strings of at most 250 bytes."""
    with open(os.path.join(KEYS, key_file)) as f:
        text = "v=DKIM1; k=rsa; p=" + f.read().strip()
    return ",".join(text[i:i + 250] for i in range(0, len(text), 250))


def healthy(domain, spf="v=spf1 ip4:192.0.2.25 mx -all", dmarc=None, key="rsa2048.spki.b64", mx="192.0.2.10"):
    """The records of a domain with everything right but what the arguments change (None: left out)."""
    records = ["--mx-host=%s,mx.%s,10" % (domain, domain), "--host-record=mx.%s,%s" % (domain, mx)]
    if spf:
        records.append("--txt-record=%s,%s" % (domain, spf))
    if key:
        records.append("--txt-record=mail._domainkey.%s,%s" % (domain, dkim(key)))
    if dmarc is None:
        dmarc = "v=DMARC1; p=reject; rua=mailto:dmarc@%s" % domain
    if dmarc:
        records.append("--txt-record=_dmarc.%s,%s" % (domain, dmarc))
    return records


class DomainCheckTest(CliTestCase):
    @classmethod
    def setUpClass(cls):
        lookups = " ".join("a:h%d.lookups.test" % i for i in range(1, 12))
        records = []
        records += healthy("good.test")
        records += ["--txt-record=_mta-sts.good.test,v=STSv1; id=20240101",
                    "--txt-record=_smtp._tls.good.test,v=TLSRPTv1; rua=mailto:tls@good.test",
                    "--host-record=smtp.good.test,192.0.2.25",
                    # 192.0.2.26 says it is other.good.test, which is 192.0.2.99: not forward-confirmed
                    "--ptr-record=26.2.0.192.in-addr.arpa,other.good.test",
                    "--host-record=other.good.test,192.0.2.99",
                    # the test blocklist: 192.0.2.27 is spam (SBL), 192.0.2.28 a residential range (PBL)
                    "--address=/27.2.0.192.bl.test/127.0.0.2",
                    "--address=/28.2.0.192.bl.test/127.0.0.10",
                    "--txt-record=bl.test,blocklist"]
        records += healthy("nospf.test", spf=None)
        records += healthy("lookups.test", spf="v=spf1 ip4:192.0.2.25 %s -all" % lookups)
        records += ["--host-record=h%d.lookups.test,198.51.100.%d" % (i, i) for i in range(1, 12)]
        records += healthy("plusall.test", spf="v=spf1 mx +all")
        records += healthy("void.test", spf="v=spf1 a:x1.void.test a:x2.void.test a:x3.void.test ip4:192.0.2.25 -all")
        records += healthy("nodkim.test", key=None)
        records += healthy("weak.test", key="rsa512.spki.b64")
        records += healthy("dmarcnone.test", dmarc="v=DMARC1; p=none; rua=mailto:dmarc@dmarcnone.test")
        records += healthy("extrua.test", dmarc="v=DMARC1; p=reject; rua=mailto:agg@reports.test")
        records += ["--txt-record=reports.test,v=spf1 -all"]
        records += healthy("tlsa.test")
        records += ["--dns-rr=_25._tcp.mx.tlsa.test,52,030101" + "ab" * 32]
        # MTA-STS: a policy per domain on the HTTPS server at 127.0.0.1
        policy = "version: STSv1\r\nmode: %s\r\nmx: %s\r\nmax_age: 604800\r\n"
        cls.policies = {"good.test": (200, "text/plain", policy % ("enforce", "mx.good.test")),
                        "stswild.test": (200, "text/plain; charset=utf-8", policy % ("enforce", "*.stswild.test")),
                        "ststesting.test": (200, "text/plain", policy % ("testing", "mx.ststesting.test")),
                        "stsmismatch.test": (200, "text/plain", policy % ("enforce", "mail.elsewhere.test")),
                        "stsinvalid.test": (200, "text/plain", "version: STSv1\nmode: enforce\nmx: mx.stsinvalid.test\n"),
                        "stsredirect.test": (301, "text/plain", ""),
                        "ststype.test": (200, "text/html", policy % ("enforce", "mx.ststype.test")),
                        "stswrongcert.test": (200, "text/plain", policy % ("enforce", "mx.stswrongcert.test"))}
        for domain in cls.policies:
            if domain != "good.test":
                records += healthy(domain)
                records += ["--txt-record=_mta-sts.%s,v=STSv1; id=2024%s" % (domain, domain.split(".")[0])]
            records += ["--host-record=mta-sts.%s,127.0.0.1" % domain]
        # --mx-test: an MX per kind of server, each on its own address
        cls.mx = {"mxgood.test": "127.0.0.11", "mxplain.test": "127.0.0.12", "mxwrong.test": "127.0.0.13",
                  "mxrelay.test": "127.0.0.14", "mxblocked.test": "127.0.0.15", "mxdown.test": "127.0.0.16"}
        for domain, address in cls.mx.items():
            records += healthy(domain, mx=address)
        records += ["--mx-host=mxtwo.test,mx.mxgood.test,10", "--mx-host=mxtwo.test,mx.mxrelay.test,20",
                    "--txt-record=mxtwo.test,v=spf1 mx -all"]
        try:
            cls.dns = Dnsmasq(records, local=["test", "in-addr.arpa"], max_seconds=300)
        except OSError as e:
            if "not installed" in str(e):
                raise unittest.SkipTest("no DNS server for the test: %s" % e)
            raise
        cls.servers = []
        try:
            cert = leaf_certificate("domaincheck", ["mta-sts.%s" % d for d in cls.policies]
                                    + ["mx.mxgood.test", "mx.mxrelay.test"])
            cls.https = PolicyServer({"mta-sts." + d: (p[0], p[1], p[2].encode()) for d, p in cls.policies.items()},
                                     cert, wrong_cert=["mta-sts.stswrongcert.test"], max_seconds=300)
            cls.servers.append(cls.https)

            def smtp(address, port, mode, cert_name, hostname, *extra):
                server = SmtpServer(mode=mode, cert=cert_name, host=address, port=port, max_seconds=300,
                                    extra=["--hostname", hostname, "--starttls-optional"] + list(extra))
                cls.servers.append(server)
                return server

            good = smtp("127.0.0.11", 0, "starttls", cert, "mx.mxgood.test", "--local-domain", "mxgood.test")
            cls.port25 = good.port
            cls.good = good
            cls.plain = smtp("127.0.0.12", cls.port25, "plain", cert, "mail.elsewhere.test",
                             "--local-domain", "mxplain.test")
            cls.wrong = smtp("127.0.0.13", cls.port25, "starttls", "wronghost", "mx.mxwrong.test",
                             "--local-domain", "mxwrong.test")
            cls.relay = smtp("127.0.0.14", cls.port25, "starttls", cert, "mx.mxrelay.test")
            # mxblocked.test: SYNs to port 25 go unanswered, its submission port answers
            cls.blocked587 = smtp("127.0.0.15", 0, "plain", cert, "mx.mxblocked.test")
            cls.port587 = cls.blocked587.port
            cls.servers.append(SynBlackhole("127.0.0.15", cls.port25))
            # mxdown.test: neither port answers
            cls.servers.append(SynBlackhole("127.0.0.16", cls.port25))
        except Exception:
            cls.tearDownClass()
            raise

    @classmethod
    def tearDownClass(cls):
        for server in reversed(getattr(cls, "servers", [])):
            server.stop()
        cls.dns.stop()

    def seams(self):
        return {"POSTINO_TEST_PORT_MAP": "25=%d,587=%d" % (self.port25, self.port587),
                "POSTINO_TEST_MTA_STS_PORT": str(self.https.port)}

    def check(self, target, *args):
        r = self.cli("domain", "check", target, "--json", "--dns-server", self.dns.server, "--dnsbl-zone", "bl.test",
                     "--dkim-selector", "mail", "--ca-file", os.path.join(certs(), "ca.pem"), *args, env=self.seams())
        report = r.json()
        self.assertEqual(set(report), {"domain", "checks", "elapsed_ms"}, r)
        for c in report["checks"]:
            self.assertEqual(set(c), {"id", "status", "summary", "detail", "fix"}, c)
            self.assertIn(c["status"], ("pass", "warn", "fail", "info"))
        return r, report, {c["id"]: c for c in report["checks"]}

    def test_healthy_domain(self):
        r, report, checks = self.check("ada@good.test", "--server", "smtp.good.test")
        self.assertEqual(r.code, 0, r)
        self.assertEqual(report["domain"], "good.test")
        self.assertEqual([c["id"] for c in report["checks"]],
                         ["mx", "spf", "dkim", "dmarc", "alignment", "ptr", "dnsbl", "mta-sts", "tls-rpt", "dane"])
        for cid in ("mx", "spf", "dkim", "dmarc", "alignment", "ptr", "dnsbl", "mta-sts", "tls-rpt"):
            self.assertEqual(checks[cid]["status"], "pass", checks[cid])
        self.assertEqual(checks["dane"]["status"], "info")
        self.assertLess(report["elapsed_ms"], 5000)
        # the policy was fetched from mta-sts.good.test, over HTTPS, its certificate verified against that name
        self.assertIn(("mta-sts.good.test", "/.well-known/mta-sts.txt"), self.https.requests)
        self.assertIn("id=20240101", checks["mta-sts"]["summary"])
        self.assertIn("mode enforce", checks["mta-sts"]["detail"])

    def test_mta_sts_policies(self):
        for domain, status, words, fix in (
                ("stswild.test", "pass", "id=2024stswild", ""),
                ("ststesting.test", "warn", "testing", "mode: enforce"),
                ("stsmismatch.test", "fail", "mx.stsmismatch.test", "mx: mx.stsmismatch.test"),
                ("stsinvalid.test", "fail", "max_age", "max_age: 604800"),
                ("stsredirect.test", "fail", "redirect", "https://mta-sts.stsredirect.test/.well-known/mta-sts.txt"),
                ("ststype.test", "fail", "text/html", "Content-Type: text/plain"),
                ("stswrongcert.test", "fail", "certificate", "mta-sts.stswrongcert.test")):
            with self.subTest(domain=domain):
                r, report, checks = self.check(domain)
                c = checks["mta-sts"]
                self.assertEqual(c["status"], status, c)
                self.assertIn(words, c["summary"] + c["detail"], c)
                self.assertIn(fix, c["fix"], c)
                self.assertEqual(r.code, 1 if status == "fail" else 0, r)
        # the redirect was not followed
        self.assertNotIn("elsewhere.test", " ".join(h for h, _ in self.https.requests))

    def mx_check(self, domain, *args):
        r, report, checks = self.check(domain, "--mx-test", *args)
        self.assertLess(report["elapsed_ms"], 5000, report)
        ids = [c["id"] for c in report["checks"]]
        self.assertEqual(ids[:10], ["mx", "spf", "dkim", "dmarc", "alignment", "ptr", "dnsbl", "mta-sts", "tls-rpt",
                                    "dane"])
        mx = [c for c in report["checks"][10:]]
        return r, {c["id"]: c for c in mx}, mx

    def assertNoData(self):
        for server in (self.good, self.plain, self.wrong, self.relay, self.blocked587):
            self.assertFalse(os.path.exists(os.path.join(server.maildir, "data.log")), "DATA was sent")

    def test_mx_good(self):
        commands = os.path.join(self.good.maildir, "commands.log")
        if os.path.exists(commands):
            os.remove(commands)  # what other tests' sessions said
        r, mx, _ = self.mx_check("mxgood.test")
        self.assertEqual(r.code, 0, r)
        self.assertEqual(mx["port25"]["status"], "pass", mx)
        self.assertEqual(mx["mx-tls"]["status"], "pass", mx)
        self.assertIn("TLSv1.", mx["mx-tls"]["summary"])
        self.assertIn("mx.mxgood.test", mx["mx-tls"]["summary"])
        self.assertEqual(mx["open-relay"]["status"], "pass", mx)
        self.assertIn("554", mx["open-relay"]["summary"])
        with open(os.path.join(self.good.maildir, "relay-refused.log")) as f:
            self.assertIn("-> postino-relay-test@example.org", f.read())
        # RSET and QUIT, in that order, at the end of the session (the server logs them as they come)
        deadline = time.monotonic() + 5
        while time.monotonic() < deadline and "QUIT" not in (open(commands).read() if os.path.exists(commands) else ""):
            time.sleep(0.05)
        with open(commands) as f:
            self.assertEqual(f.read().split()[-2:], ["RSET", "QUIT"])
        self.assertNoData()

    def test_mx_without_starttls(self):
        r, mx, _ = self.mx_check("mxplain.test")
        self.assertEqual(r.code, 1, r)
        self.assertEqual(mx["port25"]["status"], "pass", mx)
        self.assertEqual(mx["mx-tls"]["status"], "fail", mx)
        self.assertIn("STARTTLS", mx["mx-tls"]["summary"])
        self.assertIn("smtpd_tls_security_level", mx["mx-tls"]["fix"])
        self.assertEqual(mx["open-relay"]["status"], "pass", mx)
        self.assertNoData()

    def test_mx_wrong_host_certificate(self):
        r, mx, _ = self.mx_check("mxwrong.test")
        self.assertEqual(r.code, 1, r)
        self.assertEqual(mx["mx-tls"]["status"], "fail", mx)
        self.assertIn("not valid for it", mx["mx-tls"]["summary"])
        self.assertIn("other.invalid", mx["mx-tls"]["detail"])
        self.assertIn("mx.mxwrong.test", mx["mx-tls"]["fix"])
        # the relay test still ran, in clear
        self.assertEqual(mx["open-relay"]["status"], "pass", mx)
        self.assertNoData()

    def test_mx_open_relay(self):
        r, mx, _ = self.mx_check("mxrelay.test")
        self.assertEqual(r.code, 1, r)
        self.assertEqual(mx["mx-tls"]["status"], "pass", mx)
        self.assertEqual(mx["open-relay"]["status"], "fail", mx)
        self.assertIn("open relay", mx["open-relay"]["summary"])
        self.assertIn("reject_unauth_destination", mx["open-relay"]["fix"])
        self.assertIn("no DATA", mx["open-relay"]["detail"])
        self.assertNoData()

    def test_mx_port25_blocked(self):
        r, mx, _ = self.mx_check("mxblocked.test")
        self.assertEqual(r.code, 1, r)
        self.assertEqual(mx["port25"]["status"], "fail", mx)
        self.assertIn("your network blocks outbound port 25", mx["port25"]["summary"])
        self.assertIn("mx.mxblocked.test:587", mx["port25"]["summary"])
        self.assertEqual(mx["mx-tls"]["status"], "info", mx)
        self.assertEqual(mx["open-relay"]["status"], "info", mx)

    def test_mx_down(self):
        r, mx, _ = self.mx_check("mxdown.test")
        self.assertEqual(r.code, 1, r)
        self.assertEqual(mx["port25"]["status"], "fail", mx)
        self.assertNotIn("blocks", mx["port25"]["summary"])
        self.assertIn("did not answer on port 25", mx["port25"]["summary"])

    def test_mx_one_set_per_mx(self):
        r, _, mx = self.mx_check("mxtwo.test")
        self.assertEqual([(c["id"], c["status"]) for c in mx],
                         [("port25", "pass"), ("mx-tls", "pass"), ("open-relay", "pass"),
                          ("port25", "pass"), ("mx-tls", "pass"), ("open-relay", "fail")])
        self.assertIn("mx.mxgood.test", mx[0]["summary"])
        self.assertIn("mx.mxrelay.test", mx[5]["summary"])
        self.assertEqual(r.code, 1, r)

    def test_ehlo_name(self):
        # mx.mxgood.test (127.0.0.11) says EHLO mx.mxgood.test, its reverse name
        r, _, checks = self.check("mxgood.test", "--server", "mx.mxgood.test")
        self.assertEqual(checks["ptr"]["status"], "pass", checks["ptr"])
        self.assertIn("calls itself mx.mxgood.test in EHLO, as its reverse name says", checks["ptr"]["detail"])
        # 127.0.0.12 is mx.mxplain.test, but says EHLO mail.elsewhere.test
        r, _, checks = self.check("mxplain.test", "--server", "127.0.0.12")
        self.assertEqual(checks["ptr"]["status"], "warn", checks["ptr"])
        self.assertIn("mail.elsewhere.test", checks["ptr"]["summary"])
        self.assertIn("myhostname = mx.mxplain.test", checks["ptr"]["fix"])

    def test_human_report(self):
        r = self.cli("domain", "check", "nospf.test", "--dns-server", self.dns.server, "--dnsbl-zone", "bl.test",
                     "--server", "192.0.2.25")
        self.assertEqual(r.code, 1, r)
        lines = r.stdout.splitlines()
        self.assertTrue(any(line.startswith("FAIL") and " spf " in line for line in lines), r)
        self.assertIn("fix: v=spf1 ip4:192.0.2.25 mx ~all", r.stdout)

    def assertCheck(self, target, cid, status, fix="", *args):
        r, _, checks = self.check(target, *args)
        self.assertEqual(checks[cid]["status"], status, checks[cid])
        self.assertIn(fix, checks[cid]["fix"])
        self.assertEqual(r.code, 1 if any(c["status"] == "fail" for c in checks.values()) else 0, r)
        return checks[cid]

    def test_no_spf(self):
        self.assertCheck("nospf.test", "spf", "fail", "v=spf1 ip4:192.0.2.25 mx ~all", "--server", "192.0.2.25")

    def test_spf_over_ten_lookups(self):
        c = self.assertCheck("lookups.test", "spf", "fail")
        self.assertIn("10", c["summary"])

    def test_spf_plus_all(self):
        self.assertCheck("plusall.test", "spf", "fail", "v=spf1 mx ~all")

    def test_spf_void_lookups(self):
        self.assertCheck("void.test", "spf", "fail", "a:x1.void.test")

    def test_spf_server_not_allowed(self):
        self.assertCheck("good.test", "spf", "fail", "ip4:192.0.2.99", "--server", "192.0.2.99")

    def test_no_dkim(self):
        self.assertCheck("nodkim.test", "dkim", "warn", "_domainkey.nodkim.test")

    def test_512_bit_key(self):
        self.assertCheck("weak.test", "dkim", "fail", "mail._domainkey.weak.test")

    def test_dmarc_none(self):
        self.assertCheck("dmarcnone.test", "dmarc", "warn", "p=quarantine")

    def test_external_rua_without_authorisation(self):
        self.assertCheck("extrua.test", "dmarc", "fail", 'extrua.test._report._dmarc.reports.test TXT "v=DMARC1"')

    def test_ptr_mismatch(self):
        self.assertCheck("good.test", "ptr", "fail", "other.good.test A 192.0.2.26", "--server", "192.0.2.26")

    def test_dnsbl_listed(self):
        c = self.assertCheck("good.test", "dnsbl", "fail", "", "--server", "192.0.2.27", "--server", "192.0.2.28")
        self.assertIn("127.0.0.2", c["detail"])
        self.assertIn("127.0.0.10", c["detail"])
        self.assertIn("PBL", c["detail"])

    def test_no_answer_from_the_dns_exits_75(self):
        r, _, checks = self.check("someone@gmail.com", "--server", "192.0.2.25")
        # gmail.com is outside the test DNS: dnsmasq refuses it, which is no answer at all
        self.assertEqual(r.code, 75, r)

    def test_tlsa_without_dnssec_is_not_trusted(self):
        self.assertCheck("tlsa.test", "dane", "warn", "DNSSEC")

    def test_account_server(self):
        r = self.cli("account", "add", "work", "--email", "ada@good.test", "--host", "smtp.good.test", "--port", "587",
                     "--security", "starttls", "--auth", "NONE")
        self.assertEqual(r.code, 0, r)
        r, _, checks = self.check("ada@good.test", "--account", "work")
        self.assertEqual(r.code, 0, r)
        for cid in ("spf", "alignment", "ptr", "dnsbl"):
            self.assertEqual(checks[cid]["status"], "pass", checks[cid])
        self.assertIn("192.0.2.25", checks["spf"]["summary"])
        # a From that is not the account's address, on another domain: SPF cannot align
        r, _, checks = self.check("boss@nodkim.test", "--account", "work")
        self.assertEqual(r.code, 1, r)
        self.assertEqual(checks["alignment"]["status"], "fail", checks["alignment"])
        self.assertIn("ada@good.test", checks["alignment"]["summary"])

    def test_usage_and_unknown_account(self):
        r = self.cli("domain", "check", "--json")
        self.assertEqual(r.code, 64, r)
        self.assertIn("error", r.json())
        r = self.cli("domain", "check", "not a domain", "--json")
        self.assertEqual(r.code, 64, r)
        self.assertEqual(r.json()["checks"], [])
        r = self.cli("domain", "check", "good.test", "--account", "nobody", "--json")
        self.assertEqual(r.code, 78, r)
        self.assertEqual(r.json()["exit_code"], 78)


if __name__ == "__main__":
    unittest.main()

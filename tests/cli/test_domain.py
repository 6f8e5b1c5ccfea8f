"""postino-cli domain check (cli.md, "domain") against a real dnsmasq serving one healthy domain and one per
failure: each check's verdict asserted from --json."""
import os
import unittest

from clitest import SOURCE_DIR, CliTestCase
from nettools import Dnsmasq

KEYS = os.path.join(SOURCE_DIR, "tests", "domain", "keys")


def dkim(key_file):
    """--txt-record values of a DKIM key: the record split into character-strings of at most 250 bytes."""
    with open(os.path.join(KEYS, key_file)) as f:
        text = "v=DKIM1; k=rsa; p=" + f.read().strip()
    return ",".join(text[i:i + 250] for i in range(0, len(text), 250))


def healthy(domain, spf="v=spf1 ip4:192.0.2.25 mx -all", dmarc=None, key="rsa2048.spki.b64"):
    """The records of a domain with everything right but what the arguments change (None: left out)."""
    records = ["--mx-host=%s,mx.%s,10" % (domain, domain), "--host-record=mx.%s,192.0.2.10" % domain]
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
        try:
            cls.dns = Dnsmasq(records, local=["test", "in-addr.arpa"])
        except OSError as e:
            if "not installed" in str(e):
                raise unittest.SkipTest("no DNS server for the test: %s" % e)
            raise

    @classmethod
    def tearDownClass(cls):
        cls.dns.stop()

    def check(self, target, *args):
        r = self.cli("domain", "check", target, "--json", "--dns-server", self.dns.server, "--dnsbl-zone", "bl.test",
                     "--dkim-selector", "mail", *args)
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

"""A campaign as a shop owner sends it (issue: campaigns), end to end against real servers.

- 2,000 data rows with accented Italian names, 20 invalid, 30 duplicate and 10 suppressed addresses;
  `campaign start` killed once while it writes the messages, `queue run` killed with SIGKILL five times
  while it sends: every valid recipient gets exactly one message (a second one only from the after-dot
  window, flagged) with their own fields and unsubscribe headers, nobody else's address, and the report
  matches what the server logged.
- A server that throttles (421 after N messages for a few seconds): the account waits and then goes on by
  itself; nothing is lost or sent twice.
"""
import collections
import email
import email.policy
import glob
import json
import os
import random
import re
import signal
import subprocess
import time
import unittest

from clitest import CLI, CliTestCase, PostfixServer, SmtpServer

ROWS = int(os.environ.get("POSTINO_CAMPAIGN_ROWS", "2000"))
KILLS = int(os.environ.get("POSTINO_CAMPAIGN_KILLS", "5"))
FIRST = ["Mário", "Niccolò", "Lucía", "Zoë", "Chiara", "Gianluca", "Ilaria", "Giosuè", "Pietro", "Anna"]
CITIES = ["Forlì", "Cantù", "Roma", "Milano, centro", "Napoli", "Città di Castello", "Agrigento", "Aosta"]
ADDRESS = re.compile(rb"[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\.[A-Za-z]{2,}")


def parse_utf8(raw):
    return email.message_from_string(raw.decode("utf-8"), policy=email.policy.default)


def make_list(rng):
    """The CSV, the valid recipients {address: (name, city)}, and the suppressed addresses."""
    n_invalid, n_duplicate, n_suppressed = 20, 30, 10
    n_valid = ROWS - n_invalid - n_duplicate - n_suppressed
    rows, valid = [], {}
    for i in range(n_valid):
        addr = "cliente%04d@negozio%d.example" % (i, i % 7)
        name, city = "%s %d" % (FIRST[i % len(FIRST)], i), CITIES[i % len(CITIES)]
        valid[addr] = (name, city)
        rows.append((addr, name, city))
    suppressed = ["escluso%02d@negozio.example" % i for i in range(n_suppressed)]
    rows += [(a, "Escluso", "Roma") for a in suppressed]
    rows += [("non valido %d" % i if i % 2 else "manca-chiocciola%d.example" % i, "X", "Y") for i in range(n_invalid)]
    rng.shuffle(rows)
    # Duplicates come after the row they repeat (the domain in another case: the same mailbox).
    originals = [r for r in rows if r[0] in valid]
    for i in range(n_duplicate):
        addr, _, _ = originals[i * 37 % len(originals)]
        local, domain = addr.split("@")
        rows.append((local + "@" + domain.upper(), "Doppione", "Z"))
    out = ["email;nome;città"]
    for addr, name, city in rows:
        out.append('%s;"%s";"%s"' % (addr, name, city))
    return "\ufeff" + "\r\n".join(out) + "\r\n", valid, suppressed


class CampaignScaleTest(CliTestCase):
    def cli_bg(self, *args):
        return subprocess.Popen([CLI] + list(args), env=self.env, stdout=subprocess.DEVNULL,
                                stderr=subprocess.DEVNULL)

    def create(self, port, name, listing, *extra):
        body = self.write(name + ".txt", "Gentile {{nome}} di {{città}},\nle novità del mese.\n"
                                        "Per non ricevere più: {{unsubscribe}}\n")
        html = self.write(name + ".html", "<p>Gentile <b>{{nome}}</b> di {{città}}</p>")
        return self.cli("campaign", "create", name, "--host", "127.0.0.1", "--port", str(port), "--security",
                        "none", "--from", "Bottega Rossi <negozio@bottega.example>",
                        "--recipients", self.write(name + ".csv", listing),
                        "--subject", "{{nome}}, le novità di dicembre", "--body-file", body, "--html-file", html,
                        "--unsubscribe", "mailto:esci@bottega.example?subject={{email}}",
                        "--unsubscribe", "https://bottega.example/disiscrivi?e={{email}}", *extra, timeout=120)

    def test_two_thousand_rows_survive_kills_and_reach_everyone_once(self):
        with SmtpServer("plain", max_seconds=900) as server:
            self.campaign_through(server.port, server, lambda row: self.assertTrue(
                row["reply"].startswith("250 2.0.0 OK stored as "), row))

    @unittest.skipUnless(PostfixServer.available(), "needs root, Debian's postfix, and a temp folder its user can reach")
    def test_two_thousand_rows_through_a_real_postfix(self):
        # Postfix's own smtpd takes the campaign (PIPELINING, its queue, its replies) and relays it to the
        # test server; its log says which message it queued under which id and delivered to whom.
        with SmtpServer("plain", max_seconds=900) as inbox, PostfixServer(inbox.port) as postfix:
            delivered = {}

            def check(row):
                # "Ok: 1234 bytes queued as ..." after BDAT (Postino uses CHUNKING, which Postfix offers).
                m = re.match(r"250 2\.0\.0 Ok: (?:\d+ bytes )?queued as ([0-9A-F]+)$", row["reply"] or "")
                self.assertTrue(m, row)
                if not delivered:
                    for line in postfix.log_lines():
                        d = re.search(r": ([0-9A-F]+): to=<([^>]+)>, relay=127\.0\.0\.1.*status=sent", line)
                        if d:
                            delivered[d.group(1)] = d.group(2)
                self.assertEqual(delivered.get(m.group(1)), row["email"], "Postfix's log: %s" % row)

            self.campaign_through(postfix.port, inbox, check, wait_for_relay=True)

    def campaign_through(self, port, inbox, check_reply, wait_for_relay=False):
        rng = random.Random(int(os.environ.get("POSTINO_CRASH_SEED", "20261203")))
        listing, valid, suppressed = make_list(rng)
        r = self.cli("suppress", "add", *suppressed)
        self.assertEqual(r.code, 0, r)
        server = inbox
        r = self.create(port, "dicembre", listing, "--json")
        self.assertEqual(r.code, 0, r)
        created = r.json()
        self.assertEqual((created["total"], created["skipped"]), (ROWS, 60))
        reasons = collections.Counter(s["reason"] for s in created["skipped_rows"])
        self.assertEqual(reasons, {"invalid": 20, "duplicate": 30, "suppressed": 10})

        # A start killed while it writes the messages goes on where it stopped when started again.
        proc = self.cli_bg("campaign", "start", "dicembre")
        time.sleep(rng.uniform(0.3, 1.0))
        proc.send_signal(signal.SIGKILL)
        proc.wait(timeout=10)
        r = self.cli("campaign", "start", "dicembre", timeout=300)
        self.assertEqual(r.code, 0, r)
        self.assertEqual(len(self.cli("queue", "list", "--json").json()), len(valid),
                         "each kept row is in the outbox exactly once")

        for _ in range(KILLS):
            proc = self.cli_bg("queue", "run", "--until-empty", "--max-time", "60")
            time.sleep(rng.uniform(0.3, 1.5))
            proc.send_signal(signal.SIGKILL)
            proc.wait(timeout=10)
        self.assertTrue(server.alive(), server.words())
        r = self.cli("queue", "run", "--until-empty", "--max-time", "400", "--retry-initial", "1", timeout=450)
        left = self.cli("queue", "list", "--json").json()
        self.assertEqual(r.code, 0, "%r\nleft: %s" % (r, collections.Counter(i["last_error"] for i in left)))
        self.assertEqual(left, [])

        if wait_for_relay:
            # Postfix relays what it took in its own time: wait (bounded) until the inbox has it all.
            deadline = time.monotonic() + 180
            while time.monotonic() < deadline and len(server.messages()) < len(valid):
                time.sleep(0.5)
        got = server.messages()
        seen = collections.Counter()
        ids_by_rcpt = collections.defaultdict(set)
        for env, raw in got:
            self.assertEqual(len(env["rcpt_tos"]), 1)
            to = env["rcpt_tos"][0]
            seen[to] += 1
            msg = parse_utf8(raw)
            ids_by_rcpt[to].add(msg["Message-ID"])
            name, city = valid[to]
            self.assertEqual(msg["Subject"], "%s, le novità di dicembre" % name)
            self.assertEqual(msg["To"].addresses[0].addr_spec, to)
            self.assertIn("Gentile %s di %s," % (name, city), msg.get_body(("plain",)).get_content())
            self.assertIn("<b>%s</b>" % name, msg.get_body(("html",)).get_content())
            encoded = to.replace("@", "%40")
            self.assertEqual(msg["List-Unsubscribe"].replace("\r\n", "").replace("\n", ""),
                             "<mailto:esci@bottega.example?subject=%s>, <https://bottega.example/disiscrivi?e=%s>"
                             % (encoded, encoded))
            self.assertEqual(msg["List-Unsubscribe-Post"], "List-Unsubscribe=One-Click")
            others = {a.decode().lower() for a in ADDRESS.findall(raw)} - {
                to.lower(), "negozio@bottega.example", "esci@bottega.example"}
            others = {a for a in others if not a.endswith("@bottega.example")}  # the Message-ID's domain
            self.assertEqual(others, set(), "no other recipient in the message to %s" % to)
        self.assertEqual(set(seen), set(valid), "every valid recipient, nobody else")

        flagged = set()
        for path in glob.glob(os.path.join(self.home, "data", "postino", "sent", "*", "item.json")):
            with open(path) as f:
                item = json.load(f)["item"]
            if item.get("possible_duplicate"):
                flagged.add(item["recipients"][0]["address"])
        twice = {a for a, c in seen.items() if c > 1}
        self.assertTrue(twice <= flagged, "duplicates only from the after-dot window: %s" % sorted(twice - flagged))
        for a in twice:
            self.assertEqual(len(ids_by_rcpt[a]), 1, "a second copy is the same message, never a new one")

        status = self.cli("campaign", "status", "dicembre", "--json").json()
        self.assertEqual((status["state"], status["sent"], status["queued"], status["failed"], status["skipped"]),
                         ("done", len(valid), 0, 0, 60))
        report = self.cli("campaign", "report", "dicembre", "--json").json()
        self.assertEqual([row["row"] for row in report], list(range(1, ROWS + 1)))
        sent = {row["email"]: row for row in report if row["state"] == "sent"}
        self.assertEqual(set(sent), set(valid))
        for addr, row in sent.items():
            self.assertIn(row["message_id"], ids_by_rcpt[addr], "the report's Message-ID is the one received")
            check_reply(row)
        print("campaign scale: %d rows, %d recipients, %d kills, %d received, %d twice (all flagged)"
              % (ROWS, len(valid), KILLS + 1, len(got), len(twice)))

    def test_a_throttling_server_makes_the_account_wait_then_it_goes_on(self):
        listing = "email;nome;città\r\n" + "".join('r%02d@esempio.it;"Nome %d";"Forlì"\r\n' % (i, i)
                                                     for i in range(40))
        with SmtpServer("plain", extra=["--throttle-after", "10", "--throttle-seconds", "3"]) as server:
            self.assertEqual(self.create(server.port, "lenta", listing).code, 0)
            self.assertEqual(self.cli("campaign", "start", "lenta").code, 0)
            started = time.monotonic()
            r = self.cli("queue", "run", "--until-empty", "--max-time", "90", "--retry-initial", "2", timeout=120)
            elapsed = time.monotonic() - started
            self.assertEqual(r.code, 0, r)
            with open(os.path.join(server.maildir, "throttled.log")) as f:
                throttled = f.read().splitlines()
            self.assertTrue(throttled, "the server did throttle")
            self.assertGreaterEqual(elapsed, 3, "the account waited out the throttle")
            received = collections.Counter(env["rcpt_tos"][0] for env, _ in server.messages())
            self.assertEqual(len(received), 40)
            self.assertEqual(set(received.values()), {1}, "each exactly once")
            status = self.cli("campaign", "status", "lenta", "--json").json()
            self.assertEqual((status["state"], status["sent"]), ("done", 40))


if __name__ == "__main__":
    unittest.main()

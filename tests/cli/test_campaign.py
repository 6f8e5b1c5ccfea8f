"""postino-cli campaign, end to end (cli.md, "campaign"), against a real SMTP server (aiosmtpd)."""
import csv
import email
import email.policy
import io
import json
import os
import unittest

from clitest import CliTestCase, SmtpServer, parse

LIST = (
    "email,nome,città\r\n"
    "mario.rossi@esempio.it,Mário,Roma\r\n"
    "non-un-indirizzo,X,Y\r\n"
    "lucia@esempio.it,,\"Milano, centro\"\r\n"
    "mario.rossi@ESEMPIO.IT,Doppio,Z\r\n"
    "zoë@esempio.it,Zoë,Napoli\r\n"
    "escluso@esempio.it,Escluso,Torino\r\n"
)
# Rows 1, 3 and 5 get a message; 2 is invalid, 4 a duplicate of 1, 6 on the suppression list.
VALID = ["mario.rossi@esempio.it", "lucia@esempio.it", "zoë@esempio.it"]


def parse_utf8(raw):
    """A message whose headers may be raw UTF-8 (RFC 6532, sent to a server with SMTPUTF8)."""
    return email.message_from_string(raw.decode("utf-8"), policy=email.policy.default)


class CampaignTest(CliTestCase):
    def setUp(self):
        super().setUp()
        # Suppressed with another case: it must not get the campaign either.
        r = self.cli("suppress", "add", "Escluso@esempio.it")
        self.assertEqual(r.code, 0, r)

    def create(self, port, name="novita", *extra, listing=LIST, body="Ciao {{nome|cliente}} di {{città}}!\n",
               subject="Novità per {{nome|te}}"):
        listing_path = self.write(name + ".csv", listing)
        body_path = self.write(name + ".txt", body)
        return self.cli("campaign", "create", name, "--host", "127.0.0.1", "--port", str(port), "--security", "none",
                        "--from", "Negozio Rossi <info@negozio.example>", "--recipients", listing_path,
                        "--subject", subject, "--body-file", body_path,
                        "--unsubscribe", "mailto:disiscrivi@negozio.example?subject=unsub-{{email}}",
                        "--unsubscribe", "https://negozio.example/disiscrivi?e={{email}}", *extra)

    def status(self, name="novita"):
        r = self.cli("campaign", "status", name, "--json")
        self.assertEqual(r.code, 0, r)
        return r.json()

    def report(self, name="novita"):
        r = self.cli("campaign", "report", name, "--json")
        self.assertEqual(r.code, 0, r)
        return r.json()

    def run_queue(self, seconds=30):
        return self.cli("queue", "run", "--until-empty", "--max-time", str(seconds))

    def test_a_campaign_reaches_each_valid_recipient_once_with_their_own_fields(self):
        with SmtpServer("plain") as server:
            r = self.create(server.port, "novita", "--rate", "600", "--json")
            self.assertEqual(r.code, 0, r)
            created = r.json()
            self.assertEqual((created["state"], created["total"], created["skipped"]), ("draft", 6, 3))
            self.assertEqual(created["rate"], 600)
            self.assertEqual(sorted(s["line"] for s in created["skipped_rows"]), [3, 5, 7])
            self.assertEqual({s["reason"] for s in created["skipped_rows"]}, {"invalid", "duplicate", "suppressed"})
            self.assertIn("3 row(s) of the list skipped", r.stderr)
            self.assertEqual(server.messages(), [], "create sends nothing")

            r = self.cli("campaign", "start", "novita", "--json")
            self.assertEqual(r.code, 0, r)
            self.assertEqual(r.json()["state"], "sending")
            self.assertEqual(r.json()["queued"], 3)
            self.assertIn("Writing the messages into the outbox: 3 of 3", r.stderr)
            queued = self.cli("queue", "list", "--json").json()
            self.assertEqual(len(queued), 3)

            r = self.run_queue()
            self.assertEqual(r.code, 0, r)
            got = server.messages()
            self.assertEqual(sorted(env["rcpt_tos"][0] for env, _ in got), sorted(VALID))
            for env, raw in got:
                self.assertEqual(len(env["rcpt_tos"]), 1, "one recipient per message")
                self.assertEqual(env["mail_from"], "info@negozio.example")
                msg = parse_utf8(raw)
                to = env["rcpt_tos"][0]
                self.assertEqual(msg["To"].addresses[0].addr_spec, to)
                for other in VALID:
                    if other != to:
                        self.assertNotIn(other.encode(), raw, "no other recipient anywhere in the message")
                self.assertNotIn("Bcc", msg)
                unsub = msg["List-Unsubscribe"]
                self.assertIn("<mailto:disiscrivi@negozio.example?subject=unsub-", unsub)
                self.assertIn("<https://negozio.example/disiscrivi?e=", unsub)
                self.assertEqual(msg["List-Unsubscribe-Post"], "List-Unsubscribe=One-Click")
                text = msg.get_content()
                if to == "mario.rossi@esempio.it":
                    self.assertEqual(msg["Subject"], "Novità per Mário")
                    self.assertIn("Ciao Mário di Roma!", text)
                    self.assertIn("e=mario.rossi%40esempio.it>", unsub)
                elif to == "lucia@esempio.it":
                    self.assertEqual(msg["Subject"], "Novità per te", "the default of an empty field")
                    self.assertIn("Ciao cliente di Milano, centro!", text)

            status = self.status()
            self.assertEqual((status["state"], status["sent"], status["queued"], status["failed"], status["skipped"]),
                             ("done", 3, 0, 0, 3))
            report = self.report()
            self.assertEqual([row["row"] for row in report], [1, 2, 3, 4, 5, 6])
            self.assertEqual([row["state"] for row in report],
                             ["sent", "skipped", "sent", "skipped", "sent", "skipped"])
            ids = {parse_utf8(raw)["Message-ID"] for _, raw in got}
            self.assertEqual({row["message_id"] for row in report if row["state"] == "sent"}, ids)
            stored = {"250 2.0.0 OK stored as %d" % n for n in (1, 2, 3)}
            self.assertEqual({row["reply"] for row in report if row["state"] == "sent"}, stored,
                             "the server's acceptance, as its log names it")
            self.assertIn("same address as row 1", report[3]["reason"])

            # Starting a done campaign sends nothing again.
            r = self.cli("campaign", "start", "novita")
            self.assertEqual(r.code, 0, r)
            self.assertEqual(self.run_queue(10).code, 0)
            self.assertEqual(len(server.messages()), 3)

            path = os.path.join(self.home, "report.csv")
            r = self.cli("campaign", "report", "novita", "--csv", path)
            self.assertEqual(r.code, 0, r)
            with open(path, encoding="utf-8", newline="") as f:
                rows = list(csv.reader(f))
            self.assertEqual(rows[0], ["row", "email", "state", "reason", "reply", "message_id"])
            self.assertEqual(len(rows), 7)
            self.assertEqual(rows[5][1], "zoë@esempio.it")

            listed = self.cli("campaign", "list", "--json")
            self.assertEqual(listed.code, 0, listed)
            self.assertEqual([c["name"] for c in listed.json()], ["novita"])

    def test_preview_is_the_message_as_it_will_be_sent(self):
        r = self.create(2525)
        self.assertEqual(r.code, 0, r)
        r = self.cli("campaign", "preview", "novita", "--row", "5")
        self.assertEqual(r.code, 0, r)
        msg = email.message_from_string(r.stdout, policy=email.policy.default)
        self.assertEqual(msg["To"].addresses[0].addr_spec, "zoë@esempio.it")
        self.assertEqual(msg["Subject"], "Novità per Zoë")
        self.assertIn("Ciao Zoë di Napoli!", msg.get_content())
        r = self.cli("campaign", "preview", "novita")
        self.assertEqual(r.code, 0, r)
        self.assertIn("Mário", parse(r.stdout.encode())["Subject"])
        r = self.cli("campaign", "preview", "novita", "--row", "2")
        self.assertEqual(r.code, 65, r)
        self.assertIn("line 3", r.stderr)
        self.assertEqual(self.cli("campaign", "preview", "novita", "--row", "99").code, 65)

    def test_a_test_send_goes_to_the_given_address_only_and_is_not_counted(self):
        with SmtpServer("plain") as server:
            self.assertEqual(self.create(server.port).code, 0)
            r = self.cli("campaign", "test", "novita", "--to", "io@negozio.example", "--row", "3", "--json")
            self.assertEqual(r.code, 0, r)
            self.assertEqual(r.json()["state"], "sent")
            got = server.messages()
            self.assertEqual(len(got), 1)
            env, raw = got[0]
            self.assertEqual(env["rcpt_tos"], ["io@negozio.example"])
            msg = parse(raw)
            self.assertTrue(msg["Subject"].startswith("[Test] "), msg["Subject"])
            self.assertIn("Ciao cliente di Milano, centro!", msg.get_content(), "row 3's own fields")
            self.assertNotIn(b"lucia@esempio.it>", raw.split(b"\r\n\r\n")[0].replace(b"e=lucia", b""))
            status = self.status()
            self.assertEqual((status["state"], status["sent"]), ("draft", 0))
            self.assertTrue(all(row["state"] != "sent" for row in self.report()))

    def test_pause_holds_resume_sends_cancel_removes(self):
        with SmtpServer("plain") as server:
            self.assertEqual(self.create(server.port).code, 0)
            self.assertEqual(self.cli("campaign", "start", "novita").code, 0)
            r = self.cli("campaign", "pause", "novita", "--json")
            self.assertEqual(r.code, 0, r)
            self.assertEqual(r.json()["state"], "paused")
            r = self.run_queue(5)
            self.assertEqual(server.messages(), [], "a paused campaign's messages wait")
            self.assertEqual(self.status()["queued"], 3)
            r = self.cli("campaign", "resume", "novita", "--json")
            self.assertEqual(r.json()["state"], "sending")
            self.assertEqual(self.run_queue().code, 0)
            self.assertEqual(len(server.messages()), 3)
            self.assertEqual(self.status()["state"], "done")
            r = self.cli("campaign", "cancel", "novita")
            self.assertEqual(r.code, 65, "a done campaign has nothing to cancel")

            self.assertEqual(self.create(server.port, "seconda").code, 0)
            self.assertEqual(self.cli("campaign", "start", "seconda").code, 0)
            r = self.cli("campaign", "cancel", "seconda", "--json")
            self.assertEqual(r.code, 0, r)
            self.assertEqual(r.json()["state"], "cancelled")
            self.assertEqual(self.cli("queue", "list", "--json").json(), [], "nothing of it stays queued")
            self.assertEqual(self.run_queue(5).code, 0)
            self.assertEqual(len(server.messages()), 3)
            self.assertEqual(self.cli("campaign", "start", "seconda").code, 65)
            self.assertEqual([row["state"] for row in self.report("seconda")], ["skipped"] * 6)

    def test_too_many_permanent_failures_pause_the_campaign(self):
        listing = "email\r\n" + "".join("r%d@esempio.it\r\n" % i for i in range(1, 7))
        rejected = ["r1@esempio.it", "r2@esempio.it", "r3@esempio.it"]
        extra = []
        for a in rejected:
            extra += ["--reject-rcpt", a]
        with SmtpServer("plain", extra=extra) as server:
            r = self.create(server.port, "fallita", "--max-failures", "2", listing=listing, body="Ciao\n",
                            subject="Novità")
            self.assertEqual(r.code, 0, r)
            self.assertEqual(self.cli("campaign", "start", "fallita").code, 0)
            self.run_queue(20)
            status = self.status("fallita")
            self.assertEqual(status["state"], "paused", status)
            # The threshold's failure pauses it; one more may already have been on its way to the server.
            self.assertIn(status["failed"], (2, 3), status)
            self.assertIn("refused for good", status["pause_reason"])
            self.assertIn("User unknown", status["pause_reason"])
            self.assertEqual(server.messages(), [], "nothing after the threshold")
            failed = [row for row in self.report("fallita") if row["state"] == "failed"]
            self.assertTrue(all("550" in row["reason"] + (row["reply"] or "") for row in failed), failed)
            # Resumed, it gets as many failures again before it pauses itself again.
            self.assertEqual(self.cli("campaign", "resume", "fallita").code, 0)
            self.run_queue(20)
            status = self.status("fallita")
            self.assertEqual((status["failed"], status["sent"]), (3, 3), status)
            self.assertEqual(status["state"], "done")

    def test_a_value_never_makes_a_header(self):
        listing = 'email,nome\r\nanna@esempio.it,"Anna\r\nBcc: spia@altrove.example"\r\n'
        with SmtpServer("plain") as server:
            self.assertEqual(self.create(server.port, "iniezione", listing=listing, body="Ciao {{nome}}\n").code, 0)
            self.assertEqual(self.cli("campaign", "start", "iniezione").code, 0)
            self.assertEqual(self.run_queue().code, 0)
            (env, raw), = server.messages()
            self.assertEqual(env["rcpt_tos"], ["anna@esempio.it"])
            headers = raw.split(b"\r\n\r\n")[0]
            self.assertNotIn(b"\r\nBcc:", headers)
            self.assertEqual(parse(raw)["Subject"], "Novità per Anna Bcc: spia@altrove.example")

    def test_only_a_draft_can_be_removed(self):
        self.assertEqual(self.create(2525, "bozza").code, 0)
        r = self.cli("campaign", "remove", "bozza", "--json")
        self.assertEqual(r.code, 0, r)
        self.assertEqual(r.json(), {"name": "bozza", "removed": True})
        self.assertEqual(self.cli("campaign", "status", "bozza").code, 66)
        self.assertEqual(self.cli("campaign", "list", "--json").json(), [])
        self.assertEqual(self.cli("campaign", "remove", "bozza").code, 66)
        self.assertEqual(self.create(2525, "bozza").code, 0, "the name is free again")
        self.assertEqual(self.cli("campaign", "start", "bozza").code, 0)
        r = self.cli("campaign", "remove", "bozza")
        self.assertEqual(r.code, 65, r)
        self.assertIn("only a draft", r.stderr)
        self.assertEqual(self.status("bozza")["state"], "sending")

    def test_errors_and_their_exit_codes(self):
        r = self.create(2525, "novita", body="Ciao {{cognome}}\n")
        self.assertEqual(r.code, 65, r)
        self.assertIn("{{cognome}}", r.stderr)
        self.assertEqual(self.cli("campaign", "status", "novita").code, 66, "nothing was made")
        self.assertEqual(self.cli("campaign", "status", "nessuna", "--json").code, 66)
        self.assertEqual(self.cli("campaign", "start", "nessuna").code, 66)
        r = self.cli("campaign", "create", "x", "--host", "127.0.0.1", "--from", "a@b.example",
                     "--recipients", os.path.join(self.home, "manca.csv"), "--body-file", self.write("b.txt", "x"))
        self.assertEqual(r.code, 66, r)
        self.assertEqual(self.cli("campaign").code, 64)
        self.assertEqual(self.cli("campaign", "fly", "x").code, 64)
        r = self.cli("campaign", "create", "x", "--host", "127.0.0.1", "--from", "a@b.example",
                     "--recipients", self.write("l.csv", LIST))
        self.assertEqual(r.code, 64, "a body is needed")
        r = self.create(2525, "novita", "--rate", "zero")
        self.assertEqual(r.code, 64, r)
        self.assertEqual(self.create(2525, "novita").code, 0)
        r = self.create(2525, "novita")
        self.assertEqual(r.code, 65, "the name is taken")
        self.assertIn("already exists", r.stderr)
        r = self.cli("campaign", "create", "senza", "--account", "nessuno", "--recipients", self.write("l.csv", LIST),
                     "--body-file", self.write("b.txt", "x"))
        self.assertEqual(r.code, 78, r)
        r = self.cli("campaign", "status", "nessuna", "--json")
        self.assertEqual(r.json()["exit_code"], 66)


if __name__ == "__main__":
    unittest.main()

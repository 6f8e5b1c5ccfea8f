"""The outbox through postino-cli: send, queue list|run|flush|retry|remove (cli.md, "send" and "queue")."""
import os
import unittest

from clitest import CliTestCase, SmtpServer, certs, free_port

PASSWORD = "queue-Pässword"


class QueueTest(CliTestCase):
    def base(self, port, auth=True):
        args = ["--host", "smtp.test", "--port", str(port), "--security", "starttls",
                "--resolve", "smtp.test:127.0.0.1", "--ca-file", os.path.join(certs(), "ca.pem")]
        if auth:
            args += ["--username", "ada", "--password-env", "POSTINO_PW"]
        return args

    def send(self, port, *extra, auth=True):
        return self.cli("send", *(self.base(port, auth) + ["--from", "ada@example.test"] + list(extra) + ["--json"]),
                        env={"POSTINO_PW": PASSWORD})

    def queue(self, *args, password=True):
        extra = ["--password-env", "POSTINO_PW"] if password and args[0] in ("run", "flush") else []
        return self.cli("queue", *(list(args) + extra), env={"POSTINO_PW": PASSWORD})

    def listed(self):
        r = self.queue("list", "--json")
        self.assertEqual(r.code, 0, r)
        return r.json()

    def test_refused_now_delivered_later_exactly_once(self):
        port = free_port()
        r = self.send(port, "--to", "bob@example.test", "--subject", "later", "--body", "x", "--retry-initial", "1")
        self.assertEqual(r.code, 75, r)
        out = r.json()
        self.assertEqual(out["state"], "queued")
        self.assertIsNotNone(out["next_attempt"])
        self.assertEqual(out["attempts"], 1)
        self.assertIn("safe in the outbox", r.stderr)
        items = self.listed()
        self.assertEqual(len(items), 1)
        item = items[0]
        self.assertEqual(item["id"], out["id"])
        self.assertEqual(item["state"], "queued")
        self.assertEqual(item["subject"], "later")
        self.assertTrue(item["last_error"])
        self.assertEqual([x["address"] for x in item["recipients"]], ["bob@example.test"])
        for key in ("id", "state", "account", "from", "subject", "size", "attempts", "next_attempt", "last_error",
                    "recipients"):
            self.assertIn(key, item)
        with SmtpServer("starttls", user="ada", password=PASSWORD, port=port) as server:
            r = self.queue("run", "--until-empty", "--retry-initial", "1", "--max-time", "30")
            self.assertEqual(r.code, 0, r)
            self.assertEqual(len(server.messages()), 1)
            self.assertEqual(self.listed(), [])
            r = self.queue("run", "--until-empty", "--max-time", "10")
            self.assertEqual(r.code, 0, r)
            self.assertEqual(len(server.messages()), 1, "sent once, never again")
        sent = os.listdir(os.path.join(self.home, "data", "postino", "sent"))
        self.assertEqual(len(sent), 1, "a copy goes to the local Sent folder")

    def test_password_is_never_stored_and_is_asked_for_again(self):
        port = free_port()
        r = self.send(port, "--to", "bob@example.test", "--body", "x")
        self.assertEqual(r.code, 75, r)
        for root, _, files in os.walk(self.home):
            for name in files:
                with open(os.path.join(root, name), "rb") as f:
                    self.assertNotIn(PASSWORD.encode(), f.read(), "the password reached " + name)
        with SmtpServer("starttls", user="ada", password=PASSWORD, port=port) as server:
            r = self.queue("flush", password=False)
            self.assertEqual(r.code, 75, r)
            self.assertIn("password", self.listed()[0]["last_error"])
            self.assertEqual(server.messages(), [])
            r = self.queue("flush")
            self.assertEqual(r.code, 0, r)
            self.assertEqual(len(server.messages()), 1)

    def test_permanent_refusal_of_one_recipient_sends_to_nobody(self):
        with SmtpServer("starttls", user="ada", password=PASSWORD,
                        extra=["--reject-rcpt", "ghost@example.test"]) as server:
            r = self.send(server.port, "--to", "a@example.test", "--to", "ghost@example.test", "--to", "c@example.test",
                          "--body", "x")
            self.assertEqual(r.code, 69, r)
            out = r.json()
            self.assertEqual(out["state"], "failed")
            ghost = [x for x in out["recipients"] if x["address"] == "ghost@example.test"][0]
            self.assertEqual(ghost["state"], "failed")
            self.assertIn("550", ghost["reply"])
            self.assertIn("ghost@example.test", r.stderr)
            self.assertEqual(server.messages(), [], "nobody gets a partial send")
            items = self.listed()
            self.assertEqual(items[0]["state"], "failed")
            self.assertEqual(self.queue("run", "--until-empty", "--max-time", "10").code, 69)
            self.assertEqual(server.messages(), [], "a failed message is never retried by itself")

    def test_deferred_recipient_gets_it_later_the_others_now(self):
        port = free_port()
        with SmtpServer("starttls", user="ada", password=PASSWORD, port=port,
                        extra=["--defer-rcpt", "full@example.test"]) as server:
            r = self.send(port, "--to", "a@example.test", "--to", "full@example.test", "--to", "c@example.test",
                          "--body", "x", "--retry-initial", "1")
            self.assertEqual(r.code, 75, r)
            states = {x["address"]: x["state"] for x in r.json()["recipients"]}
            self.assertEqual(states, {"a@example.test": "sent", "full@example.test": "queued", "c@example.test": "sent"})
            messages = server.messages()
            self.assertEqual(len(messages), 1)
            self.assertEqual(sorted(messages[0][0]["rcpt_tos"]), ["a@example.test", "c@example.test"])
        with SmtpServer("starttls", user="ada", password=PASSWORD, port=port) as server:
            r = self.queue("run", "--until-empty", "--retry-initial", "1", "--max-time", "30")
            self.assertEqual(r.code, 0, r)
            messages = server.messages()
            self.assertEqual(len(messages), 1)
            self.assertEqual(messages[0][0]["rcpt_tos"], ["full@example.test"], "the others never get it twice")

    def test_451_after_data_is_retried(self):
        port = free_port()
        with SmtpServer("starttls", user="ada", password=PASSWORD, port=port,
                        extra=["--data-reply", "451 4.3.0 Try again later", "--data-reply-times", "1"]) as server:
            r = self.send(port, "--to", "a@example.test", "--body", "x", "--retry-initial", "1")
            self.assertEqual(r.code, 75, r)
            self.assertIn("451", self.listed()[0]["last_error"] + str(self.listed()[0].get("last_reply")))
            r = self.queue("run", "--until-empty", "--retry-initial", "1", "--max-time", "30")
            self.assertEqual(r.code, 0, r)
            self.assertEqual(len(server.messages()), 1)

    def test_queue_only_then_flush(self):
        with SmtpServer("starttls", user="ada", password=PASSWORD) as server:
            r = self.send(server.port, "--to", "a@example.test", "--body", "x", "--queue")
            self.assertEqual(r.code, 0, r)
            self.assertEqual(r.json()["state"], "queued")
            self.assertEqual(r.json()["attempts"], 0)
            self.assertEqual(server.messages(), [])
            r = self.queue("flush")
            self.assertEqual(r.code, 0, r)
            self.assertEqual(len(server.messages()), 1)

    def test_retry_and_remove(self):
        with SmtpServer("starttls", user="ada", password=PASSWORD, extra=["--reject-rcpt", "x@example.test"]) as server:
            r = self.send(server.port, "--to", "x@example.test", "--body", "x")
            self.assertEqual(r.code, 69, r)
            item_id = r.json()["id"]
        self.assertEqual(self.queue("retry", "nope").code, 66)
        self.assertEqual(self.queue("remove", "nope").code, 66)
        r = self.queue("retry", item_id)
        self.assertEqual(r.code, 0, r)
        self.assertEqual(self.listed()[0]["state"], "queued")
        r = self.queue("remove", item_id)
        self.assertEqual(r.code, 0, r)
        self.assertEqual(self.listed(), [])
        self.assertEqual(self.queue("bogus").code, 64)

    def test_a_bad_retry_initial_is_a_usage_error_and_queues_nothing(self):
        for value in ("0", "soon", "-5"):
            r = self.send(free_port(), "--to", "bob@example.test", "--body", "x", "--retry-initial", value)
            self.assertEqual(r.code, 64, r)
            self.assertIn('--retry-initial wants a whole number of seconds, not "%s"' % value, r.stderr)
            r = self.queue("run", "--until-empty", "--retry-initial", value)
            self.assertEqual(r.code, 64, r)
            self.assertIn('--retry-initial wants a whole number of seconds, not "%s"' % value, r.stderr)
        self.assertEqual(self.listed(), [])

    def test_config_dir_isolates_a_run(self):
        port = free_port()
        cfg = os.path.join(self.home, "elsewhere")
        r = self.cli("send", *(self.base(port, auth=False) + ["--from", "a@example.test", "--to", "b@example.test",
                                                              "--body", "x", "--config-dir", cfg]))
        self.assertEqual(r.code, 75, r)
        self.assertEqual(self.listed(), [])
        r = self.cli("queue", "list", "--json", "--config-dir", cfg)
        self.assertEqual(len(r.json()), 1)


if __name__ == "__main__":
    unittest.main()

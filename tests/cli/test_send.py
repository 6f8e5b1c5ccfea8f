"""postino-cli send, end to end against real SMTP servers (cli.md, "send")."""
import hashlib
import os
import unittest

from clitest import CliTestCase, SmtpServer, all_defects, certs, fingerprint, parse

PASSWORD = "s3cret-Pässword"


class SendTest(CliTestCase):
    def server_args(self, server, security="starttls"):
        return ["--host", "smtp.test", "--port", str(server.port), "--security", security,
                "--resolve", "smtp.test:127.0.0.1", "--ca-file", os.path.join(certs(), "ca.pem")]

    def auth_args(self):
        return ["--username", "ada", "--password-env", "POSTINO_PW"]

    def send(self, server, *extra, security="starttls", auth=True, stdin=None):
        args = ["send"] + self.server_args(server, security)
        if auth:
            args += self.auth_args()
        return self.cli(*(args + list(extra)), stdin=stdin, env={"POSTINO_PW": PASSWORD})

    # --- the happy paths -------------------------------------------------------------------------

    def test_starttls_with_auth_delivers_a_correct_message(self):
        attachment = bytes(range(256)) * 40
        att_path = self.write("fattura però €.bin", attachment)
        with SmtpServer("starttls", user="ada", password=PASSWORD, auth_required=True) as server:
            r = self.send(server,
                          "--from", '"Rossi, Mario" <mario@esempio.it>',
                          "--to", "Zoë Ünïcode <zoe@example.test>",
                          "--cc", "anna@example.test",
                          "--bcc", "segreto@example.test",
                          "--subject", "Perché l'è così? ✉ Übergröße",
                          "--body", "Ciao,\n.\nuna riga con il punto\n..due punti\nfine",
                          "--attach", att_path, "--json")
            self.assertEqual(r.code, 0, r)
            out = r.json()
            self.assertEqual(out["state"], "sent")
            self.assertTrue(out["message_id"].startswith("<") and out["message_id"].endswith(">"))
            self.assertEqual(sorted(x["address"] for x in out["recipients"]),
                             ["anna@example.test", "segreto@example.test", "zoe@example.test"])
            self.assertTrue(all(x["state"] == "sent" for x in out["recipients"]))
            messages = server.messages()
            self.assertEqual(len(messages), 1)
            env, raw = messages[0]
            self.assertEqual(env["mail_from"], "mario@esempio.it")
            self.assertEqual(sorted(env["rcpt_tos"]), ["anna@example.test", "segreto@example.test", "zoe@example.test"])
            msg = parse(raw)
            self.assertEqual(all_defects(msg), [])
            self.assertEqual(msg["Subject"], "Perché l'è così? ✉ Übergröße")
            self.assertEqual(msg["From"].addresses[0].display_name, "Rossi, Mario")
            self.assertEqual(msg["To"].addresses[0].display_name, "Zoë Ünïcode")
            self.assertIsNone(msg["Bcc"], "a Bcc header must never be transmitted")
            self.assertNotIn(b"segreto", raw)
            self.assertEqual(msg["Message-ID"], out["message_id"])
            body = msg.get_body(preferencelist=("plain",)).get_content()
            self.assertEqual(body.replace("\r\n", "\n").rstrip("\n"), "Ciao,\n.\nuna riga con il punto\n..due punti\nfine")
            atts = list(msg.iter_attachments())
            self.assertEqual(len(atts), 1)
            self.assertEqual(atts[0].get_filename(), "fattura però €.bin")
            self.assertEqual(hashlib.sha256(atts[0].get_content()).hexdigest(), hashlib.sha256(attachment).hexdigest())
            for line in raw.split(b"\r\n"):
                self.assertLessEqual(len(line), 998)

    def test_implicit_tls_with_pinned_self_signed_certificate(self):
        with SmtpServer("tls", cert="selfsigned", user="ada", password=PASSWORD, auth_required=True) as server:
            args = ["send", "--host", "smtp.test", "--port", str(server.port), "--security", "tls",
                    "--resolve", "smtp.test:127.0.0.1", "--trust-fingerprint", fingerprint("selfsigned")]
            r = self.cli(*(args + self.auth_args() + ["--from", "ada@example.test", "--to", "bob@example.test",
                                                       "--subject", "pinned", "--body", "hi"]),
                         env={"POSTINO_PW": PASSWORD})
            self.assertEqual(r.code, 0, r)
            self.assertEqual(len(server.messages()), 1)

    def test_html_with_plain_alternative_and_long_line(self):
        long_line = "è" * 1200
        html = self.write("m.html", "<html><body><p>Ciao <b>mondo</b></p><p>%s</p></body></html>" % long_line)
        with SmtpServer("starttls", user="ada", password=PASSWORD) as server:
            r = self.send(server, "--from", "ada@example.test", "--to", "bob@example.test", "--subject", "html",
                          "--body", "Ciao mondo\n" + long_line, "--html-file", html)
            self.assertEqual(r.code, 0, r)
            raw = server.messages()[0][1]
            msg = parse(raw)
            self.assertEqual(all_defects(msg), [])
            self.assertEqual(msg.get_content_type(), "multipart/alternative")
            self.assertIn(long_line, msg.get_body(preferencelist=("plain",)).get_content())
            self.assertIn("<b>mondo</b>", msg.get_body(preferencelist=("html",)).get_content())
            self.assertTrue(all(len(line) <= 998 for line in raw.split(b"\r\n")))

    def test_eml_is_sent_as_it_is_without_bcc_and_dot_stuffed(self):
        eml = (b"From: Ada <ada@example.test>\n"
               b"To: bob@example.test\n"
               b"Bcc: hidden@example.test\n"
               b"Subject: raw\n"
               b"Message-ID: <raw-1@example.test>\n"
               b"\n"
               b".leading dot\n"
               b"a line\r\n.\r\nnot the end\n"
               b"\r\n.\n"
               b"lone CR\rhere\n"
               b"..\n"
               b"last line without newline")
        path = self.write("m.eml", eml)
        with SmtpServer("starttls", user="ada", password=PASSWORD) as server:
            r = self.send(server, "--eml", path, "--json")
            self.assertEqual(r.code, 0, r)
            env, raw = server.messages()[0]
            self.assertEqual(env["mail_from"], "ada@example.test")
            self.assertEqual(sorted(env["rcpt_tos"]), ["bob@example.test", "hidden@example.test"])
            self.assertNotIn(b"Bcc", raw)
            self.assertNotIn(b"hidden", raw)
            body = raw.split(b"\r\n\r\n", 1)[1]
            self.assertEqual(body, b".leading dot\r\na line\r\n.\r\nnot the end\r\n\r\n.\r\nlone CR\r\nhere\r\n..\r\n"
                                   b"last line without newline\r\n")
            self.assertEqual(r.json()["message_id"], "<raw-1@example.test>")

    def test_eml_recipients_from_options_override_headers(self):
        path = self.write("m.eml", b"From: ada@example.test\r\nTo: bob@example.test\r\nSubject: x\r\n\r\nbody\r\n")
        with SmtpServer("starttls", user="ada", password=PASSWORD) as server:
            r = self.send(server, "--eml", path, "--to", "carol@example.test")
            self.assertEqual(r.code, 0, r)
            self.assertEqual(server.messages()[0][0]["rcpt_tos"], ["carol@example.test"])

    def test_transcript_redacts_credentials(self):
        transcript = os.path.join(self.home, "t.txt")
        with SmtpServer("starttls", user="ada", password=PASSWORD, auth_required=True) as server:
            r = self.send(server, "--from", "ada@example.test", "--to", "bob@example.test", "--body", "x",
                          "--transcript", transcript, "-v")
            self.assertEqual(r.code, 0, r)
        with open(transcript, encoding="utf-8") as f:
            text = f.read()
        self.assertIn("C: EHLO", text)
        self.assertIn("S: 220", text)
        self.assertIn("-- TLS", text)
        self.assertRegex(text, r"C: AUTH [A-Z0-9-]+ <redacted>|C: <redacted>")
        for secret in (PASSWORD, "s3cret"):
            self.assertNotIn(secret, text)
            self.assertNotIn(secret, r.stderr)
        import base64
        self.assertNotIn(base64.b64encode(b"\0ada\0" + PASSWORD.encode()).decode(), text)
        self.assertIn("C: EHLO", r.stderr, "-v prints the dialogue on stderr")

    # --- security: fail closed --------------------------------------------------------------------

    def test_certificate_problems_are_refused_with_69_and_nothing_is_sent(self):
        for kind, words in (("expired", "expired"), ("wronghost", "other.invalid"), ("selfsigned", "self-signed")):
            with self.subTest(kind=kind):
                with SmtpServer("tls", cert=kind, user="ada", password=PASSWORD) as server:
                    r = self.send(server, "--from", "ada@example.test", "--to", "bob@example.test", "--body", "x",
                                  security="tls")
                    self.assertEqual(r.code, 69, r)
                    self.assertIn(words, r.stderr.lower() if words == "expired" else r.stderr)
                    self.assertIn(fingerprint(kind), r.stderr.replace(":", "").lower())
                    self.assertEqual(server.messages(), [])

    def test_starttls_not_offered_fails_closed(self):
        with SmtpServer("plain", user="ada", password=PASSWORD) as server:
            r = self.send(server, "--from", "ada@example.test", "--to", "bob@example.test", "--body", "x")
            self.assertEqual(r.code, 69, r)
            self.assertIn("STARTTLS", r.stderr)
            self.assertEqual(server.messages(), [])

    def test_wrong_password_is_77(self):
        with SmtpServer("starttls", user="ada", password="another", auth_required=True) as server:
            r = self.send(server, "--from", "ada@example.test", "--to", "bob@example.test", "--body", "x", "--json")
            self.assertEqual(r.code, 77, r)
            self.assertEqual(r.json()["state"], "failed")
            self.assertIn("535", r.stderr)
            self.assertEqual(server.messages(), [])

    def test_connection_refused_is_temporary(self):
        with SmtpServer("starttls") as server:
            port = server.port
        r = self.cli("send", "--host", "127.0.0.1", "--port", str(port), "--security", "starttls",
                     "--from", "ada@example.test", "--to", "bob@example.test", "--body", "x", "--json")
        self.assertEqual(r.code, 75, r)
        self.assertEqual(r.json()["state"], "queued")

    # --- bad input ---------------------------------------------------------------------------------

    def test_bad_input_exit_codes(self):
        base = ["send", "--host", "127.0.0.1", "--port", "1", "--security", "tls"]
        cases = [
            ("no sender", ["--to", "bob@example.test"], 64),
            ("no recipient", ["--from", "ada@example.test"], 64),
            ("invalid address", ["--from", "ada@example.test", "--to", "not an address"], 65),
            ("header injection in a recipient", ["--from", "ada@example.test", "--to", "bob@example.test\r\nBcc: x@y.z"], 65),
            ("header injection in --header", ["--from", "ada@example.test", "--to", "bob@example.test",
                                              "--header", "X-Test: a\r\nBcc: evil@example.test"], 65),
            ("missing attachment", ["--from", "ada@example.test", "--to", "bob@example.test",
                                    "--attach", "/nonexistent/file.pdf"], 66),
            ("missing body file", ["--from", "ada@example.test", "--to", "bob@example.test",
                                   "--body-file", "/nonexistent/body.txt"], 66),
            ("missing eml", ["--eml", "/nonexistent/m.eml"], 66),
            ("bad security", ["--security", "bogus", "--from", "ada@example.test", "--to", "bob@example.test"], 64),
            ("bad fingerprint", ["--trust-fingerprint", "abc", "--from", "ada@example.test", "--to", "b@example.test"], 64),
            ("unknown option", ["--frobnicate"], 64),
        ]
        for name, extra, code in cases:
            with self.subTest(name):
                r = self.cli(*(base + extra))
                self.assertEqual(r.code, code, r)
                self.assertTrue(r.stderr.strip(), "an error must say what is wrong")
                # With --json, a failure still prints exactly one object on stdout.
                r = self.cli(*(base + extra + ["--json"]))
                self.assertEqual(r.code, code, r)
                out = r.json()
                self.assertEqual(out["state"], "failed")
                self.assertEqual(out["exit_code"], code)
                self.assertTrue(out["error"])

    def test_unknown_account_with_json_prints_one_failed_object(self):
        r = self.cli("send", "--account", "nobody", "--from", "a@example.test", "--to", "b@example.test",
                     "--body", "x", "--json")
        self.assertEqual(r.code, 78, r)
        self.assertEqual(r.json()["state"], "failed")
        self.assertIn("nobody", r.json()["error"])


if __name__ == "__main__":
    unittest.main()

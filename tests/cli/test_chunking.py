"""CHUNKING (RFC 3030) end to end: postino-cli send against Postfix's own smtpd, which offers CHUNKING (Postfix
3.7's default), and against aiosmtpd, which does not (DATA). The transcript (--transcript) says which was used;
what arrives must be the stored message byte for byte."""
import glob
import os
import re
import time
import unittest

from clitest import CliTestCase, PostfixServer, SmtpServer, parse

BDAT_LAST = re.compile(r"^C: BDAT (\d+) LAST$")
BDAT_MORE = re.compile(r"^C: BDAT (\d+)$")


class ChunkingTest(CliTestCase):
    def send(self, port, transcript, *extra):
        return self.cli("send", "--host", "127.0.0.1", "--port", str(port), "--security", "none",
                        "--transcript", transcript, "--json", *extra, timeout=120)

    def stored(self, message_id):
        """The message.eml Postino kept under Sent for the message with this Message-ID."""
        for path in glob.glob(os.path.join(self.home, "**", "message.eml"), recursive=True):
            with open(path, "rb") as f:
                data = f.read()
            if ("Message-ID: " + message_id).encode() in data:
                return data
        self.fail("no stored message.eml with Message-ID %s" % message_id)

    def transcript(self, path):
        with open(path, encoding="utf-8") as f:
            return [line.rstrip("\n") for line in f]

    def wait_for(self, inbox, count, seconds=60):
        deadline = time.monotonic() + seconds
        while time.monotonic() < deadline:
            messages = inbox.messages()
            if len(messages) >= count:
                return messages
            time.sleep(0.1)
        self.fail("%d of %d messages reached the relay" % (len(inbox.messages()), count))

    @unittest.skipUnless(PostfixServer.available(), "needs root, Debian's postfix, and a temp folder its user can reach")
    def test_bdat_through_a_real_postfix_arrives_byte_exact(self):
        eml = (b"From: Ada <ada@example.test>\r\n"
               b"To: bob@example.test\r\n"
               b"Subject: chunked\r\n"
               b"Date: Thu, 03 Dec 2026 09:00:00 +0000\r\n"  # else Postfix adds one
               b"Message-ID: <chunk-1@example.test>\r\n"
               b"\r\n"
               b".leading dot\r\n"
               b".\r\n"
               b"..two dots\r\n"
               b"\xc3\xa8 8-bit line\r\n"
               b"last line\r\n")
        attachment = os.urandom(400 * 1024)  # base64: about 540 KiB, five chunks
        with SmtpServer("plain", max_seconds=300) as inbox, PostfixServer(inbox.port, max_seconds=300) as postfix:
            small = os.path.join(self.home, "small.log")
            r = self.send(postfix.port, small, "--eml", self.write("m.eml", eml))
            self.assertEqual(r.code, 0, r)
            self.assertEqual(r.json()["state"], "sent")
            big = os.path.join(self.home, "big.log")
            r = self.send(postfix.port, big, "--from", "ada@example.test", "--to", "carol@example.test",
                          "--subject", "allegato", "--body", "Ciao,\n.\nin allegato.\n",
                          "--attach", self.write("dati.bin", attachment))
            self.assertEqual(r.code, 0, r)
            big_id = r.json()["message_id"]

            # BDAT, never DATA: the offer, one LAST chunk for the small one, full chunks and a LAST for the big one.
            lines = self.transcript(small)
            self.assertTrue(any(line.startswith("S: 250") and line.endswith("CHUNKING") for line in lines), lines)
            self.assertNotIn("C: DATA", lines)
            self.assertNotIn("C: .", lines)
            last = [BDAT_LAST.match(line) for line in lines if BDAT_LAST.match(line)]
            self.assertEqual([int(m.group(1)) for m in last], [len(eml)], lines)
            # Postfix's reply to BDAT ... LAST counts the bytes it took.
            self.assertIn("S: 250 2.0.0 Ok: %d bytes queued as " % len(eml), "\n".join(lines))
            lines = self.transcript(big)
            self.assertNotIn("C: DATA", lines)
            more = [int(BDAT_MORE.match(line).group(1)) for line in lines if BDAT_MORE.match(line)]
            last = [int(BDAT_LAST.match(line).group(1)) for line in lines if BDAT_LAST.match(line)]
            self.assertGreaterEqual(len(more), 3, lines)
            self.assertEqual(set(more), {128 * 1024})
            self.assertEqual(len(last), 1)
            stored_big = self.stored(big_id)
            self.assertEqual(sum(more) + last[0], len(stored_big))
            # The transcript shows commands, not the message.
            self.assertFalse(any("leading dot" in line or "allegato" in line for line in lines))

            # Postfix queued both and relayed them: what arrived is Postfix's Received line, then our bytes.
            messages = self.wait_for(inbox, 2)
            by_id = {parse(raw)["Message-ID"]: raw for _, raw in messages}
            self.assertTrue(by_id["<chunk-1@example.test>"].endswith(eml), by_id["<chunk-1@example.test>"])
            self.assertTrue(by_id["<chunk-1@example.test>"].startswith(b"Received: from "))
            self.assertTrue(by_id[big_id].endswith(stored_big))
            self.assertEqual(parse(by_id[big_id]).get_payload()[1].get_content(), attachment)
            # Postfix's own count of the commands of each session (not its start-up probe's): BDAT, no DATA.
            sessions = []
            deadline = time.monotonic() + 30
            while len(sessions) < 2 and time.monotonic() < deadline:
                sessions = [line for line in postfix.log_lines()
                            if "postfix/smtpd" in line and " disconnect from " in line and " mail=" in line]
                time.sleep(0.1)
            self.assertEqual(len(sessions), 2, postfix.words())
            for line in sessions:
                self.assertRegex(line, r" bdat=\d+ ")
                self.assertNotRegex(line, r" data=")

    def test_a_server_without_chunking_gets_data(self):
        with SmtpServer("plain") as server:
            path = os.path.join(self.home, "data.log")
            r = self.send(server.port, path, "--from", "ada@example.test", "--to", "bob@example.test",
                          "--subject", "data", "--body", ".leading dot\nend\n")
            self.assertEqual(r.code, 0, r)
            lines = self.transcript(path)
            self.assertFalse(any(line.endswith("CHUNKING") for line in lines), lines)
            self.assertIn("C: DATA", lines)
            self.assertIn("C: .", lines)
            self.assertFalse(any(line.startswith("C: BDAT") for line in lines), lines)
            (_, raw), = server.messages()
            self.assertEqual(raw, self.stored(r.json()["message_id"]))


if __name__ == "__main__":
    unittest.main()

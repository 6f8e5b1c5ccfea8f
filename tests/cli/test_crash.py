"""Crash safety: kill -9 never loses a message (issue: the outbox).

A few hundred messages are queued, then `postino-cli queue run` is killed with SIGKILL at random
moments several times and started again. Afterwards every message was delivered, duplicates come only
from the after-dot window (items the outbox marked "may arrive twice"), and the queue is empty.
"""
import collections
import glob
import json
import os
import pwd
import random
import signal
import subprocess
import time
import unittest
from concurrent.futures import ThreadPoolExecutor

from clitest import CLI, CliTestCase, SmtpServer, parse

COUNT = int(os.environ.get("POSTINO_CRASH_MESSAGES", "300"))
KILLS = int(os.environ.get("POSTINO_CRASH_KILLS", "6"))


def _end_with_parent():
    """In the child, before exec: SIGTERM when the test process dies, however it dies."""
    import ctypes
    ctypes.CDLL(None, use_errno=True).prctl(1, signal.SIGTERM)  # PR_SET_PDEATHSIG


class SinkServer:
    """Postfix's smtp-sink on 127.0.0.1, which offers PIPELINING (aiosmtpd does not), dumping each
    message it accepts into a folder. It lives as long as the test: stopped on exit, ended with the
    test's process if that dies, and by itself after max_seconds (a backstop far beyond any run, so
    that a slow machine never loses its server halfway through the test). Its own words (stderr) go to
    a file, which a failure shows."""

    SINK = "/usr/sbin/smtp-sink"

    def __init__(self, max_seconds=900):
        self.max_seconds = max_seconds

    def __enter__(self):
        import socket
        import tempfile
        self.dump = tempfile.mkdtemp(prefix="postino-sink-")
        self.log = open(os.path.join(self.dump, "sink.log"), "w+")
        # The banner names this sink, so that a port another test took meanwhile is never mistaken for it.
        self.name = "sink-%d.test" % os.getpid()
        for _ in range(5):
            with socket.socket() as s:
                s.bind(("127.0.0.1", 0))
                self.port = s.getsockname()[1]
            # As the user running the test: smtp-sink wants -u when it runs as root, and "nobody" may not
            # reach the dump folder at all (in a chroot whose / is 0700 it could not, and the sink died
            # at its first message with "open ...: Permission denied", its sessions lost at the greeting).
            user = pwd.getpwuid(os.geteuid()).pw_name
            self.proc = subprocess.Popen(["timeout", str(self.max_seconds), self.SINK, "-u", user, "-h", self.name,
                                          "-d", os.path.join(self.dump, "m."), "127.0.0.1:%d" % self.port, "64"],
                                         stdout=subprocess.DEVNULL, stderr=self.log, preexec_fn=_end_with_parent)
            if self._greets():
                return self
            self.proc.terminate()
            self.proc.wait(timeout=10)
        raise RuntimeError("smtp-sink did not start: %s" % self.words())

    def _greets(self):
        import socket
        deadline = time.monotonic() + 10
        while time.monotonic() < deadline and self.proc.poll() is None:
            try:
                with socket.create_connection(("127.0.0.1", self.port), timeout=2) as s:
                    return s.recv(200).startswith(b"220 " + self.name.encode())
            except OSError:
                time.sleep(0.05)
        return False

    def alive(self):
        return self.proc.poll() is None

    def words(self):
        self.log.flush()
        self.log.seek(0)
        return "exit status %s; stderr: %s" % (self.proc.poll(), self.log.read()[-2000:])

    def __exit__(self, *exc):
        import shutil
        self.proc.terminate()
        self.proc.wait(timeout=10)
        self.log.close()
        shutil.rmtree(self.dump, ignore_errors=True)

    def messages(self):
        """(name, bytes) of every dumped message: Postfix's record format, in which the header lines
        appear as they were sent."""
        out = []
        for name in sorted(os.listdir(self.dump)):
            if name.startswith("m."):
                with open(os.path.join(self.dump, name), "rb") as f:
                    out.append((name, f.read()))
        return out


def subject_of(raw):
    import re
    m = re.search(rb"Subject: (msg-\d{4})", raw)
    return m.group(1).decode() if m else None


class CrashTest(CliTestCase):
    def test_sigkill_during_queue_run_loses_nothing(self):
        with SmtpServer("plain", max_seconds=900) as server:
            self.crash_and_check(server, lambda raw: parse(raw)["Subject"], (0.05, 0.6))

    @unittest.skipUnless(os.access(SinkServer.SINK, os.X_OK), "Postfix's smtp-sink is not installed")
    def test_sigkill_while_pipelining_loses_nothing(self):
        # The same against a server that offers PIPELINING: messages travel one round trip each, the
        # next one's envelope with this one's final dot, and the kills land in that stream.
        with SinkServer() as server:
            # A pipelined run is quick: the kills come sooner, to land in the stream.
            self.crash_and_check(server, subject_of, (0.02, 0.2))

    def crash_and_check(self, server, subject_of_raw, kill_window):
        rng = random.Random(int(os.environ.get("POSTINO_CRASH_SEED", "20261122")))
        base = ["send", "--host", "127.0.0.1", "--port", str(server.port), "--security", "none",
                "--from", "ada@example.test", "--to", "bob@example.test", "--queue"]

        def queue_one(n):
            r = self.cli(*(base + ["--subject", "msg-%04d" % n, "--body", "body %d\n" % n + "x" * 2000]))
            self.assertEqual(r.code, 0, r)

        with ThreadPoolExecutor(max_workers=4) as pool:
            list(pool.map(queue_one, range(COUNT)))
        self.assertEqual(len(self.cli("queue", "list", "--json").json()), COUNT)

        for round_no in range(KILLS):
            proc = subprocess.Popen([CLI, "queue", "run", "--until-empty", "--max-time", "60"],
                                    env=self.env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
            time.sleep(rng.uniform(*kill_window))
            proc.send_signal(signal.SIGKILL)
            proc.wait(timeout=10)

        # The final drain: whatever the kills left is sent now. A server that is slow to answer on a
        # loaded machine makes an attempt fail now and then; --retry-initial 1 lets the drain try such
        # an item again within its own time instead of at the default backoff, which is beyond it.
        self.assertTrue(server.alive(), "the server ended before the final drain: " + server.words())
        r = self.cli("queue", "run", "--until-empty", "--max-time", "150", "--retry-initial", "1", timeout=200)
        left = self.cli("queue", "list", "--json").json()
        why = collections.Counter(item.get("last_error") for item in left)
        self.assertEqual(r.code, 0, "%r\nstill queued, by reason: %s\n%s" % (r, why.most_common(5), server.words()))
        self.assertEqual(left, [], "the queue is empty")

        seen = {}
        for _, raw in server.messages():
            subject = subject_of_raw(raw)
            seen[subject] = seen.get(subject, 0) + 1
        missing = [n for n in range(COUNT) if "msg-%04d" % n not in seen]
        self.assertEqual(missing, [], "every message was delivered")

        flagged = set()
        for path in glob.glob(os.path.join(self.home, "data", "postino", "sent", "*", "item.json")):
            with open(path) as f:
                item = json.load(f)["item"]
            if item.get("possible_duplicate"):
                flagged.add(item.get("subject"))
            # Each item keeps the dialogue of its own last attempt, never another session's.
            self.assertEqual(item["transcript"].count("C: DATA"), 1, item["transcript"])
        duplicates = {s for s, c in seen.items() if c > 1}
        self.assertTrue(duplicates <= flagged,
                        "duplicates only from the after-dot window: %s not flagged" % sorted(duplicates - flagged))
        print("crash test: %d messages, %d kills, %d delivered, %d duplicates (all flagged), %d flagged"
              % (COUNT, KILLS, sum(seen.values()), len(duplicates), len(flagged)))


if __name__ == "__main__":
    unittest.main()

"""Crash safety: kill -9 never loses a message (issue: the outbox; at campaign scale, #13).

Messages are queued, then `postino-cli queue run` is killed with SIGKILL at random (seeded, logged)
moments several times and started again, against aiosmtpd, Postfix's smtp-sink (PIPELINING) and a
private Postfix smtpd (CHUNKING: BDAT) relaying to a sink. Afterwards every message was delivered,
every Message-ID the server got twice belongs to an item the outbox flagged "may arrive twice", and
the queue is empty.

By default 150 messages and five kills per server, to stay within CI's time;
POSTINO_CRASH_SCALE=full is issue #13's run: 10,000 messages and 20 kills (POSTINO_CRASH_MESSAGES and
POSTINO_CRASH_KILLS set either; POSTINO_CRASH_SEED the kills' moments).
"""
import collections
import glob
import json
import os
import pwd
import random
import re
import signal
import subprocess
import sys
import time
import unittest
from concurrent.futures import ThreadPoolExecutor

from clitest import CLI, CliTestCase, PostfixServer, SmtpServer, parse

FULL = os.environ.get("POSTINO_CRASH_SCALE") == "full"
COUNT = int(os.environ.get("POSTINO_CRASH_MESSAGES", "10000" if FULL else "150"))
KILLS = int(os.environ.get("POSTINO_CRASH_KILLS", "20" if FULL else "5"))
SEED = int(os.environ.get("POSTINO_CRASH_SEED", "20261122"))
# Past this many messages they are queued by the benchmark's enqueuer (bench/enqueue.cpp: the real store,
# 500 to a commit, as a campaign writes them): 10,000 processes of `send --queue` would take many minutes.
ENQUEUE = os.environ.get("POSTINO_ENQUEUE", os.path.join(os.path.dirname(CLI), "..", "..", "bench",
                                                         "postino-bench-enqueue"))
BULK = 500


def log(*words):
    print(*words, file=sys.stderr, flush=True)


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


def header_of(raw, name):
    """A header's value in a dumped message (smtp-sink's record format keeps header lines as sent)."""
    m = re.search(rb"(?im)^" + name.encode() + rb": *(\S[^\r\n]*)", raw)
    return m.group(1).decode(errors="replace").strip() if m else None


def sent_items(home):
    """The outbox's Sent items, as their item.json says."""
    out = []
    for path in glob.glob(os.path.join(home, "data", "postino", "sent", "*", "item.json")):
        with open(path) as f:
            out.append(json.load(f)["item"])
    return out


def queue_messages(test, port, count, subject_format="msg-%05d"):
    """count messages for 127.0.0.1:port into the test's outbox, each acknowledged as queued: by
    `send --queue` (four at a time) for a few hundred, by the enqueuer beyond that. Their subjects."""
    subjects = [subject_format % n for n in range(count)]
    if count <= BULK:
        base = ["send", "--host", "127.0.0.1", "--port", str(port), "--security", "none",
                "--from", "ada@example.test", "--to", "bob@example.test", "--queue"]

        def queue_one(n):
            r = test.cli(*(base + ["--subject", subjects[n], "--body", "body %d\n" % n + "x" * 2000]))
            test.assertEqual(r.code, 0, r)

        with ThreadPoolExecutor(max_workers=4) as pool:
            list(pool.map(queue_one, range(count)))
    else:
        test.assertTrue(os.access(ENQUEUE, os.X_OK), "the enqueuer is not built: " + ENQUEUE)
        r = subprocess.run([ENQUEUE, os.path.join(test.home, "data", "postino"), str(count), "2000", "127.0.0.1",
                            str(port)], env=test.env, capture_output=True, timeout=900)
        test.assertEqual(r.returncode, 0, r.stderr)
        subjects = ["bench %d" % n for n in range(count)]
    return subjects


def check_delivery(test, subjects, received, label, kills=KILLS):
    """Every subject delivered; every Message-ID received twice flagged in Sent; each Sent item's
    transcript that of one attempt. received: the server's messages (bytes)."""
    seen = collections.Counter(header_of(raw, "Subject") for raw in received)
    ids = collections.Counter(header_of(raw, "Message-ID") for raw in received)
    missing = [s for s in subjects if s not in seen]
    test.assertEqual(missing[:20], [], "every message was delivered (%d missing)" % len(missing))
    items = sent_items(test.home)
    flagged = {item.get("message_id") for item in items if item.get("possible_duplicate")}
    final = re.compile(r"(?m)^C: (DATA|BDAT \d+ LAST)$")
    for item in items:
        # Each item keeps the dialogue of its own last attempt, never another session's.
        transcript = "\n".join(item["transcript"])
        test.assertEqual(len(final.findall(transcript)), 1, json.dumps(item)[-3000:])
    duplicates = {i for i, c in ids.items() if c > 1}
    test.assertNotIn(None, ids, "every message the server got has a Message-ID")
    test.assertTrue(duplicates <= flagged, "duplicates only from the after-dot window: %s not flagged"
                    % sorted(duplicates - flagged)[:20])
    log("%s: %d messages, %d cuts (seed %d), %d delivered, %d duplicates (all flagged), %d flagged"
        % (label, len(subjects), kills, SEED, sum(ids.values()), len(duplicates), len(flagged)))


def kill_window(count):
    """When the kills land, in seconds after a run's first delivery: within a small queue's stream, or
    over a longer span of 10,000 messages' (the first delivery comes after the run has read and claimed
    its first items, so that a loaded machine's slow start does not make every kill land before it)."""
    return (0.0, 0.25) if count <= BULK else (0.0, 3.0)


def files_in(folder):
    return lambda: len(os.listdir(folder))


def wait_for_more(progress, before, proc, timeout=120):
    """Until progress() passes before or proc ends (or timeout): the run has delivered a message."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline and proc.poll() is None and progress() <= before:
        time.sleep(0.01)


class CrashTest(CliTestCase):
    def test_sigkill_during_queue_run_loses_nothing(self):
        with SmtpServer("plain", max_seconds=1800) as server:
            self.crash_and_check(server.port, lambda: [raw for _, raw in server.messages()], server.alive,
                                 server.words, "aiosmtpd", kill_window(COUNT), files_in(server.maildir))

    @unittest.skipUnless(os.access(SinkServer.SINK, os.X_OK), "Postfix's smtp-sink is not installed")
    def test_sigkill_while_pipelining_loses_nothing(self):
        # The same against a server that offers PIPELINING: messages travel one round trip each, the
        # next one's envelope with this one's final dot, and the kills land in that stream.
        with SinkServer(max_seconds=1800) as server:
            self.crash_and_check(server.port, lambda: [raw for _, raw in server.messages()], server.alive,
                                 server.words, "smtp-sink", kill_window(COUNT), files_in(server.dump))

    @unittest.skipUnless(os.access(SinkServer.SINK, os.X_OK) and PostfixServer.available(),
                         "needs smtp-sink, root, Debian's postfix, and a temp folder its user can reach")
    def test_sigkill_while_chunking_loses_nothing(self):
        # Postfix's own smtpd offers CHUNKING: each message goes as BDAT n LAST, MAIL and RCPT in the same
        # write, the kills land in that stream. It relays what it queued to a sink, which the test reads
        # once Postfix's queue is empty.
        extra = ["smtpd_client_connection_count_limit = 0", "smtpd_client_message_rate_limit = 0",
                 "smtpd_client_connection_rate_limit = 0", "smtp_destination_concurrency_limit = 4"]
        with SinkServer(max_seconds=1800) as sink, \
                PostfixServer(sink.port, max_seconds=1800, extra_main_cf=extra) as postfix:
            def received():
                wait_for_postfix_queue(postfix)
                return [raw for _, raw in sink.messages()]

            def queued():
                # Each message Postfix took: cleanup logs its Message-ID.
                if not os.path.exists(postfix.maillog):
                    return 0
                with open(postfix.maillog, errors="replace") as f:
                    return f.read().count("message-id=")

            self.crash_and_check(postfix.port, received, lambda: sink.alive() and postfix.proc.poll() is None,
                                 lambda: sink.words() + postfix.words(), "postfix (BDAT)", kill_window(COUNT),
                                 queued, expect_command="BDAT")

    def crash_and_check(self, port, received, alive, words, label, window, progress, expect_command=None):
        rng = random.Random(SEED)
        subjects = queue_messages(self, port, COUNT)
        self.assertEqual(len(self.cli("queue", "list", "--json", timeout=300).json()), COUNT)

        for round_no in range(KILLS):
            proc = subprocess.Popen([CLI, "queue", "run", "--until-empty", "--max-time", "600"],
                                    env=self.env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
            before = progress()
            delay = rng.uniform(*window)
            wait_for_more(progress, before, proc)
            time.sleep(delay)
            ended = proc.poll()
            proc.send_signal(signal.SIGKILL)
            proc.wait(timeout=30)
            log("%s: kill %d %.3f s after the run's first delivery, %d delivered in it%s"
                % (label, round_no + 1, delay, progress() - before, " (it had ended)" if ended is not None else ""))

        # The final drain: whatever the kills left is sent now. A server that is slow to answer on a
        # loaded machine makes an attempt fail now and then; --retry-initial 1 lets the drain try such
        # an item again within its own time instead of at the default backoff, which is beyond it.
        self.assertTrue(alive(), "the server ended before the final drain: " + words())
        r = self.cli("queue", "run", "--until-empty", "--max-time", "900", "--retry-initial", "1", timeout=1000)
        left = self.cli("queue", "list", "--json", timeout=300).json()
        why = collections.Counter(item.get("last_error") for item in left)
        self.assertEqual(r.code, 0, "%r\nstill queued, by reason: %s\n%s" % (r, why.most_common(5), words()))
        self.assertEqual(left, [], "the queue is empty")
        self.assertFalse(glob.glob(os.path.join(self.home, "data", "postino", "outbox", "damaged", "*")),
                         "nothing was set aside as damaged")
        check_delivery(self, subjects, received(), label)
        if expect_command == "BDAT":
            self.assertTrue(all(any(line.startswith("C: BDAT") for line in item["transcript"])
                                for item in sent_items(self.home)), "sent with BDAT")


def wait_for_postfix_queue(postfix, timeout=900):
    """Until Postfix's queue is empty (everything relayed to the sink), twice in a row, or timeout."""
    queue = os.path.join(postfix.dir, "queue")
    deadline = time.monotonic() + timeout
    empty_polls = 0
    while time.monotonic() < deadline and empty_polls < 2:
        pending = sum(len(files) for sub in ("maildrop", "incoming", "active", "deferred", "hold")
                      for _, _, files in os.walk(os.path.join(queue, sub)))
        empty_polls = empty_polls + 1 if pending == 0 else 0
        time.sleep(0.5)


if __name__ == "__main__":
    unittest.main()

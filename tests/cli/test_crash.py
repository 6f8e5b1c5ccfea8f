"""Crash safety: kill -9 never loses a message (issue: the outbox).

A few hundred messages are queued, then `postino-cli queue run` is killed with SIGKILL at random
moments several times and started again. Afterwards every message was delivered, duplicates come only
from the after-dot window (items the outbox marked "may arrive twice"), and the queue is empty.
"""
import glob
import json
import os
import random
import signal
import subprocess
import time
import unittest
from concurrent.futures import ThreadPoolExecutor

from clitest import CLI, CliTestCase, SmtpServer, parse

COUNT = int(os.environ.get("POSTINO_CRASH_MESSAGES", "300"))
KILLS = int(os.environ.get("POSTINO_CRASH_KILLS", "6"))


class CrashTest(CliTestCase):
    def test_sigkill_during_queue_run_loses_nothing(self):
        rng = random.Random(int(os.environ.get("POSTINO_CRASH_SEED", "20261122")))
        with SmtpServer("plain", max_seconds=240) as server:
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
                time.sleep(rng.uniform(0.05, 0.6))
                proc.send_signal(signal.SIGKILL)
                proc.wait(timeout=10)

            r = self.cli("queue", "run", "--until-empty", "--max-time", "120", timeout=180)
            self.assertEqual(r.code, 0, r)
            self.assertEqual(self.cli("queue", "list", "--json").json(), [], "the queue is empty")

            seen = {}
            for _, raw in server.messages():
                subject = parse(raw)["Subject"]
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
            print("crash test: %d messages, %d kills, %d duplicates (all flagged), %d flagged"
                  % (COUNT, KILLS, len(duplicates), len(flagged)))


if __name__ == "__main__":
    unittest.main()

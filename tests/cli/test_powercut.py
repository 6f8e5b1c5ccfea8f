"""The power cut (#13): what was not synced is lost, and the outbox still loses nothing.

tests/util/powercut's LD_PRELOAD shim keeps, beside the data folder, only what a sync made durable;
after a SIGKILL, postino-powercut-restore turns the folder into that (the machine boots), and the next
processes see another boot id. First the shim itself (unsynced writes vanish, synced ones stay), then
`send --queue` and `queue run` cut at random (seeded, logged) moments against smtp-sink: every message
acknowledged as queued is still in the outbox or in Sent after every cut, the outbox always opens, and in
the end every message arrived, every Message-ID that arrived twice is flagged, and the queue is empty.
POSTINO_POWERCUT_MESSAGES and POSTINO_POWERCUT_CUTS make it larger (POSTINO_CRASH_SCALE=full: 10,000 and
20).
"""
import glob
import json
import os
import random
import signal
import subprocess
import tempfile
import textwrap
import time
import unittest
import uuid

from clitest import CLI, CliTestCase
from test_crash import SinkServer, check_delivery, files_in, kill_window, log, queue_messages, sent_items, wait_for_more

SHIM = os.environ.get("POSTINO_POWERCUT_SHIM", "")
RESTORE = os.environ.get("POSTINO_POWERCUT_RESTORE", "")
FULL = os.environ.get("POSTINO_CRASH_SCALE") == "full"
COUNT = int(os.environ.get("POSTINO_POWERCUT_MESSAGES", "10000" if FULL else "150"))
CUTS = int(os.environ.get("POSTINO_POWERCUT_CUTS", "20" if FULL else "6"))
SEED = int(os.environ.get("POSTINO_CRASH_SEED", "20261122"))
HAVE_SHIM = bool(SHIM and RESTORE and os.path.exists(SHIM) and os.access(RESTORE, os.X_OK))


class PowerCut:
    """One machine whose power can be cut: processes started through run() write `root` under the shim
    (a fresh record of the disk each), cut() kills the one running and boots (restores the folder and
    takes a new boot id)."""

    def __init__(self, root, shadow):
        self.root, self.shadow = root, shadow
        self.boot = str(uuid.uuid4())

    def env(self, base, cut=True):
        env = dict(base)
        env["LD_PRELOAD"] = SHIM
        env["POSTINO_POWERCUT_BOOT_ID"] = self.boot
        if cut:
            env["POSTINO_POWERCUT_ROOT"] = self.root
            env["POSTINO_POWERCUT_SHADOW"] = self.shadow
        return env

    def cut(self, proc):
        proc.send_signal(signal.SIGKILL)
        proc.wait(timeout=30)
        r = subprocess.run([RESTORE, self.root, self.shadow], capture_output=True, text=True, timeout=600)
        if r.returncode != 0:
            raise AssertionError("restore failed: " + r.stderr)
        self.boot = str(uuid.uuid4())
        return r.stdout.strip()


CHILD = textwrap.dedent("""
    import ctypes, os, signal, sys
    root = sys.argv[1]
    libc = ctypes.CDLL(None, use_errno=True)
    def put(name, data, flags=os.O_WRONLY | os.O_CREAT | os.O_TRUNC, sync=False):
        fd = os.open(os.path.join(root, name), flags, 0o600)
        os.write(fd, data)
        if sync:
            os.fsync(fd)
        return fd
    def sync_dir(name=""):
        fd = os.open(os.path.join(root, name), os.O_RDONLY | os.O_DIRECTORY)
        os.fsync(fd)
        os.close(fd)
    # Files and names synced: kept.
    os.close(put("synced", b"kept", sync=True))
    os.mkdir(os.path.join(root, "sub"))
    os.close(put("sub/inner", b"inner", sync=True))
    sync_dir("sub")
    sync_dir()
    # syncfs: everything, bytes and names, in the whole tree.
    os.mkdir(os.path.join(root, "later"))
    os.close(put("later/all", b"synced by syncfs"))
    fd = os.open(root, os.O_RDONLY | os.O_DIRECTORY)
    if libc.syncfs(fd) != 0:
        sys.exit("syncfs failed")
    os.close(fd)
    # A name synced, its bytes not: comes back empty.
    os.close(put("name-only", b"bytes never synced"))
    # A journal synced once, appended to after (below).
    journal = put("journal", b"record 1;", os.O_WRONLY | os.O_CREAT | os.O_APPEND)
    os.fdatasync(journal)
    # A file to be renamed once its name is on the disk.
    os.close(put("renamed-tmp", b"v2", sync=True))
    # A rename into a synced folder whose old folder is synced too: only the new name.
    os.close(put("moved", b"moving", sync=True))
    sync_dir()
    os.rename(os.path.join(root, "moved"), os.path.join(root, "sub", "moved"))
    sync_dir("sub")
    sync_dir()
    # From here on nothing is synced.
    os.write(journal, b"record 2;")  # cut off at the fdatasync
    os.close(put("old", b"new bytes"))  # written over in place: the old bytes
    os.close(put("later/all", b"rewritten after syncfs"))
    os.close(put("no-name", b"synced bytes, unsynced name", sync=True))  # gone: its folder was not synced
    os.close(put("sub/no-name-either", b"x", sync=True))
    os.rename(os.path.join(root, "renamed-tmp"), os.path.join(root, "renamed"))  # the old name stays
    os.close(put("after", b"lost"))
    os.unlink(os.path.join(root, "synced-earlier"))  # still there
    print("ready", flush=True)
    os.kill(os.getpid(), signal.SIGKILL)
""")


def tree(root):
    """{relative path: bytes, or None for a folder}."""
    out = {}
    for folder, dirs, files in os.walk(root):
        for d in dirs:
            out[os.path.relpath(os.path.join(folder, d), root)] = None
        for f in files:
            with open(os.path.join(folder, f), "rb") as fh:
                out[os.path.relpath(os.path.join(folder, f), root)] = fh.read()
    return out


@unittest.skipUnless(HAVE_SHIM, "the power-cut shim is not built (POSTINO_POWERCUT_SHIM, POSTINO_POWERCUT_RESTORE)")
class ShimTest(unittest.TestCase):
    def test_unsynced_writes_vanish_and_synced_ones_stay(self):
        with tempfile.TemporaryDirectory(prefix="postino-powercut-") as work:
            root, shadow = os.path.join(work, "root"), os.path.join(work, "shadow")
            os.mkdir(root)
            # What is there when the process starts is on the disk, synced or not.
            for name, data in (("old", b"old bytes"), ("synced-earlier", b"there at the start")):
                with open(os.path.join(root, name), "wb") as f:
                    f.write(data)
            machine = PowerCut(root, shadow)
            child = subprocess.Popen(["/usr/bin/python3", "-c", CHILD, root], env=machine.env(os.environ),
                                     stdout=subprocess.PIPE, stderr=subprocess.PIPE)
            out, err = child.communicate(timeout=60)
            self.assertEqual(out, b"ready\n", err)
            self.assertEqual(child.returncode, -signal.SIGKILL)
            before = tree(root)
            self.assertEqual(before["after"], b"lost", "the process saw its own writes")
            self.assertEqual(before["journal"], b"record 1;record 2;")
            machine.cut(child)
            self.assertEqual(tree(root), {
                "synced": b"kept",
                "sub": None,
                "sub/inner": b"inner",
                "sub/moved": b"moving",
                "name-only": b"",
                "old": b"old bytes",
                "journal": b"record 1;",
                "later": None,
                "later/all": b"synced by syncfs",
                "synced-earlier": b"there at the start",
                "renamed-tmp": b"v2",
            })
            self.assertFalse(os.path.exists(shadow), "the record of the disk goes with the boot")

    def test_boot_id_is_the_machines_own(self):
        machine = PowerCut("/nonexistent", "/nonexistent")
        read = ["/usr/bin/python3", "-c", "print(open('/proc/sys/kernel/random/boot_id').read().strip())"]
        first = subprocess.run(read, env=machine.env(os.environ, cut=False), capture_output=True, text=True,
                               timeout=60).stdout.strip()
        self.assertEqual(first, machine.boot)
        with open("/proc/sys/kernel/random/boot_id") as f:
            self.assertNotEqual(first, f.read().strip())


@unittest.skipUnless(HAVE_SHIM, "the power-cut shim is not built (POSTINO_POWERCUT_SHIM, POSTINO_POWERCUT_RESTORE)")
@unittest.skipUnless(os.access(SinkServer.SINK, os.X_OK), "Postfix's smtp-sink is not installed")
class OutboxPowerCutTest(CliTestCase):
    def setUp(self):
        super().setUp()
        self.data = os.path.join(self.home, "data", "postino")
        self.machine = PowerCut(self.data, os.path.join(self.home, "disk"))

    def cli_on(self, *args, timeout=300):
        """A command on this machine (its boot id), not cut."""
        return self.cli(*args, env=self.machine.env({}, cut=False), timeout=timeout)

    def outbox_holds(self, subjects, label):
        """The outbox opens, and every acknowledged message is still held: in the queue, or on the disk
        in its folder (one the journal says was sent, not yet filed) or under Sent. (That a message held
        as sent did arrive, the end checks.)"""
        r = self.cli_on("queue", "list", "--json")
        self.assertEqual(r.code, 0, "%s: the outbox opens after the cut: %r" % (label, r))
        here = {item["subject"] for item in r.json()} | {item.get("subject") for item in sent_items(self.home)}
        for path in glob.glob(os.path.join(self.data, "outbox", "*", "item.json")):
            with open(path) as f:
                if os.path.getsize(os.path.join(os.path.dirname(path), "message.eml")) > 0:
                    here.add(json.load(f)["item"].get("subject"))
        lost = [s for s in subjects if s not in here]
        self.assertEqual(lost[:20], [], "%s: %d acknowledged messages lost" % (label, len(lost)))
        self.assertFalse(glob.glob(os.path.join(self.data, "outbox", "damaged", "*")),
                         "%s: nothing set aside as damaged" % label)

    def test_power_cut_during_send_and_queue_run_loses_nothing(self):
        rng = random.Random(SEED)
        with SinkServer(max_seconds=1800) as server:
            # `send --queue` cut just after it says "queued": the message is on the disk.
            os.makedirs(self.data, exist_ok=True)
            acked = []
            for n in range(3):
                subject = "acked-%d" % n
                proc = subprocess.Popen(
                    [CLI, "send", "--host", "127.0.0.1", "--port", str(server.port), "--security", "none",
                     "--from", "ada@example.test", "--to", "bob@example.test", "--queue", "--subject", subject,
                     "--body", "acknowledged %d\n" % n],
                    env=self.machine.env(self.env), stdout=subprocess.PIPE, stderr=subprocess.PIPE)
                out, err = proc.communicate(timeout=60)
                self.assertEqual(proc.returncode, 0, err)
                self.machine.cut(proc)
                acked.append(subject)
                self.outbox_holds(acked, "after send --queue %d" % n)

            subjects = acked + queue_messages(self, server.port, COUNT)
            window = kill_window(COUNT)
            progress = files_in(server.dump)
            for round_no in range(CUTS):
                proc = subprocess.Popen([CLI, "queue", "run", "--until-empty", "--max-time", "600"],
                                        env=self.machine.env(self.env), stdout=subprocess.DEVNULL,
                                        stderr=subprocess.DEVNULL)
                before = progress()
                delay = rng.uniform(*window)
                wait_for_more(progress, before, proc)
                time.sleep(delay)
                ended = proc.poll()
                restored = self.machine.cut(proc)
                log("power cut %d %.3f s after the run's first delivery, %d delivered in it%s: %s"
                    % (round_no + 1, delay, progress() - before, " (it had ended)" if ended is not None else "",
                       restored))
                self.outbox_holds(subjects, "after cut %d" % (round_no + 1))

            r = self.cli("queue", "run", "--until-empty", "--max-time", "900", "--retry-initial", "1",
                         env=self.machine.env({}, cut=False), timeout=1000)
            left = self.cli_on("queue", "list", "--json").json()
            self.assertEqual(r.code, 0, "%r\n%s" % (r, server.words()))
            self.assertEqual(left, [], "the queue is empty")
            check_delivery(self, subjects, [raw for _, raw in server.messages()], "power cut", CUTS)


if __name__ == "__main__":
    unittest.main()

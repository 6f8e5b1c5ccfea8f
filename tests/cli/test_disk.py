"""A full disk and a read-only disk, for real (#18): the outbox (DATA) on a small tmpfs in a mount namespace the
test makes (`unshare -m`, or `unshare -rm` for a user), filled up, made read-only, grown again with
`mount -o remount,size=`. Queueing fails with a clear error that says what to do and keeps nothing half-written; a
run that cannot write its journal sends nothing; once space returns (or the folder is writable again) the outbox
reads back whole and sends every message exactly once.
"""
import json
import os
import shutil
import subprocess
import tempfile
import unittest

from clitest import CLI, CliTestCase, SmtpServer
from namespaces import HeldNamespace


def _shared_mount(path):
    """Whether the mount that holds path propagates to other namespaces (/proc/self/mountinfo's shared:N)."""
    best, shared = "", True
    with open("/proc/self/mountinfo") as f:
        for line in f:
            fields = line.split()
            point = fields[4]
            if (path == point or path.startswith(point.rstrip("/") + "/")) and len(point) >= len(best):
                best = point
                optional = fields[6:fields.index("-")]
                shared = any(o.startswith("shared:") for o in optional)
    return shared


class SmallDisk:
    """A tmpfs of `size` mounted on `path`, seen only by the processes the test runs through `enter`."""

    def __init__(self, path, size, max_seconds=300):
        self.path = path
        try:
            self.namespace = HeldNamespace("mnt", max_seconds, ["--propagation", "private"])
        except OSError as e:
            # In a chroot "/" is no mount point and its propagation cannot be set; there the namespace keeps
            # the propagation it has, which is safe only while the mount holding the path is not shared
            # (a tmpfs mounted on it would appear outside too).
            if "propagation" not in str(e):
                raise
            if _shared_mount(path):
                raise OSError("%s (a chroot whose mount of %s is shared: a tmpfs there would appear outside)"
                              % (e, path))
            self.namespace = HeldNamespace("mnt", max_seconds, ["--propagation", "unchanged"])
        self.enter = self.namespace.enter
        self.run("mount", "-t", "tmpfs", "-o", "size=%s,mode=0700" % size, "postino-test", path)

    def run(self, *args, check=True):
        r = subprocess.run(self.enter + list(args), capture_output=True, text=True, timeout=30)
        if check and r.returncode != 0:
            raise OSError("%s: %s" % (" ".join(args), r.stderr.strip()))
        return r

    def remount(self, options):
        self.run("mount", "-o", "remount," + options, self.path)

    def fill(self):
        """Takes every free block with one file (dd stops at ENOSPC)."""
        self.run("dd", "if=/dev/zero", "of=" + os.path.join(self.path, "filler"), "bs=4k", check=False)
        df = self.run("df", "-B1", "--output=avail", self.path).stdout.split()
        return int(df[-1])

    def unfill(self):
        self.run("rm", "-f", os.path.join(self.path, "filler"))

    def files(self):
        out = self.run("find", self.path, "-mindepth", "1").stdout.split("\n")
        return [os.path.relpath(p, self.path) for p in out if p]

    def close(self):
        self.namespace.close()


def small_disk_for(test, path, size):
    """A SmallDisk on path that the test closes when it ends, or the test skipped where this kernel lets no mount
    namespace or tmpfs be made."""
    try:
        disk = SmallDisk(path, size)
    except OSError as e:
        if "Operation not permitted" in str(e) or "Permission denied" in str(e) or "chroot" in str(e):
            test.skipTest("this kernel lets no mount namespace or tmpfs be made here: %s" % e)
        raise
    test.addCleanup(disk.close)
    return disk


class DiskTest(CliTestCase):
    def setUp(self):
        super().setUp()
        missing = [t for t in ("unshare", "nsenter", "mount", "dd", "df") if shutil.which(t) is None]
        self.assertFalse(missing, "the disk tests need %s (util-linux, coreutils)" % ", ".join(missing))
        self.data = os.path.join(self.home, "data")
        os.makedirs(self.data, exist_ok=True)
        self.disk = small_disk_for(self, self.data, "512k")

    def cli_in(self, *args, stdin=None):
        r = subprocess.run(self.disk.enter + [CLI] + list(args), input=stdin, capture_output=True, text=True,
                           env=self.env, timeout=60)
        self.assertNotIn("nsenter:", r.stderr)
        return r

    def queue_one(self, port, subject, *extra):
        return self.cli_in("send", "--host", "127.0.0.1", "--port", str(port), "--security", "none",
                           "--from", "ada@example.test", "--to", "bob@example.test", "--subject", subject,
                           "--body", "Kept whole: " + subject, "--queue", "--json", *extra)

    def listed(self):
        r = self.cli_in("queue", "list", "--json")
        self.assertEqual(r.returncode, 0, r.stderr)
        return json.loads(r.stdout)

    def half_written(self):
        return [f for f in self.disk.files() if ".new-" in f or f.endswith(".tmp")]

    def subjects(self, server):
        return sorted(raw.split(b"Subject: ", 1)[1].split(b"\r\n", 1)[0].decode() for _, raw in server.messages())

    def test_queueing_on_a_full_disk_says_what_to_do_and_works_once_the_disk_grows(self):
        big = self.write("big.bin", os.urandom(700 * 1024))  # more than the whole disk
        with SmtpServer("plain") as server:
            r = self.queue_one(server.port, "too big", "--attach", big)
            self.assertEqual(r.returncode, 74, r.stderr)
            self.assertIn("No space left on device", r.stderr)
            self.assertIn("Free some disk space", r.stderr)
            self.assertEqual(self.half_written(), [], "nothing half-written stays behind")
            self.assertEqual(self.listed(), [])

            self.disk.remount("size=4m")
            r = self.queue_one(server.port, "too big", "--attach", big)
            self.assertEqual(r.returncode, 0, r.stderr)
            r = self.cli_in("queue", "run", "--until-empty", "--max-time", "30")
            self.assertEqual(r.returncode, 0, r.stderr)
            self.assertEqual(self.subjects(server), ["too big"])
            self.assertEqual(self.listed(), [])

    def test_a_read_only_disk_keeps_what_was_queued_and_sends_it_once_writable(self):
        with SmtpServer("plain") as server:
            r = self.queue_one(server.port, "before")
            self.assertEqual(r.returncode, 0, r.stderr)
            self.disk.remount("ro")
            r = self.queue_one(server.port, "while read-only")
            self.assertEqual(r.returncode, 74, r.stderr)
            self.assertIn("Read-only file system", r.stderr)
            self.assertIn("make the folder writable", r.stderr)
            self.assertEqual([i["subject"] for i in self.listed()], ["before"], "the outbox still reads")
            r = self.cli_in("queue", "run", "--until-empty", "--max-time", "20")
            self.assertNotEqual(r.returncode, 0, r.stderr)
            self.assertIn("Read-only file system", r.stderr)
            self.assertEqual(server.messages(), [], "nothing is sent that the outbox cannot record")

            self.disk.remount("rw")
            r = self.queue_one(server.port, "after")
            self.assertEqual(r.returncode, 0, r.stderr)
            r = self.cli_in("queue", "run", "--until-empty", "--max-time", "30")
            self.assertEqual(r.returncode, 0, r.stderr)
            self.assertEqual(self.subjects(server), ["after", "before"])
            self.assertEqual(self.listed(), [])

    def test_a_disk_that_fills_before_the_run_sends_nothing_twice_and_nothing_lost(self):
        with SmtpServer("plain") as server:
            for subject in ("one", "two"):
                r = self.queue_one(server.port, subject)
                self.assertEqual(r.returncode, 0, r.stderr)
            self.assertEqual(self.disk.fill(), 0)
            r = self.cli_in("queue", "run", "--until-empty", "--max-time", "20")
            self.assertNotEqual(r.returncode, 0, r.stderr)
            self.assertIn("No space left on device", r.stderr)
            self.assertIn("Free some disk space", r.stderr)
            sent_while_full = self.subjects(server)
            self.assertEqual(sorted(i["subject"] for i in self.listed()) + sent_while_full, ["one", "two"],
                             "every message is either sent or still queued")

            self.disk.unfill()
            r = self.cli_in("queue", "run", "--until-empty", "--max-time", "30")
            self.assertEqual(r.returncode, 0, r.stderr)
            self.assertEqual(self.subjects(server), ["one", "two"], "each sent exactly once")
            self.assertEqual(self.listed(), [])
            self.assertEqual(self.half_written(), [])


if __name__ == "__main__":
    unittest.main()

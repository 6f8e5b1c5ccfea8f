"""Offline and back with a real interface (#18, cli.md "queue run ... retries sooner when the network comes back").

postino-cli's own NetworkMonitor and runner in a network namespace the test makes: a veth pair whose link the test
takes down and brings up again, the SMTP server (aiosmtpd) in the same namespace on 127.0.0.1. While the link is
down the runner tries nothing (no attempt counted, the messages stay queued, it says it is offline); when the link
returns the messages are sent within seconds. The address on the veth (10.213.0.1, in the namespace only) is never
sent a packet: it is there so that the interface counts as a usable one.
"""
import json
import os
import shutil
import subprocess
import tempfile
import time
import unittest

from clitest import CLI, CliTestCase, SmtpServer
from namespaces import HeldNamespace, tool


def _missing_tools():
    return [t for t in ("unshare", "nsenter", "ip") if shutil.which(t) is None
            and not os.path.exists(os.path.join("/usr/sbin", t))]


class Namespace:
    """A network namespace of the test's own, held open by a sleeping process and entered with nsenter."""

    LINK = "pst0"
    ADDRESS = "10.213.0.1"

    def __init__(self, max_seconds=120):
        self.namespace = HeldNamespace("net", max_seconds)
        self.enter = self.namespace.enter

    def ip(self, *args):
        r = subprocess.run(self.enter + [tool("ip")] + list(args), capture_output=True, text=True, timeout=10)
        if r.returncode != 0:
            raise OSError("ip %s: %s" % (" ".join(args), r.stderr.strip()))
        return r.stdout

    def make_link(self):
        self.ip("link", "set", "lo", "up")
        self.ip("link", "add", self.LINK, "type", "veth", "peer", "name", "pst1")
        self.ip("addr", "add", self.ADDRESS + "/24", "dev", self.LINK)
        self.ip("link", "set", "pst1", "up")
        self.set_link(True)

    def set_link(self, up):
        self.ip("link", "set", self.LINK, "up" if up else "down")
        if up:  # what DHCP would do again: a default route, for a monitor that looks at routes
            self.ip("route", "replace", "default", "via", "10.213.0.2", "dev", self.LINK)

    def close(self):
        self.namespace.close()


class OfflineTest(CliTestCase):
    def setUp(self):
        super().setUp()
        missing = _missing_tools()
        self.assertFalse(missing, "the offline test needs %s (util-linux, iproute2; scripts/install-deps.sh)"
                         % ", ".join(missing))
        try:
            self.ns = Namespace()
        except OSError as e:
            if "Operation not permitted" in str(e) or "Permission denied" in str(e):
                self.skipTest("this kernel lets no network namespace be made here: %s" % e)
            raise
        self.addCleanup(self.ns.close)
        try:
            self.ns.make_link()
        except OSError as e:
            if "Unknown device type" in str(e) or "not supported" in str(e).lower():
                self.skipTest("this kernel has no veth interfaces: %s" % e)
            raise

    def cli_in(self, *args, env=None):
        e = dict(self.env)
        e.update(env or {})
        r = subprocess.run(self.ns.enter + [CLI] + list(args), capture_output=True, text=True, env=e, timeout=60)
        self.assertNotIn("nsenter:", r.stderr)
        return r

    def listed(self, env):
        r = self.cli_in("queue", "list", "--json", env=env)
        self.assertEqual(r.returncode, 0, r.stderr)
        return json.loads(r.stdout)

    def wait_for(self, what, condition, seconds):
        deadline = time.monotonic() + seconds
        while time.monotonic() < deadline:
            if condition():
                return
            time.sleep(0.05)
        self.fail("%s did not happen within %s seconds" % (what, seconds))

    def offline_and_back(self, env, within):
        # The remote server listens on the link's own address, inside the test's namespace only (nothing
        # outside can reach it); a relay on this machine (127.0.0.1) is reached while offline too.
        with SmtpServer("plain", host=self.ns.ADDRESS, prefix=self.ns.enter) as server, \
                SmtpServer("plain", prefix=self.ns.enter) as relay:
            for subject in ("first", "second"):
                r = self.cli_in("send", "--host", self.ns.ADDRESS, "--port", str(server.port), "--security", "none",
                                "--from", "ada@example.test", "--to", "bob@example.test", "--subject", subject,
                                "--body", "x", "--queue", "--json", env=env)
                self.assertEqual(r.returncode, 0, r.stderr)
            r = self.cli_in("send", "--host", "127.0.0.1", "--port", str(relay.port), "--security", "none",
                            "--from", "ada@example.test", "--to", "bob@example.test", "--subject", "local",
                            "--body", "x", "--queue", "--json", env=env)
            self.assertEqual(r.returncode, 0, r.stderr)

            self.ns.set_link(False)
            log = tempfile.TemporaryFile(mode="w+")
            self.addCleanup(log.close)
            run = subprocess.Popen(self.ns.enter + [CLI, "queue", "run", "--until-empty", "--max-time", "60"],
                                   env=dict(self.env, **env), stdout=subprocess.DEVNULL, stderr=log, text=True)
            self.addCleanup(lambda: run.poll() is None and (run.kill(), run.wait(timeout=10)))

            def said(text):
                log.seek(0)
                return text in log.read()

            self.wait_for("the runner saying it is offline", lambda: said("Offline"), 15)
            # Nothing may happen now; a window of two seconds shows that nothing does.
            time.sleep(2)
            self.assertIsNone(run.poll(), "queue run --until-empty ended while offline with mail queued")
            self.assertEqual(server.messages(), [], "sent while the link was down")
            self.wait_for("the message to the relay on this machine", lambda: len(relay.messages()) == 1, 10)
            items = self.listed(env)
            self.assertEqual(len(items), 2)
            for item in items:
                self.assertEqual(item["state"], "queued")
                self.assertEqual(item["attempts"], 0, "an attempt was made while offline: %s" % item)

            back = time.monotonic()
            self.ns.set_link(True)
            run.wait(timeout=20)
            elapsed = time.monotonic() - back
            log.seek(0)
            words = log.read()
            self.assertEqual(run.returncode, 0, words)
            self.assertLess(elapsed, within, "the messages left %.1f s after the link returned" % elapsed)
            self.assertIn("The network is back", words)
            received = server.messages()
            self.assertEqual(len(received), 2, server.words())
            self.assertEqual(sorted(b"Subject: first" in raw or b"Subject: second" in raw for _, raw in received),
                             [True, True])
            self.assertEqual(self.listed(env), [])

    def test_offline_and_back_with_the_system_monitor(self):
        # On Linux, the interfaces as the kernel's netlink notices report them: the link's return is seen at once.
        self.offline_and_back({}, within=4.0)

    def test_offline_and_back_with_the_interfaces_polled(self):
        # Without the kernel's notices, the interfaces looked at every 2 s: still within seconds.
        self.offline_and_back({"POSTINO_NETWORK_MONITOR": "poll"}, within=6.0)


if __name__ == "__main__":
    unittest.main()

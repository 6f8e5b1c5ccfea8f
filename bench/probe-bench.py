#!/usr/bin/python3
"""Discovery benchmark (issue: discovery in three seconds). Measures `postino-cli probe` against local servers
in four situations, RUNS runs each, and prints each median beside the time the strict order would take (the
same probe with the grace turned off, measured in the same run) and the timeout it would otherwise wait for:

  all-answer        every guess answers; the most preferred one (smtp.DOMAIN:465) verifies first
  silent            smtp.DOMAIN:465 accepts the connection and never speaks; mail.DOMAIN:465 verifies
  syn-blackhole     smtp.DOMAIN:465 never answers the SYN; mail.DOMAIN:465 verifies
  late-1.5s         smtp.DOMAIN:465 starts its TLS handshake 1.5 s late (inside the grace): it must win

Usage: bench/probe-bench.py [RUNS] [TIMEOUT]   (defaults 5 and 10; build first; Debian's python3-aiosmtpd)
"""
import json
import os
import statistics
import subprocess
import sys
import time

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(HERE, "..", "tests", "cli"))
os.environ.setdefault("POSTINO_SOURCE_DIR", os.path.join(HERE, ".."))

from clitest import CLI, SmtpServer, certs  # noqa: E402
from nettools import Blackhole, DelayedRelay, Dnsmasq, SynBlackhole, closed_port  # noqa: E402

RUNS = int(sys.argv[1]) if len(sys.argv) > 1 else 5
TIMEOUT = float(sys.argv[2]) if len(sys.argv) > 2 else 10
PREFERRED, OTHER, DOMAIN_ADDR = "127.0.0.2", "127.0.0.3", "127.0.0.4"


DNS = None  # a dnsmasq that answers at once that postino.test has no SRV or MX records


def probe(port, grace):
    closed = closed_port()
    env = dict(os.environ)
    env["POSTINO_TEST_PORT_MAP"] = "465=%d,587=%d,25=%d" % (port, closed, closed)
    env["POSTINO_TEST_AUTOCONFIG_PORT"] = str(closed)
    home = "/tmp/postino-probe-bench"
    env.update({"XDG_CONFIG_HOME": home + "/config", "XDG_DATA_HOME": home + "/data", "HOME": home})
    args = [CLI, "probe", "ada@postino.test", "--json", "--ca-file", os.path.join(certs(), "ca.pem"),
            "--dns-server", DNS.server, "--timeout", str(TIMEOUT),
            "--resolve", "smtp.postino.test:" + PREFERRED, "--resolve", "mail.postino.test:" + OTHER,
            "--resolve", "postino.test:" + DOMAIN_ADDR, "--resolve", "autoconfig.postino.test:127.0.0.1"]
    if grace is not None:
        args += ["--grace", str(grace)]
    start = time.monotonic()
    out = subprocess.run(args, capture_output=True, text=True, env=env, timeout=TIMEOUT * 3 + 10)
    wall = time.monotonic() - start
    result = json.loads(out.stdout)
    return wall, result["server"]["host"] if result.get("server") else None


def server(**kw):
    return SmtpServer("tls", max_seconds=RUNS * 40 + 60, **kw)


def situation(name):
    """Starts the servers of one situation; returns (port, [things to stop])."""
    if name == "all-answer":
        first = server(host=PREFERRED)
        return first.port, [first, server(host=OTHER, port=first.port),
                            server(host=DOMAIN_ADDR, port=first.port)]
    if name == "silent":
        hole = Blackhole(PREFERRED)
        return hole.port, [hole, server(host=OTHER, port=hole.port)]
    if name == "syn-blackhole":
        hole = SynBlackhole(PREFERRED)
        return hole.port, [hole, server(host=OTHER, port=hole.port)]
    if name == "late-1.5s":
        real = server()
        relay = DelayedRelay(real.port, 1.5, host=PREFERRED, max_seconds=RUNS * 40 + 60)
        return relay.port, [real, relay, server(host=OTHER, port=relay.port)]
    raise ValueError(name)


def main():
    global DNS
    DNS = Dnsmasq([], local=["postino.test"], max_seconds=RUNS * 200 + 60)
    print("postino-cli probe, %d runs each, --timeout %g s (wall time of the whole command)" % (RUNS, TIMEOUT))
    print("%-14s %12s %-18s %14s %10s" % ("situation", "median (s)", "winner", "strict order (s)", "timeout (s)"))
    for name in ("all-answer", "silent", "syn-blackhole", "late-1.5s"):
        port, things = situation(name)
        try:
            graced, strict, winners = [], [], set()
            for _ in range(RUNS):
                wall, winner = probe(port, None)
                graced.append(wall)
                winners.add(winner)
                wall, _ = probe(port, 3600)  # the strict order: preferred servers waited for up to --timeout
                strict.append(wall)
        finally:
            for thing in things:
                thing.stop()
        print("%-14s %12.2f %-18s %14.2f %10g" % (name, statistics.median(graced), ",".join(sorted(map(str, winners))),
                                                  statistics.median(strict), TIMEOUT))
    DNS.stop()


if __name__ == "__main__":
    main()

"""A private Postfix smtpd (tests/cli/clitest.py's PostfixServer) that takes every message and discards it:
the benchmark's sink that offers CHUNKING (smtp-sink does not). Prints "PORT n" when it listens, stops on
SIGTERM or after MAX_SECONDS. Needs root and Debian's postfix.
Usage: /usr/bin/python3 bench/postfix-sink.py [MAX_SECONDS]"""
import os
import signal
import sys
import time

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "tests", "cli"))
from clitest import PostfixServer, free_port  # noqa: E402

if not PostfixServer.available():
    print("postfix-sink: needs root, Debian's postfix, and a temp folder its user can reach", file=sys.stderr)
    sys.exit(77)
max_seconds = int(sys.argv[1]) if len(sys.argv) > 1 else 1800
stop = []
signal.signal(signal.SIGTERM, lambda *_: stop.append(1))
extra = ["default_transport = discard", "relay_transport = discard", "smtpd_client_connection_count_limit = 0",
         "smtpd_client_message_rate_limit = 0", "smtpd_client_connection_rate_limit = 0"]
with PostfixServer(free_port(), max_seconds=max_seconds, extra_main_cf=extra) as postfix:
    print("PORT %d" % postfix.port, flush=True)
    deadline = time.monotonic() + max_seconds
    while not stop and time.monotonic() < deadline:
        time.sleep(0.2)

#!/usr/bin/python3
"""A stand-in for the user's browser ($BROWSER): fetches the authorisation URL given as its argument,
then follows the authorisation server's redirect to the loopback listener, as a browser would.

    BROWSER=".../stand_in_browser.py" (with POSTINO_TEST_CA=ca.pem and POSTINO_TEST_RESOLVE=host:addr)

Exit 0 when the listener answered, 1 otherwise; what happened goes to stderr. Every wait is bounded.

POSTINO_TEST_BROWSER_MODE=hostile plays an attacker on the same machine before the real redirect: a
connection that says nothing, a request for another path, and a redirect with a wrong state carrying a
code of its own; after the real redirect it replays it (the listener must be gone by then).
"""
import http.client
import os
import socket
import ssl
import sys
import urllib.parse


def fetch(url, context, resolve):
    parts = urllib.parse.urlsplit(url)
    host = parts.hostname
    address = resolve.get(host, host)
    target = parts.path + ("?" + parts.query if parts.query else "")
    if parts.scheme == "https":
        conn = http.client.HTTPSConnection(address, parts.port or 443, timeout=10, context=context)
        # TLS verifies the real host name even when connecting to another address (like --resolve).
        conn.sock = context.wrap_socket(__import__("socket").create_connection((address, parts.port or 443), 10),
                                        server_hostname=host)
    else:
        conn = http.client.HTTPConnection(address, parts.port or 80, timeout=10)
    conn.request("GET", target, headers={"Host": parts.netloc})
    response = conn.getresponse()
    body = response.read()
    return response.status, response.getheader("Location"), body


def listener_of(url):
    query = urllib.parse.parse_qs(urllib.parse.urlsplit(url).query)
    return urllib.parse.urlsplit(query["redirect_uri"][0])


def raw_get(redirect, target):
    """GET target on the listener; the status, or None when nobody listens."""
    try:
        with socket.create_connection(("127.0.0.1", redirect.port), 5) as s:
            s.settimeout(5)
            s.sendall(("GET %s HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n" % target).encode())
            answer = s.recv(4096)
    except OSError:
        return None
    return int(answer.split(b" ")[1]) if answer.startswith(b"HTTP/1.1 ") else -1


def hostile_before(url):
    redirect = listener_of(url)
    with socket.create_connection(("127.0.0.1", redirect.port), 5):
        pass  # a port probe: connects, says nothing, leaves
    statuses = [raw_get(redirect, "/favicon.ico"),
                raw_get(redirect, redirect.path + "?state=guessed&code=attacker-code")]
    print("browser: hostile requests answered %s" % statuses, file=sys.stderr)
    return statuses == [404, 400]


def main():
    if len(sys.argv) != 2:
        print("usage: stand_in_browser.py URL", file=sys.stderr)
        return 2
    context = ssl.create_default_context(cafile=os.environ.get("POSTINO_TEST_CA"))
    resolve = {}
    for entry in filter(None, os.environ.get("POSTINO_TEST_RESOLVE", "").split(",")):
        host, _, address = entry.rpartition(":")
        resolve[host] = address
    url = sys.argv[1]
    hostile = os.environ.get("POSTINO_TEST_BROWSER_MODE") == "hostile"
    if hostile and not hostile_before(url):
        return 1
    for _ in range(3):
        status, location, body = fetch(url, context, resolve)
        print("browser: %s -> %d" % (urllib.parse.urlsplit(url).path, status), file=sys.stderr)
        if status in (301, 302, 303, 307) and location:
            url = location
            continue
        reached = urllib.parse.urlsplit(url).hostname == "127.0.0.1" and status in (200, 400)
        if hostile and reached:
            parts = urllib.parse.urlsplit(url)
            replay = raw_get(parts, parts.path + "?" + parts.query)
            print("browser: the replayed redirect got %s" % replay, file=sys.stderr)
            return 0 if replay is None else 1
        return 0 if reached else 1
    return 1


if __name__ == "__main__":
    sys.exit(main())

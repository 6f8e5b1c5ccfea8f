"""Loopback servers for the discovery tests of postino-cli: a port that accepts and never answers, a closed
port, an HTTPS server for autoconfig files, a dnsmasq for SRV and MX records, and a name server that never
answers. Every one binds only to loopback and stops by itself (or at the end of the test)."""
import http.server
import os
import random
import select
import shutil
import socket
import ssl
import subprocess
import threading
import time

from clitest import certs


def closed_port():
    """A loopback port where nothing listens (connections are refused)."""
    s = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    s.bind(("127.0.0.1", 0))
    port = s.getsockname()[1]
    s.close()
    return port


class Blackhole:
    """A listening socket that is never accepted: the kernel completes the handshake, nobody ever speaks."""

    def __init__(self, host="127.0.0.1", port=0):
        self.sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
        self.sock.bind((host, port))
        self.sock.listen(8)
        self.port = self.sock.getsockname()[1]

    def stop(self):
        self.sock.close()

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        self.stop()


class SynBlackhole:
    """A port whose SYNs go unanswered, like a filtering firewall's: a listening socket with a backlog of 0
    whose accept queue is filled by connections nobody accepts, so the kernel drops every further SYN."""

    def __init__(self, host="127.0.0.1", port=0):
        self.sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
        self.sock.bind((host, port))
        self.sock.listen(0)
        self.port = self.sock.getsockname()[1]
        self.fill = []
        for _ in range(3):
            c = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
            c.setblocking(False)
            try:
                c.connect((host, self.port))
            except BlockingIOError:
                pass
            self.fill.append(c)
        # The first one lands in the accept queue and fills it: wait for that, not for a fixed time.
        _, writable, _ = select.select([], self.fill[:1], [], 5)
        if not writable:
            self.stop()
            raise OSError("the accept queue of %s:%d did not fill" % (host, self.port))

    def stop(self):
        for c in self.fill:
            c.close()
        self.sock.close()

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        self.stop()


class DelayedRelay:
    """Accepts on host:port, says nothing for delay seconds, then relays every byte both ways to
    127.0.0.1:target: a server that greets late (for implicit TLS, one whose handshake starts late). Threads,
    all daemons; stops after max_seconds at the latest."""

    def __init__(self, target, delay, host="127.0.0.1", port=0, max_seconds=30):
        self.target = target
        self.delay = delay
        self.sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
        self.sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        self.sock.bind((host, port))
        self.sock.listen(8)
        self.sock.settimeout(0.2)
        self.port = self.sock.getsockname()[1]
        self.deadline = time.monotonic() + max_seconds
        self.stopped = False
        self.thread = threading.Thread(target=self._serve, daemon=True)
        self.thread.start()

    def _serve(self):
        while not self.stopped and time.monotonic() < self.deadline:
            try:
                client, _ = self.sock.accept()
            except (socket.timeout, OSError):
                continue
            threading.Thread(target=self._relay, args=(client,), daemon=True).start()

    def _relay(self, client):
        time.sleep(self.delay)
        try:
            upstream = socket.create_connection(("127.0.0.1", self.target), timeout=5)
        except OSError:
            client.close()
            return

        def pump(src, dst):
            src.settimeout(1)
            try:
                while not self.stopped and time.monotonic() < self.deadline:
                    try:
                        data = src.recv(65536)
                    except socket.timeout:
                        continue
                    if not data:
                        break
                    dst.sendall(data)
            except OSError:
                pass
            for s in (src, dst):
                try:
                    s.shutdown(socket.SHUT_RDWR)
                except OSError:
                    pass

        t = threading.Thread(target=pump, args=(upstream, client), daemon=True)
        t.start()
        pump(client, upstream)
        t.join(2)
        client.close()
        upstream.close()

    def stop(self):
        self.stopped = True
        self.thread.join(2)
        self.sock.close()

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        self.stop()


class HttpsServer:
    """Serves {path: bytes} over HTTPS on 127.0.0.1 (a certificate from make-certs.sh) in a thread; records the
    requests' paths and Host headers."""

    def __init__(self, files, cert="valid", max_seconds=60):
        self.files = files
        self.requests = []
        outer = self

        class Handler(http.server.BaseHTTPRequestHandler):
            def do_GET(self):
                outer.requests.append((self.path, self.headers.get("Host")))
                body = outer.files.get(self.path.split("?")[0])
                if body is None:
                    self.send_response(404)
                    self.send_header("Content-Length", "0")
                    self.end_headers()
                    return
                self.send_response(200)
                self.send_header("Content-Type", "text/xml")
                self.send_header("Content-Length", str(len(body)))
                self.end_headers()
                self.wfile.write(body)

            def log_message(self, *args):
                pass

        self.httpd = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        # A client that hangs up once it has its answer (the probe ends early) is not an error here.
        self.httpd.handle_error = lambda request, client_address: None
        context = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
        context.load_cert_chain(os.path.join(certs(), cert + ".pem"), os.path.join(certs(), cert + ".key"))
        self.httpd.socket = context.wrap_socket(self.httpd.socket, server_side=True)
        self.httpd.timeout = 5
        self.port = self.httpd.server_address[1]
        self.thread = threading.Thread(target=self.httpd.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True)
        self.thread.start()
        self.timer = threading.Timer(max_seconds, self.httpd.shutdown)
        self.timer.daemon = True
        self.timer.start()

    def stop(self):
        self.timer.cancel()
        self.httpd.shutdown()
        self.httpd.server_close()
        self.thread.join(timeout=10)

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        self.stop()


def leaf_certificate(name, hosts):
    """Makes certs()/NAME.pem and NAME.key, signed by the test CA for these host names (once per process)."""
    d = certs()
    pem, key = os.path.join(d, name + ".pem"), os.path.join(d, name + ".key")
    if os.path.exists(pem):
        return name
    ext = os.path.join(d, name + ".ext")
    with open(ext, "w") as f:
        f.write("subjectAltName=%s\nbasicConstraints=CA:FALSE\nextendedKeyUsage=serverAuth\n"
                % ",".join("DNS:" + h for h in hosts))
    subprocess.run(["openssl", "genpkey", "-algorithm", "EC", "-pkeyopt", "ec_paramgen_curve:P-256", "-out", key],
                   check=True, capture_output=True, timeout=30)
    csr = os.path.join(d, name + ".csr")
    subprocess.run(["openssl", "req", "-new", "-key", key, "-subj", "/CN=" + hosts[0], "-out", csr],
                   check=True, capture_output=True, timeout=30)
    subprocess.run(["openssl", "x509", "-req", "-in", csr, "-CA", os.path.join(d, "ca.pem"), "-CAkey",
                    os.path.join(d, "ca.key"), "-CAcreateserial", "-sha256", "-days", "30", "-extfile", ext,
                    "-out", pem], check=True, capture_output=True, timeout=30)
    return name


class PolicyServer:
    """MTA-STS policies over HTTPS on HOST (a random port) in a thread: {host name: (status, content type, body)}
    chosen by the Host header; the certificate by SNI, certs()/CERT.pem unless wrong_cert names the hosts that get
    certs()/wronghost.pem. A 3xx answers with Location: https://elsewhere.test/. Records each (Host, path)."""

    def __init__(self, policies, cert, wrong_cert=(), host="127.0.0.1", max_seconds=240):
        self.policies = policies
        self.requests = []
        outer = self

        class Handler(http.server.BaseHTTPRequestHandler):
            def do_GET(self):
                name = (self.headers.get("Host") or "").split(":")[0].lower()
                outer.requests.append((name, self.path))
                status, ctype, body = outer.policies.get(name, (404, "text/plain", b"not here\n"))
                if self.path != "/.well-known/mta-sts.txt":
                    status, ctype, body = 404, "text/plain", b"not here\n"
                self.send_response(status)
                if 300 <= status < 400:
                    self.send_header("Location", "https://elsewhere.test/.well-known/mta-sts.txt")
                self.send_header("Content-Type", ctype)
                self.send_header("Content-Length", str(len(body)))
                self.end_headers()
                self.wfile.write(body)

            def log_message(self, *args):
                pass

        def context(name):
            c = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
            c.load_cert_chain(os.path.join(certs(), name + ".pem"), os.path.join(certs(), name + ".key"))
            return c

        main, wrong = context(cert), context("wronghost")
        wrong_names = {n.lower() for n in wrong_cert}

        def choose(sock, server_name, _):
            if server_name and server_name.lower() in wrong_names:
                sock.context = wrong

        main.sni_callback = choose
        self.httpd = http.server.ThreadingHTTPServer((host, 0), Handler)
        self.httpd.handle_error = lambda request, client_address: None
        self.httpd.socket = main.wrap_socket(self.httpd.socket, server_side=True)
        self.port = self.httpd.server_address[1]
        self.thread = threading.Thread(target=self.httpd.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True)
        self.thread.start()
        self.timer = threading.Timer(max_seconds, self.httpd.shutdown)
        self.timer.daemon = True
        self.timer.start()

    def stop(self):
        self.timer.cancel()
        self.httpd.shutdown()
        self.httpd.server_close()
        self.thread.join(timeout=10)


def autoconfig_xml(domain, host, port, socket_type="SSL", username="%EMAILADDRESS%"):
    return ("""<?xml version="1.0" encoding="UTF-8"?>
<clientConfig version="1.1">
  <emailProvider id="%s">
    <domain>%s</domain>
    <displayName>Test provider</displayName>
    <outgoingServer type="smtp">
      <hostname>%s</hostname>
      <port>%d</port>
      <socketType>%s</socketType>
      <authentication>password-cleartext</authentication>
      <username>%s</username>
    </outgoingServer>
  </emailProvider>
</clientConfig>
""" % (domain, domain, host, port, socket_type, username)).encode()


class Dnsmasq:
    """dnsmasq answering only what it is given (--srv-host, --mx-host...) on a random 127.0.0.x and a free port
    (postino-cli asks it through --dns-server ADDR:PORT). For each of local it answers only from those records
    (NXDOMAIN, NODATA); anything else is REFUSED. Raises OSError when dnsmasq is missing or does not start."""

    def __init__(self, records, local=(), max_seconds=60):
        exe = shutil.which("dnsmasq") or "/usr/sbin/dnsmasq"
        if not os.path.exists(exe):
            raise OSError("dnsmasq is not installed")
        self.address = None
        self.port = None
        self.proc = None
        last = ""
        for _ in range(5):
            address = "127.0.0.%d" % random.randint(2, 254)
            probe = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
            try:
                probe.bind((address, 0))
                port = probe.getsockname()[1]
            finally:
                probe.close()
            args = ["timeout", str(max_seconds), exe, "--no-daemon", "--port=%d" % port, "--listen-address=" + address,
                    "--bind-interfaces", "--no-resolv", "--no-hosts", "--no-poll", "--conf-file=/dev/null",
                    "--pid-file=", "--log-facility=-"]
            args += ["--local=/%s/" % domain for domain in local] + list(records)
            proc = subprocess.Popen(args, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
            if self._ready(address, port, proc):
                self.address, self.port, self.proc = address, port, proc
                return
            last = self._stop(proc)
        raise OSError("dnsmasq did not start: %s" % last)

    @property
    def server(self):
        """What --dns-server takes: ADDR:PORT."""
        return "%s:%d" % (self.address, self.port)

    @staticmethod
    def _ready(address, port, proc):
        # A query for a name it does not know is answered (REFUSED or NXDOMAIN) once it listens.
        query = b"\x12\x34\x01\x00\x00\x01\x00\x00\x00\x00\x00\x00\x05ready\x04test\x00\x00\x01\x00\x01"
        deadline = time.monotonic() + 5
        while time.monotonic() < deadline and proc.poll() is None:
            s = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
            s.settimeout(0.1)
            try:
                s.sendto(query, (address, port))
                if s.recv(512)[:2] == b"\x12\x34":
                    return True
            except OSError:
                pass
            finally:
                s.close()
        return False

    @staticmethod
    def _stop(proc):
        if proc.poll() is None:
            proc.terminate()
            try:
                proc.wait(timeout=5)
            except subprocess.TimeoutExpired:
                proc.kill()
                proc.wait(timeout=5)
        err = proc.stderr.read() if proc.stderr else ""
        if proc.stderr:
            proc.stderr.close()
        return err

    def stop(self):
        if self.proc:
            self._stop(self.proc)
            self.proc = None

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        self.stop()


class SilentUdp:
    """A UDP port on 127.0.0.x that takes DNS queries and never answers (a name server that is down)."""

    def __init__(self):
        self.sock = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
        self.sock.bind(("127.0.0.%d" % random.randint(2, 254), 0))
        self.address, self.port = self.sock.getsockname()

    @property
    def server(self):
        return "%s:%d" % (self.address, self.port)

    def stop(self):
        self.sock.close()

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        self.stop()

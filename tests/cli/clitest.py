"""Shared helpers for the end-to-end tests of postino-cli.

They drive the real binary exactly as cli.md says, against real SMTP servers (aiosmtpd, from
Debian's python3-aiosmtpd) on 127.0.0.1 with certificates made at test time. Every wait is bounded
and every server stops by itself.
"""
import email
import email.policy
import json
import os
import select
import shutil
import subprocess
import sys
import tempfile
import time
import unittest

SOURCE_DIR = os.environ.get("POSTINO_SOURCE_DIR", os.path.abspath(os.path.join(os.path.dirname(__file__), "..", "..")))
CLI = os.environ.get("POSTINO_CLI", os.path.join(SOURCE_DIR, "build", "app", "cli", "postino-cli"))
SMTPD = os.path.join(SOURCE_DIR, "tests", "util", "smtpd", "postino_smtpd.py")
MAKE_CERTS = os.path.join(SOURCE_DIR, "tests", "util", "certs", "make-certs.sh")

_CERTS = None


def certs():
    """A folder of test certificates (made once per process)."""
    global _CERTS
    if _CERTS is None:
        d = tempfile.mkdtemp(prefix="postino-certs-")
        subprocess.run(["bash", MAKE_CERTS, d], check=True, capture_output=True, timeout=60)
        _CERTS = d
    return _CERTS


def fingerprint(kind):
    with open(os.path.join(certs(), kind + ".sha256")) as f:
        return f.read().strip()


class SmtpServer:
    """A real SMTP server (aiosmtpd) in a child process: plain, starttls or tls (implicit)."""

    def __init__(self, mode="starttls", cert="valid", user=None, password=None, auth_required=False,
                 extra=None, max_seconds=60, port=0, host="127.0.0.1", prefix=()):
        self.maildir = tempfile.mkdtemp(prefix="postino-maildir-")
        # prefix: a command that runs the server elsewhere (nsenter into a test's network namespace).
        args = list(prefix) + [sys.executable, SMTPD, "--host", host, "--port", str(port), "--mode", mode,
                "--maildir", self.maildir, "--max-seconds", str(max_seconds)]
        if mode != "plain":
            args += ["--cert", os.path.join(certs(), cert + ".pem"), "--key", os.path.join(certs(), cert + ".key")]
        if user is not None:
            args += ["--user", user, "--password", password]
        if auth_required:
            args += ["--auth-required"]
        args += extra or []
        # Its stderr goes to a file: a pipe nobody reads would stop the server once it filled up.
        self.log = tempfile.TemporaryFile(mode="w+")
        self.proc = subprocess.Popen(args, stdout=subprocess.PIPE, stderr=self.log, text=True)
        self.port = None
        deadline = time.monotonic() + 20
        line = ""
        while time.monotonic() < deadline:
            ready, _, _ = select.select([self.proc.stdout], [], [], max(0.0, deadline - time.monotonic()))
            if not ready:
                break
            line = self.proc.stdout.readline()
            if not line:
                break
            if line.startswith("PORT "):
                self.port = int(line.split()[1])
                break
        if self.port is None:
            self.stop()
            raise RuntimeError("the test SMTP server did not start: %s %s" % (line, self.words()))

    def alive(self):
        return self.proc.poll() is None

    def words(self):
        """The server's exit status and the end of what it wrote on stderr, for a failure's message."""
        self.log.flush()
        self.log.seek(0)
        return "exit status %s; stderr: %s" % (self.proc.poll(), self.log.read()[-2000:])

    def messages(self):
        """[(envelope dict, raw bytes)] in arrival order."""
        out = []
        names = sorted((n for n in os.listdir(self.maildir) if n.endswith(".eml")), key=lambda n: int(n.split(".")[0]))
        for name in names:
            base = os.path.join(self.maildir, name[:-4])
            with open(base + ".json") as f:
                env = json.load(f)
            with open(base + ".eml", "rb") as f:
                out.append((env, f.read()))
        return out

    def stop(self):
        if self.proc.poll() is None:
            self.proc.terminate()
            try:
                self.proc.wait(timeout=10)
            except subprocess.TimeoutExpired:
                self.proc.kill()
                self.proc.wait(timeout=10)
        if self.proc.stdout:
            self.proc.stdout.close()
        self.log.close()
        shutil.rmtree(self.maildir, ignore_errors=True)

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        self.stop()


class CliResult:
    def __init__(self, proc):
        self.code = proc.returncode
        self.stdout = proc.stdout
        self.stderr = proc.stderr

    def json(self):
        return json.loads(self.stdout)

    def __repr__(self):
        return "exit %d\nstdout: %s\nstderr: %s" % (self.code, self.stdout, self.stderr)


class CliTestCase(unittest.TestCase):
    """Each test gets its own config and data folders (XDG_*), so runs never share an outbox."""

    def setUp(self):
        self.home = tempfile.mkdtemp(prefix="postino-home-")
        self.env = dict(os.environ)
        self.env.update({
            "HOME": self.home,
            "XDG_CONFIG_HOME": os.path.join(self.home, "config"),
            "XDG_DATA_HOME": os.path.join(self.home, "data"),
            "XDG_CACHE_HOME": os.path.join(self.home, "cache"),
            "LANG": "C.UTF-8",
            "LC_ALL": "C.UTF-8",
        })
        self.env.pop("DBUS_SESSION_BUS_ADDRESS", None)

    def tearDown(self):
        shutil.rmtree(self.home, ignore_errors=True)

    def cli(self, *args, stdin=None, env=None, timeout=60):
        e = dict(self.env)
        if env:
            e.update(env)
        proc = subprocess.run([CLI] + list(args), input=stdin, capture_output=True, text=True, env=e, timeout=timeout)
        return CliResult(proc)

    def written_files(self):
        """(path, bytes) of every file a run may have written: under the test's HOME (config, data, cache) and the
        test process's own XDG_RUNTIME_DIR, HOME and TMPDIR (with-keyring.sh's keyring home among them)."""
        tops = [self.home] + [os.environ[var] for var in ("XDG_RUNTIME_DIR", "HOME", "TMPDIR") if os.environ.get(var)]
        seen = set()
        for top in tops:
            for root, _, names in os.walk(top):
                for n in names:
                    path = os.path.join(root, n)
                    if path in seen or not os.path.isfile(path) or os.path.islink(path):
                        continue
                    seen.add(path)
                    try:
                        with open(path, "rb") as f:
                            yield path, f.read()
                    except OSError:
                        pass

    def write(self, name, data):
        path = os.path.join(self.home, name)
        mode = "wb" if isinstance(data, bytes) else "w"
        with open(path, mode) as f:
            f.write(data)
        return path


def secret_forms(secret):
    """Byte strings any of which, found in a file or in what a command printed, gives the secret away: the secret
    in clear, URL-encoded three ways, and base64 (standard and URL-safe) at each of the three alignments it can
    have inside a longer base64 text (AUTH PLAIN's "\\0user\\0password", XOAUTH2's "user=...\\1auth=Bearer
    token\\1\\1")."""
    import base64
    import urllib.parse
    raw = secret.encode()
    forms = {raw, urllib.parse.quote(secret, safe="").encode(), urllib.parse.quote_plus(secret).encode(),
             urllib.parse.quote(secret).encode()}
    for offset in range(3):
        for encode in (base64.b64encode, base64.urlsafe_b64encode):
            encoded = encode(b"\0" * offset + raw)
            # Only the characters that depend on the secret's bytes alone: not the first group when other bytes
            # come before it, never the last (other bytes may follow).
            core = encoded[4 if offset else 0:-4]
            assert len(core) >= 16, "the secret is too short to be found in base64"
            forms.add(core)
    return forms


def free_port():
    """A loopback port nobody listens on right now (connections to it are refused)."""
    import socket
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def parse(raw):
    """Parses a received message with Python's email package (policy=default)."""
    return email.message_from_bytes(raw, policy=email.policy.default)


def all_defects(msg):
    found = list(msg.defects)
    for part in msg.walk():
        found += list(part.defects)
    return found


def unstuff(raw):
    return raw


class PostfixServer:
    """A private, real Postfix (`postfix -c DIR start-fg`, Debian's postfix package): its smtpd on
    127.0.0.1:port takes mail for any domain from 127.0.0.0/8 and relays it to relay_port (an SmtpServer,
    where the test reads what arrived); its log (maillog_file) says what it queued and delivered. It needs
    root (Postfix drops to its own user); it runs in the foreground as the test's child, ends with the test's
    process however that dies, and by itself after max_seconds."""

    POSTFIX = "/usr/sbin/postfix"

    @staticmethod
    def master_cf():
        """Debian's master.cf (or its prototype, where the package was installed without configuration)."""
        for path in ("/etc/postfix/master.cf", "/etc/postfix/master.cf.proto", "/usr/share/postfix/master.cf.dist"):
            if os.path.exists(path):
                return path
        return None

    @staticmethod
    def available():
        import pwd
        try:
            pwd.getpwnam("postfix")
        except KeyError:
            return False
        if not (os.geteuid() == 0 and os.access(PostfixServer.POSTFIX, os.X_OK) and PostfixServer.master_cf()):
            return False
        return PostfixServer._postfix_reaches(tempfile.gettempdir())

    @staticmethod
    def _postfix_reaches(path):
        """Whether the postfix user can reach a folder under path (not in a chroot whose / is 0700, as
        fresh-debian.sh's is): asked in a child that becomes that user."""
        import pwd
        user = pwd.getpwnam("postfix")
        pid = os.fork()
        if pid == 0:
            try:
                os.setgroups([])
                os.setgid(user.pw_gid)
                os.setuid(user.pw_uid)
                os._exit(0 if os.access(path, os.X_OK) else 1)
            except BaseException:
                os._exit(2)
        _, status = os.waitpid(pid, 0)
        return os.WIFEXITED(status) and os.WEXITSTATUS(status) == 0

    def __init__(self, relay_port, max_seconds=900, extra_main_cf=()):
        self.relay_port = relay_port
        self.max_seconds = max_seconds
        self.extra_main_cf = list(extra_main_cf)  # more main.cf lines ("default_transport = discard")

    def __enter__(self):
        import pwd
        self.dir = tempfile.mkdtemp(prefix="postino-postfix-")
        os.chmod(self.dir, 0o755)
        conf, data = os.path.join(self.dir, "conf"), os.path.join(self.dir, "data")
        os.makedirs(conf)
        os.makedirs(data)
        os.makedirs(os.path.join(self.dir, "queue"))
        os.chown(data, pwd.getpwnam("postfix").pw_uid, -1)
        self.port = free_port()
        self.maillog = os.path.join(self.dir, "maillog")
        with open(os.path.join(conf, "main.cf"), "w") as f:
            f.write("\n".join([
                "compatibility_level = 3.6",
                "queue_directory = %s/queue" % self.dir,
                "data_directory = %s" % data,
                "mail_owner = postfix",
                "setgid_group = postdrop",
                "inet_interfaces = 127.0.0.1",
                "inet_protocols = ipv4",
                "myhostname = postfix.postino.test",
                "mydestination =",
                "mynetworks = 127.0.0.0/8",
                "relayhost = [127.0.0.1]:%d" % self.relay_port,
                "maillog_file = %s" % self.maillog,
                "maillog_file_prefixes = %s" % self.dir,
                "alias_maps =",
                "alias_database =",
                "smtpd_tls_security_level = none",
                "smtp_tls_security_level = none",
            ] + self.extra_main_cf + [""]))
        # Debian's master.cf with smtpd on our port and no chroot (the queue is not where a chroot expects).
        lines = []
        with open(self.master_cf()) as f:
            for line in f:
                fields = line.split()
                if line[:1].isalnum() and len(fields) >= 8:
                    if fields[0] == "smtp" and fields[1] == "inet":
                        fields[0] = "127.0.0.1:%d" % self.port
                    fields[4] = "n"
                    line = " ".join(fields) + "\n"
                lines.append(line)
        with open(os.path.join(conf, "master.cf"), "w") as f:
            f.writelines(lines)
        self.log = open(os.path.join(self.dir, "start.log"), "w+")
        self.conf = conf
        self.proc = subprocess.Popen(["timeout", str(self.max_seconds), self.POSTFIX, "-c", conf, "start-fg"],
                                     stdout=self.log, stderr=subprocess.STDOUT, preexec_fn=_end_with_parent)
        import socket
        deadline = time.monotonic() + 30
        while time.monotonic() < deadline and self.proc.poll() is None:
            try:
                with socket.create_connection(("127.0.0.1", self.port), timeout=2) as s:
                    if s.recv(200).startswith(b"220 postfix.postino.test"):
                        return self
            except OSError:
                time.sleep(0.1)
        words = self.words()
        self.__exit__()
        raise RuntimeError("Postfix did not start: " + words)

    def words(self):
        self.log.flush()
        self.log.seek(0)
        tail = self.log.read()[-2000:]
        if os.path.exists(self.maillog):
            with open(self.maillog, errors="replace") as f:
                tail += f.read()[-3000:]
        return tail

    def log_lines(self):
        with open(self.maillog, errors="replace") as f:
            return f.read().splitlines()

    def __exit__(self, *exc):
        subprocess.run([self.POSTFIX, "-c", self.conf, "stop"], capture_output=True, timeout=60)
        try:
            self.proc.wait(timeout=30)
        except subprocess.TimeoutExpired:
            self.proc.kill()
            self.proc.wait(timeout=10)
        self.log.close()
        shutil.rmtree(self.dir, ignore_errors=True)


def _end_with_parent():
    """In the child, before exec: SIGTERM when the test process dies, however it dies."""
    import ctypes
    import signal
    ctypes.CDLL(None, use_errno=True).prctl(1, signal.SIGTERM)  # PR_SET_PDEATHSIG

#!/usr/bin/python3
"""A local OAuth2 authorisation server for Postino's tests (HTTPS, stdlib only; /usr/bin/python3).

    oauth_server.py --cert C --key K --port-file F --client-id ID [--issuer URL] [--lifetime SECONDS]
                    [--access-expiry SECONDS] [--tokens-file FILE] [--state-file FILE]

It checks what a well-behaved client must do and refuses anything else, so that a test proves it:
  GET  /authorize   response_type=code, the client ID, a redirect_uri on http://127.0.0.1:PORT (RFC 8252),
                    a state, code_challenge with code_challenge_method=S256 (RFC 7636); answers 302 to the
                    redirect with code, state and iss (RFC 9207), or error=access_denied when told to deny.
  POST /token       authorization_code: the code once only (single use), the same redirect_uri and client,
                    SHA-256(code_verifier) == the challenge; refresh_token: a token it issued (refused with
                    invalid_grant when told to); the device grant: authorization_pending, then slow_down,
                    then the tokens. Access and refresh tokens are random; access tokens expire after
                    --access-expiry seconds (default 3600).
  POST /devicecode  RFC 8628: device_code, user_code, verification_uri, interval 1, expires_in 600.
  POST /control     JSON {"refuse_refresh": bool, "deny": bool, "hang_token": bool, "wrong_iss": bool};
                    {"expire_access": true} ends every access token issued so far, now (as a provider's
                    clock or a revocation does while the client still holds an unexpired token).
The issued access tokens (with their expiry) are written to --tokens-file as JSON, for the SMTP test server
to accept exactly those; every request is counted in --state-file (JSON, with the refresh tokens issued, so
that a test can look for them where they must not be) for the test to read.
The server binds 127.0.0.1 only and stops by itself after --lifetime seconds (default 120).
"""
import argparse
import base64
import hashlib
import json
import os
import secrets
import ssl
import sys
import threading
import time
import urllib.parse
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer


class State:
    def __init__(self, args):
        self.args = args
        self.lock = threading.Lock()
        self.codes = {}  # code -> {challenge, redirect_uri, client_id, used}
        self.refresh_tokens = set()
        self.access_tokens = {}  # token -> expiry (epoch seconds)
        self.devices = {}  # device_code -> polls so far
        self.verifiers = set()  # every PKCE code_verifier a client sent: secrets the client must not leave about
        self.device_codes = set()  # every device code issued (devices forgets the ones that were used)
        self.controls = {"refuse_refresh": False, "deny": False, "hang_token": False, "wrong_iss": False}
        self.counts = {}
        self.errors = []  # what the server refused, in words, for a failing test to show

    def count(self, what):
        self.counts[what] = self.counts.get(what, 0) + 1
        self.save()

    def refuse(self, why):
        self.errors.append(why)
        self.save()

    def save(self):
        if self.args.state_file:
            write_json(self.args.state_file, {"counts": self.counts, "errors": self.errors,
                                              "refresh_tokens": len(self.refresh_tokens),
                                              "refresh_token_values": sorted(self.refresh_tokens),
                                              # what else a client must keep to itself: codes, PKCE
                                              # verifiers and device codes
                                              "code_values": sorted(self.codes),
                                              "verifier_values": sorted(self.verifiers),
                                              "device_code_values": sorted(self.device_codes)})
        if self.args.tokens_file:
            write_json(self.args.tokens_file, self.access_tokens)

    def issue(self, with_refresh=True):
        access = "at-" + secrets.token_urlsafe(24)
        self.access_tokens[access] = time.time() + self.args.access_expiry
        body = {"access_token": access, "token_type": "Bearer", "expires_in": self.args.access_expiry}
        if with_refresh:
            refresh = "rt-" + secrets.token_urlsafe(32)
            self.refresh_tokens.add(refresh)
            body["refresh_token"] = refresh
        self.save()
        return body


def write_json(path, value):
    tmp = path + ".tmp"
    with open(tmp, "w") as f:
        json.dump(value, f)
    os.replace(tmp, path)


def s256(verifier):
    return base64.urlsafe_b64encode(hashlib.sha256(verifier.encode("ascii")).digest()).rstrip(b"=").decode()


def loopback_redirect(uri):
    parsed = urllib.parse.urlsplit(uri)
    return parsed.scheme == "http" and parsed.hostname == "127.0.0.1" and parsed.port is not None


class Handler(BaseHTTPRequestHandler):
    server_version = "PostinoTestAS/1"

    def log_message(self, fmt, *args):
        pass

    @property
    def state(self):
        return self.server.state

    def reply_json(self, status, body):
        data = json.dumps(body).encode()
        self.send_response(status)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(data)))
        self.send_header("Cache-Control", "no-store")
        self.end_headers()
        self.wfile.write(data)

    def oauth_error(self, code, why, status=400):
        self.state.refuse("%s: %s" % (code, why))
        self.reply_json(status, {"error": code, "error_description": why})

    def do_GET(self):
        url = urllib.parse.urlsplit(self.path)
        if url.path != "/authorize":
            self.send_error(404)
            return
        q = dict(urllib.parse.parse_qsl(url.query, keep_blank_values=True))
        with self.state.lock:
            self.state.count("authorize")
            problems = []
            if q.get("response_type") != "code":
                problems.append("response_type is not code")
            if q.get("client_id") != self.state.args.client_id:
                problems.append("unknown client_id %r" % q.get("client_id"))
            if not loopback_redirect(q.get("redirect_uri", "")):
                problems.append("redirect_uri %r is not http://127.0.0.1:PORT" % q.get("redirect_uri"))
            if q.get("code_challenge_method") != "S256" or len(q.get("code_challenge", "")) != 43:
                problems.append("no S256 code_challenge")
            if len(q.get("state", "")) < 16:
                problems.append("no state")
            if problems:
                self.state.refuse("; ".join(problems))
                self.send_error(400, "; ".join(problems))
                return
            redirect = q["redirect_uri"]
            if self.state.controls["deny"]:
                answer = {"error": "access_denied", "error_description": "The user said no", "state": q["state"]}
            else:
                code = secrets.token_urlsafe(16) + "/+" + secrets.token_urlsafe(8)  # '/' and '+' as Google's
                self.state.codes[code] = {"challenge": q["code_challenge"], "redirect_uri": redirect,
                                          "client_id": q["client_id"], "used": False}
                self.state.save()
                answer = {"code": code, "state": q["state"]}
            answer["iss"] = "https://evil.test" if self.state.controls["wrong_iss"] else self.state.args.issuer
        self.send_response(302)
        self.send_header("Location", redirect + "?" + urllib.parse.urlencode(answer))
        self.send_header("Content-Length", "0")
        self.end_headers()

    def read_form(self):
        length = int(self.headers.get("Content-Length", "0"))
        if length > 65536:
            return None
        body = self.rfile.read(length).decode("utf-8")
        if self.headers.get("Content-Type", "").split(";")[0].strip() != "application/x-www-form-urlencoded":
            return None
        return dict(urllib.parse.parse_qsl(body, keep_blank_values=True, strict_parsing=False))

    def do_POST(self):
        url = urllib.parse.urlsplit(self.path)
        if url.path == "/control":
            length = min(int(self.headers.get("Content-Length", "0")), 4096)
            changes = json.loads(self.rfile.read(length) or b"{}")
            with self.state.lock:
                self.state.controls.update({k: bool(v) for k, v in changes.items() if k in self.state.controls})
                if changes.get("expire_access"):
                    for token in self.state.access_tokens:
                        self.state.access_tokens[token] = 0
                    self.state.save()
            self.reply_json(200, self.state.controls)
            return
        form = self.read_form()
        if form is None:
            self.oauth_error("invalid_request", "not a form")
            return
        if url.path == "/devicecode":
            self.device_code(form)
        elif url.path == "/token":
            self.token(form)
        else:
            self.send_error(404)

    def device_code(self, form):
        with self.state.lock:
            self.state.count("devicecode")
            if form.get("client_id") != self.state.args.client_id:
                self.oauth_error("invalid_client", "unknown client", 401)
                return
            device = "dc-" + secrets.token_urlsafe(16)
            self.state.devices[device] = 0
            self.state.device_codes.add(device)
            self.state.save()
        self.reply_json(200, {"device_code": device, "user_code": "WDJB-MJHT",
                              "verification_uri": "https://as.postino.test/device", "interval": 1,
                              "expires_in": 600})

    def token(self, form):
        with self.state.lock:
            self.state.count("token")
            hang = self.state.controls["hang_token"]
        if hang:
            time.sleep(self.state.args.lifetime)
            return
        with self.state.lock:
            if form.get("client_id") != self.state.args.client_id:
                self.oauth_error("invalid_client", "unknown client", 401)
                return
            grant = form.get("grant_type")
            if grant == "authorization_code":
                if form.get("code_verifier"):
                    self.state.verifiers.add(form["code_verifier"])
                    self.state.save()
                entry = self.state.codes.get(form.get("code", ""))
                if entry is None:
                    self.oauth_error("invalid_grant", "unknown code")
                elif entry["used"]:
                    self.oauth_error("invalid_grant", "code already used")
                elif entry["redirect_uri"] != form.get("redirect_uri"):
                    self.oauth_error("invalid_grant", "redirect_uri differs")
                elif s256(form.get("code_verifier", "")) != entry["challenge"]:
                    self.oauth_error("invalid_grant", "PKCE verifier does not match")
                else:
                    entry["used"] = True
                    self.reply_json(200, self.state.issue())
            elif grant == "refresh_token":
                self.state.count("refresh")
                if form.get("refresh_token") not in self.state.refresh_tokens:
                    self.oauth_error("invalid_grant", "unknown refresh token")
                elif self.state.controls["refuse_refresh"]:
                    self.oauth_error("invalid_grant", "Token has been expired or revoked.")
                else:
                    self.reply_json(200, self.state.issue(with_refresh=False))
            elif grant == "urn:ietf:params:oauth:grant-type:device_code":
                device = form.get("device_code", "")
                if device not in self.state.devices:
                    self.oauth_error("invalid_grant", "unknown device code")
                    return
                self.state.devices[device] += 1
                polls = self.state.devices[device]
                if polls == 1:
                    self.reply_json(400, {"error": "authorization_pending"})
                elif polls == 2 and not self.state.args.no_slow_down:
                    self.reply_json(400, {"error": "slow_down"})
                else:
                    del self.state.devices[device]
                    self.reply_json(200, self.state.issue())
            else:
                self.oauth_error("unsupported_grant_type", "grant_type %r" % grant)


def main():
    p = argparse.ArgumentParser()
    p.add_argument("--cert", required=True)
    p.add_argument("--key", required=True)
    p.add_argument("--port-file", required=True)
    p.add_argument("--client-id", required=True)
    p.add_argument("--issuer", default="https://as.postino.test")
    p.add_argument("--access-expiry", type=int, default=3600)
    p.add_argument("--lifetime", type=float, default=120)
    p.add_argument("--tokens-file")
    p.add_argument("--state-file")
    p.add_argument("--deny", action="store_true")
    p.add_argument("--refuse-refresh", action="store_true")
    p.add_argument("--hang-token", action="store_true")
    p.add_argument("--wrong-iss", action="store_true")
    p.add_argument("--no-slow-down", action="store_true", help="device grant: pending once, then the tokens")
    args = p.parse_args()

    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    server.daemon_threads = True
    server.state = State(args)
    server.state.controls.update(deny=args.deny, refuse_refresh=args.refuse_refresh, hang_token=args.hang_token,
                                 wrong_iss=args.wrong_iss)
    context = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
    context.load_cert_chain(args.cert, args.key)
    server.socket = context.wrap_socket(server.socket, server_side=True)
    server.state.save()
    write_json(args.port_file, {"port": server.server_address[1]})
    threading.Timer(args.lifetime, server.shutdown).start()
    server.serve_forever()
    return 0


if __name__ == "__main__":
    sys.exit(main())

#!/usr/bin/python3
"""A real SMTP server for Postino's tests (aiosmtpd, Debian's python3-aiosmtpd).

    postino_smtpd.py --port 0 --host 127.0.0.1 --mode plain|starttls|tls --cert C --key K
                     [--user U --password P] [--auth-required] --maildir DIR [--max-seconds N]
                     [--hostname NAME] [--local-domain D]... [--starttls-optional] [--oauth-tokens FILE]

Prints "PORT <n>" on stdout once it listens. Each message is stored as DIR/<n>.eml (the bytes as
received, after the server undid dot-stuffing) and DIR/<n>.json (mail_from, rcpt_tos, mail_options,
rcpt_options); DIR/data.log has a line per DATA, DIR/relay-refused.log one per RCPT refused for
--local-domain, DIR/commands.log a line per RSET and QUIT. Exits by itself after --max-seconds. Binds only where told (127.0.0.1 by default).

With --oauth-tokens FILE (the access tokens tests/util/oauth/oauth_server.py issued, JSON token -> expiry)
it offers XOAUTH2 and OAUTHBEARER and accepts exactly those tokens while they last; any other token gets
the providers' 334 error challenge, then 535 (as Gmail and Microsoft do). Its AUTH line may be 16 KiB long
(Microsoft's tokens run to 2,500 bytes). Every AUTH is counted in FILE.auth.json.
"""
import argparse
import asyncio
import json
import os
import ssl
import sys
import time

import base64

from aiosmtpd.smtp import SMTP, AuthResult, LoginPassword


class OAuthMechanisms:
    """XOAUTH2 and OAUTHBEARER, for the tokens the test authorisation server issued."""

    def __init__(self, tokens_file):
        self.tokens_file = tokens_file
        self.counts_file = tokens_file + ".auth.json"
        self.counts = {"accepted": 0, "refused": 0, "tokens": []}

    def valid(self, token):
        try:
            with open(self.tokens_file) as f:
                tokens = json.load(f)
        except (OSError, ValueError):
            return False
        return token in tokens and tokens[token] > time.time()

    def note(self, ok, token):
        self.counts["accepted" if ok else "refused"] += 1
        self.counts["tokens"].append(token[:12])
        tmp = self.counts_file + ".tmp"
        with open(tmp, "w") as f:
            json.dump(self.counts, f)
        os.replace(tmp, self.counts_file)

    @staticmethod
    def bearer(text, mechanism):
        # XOAUTH2: user=U^Aauth=Bearer T^A^A; OAUTHBEARER (RFC 7628): n,a=U,^Aauth=Bearer T^A^A
        parts = text.split("\x01")
        if mechanism == "OAUTHBEARER" and not parts[0].startswith("n,"):
            return None
        for part in parts:
            if part.startswith("auth=Bearer "):
                return part[len("auth=Bearer "):]
        return None

    async def check(self, server, args, mechanism):
        if len(args) > 1:
            try:
                blob = base64.b64decode(args[1], validate=True)
            except ValueError:
                return AuthResult(success=False, handled=False)
        else:
            blob = await server.challenge_auth("")
            if not isinstance(blob, bytes):
                return AuthResult(success=False, handled=True)
        token = self.bearer(blob.decode("utf-8", "replace"), mechanism) or ""
        ok = self.valid(token)
        self.note(ok, token)
        if ok:
            return AuthResult(success=True, handled=False)
        # The providers' error challenge: the client answers it (empty, or ^A), then gets 535.
        answer = await server.challenge_auth(json.dumps({"status": "401", "schemes": "bearer", "scope": "smtp"}))
        if not isinstance(answer, bytes):
            return AuthResult(success=False, handled=True)
        return AuthResult(success=False, handled=False, message="535 5.7.8 Username and Password not accepted")


class Handler:
    def __init__(self, maildir, reject_rcpt=(), defer_rcpt=(), data_reply=None, data_reply_times=0,
                 throttle_after=0, throttle_seconds=0.0, throttle_reply=None, local_domains=()):
        self.maildir = maildir
        self.local_domains = {d.lower() for d in local_domains}
        self.throttle_after = throttle_after
        self.throttle_seconds = throttle_seconds
        self.throttle_reply = throttle_reply
        self.throttle_until = None
        self.count = 0
        self.reject_rcpt = {a.lower() for a in reject_rcpt}
        self.defer_rcpt = {a.lower() for a in defer_rcpt}
        self.data_reply = data_reply
        self.data_reply_times = data_reply_times

    async def handle_MAIL(self, server, session, envelope, address, mail_options):
        # --throttle-after N: once N messages are stored, MAIL is refused for --throttle-seconds (each refusal
        # is a line in DIR/throttled.log), then taken again.
        now = time.monotonic()
        if self.throttle_after and self.throttle_until is None and self.count >= self.throttle_after:
            self.throttle_until = now + self.throttle_seconds
        if self.throttle_until is not None and now < self.throttle_until:
            with open(os.path.join(self.maildir, "throttled.log"), "a") as f:
                f.write("%.3f %s\n" % (time.time(), self.throttle_reply))
            return self.throttle_reply
        envelope.mail_from = address
        envelope.mail_options.extend(mail_options)
        return "250 2.1.0 Ok"

    async def handle_RCPT(self, server, session, envelope, address, rcpt_options):
        # --local-domain D: an MX that takes mail for D only and relays for nobody.
        if self.local_domains and address.rpartition("@")[2].lower() not in self.local_domains:
            with open(os.path.join(self.maildir, "relay-refused.log"), "a") as f:
                f.write("%s -> %s\n" % (envelope.mail_from, address))
            return "554 5.7.1 <%s>: Relay access denied" % address
        if address.lower() in self.reject_rcpt:
            return "550 5.1.1 <%s>: Recipient address rejected: User unknown" % address
        if address.lower() in self.defer_rcpt:
            return "452 4.2.2 <%s>: Mailbox full, try again later" % address
        envelope.rcpt_tos.append(address)
        envelope.rcpt_options.extend(rcpt_options)
        return "250 2.1.5 Ok"

    async def handle_DATA(self, server, session, envelope):
        with open(os.path.join(self.maildir, "data.log"), "a") as f:
            f.write("%s -> %s\n" % (envelope.mail_from, ",".join(envelope.rcpt_tos)))
        if self.data_reply and self.data_reply_times > 0:
            self.data_reply_times -= 1
            return self.data_reply
        self.count += 1
        base = os.path.join(self.maildir, str(self.count))
        content = envelope.original_content if envelope.original_content is not None else envelope.content
        if isinstance(content, str):
            content = content.encode("utf-8", "surrogateescape")
        with open(base + ".eml.part", "wb") as f:
            f.write(content)
        with open(base + ".json", "w", encoding="utf-8") as f:
            json.dump({
                "mail_from": envelope.mail_from,
                "rcpt_tos": envelope.rcpt_tos,
                "mail_options": envelope.mail_options,
                "rcpt_options": envelope.rcpt_options,
            }, f)
        os.replace(base + ".eml.part", base + ".eml")
        return "250 2.0.0 OK stored as %d" % self.count


class LoggingSMTP(SMTP):
    """Writes RSET and QUIT to DIR/commands.log as they come (the domain check's relay test ends with both)."""

    def __init__(self, handler, maildir, **kwargs):
        super().__init__(handler, **kwargs)
        self.commands_log = os.path.join(maildir, "commands.log")

    def _log(self, word):
        with open(self.commands_log, "a") as f:
            f.write(word + "\n")

    async def smtp_RSET(self, arg):
        self._log("RSET")
        await super().smtp_RSET(arg)

    async def smtp_QUIT(self, arg):
        self._log("QUIT")
        await super().smtp_QUIT(arg)


class OAuthSMTP(LoggingSMTP):
    """aiosmtpd with room for a long AUTH line."""
    line_length_limit = 16384


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--host", default="127.0.0.1")
    parser.add_argument("--port", type=int, default=0)
    parser.add_argument("--mode", choices=["plain", "starttls", "tls"], default="plain")
    parser.add_argument("--cert")
    parser.add_argument("--key")
    parser.add_argument("--user")
    parser.add_argument("--password")
    parser.add_argument("--auth-required", action="store_true")
    parser.add_argument("--maildir", required=True)
    parser.add_argument("--max-seconds", type=float, default=60)
    parser.add_argument("--reject-rcpt", action="append", default=[], help="answer 550 to RCPT TO this address")
    parser.add_argument("--defer-rcpt", action="append", default=[], help="answer 452 to RCPT TO this address")
    parser.add_argument("--data-reply", help="answer this reply after the final dot instead of storing")
    parser.add_argument("--data-reply-times", type=int, default=1000000, help="... this many times")
    parser.add_argument("--throttle-after", type=int, default=0, help="refuse MAIL after this many messages ...")
    parser.add_argument("--throttle-seconds", type=float, default=5, help="... for this long")
    parser.add_argument("--throttle-reply", default="421 4.7.0 Too many messages, try again later")
    parser.add_argument("--hostname", default="smtpd.postino.test", help="the name in the greeting and EHLO reply")
    parser.add_argument("--local-domain", action="append", default=[],
                        help="take RCPT for this domain only; others get 554 5.7.1 Relay access denied")
    parser.add_argument("--starttls-optional", action="store_true",
                        help="with --mode starttls: offer STARTTLS but take MAIL without it, as MX hosts do")
    parser.add_argument("--oauth-tokens", help="accept XOAUTH2/OAUTHBEARER for the tokens in this JSON file")
    args = parser.parse_args()
    os.makedirs(args.maildir, exist_ok=True)

    context = None
    if args.mode != "plain":
        context = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
        context.minimum_version = ssl.TLSVersion.TLSv1_2
        context.load_cert_chain(args.cert, args.key)

    def authenticator(server, session, envelope, mechanism, auth_data):
        ok = (isinstance(auth_data, LoginPassword) and args.user is not None
              and auth_data.login == args.user.encode() and auth_data.password == args.password.encode())
        # handled=False: aiosmtpd then answers 535 itself (the default, handled=True, answers nothing).
        return AuthResult(success=ok, handled=False)

    handler = Handler(args.maildir, args.reject_rcpt, args.defer_rcpt, args.data_reply, args.data_reply_times,
                      args.throttle_after, args.throttle_seconds, args.throttle_reply, args.local_domain)
    smtp_class = LoggingSMTP
    if args.oauth_tokens:
        mechanisms = OAuthMechanisms(args.oauth_tokens)

        async def auth_XOAUTH2(server, a):
            return await mechanisms.check(server, a, "XOAUTH2")

        async def auth_OAUTHBEARER(server, a):
            return await mechanisms.check(server, a, "OAUTHBEARER")

        handler.auth_XOAUTH2 = auth_XOAUTH2
        handler.auth_OAUTHBEARER = auth_OAUTHBEARER
        smtp_class = OAuthSMTP

    def factory():
        server = smtp_class(handler, args.maildir,
                    hostname=args.hostname,
                    enable_SMTPUTF8=True,
                    tls_context=context if args.mode == "starttls" else None,
                    require_starttls=args.mode == "starttls" and not args.starttls_optional,
                    auth_required=args.auth_required,
                    # With implicit TLS aiosmtpd does not know the transport is encrypted (it only tracks
                    # STARTTLS), so it would hide AUTH; the whole connection is TLS there anyway.
                    auth_require_tls=args.mode == "starttls",
                    authenticator=authenticator if args.user else None,
                    timeout=args.max_seconds)
        if args.oauth_tokens:
            server.command_size_limits["AUTH"] = 16384
        return server

    loop = asyncio.new_event_loop()
    asyncio.set_event_loop(loop)
    server = loop.run_until_complete(loop.create_server(
        factory, host=args.host, port=args.port, ssl=context if args.mode == "tls" else None))
    port = server.sockets[0].getsockname()[1]
    print("PORT %d" % port, flush=True)
    loop.call_later(args.max_seconds, loop.stop)
    try:
        loop.run_forever()
    finally:
        server.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())

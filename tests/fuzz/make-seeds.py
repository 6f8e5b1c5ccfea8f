#!/usr/bin/python3
"""Writes the seed corpus of each fuzz target (tests/fuzz/corpus/<target>/) from the project's own test data:
the provider files, and replies, addresses, records and messages like those the unit tests use. Run it again
after adding seeds here; the fuzzers' own finds are merged in by scripts/fuzz.sh --merge."""
import glob
import hashlib
import os

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))


def put(target, data):
    if isinstance(data, str):
        data = data.encode("utf-8")
    folder = os.path.join(HERE, "corpus", target)
    os.makedirs(folder, exist_ok=True)
    with open(os.path.join(folder, "seed-" + hashlib.sha1(data).hexdigest()[:16]), "wb") as f:
        f.write(data)


# SMTP replies: first byte enhanced-codes flag, then a length byte and the cut points, then the stream.
replies = [
    b"220 smtp.example.org ESMTP ready\r\n",
    b"250-smtp.example.org Hello\r\n250-PIPELINING\r\n250-SIZE 35882577\r\n250-8BITMIME\r\n250-AUTH PLAIN LOGIN XOAUTH2\r\n"
    b"250-ENHANCEDSTATUSCODES\r\n250-CHUNKING\r\n250 SMTPUTF8\r\n",
    b"535 5.7.8 Username and Password not accepted\r\n",
    b"421 4.7.0 Try again later, closing connection\n",
    b"250 2.1.0 Ok\r\n250 2.1.5 Ok\r\n354 End data with <CR><LF>.<CR><LF>\r\n",
    b"334 eyJzdGF0dXMiOiI0MDEifQ==\r\n",
    b"550-5.7.1 first\r\n550 5.7.1 second\r\n",
    b"250",
    b"2500 no\r\n",
]
for flag in (b"\x00", b"\x01"):
    for r in replies:
        put("fuzz_smtp_reply", flag + b"\x03\x05\x01\x40" + r)

addresses = ["Mario Rossi <mario@esempio.it>", "\"Rossi, Mario\" <mario@esempio.it>", "zoe@città.it",
             "mario@esempio.it (Mario Rossi)", "=?UTF-8?B?TWFyacOy?= <m@example.org>", "\"a b\"@example.org",
             "user@[192.0.2.1]", "user@[IPv6:2001:db8::1]", "Team: a@b.it, c@d.it;", "Undisclosed recipients:;",
             "ada@example.org, Zoe <zoe@example.org>, \"x, y\" <x@y.it>", "Jörg <jörg@bücher.de>"]
for a in addresses:
    put("fuzz_address", a)

headers = ["Hello", "Ciao, perché no?", "=?UTF-8?Q?caf=C3=A9?= and =?ISO-8859-1?B?Y2Fm6Q==?=",
           "a very long subject " * 20, "€ 100 — fattura n. 42", "=?utf-8?q?broken", "日本語の件名"]
for h in headers:
    put("fuzz_header_encoding", b"\x00" + h.encode())
    put("fuzz_header_encoding", b"\x01" + h.encode())


def piece(data, wide=False):
    data = data.encode() if isinstance(data, str) else data
    if wide:
        return bytes([len(data) >> 8, len(data) & 0xff]) + data
    return bytes([len(data)]) + data


for name, subject, html, text, atts in [
    ("Ada", "Hello", 0, "Hi Zoe,\nthe report.\n-- \nAda", []),
    ("Mario Rossi", "Preventivo è pronto", 1, "Ecco il <b>preventivo</b>.", [("preventivo.pdf", b"%PDF-1.4\0\xff")]),
    ("", "x" * 200, 0, ("long line " * 150) + "\r\n.\r\n.dot", [("a.txt", b"a\r\nb"), ("ü.bin", bytes(range(256)))]),
]:
    body = piece(name) + piece(subject, True) + bytes([0, html]) + piece(text, True) + bytes([len(atts)])
    for fname, content in atts:
        body += piece(fname) + piece(content, True)
    put("fuzz_mime_roundtrip", body)

messages = [
    b"From: Ada <ada@example.org>\r\nTo: zoe@example.org\r\nSubject: =?UTF-8?Q?caf=C3=A9?=\r\n"
    b"Content-Type: text/plain; charset=utf-8\r\nContent-Transfer-Encoding: quoted-printable\r\n\r\ncaf=C3=A9=\r\n ok\r\n",
    b"Subject: mixed\r\nMIME-Version: 1.0\r\nContent-Type: multipart/mixed; boundary=\"b1\"\r\n\r\n--b1\r\n"
    b"Content-Type: multipart/alternative; boundary=b2\r\n\r\n--b2\r\nContent-Type: text/plain\r\n\r\nplain\r\n--b2\r\n"
    b"Content-Type: text/html\r\n\r\n<p>html</p>\r\n--b2--\r\n--b1\r\nContent-Type: application/pdf\r\n"
    b"Content-Disposition: attachment; filename*=UTF-8''fattura%20per%C3%B2.pdf\r\nContent-Transfer-Encoding: base64\r\n\r\n"
    b"JVBERi0xLjQK\r\n--b1--\r\n",
    b"Subject: folded\r\n continued\r\n\r\nbody",
]
for m in messages:
    put("fuzz_parsed_message", m)

csvs = ["email,name\nada@example.org,Ada\nzoe@example.org,\"Zoe, the \"\"best\"\"\"\n",
        "\ufeffemail;nome;città\r\nmario@esempio.it;Mario;Roma\r\n\r\nanna@esempio.it;Anna;\"Milano\r\nCentro\"\r\n",
        "email\n\n\nada@example.org\n", "a,b,c\n1,2\n1,2,3,4\n"]
for c in csvs:
    put("fuzz_csv_reader", c)

for spf in ["v=spf1 -all", "v=spf1 include:_spf.google.com ~all", "v=spf1 ip4:192.0.2.0/24 ip6:2001:db8::/32 mx a:mail.example.org -all",
            "v=spf1 redirect=_spf.example.org", "v=spf1 exists:%{i}.%{l1r-}.example.org exp=explain.%{d} ?all",
            "v=spf1 ptr +all", "v=spf10 -all", "v=spf1 include: -all"]:
    put("fuzz_spf_record", spf)

for rec in ["v=DMARC1; p=reject; rua=mailto:dmarc@example.org; adkim=s; aspf=r; pct=100",
            "v=DMARC1; p=none; sp=quarantine; ruf=mailto:f@example.org!10m; fo=1:d:s; t=y",
            "v=DKIM1; k=rsa; p=MIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEAtest",
            "v=DKIM1; k=ed25519; t=s:y; p=11qYAYKxCrfVS/7TyWQHOg7hcvPapiMlrwIaaPcHURo=", "v=DKIM1; p="]:
    put("fuzz_dmarc_record", rec)

for pol in ["version: STSv1\nmode: enforce\nmx: mail.example.org\nmx: *.example.net\nmax_age: 604800\n",
            "version: STSv1\r\nmode: testing\r\nmx: mx1.example.org\r\nmax_age: 86400\r\n",
            "version: STSv1\nmode: none\nmax_age: 31557600\n", "version: STSv2\nmode: enforce\n"]:
    put("fuzz_mta_sts_policy", pol)

for xml in glob.glob(os.path.join(ROOT, "resources", "providers", "*.xml"))[:20]:
    with open(xml, "rb") as f:
        put("fuzz_ispdb", f.read())

for body in [b'{"access_token":"ya29.a0","token_type":"Bearer","expires_in":3599,"refresh_token":"1//0g","scope":"https://mail.google.com/"}',
             b'{"error":"invalid_grant","error_description":"Token has been expired or revoked."}',
             b'{"device_code":"dc-1","user_code":"WDJB-MJHT","verification_uri":"https://microsoft.com/devicelogin","interval":5,"expires_in":900}',
             b'{"error":"authorization_pending"}', b'{"access_token":"x","token_type":"mac"}', b"<html>502</html>"]:
    put("fuzz_oauth_tokens", b"\x00" + body)

# DKIM key records, with the project's test keys (tests/domain/keys); flag byte 1: the rest is also read as DER.
import base64
for name in sorted(glob.glob(os.path.join(ROOT, "tests", "domain", "keys", "*"))):
    with open(name, "rb") as f:
        key = f.read().strip()
    kind = b"ed25519" if b"ed25519" in os.path.basename(name).encode() else b"rsa"
    put("fuzz_dkim_record", b"\x00v=DKIM1; k=" + kind + b"; h=sha256; t=y:s; s=email; n=test key; p=" + key)
    try:
        put("fuzz_dkim_record", b"\x01" + base64.b64decode(key))
    except ValueError:
        pass
for rec in ["v=DKIM1; p=", "v=DKIM1; k=rsa; p=MIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEAtest", "k=ed25519; p=11qYAYKxCrfVS/7TyWQHOg7hcvPapiMlrwIaaPcHURo=",
            " v = DKIM1 ;\r\n\tp=AB CD ; ", "p=AB; p=CD", "v=DKIM2; p=AB"]:
    put("fuzz_dkim_record", b"\x00" + rec.encode())

# The outbox's item.json and journal, from the format-1 outbox of tests/outbox/fixtures (what people's disks hold).
import json
import re
import struct
import zlib

FIXTURE = os.path.join(ROOT, "tests", "outbox", "fixtures", "outbox-v1", "outbox")
ITEM_ID = "20261122T100000000-00000001"  # FuzzOutboxItem.cpp's folder
items = []
for path in sorted(glob.glob(os.path.join(FIXTURE, "*", "item.json"))):
    with open(path, "rb") as f:
        raw = f.read()
    inner = re.search(rb'^\{"format":1,"item":(.*),"item_sha256":"[0-9a-f]{64}"\}\n?$', raw, re.S).group(1)
    items.append(inner)
    if os.path.basename(os.path.dirname(path)) == ITEM_ID:
        put("fuzz_outbox_item", b"\x00" + raw)  # as it is on disk
    own = re.sub(rb'"id":"[^"]*"', ('"id":"%s"' % ITEM_ID).encode(), inner, count=1)
    for change in (0x01, 0x37, 0xc9):  # wrapped by the target; the later version changes different things
        put("fuzz_outbox_item", bytes([change]) + own)
adhoc = json.loads(items[0])
adhoc["id"] = ITEM_ID
adhoc["account"] = ""
adhoc["server"] = {"host": "smtp.example.test", "port": 587, "security": "starttls", "username": "ada", "auth": "plain"}
put("fuzz_outbox_item", b"\x01" + json.dumps(adhoc, separators=(",", ":")).encode())

with open(os.path.join(FIXTURE, "journal"), "rb") as f:
    lines = f.read()
for cut, flags in ((255, 0), (200, 2), (128, 2)):
    put("fuzz_outbox_journal", bytes([cut, flags]) + lines)


def varint(n):
    out = b""
    while n >= 0x80:
        out += bytes([(n & 0x7f) | 0x80])
        n >>= 7
    return out + bytes([n])


def string(b):
    return varint(len(b)) + b


def frame(payload):
    return struct.pack("<II", len(payload), zlib.crc32(payload) & 0xffffffff) + payload


records = b""
for inner in items:
    item = json.loads(inner)
    item["revision"] = "1"
    compact = json.dumps(item, separators=(",", ":"), ensure_ascii=False).encode()
    ident = item["id"].encode()
    records += frame(b"F" + string(ident) + varint(1) + string(compact))
    # A delta: sending, one attempt; then failed with a reply.
    records += frame(b"D" + string(ident) + varint(2) + varint(1) + b"\x01\x01" + b"\x02" + varint(1))
    records += frame(b"D" + string(ident) + varint(3) + varint(2) + b"\x01\x02" + b"\x08" + string(b"550 5.1.1 no"))
for cut, flags in ((255, 1), (190, 1), (100, 3), (40, 3)):
    put("fuzz_outbox_journal", bytes([cut, flags]) + records)

# The campaign composer: subject, text and HTML bodies, a header, an unsubscribe tail and a third column's name,
# then the columns' values and the address (FuzzCampaignTemplate.cpp; the bodies and values take two length bytes).
def campaign(subject, text, html, header, unsub, third, values, email):
    out = piece(subject) + piece(text, True) + piece(html, True) + piece(header) + piece(unsub) + piece(third)
    for v in values:
        out += piece(v, True)
    return out + piece(email)


put("fuzz_campaign_template", campaign("Ciao {{nome|amico}}", "Caro {{Nome}},\nle novità di {{città}}.\n{{unsubscribe}}",
                                       "<p>Caro {{nome}}</p>", "X-Campagna: {{città}}", "1id={{email}}", "",
                                       ["Mario", "Roma"], "mario@esempio.it"))
put("fuzz_campaign_template", campaign("{{nome}}", "", "<b>{{ codice | nessuno }}</b>", "X-Code: {{codice}}",
                                       "0{{nome}}", "codice",
                                       ["Ada\r\nBcc: evil@example.org", "Roma\nX-Injected: 1", "{{nome}}"],
                                       "ada@example.org"))
put("fuzz_campaign_template", campaign("x" * 200 + " {{nome}}", "{{ {{nome}}", "", "", "", "",
                                       ["é" * 300, "<script>&amp;"], "zoe@città.it"))

# The SMTP client: flags (chunking, credentials, hold, two messages, DSN, 8-bit, UTF-8 sender, null sender), the
# recipients and the messages, then the server's replies in fragments (FuzzSmtpClient.cpp).
def dialogue(flags, who, what, replies):
    out = bytes([flags, who, what])
    for r in replies:
        out += piece(r)
    return out


ehlo = (b"250-smtp.example.org Hello\r\n250-PIPELINING\r\n250-SIZE 35882577\r\n250-8BITMIME\r\n"
        b"250-AUTH PLAIN LOGIN\r\n250-ENHANCEDSTATUSCODES\r\n250-CHUNKING\r\n250 SMTPUTF8\r\n")
put("fuzz_smtp_client", dialogue(0x00, 0x00, 0x00, [b"220 smtp.example.org ESMTP\r\n", ehlo, b"250 2.1.0 Ok\r\n",
                                                    b"250 2.1.5 Ok\r\n", b"354 go ahead\r\n", b"250 2.0.0 queued\r\n",
                                                    b"221 2.0.0 bye\r\n"]))
put("fuzz_smtp_client", dialogue(0x03, 0x11, 0x05, [b"220 smtp.example.org ESMTP\r\n", ehlo, b"235 2.7.0 ok\r\n",
                                                    b"250 2.1.0 Ok\r\n250 2.1.5 Ok\r\n250 2.1.5 Ok\r\n",
                                                    b"250 2.0.0 chunk\r\n", b"250 2.0.0 queued\r\n", b"221 bye\r\n"]))
put("fuzz_smtp_client", dialogue(0x0a, 0x21, 0x01, [b"220 x\r\n", ehlo, b"334 \r\n", b"235 ok\r\n", b"250 ok\r\n",
                                                    b"550 5.1.1 no such user\r\n250 ok\r\n", b"250 ok\r\n",
                                                    b"354 go\r\n", b"250 ok\r\n", b"250 ok\r\n250 ok\r\n354 go\r\n",
                                                    b"250 ok\r\n", b"221 bye\r\n"]))
put("fuzz_smtp_client", dialogue(0x04, 0x02, 0x02, [b"220 x\r\n", b"502 no\r\n", b"250 x\r\n", b"250 ok\r\n",
                                                    b"250 ok\r\n", b"354 go\r\n", b"451 4.3.0 later\r\n",
                                                    b"421 4.7.0 closing\r\n"]))
put("fuzz_smtp_client", dialogue(0x00, 0x00, 0x00, [b"220 x\r\n", ehlo, b"250 ok\r\n250 ok\r\n354 go\r\n"]))

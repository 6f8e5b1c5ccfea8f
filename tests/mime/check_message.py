#!/usr/bin/python3
"""An independent reading of a message built by Postino: Python's email package parses it and this script
prints a JSON summary that TestMessageBuilder compares with what it asked for.

Usage: check_message.py MESSAGE.eml   (prints one JSON object on stdout)
"""
import email
import email.policy
import hashlib
import json
import sys


def addresses(header):
    if header is None:
        return None
    out = []
    for a in header.addresses:
        out.append({"name": a.display_name, "local": a.username, "domain": a.domain, "spec": a.addr_spec})
    return out


def header_defects(msg):
    found = []
    for name, value in msg.items():
        for d in getattr(value, "defects", []):
            found.append("%s: %s: %s" % (name, type(d).__name__, d))
    return found


def main():
    with open(sys.argv[1], "rb") as f:
        data = f.read()

    lines = data.split(b"\r\n")
    raw = {
        "size": len(data),
        "max_line": max(len(line) for line in lines),
        "bare_lf": b"\n" in b"".join(lines),
        "bare_cr": b"\r" in b"".join(lines),
        "ends_with_crlf": data.endswith(b"\r\n"),
        "non_ascii_header_bytes": any(b > 127 for b in data.split(b"\r\n\r\n", 1)[0]),
    }

    if raw["non_ascii_header_bytes"]:
        # RFC 6532 headers: Python's bytes parser would see undecodable bytes; read the text as UTF-8.
        msg = email.message_from_string(data.decode("utf-8"), policy=email.policy.default)
    else:
        msg = email.message_from_bytes(data, policy=email.policy.default)
    # What the brief requires empty: the message's and each part's own defects. Header defects are reported
    # apart, so that the test can tell a broken header from Python's note about RFC 2047 words in name="...".
    defects = ["message: %s" % type(d).__name__ for d in msg.defects]
    headers_defects = header_defects(msg)

    headers = [[name, str(value)] for name, value in msg.items()]
    parts = []
    structure = []

    def walk(part):
        ctype = part.get_content_type()
        if part.is_multipart():
            structure.append(ctype + "(")
            first = True
            for sub in part.iter_parts():
                if not first:
                    structure.append(",")
                first = False
                walk(sub)
            structure.append(")")
            return
        structure.append(ctype)
        payload = part.get_payload(decode=True) or b""
        info = {
            "content_type": ctype,
            "charset": part.get_content_charset(),
            "cte": part.get("Content-Transfer-Encoding", ""),
            "disposition": part.get_content_disposition(),
            "filename": part.get_filename(),
            "name_param": part.get_param("name"),
            "size": len(payload),
            "sha256": hashlib.sha256(payload).hexdigest(),
            "defects": [type(d).__name__ for d in part.defects],
            "header_defects": header_defects(part),
        }
        if part.get_content_maintype() == "text" and part.get_content_disposition() != "attachment":
            info["text"] = part.get_content()
        parts.append(info)

    for p in msg.walk():
        if p is not msg:
            defects += ["part %s: %s" % (p.get_content_type(), type(d).__name__) for d in p.defects]
    walk(msg)

    summary = {
        "raw": raw,
        "defects": defects,
        "header_defects": headers_defects,
        "headers": headers,
        "subject": msg["Subject"] and str(msg["Subject"]),
        "from": addresses(msg["From"]),
        "sender": addresses(msg["Sender"]),
        "to": addresses(msg["To"]),
        "cc": addresses(msg["Cc"]),
        "reply_to": addresses(msg["Reply-To"]),
        "bcc_present": "Bcc" in msg,
        "message_id": msg["Message-ID"] and str(msg["Message-ID"]),
        "date": msg["Date"] and msg["Date"].datetime.isoformat(),
        "mime_version": msg["MIME-Version"] and str(msg["MIME-Version"]),
        "structure": "".join(structure),
        "parts": parts,
    }
    json.dump(summary, sys.stdout, ensure_ascii=True)


if __name__ == "__main__":
    main()

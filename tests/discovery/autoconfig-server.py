#!/usr/bin/python3
"""A tiny HTTPS server for TestAutoconfigClient: 127.0.0.1, port 0 (printed on stdout), TLS with the given
certificate. What it answers depends on the Host header:
  autoconfig.<domain> and <domain>   a config-v1.1.xml whose SMTP host is smtp.<domain> (so the test sees
                                     which Host arrived) and whose username echoes the emailaddress query
  big.*                              2 MiB of XML-looking bytes
  missing.*                          404
  slow.*                             nothing for 5 seconds
It exits when stdin closes or after 30 seconds, whichever comes first."""
import os
import ssl
import sys
import threading
import time
import urllib.parse
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

CONFIG = """<?xml version="1.0"?>
<clientConfig version="1.1"><emailProvider id="{domain}"><domain>{domain}</domain>
<outgoingServer type="smtp"><hostname>smtp.{domain}</hostname><port>465</port><socketType>SSL</socketType>
<authentication>password-cleartext</authentication><username>{user}</username></outgoingServer>
</emailProvider></clientConfig>
"""


class Handler(BaseHTTPRequestHandler):
    def log_message(self, *args):
        pass

    def do_GET(self):
        host = self.headers.get("Host", "").split(":")[0]
        url = urllib.parse.urlparse(self.path)
        if host.startswith("slow."):
            time.sleep(5)
            return
        if host.startswith("missing."):
            self.send_error(404)
            return
        if host.startswith("big."):
            body = b"<clientConfig>" + b"x" * (2 * 1024 * 1024) + b"</clientConfig>"
        else:
            domain = host[len("autoconfig."):] if host.startswith("autoconfig.") else host
            query = urllib.parse.parse_qs(url.query)
            user = query.get("emailaddress", ["%EMAILADDRESS%"])[0]
            if url.path not in ("/mail/config-v1.1.xml", "/.well-known/autoconfig/mail/config-v1.1.xml"):
                self.send_error(404)
                return
            body = CONFIG.format(domain=domain, user=user).encode()
        self.send_response(200)
        self.send_header("Content-Type", "text/xml")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        try:
            self.wfile.write(body)
        except (BrokenPipeError, ConnectionResetError, ssl.SSLError):
            pass


def main():
    cert, key = sys.argv[1], sys.argv[2]
    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    server.daemon_threads = True
    context = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
    context.load_cert_chain(cert, key)
    server.socket = context.wrap_socket(server.socket, server_side=True)

    def stop_on_eof():
        sys.stdin.read()
        os._exit(0)

    threading.Thread(target=stop_on_eof, daemon=True).start()
    threading.Timer(30, lambda: os._exit(0)).start()
    print(server.server_address[1], flush=True)
    server.serve_forever()


if __name__ == "__main__":
    main()

"""Real HTTP servers on loopback for the hostile tests: pages, redirects, and servers that misbehave.

Every server is a real ``ThreadingHTTPServer`` (or a bare socket) on
127.0.0.1 or 127.0.0.2; nothing is mocked. ``Server.hits`` counts the
requests a server received, so a test can prove a refused URL was never
contacted.
"""

from __future__ import annotations

import gzip
import socket
import struct
import threading
import time
import zlib
from collections.abc import Callable
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

ARTICLE = (
    b"<!DOCTYPE html><html><head><title>Dam opens</title></head><body><article><h1>Dam opens</h1>"
    b"<p>The Kell dam began generating 310 megawatts on 2 April 2024 <a href='#'>source</a>.</p>"
    b"</article></body></html>"
)


def _bomb(wbits: int, size: int = 50_000_000) -> bytes:
    """``size`` bytes of one letter, compressed (about 1,000:1), built without holding them in memory."""
    packer = zlib.compressobj(9, zlib.DEFLATED, wbits)
    block = b"a" * 1_000_000
    return b"".join(packer.compress(block) for _ in range(size // len(block))) + packer.flush()


GZIP_BOMB = _bomb(31)
"""50 MB in about 50 KB, gzip-framed."""
DEFLATE_BOMB = _bomb(-15)
"""The same as raw deflate (no zlib header), as some servers send it."""

Route = Callable[[BaseHTTPRequestHandler], None]


def send(handler: BaseHTTPRequestHandler, status: int, body: bytes, **headers: str) -> None:
    """One complete response; header names are given with ``_`` for ``-``."""
    handler.send_response(status)
    for name, value in headers.items():
        handler.send_header(name.replace("_", "-"), value)
    if "Content_Length" not in headers:
        handler.send_header("Content-Length", str(len(body)))
    handler.end_headers()
    handler.wfile.write(body)


def _drip(handler: BaseHTTPRequestHandler) -> None:
    handler.send_response(200)
    handler.send_header("Content-Type", "text/html")
    handler.end_headers()
    for _ in range(600):  # 8 bytes every half second: each read is quick, the whole never ends
        handler.wfile.write(b"<p>drip ")
        handler.wfile.flush()
        time.sleep(0.5)


def _slow_headers(handler: BaseHTTPRequestHandler) -> None:
    handler.wfile.write(b"HTTP/1.1 200 OK\r\n")
    for n in range(600):
        handler.wfile.write(f"X-Slow-{n}: 1\r\n".encode())
        handler.wfile.flush()
        time.sleep(0.2)


def _endless(handler: BaseHTTPRequestHandler) -> None:
    handler.send_response(200)
    handler.send_header("Content-Type", "text/plain")
    handler.end_headers()
    line = b"The endless article goes on. " * 2000
    for _ in range(100_000):  # 6 GB if nobody stops reading
        handler.wfile.write(line)


def _reset(handler: BaseHTTPRequestHandler) -> None:
    handler.send_response(200)
    handler.send_header("Content-Type", "text/html")
    handler.send_header("Content-Length", "100000")
    handler.end_headers()
    handler.wfile.write(b"<p>The first words and then")
    handler.wfile.flush()
    handler.connection.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))
    handler.wfile.close()
    handler.rfile.close()
    handler.connection.close()  # a reset, half way through the promised body


def _routes(other: str) -> dict[str, Route]:
    return {
        "/article.html": lambda h: send(h, 200, ARTICLE, Content_Type="text/html; charset=utf-8"),
        "/plain": lambda h: send(h, 200, b"The port handled 4.1 million containers in 2023.", Content_Type="text/plain"),
        "/utf16": lambda h: send(h, 200, "\ufeffThe café sold 300 cups.".encode("utf-16-le"), Content_Type="text/plain"),
        "/no-type-text": lambda h: send(h, 200, b"# Notes\n\nThe mill closed in 1998.\n"),
        "/no-type-binary": lambda h: send(h, 200, bytes(range(256)) * 64),
        "/png-as-html": lambda h: send(h, 200, b"\x89PNG\r\n\x1a\n" + b"\x00" * 64, Content_Type="text/html"),
        "/image.png": lambda h: send(h, 200, b"\x89PNG", Content_Type="image/png"),
        "/gone": lambda h: send(h, 404, b"no", Content_Type="text/plain"),
        "/big-declared": lambda h: send(h, 200, b"", Content_Type="text/html", Content_Length="900000000"),
        "/brotli": lambda h: send(h, 200, b"\x0b\x02\x80", Content_Type="text/html", Content_Encoding="br"),
        "/gzip-ok": lambda h: send(h, 200, gzip.compress(ARTICLE), Content_Type="text/html", Content_Encoding="gzip"),
        "/gzip-bomb": lambda h: send(h, 200, GZIP_BOMB, Content_Type="text/html", Content_Encoding="gzip"),
        "/deflate-bomb": lambda h: send(h, 200, DEFLATE_BOMB, Content_Type="text/html", Content_Encoding="deflate"),
        "/drip": _drip,
        "/slow-headers": _slow_headers,
        "/endless": _endless,
        "/reset": _reset,
        "/to-article": lambda h: send(h, 302, b"", Location="/article.html"),
        "/to-other": lambda h: send(h, 301, b"", Location=f"{other}/article.html"),
        "/loop": lambda h: send(h, 302, b"", Location="/loop"),
        "/to-file": lambda h: send(h, 302, b"", Location="file:///etc/passwd"),
    }


class Server:
    """A real HTTP server on ``host``; ``redirect_to(url)`` adds a route that redirects to ``url``."""

    def __init__(self, host: str = "127.0.0.1", other: str = "") -> None:
        self.hits = 0
        self.routes = _routes(other)
        server = self

        class Handler(BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"

            def do_GET(self) -> None:
                server.hits += 1
                route = server.routes.get(self.path.split("?", 1)[0])
                try:
                    if route is None:
                        send(self, 404, b"no such page", Content_Type="text/plain")
                    else:
                        route(self)
                except OSError:  # the client hung up on a hostile route: that is the point
                    pass

            def log_message(self, *args: object) -> None:
                pass

        self.httpd = ThreadingHTTPServer((host, 0), Handler)
        self.httpd.daemon_threads = True
        self.httpd.handle_error = lambda request, address: None  # type: ignore[method-assign]
        self.url = f"http://{host}:{self.httpd.server_address[1]}"
        self.port = int(self.httpd.server_address[1])
        threading.Thread(target=self.httpd.serve_forever, daemon=True).start()

    def redirect_to(self, path: str, target: str) -> str:
        """Add a route ``path`` that redirects to ``target``; returns its URL."""
        self.routes[path] = lambda h: send(h, 302, b"", Location=target)
        return self.url + path

    def close(self) -> None:
        """Stop serving."""
        self.httpd.shutdown()
        self.httpd.server_close()


class Silent:
    """A TCP server that accepts connections and never says a word."""

    def __init__(self) -> None:
        self.sock = socket.socket()
        self.sock.bind(("127.0.0.1", 0))
        self.sock.listen(16)
        self.url = f"http://127.0.0.1:{self.sock.getsockname()[1]}"
        self.held: list[socket.socket] = []
        threading.Thread(target=self._accept, daemon=True).start()

    def _accept(self) -> None:
        while True:
            try:
                conn, _ = self.sock.accept()
            except OSError:
                return
            self.held.append(conn)

    def close(self) -> None:
        """Stop listening and drop the held connections."""
        self.sock.close()
        for conn in self.held:
            conn.close()

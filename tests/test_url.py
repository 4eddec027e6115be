"""Auditing a URL: real HTTP against a local server on 127.0.0.1."""

from __future__ import annotations

import json
import socket
import threading
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest

from auditor.cli import main
from auditor.errors import SourceError
from auditor.load.url import fetch

ARTICLE = b"""<!DOCTYPE html><html><head><title>Dam opens | River News</title></head><body>
<nav><a href="/">Home</a></nav><article><h1>Dam opens</h1>
<p>The Kell dam began generating 310 megawatts on 2 April 2024 <a href="#">source</a>.</p>
<p>It cost $2.3 billion to build, the operator said (<a href="https://kell.example/report">report</a>).</p>
</article><footer>Contact us</footer></body></html>"""
PAGES: dict[str, tuple[int, str, bytes]] = {
    "/article.html": (200, "text/html; charset=utf-8", ARTICLE),
    "/moved": (301, "text/html", b""),
    "/gone": (404, "text/html", b"not here"),
    "/image.png": (200, "image/png", b"\x89PNG"),
    "/huge.html": (200, "text/html", b"<p>" + b"x" * 300_000 + b"</p>"),
}


class Handler(BaseHTTPRequestHandler):
    def do_GET(self) -> None:
        status, ctype, body = PAGES.get(self.path, (404, "text/plain", b"no"))
        self.send_response(status)
        if self.path == "/moved":
            self.send_header("Location", "/article.html")
        self.send_header("Content-Type", ctype)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, *args: object) -> None:
        pass


@pytest.fixture(scope="module")
def server() -> Iterator[str]:
    httpd = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{httpd.server_address[1]}"
    httpd.shutdown()


def test_audit_url(server: str, capsys: pytest.CaptureFixture[str]) -> None:
    code = main(["audit", f"{server}/article.html", "--format", "json"])
    data = json.loads(capsys.readouterr().out)
    assert code == 1
    assert data["document"]["source"] == f"{server}/article.html"
    assert data["document"]["format"] == "html" and data["document"]["title"] == "Dam opens"
    assert [f["rule"] for f in data["findings"] if f["severity"] == "error"] == ["CIT002"]


def test_redirect_is_followed_and_final_url_reported(server: str) -> None:
    assert fetch(f"{server}/moved").url == f"{server}/article.html"


@pytest.mark.parametrize(
    ("path", "message"),
    [("/gone", "answered 404"), ("/image.png", "is image/png, not an HTML or text page")],
)
def test_bad_pages_are_one_line_exit_2(
    server: str, capsys: pytest.CaptureFixture[str], path: str, message: str
) -> None:
    code = main(["audit", f"{server}{path}"])
    err = capsys.readouterr().err
    assert code == 2 and err.count("\n") == 1 and message in err


def test_size_cap(server: str) -> None:
    with pytest.raises(SourceError, match="larger than the 100,000-byte limit"):
        fetch(f"{server}/huge.html", max_bytes=100_000)


def test_unreachable_host(capsys: pytest.CaptureFixture[str]) -> None:
    with socket.socket() as s:  # a port that was free a moment ago: nothing listens there
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    code = main(["audit", f"http://127.0.0.1:{port}/x.html"])
    err = capsys.readouterr().err
    assert code == 2 and "cannot connect" in err and err.count("\n") == 1

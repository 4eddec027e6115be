"""Hostile network tests: real servers on loopback; every refusal with the policy on, every success off.

No mock of ``requests``: fetches go through auditor.net to real sockets. Names
that need DNS use ``localhost`` or a resolver that answers with a loopback
address, passed through the policy like the system resolver is.
"""

from __future__ import annotations

import time
import tracemalloc
from collections.abc import Iterator

import pytest

from auditor.errors import BlockedAddressError, FetchTimeoutError, SourceError
from auditor.net import Fetched, Policy, fetch
from auditor.net.address import literal_address, refusal
from tests.hostile_servers import Server, Silent

OPEN = Policy(allow_private_network=True, deadline=3.0, read_timeout=2.0, max_bytes=1_000_000)
"""The policy with internal addresses allowed, a short deadline and a 1 MB cap (the tests stay fast)."""


@pytest.fixture(scope="module")
def other() -> Iterator[Server]:
    """The second server, for redirects: on 127.0.0.2, another loopback address."""
    server = Server("127.0.0.2")
    yield server
    server.close()


@pytest.fixture(scope="module")
def main(other: Server) -> Iterator[Server]:
    server = Server("127.0.0.1", other=other.url)
    yield server
    server.close()


def timed(url: str, policy: Policy) -> tuple[Fetched | Exception, float]:
    start = time.monotonic()
    try:
        result: Fetched | Exception = fetch(url, policy)
    except SourceError as exc:
        result = exc
    return result, time.monotonic() - start


# --- refusals: the default policy never connects to an internal address -------------------------------------------

REFUSED_HOSTS = [
    ("127.0.0.1", "loopback"),
    ("localhost", "loopback"),
    ("[::1]", "loopback"),
    ("0.0.0.0", "unspecified"),
    ("[::]", "unspecified"),
    ("2130706433", "loopback"),  # decimal 127.0.0.1
    ("0177.0.0.1", "loopback"),  # octal
    ("0x7f.0.0.1", "loopback"),  # hex
    ("127.1", "loopback"),  # short form
    ("[::ffff:127.0.0.1]", "loopback address in IPv6 form"),  # IPv4-mapped
    ("[64:ff9b::7f00:1]", "loopback address in IPv6 form"),  # NAT64
    ("169.254.169.254", "link-local"),  # cloud metadata
    ("[fd00:ec2::254]", "private"),  # cloud metadata over IPv6
    ("10.0.0.1", "private"),
    ("172.16.0.1", "private"),
    ("192.168.1.1", "private"),
    ("100.64.0.1", "shared (CGNAT)"),
    ("[fd00::1]", "private"),
    ("[fe80::1]", "link-local"),
    ("224.0.0.1", "multicast"),
    ("[ff02::1]", "multicast"),
    ("240.0.0.1", "reserved"),
    ("255.255.255.255", "reserved"),
]


@pytest.mark.parametrize(("host", "kind"), REFUSED_HOSTS)
def test_internal_addresses_are_refused(host: str, kind: str) -> None:
    with pytest.raises(BlockedAddressError) as info:
        fetch(f"http://{host}:9/page.html", Policy(deadline=2.0))
    message = str(info.value)
    assert kind in message and "--allow-private-network" in message and "\n" not in message


def test_refused_server_is_never_contacted(main: Server) -> None:
    before = main.hits
    for host in ("127.0.0.1", "localhost", "2130706433", "0177.0.0.1", "127.0.0.1."):
        with pytest.raises(BlockedAddressError):
            fetch(f"http://{host}:{main.port}/article.html")
    assert main.hits == before


def test_redirect_to_an_internal_address_is_refused(main: Server, other: Server) -> None:
    # 127.0.0.1 is allowed as an exception (standing in for a public site); the redirect target is not.
    allowed = Policy(allowed_networks=("127.0.0.1",), deadline=3.0)
    assert fetch(f"{main.url}/article.html", allowed).text.startswith("<!DOCTYPE html>")
    before = other.hits
    for target in (f"{other.url}/article.html", "http://169.254.169.254/latest/meta-data/", "http://[::1]:9/"):
        with pytest.raises(BlockedAddressError, match="refused so that an article cannot"):
            fetch(main.redirect_to("/hop", target), allowed)
    assert other.hits == before


def test_resolved_names_are_checked() -> None:
    def intranet(host: str, port: int) -> list[str]:
        return {"wiki.intranet.test": ["10.1.2.3"], "mixed.test": ["93.184.216.34", "127.0.0.1"]}[host]

    for host, shown in (("wiki.intranet.test", "(10.1.2.3) is a private"), ("mixed.test", "(127.0.0.1) is a loopback")):
        with pytest.raises(BlockedAddressError, match=shown.replace("(", r"\(").replace(")", r"\)")):
            fetch(f"http://{host}/", Policy(resolver=intranet))


def test_connects_to_the_address_it_checked(main: Server) -> None:
    """A name is resolved once per hop; the connection goes to that address (no second, rebindable lookup)."""
    calls: list[str] = []

    def rebinding(host: str, port: int) -> list[str]:
        calls.append(host)  # first answer: the server; any later answer would point somewhere else
        return ["127.0.0.1"] if len(calls) == 1 else ["127.0.0.9"]

    # "news.test" exists in no DNS: the page can only come from the checked address
    page = fetch(f"http://news.test:{main.port}/article.html", Policy(allow_private_network=True, resolver=rebinding))
    assert "Dam opens" in page.text and calls == ["news.test"]


def test_other_schemes_are_refused(main: Server) -> None:
    for url in ("file:///etc/passwd", "ftp://example.com/x", "gopher://127.0.0.1/"):
        with pytest.raises(SourceError, match="only http and https"):
            fetch(url, OPEN)
    with pytest.raises(SourceError, match=r"file:///etc/passwd \(redirected from .*\): only http and https"):
        fetch(f"{main.url}/to-file", OPEN)


def test_malformed_urls_are_one_clear_error() -> None:
    for url in ("http://[::1/", "http://", "http://exa mple.com:99999/", "http://[fe80::1%zz/"):
        with pytest.raises(SourceError) as info:
            fetch(url, OPEN)
        assert url in str(info.value) and "\n" not in str(info.value)


@pytest.mark.parametrize(
    ("host", "address"),
    [("2130706433", "127.0.0.1"), ("0x7f000001", "127.0.0.1"), ("0177.1", "127.0.0.1"), ("10.1", "10.0.0.1")],
)
def test_numeric_ipv4_forms_are_read_as_the_address_they_spell(host: str, address: str) -> None:
    assert str(literal_address(host)) == address


def test_public_addresses_pass_the_policy() -> None:
    for text in ("93.184.216.34", "8.8.8.8", "2606:4700::1111", "2a00:1450:4001:80b::200e"):
        found = literal_address(text if "." in text else f"[{text}]")
        assert found is not None and refusal(found) is None


# --- successes: with the network opened, the same addresses work --------------------------------------------------


@pytest.mark.parametrize("host", ["127.0.0.1", "localhost", "2130706433", "0177.0.0.1", "127.1"])
def test_allowed_when_the_network_is_opened(main: Server, host: str) -> None:
    page = fetch(f"http://{host}:{main.port}/article.html", OPEN)
    assert "Dam opens" in page.text and page.content_type == "text/html"


def test_redirects_are_followed_across_servers(main: Server, other: Server) -> None:
    assert fetch(f"{main.url}/to-article", OPEN).url == f"{main.url}/article.html"
    assert fetch(f"{main.url}/to-other", OPEN).url == f"{other.url}/article.html"


def test_redirect_loops_end(main: Server) -> None:
    with pytest.raises(SourceError, match="more than 5 redirects"):
        fetch(f"{main.url}/loop", OPEN)


@pytest.mark.parametrize(
    ("path", "text"),
    [
        ("/plain", "4.1 million containers"),
        ("/utf16", "The café sold 300 cups."),
        ("/no-type-text", "The mill closed in 1998."),
        ("/gzip-ok", "Dam opens"),
    ],
)
def test_text_pages_are_read(main: Server, path: str, text: str) -> None:
    assert text in fetch(main.url + path, OPEN).text


@pytest.mark.parametrize(
    ("path", "message"),
    [
        ("/gone", "answered 404 Not Found"),
        ("/image.png", "is image/png, not an HTML or text page"),
        ("/no-type-binary", "has no text content type and serves binary data"),
        ("/png-as-html", "says text/html but serves binary data"),
        ("/big-declared", "900,000,000 bytes is larger than the 1,000,000-byte limit (not read)"),
        ("/brotli", "unsupported content encoding 'br'"),
        ("/reset", "the connection broke off"),
    ],
)
def test_bad_pages_are_refused(main: Server, path: str, message: str) -> None:
    with pytest.raises(SourceError, match=message.replace("(", r"\(").replace(")", r"\)")):
        fetch(main.url + path, OPEN)


# --- bounded: every hostile server ends within the deadline and the cap -------------------------------------------


@pytest.mark.parametrize(
    ("path", "error", "message"),
    [
        ("/drip", FetchTimeoutError, "did not finish within the 1.5-second deadline"),
        ("/slow-headers", FetchTimeoutError, "did not finish within the 1.5-second deadline"),
        ("/endless", SourceError, "larger than the 1,000,000-byte limit (stopped reading there)"),
        ("/gzip-bomb", SourceError, "larger than the 1,000,000-byte limit once decompressed"),
        ("/deflate-bomb", SourceError, "larger than the 1,000,000-byte limit once decompressed"),
    ],
)
def test_hostile_servers_end_within_the_deadline(main: Server, path: str, error: type, message: str) -> None:
    tracemalloc.start()
    try:
        result, seconds = timed(main.url + path, Policy(allow_private_network=True, deadline=1.5, max_bytes=1_000_000))
        peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
    assert isinstance(result, error) and message in str(result) and "\n" not in str(result)
    assert seconds < 20.0  # the drip would go on for 5 minutes; generous for a loaded machine
    assert peak < 20_000_000  # a bomb is stopped at the cap, not expanded


def test_a_server_that_never_answers_times_out() -> None:
    silent = Silent()
    try:
        result, seconds = timed(silent.url + "/", Policy(allow_private_network=True, deadline=1.0, read_timeout=5.0))
    finally:
        silent.close()
    assert isinstance(result, FetchTimeoutError) and "1-second deadline" in str(result)
    assert seconds < 20.0


def test_a_slow_resolver_is_cut_by_the_deadline() -> None:
    def stuck(host: str, port: int) -> list[str]:
        time.sleep(30)
        return ["93.184.216.34"]

    result, seconds = timed("http://slow.test/", Policy(resolver=stuck, deadline=1.0, connect_timeout=0.5))
    assert isinstance(result, FetchTimeoutError) and "did not resolve" in str(result)
    assert seconds < 15.0  # the resolver would take 30 s; generous for a loaded machine


# --- HTTPS: the connection goes to the checked address, while TLS checks the name ----------------------------------


@pytest.fixture(scope="module")
def tls(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[str, int]]:
    """An HTTPS server on 127.0.0.1 with a certificate for ``news.test`` from a throwaway CA (trustme)."""
    import ssl
    import threading
    from http.server import ThreadingHTTPServer

    trustme = pytest.importorskip("trustme")
    ca = trustme.CA()
    cert = ca.issue_cert("news.test")
    bundle = tmp_path_factory.mktemp("tls") / "ca.pem"
    ca.cert_pem.write_to_path(str(bundle))
    server = Server("127.0.0.1")  # its routes and handler, served again over TLS
    httpd = ThreadingHTTPServer(("127.0.0.1", 0), server.httpd.RequestHandlerClass)
    httpd.daemon_threads = True
    context = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
    cert.configure_cert(context)
    httpd.socket = context.wrap_socket(httpd.socket, server_side=True)
    threading.Thread(target=httpd.serve_forever, daemon=True).start()
    yield str(bundle), int(httpd.server_address[1])
    httpd.shutdown()
    httpd.server_close()
    server.close()


def test_https_to_a_pinned_address_checks_the_name(tls: tuple[str, int]) -> None:
    bundle, port = tls

    def names(host: str, port: int) -> list[str]:
        return {"news.test": ["127.0.0.1"], "other.test": ["127.0.0.1"]}[host]

    policy = Policy(allow_private_network=True, resolver=names, ca_bundle=bundle, deadline=5.0)
    page = fetch(f"https://news.test:{port}/article.html", policy)  # SNI and certificate name: news.test
    assert "Dam opens" in page.text and page.url == f"https://news.test:{port}/article.html"
    with pytest.raises(SourceError, match="cannot connect") as info:  # same address, a name the certificate lacks
        fetch(f"https://other.test:{port}/article.html", policy)
    assert "other.test" in str(info.value) and "\n" not in str(info.value)
    with pytest.raises(BlockedAddressError):
        fetch(f"https://news.test:{port}/article.html", Policy(resolver=names, ca_bundle=bundle))


def test_only_the_network_module_imports_requests() -> None:
    import re
    from pathlib import Path

    package = Path(__file__).resolve().parent.parent / "auditor"
    importing = re.compile(r"^\s*(?:import|from)\s+(?:requests|urllib3|http\.client|socket)\b", re.M)
    outside = [
        str(p.relative_to(package))
        for p in package.rglob("*.py")
        if "net" not in p.relative_to(package).parts[:1] and importing.search(p.read_text(encoding="utf-8"))
    ]
    assert outside == []

"""Fetching one URL under a policy: vetted addresses, bounded redirects, a deadline and a size cap."""

from __future__ import annotations

import ipaddress
import re
from dataclasses import dataclass, field, replace
from urllib.parse import urljoin, urlsplit

import requests
import urllib3

from auditor._version import __version__
from auditor.config import DEFAULT_MAX_BYTES, Config
from auditor.errors import AuditorError, ConfigError, FetchTimeoutError, SourceError
from auditor.net.address import Resolver, system_resolver, vet
from auditor.net.body import content_type, decode_body, read_capped, sniff
from auditor.net.transport import Deadline, PinnedAdapter

USER_AGENT = f"auditor/{__version__} (+https://pypi.org/project/auditor/; article citation auditor)"
_REDIRECTS = (301, 302, 303, 307, 308)
_SOURCE_LOCATION = re.compile(r"\s*\(_?\w+\.c:\d+\)")
_SCHEMES = ("http", "https")


@dataclass(frozen=True, slots=True)
class Policy:
    """How a fetch may behave: which addresses, how long, how much."""

    allow_private_network: bool = False
    max_bytes: int = DEFAULT_MAX_BYTES
    connect_timeout: float = 5.0
    """Seconds to establish one connection."""
    read_timeout: float = 15.0
    """Seconds one read may wait for data."""
    deadline: float = 30.0
    """Seconds for the whole fetch: resolving, connecting, every redirect and the whole body."""
    max_redirects: int = 5
    allowed_networks: tuple[str, ...] = ()
    """Internal networks allowed although ``allow_private_network`` is off (``"10.1.2.0/24"``)."""
    ca_bundle: str | None = None
    """A file of CA certificates to trust for HTTPS instead of the default store (an intranet's own CA)."""
    resolver: Resolver = field(default=system_resolver, compare=False)

    def __post_init__(self) -> None:
        for network in self.allowed_networks:
            try:
                ipaddress.ip_network(network, strict=False)
            except ValueError:
                raise ConfigError(f"allowed network {network!r} is not an IP address or network") from None

    @classmethod
    def from_config(cls, config: Config, **overrides: object) -> Policy:
        """The policy a configuration asks for (network switch and size cap), with explicit overrides."""
        base = cls(allow_private_network=config.allow_private_network, max_bytes=config.max_bytes)
        return replace(base, **overrides)  # type: ignore[arg-type]


@dataclass(frozen=True, slots=True)
class Fetched:
    """A fetched page: its final URL (after redirects), text, and content type."""

    url: str
    text: str
    content_type: str


class Fetcher:
    """A ``requests`` session that only fetches under a :class:`Policy` (reuse it for many URLs)."""

    def __init__(self, policy: Policy | None = None) -> None:
        self.policy = policy or Policy()
        self.adapter = PinnedAdapter()
        self.session = requests.Session()
        self.session.trust_env = False  # no proxies or .netrc from the environment: the policy must see the peer
        self.session.headers.update({"User-Agent": USER_AGENT, "Accept-Encoding": "gzip, deflate"})
        for prefix in ("http://", "https://"):
            self.session.mount(prefix, self.adapter)

    def close(self) -> None:
        """Close the pooled connections."""
        self.session.close()

    def __enter__(self) -> Fetcher:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def fetch(self, url: str) -> Fetched:
        """GET ``url`` and return its text, or raise a :class:`SourceError` (subclass) saying what went wrong."""
        policy = self.policy
        with Deadline(policy.deadline) as deadline:
            try:
                return self._follow(url, deadline)
            except AuditorError:
                if deadline.passed:
                    raise self._late(url) from None
                raise
            except (requests.RequestException, urllib3.exceptions.HTTPError, OSError, ValueError) as exc:
                if deadline.passed:
                    raise self._late(url) from None
                if isinstance(exc, requests.Timeout | urllib3.exceptions.TimeoutError):
                    raise FetchTimeoutError(f"{url}: no answer within {policy.read_timeout:g} s") from None
                if isinstance(exc, urllib3.exceptions.ProtocolError | requests.exceptions.ChunkedEncodingError):
                    raise SourceError(f"{url}: the connection broke off ({_reason(exc)})") from None
                if isinstance(exc, requests.ConnectionError):
                    raise SourceError(f"{url}: cannot connect ({_reason(exc)})") from None
                raise SourceError(f"{url}: {_reason(exc)}") from None

    def _late(self, url: str) -> FetchTimeoutError:
        return FetchTimeoutError(f"{url}: did not finish within the {self.policy.deadline:g}-second deadline")

    def _follow(self, url: str, deadline: Deadline) -> Fetched:
        policy = self.policy
        current = url
        for _hop in range(policy.max_redirects + 1):
            prepared = self._prepare(current, url)
            parts = urlsplit(prepared.url or "")
            scheme, host = parts.scheme.lower(), parts.hostname or ""
            port = parts.port or (443 if scheme == "https" else 80)
            if not host:
                raise SourceError(f"{current}: the URL names no host")
            connect = min(policy.connect_timeout, deadline.remaining())
            address = vet(
                host,
                port,
                allow_private=policy.allow_private_network,
                resolver=policy.resolver,
                timeout=connect,
                allowed=policy.allowed_networks,
            )
            self.adapter.pin(scheme, host, port, address)
            timeout = (max(0.001, min(connect, deadline.remaining())), max(0.001, policy.read_timeout))
            verify: bool | str = policy.ca_bundle or True
            response = self.session.send(prepared, stream=True, allow_redirects=False, timeout=timeout, verify=verify)
            with response:
                location = response.headers.get("Location")
                if response.status_code in _REDIRECTS and location:
                    current = urljoin(prepared.url or current, location)
                    continue
                if response.status_code != 200:
                    what = "" if response.status_code >= 400 else ", not a page"
                    raise SourceError(f"{current}: the server answered {response.status_code} {response.reason}{what}")
                return self._page(response, prepared.url or current, deadline)
        raise SourceError(f"{url}: more than {policy.max_redirects} redirects; not followed further")

    def _prepare(self, current: str, original: str) -> requests.PreparedRequest:
        try:
            scheme = urlsplit(current).scheme.lower()
            if scheme in _SCHEMES:
                prepared = self.session.prepare_request(requests.Request("GET", current))
                urlsplit(prepared.url or "").port  # noqa: B018 (a port out of range raises here, not later)
                return prepared
        except (requests.RequestException, ValueError, UnicodeError) as exc:
            raise SourceError(f"{current}: not a valid URL ({_reason(exc)})") from None
        where = "" if current == original else f" (redirected from {original})"
        raise SourceError(f"{current}{where}: only http and https URLs are fetched")

    def _page(self, response: requests.Response, url: str, deadline: Deadline) -> Fetched:
        limit = self.policy.max_bytes
        length = response.headers.get("Content-Length", "")
        if length.isdigit() and int(length) > limit:
            raise SourceError(f"{url}: {int(length):,} bytes is larger than the {limit:,}-byte limit (not read)")
        media_type, charset = content_type(response.headers.get("Content-Type", ""))
        encoding = response.headers.get("Content-Encoding", "").strip().lower()
        body = read_capped(response.raw, encoding, limit, url, lambda: deadline.passed)
        if deadline.passed:
            raise self._late(url)
        sniff(body, media_type, url)
        return Fetched(url, decode_body(body, charset), media_type or "text/html")


def fetch(url: str, policy: Policy | None = None) -> Fetched:
    """GET one URL under ``policy`` (default: public addresses only, 20 MB, 30 s) with a fresh session."""
    with Fetcher(policy) as fetcher:
        return fetcher.fetch(url)


def _reason(exc: BaseException) -> str:
    """The last, most specific part of a transport error's text ("Connection refused"), without source locations."""
    text = str(exc.args[0]) if exc.args else type(exc).__name__
    text = _SOURCE_LOCATION.sub("", text.split(": ")[-1]).strip("()'\" ")
    return text[:160] or type(exc).__name__

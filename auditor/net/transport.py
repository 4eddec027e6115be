"""The transport under ``requests``: connect to the vetted address, and a deadline that cuts any socket.

:class:`PinnedAdapter` refuses every request whose host was not vetted by
:func:`auditor.net.address.vet` first, and connects to the address that was
checked while keeping the URL's host name for the ``Host`` header, TLS SNI and
certificate checks. There is no second DNS lookup for rebinding to exploit.

:class:`Deadline` bounds a whole fetch: timeouts bound each socket operation
only, so a server that drips a byte a second would otherwise never end. When
the deadline passes, every socket the fetch opened is shut down, which wakes a
blocked read at once.
"""

from __future__ import annotations

import contextlib
import contextvars
import socket
import threading
import time
from collections.abc import Mapping
from typing import Any
from urllib.parse import urlsplit

from requests import PreparedRequest
from requests.adapters import HTTPAdapter
from urllib3.connection import HTTPConnection, HTTPSConnection
from urllib3.connectionpool import HTTPConnectionPool, HTTPSConnectionPool

from auditor.errors import BlockedAddressError

_DEFAULT_PORTS = {"http": 80, "https": 443}


class Deadline:
    """An overall time limit for one fetch; sockets opened under it are shut down when it passes."""

    def __init__(self, seconds: float) -> None:
        self.seconds = seconds
        self.ends = time.monotonic() + seconds
        self._sockets: list[socket.socket] = []
        self._lock = threading.Lock()
        self._expired = False
        self._timer = threading.Timer(max(seconds, 0.0), self._expire)
        self._timer.daemon = True
        self._token: contextvars.Token[Deadline | None] | None = None

    def remaining(self) -> float:
        """Seconds left (never negative)."""
        return max(0.0, self.ends - time.monotonic())

    @property
    def passed(self) -> bool:
        """Whether the deadline has passed."""
        return self._expired or time.monotonic() >= self.ends

    def track(self, sock: socket.socket) -> None:
        """Shut ``sock`` down when the deadline passes (a duplicate handle: TLS wrapping detaches the original)."""
        with self._lock:
            twin = sock.dup()
            if self._expired:
                _shut(twin)
            self._sockets.append(twin)

    def _expire(self) -> None:
        with self._lock:
            self._expired = True
            for sock in self._sockets:
                _shut(sock)

    def __enter__(self) -> Deadline:
        self._token = _CURRENT.set(self)
        self._timer.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self._timer.cancel()
        if self._token is not None:
            _CURRENT.reset(self._token)
        with self._lock:
            for sock in self._sockets:
                sock.close()
            self._sockets.clear()


_CURRENT: contextvars.ContextVar[Deadline | None] = contextvars.ContextVar("auditor_deadline", default=None)


def _shut(sock: socket.socket) -> None:
    with contextlib.suppress(OSError):  # already closed by the peer or by us
        sock.shutdown(socket.SHUT_RDWR)


class _Connection(HTTPConnection):
    def _new_conn(self) -> socket.socket:
        sock = super()._new_conn()
        deadline = _CURRENT.get()
        if deadline is not None:
            deadline.track(sock)
        return sock


class _TLSConnection(HTTPSConnection):
    def _new_conn(self) -> socket.socket:
        sock = super()._new_conn()
        deadline = _CURRENT.get()
        if deadline is not None:
            deadline.track(sock)
        return sock


class _Pool(HTTPConnectionPool):
    ConnectionCls = _Connection


class _TLSPool(HTTPSConnectionPool):
    ConnectionCls = _TLSConnection


class PinnedAdapter(HTTPAdapter):
    """An ``HTTPAdapter`` that only connects to addresses vetted for the request's host."""

    def __init__(self) -> None:
        super().__init__(max_retries=0)
        self._pins: dict[tuple[str, str, int], str] = {}
        self._lock = threading.Lock()

    def init_poolmanager(self, *args: Any, **kwargs: Any) -> None:
        """The pool manager, with pools whose connections report their sockets to the fetch's deadline."""
        super().init_poolmanager(*args, **kwargs)
        self.poolmanager.pool_classes_by_scheme = {"http": _Pool, "https": _TLSPool}

    def pin(self, scheme: str, host: str, port: int, address: str) -> None:
        """Connect requests for ``scheme://host:port`` to ``address`` (already checked by the policy)."""
        with self._lock:
            self._pins[(scheme, host.lower(), port)] = address

    def _pinned(self, url: str) -> tuple[str, str, int, str]:
        parts = urlsplit(url)
        scheme, host = parts.scheme.lower(), (parts.hostname or "")
        port = parts.port or _DEFAULT_PORTS.get(scheme, 0)
        with self._lock:
            address = self._pins.get((scheme, host, port))
        if address is None:  # never reached through auditor.net.fetch: every hop is vetted first
            raise BlockedAddressError(f"{url}: its address was not checked by the network policy; not fetched")
        return scheme, host, port, address

    def get_connection_with_tls_context(
        self,
        request: PreparedRequest,
        verify: bool | str | None,
        proxies: Mapping[str, str] | None = None,
        cert: tuple[str, str] | str | None = None,
    ) -> HTTPConnectionPool:
        """The pool for the vetted address of the request's host (SNI and certificate checks use the name)."""
        if proxies and any(proxies.values()):
            raise BlockedAddressError("fetching through a proxy is not supported: the address policy could not hold")
        scheme, host, port, address = self._pinned(request.url or "")
        _, key_attributes = self.build_connection_pool_key_attributes(request, True if verify is None else verify, cert)
        pool_kwargs: dict[str, Any] = dict(key_attributes)
        if scheme == "https":
            pool_kwargs["server_hostname"] = host
            pool_kwargs["assert_hostname"] = host
        pool: HTTPConnectionPool = self.poolmanager.connection_from_host(
            address, port, scheme=scheme, pool_kwargs=pool_kwargs
        )
        return pool

    def add_headers(self, request: PreparedRequest, **kwargs: Any) -> None:
        """Send the URL's own host in ``Host`` (the connection goes to its address)."""
        parts = urlsplit(request.url or "")
        if parts.netloc:
            request.headers["Host"] = parts.netloc.rsplit("@", 1)[-1]

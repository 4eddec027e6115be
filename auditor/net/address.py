"""The address policy: which hosts a fetch may connect to, decided on the resolved address.

An article must not be able to make a CI runner probe its internal network, so
a host is resolved once, every address it resolves to is checked, and the
connection is then made to that checked address (see :mod:`auditor.net.transport`):
a second lookup that DNS rebinding could answer differently never happens.

Refused unless the policy allows private networks: loopback, private (RFC 1918,
unique-local), link-local (the cloud metadata services at 169.254.169.254 and
fd00:ec2::254), shared/CGNAT 100.64/10, multicast, reserved, unspecified
(0.0.0.0, ::), documentation and benchmarking ranges, and IPv6 forms that embed
such an IPv4 address (IPv4-mapped, NAT64, 6to4, Teredo). Numeric IPv4 spellings
that resolvers accept (``2130706433``, ``0177.0.0.1``, ``0x7f.1``) are read as
the address they spell.
"""

from __future__ import annotations

import ipaddress
import re
import socket
import threading
from collections.abc import Callable, Sequence

from auditor.errors import BlockedAddressError, FetchTimeoutError, SourceError

IPAddress = ipaddress.IPv4Address | ipaddress.IPv6Address
Resolver = Callable[[str, int], Sequence[str]]
"""``(host, port) -> addresses``: how a host name is turned into IP addresses (injectable for tests)."""

_NUMERIC_V4 = re.compile(r"^(?:0x[0-9a-f]*|[0-9]+)(?:\.(?:0x[0-9a-f]*|[0-9]+)){0,3}\.?$", re.I)
_SHARED = ipaddress.IPv4Network("100.64.0.0/10")
_NAT64 = (ipaddress.IPv6Network("64:ff9b::/96"), ipaddress.IPv6Network("64:ff9b:1::/48"))


def system_resolver(host: str, port: int) -> list[str]:
    """The addresses the operating system resolves ``host`` to (IPv4 and IPv6, configured families only)."""
    infos = socket.getaddrinfo(host, port, type=socket.SOCK_STREAM, flags=socket.AI_ADDRCONFIG)
    seen: dict[str, None] = {}
    for _family, _type, _proto, _name, sockaddr in infos:
        seen.setdefault(str(sockaddr[0]).split("%", 1)[0], None)
    return list(seen)


def literal_address(host: str) -> IPAddress | None:
    """The address a host spells without DNS: dotted, decimal, octal or hex IPv4, or an IPv6 literal."""
    name = host.strip("[]")
    if ":" in name:
        try:
            return ipaddress.IPv6Address(name.split("%", 1)[0])
        except ValueError:
            raise SourceError(f"{host!r} is not a valid IPv6 address") from None
    if _NUMERIC_V4.match(name):
        try:
            return ipaddress.IPv4Address(socket.inet_aton(name.rstrip(".")))
        except OSError:
            raise SourceError(f"{host!r} is not a valid IPv4 address") from None
    return None


def refusal(address: IPAddress) -> str | None:
    """Why the policy refuses ``address`` (``"a loopback address"``...), or None when it is public."""
    if isinstance(address, ipaddress.IPv6Address):
        embedded = _embedded_v4(address)
        inner = refusal(embedded) if embedded is not None else None
        if inner:
            return f"{inner} in IPv6 form"
    checks = (
        ("an unspecified address", address.is_unspecified),
        ("a loopback address", address.is_loopback),
        ("a link-local address (where cloud metadata services live)", address.is_link_local),
        ("a multicast address", address.is_multicast),
        ("a shared (CGNAT) address", isinstance(address, ipaddress.IPv4Address) and address in _SHARED),
        ("a reserved address", address.is_reserved),
        ("a private address", address.is_private),
        ("a non-public address", not address.is_global),
    )
    return next((name for name, hit in checks if hit), None)


def _embedded_v4(address: ipaddress.IPv6Address) -> ipaddress.IPv4Address | None:
    if address.ipv4_mapped is not None:
        return address.ipv4_mapped
    if address.sixtofour is not None:
        return address.sixtofour
    if address.teredo is not None:
        return address.teredo[1]  # the client's address, obfuscated in the last 32 bits
    if any(address in net for net in _NAT64) or (int(address) >> 32 == 0 and int(address) > 1):
        return ipaddress.IPv4Address(int(address) & 0xFFFFFFFF)  # NAT64 and IPv4-compatible ::a.b.c.d
    return None


def vet(
    host: str,
    port: int,
    *,
    allow_private: bool,
    resolver: Resolver,
    timeout: float,
    allowed: Sequence[str] = (),
) -> str:
    """The address to connect to for ``host``, resolved once and checked; raises when the policy refuses it.

    ``allowed`` lists networks (``10.1.2.0/24``, ``127.0.0.1``) let through
    although internal: one intranet host, without opening the whole network.
    A name that resolves to several addresses is refused when any of them is
    refused: which one a later connection would use is not ours to guess.
    """
    literal = literal_address(host)
    addresses = [literal] if literal is not None else [_parse(a, host) for a in _resolve(host, port, resolver, timeout)]
    if not addresses:
        raise SourceError(f"{host}: the name resolves to no address")
    if not allow_private:
        exceptions = [ipaddress.ip_network(n, strict=False) for n in allowed]
        for address in addresses:
            reason = refusal(address)
            if reason and not any(address in net for net in exceptions):
                shown = host if str(address) == host.strip("[]") else f"{host} ({address})"
                raise BlockedAddressError(
                    f"{shown} is {reason}: refused so that an article cannot make the auditor probe an "
                    "internal network (--allow-private-network allows it)"
                )
    return str(addresses[0])


def _parse(text: str, host: str) -> IPAddress:
    try:
        return ipaddress.ip_address(text)
    except ValueError:
        raise SourceError(f"{host}: the resolver returned {text!r}, which is not an IP address") from None


def _resolve(host: str, port: int, resolver: Resolver, timeout: float) -> Sequence[str]:
    """Run the resolver with a time limit (``getaddrinfo`` itself has none)."""
    result: list[Sequence[str]] = []
    failure: list[BaseException] = []

    def work() -> None:
        try:
            result.append(resolver(host, port))
        except BaseException as exc:  # handed to the caller's thread
            failure.append(exc)

    thread = threading.Thread(target=work, name=f"auditor-resolve-{host}", daemon=True)
    thread.start()
    thread.join(max(timeout, 0.0))
    if thread.is_alive():
        raise FetchTimeoutError(f"{host}: the name did not resolve within {timeout:.1f} s")
    if failure:
        exc = failure[0]
        if isinstance(exc, SourceError):
            raise exc
        if isinstance(exc, socket.gaierror | UnicodeError | OSError):
            raise SourceError(f"{host}: cannot resolve the name ({_gai_reason(exc)})") from None
        raise exc
    return list(result[0])


def _gai_reason(exc: BaseException) -> str:
    return str(exc.args[-1]) if exc.args else type(exc).__name__

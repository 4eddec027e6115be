"""net: the only part of auditor that touches the network (and the only one that imports ``requests``).

``fetch(url, Policy(...))`` returns a page's text or raises a
:class:`~auditor.errors.SourceError` subclass. Every fetch resolves the host
once, refuses internal addresses unless the policy allows them
(:mod:`auditor.net.address`), connects to the address it checked
(:mod:`auditor.net.transport`), re-checks every redirect, and is bounded in
time (connect and read timeouts and an overall deadline) and in size (a
streamed cap, also on decompressed bytes: :mod:`auditor.net.body`).
Reuse a :class:`Fetcher` to fetch many URLs over one session.

Names other than :func:`is_url` are imported on first use: deciding that a
target is a file must not pay for importing ``requests``.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from auditor.net.fetcher import USER_AGENT, Fetched, Fetcher, Policy, fetch

__all__ = ["USER_AGENT", "Fetched", "Fetcher", "Policy", "fetch", "is_url"]


def is_url(target: str) -> bool:
    """Whether a command-line target names a web page rather than a file."""
    return target.lower().startswith(("http://", "https://"))


def __getattr__(name: str) -> Any:
    if name in __all__:
        value = getattr(importlib.import_module("auditor.net.fetcher"), name)
        globals()[name] = value
        return value
    raise AttributeError(f"module 'auditor.net' has no attribute {name!r}")

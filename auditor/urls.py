"""URLs as written in articles: split without ever raising.

Articles hold malformed links (``http://[...``, an unclosed IPv6 bracket,
characters that change under NFKC); ``urllib.parse`` raises ``ValueError`` on
them. A rule must not crash on its input, and a malformed URL is no evidence of
anything, so it splits here into empty parts and the rules stay quiet about it.
"""

from __future__ import annotations

from urllib.parse import SplitResult, urlsplit

_EMPTY = SplitResult("", "", "", "", "")


def split(url: str) -> SplitResult:
    """``urlsplit(url)``, or empty parts when the URL is malformed."""
    try:
        parts = urlsplit(url)
        parts.hostname  # noqa: B018 (checks the bracketed host now, not in a caller)
    except ValueError:
        return _EMPTY
    return parts


def host(url: str) -> str:
    """The lower-case host name of ``url`` ("" when it has none or is malformed)."""
    return (split(url).hostname or "").lower()

"""memos: per-text memos sized for one long article, trimmed between articles.

Readers memoise what they read of a text (``functools.lru_cache``) so that the rules, which read the same claims
several times and in several forms (as written, normalised, without quotations), read each once. Within one
article a memo must be large enough for all of those texts, or a long article evicts a claim's entry before the
next rule asks for it and everything is read again (1 MB of one-line figures, 26,000 texts, once read each figure
six times over with room for 16,384). Across articles, entries are seldom asked for again. So such a memo is sized
for the longest article and registered here with the number of entries it may keep from one article to the next;
:func:`trim`, called as each article is analysed, empties the ones holding more, so that a process auditing many
articles (check mode's workers) does not keep one long article's entries for ever.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, TypeVar

M = TypeVar("M", bound=Callable[..., Any])

_MEMOS: list[tuple[Any, int]] = []
"""(an ``lru_cache``-wrapped function, the entries it keeps between documents)."""


def per_document(kept: int) -> Callable[[M], M]:
    """Register an ``lru_cache``-wrapped function as a memo that :func:`trim` empties when it holds more than
    ``kept`` entries."""

    def register(memo: M) -> M:
        if not hasattr(memo, "cache_clear"):
            raise TypeError(f"{memo!r} is not an lru_cache-wrapped function")
        _MEMOS.append((memo, kept))
        return memo

    return register


def trim() -> None:
    """Empty every registered memo that holds more entries than it keeps (called before a new document)."""
    for memo, kept in _MEMOS:
        if memo.cache_info().currsize > kept:
            memo.cache_clear()

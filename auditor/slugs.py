"""What a link's address says of the page: the headline of its slug ("council-approves-stadium-budget"), its
initials ("NASA"), and the site's name ("metroherald" in www.metroherald.example).

Offline, a descriptive slug is the best evidence of what a cited page is about (CIT009), and a host's name is what
a link's text may repeat instead of describing the page (CIT006, CIT009).
"""

from __future__ import annotations

import re
from urllib.parse import unquote

from auditor import urls

SLUG_MIN_WORDS = 4
"""A slug says what a page is about only when it is a phrase of this many key words or more."""
_SLUG_NOISE = frozenset(
    [
        "www",
        "com",
        "org",
        "net",
        "html",
        "htm",
        "php",
        "aspx",
        "amp",
        "news",
        "article",
        "articles",
        "story",
        "stories",
        "blog",
        "blogs",
        "post",
        "posts",
        "index",
        "page",
        "pages",
        "en",
        "us",
        "uk",
        "wiki",
        "category",
        "tag",
        "tags",
        "content",
        "item",
        "items",
        "id",
        "the",
        "and",
        "for",
        "with",
        "from",
        "into",
        "over",
        "this",
        "that",
        "are",
        "was",
        "what",
        "how",
        "why",
        "who",
        "when",
        "where",
        "has",
        "have",
        "had",
        "will",
        "can",
        "its",
        "their",
        "our",
        "your",
        "a",
        "an",
        "of",
        "to",
        "in",
        "on",
        "at",
        "by",
        "is",
        "be",
        "as",
        "it",
    ]
)
_SLUG_TOKEN = re.compile(r"[a-z]+")
def acronym_of(url: str) -> set[str]:
    """Initials of each slug segment ("national-aeronautics-space-administration" -> "NASA")."""
    found = set()
    for segment in unquote(urls.split(url).path).split("/"):
        words = [w for w in _SLUG_TOKEN.findall(segment.lower()) if w not in _SLUG_NOISE]
        if len(words) >= 2:
            found.add("".join(w[0] for w in words).upper())
    return found


_SLUG_PIECE = re.compile(r"[^-_]+")
_WORD_PIECE = re.compile(r"[a-z]{2,}")
_NOT_IN_HEADLINES = frozenset("@=+%~")
_VOWELS = frozenset("aeiouy")
SLUG_WORD_SHARE = 0.8
"""A path segment reads as a headline when this share of its pieces are words (not ids, hashes or numbers)."""


def _headline_words(segment: str) -> list[str] | None:
    """The words of a path segment that reads as a headline ("council-approves-stadium-budget"), else None."""
    segment = segment.rsplit(".", 1)[0] if "." in segment[-6:] else segment
    if not _NOT_IN_HEADLINES.isdisjoint(segment):
        return None  # a mail id, a query or an encoded blob
    pieces = [p for p in _SLUG_PIECE.findall(segment) if len(p) > 1]  # "u-s" -> no pieces of one letter
    if pieces and any(ch.isdigit() for ch in pieces[-1]):
        pieces.pop()  # an id after the headline ("...-exporters-idUSKCN1SB0UF", "...-bad-ideas-22446")
    if len(pieces) < SLUG_MIN_WORDS:
        return None
    words = [p for p in pieces if _WORD_PIECE.fullmatch(p) and not _VOWELS.isdisjoint(p)]
    return words if len(words) >= SLUG_WORD_SHARE * len(pieces) else None


def slug_terms(url: str) -> set[str]:
    """Key words of a URL's descriptive slug: the path segment that reads as a headline
    ("council-approves-stadium-budget"), without stock words. Empty when no segment does."""
    best: set[str] = set()
    path = unquote(urls.split(url).path).lower()
    for segment in path.split("/"):
        words = _headline_words(segment)
        terms = {w for w in words or () if len(w) > 2 and w not in _SLUG_NOISE}
        if len(terms) > len(best):
            best = terms
    return best if len(best) >= SLUG_MIN_WORDS else set()


def slug_words(url: str) -> set[str]:
    """Every word of the address's headline segments (stock words too: "say", "most")."""
    path = unquote(urls.split(url).path).lower()
    return {w for segment in path.split("/") for w in _headline_words(segment) or ()}


def site_name(host: str) -> str:
    """The name part of a host ("www.metroherald.example" -> "metroherald")."""
    parts = [p for p in host.split(".") if p not in ("www", "m", "en", "amp", "news")]
    if len(parts) >= 3 and parts[-2] in _SECOND_LEVEL:
        parts.pop()  # "dailyherald.co.uk": the name is before "co"
    return parts[-2] if len(parts) >= 2 else parts[0] if parts else ""


_SECOND_LEVEL = frozenset({"co", "com", "org", "net", "gov", "ac", "edu", "or", "ne", "go"})
"""Second-level domains under a country's ("co.uk", "com.au", "or.jp"): not a site's name."""

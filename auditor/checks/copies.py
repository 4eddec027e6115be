"""Copies of a claim elsewhere in the article: a photo caption, a pull quote or a summary box that repeats a sentence
of the body near word for word.

A copy says what its original says and comes from where it comes from: the sourcing rules read a claim once, not
once per copy. A claim's copies are the claims anywhere in the article that share its first or last three words
(ART003's :func:`~auditor.checks.artifacts.blocking_keys`), are near-identical (rapidfuzz ratio at least
:data:`~auditor.checks.artifacts.DUPLICATE_SIMILARITY`) and say the same thing (the same figures, one's key terms
within the other's). They are looked for only for the claims a rule asks about (those with a finding), among at most
:data:`COPY_WINDOW` claims of each bucket either side, figures first, so a long formulaic text stays linear and cheap.
ART003 reports repetition within a section; this only tells the sourcing rules which claims are one.

:func:`first_unsourced` keeps a finding about a claim when it is its first copy (a later copy is the same claim:
the first carries its finding, or is quiet for it) and no copy has a link in reach (the body's sentence cites its
study: the caption that repeats it, before or after, is sourced too).
"""

from __future__ import annotations

from bisect import bisect_left
from collections import defaultdict
from collections.abc import Collection
from dataclasses import dataclass

from rapidfuzz import fuzz

from auditor.article import Article, per_article
from auditor.checks.artifacts import DUPLICATE_MIN_WORDS, DUPLICATE_SIMILARITY, NUMBER, blocking_keys, same_content
from auditor.model import Claim

COPY_WINDOW = 8
"""A claim is compared with at most this many claims of each of its buckets on either side (copies of a sentence are
few; a long formulaic text puts hundreds of claims in one bucket)."""


@dataclass(frozen=True, slots=True)
class _Index:
    buckets: dict[str, list[int]]
    """The claims (indexes, in order) that share each first- or last-three-words key."""
    keys: list[tuple[str, str] | None]
    """Each claim's two keys (None for a claim too short to be a copy)."""
    lowered: list[str]
    figures: list[tuple[str, ...]]
    """Each claim's figures as written: a copy has the same ones, checked before any text is compared."""


@per_article
def _index_of(article: Article) -> _Index:
    """The claims' buckets, read once per article; claims are compared only for the claims a rule asks about."""
    index = _Index(defaultdict(list), [], [], [])
    for n, claim in enumerate(article.claims):
        lowered = claim.text.lower()
        words = lowered.split()
        index.lowered.append(lowered)
        index.figures.append(tuple(NUMBER.findall(claim.text)))
        if len(words) < DUPLICATE_MIN_WORDS:
            index.keys.append(None)
            continue
        pair = blocking_keys(words)
        index.keys.append(pair)
        for key in pair:
            index.buckets[key].append(n)
    return index


def first_unsourced(article: Article, claim: Claim, linked: Collection[str]) -> bool:
    """Whether a finding about ``claim`` should be reported: no copy of it comes before it (the first mention carries
    the finding, as it carries the need), and no copy is among ``linked`` (ids of the claims a link reaches). It stops
    at the first such copy, nearest first, so a text of many copies costs one comparison a claim."""
    index = _index_of(article)
    n = _index(claim)
    for bucket, at in _places(index, n):
        if any(_copy(article, index, n, other) for other in reversed(bucket[max(0, at - COPY_WINDOW) : at])):
            return False
        later = bucket[at + 1 : at + 1 + COPY_WINDOW]
        if any(article.claims[other].id in linked and _copy(article, index, n, other) for other in later):
            return False
    return True


def _index(claim: Claim) -> int:
    """The claim's place in the article's claims (ids are "c1", "c2", ...)."""
    return int(claim.id[1:]) - 1


def _places(index: _Index, n: int) -> list[tuple[list[int], int]]:
    """Claim ``n``'s two buckets, each with the claim's place in it."""
    pair = index.keys[n]
    return [] if pair is None else [(index.buckets[key], bisect_left(index.buckets[key], n)) for key in pair]


def _copy(article: Article, index: _Index, n: int, other: int) -> bool:
    """Whether claims ``n`` and ``other`` are near-identical and say the same thing (the same figures first)."""
    if index.figures[n] != index.figures[other]:
        return False
    if not fuzz.ratio(index.lowered[n], index.lowered[other], score_cutoff=DUPLICATE_SIMILARITY):
        return False
    return same_content(article.claims[n].text, article.claims[other].text)

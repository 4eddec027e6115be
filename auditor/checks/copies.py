"""Copies of a claim elsewhere in the article: a photo caption, a pull quote or a summary box that repeats a sentence
of the body near word for word.

A copy says what its original says and comes from where it comes from: the sourcing rules read a claim once, not
once per copy. :func:`copies_of` finds, for a claim a rule asks about, the claims anywhere in the article that share its first or
last three words, are near-identical (rapidfuzz ratio at least :data:`auditor.checks.artifacts.DUPLICATE_SIMILARITY`)
and say the same thing (the same figures, one's key terms within the other's); it compares at most
:data:`auditor.checks.artifacts.DUPLICATE_BUCKET` claims of each bucket either side, and only for the claims asked
about (those with a finding), so a long formulaic text stays linear and cheap.
ART003 reports repetition within a section; this only tells the sourcing rules which claims are one.

:func:`first_unsourced` keeps a finding about a claim when it is its first copy (a later copy is the same claim:
the first carries its finding, or is quiet for it) and no copy has a link in reach (the body's sentence cites its
study: the caption that repeats it, before or after, is sourced too).
"""

from __future__ import annotations

from bisect import bisect_left
from collections import defaultdict
from collections.abc import Collection

from rapidfuzz import fuzz

from auditor.article import Article, per_article
from auditor.checks.artifacts import DUPLICATE_BUCKET, DUPLICATE_MIN_WORDS, DUPLICATE_SIMILARITY, same_content
from auditor.model import Claim


@per_article
def _buckets(article: Article) -> tuple[dict[str, list[int]], list[tuple[str, str] | None]]:
    """The claims (indexes, in order) that share each first- or last-three-words key, and each claim's two keys (None
    for a claim too short to be a copy): read once per article, compared only for the claims a rule asks about."""
    buckets: dict[str, list[int]] = defaultdict(list)
    keys: list[tuple[str, str] | None] = []
    for n, claim in enumerate(article.claims):
        words = claim.text.lower().split()
        if len(words) < DUPLICATE_MIN_WORDS:
            keys.append(None)
            continue
        pair = ("<" + " ".join(words[:3]), ">" + " ".join(words[-3:]))
        keys.append(pair)
        for key in pair:
            buckets[key].append(n)
    return buckets, keys


def copies_of(article: Article, claim: Claim) -> tuple[str, ...]:
    """The ids of the claim's copies elsewhere in the article: the claims of its buckets, up to
    :data:`~auditor.checks.artifacts.DUPLICATE_BUCKET` either side of it, that are near-identical and say the same."""
    buckets, keys = _buckets(article)
    n = _index(claim)
    found = {
        other
        for bucket, at in _places(buckets, keys[n], n)
        for other in bucket[max(0, at - DUPLICATE_BUCKET) : at + 1 + DUPLICATE_BUCKET]
        if other != n and _copy(article, n, other)
    }
    return tuple(article.claims[i].id for i in sorted(found))


def first_unsourced(article: Article, claim: Claim, linked: Collection[str]) -> bool:
    """Whether a finding about ``claim`` should be reported: no copy of it comes before it (the first mention carries
    the finding, as it carries the need), and no copy is among ``linked`` (ids of the claims a link reaches). It stops
    at the first such copy, nearest first, so a text of many copies costs one comparison a claim."""
    buckets, keys = _buckets(article)
    n = _index(claim)
    for bucket, at in _places(buckets, keys[n], n):
        if any(_copy(article, n, other) for other in reversed(bucket[max(0, at - DUPLICATE_BUCKET) : at])):
            return False
        later = bucket[at + 1 : at + 1 + DUPLICATE_BUCKET]
        if any(article.claims[other].id in linked and _copy(article, n, other) for other in later):
            return False
    return True


def _index(claim: Claim) -> int:
    """The claim's place in the article's claims (ids are "c1", "c2", ...)."""
    return int(claim.id[1:]) - 1


def _places(
    buckets: dict[str, list[int]], pair: tuple[str, str] | None, n: int
) -> list[tuple[list[int], int]]:
    """The claim's two buckets, each with the claim's place in it."""
    return [] if pair is None else [(buckets[key], bisect_left(buckets[key], n)) for key in pair]


def _copy(article: Article, n: int, other: int) -> bool:
    """Whether claims ``n`` and ``other`` are near-identical and say the same thing."""
    a, b = article.claims[n].text, article.claims[other].text
    return bool(fuzz.ratio(a.lower(), b.lower(), score_cutoff=DUPLICATE_SIMILARITY)) and same_content(a, b)

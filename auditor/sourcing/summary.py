"""A summary sentence whose facts the article cites elsewhere: the citations of those facts cover it.

An encyclopedia's lead sums up its body ("The club was founded in 1878, renamed in 1902 and moved in 1910."),
and the body cites each fact where it tells it ("The club was formed in 1878 by railway workers.[13]"); an editor
does not ask the lead for the source again. The same holds for a conclusion that gathers dates and figures given
with their sources above. Two readings:

- :func:`summarises_cited`: most of the claim's checkable content, its years and figures (at least
  ``COVERED_MIN`` of them, and more than half), stands in sentences of the same article that have a link, note
  or reference, each of those on the same subject (a key term in common besides the year or figure). A claim
  with one date, or whose dates the article cites nowhere else, is not covered;
- :func:`age_from_cited_lifespan`: an age at death ("died at age 60", "died aged 60") that follows from a
  lifespan the article gives with a note ("(September 9, 1948 - January 13, 2009)[2]"): the age is the
  difference of the years, or one less (a birthday not yet reached). Another age, or a lifespan with no
  note, leaves the claim as it was.

Years and figures are read with :mod:`auditor.compare.quantities`; what counts as a citation is a marker that
points at a source (:func:`auditor.scope.spreads`), not an attribution.
"""

from __future__ import annotations

import bisect
import re

from auditor.article import Article, per_article
from auditor.compare.quantities import bare_year, find_quantities
from auditor.model import Claim
from auditor.scope import spreads
from auditor.text import stems

COVERED_MIN = 2
"""A summary is covered when at least this many of its years and figures, and more than half of them, are cited."""
COUNT_MIN = 10
"""A count below this ("two clubs", "Option 1") is no figure a reader would ask the source of."""

_YEAR = re.compile(r"(?<![\w.,-])(1[0-9]{3}|20[0-9]{2})(?:[-–/]([0-9]{2}))?(?![\w%])")
"""A year written in digits (1000-2099), or a season ("2016–17"), not part of a longer number ("1,878",
"1878.5") or a share."""
SHARED_MIN = 2
"""A cited sentence states a claim's year or figure on the same subject when they have this many key terms in
common besides their numbers (the article's own subject alone, "the club", is not enough)."""


def _items(text: str) -> set[str]:
    """The checkable items of ``text``: its years ("y1878") and its figures ("f%:12.5"), as comparable keys."""
    found = {f"y{m[1]}-{m[2]}" if m[2] else f"y{m[1]}" for m in _YEAR.finditer(text)}
    for q in find_quantities(_YEAR.sub(" ", text), skip=bare_year):
        if q.unit or q.value >= COUNT_MIN:
            found.add(f"f{q.unit}:{q.value:.12g}")
    return found


def _words(text: str) -> set[str]:
    """The key-term stems of ``text`` besides its numbers: what a sentence is about."""
    return stems(_NUMBER.sub(" ", text))


_NUMBER = re.compile(r"\d[\d,.]*")


@per_article
def _cited_items(article: Article) -> dict[str, tuple[tuple[int, frozenset[str]], ...]]:
    """Item -> the sentences with a link, note or reference that state it: (sentence index, key-term stems)."""
    found: dict[str, list[tuple[int, frozenset[str]]]] = {}
    for claim in article.claims:
        if not any(spreads(m) and m.kind != "attribution" for _, m in article.citations_of(claim)):
            continue
        words = frozenset(_words(claim.text))
        for item in _items(claim.text):
            found.setdefault(item, []).append((claim.sentence, words))
    return {item: tuple(sentences) for item, sentences in found.items()}


def summarises_cited(article: Article, claim: Claim) -> bool:
    """Most of the claim's years and figures are stated, on the same subject, in cited sentences of the article
    (see the module docstring)."""
    index = _cited_items(article)
    if not index:
        return False  # asked first: an article with no cited year or figure spares reading the claim's
    items = _items(claim.text)
    if len(items) < COVERED_MIN:
        return False
    words = _words(claim.text)
    covered = sum(
        any(k != claim.sentence and len(other & words) >= SHARED_MIN for k, other in index.get(item, ()))
        for item in items
    )
    return covered >= COVERED_MIN and 2 * covered > len(items)


_AGE_AT_DEATH = re.compile(r"\bdied\b[^.;:!?]{0,60}?\b(?:at\s+(?:the\s+)?age\s+(?:of\s+)?|aged\s+)(\d{1,3})\b", re.I)
_LIFESPAN = re.compile(
    r"(?<![\w.,-])(1[0-9]{3}|20[0-9]{2})\s*\)?\s*[-–—]\s*"
    r"(?:[A-Za-z]+\.?\s+)?(?:\d{1,2}(?:st|nd|rd|th)?,?\s+)?(?:[A-Za-z]+\.?,?\s+)?(1[0-9]{3}|20[0-9]{2})(?![\w%])"
)
"""A span of years from birth to death, the days and months of each written or not: "1350-1410",
"(September 9, 1948 - January 13, 2009)", "12 May 1901 – 3 June 1975"."""


@per_article
def _cited_lifespans(article: Article) -> frozenset[tuple[int, int]]:
    """The (first, last) years of the spans of years in blocks that hold a link or note (a lead's "(1350-1410)[2]"
    may stand in a block the tool does not read as a sentence: the block's own text is read)."""
    doc = article.document
    found = set()
    starts = [block.start for block in doc.blocks]
    at = (bisect.bisect_right(starts, link.start) - 1 for link in doc.links)
    linked = {b for b, link in zip(at, doc.links, strict=True) if b >= 0 and link.start < doc.blocks[b].end}
    for b in sorted(linked):
        block = doc.blocks[b]
        for m in _LIFESPAN.finditer(doc.text, block.start, block.end):
            first, last = int(m[1]), int(m[2])
            if first < last:
                found.add((first, last))
    return frozenset(found)


def age_from_cited_lifespan(article: Article, evidence: str) -> bool:
    """What makes the claim need a source (``evidence``) is an age at death that a cited lifespan of the article
    works out to (see the module docstring)."""
    m = _AGE_AT_DEATH.search(evidence)
    if m is None:
        return False
    age = int(m[1])
    return any(last - first - 1 <= age <= last - first for first, last in _cited_lifespans(article))


def covered_by_cited(article: Article, claim: Claim, evidence: str) -> bool:
    """The claim sums up what the article cites elsewhere, or gives an age a cited lifespan works out to."""
    return summarises_cited(article, claim) or age_from_cited_lifespan(article, evidence)

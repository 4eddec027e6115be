"""Copies of a claim elsewhere in the article: a photo caption, a pull quote or a summary box that repeats a sentence
of the body near word for word.

A copy says what its original says and comes from where it comes from: the sourcing rules read a claim once, not
once per copy. :func:`copies_of` pairs claims anywhere in the article that share their first or last three words,
are near-identical (rapidfuzz ratio at least :data:`auditor.checks.artifacts.DUPLICATE_SIMILARITY`) and say the
same thing (the same figures, one's key terms within the other's); each claim is compared with at most
:data:`auditor.checks.artifacts.DUPLICATE_BUCKET` earlier claims of its bucket, so a long formulaic text stays linear.
ART003 reports repetition within a section; this only tells the sourcing rules which claims are one.

:func:`first_unsourced` keeps a finding about a claim when it is its first copy (a later copy is the same claim:
the first carries its finding, or is quiet for it) and no copy has a link in reach (the body's sentence cites its
study: the caption that repeats it, before or after, is sourced too).
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Collection

from rapidfuzz import fuzz

from auditor.article import Article, per_article
from auditor.checks.artifacts import DUPLICATE_BUCKET, DUPLICATE_MIN_WORDS, DUPLICATE_SIMILARITY, same_content
from auditor.model import Claim


@per_article
def copies_of(article: Article) -> dict[str, tuple[str, ...]]:
    """The ids of each claim's copies elsewhere in the article (claims with none are left out)."""
    buckets: dict[str, list[tuple[Claim, str]]] = defaultdict(list)
    found: dict[str, set[str]] = defaultdict(set)
    for claim in article.claims:
        lowered = claim.text.lower()
        words = lowered.split()
        if len(words) < DUPLICATE_MIN_WORDS:
            continue
        for key in ("<" + " ".join(words[:3]), ">" + " ".join(words[-3:])):
            bucket = buckets[key]
            for other, text in bucket[-DUPLICATE_BUCKET:]:
                if other.id in found[claim.id]:
                    continue
                if fuzz.ratio(lowered, text, score_cutoff=DUPLICATE_SIMILARITY) and same_content(claim.text, other.text):
                    found[claim.id].add(other.id)
                    found[other.id].add(claim.id)
            bucket.append((claim, lowered))
    return {claim: tuple(sorted(others, key=lambda c: int(c[1:]))) for claim, others in found.items() if others}


def first_unsourced(article: Article, claim: Claim, linked: Collection[str]) -> bool:
    """Whether a finding about ``claim`` should be reported: no copy of it comes before it (the first mention carries
    the finding, as it carries the need), and no copy is among ``linked`` (ids of the claims a link reaches)."""
    others = copies_of(article).get(claim.id, ())
    return not any(c in linked or int(c[1:]) < int(claim.id[1:]) for c in others)

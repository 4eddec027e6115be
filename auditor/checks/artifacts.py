"""ART rules: what is in the body but is not the article, and what the article lacks."""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from collections.abc import Iterator

from rapidfuzz import fuzz

from auditor.article import Article
from auditor.checks import rule
from auditor.model import Claim, Hit
from auditor.text import quote, stems

DUPLICATE_SIMILARITY = 90
"""rapidfuzz ratio (0-100) at or above which two claims say the same thing."""
DUPLICATE_MIN_WORDS = 8
"""Short sentences repeat for good reasons ("Prices rose."); only longer ones count as duplicates."""
DUPLICATE_BUCKET = 32
"""Each claim is compared with at most this many earlier claims that share its first or last words, so that
a long text of formulaic sentences ("This is the ...") stays linear."""
_WORD = re.compile(r"\w+")


@rule("ART001", "repeated-boilerplate", "info")
def repeated_boilerplate(article: Article) -> Iterator[Hit]:
    """A promotional or boilerplate block repeated in the body; its copies are never counted as claims.

    Newsletter boxes and promos pasted after every section inflate the article
    and hide its structure. Reported once per block, at its first copy.

    Flagged: Get our weekly briefing on city hall. | Prices rose 4% in May. | Get our weekly briefing on city hall. | Rents rose 6% in June. | Get our weekly briefing on city hall.
    Clean: Get our weekly briefing on city hall. | Prices rose 4% in May. | Rents rose 6% in June.
    """
    for item in article.artifacts.of_kind("boilerplate"):
        yield Hit(
            item.start,
            item.end,
            f"The same block appears {item.count} times in the body: {quote(item.label or '')}. "
            "Its copies are not audited as claims; remove them, or keep the block out of the article body.",
            evidence={"copies": item.count, "blocks": len(item.blocks) // max(item.count, 1)},
        )


@rule("ART002", "page-chrome", "info")
def page_chrome(article: Article) -> Iterator[Hit]:
    """Comment forms, share widgets, bylines and related-story lists pasted into the article.

    They came along when the page was copied; they are not claims and are left out of the audit.

    Flagged: The museum reopened on 3 May 2024 after a two-year renovation. | Share post: | LEAVE A REPLY | Please enter your comment!
    Clean: The museum reopened on 3 May 2024 after a two-year renovation. | It has 40 new galleries.
    """
    for item in article.artifacts.of_kind("chrome"):
        yield Hit(
            item.start,
            item.end,
            f"Page chrome pasted into the article: {quote(item.label or '', 60)}"
            + (f" and {len(item.blocks) - 1} more lines" if len(item.blocks) > 1 else "")
            + ". It is left out of the audit; remove it from the text.",
            evidence={"blocks": len(item.blocks)},
        )


def blocking_keys(words: list[str]) -> tuple[str, str]:
    """Its first and last three words: a near-verbatim copy keeps one end, so only such pairs are compared."""
    return "<" + " ".join(words[:3]), ">" + " ".join(words[-3:])


@rule("ART003", "duplicate-claim", "info")
def duplicate_claim(article: Article) -> Iterator[Hit]:
    """The same claim repeated near word for word within one section.

    Repetition pads an article and, when the copies drift, invites contradictions. A summary repeated in
    the detail section below it (a digest, a "key takeaways" box) is how such documents work, and so are
    repeated table rows, list items (each says it of its own subject), questions, pull quotes and a
    conversation's turns; copies that differ in a figure or a word of content ("Sprint 2", "Sprint 3") say
    different things.

    Flagged: The factory employs 2,400 people in the town of Kettering. | Output doubled last year. | The factory employs 2,400 people in the town of Kettering.
    Clean: The factory employs 2,400 people in the town of Kettering. | Output doubled last year.
    """
    section = _sections(article)
    # Each bucket (claims sharing first or last words) is indexed by figures: only claims with the same figures
    # can be copies (other figures say something else: the first test of same_content). A claim's window is
    # still the last DUPLICATE_BUCKET claims of the bucket, whatever their figures: ``seen`` counts them, and
    # each entry keeps its place in the bucket.
    # A claim that shares neither end with another has no copy and is no other's: only the others are read further.
    read: list[tuple[Claim, str, tuple[str, str]]] = []
    ends: Counter[str] = Counter()
    for claim in article.claims:
        lowered = claim.text.lower()
        words = lowered.split()
        if len(words) < DUPLICATE_MIN_WORDS or not _may_repeat_as_padding(article, claim):
            continue
        keys = blocking_keys(words)
        read.append((claim, lowered, keys))
        ends.update(keys)
    seen: dict[str, int] = defaultdict(int)
    by_figures: dict[tuple[str, tuple[str, ...]], list[tuple[int, Claim, str]]] = defaultdict(list)
    for claim, lowered, keys in read:
        if ends[keys[0]] == 1 and ends[keys[1]] == 1:
            continue
        figures = tuple(NUMBER.findall(claim.text))
        here = section[claim.block]
        earlier: dict[str, tuple[Claim, str]] = {}
        for key in keys:
            window = seen[key] - DUPLICATE_BUCKET
            for place, c, text in reversed(by_figures.get((key, figures), ())):
                if place < window:
                    break
                if section[c.block] == here:  # (no bucketed claim is in a table, quote or heading)
                    earlier[c.id] = (c, text)
        for other, text in sorted(earlier.values(), key=lambda item: item[0].start):
            score = fuzz.ratio(lowered, text, score_cutoff=DUPLICATE_SIMILARITY)
            if score and same_content(claim.text, other.text):
                yield Hit(
                    claim.start,
                    claim.end,
                    f"Repeated claim: {quote(claim.text)} already appears earlier. Keep one copy.",
                    claim=claim.id,
                    related=(other.id,),
                    evidence={"similarity": round(score, 1)},
                )
                break
        for key in keys:
            by_figures[key, figures].append((seen[key], claim, lowered))
            seen[key] += 1


_NOT_PADDING = frozenset({"table", "quote", "heading"})
NUMBER = re.compile(r"\d+(?:[.,]\d+)*")
"""A figure as written, compared as text: two copies of a sentence have the same ones."""


def _may_repeat_as_padding(article: Article, claim: Claim) -> bool:
    """Table rows, list items, pull quotes, questions and the turns of a conversation repeat by design."""
    block = article.document.blocks[claim.block]
    if block.kind in _NOT_PADDING or block.group is not None or claim.block in article.form.spoken:
        return False  # list items and rows say the same of each of their subjects by design
    return not claim.text.rstrip("\"'”’)] ").endswith("?")


def same_content(a: str, b: str) -> bool:
    """Two near-identical sentences say the same thing: the same figures, and one's key terms within the
    other's (a copy with "As noted above," in front still is one)."""
    if NUMBER.findall(a) != NUMBER.findall(b):
        return False
    terms_a, terms_b = stems(a), stems(b)
    return terms_a <= terms_b or terms_b <= terms_a


def _sections(article: Article) -> list[int]:
    """The section (counted by headings) of each block."""
    found, current = [], 0
    for block in article.document.blocks:
        current += block.kind == "heading"
        found.append(current)
    return found


@rule("ART004", "missing-date", "info")
def missing_date(article: Article) -> Iterator[Hit]:
    """No publication date could be found, so dated checks (anachronisms) are limited.

    The date comes from front matter, HTML meta tags, JSON-LD, ``<time>``, a
    dateline or "Published:" line, or dated URLs of the article and its citations.

    Flagged: The mayor opened the new library on Tuesday.
    Clean: ---|title: Library|date: 2024-05-02|---|The mayor opened the new library on Tuesday.
    """
    doc = article.document
    if doc.published is None:
        year = article.dating.year
        known = f"only the year {year} could be inferred from the text" if year else "nothing in it gives one"
        message = (
            f"No publication date found; {known}. Add one (front matter `date:`, a <meta> or <time> tag, "
            "or a 'Published:' line) so that dated statements can be checked."
        )
        if year and doc.published_year == year:  # "date: 11-07-2021": 11 July or 7 November
            message = (
                f"The publication date ({doc.published_from}) can be read day first or month first; only its "
                f"year, {year}, is certain. Write it as {year}-MM-DD so that dated statements can be checked."
            )
        yield Hit(
            0,
            0,
            message,
            evidence={"year": year},
        )

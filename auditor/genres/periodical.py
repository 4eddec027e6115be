"""A recurring issue (a weekly newsletter, a monthly digest) and its own tally of the period it covers.

A digest that opens "This week's newsletter summarises ..." and says "the project made almost 30 merges in the
past week" counts what it covers itself: the figure is the digest's own observation of its period, not a fact
taken from elsewhere. Both the opening and the window are read from ``knowledge/need.json``
(``periodical_references``, ``period_windows``).
"""

from __future__ import annotations

import re
from functools import cache

from auditor.knowledge import load
from auditor.model import Document
from auditor.phrases import alternation

OPENING_BLOCKS = 3
"""The issue speaks of itself in one of its first this many paragraphs."""


@cache
def _patterns() -> tuple[re.Pattern[str], re.Pattern[str]]:
    data = load("need")
    return (
        re.compile(rf"\b(?:{alternation(data['periodical_references'])})\b", re.I),
        re.compile(rf"\b(?:{alternation(data['period_windows'])})\b", re.I),
    )


def is_periodical(doc: Document) -> bool:
    """The document opens as a recurring issue speaking of itself ("This week's newsletter ...")."""
    opening, _ = _patterns()
    paragraphs = [b for b in doc.blocks if b.kind == "paragraph"][:OPENING_BLOCKS]
    return any(opening.search(doc.text, b.start, b.end) for b in paragraphs)


def in_period(text: str) -> bool:
    """The sentence counts within the period an issue covers ("in the past week")."""
    return _patterns()[1].search(text) is not None

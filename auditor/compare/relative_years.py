"""Relative years pinned by a number: "last year (2017)" in an article dated 2019 (calendar facts).

"This year", "last year" and "next year" are read from the article's date; a year written beside them in
brackets says the same year a second way. When the two do not agree, one is wrong: a sentence carried over
from an older post ("Sales doubled last year (2017)" in a post of March 2019), or a mistyped year (CON004).
Read only where that is safe: the article has its own day (not one inferred from the works it cites), that
day is when it was published rather than last changed, the brackets hold a year and nothing else
("last year (2017)", "this year's (2024)"), and the year is wrong for every day within :data:`SLACK_DAYS` of
the article's date (a post dated 2 January may have been written in December).

Left alone: a span or season ("last year (2017-18)", "(FY2017)"), a year with words ("last year (the 2017
model)"), quotations and dialogue turns (they speak from their own day).
"""

from __future__ import annotations

import datetime
import re
from collections.abc import Iterator, Sequence
from dataclasses import dataclass

SLACK_DAYS = 21
"""Days either side of the article's date in which the relative year may have been written."""
_PINNED = re.compile(
    r"\b(?P<which>[Ll]ast|[Tt]his|[Nn]ext|[Pp]ast)\s+year(?:'s|’s)?\s*\(\s*(?:in\s+)?(?P<year>(?:19|20)\d\d)\s*\)"
)
_OFFSET = {"last": -1, "past": -1, "this": 0, "next": 1}
_CHANGED = re.compile(r"updat|modif|lastmod|last|revis|edit", re.IGNORECASE)
"""A date source that says when the page was last changed: its sentences may be older than it."""


@dataclass(frozen=True, slots=True)
class PinnedYear:
    """A relative year written with a year it is not, by the article's date."""

    claim: int
    text: str
    """As written: "last year (2017)"."""
    written: int
    meant: int
    """The year the relative words make of the article's date."""
    published: datetime.date

    @property
    def finding(self) -> str:
        """What is wrong, as the message says it."""
        which = self.text.split()[0].lower()
        tense = "was" if which in ("last", "past") else "is"
        return (
            f'says "{self.text}", but the article is dated {self.published.isoformat()}, so {which} year {tense}'
            f" {self.meant}, not {self.written}. Check the year, and whether the sentence was carried over from an"
            " older text."
        )


def pinned_year_conflicts(
    texts: Sequence[str], published: datetime.date | None, source: str | None, skip: frozenset[int] = frozenset()
) -> Iterator[PinnedYear]:
    """The claims ``texts`` whose relative year and written year disagree, by the article's day ``published``
    (from ``source``; None: nothing is read). Claims in ``skip`` (quoted, spoken) are not read."""
    if published is None or (source is not None and _CHANGED.search(source)):
        return
    slack = datetime.timedelta(days=SLACK_DAYS)
    years = {(published - slack).year, published.year, (published + slack).year}
    for index, text in enumerate(texts):
        if index in skip or "year" not in text:
            continue
        for m in _PINNED.finditer(text):
            offset = _OFFSET[m["which"].lower()]
            written = int(m["year"])
            if written - offset not in years:
                yield PinnedYear(index, m[0], written, published.year + offset, published)

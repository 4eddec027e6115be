"""Runtimes: a work's running time in its details line against the running time its text gives.

A review or a listing sets out a film's, an episode's or a show's particulars on lines of their own ("Running time:
95 min", "Runtime: 1h 35m", "Length: 2 hours 10 minutes") and its text speaks of the work's length again ("the
110-minute film", "At 120 minutes, the film never drags", "The film runs 104 minutes"): one length told two ways
(CON003).

Read here: the article's one details line of a running time (a block that is only the label and the length), and in
its claims a length of a work named with "the", "this" or "its" ("the 110-minute film", "this two-hour documentary",
"the film's 98-minute running time"), fronted before the work ("At 120 minutes, the film"), or after the work and
"runs" or "clocks in at". Two lengths conflict when they differ by more than :data:`SLACK` minutes, or
:data:`HOUR_SLACK` when one is told in whole hours only ("the two-hour film").

Left unread: an article with more than one such details line (a round-up of several works), a length of another
version or another work ("a 150-minute director's cut", "the 20-minute short", "her 110-minute debut": nouns
``knowledge/runtimes.json`` do not hold, or "a"), a part ("the film's first 30 minutes"), a bound
or an estimate ("nearly two hours", "over 100 minutes").
"""

from __future__ import annotations

import re
from collections.abc import Container, Iterator, Sequence
from dataclasses import dataclass
from functools import cache

from auditor.compare.quantities import find_quantities
from auditor.knowledge import load
from auditor.model import Block
from auditor.phrases import alternation
from auditor.text import quote

SLACK = 2
"""Minutes two lengths may differ by (credits, another count of them)."""
HOUR_SLACK = 15
"""Minutes a length in whole hours may differ by ("the two-hour film" of 1 h 50 min)."""


@dataclass(frozen=True, slots=True)
class Runtime:
    """A work's running time in its details line and in a claim."""

    claim: int
    label: str
    """The details line as written ("Running time: 95 min")."""
    listed: float
    """Its length in minutes."""
    said: str
    """The claim's length as written ("the 110-minute film")."""
    told: float

    @property
    def finding(self) -> str:
        return (f"the details give the running time as {self.listed:g} minutes ({quote(self.label)}), the text"
                f" {self.told:g} minutes ({quote(self.said)})")


@cache
def _works() -> str:
    works: list[str] = load("runtimes")["works"]
    return alternation(works)


_UNIT = r"(?P<unit>hours?|hrs?|h|minutes?|mins?|m)\b"
_MINUTES = {"h": 60.0, "hr": 60.0, "hrs": 60.0, "hour": 60.0, "hours": 60.0}
_LABEL = re.compile(r"\W{0,3}(?:running\s+time|run\s*time|runtime|length|duration)\s*:\s*(?P<value>.{1,40})$",
                    re.IGNORECASE | re.DOTALL)
_COMPACT = re.compile(r"(?P<h>\d{1,2})\s*h(?:rs?|ours?)?\.?\s*(?P<m>\d{1,2})\s*m(?:in|ins|inutes?)?\.?$", re.I)
_BOUND = re.compile(r"\b(?:nearly|almost|about|around|over|under|more\s+than|less\s+than|roughly|some|first|last"
                    r"|final|opening|closing)\s+$", re.IGNORECASE)


def _length(value: str) -> tuple[float, bool] | None:
    """A length in minutes ("95 min", "1h 35m", "2 hours 10 minutes") and whether it is in whole hours only; None
    when ``value`` is not only a length."""
    value = value.strip().rstrip(".")
    if compact := _COMPACT.fullmatch(value):
        return int(compact["h"]) * 60.0 + int(compact["m"]), False
    total, hours_only, end = 0.0, True, 0
    for q in find_quantities(value):
        unit = re.match(rf"\s*-?\s*{_UNIT}", value[q.end :], re.IGNORECASE)
        if unit is None or value[end : q.start].strip() not in ("", "and", ","):
            return None
        word = unit["unit"].lower()
        total += q.value * _MINUTES.get(word, 1.0)
        hours_only = hours_only and word in _MINUTES
        end = q.end + unit.end()
    return (total, hours_only) if total and not value[end:].strip() else None


@cache
def _said() -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str]]:
    """A length as a modifier of the work, fronted before it, or after it and "runs"."""
    works = _works()
    number = r"(?P<n>\d{2,3}|[a-z]+(?:-[a-z]+)?|\d(?:\.\d)?)"
    modifier = re.compile(
        rf"\b(?i:the|this|its)\s+(?:(?i:film|movie)['’]s\s+)?(?:[a-z]+\s+)?(?P<said>{number}-(?P<unit>hour|minute))"
        rf"\s+(?:(?i:{works})|running\s+time)\b(?!\s+(?:of|that|which|from|in\s+(?:19|20)\d\d))"
    )
    fronted = re.compile(rf"^(?:At|Running\s+at)\s+(?P<said>{number}\s+(?P<unit>hours?|minutes)),\s+(?i:the|this)\s+"
                         rf"(?i:{works})\b")
    runs = re.compile(rf"\b(?i:the|this)\s+(?i:{works})\s+(?:runs|clocks\s+in\s+at|lasts)\s+(?:for\s+)?"
                      rf"(?P<said>{number}\s+(?P<unit>hours?|minutes))\b")
    return modifier, fronted, runs


def runtime_conflicts(
    texts: Sequence[str], blocks: Sequence[Block], body: str, skip: Container[int] = frozenset()
) -> Iterator[Runtime]:
    """Claims whose running time of the article's work differs from the one details line of it (``blocks`` and
    ``body``: the document's blocks and text, where the details line is read). The details line is looked for first
    (a match at the start of each block), and the claims only when there is one."""
    labels = [m for b in blocks if b.end - b.start <= 60 and (m := _LABEL.match(body, b.start, b.end))]
    lengths = [(m[0].strip(), length) for m in labels if (length := _length(m["value"])) is not None]
    if len(lengths) != 1:
        return  # no details line, or several works' lines: which work a length is of is unclear
    label, (listed, listed_hours) = lengths[0]
    for index, text in enumerate(texts):
        if index in skip or ("minute" not in text and "hour" not in text):
            continue
        for pattern in _said():
            for m in pattern.finditer(text):
                if _BOUND.search(text, max(0, m.start("said") - 20), m.start("said")):
                    continue
                said = _length(m["said"].replace("-", " "))
                if said is None:
                    continue
                told, told_hours = said
                slack = HOUR_SLACK if told_hours or listed_hours else SLACK
                if abs(told - listed) > slack:
                    yield Runtime(index, label, listed, m["said"], told)

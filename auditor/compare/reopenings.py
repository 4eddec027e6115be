"""Reopenings: when one closed thing opens again, told two ways in one article (CON004).

"The pool is closed until Friday, June 12th" and "The pool reopens Thursday, June 11th" cannot both hold: a
thing closed until a day does not open again before it. Two reopenings of one thing with two whole dates ("The
museum reopened to the public on 14 March 2019" / "Since it reopened on 2 June 2019, the museum ...") conflict too,
unless the article says it closed or reopened again. A :class:`Reopening` is the thing (the noun or name before the
verb; for "it" or "they" in a fronted clause, or none, the subject after it: "Since (it) reopened ..., the
museum"), the kind
("until" or "reopen") and the date, read from a date in either order ("June 12th", "12 June 2026", with or
without its weekday; ``knowledge/reopenings.json``).

Only the direction that cannot be is read: a reopening before the day the thing is closed until (closed "until
Thursday" may mean it opens on Friday, so a reopening after the day is not read). A date without a year takes the
other's; two dates without a year are compared only within :data:`NEAR_MONTHS` months of each other (a closure over
the new year). Quiet: a claim with a word of a moved, partial, repeated or hoped-for date ("earlier than planned",
"originally", "partially", "again", "expected": "changed"), another thing, claims in a quotation or hedged.
"""

from __future__ import annotations

import datetime
import re
from collections import defaultdict
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from functools import cache

from auditor.knowledge import load
from auditor.phrases import alternation
from auditor.text import MONTHS

NEAR_MONTHS = 2
"""Two dates without a year are compared only when their months are at most this far apart."""
MAX_LATER = 12
"""Each reopening is compared with at most this many later ones of the same thing."""

_MONTH = r"(?P<month>" + "|".join(sorted((m.capitalize() for m in MONTHS), key=len, reverse=True)) + r")\b\.?"
_DAY = r"(?P<day>3[01]|[12]\d|0?[1-9])(?:st|nd|rd|th)?(?![\d:])"
_YEAR = r"(?:,?\s+(?P<year>1[6-9]\d\d|20\d\d)(?!\d))?"
_WEEKDAY = r"(?:(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day),?\s+)?"
_DATE = (
    rf"{_WEEKDAY}(?:{_MONTH}\s+{_DAY}{_YEAR}|(?:the\s+)?{_DAY.replace('day>', 'day2>')}(?:\s+of)?\s+"
    rf"{_MONTH.replace('month>', 'month2>')}{_YEAR.replace('year>', 'year2>')})"
)
_THING = (
    r"(?P<thing>(?!(?:Since|After|When|Before|Until|As|If|Once)\s)(?:[A-Z][\w'’&-]*\s+){1,4}"
    r"|(?:[Tt]he|[Ii]ts|[Oo]ur|[Tt]heir)\s+(?:[\w'’-]+\s+){0,2}?[a-z][\w-]*\s+"
    r"|[Ii]t\s+|[Tt]hey\s+|(?<=[Ss]ince\s)|(?<=[Aa]fter\s))"
)
"""What a closure or reopening is told of: a name, a noun with its determiner, "it" or "they", or nothing after
"Since" or "After" ("Since reopening on ..., the library")."""
_AFTER_SUBJECT = re.compile(
    r"[^,.;]{0,40},\s+(?:the|its|our)\s+(?P<mods>(?:[a-z][\w-]*\s+){0,2}?)(?P<head>[a-z][\w-]*)\b"
)


@dataclass(frozen=True, slots=True)
class Reopening:
    """A day a thing is closed until, or reopens on, as one claim tells it."""

    claim: int
    thing: str
    """The thing, lower case ("pool", "kelso library")."""
    kind: str
    """"until" or "reopen"."""
    month: int
    day: int
    year: int | None
    text: str
    """The words that tell it ("closed until Friday, June 12th")."""

    def date(self, year: int) -> datetime.date | None:
        try:
            return datetime.date(self.year or year, self.month, self.day)
        except ValueError:
            return None


@cache
def _data() -> dict[str, list[str]]:
    return {k: v for k, v in load("reopenings").items() if isinstance(v, list)}


@cache
def _patterns() -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str], re.Pattern[str]]:
    data = _data()
    aux = alternation(data["auxiliaries"])
    return (
        re.compile(rf"(?<![\w'’-]){_THING}(?:(?:{aux})\s+)?(?:{alternation(data['until'])})\s+until\s+{_DATE}"),
        re.compile(
            rf"(?<![\w'’-]){_THING}(?P<verb>{alternation(data['reopen'])})\s+(?:(?:{alternation(data['to_whom'])})\s+)?"
            rf"(?:on\s+)?{_DATE}"
        ),
        re.compile(rf"\b(?:{alternation(data['changed'])})\b"),  # lower case: "may", not "3 May"
        re.compile(rf"\b(?:{alternation(data['again'])})\b", re.IGNORECASE),
    )


def find_reopenings(claim: int, text: str) -> list[Reopening]:
    """The days a claim says a thing is closed until or reopens on."""
    until, reopen, changed, _ = _patterns()
    if changed.search(text):
        return []
    found: list[Reopening] = []
    for kind, pattern in (("until", until), ("reopen", reopen)):
        for m in pattern.finditer(text):
            thing = _thing(text, m)
            groups = {k.rstrip("2"): v for k, v in m.groupdict().items() if v is not None}
            month = MONTHS.get(groups["month"].lower().rstrip("."))
            if not thing or month is None:
                continue
            year = int(groups["year"]) if "year" in groups else None
            found.append(Reopening(claim, thing, kind, month, int(groups["day"]), year, m.group().strip()))
    return found


def _thing(text: str, m: re.Match[str]) -> str:
    """The thing a match is about, lower case: the words before the verb without their determiner, or for "it" or
    "they" the subject after the clause ("Since it reopened on 2 June, the museum"); "" when it cannot be told."""
    words = m.group("thing").split()
    if not words or words[0].lower() in ("it", "they"):  # "Since it reopened on ...", "Since reopening on ..."
        after = _AFTER_SUBJECT.match(text, m.end())
        return " ".join([*after.group("mods").split(), after.group("head")]) if after else ""
    if words[0].lower() in ("the", "its", "our", "their"):
        words = words[1:]
    elif m.start("thing") > 0 and not text[: m.start("thing")].rstrip().endswith((",", ":")):
        return ""  # a capitalised word inside the sentence may be any name ("Since March the Kelso pool ...")
    return " ".join(w.lower() for w in words)


def _before(one: Reopening, other: Reopening) -> bool | None:
    """Whether ``one`` falls before ``other`` (None when their dates cannot be put in one year)."""
    year = one.year or other.year
    if year is None:
        if abs(one.month - other.month) > NEAR_MONTHS:
            return None  # "until 30 December" / "reopens 3 January": maybe across the new year
        year = 2000  # a leap year, so "29 February" reads
    a, b = one.date(year), other.date(year)
    if a is None or b is None:
        return None
    return a < b


def reopening_conflicts(
    texts: Sequence[str], skip: frozenset[int] = frozenset()
) -> Iterator[tuple[Reopening, Reopening]]:
    """Pairs (earlier claim, later claim) that give one thing a reopening before the day it is closed until, or two
    whole dates of reopening."""
    _, _, _, again = _patterns()
    told: dict[str, list[Reopening]] = defaultdict(list)
    repeated = False
    for index, text in enumerate(texts):
        if "until" not in text and "reopen" not in text.lower() and "resum" not in text.lower():
            continue
        repeated = repeated or again.search(text) is not None
        if index not in skip:
            for r in find_reopenings(index, text):
                told[r.thing].append(r)
    for same in told.values():
        for n, first in enumerate(same):
            for second in same[n + 1 : n + 1 + MAX_LATER]:
                if first.claim == second.claim:
                    continue
                if first.kind != second.kind:
                    closed, reopened = (first, second) if first.kind == "until" else (second, first)
                    if _before(reopened, closed):
                        yield first, second
                elif (
                    first.kind == "reopen"
                    and not repeated
                    and first.year
                    and second.year
                    and (first.year, first.month, first.day) != (second.year, second.month, second.day)
                ):
                    yield first, second

"""Tallies: one day's count of an act against the whole event's count, when the whole is the smaller.

News counts an act on a day ("A wildfire destroyed 40 homes near Kelso on Tuesday") and later describes the event
by its count ("The fire, which destroyed 25 homes, is now contained"; "The 12 people arrested were released").
Tolls grow over days, so the figure comparer keeps a dated figure apart from an undated one; but a count that
describes the whole event can never be smaller than one day's count of the same act: that pair cannot both be
true, whatever happened later (CON003).

Read: a day's count is a past-tense verb, a count and a plural noun ("destroyed 40 homes", "arrested at least 15
people") in a claim that names a day ("on Tuesday", "yesterday", "on 6 March"), outside a relative clause. The
whole event's count is the same verb and noun in a relative clause with no day of its own ("which destroyed 25
homes") or after "the" as a description ("the 12 people arrested"). Left unread: a count of the whole that is
approximate or a bound ("about", "at least", "so far" counts are not the whole), or a part of its own ("another",
"more", "further", "other", "new"), names in the description that the day's claim lacks (another place), and a
verb and noun counted in more than one day's claim or more than one description (several events, several days).
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from functools import cache

from auditor.knowledge import load

_DAY = re.compile(
    r"\b(?:on\s+)?(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day|yesterday|today|tonight|overnight)\b"
    r"|\bon\s+(?:\d{1,2}\s+[A-Z][a-z]+|[A-Z][a-z]+\.?\s+\d{1,2})\b"
)
"""A day the claim names: a weekday, "yesterday", "on 6 March", "on March 6"."""
_PART_WORDS = re.compile(r"\b(?:another|more|further|other|additional|new|extra|remaining|some|about|around|nearly"
                         r"|almost|roughly|approximately|over|under|least|than|up\s+to|estimated|only)\s*$", re.I)
_AFTER_PART = re.compile(r"^\s*(?:more|so\s+far|in\s+all|or\s+more|in\s+total)\b", re.I)


@dataclass(frozen=True, slots=True)
class Tally:
    """A count of an act in a claim: one day's, or the whole event's."""

    claim: int
    verb: str
    noun: str
    value: int
    text: str
    whole: bool
    names: frozenset[str]


@cache
def _numbers() -> dict[str, int]:
    numbers = load("numbers")
    return {w: n for w, n in {**numbers["units"], **numbers["tens"]}.items() if n >= 2 and w != "dozen"}


@cache
def _patterns() -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str]]:
    count = r"(?P<n>\d{1,3}(?:,\d{3})*|" + "|".join(sorted(_numbers(), key=len, reverse=True)) + r")"
    noun = r"(?P<noun>(?:[a-z][a-z-]*\s+)?(?:[a-z][a-z-]*[a-z]s|people))\b"
    active = re.compile(rf"\b(?P<verb>[a-z]{{3,}}ed)\s+(?P<q>(?:[a-z]+\s+){{0,2}}?)?{count}\s+{noun}")
    relative = re.compile(rf",?\s*\b(?:which|that)\s+(?:ha[sdv]e?\s+)?(?P<verb>[a-z]{{3,}}ed)\s+{count}\s+{noun}")
    described = re.compile(rf"\b[Tt]he\s+{count}\s+{noun}\s+(?:who\s+were\s+|that\s+were\s+)?(?P<verb>[a-z]{{3,}}ed)\b")
    return active, relative, described


_RELATIVE = re.compile(r"\b(?:which|that|who)\s+$")
_NAME = re.compile(r"(?<![.!?]\s)(?<!^)\b[A-Z][a-z]+\b")


def _value(word: str) -> int:
    return int(word.replace(",", "")) if word[0].isdigit() else _numbers()[word.lower()]


def _names(text: str) -> frozenset[str]:
    return frozenset(m[0] for m in _NAME.finditer(text) if not _DAY.fullmatch(m[0]))


def tallies(index: int, text: str) -> Iterator[Tally]:
    """The day's counts and the whole event's counts of one claim."""
    active, relative, described = _patterns()
    wholes: list[tuple[int, int]] = []
    for pattern in (relative, described):
        for m in pattern.finditer(text):
            clause_end = re.search(r"[,;.]|$", text[m.end() :]) if pattern is relative else None
            clause = text[m.start() : m.end() + (clause_end.start() if clause_end else 0)]
            wholes.append((m.start(), m.end()))
            if _DAY.search(clause) or _PART_WORDS.search(text[: m.start("n")]) or _AFTER_PART.match(text[m.end() :]):
                continue
            if _PART_WORDS.search(" ".join(m["noun"].split()[:-1])):
                continue  # "which destroyed 25 more homes": a part of its own
            noun = m["noun"].split()[-1].lower()
            yield Tally(index, m["verb"].lower(), noun, _value(m["n"]), m[0].strip(" ,"), True, _names(clause))
    if not _DAY.search(text):
        return
    for m in active.finditer(text):
        if any(s <= m.start("verb") < e for s, e in wholes) or _RELATIVE.search(text, 0, m.start()):
            continue  # a count in a relative clause describes, it does not report the day's act
        if m["q"] and not re.fullmatch(r"(?:at\s+least|more\s+than|over)\s+", m["q"]):
            continue  # "about 40": not an exact count of the day; "at least 40" still bounds the whole from below
        noun = m["noun"].split()[-1].lower()
        yield Tally(index, m["verb"].lower(), noun, _value(m["n"]), m[0].strip(), False, _names(text))


def tally_conflicts(texts: Sequence[str], skip: frozenset[int] = frozenset()) -> list[tuple[Tally, Tally]]:
    """(earlier, later) pairs of a day's count and a whole event's count of one act, the whole the smaller."""
    days: dict[tuple[str, str], list[Tally]] = defaultdict(list)
    wholes: dict[tuple[str, str], list[Tally]] = defaultdict(list)
    for index, text in enumerate(texts):
        if index in skip:
            continue
        for t in tallies(index, text):
            (wholes if t.whole else days)[(t.verb, t.noun)].append(t)
    found = []
    for key, (day, *more_days) in ((k, v) for k, v in days.items() if v):
        if more_days or len(wholes.get(key, [])) != 1:
            continue  # several days or several descriptions: the tool cannot tell which counts which
        whole = wholes[key][0]
        if whole.claim != day.claim and whole.value < day.value and whole.names <= day.names:
            found.append((day, whole) if day.claim < whole.claim else (whole, day))
    return found

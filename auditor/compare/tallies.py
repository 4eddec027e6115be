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

from auditor.compare.quantities import spelled_numbers
from auditor.phrases import words_of
from auditor.text import has_digit

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
    return {w: n for w, n in spelled_numbers().items() if n >= 2}


@cache
def _number_words() -> frozenset[str]:
    """The numbers in words a count may give (one word each, in lower case: a match holds one among the text's
    words)."""
    return frozenset(_numbers())


@cache
def _counted() -> re.Pattern[str]:
    """A count and a plural noun ("40 homes", "nine people", "11 road bridges")."""
    count = r"(?P<n>\d{1,3}(?:,\d{3})*|" + "|".join(sorted(_numbers(), key=len, reverse=True)) + r")"
    return re.compile(rf"\b{count}\s+(?P<noun>(?:[a-z][a-z-]*\s+)?(?:[a-z][a-z-]*[a-z]s|people))\b")


WINDOW = 60
"""Characters before a count searched for its verb."""
_ACTIVE = re.compile(r"\b(?P<verb>[a-z]{3,}ed)\s+(?P<q>(?:[a-z]+\s+){0,2}?)$")
"""The verb before a day's count: "destroyed 40 homes", "arrested at least 15 people"."""
_RELATIVE_VERB = re.compile(r"\b(?:which|that)\s+(?:ha[sdv]e?\s+)?(?P<verb>[a-z]{3,}ed)\s+$")
"""The verb of a relative clause before a count: "which destroyed 25 homes"."""
_THE = re.compile(r"\b[Tt]he\s+$")
_DESCRIBED = re.compile(r"\s+(?:who\s+were\s+|that\s+were\s+)?(?P<verb>[a-z]{3,}ed)\b")
"""The verb after a count described with "the": "the 12 people arrested"."""
_RELATIVE = re.compile(r"\b(?:which|that|who)\s+$")
_PAST = re.compile(r"[a-z]ed\b")
_NAME = re.compile(r"(?<![.!?]\s)(?<!^)\b[A-Z][a-z]+\b")


def _value(word: str) -> int:
    return int(word.replace(",", "")) if word[0].isdigit() else _numbers()[word.lower()]


def _names(text: str) -> frozenset[str]:
    return frozenset(m[0] for m in _NAME.finditer(text) if not _DAY.fullmatch(m[0]))


def tallies(index: int, text: str) -> Iterator[Tally]:
    """The day's counts and the whole event's counts of one claim: each count is found first, then its verb in
    the few words around it, so a claim is read in one pass."""
    if _PAST.search(text) is None or not (has_digit(text) or not _number_words().isdisjoint(words_of(text))):
        return  # no verb in the past tense, or no number in digits or words: no act counted (cheap tests first)
    dated: bool | None = None
    for c in _counted().finditer(text):
        before = max(0, c.start() - WINDOW)
        noun = c["noun"].split()[-1].lower()
        relative = _RELATIVE_VERB.search(text, before, c.start())
        described = _DESCRIBED.match(text, c.end()) if _THE.search(text, before, c.start()) else None
        if relative is not None or described is not None:
            if relative is not None:
                clause_end = re.search(r"[,;.]|$", text[c.end() :])
                first, last = relative.start(), c.end() + (clause_end.start() if clause_end else 0)
                verb = relative["verb"]
            else:
                assert described is not None
                first, last, verb = c.start(), described.end(), described["verb"]
            clause = text[first:last]
            if _DAY.search(clause) or _PART_WORDS.search(text, 0, c.start()) or _AFTER_PART.match(text[c.end() :]):
                continue
            if _PART_WORDS.search(" ".join(c["noun"].split()[:-1])):
                continue  # "which destroyed 25 more homes": a part of its own
            yield Tally(index, verb.lower(), noun, _value(c["n"]), text[first:last].strip(" ,"), True, _names(clause))
            continue
        active = _ACTIVE.search(text, before, c.start())
        if active is None or _RELATIVE.search(text, before, active.start()):
            continue  # no verb, or a count in a relative clause ("who arrested ..."): it describes
        if dated is None:
            dated = _DAY.search(text) is not None
        if not dated:
            continue
        if active["q"] and not re.fullmatch(r"(?:at\s+least|more\s+than|over)\s+", active["q"]):
            continue  # "about 40": not an exact count of the day; "at least 40" still bounds the whole from below
        yield Tally(index, active["verb"].lower(), noun, _value(c["n"]), text[active.start() : c.end()], False,
                    _names(text))


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

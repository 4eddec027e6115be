"""Setting: what tells two claims' figures apart even when they count the same thing (who, when, which one).

The names, periods (years, months, "last year", "week 6"), ordinals and modals of a claim outside its figures:
the same count of another place, year, release or occasion, or in another mood, is another figure.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from enum import Enum
from functools import cache, lru_cache

from auditor.compare.clauses import _WORD
from auditor.compare.statements import stem, wordlist
from auditor.knowledge import load
from auditor.phrases import alternation
from auditor.text import stopwords

_NUMBERED = re.compile(r"\s+(\d+)\b")


@cache
def _period_keys() -> frozenset[str]:
    """Stems of the words that date a figure: the same count in another period is another figure."""
    return frozenset(stem(w) for w in wordlist("periods"))


@dataclass(frozen=True, slots=True)
class Setting:
    """What tells two claims' figures apart even when they count the same thing: who, when, which one."""

    names: frozenset[str]
    periods: frozenset[str]
    ordinals: frozenset[str]
    modals: frozenset[str]

    def compatible(self, other: Setting, modals: bool = True) -> bool:
        """Same period, occasion and mood (``modals=False``: any mood), and the names of one claim all in the
        other (the same subject).

        Names on both sides that the other lacks ("Elizabeth Burton" and "Victor Burton", "Leeds" and
        "Derby") are different people or places.
        """
        if self.periods != other.periods or self.ordinals != other.ordinals:
            return False
        if modals and self.modals != other.modals:
            return False
        # A claim that names nobody ("the network now reaches 53% ...") speaks of what the article is about.
        return self.names <= other.names or other.names <= self.names


def setting_of(text: str, spans: list[tuple[int, int]], common: Callable[[str], bool] = bool) -> Setting:
    """The names, periods (years, months, "last year"), ordinals and modals of a claim, outside its figures.

    ``common(word)`` tells whether a capitalised first word is an ordinary word ("Revenue fell ...",
    "Drivers will pay ...") rather than a name ("Barrientos has ..."); by default every first word is taken
    for a name. Version numbers and numbered things ("release 28.1", "route 9") count as names: the same
    figure of another release is another figure.
    """
    names, periods, ordinals, modals = set(), set(), set(), set()
    inside = {i for start, end in spans for i in range(start, end)}  # the offsets of the figures
    # The kinds as module names: an Enum member looked up on its class costs ten times a global's look-up, and
    # this is done for every word of every claim with a figure.
    for n, m in enumerate(_WORD.finditer(text)):
        if m.start() in inside:
            continue  # "a third of": a fraction, not an ordinal
        word = m.group()
        lower, kind = _setting_word(word)
        if kind is _OTHER:
            continue  # a lower-case word that is none of the others
        if kind is _NAME:
            if not (n == 0 and common(lower)):
                names.add(lower)
        elif kind is _YEAR_WORD:
            periods.add(word)
        elif kind is _PERIOD:
            numbered = _NUMBERED.match(text, m.end())
            periods.add(lower + (numbered.group(1) if numbered else ""))  # "week 6" is not "week 2"
        elif kind is _ORDINAL:
            ordinals.add(lower)
        elif kind is _MODAL:
            modals.add(lower)
        # _Kind.WEEKLY ("on Tuesdays": every week, not a date) and _Kind.STOP add nothing
    periods.update(event_frames(text))
    for m in _IDENTIFIER.finditer(text):
        if m.start() not in inside and not YEAR.fullmatch(m.group("id")):
            names.add("#" + m.group("id").lower())
    return Setting(frozenset(names), frozenset(periods), frozenset(ordinals), frozenset(modals))


_EVENT_GATE = re.compile(r"\b(?:after|following|since|before|until|till|once|upon|prior|ahead|wake)\b", re.IGNORECASE)
"""The words that may open an event frame (:func:`_event_frame`), to skip the pattern in most claims."""


@cache
def _event_frame() -> re.Pattern[str]:
    """A phrase that sets a claim before or after an event ("After the extension, the hospital has 520 beds",
    "following its merger", "since the 2019 refit"; ``knowledge/measures.json`` "event_frames"): the claim's
    figures are of another time than those of a claim without it, or with another event. A year alone ("since
    2008") is read as a year."""
    frames = alternation(load("measures")["event_frames"])
    return re.compile(
        rf"\b({frames})\s+(?:the|its|their|his|her|our|this|that|a|an)\s+(?:\d{{4}}\s+)?([^\W\d_][\w'’-]*)",
        re.IGNORECASE,
    )


@lru_cache(maxsize=4096)
def event_frames(text: str) -> frozenset[str]:
    """The events a claim is set before or after (:func:`_event_frame`), as "after:extens": two claims with
    different ones (or one with none) give figures of different times."""
    if not _EVENT_GATE.search(text):
        return frozenset()
    return frozenset(f"{m.group(1).lower()}:{stem(m.group(2).lower())}" for m in _event_frame().finditer(text))


class _Kind(Enum):
    """What a word is to :func:`setting_of`."""

    YEAR = "year"  # a word of digits ("1991"; :data:`_WORD` reads four at most)
    WEEKLY = "weekly"  # "tuesdays": every week, not a date
    PERIOD = "period"  # a month, a day, or a word of :func:`_period_keys`
    ORDINAL = "ordinal"
    MODAL = "modal"
    STOP = "stop"  # a function word: never a name
    NAME = "name"  # any other capitalised word (unless the first of the claim is an ordinary word)
    OTHER = "other"  # any other word


_OTHER, _NAME, _YEAR_WORD, _PERIOD, _ORDINAL, _MODAL = (
    _Kind.OTHER, _Kind.NAME, _Kind.YEAR, _Kind.PERIOD, _Kind.ORDINAL, _Kind.MODAL
)


@lru_cache(maxsize=65536)
def _setting_word(word: str) -> tuple[str, _Kind]:
    """A word of a claim as :func:`setting_of` reads it: in lower case without what follows an apostrophe, and
    its class; once per word as written."""
    if word[0].isdigit():
        return word, _Kind.YEAR
    lower = word.lower().replace("’", "'").split("'")[0]
    kind = _setting_kind(lower)
    if kind is _Kind.OTHER and word[0].isupper():
        kind = _Kind.NAME
    return lower, kind


@lru_cache(maxsize=65536)
def _setting_kind(lower: str) -> _Kind:
    """The class of a word for :func:`setting_of`, looked up once per word (in the order it tests them)."""
    days = wordlist("months_and_days")
    if lower.endswith("days") and lower[:-1] in days:
        return _Kind.WEEKLY
    if lower in days or stem(lower) in _period_keys():
        return _Kind.PERIOD
    if lower in wordlist("ordinals"):
        return _Kind.ORDINAL
    if lower in wordlist("modals"):
        return _Kind.MODAL
    return _Kind.STOP if lower in stopwords() else _Kind.OTHER


_IDENTIFIER = re.compile(
    r"(?<![\w.,])(?P<id>v?\d+(?:\.\d+){1,3}(?:-?(?:rc|beta|alpha)\d*)?|(?<=[A-Za-z] )\d+)(?![\w.,]*\d)(?!%)"
)
"""Release numbers ("28.1", "v2.4.0rc1") and numbers named by the word before them ("Core 28", "route 9")."""
YEAR = re.compile(r"1\d{3}|20\d{2}")
"""A year written as four digits (1000-2099), used by the figure readers (:mod:`auditor.compare.figures`,
:mod:`auditor.compare.measures`, :mod:`auditor.compare.sizes`) too."""

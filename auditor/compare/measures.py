"""Measures: the figures of a claim with what they count and the words around them ("cut 1,200 jobs").

Two claims worded differently can still give one quantity two values ("Harwell cut 1,200 jobs" and "Harwell's
1,500 job cuts"). A :class:`Measure` keeps what tells whether two figures measure the same thing: the counted
noun, the predicate before the figure, and the claim's :class:`Setting` (its names, dates, ordinals, modals).
Figures that are not measures (years, dates, clock times, identifiers, ages, changes "by" or "from ... to")
are left out. Figures are blocked by unit and noun, and the rest is read only for figures that disagree.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Callable
from dataclasses import dataclass
from functools import cache

from auditor.compare.pairing import Pairing
from auditor.compare.quantities import Quantity, find_quantities
from auditor.compare.statements import labels, signed_key, stem, wordlist
from auditor.knowledge import load
from auditor.text import stopwords

NOUN_WORDS = 3
"""At most this many words after a figure name what it counts ("1,500 job cuts")."""
CONTEXT_WORDS = 4
"""At most this many words before a figure, in its clause, say what happened to it ("the plant cut")."""
WINDOW = 80
"""Characters read either side of a figure for its noun and its context."""

_OPEN = frozenset(" \t\n(\"'“‘[")
_AFTER_NOT_MEASURE = re.compile(
    r"(?:[:.][\w]|\s*(?:[ap]\.?m\b|o['’]clock)|[-–−—/)\w]|(?:st|nd|rd|th)\b)", re.IGNORECASE
)
_NUMBERED = re.compile(r"\s+(\d+)\b")
_CLAUSE = re.compile(r"[,;:()\[\]—–]|\s-\s|\.\s")
_WORD = re.compile(r"[^\W\d_][\w'’-]*|\d{4}\b")


@cache
def _period_keys() -> frozenset[str]:
    """Stems of the words that date a figure: the same count in another period is another figure."""
    return frozenset(stem(w) for w in wordlist("periods"))


@dataclass(frozen=True, slots=True)
class Measure:
    """A figure of a claim and what it measures."""

    claim: int
    quantity: Quantity
    noun: frozenset[str]
    """Stems of what the figure counts ("job", "cut")."""

    def same_kind(self, other: Measure) -> bool:
        """Same unit, and the same counted noun (or, for money and percentages, none on either side)."""
        if self.quantity.unit != other.quantity.unit:
            return False
        if self.noun and other.noun:
            return not self.noun.isdisjoint(other.noun)
        return not self.noun and not other.noun and bool(self.quantity.unit)


@dataclass(frozen=True, slots=True)
class Setting:
    """What tells two claims' figures apart even when they count the same thing: who, when, which one."""

    names: frozenset[str]
    periods: frozenset[str]
    ordinals: frozenset[str]
    modals: frozenset[str]

    def compatible(self, other: Setting) -> bool:
        """Same period, occasion and mood, and the names of one claim all in the other (the same subject).

        Names on both sides that the other lacks ("Elizabeth Burton" and "Victor Burton", "Leeds" and
        "Derby") are different people or places.
        """
        if self.periods != other.periods or self.ordinals != other.ordinals or self.modals != other.modals:
            return False
        if self.names or other.names:
            return bool(self.names & other.names) and (self.names <= other.names or other.names <= self.names)
        return True


def setting_of(text: str, spans: list[tuple[int, int]], common: Callable[[str], bool] = bool) -> Setting:
    """The names, periods (years, months, "last year"), ordinals and modals of a claim, outside its figures.

    ``common(word)`` tells whether a capitalised first word is an ordinary word ("Revenue fell ...") rather
    than a name ("Barrientos has ..."); by default every first word is taken for a name.
    """
    names, periods, ordinals, modals = set(), set(), set(), set()
    stop = stopwords()
    for n, m in enumerate(_WORD.finditer(text)):
        if any(start <= m.start() < end for start, end in spans):
            continue  # "a third of": a fraction, not an ordinal
        word = m.group()
        lower = word.lower().replace("’", "'").split("'")[0]
        if word[0].isdigit():
            periods.add(word)
        elif lower in wordlist("months_and_days") or stem(lower) in _period_keys():
            numbered = _NUMBERED.match(text, m.end())
            periods.add(lower + (numbered.group(1) if numbered else ""))  # "week 6" is not "week 2"
        elif lower in wordlist("ordinals"):
            ordinals.add(lower)
        elif lower in wordlist("modals"):
            modals.add(lower)
        elif word[0].isupper() and lower not in stop and not (n == 0 and common(lower)):
            names.add(lower)
    return Setting(frozenset(names), frozenset(periods), frozenset(ordinals), frozenset(modals))


def find_measures(claim: int, text: str, words: bool = True) -> list[Measure]:
    """The figures of a claim that measure something, each with the noun it counts.

    Durations ("two months ago", "five years of work") are left out: an article gives many, for many things.
    """
    found = []
    for q in find_quantities(text, words):
        if is_measure(q, text):
            noun = _noun(text, q.end)
            if noun.isdisjoint(_duration_keys()):
                found.append(Measure(claim, q, noun))
    return found


@cache
def _duration_keys() -> frozenset[str]:
    """Stems of units of time: durations are left out of the figures compared."""
    return frozenset(stem(w) for w in wordlist("durations"))


def is_measure(q: Quantity, text: str) -> bool:
    """A level of something: not a year, date, clock time, duration, identifier, age, change or range."""
    if q.start and text[q.start - 1] not in _OPEN:
        return False  # "graphic-2.jpg", "status/5785": part of a name
    if q.text.isdigit() and len(q.text) == 4 and 1000 <= q.value <= 2100:
        return False  # a year
    if q.text.lower() in ("one", "a", "an") or q.value == 0:
        return False  # "one of the", not a count
    if _AFTER_NOT_MEASURE.match(text, q.end):
        return False  # "10:30", "3pm", "10-year", "5/6", "1st", "20 (", "5x"
    before = text[max(0, q.start - 20) : q.start].split()
    word_before = before[-1].lower().rstrip(".") if before else ""
    if (
        word_before in wordlist("not_measure_before")
        or word_before in wordlist("months_and_days")
        or word_before in labels()
    ):
        return False
    if text[: q.start].rstrip().endswith("|") or text[q.end :].lstrip().startswith("|"):
        return False  # a table cell
    if before and before[-1][:1].isupper() and word_before not in stopwords():
        return False  # "Sprint 2", "Route 66": a name
    following = text[q.end : q.end + 12].split()
    return not (following and following[0].lower().strip(",.") in wordlist("months_and_days"))  # "1 August 1942"


def _words(segment: str) -> list[str]:
    return [m.group().lower().replace("’", "'") for m in _WORD.finditer(segment)]


def _noun(text: str, end: int) -> frozenset[str]:
    """Stems of the words right after a figure that name what it counts."""
    segment = _CLAUSE.split(text[end : end + WINDOW], 1)[0]
    noun: list[str] = []
    for word in _words(segment):
        if not noun and (word in wordlist("linking") or word.endswith("'s")):
            continue  # "a third of its vegetables", "10% of the nation's fruit"
        base = word.split("'")[0]
        if (
            base in stopwords()
            or base in wordlist("linking")
            or base in wordlist("ordinals")
            or base in wordlist("months_and_days")
        ):
            break  # "fell 12% last year", "1,200 in March": no noun
        key = signed_key(base)
        if key in _period_keys() and not noun:
            break
        noun.append(key)
        if len(noun) == NOUN_WORDS:
            break
    return frozenset(noun)


def _context(text: str, start: int) -> frozenset[str]:
    """Stems of the words before a figure, back to the start of its clause."""
    segment = _CLAUSE.split(text[max(0, start - WINDOW) : start])[-1]
    words = [w.split("'")[0] for w in _words(segment)]
    content = [signed_key(w) for w in words if w not in stopwords() and not w[0].isdigit()]
    return frozenset(content[-CONTEXT_WORDS:])


@cache
def number_words() -> frozenset[bytes]:
    """Numbers written in words ("twelve", "million"), to find the claims with figures that have no digit."""
    tables = load("numbers")
    words = (*tables["units"], *tables["tens"], *tables["scales"], *tables["fractions"])
    return frozenset(w.encode() for w in words if w not in ("a", "an", "one"))


def measure_conflicts(p: Pairing) -> list[tuple[Measure, Measure]]:
    """Pairs (earlier, later) of figures in different claims that count the same thing and cannot both be true."""
    buckets: dict[tuple[str, str], list[Measure]] = defaultdict(list)
    by_claim: dict[int, list[Measure]] = {}
    for index, text in enumerate(p.texts):
        spelled = not p.words[index].isdisjoint(number_words())
        if not (spelled or p.has_figure(index)) or p.hedged(index):
            continue
        found = find_measures(index, text, spelled)
        by_claim[index] = found
        for m in found:
            # A claim with two figures of one kind ("from 1,200 to 1,500") states a change, not a level.
            if any(o is not m and o.same_kind(m) for o in found):
                continue
            for noun in m.noun or {""}:
                buckets[(m.quantity.unit, noun)].append(m)
    settings: dict[int, Setting] = {}
    conflicts: dict[tuple[int, int], tuple[Measure, Measure]] = {}
    for bucket in buckets.values():
        for n, first in enumerate(bucket):
            for second in bucket[n + 1 :]:
                key = (first.claim, second.claim)
                if first.claim == second.claim or key in conflicts or first.quantity.overlaps(second.quantity):
                    continue
                if not first.same_kind(second) or not _same_predicate(p, first, second):
                    continue
                for index in key:
                    if index not in settings:
                        spans = [(m.quantity.start, m.quantity.end) for m in by_claim[index]]
                        settings[index] = setting_of(p.texts[index], spans, p.common_word)
                if settings[first.claim].compatible(settings[second.claim]) and _one_subject(p, first, second):
                    conflicts[key] = (first, second)
    return [conflicts[k] for k in sorted(conflicts)]


def _one_subject(p: Pairing, first: Measure, second: Measure) -> bool:
    """Each figure's clause says nothing the other claim lacks, or only one of them does.

    "The harbour in Pellow reported 6 visitors" and "The tramway in Pellow reported 16 visitors" each name a
    thing the other does not: two subjects. "Brantwood cut 1,200 jobs at its Leeds plant" and "Union leaders
    said the 1,500 job cuts at Brantwood's Leeds plant ..." differ only by what the second one adds.
    """
    a, b = _clause_stems(p.texts[first.claim], first.quantity), _clause_stems(p.texts[second.claim], second.quantity)
    all_a, all_b = _stems(p.texts[first.claim]), _stems(p.texts[second.claim])
    return not (a - all_b) or not (b - all_a)


def _clause_stems(text: str, q: Quantity) -> set[str]:
    """Stems of the content words of the clause a figure stands in (its figures and fractions left out)."""
    start = max((m.end() for m in _CLAUSE.finditer(text, 0, q.start)), default=0)
    end = _CLAUSE.search(text, q.end)
    return _stems(text[start : end.start() if end else len(text)]) - _stems(q.text)


def _stems(text: str) -> set[str]:
    stop = stopwords()
    return {signed_key(w.split("'")[0]) for w in _words(text) if w.split("'")[0] not in stop and not w[0].isdigit()}


def subject_of(p: Pairing, first: Measure, second: Measure) -> str:
    """What two figures of the same measure count, for messages: their shared noun, or shared context words."""
    shared = first.noun & second.noun
    if not shared:
        a = _context(p.texts[first.claim], first.quantity.start)
        shared = a & _context(p.texts[second.claim], second.quantity.start)
    # The words as written around the later figure, not their stems.
    text, q = p.texts[second.claim], second.quantity
    window = _words(text[max(0, q.start - WINDOW) : q.end + WINDOW])
    words = dict.fromkeys(w for w in window if signed_key(w.split("'")[0]) in shared)
    return " ".join(words) or q.unit


def _same_predicate(p: Pairing, first: Measure, second: Measure) -> bool:
    """Beyond the counted noun, the two figures share a word of what happened to them ("cut 1,200 jobs" and
    "the 1,500 job cuts")."""
    a = _context(p.texts[first.claim], first.quantity.start)
    b = _context(p.texts[second.claim], second.quantity.start)
    shared = ((a & (b | second.noun)) | (b & first.noun)) - (first.noun & second.noun)
    # A bare percentage or amount ("cut ... 83 percent") needs more than one shared word to be the same measure.
    return len(shared) >= (1 if first.noun else 2)

"""Frequencies: how many times a named subject is said to have done one thing.

"The Kelso Rovers have won the county cup twice" and "The Kelso Rovers won the county cup three times" count the
same occasions twice, in other words than a changed figure (CON003 pairs near-identical claims by their figures,
and "twice" is none). A :class:`Frequency` is a claim's predicate (:func:`~auditor.compare.predicates.find_predicate`:
its subject, verb and object) and the count of times at the end of its clause ("twice", "three times", "4
times"). Two of one subject, verb and object whose counts differ are a numeric conflict.

A count of times that multiplies ("twice the size", "three times as many"), a run ("twice in a row", "three
times in succession"), a count up to a moment ("by 1990", "so far", "since"), or one of a claim that names a
year the other does not, is not read: those count other occasions.
"""

from __future__ import annotations

import re
from collections import defaultdict
from dataclasses import dataclass
from functools import cache

from auditor.compare.pairing import Pairing
from auditor.compare.predicates import PERSON, find_predicate, full_names, lead_person, lead_pronoun
from auditor.compare.statements import stem
from auditor.knowledge import load

_YEAR = re.compile(r"\b(?:1\d{3}|20\d{2})\b")
_QUALIFIED = re.compile(
    r"\b(?:in a row|in succession|consecutive|straight|running|so far|to date|by then|by now|by the time|since|until"
    r"|more|another|again|at least|at most|over|about|around|nearly|almost|some|only|per|a year|a week|a day"
    r"|a month|each|every)\b",
    re.IGNORECASE,
)
"""Words that make a count of times a part, a run, a rate or an estimate ("twice in a row", "three times a year")."""
MAX_LATER = 12
"""Each frequency is compared with at most this many later ones of the same subject and verb."""


@dataclass(frozen=True, slots=True)
class Frequency:
    """How many times a claim says its subject did what its verb and object say."""

    claim: int
    subject: str
    verb: str
    obj: frozenset[str]
    times: int
    text: str
    years: frozenset[str]


@cache
def _numbers() -> dict[str, int]:
    units = load("numbers")["units"]
    return {w: int(v) for w, v in units.items() if w not in ("a", "an", "zero", "one", "dozen")}


@cache
def _times() -> re.Pattern[str]:
    numbers = "|".join(sorted(_numbers(), key=len, reverse=True))
    return re.compile(
        rf"\b(?:(?P<word>twice|thrice)|(?P<num>\d{{1,2}}|{numbers})\s+times)\b(?=\s*(?:[,.;:!?)]|$|(?:in|at|during|and|but|while)\b))",
        re.IGNORECASE,
    )


FREQUENCY_WORDS = frozenset({b"twice", b"thrice", b"times"})
"""Words (as bytes) of a claim that may say how many times."""


def find_frequency(claim: int, text: str, p: Pairing) -> Frequency | None:
    """The count of times a claim gives its predicate, if it gives one plainly."""
    m = _times().search(text)
    if m is None or _QUALIFIED.search(text) or len(_times().findall(text)) > 1:
        return None
    predicate = find_predicate(claim, text, p)
    if predicate is None or predicate.negated or predicate.passive:
        return None
    word = (m.group("word") or "").lower()
    raw = (m.group("num") or "").lower()
    times = 2 if word == "twice" else 3 if word == "thrice" else int(raw) if raw.isdigit() else _numbers()[raw]
    counted = {stem(w.lower()) for w in re.findall(r"[^\W\d_]+", m.group())}
    obj = frozenset(w for w in predicate.obj if w not in counted and not w.isdigit())
    if len(obj) < 2 or times < 2:
        return None
    years = frozenset(_YEAR.findall(text))
    return Frequency(claim, predicate.subject, predicate.verb, obj, times, m.group(), years)


def frequency_conflicts(p: Pairing) -> list[tuple[Frequency, Frequency]]:
    """Pairs (earlier, later) of one subject doing one thing a different number of times."""
    found: list[Frequency] = []
    for index, text in enumerate(p.texts):
        if p.words[index].isdisjoint(FREQUENCY_WORDS) or not text[:1].isupper() or p.hedged(index):
            continue
        frequency = find_frequency(index, text, p)
        if frequency is not None:
            found.append(frequency)
    if len(found) < 2:
        return []
    names = full_names({f.subject for f in found}, p)
    lead, pronoun = lead_person(p), lead_pronoun(p)
    if lead and pronoun:
        names[PERSON + pronoun] = names.get(lead, lead)
    by_act: dict[tuple[str, str, frozenset[str]], list[Frequency]] = defaultdict(list)
    for f in found:
        subject = names.get(f.subject, f.subject)
        if not subject.startswith(PERSON):
            by_act[(subject, f.verb, f.obj)].append(f)
    conflicts: dict[tuple[int, int], tuple[Frequency, Frequency]] = {}
    for same in by_act.values():
        for n, first in enumerate(same):
            for second in same[n + 1 : n + 1 + MAX_LATER]:
                if first.claim != second.claim and first.years == second.years and first.times != second.times:
                    conflicts.setdefault((first.claim, second.claim), (first, second))
    return [conflicts[k] for k in sorted(conflicts)]

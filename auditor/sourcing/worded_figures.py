"""Figures written in words: "Twenty-one million people", "Two in five adults", "Nearly half of all voters".

A figure spelled out is the same statistic as in digits: "Twenty-one million people are refugees" needs a source
where "21 million people are refugees" does. :func:`worded_figures` gives the figures of a sentence that are
written in words and that :func:`auditor.sourcing.need.figures` would count as statistics in digits:

- a large amount with a scale word ("Twenty-one million people", "seven thousand workers"): at least
  ``MIN_AMOUNT``, as a number with a scale word in digits is a statistic ("21 million"); not "a million", a
  manner of speaking as often as a count;
- a share: a fraction or a percentage in words ("nearly half of all adults", "a third of the budget", "forty
  percent of voters"), not a part of one thing ("half of an hour", "a quarter of a mile", "the second half of
  1918", "the southern half of the coast");
- a ratio of people or things ("two in five adults", "one out of three children"), a share in other words.

A scale word with no number ("several hundred percent") gives no figure; small counts ("two members", "three
dogs") are no statistics in words as in digits. The numbers are read with
:func:`auditor.compare.quantities.find_quantities` and its tables (``knowledge/numbers.json``).
"""

from __future__ import annotations

import re
from functools import cache

from auditor.compare.quantities import find_quantities, spelled_numbers
from auditor.knowledge import load
from auditor.phrases import alternation
from auditor.reading import reading

MIN_AMOUNT = 1000
"""A count in words with a scale word ("seven thousand") is a statistic from this value on."""
RATIO_MAX = 20
"""The second number of a ratio in words ("one in twenty") is at most this: "one in a million" is a manner of
speaking."""


@cache
def _tokens() -> tuple[frozenset[str], frozenset[str]]:
    """(every word a figure in words holds, the scale words): a sentence without the first spells no figure."""
    tables = load("numbers")
    scales = frozenset(w.lower() for w in tables["scales"])
    words = {*spelled_numbers(), *scales, *(w.lower() for w in tables["fractions"]), "half", "percent"}
    return frozenset(words), scales


@cache
def _ratio() -> re.Pattern[str]:
    """A ratio in words: "two in five adults", "one out of every three children" (a noun after it)."""
    small = alternation(w for w, v in spelled_numbers().items() if 1 <= v <= RATIO_MAX)
    return re.compile(rf"\b(?i:{small})\s+(?:in|out\s+of)\s+(?:every\s+)?(?i:{small})\s+[a-z][\w-]*")


_PART_OF_ONE = re.compile(r"\s+of\s+(?:a|an|one)\b", re.I)
"""After a share: the part of one thing ("half of an hour"), not of a population."""
_A_PART = re.compile(r"\b(?i:the|its|their|his|her|our|this|that|each|every)\s+(?:[\w-]+\s+)?$")
"""Before a share: a part of one thing, named as such ("the bottom half of the image", "the second half of 1918")."""
_PART_REACH = 40
_NOUN_AFTER = re.compile(r"\s+(?:of\s+)?(?:(?:all|the|those|these|its|their)\s+)?([a-z][\w-]*)")
_DIGIT = re.compile(r"\d")


def _counted(written: str) -> bool:
    """The figure holds a number word besides a scale word: "several hundred percent" counts nothing."""
    words = set(written.replace("-", " ").split())
    return any(w in _numbers() for w in words)


@cache
def _numbers() -> frozenset[str]:
    """The words that give a figure its value: spelled numbers, fractions, "half" (not "a", "an" or a scale)."""
    tables = load("numbers")
    spelled = (w for w in spelled_numbers() if w not in ("a", "an"))
    return frozenset([*spelled, *(w.lower() for w in tables["fractions"]), "half", "halves"])


def _amount(written: str, scales: frozenset[str]) -> bool:
    """A number in words with a scale word, not "a" or "an" with one ("a million chances": a manner of speaking)."""
    words = written.replace("-", " ").split()
    return not scales.isdisjoint(words) and words[0] not in ("a", "an")


def worded_figures(text: str) -> list[str]:
    """The statistics of ``text`` written in words (see the module docstring), as written."""
    words, scales = _tokens()
    if not reading(text).holds(words):
        return []
    found: list[tuple[int, str]] = []
    for q in find_quantities(text):
        if _DIGIT.search(q.text) or not _counted(q.text.lower()):
            continue
        if q.unit == "%":
            if _PART_OF_ONE.match(text, q.end):
                continue
            if q.qualifier == "exact" and _A_PART.search(text, max(0, q.start - _PART_REACH), q.start):
                continue  # "the second half of 1918"; not "in the country nearly half of adults"
            found.append((q.start, q.text))
        elif not q.unit and q.value >= MIN_AMOUNT and _amount(q.text.lower(), scales):
            noun = _NOUN_AFTER.match(text, q.end)
            found.append((q.start, text[q.start : noun.end()] if noun else q.text))
    found.extend((m.start(), m.group()) for m in _ratio().finditer(text))
    return [figure for _, figure in sorted(found)]

"""Itineraries: a plan announced in days, nights or stages, and another number of numbered parts set out for it.

"Our five-day itinerary" over headings "Day 1" ... "Day 6", "This 4-day trip suits first-time visitors:" before
list items "Day 1: ...", "Day 2: ...", "Day 3: ...", "The seven-stage race" over "Stage 1" ... "Stage 8": the
count and the parts give one number two ways (CON003, told like :mod:`auditor.compare.enumerations`).

Read here:

- the parts: headings, list items and paragraphs that open with a unit and its number ("Day 1", "## Stage 3: ...",
  "- Night 2 - ...", "Day Four:"; a paragraph needs a colon or a dash after the number). One run of them, numbered
  1, 2, 3 ... without a gap, or runs that repeat it (an overview, then the days) count as that many parts;
- the announcement, before the first part: a count of the unit before a noun of a plan ("a five-day itinerary", "the
  7-stage race", "a two-week walking tour": ``knowledge/enumerations.json`` parts), or, in a heading or the first
  paragraph, a count of the unit in a place ("Three nights in Kyoto").

Left unread, since the parts may not be the plan's: a unit announced with two counts (a festival's three days and
the trip's five), a range ("a 5-7 day itinerary"), a count after a word of a part or a bound ("two days of our ten-day
trip", "the first five-day ..."), a sentence of an option ("if you only have three days"), parts numbered out of
order or with a gap, parts that span several units ("Days 4-6: ..."), and fewer stages, legs, weeks or lessons than
announced (those run so far of a race or course under way).
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import cache

from auditor.article import Article
from auditor.compare.enumerations import Enumeration
from auditor.compare.quantities import spelled_numbers
from auditor.knowledge import load
from auditor.model import Block
from auditor.phrases import alternation

MAX_PARTS = 31
"""The largest number a part may carry ("Day 31")."""


@cache
def _data() -> tuple[frozenset[str], frozenset[str], frozenset[str]]:
    """The units, the plan nouns and the words that make a count a part or a bound."""
    data = load("enumerations")
    parts: dict[str, list[str]] = data["parts"]
    return frozenset(parts["units"]), frozenset(parts["plans"]), frozenset(data["partial"])


@cache
def _so_far() -> frozenset[str]:
    """Units whose parts may be told so far, before the plan is over ("Stage 1" ... "Stage 9" of a 21-stage race)."""
    return frozenset(load("enumerations")["parts"]["so_far"])


@cache
def _numbers() -> dict[str, int]:
    return {w: n for w, n in spelled_numbers().items() if 1 <= n <= MAX_PARTS}


def _value(word: str) -> int | None:
    value = int(word) if word.isdigit() else _numbers().get(word.lower())
    return value if value is not None and 1 <= value <= MAX_PARTS else None


@cache
def _patterns() -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str]]:
    """A part ("Day 3: ..."), an announced plan ("a five-day itinerary") and a count in a place ("Three nights in")."""
    units, plans, _ = _data()
    unit = alternation(units)
    number = r"\d{1,2}|" + "|".join(sorted(_numbers(), key=len, reverse=True))
    part = re.compile(
        rf"\W{{0,3}}(?:[-*+•]\s+|\d{{1,2}}[.)]\s+)?(?P<unit>{unit})(?P<plural>s?)\s+(?P<n>{number})\b(?P<rest>.*)",
        re.IGNORECASE | re.DOTALL,
    )
    determiner = r"(?:(?P<det>a|an|the|this|our|my|its|their|his|her|your)\s+)?"
    plan = re.compile(
        rf"\b{determiner}(?P<n>{number})[-\s](?P<unit>{unit})(?:-long)?\s+(?P<plan>(?:[a-z]+\s+){{0,2}}?(?:{alternation(plans)}))\b",
        re.IGNORECASE,
    )
    placed = re.compile(
        rf"\b(?P<n>{number})\s+(?P<unit>{unit})s(?=\s+(?:in|on|at|around|through|across)\s+(?-i:[A-Z]))", re.IGNORECASE
    )
    return part, plan, placed


_SEPARATOR = re.compile(r"\s*(?:[:.–—]|-\s|\(|$)")
"""What follows a part's number in a paragraph: "Day 1: ...", "Day 1 - ...", "Day 1 (Monday) ...", or nothing."""
_SPAN = re.compile(r"\s*(?:[-–—]|to|and|&)\s*\d")
"""A part that spans several units: "Day 1-3", "Day 4 to 6"."""
_RANGE_BEFORE = re.compile(r"(?:\d|\b(?:to|or|and))\s*[-–]?\s*$", re.IGNORECASE)
_OPTION = re.compile(
    r"\b(?:if|unless|could|would|might|instead|alternatively|extend|extended|shorten|shorter|longer)\b", re.IGNORECASE
)


def _parts(blocks: tuple[Block, ...], text: str) -> dict[str, tuple[int, list[int]] | None]:
    """For each unit numbered in the article, the index of its first part's block and the parts' numbers in order;
    None when a part spans several units (the parts cannot be counted)."""
    part = _patterns()[0]
    found: dict[str, tuple[int, list[int]] | None] = {}
    for i, block in enumerate(blocks):
        if block.kind not in ("heading", "list", "paragraph"):
            continue
        m = part.match(text, block.start, block.end)
        if m is None:
            continue
        unit, rest = m["unit"].lower(), m["rest"]
        if m["plural"] or _SPAN.match(rest):
            found[unit] = None
            continue
        if block.kind == "paragraph" and not _SEPARATOR.match(rest):
            continue  # "Day 2 was the hardest.": a story of the day, not a part of a plan
        value = _value(m["n"])
        if value is None:
            continue
        if unit not in found:
            found[unit] = (i, [value])
        elif (known := found[unit]) is not None:
            known[1].append(value)
    return found


def _counted(numbers: list[int]) -> int | None:
    """How many parts runs of numbers 1, 2, ... K set out (K), when every run is complete and of one length."""
    runs: list[list[int]] = []
    for n in numbers:
        if n == 1:
            runs.append([])
        if not runs or (runs[-1] and runs[-1][-1] != n - 1):
            return None
        runs[-1].append(n)
    lengths = {len(r) for r in runs}
    return lengths.pop() if len(lengths) == 1 and min(len(r) for r in runs) >= 2 else None


def _announced(text: str, start: int, end: int, lead: bool) -> Iterator[tuple[re.Match[str], str]]:
    """The plans announced with a count of a unit in ``text[start:end]`` (a block), and the unit of each."""
    _, plan, placed = _patterns()
    partial = _data()[2]
    sentences = [(s.start() + start, s.end() + start) for s in re.finditer(r"[^.!?]+[.!?]*", text[start:end])]
    for pattern in (plan, placed) if lead else (plan,):
        for m in pattern.finditer(text, start, end):
            s_start, s_end = next(((a, b) for a, b in sentences if a <= m.start() < b), (start, end))
            if _OPTION.search(text, s_start, s_end):
                continue  # "If you only have three days, ...": an option beside the plan
            if _RANGE_BEFORE.search(text, max(s_start, m.start("n") - 6), m.start("n")):
                continue  # "a 5-7 day itinerary", "four or five nights in ...": a range
            before = re.findall(r"[\w.]+", text[max(s_start, m.start() - 25) : m.start()].lower())[-2:]
            if any(w.rstrip(".") in partial for w in before):
                continue  # "two days of our ten-day trip", "the first five-day ...": a part or a bound
            yield m, m["unit"].lower()


def itinerary_counts(article: Article) -> Iterator[Enumeration]:
    """Plans announced with a count of days, nights or stages that the numbered parts after them do not match."""
    doc = article.document
    blocks, text = doc.blocks, doc.text
    parts = _parts(blocks, text)
    if not parts:
        return  # no "Day 1", "Stage 1": nothing numbered to count (most articles; a cheap test first)
    first_paragraph = next((i for i, b in enumerate(blocks) if b.kind == "paragraph"), -1)
    for unit, found in parts.items():
        if found is None or (listed := _counted(found[1])) is None:
            continue
        first = found[0]
        announced = [
            (i, m) for i, b in enumerate(blocks[:first])
            for m, u in _announced(text, b.start, b.end, b.kind == "heading" or i == first_paragraph)
            if u == unit
        ]
        counts = {_value(m["n"]) for _, m in announced}
        if len(counts) != 1 or (count := counts.pop()) is None or count == listed:
            continue  # no plan, or plans of several lengths: the parts may be any one's
        if listed < count and unit in _so_far():
            continue  # "the 21-stage race" over "Stage 1" ... "Stage 9": the stages run so far
        i, m = announced[0]
        claim = next((k for k, c in enumerate(article.claims) if c.start <= m.start() < c.end), None)
        what = f"numbered {unit}s ({unit.title()} 1 to {unit.title()} {listed})"
        yield Enumeration(blocks[i].start, blocks[i].end, claim, m[0], count, listed, what)

"""Periods: a period's figure written as a possessive or as "the 2024 total of", against the same figure told plainly.

"The museum welcomed 48,000 visitors last year" and "Last year's 52,000 visitors were a record" give one period's
count of one thing two values; so do "received 1,250 entries in 2024" and "The 2024 total of 1,400 entries" (CON003).
The possessive or the total names its period and its thing as known, so there is one figure to compare it with: the
one claim of the article that counts the same noun (singular and plural alike) right after a figure, in the same
period ("last year", or a year not after "since", "than", "from" ...: not one it is compared with), with no other
period and no other figure of that noun.

Left unread, since the two may be different figures: a bound or a guess on either side ("about", "more than"), a
forecast or a target ("expected", "forecast", "target", "will"; ``knowledge/periods.json``), a noun narrowed after
the plain figure ("48,000 visitors from abroad", "48,000 of them") or before it ("48,000 adult visitors": the noun
must follow the figure), a plain figure after a word of change or comparison ("by", "from", "than"), names on both
sides that the other lacks (another subject), a value that a rounding of the other may give ("52,000" may round
51,800), and two plain claims for one period and noun (which the figure comparer weighs).
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from functools import cache

from auditor.compare.quantities import Quantity, bare_year, find_quantities
from auditor.compare.statements import stem
from auditor.knowledge import load
from auditor.text import has_digit

_YEAR = r"(?:1[89]\d\d|20\d\d)"
_RELATIVE = r"(?:last|this|the\s+previous|the\s+past)\s+(?:year|season|month|week)"
_POSSESSIVE = re.compile(
    rf"\b(?P<period>{_RELATIVE}|{_YEAR})['’]s\s+(?:(?:total|tally|figure|count|record|haul)\s+(?:of\s+)?)?"
    rf"(?P<figure>[\d][\d,.]*\s*(?:million|m|k)?)\s+(?P<noun>[a-z]+)\b",
    re.IGNORECASE,
)
"""A period's figure as a possessive: "last year's 52,000 visitors", "2024's total of 1,400 entries"."""
_TOTAL = re.compile(
    rf"\bthe\s+(?P<period>{_YEAR}|(?:last|previous|past)\s+year['’]s)\s+(?:total|tally|figure|count|haul)\s+of\s+"
    rf"(?P<figure>[\d][\d,.]*\s*(?:million|m|k)?)\s+(?P<noun>[a-z]+)\b",
    re.IGNORECASE,
)
"""A period's total: "the 2024 total of 1,400 entries"."""
_COMPARED_YEAR = re.compile(
    r"(?:since|from|than|before|after|until|till|versus|vs\.?|on|in\s+the\s+year\s+before)\s+(?:the\s+)?(?:end\s+of\s+)?$",
    re.IGNORECASE,
)
_BARE_YEAR = re.compile(_YEAR)
_YEAR_IN = re.compile(rf"(?<![\d,.$€£])\b({_YEAR})\b(?![\d,.%]\d)")
_NAME = re.compile(r"(?<=\s)([A-Z][\w'’-]+)")
_AFTER_NOUN = re.compile(
    r"\s*(?:$|[,.;:)]|(?:in|during|over|across)\s+(?P<year>" + _YEAR + r")\b(?!\s+(?:from|to|in|at|of|by|on)\b)"
    r"|(?P<relative>" + _RELATIVE + r")\b(?!\s+(?:from|to|in|at|of|by|on)\b))"
)
"""What may follow the noun of a plain figure: a pause, or its period and a pause or a verb (not "from abroad",
"of them", "aged under 16", "in Leeds", "who came from abroad": a narrowing)."""
_NARROWING = re.compile(
    r"\s+(?:from|to|in|at|of|aged|under|over|who|whom|that|which|with|without|outside|inside|on|for|through|via"
    r"|across|between|among|per|each|a)\b"
)
"""Words after the noun of a possessive or a total that narrow what it counts ("last year's 52,000 visitors from
abroad")."""


@dataclass(frozen=True, slots=True)
class PeriodFigure:
    """A figure of one period's count of one thing, and the claim it is in."""

    claim: int
    period: str
    """"last year", "this season" or a year."""
    noun: str
    """The stem of what is counted."""
    quantity: Quantity
    written: str


@cache
def _words() -> dict[str, frozenset[str]]:
    return {k: frozenset(v) for k, v in load("periods").items() if not k.startswith("_")}


def _period_key(text: str) -> str:
    words = text.lower().replace("’", "'").removesuffix("'s").split()
    if words[0] in ("previous", "past") or words[:2] in (["the", "previous"], ["the", "past"]):
        return "last " + words[-1]
    return " ".join(words)


def noun_key(noun: str) -> str:
    """What a figure counts, as compared: the noun's stem ("visitors", "visitor" -> "visitor")."""
    return stem(noun.lower())


def _exact(q: Quantity) -> bool:
    return not q.qualifier or q.qualifier == "exact"


def _forecast(text: str) -> bool:
    words = set(re.findall(r"[a-z]+", text.lower()))
    return not words.isdisjoint(_words()["forecast"])


def _rounded_agree(a: Quantity, b: Quantity) -> bool:
    """Whether one value may be the other rounded: a value with two or more trailing zeros may stand for any value
    within half its last non-zero place ("52,000" for 51,800)."""
    for one, other in ((a, b), (b, a)):
        value = int(one.value) if one.value == int(one.value) else None
        if value is None or value == 0:
            continue
        zeros = len(str(value)) - len(str(value).rstrip("0"))
        if zeros >= 2 and abs(other.value - value) <= 10**zeros / 2:
            return True
    return False


def _possessives(index: int, text: str) -> list[PeriodFigure]:
    found = []
    for pattern in (_POSSESSIVE, _TOTAL):
        for m in pattern.finditer(text):
            quantity = _quantity_at(text, m.start("figure"))
            if quantity is None or quantity.unit or not _exact(quantity):
                continue
            if _NARROWING.match(text, m.end()):
                continue
            window = text[max(0, m.start() - 30) : m.end() + 30]
            if _forecast(window) or re.match(r"next\b", m["period"], re.IGNORECASE):
                continue
            found.append(PeriodFigure(index, _period_key(m["period"]), noun_key(m["noun"]), quantity, m.group()))
    return found


def _quantity_at(text: str, at: int) -> Quantity | None:
    for q in find_quantities(text, skip=bare_year):
        if q.start <= at < q.end:
            return q
    return None


def _periods_of(text: str, spans: list[tuple[int, int]]) -> set[str]:
    """The periods a claim names: its years (not one it is compared with, not one inside a figure) and its
    relative periods ("last year")."""
    found = set()
    for m in _YEAR_IN.finditer(text):
        if any(s <= m.start() < e for s, e in spans):
            continue
        if _COMPARED_YEAR.search(text[max(0, m.start() - 24) : m.start()]):
            continue
        found.add(m.group(1))
    for m in re.finditer(rf"\b{_RELATIVE}\b(?!['’]s)", text, re.IGNORECASE):
        if not _COMPARED_YEAR.search(text[max(0, m.start() - 24) : m.start()]):
            found.add(_period_key(m.group()))
    return found


def _plain(index: int, text: str, nouns: set[str]) -> list[PeriodFigure]:
    """The figures of a claim told plainly ("welcomed 48,000 visitors last year") that count one of ``nouns``
    in the one period the claim names."""
    if _POSSESSIVE.search(text) or _TOTAL.search(text) or _forecast(text) or text.count("|") >= 2:
        return []
    quantities = [q for q in find_quantities(text, skip=bare_year) if not q.unit and not _BARE_YEAR.fullmatch(q.text)]
    periods = _periods_of(text, [(q.start, q.end) for q in quantities]) or {""}
    if len(periods) != 1:
        return []
    found = []
    for q in quantities:
        noun = re.match(r"\s+([a-z]+)\b", text[q.end :])
        if noun is None or noun_key(noun.group(1)) not in nouns:
            continue
        if not _exact(q) or _AFTER_NOUN.match(text, q.end + noun.end()) is None:
            continue
        before = text[max(0, q.start - 12) : q.start].lower().split()
        if before and before[-1] in _words()["before"]:
            continue
        written = text[q.start : q.end + noun.end()]
        found.append(PeriodFigure(index, next(iter(periods)), noun_key(noun.group(1)), q, written))
    return found


def _names(text: str) -> frozenset[str]:
    return frozenset(n.lower() for n in _NAME.findall(text) if n.lower() not in _words()["not_names"])


def period_conflicts(
    texts: Sequence[str], skipped: frozenset[int] = frozenset(), stated: Sequence[PeriodFigure] = ()
) -> Iterator[tuple[PeriodFigure, PeriodFigure]]:
    """Pairs (earlier, later) of one period's count of one thing, one written as a possessive, a total or a table
    row (``stated``: :mod:`auditor.compare.tables`), with values that cannot both be true."""
    owned = [*stated]
    for i, t in enumerate(texts):
        if i not in skipped and ("'s" in t or "’s" in t or " of " in t) and has_digit(t):  # both patterns need a digit
            owned.extend(_possessives(i, t))
    if not owned:
        return
    nouns = {f.noun for f in owned}
    plain: dict[tuple[str, str], list[PeriodFigure]] = {}
    for i, t in enumerate(texts):
        if i in skipped:
            continue
        for f in _plain(i, t, nouns):
            plain.setdefault((f.period, f.noun), []).append(f)
    for f in owned:
        others = plain.get((f.period, f.noun), [])
        if len({(o.quantity.low, o.quantity.high) for o in others}) != 1:
            continue  # none, or two values (which the figure comparer weighs)
        other = others[0]
        a, b = f.quantity, other.quantity
        if a.overlaps(b) or _rounded_agree(a, b):
            continue
        one, two = _names(texts[f.claim]), _names(texts[other.claim])
        if not (one <= two or two <= one):
            continue
        yield (f, other) if f.claim < other.claim else (other, f)

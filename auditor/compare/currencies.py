"""Currencies: one sum of one thing given in two currencies with no conversion stated (CON003).

"The agency has published a $10 billion budget" and later "Most of the €10 billion budget will go on ...": one
budget told as the same figure with another currency sign is a slip, since no two of these currencies are worth
the same. Read: a sum right before its thing ("a $10 billion budget", "the £40m grant") or after it and "of" ("a
budget of $10 billion"), with a determiner or a possessive before.

Only where it is clearly one thing and no conversion is stated: the same figure in both (a different figure may be
a conversion the writer left unsaid), currencies that a sign of one may stand for ("CAD 4,200" / "$4,200": the dollar
sign is Canadian too; ``knowledge/currencies.json`` "shared_signs"), the article's only thing of that noun (no
plural, no "another" or "a second"
one), the same owner (a possessive name one claim gives and the other lacks: two bodies' budgets), no word of
change, time or scope near either (``knowledge/sizes.json`` "apart"), the same years, and no claim anywhere in the
article that gives two currencies or a word of conversion ("equivalent", "exchange", "converted":
``knowledge/currencies.json``), nor a claim in a quotation or hedged.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from auditor.compare.gates import literal_gate, may_hold
from auditor.compare.quantities import Quantity, find_quantities
from auditor.compare.sizes import Size, apart, years_near
from auditor.compare.statements import stem
from auditor.knowledge import load
from auditor.text import stopwords


@dataclass(frozen=True, slots=True)
class Sum:
    """A sum of money a claim gives a thing."""

    claim: int
    quantity: Quantity
    thing: str
    """The stem of the thing's noun ("budget")."""
    owner: str
    """A possessive name before the sum or the thing ("museum" in "the museum's £40 million budget"), or ""."""


@cache
def _currencies() -> frozenset[str]:
    return frozenset(load("numbers")["currencies"].values())


@cache
def _conversion() -> frozenset[str]:
    return frozenset(load("currencies")["conversion"])


@cache
def _currency_gate() -> re.Pattern[str]:
    """Every sign, code and word a figure's currency is read from (``knowledge/numbers.json`` "currencies"): a
    claim with none of them in its lower case has no sum of money."""
    return literal_gate(load("numbers")["currencies"])


@cache
def _conversion_gate() -> re.Pattern[str]:
    """The words of conversion, anywhere in a lower-cased text: a claim with none of them has none as a word."""
    return literal_gate(_conversion())


_DETERMINED = re.compile(r"\b(?:the|a|an|its|their|this|our|(?P<owner>[A-Za-z][\w-]*)['’]s?)\s+$", re.IGNORECASE)
_THING_AFTER = re.compile(r"\s+([a-z][a-z-]*)\b(?!['’-])")
_THING_OF = re.compile(
    r"\b(?:the|a|an|its|their|this|our|(?P<owner>[A-Za-z][\w-]*)['’]s?)\s+(?P<thing>[a-z][a-z-]*)\s+(?:of|is|was|stands\s+at)\s+$",
    re.IGNORECASE,
)
_WORD = re.compile(r"[a-z]+")


def find_sums(claim: int, text: str) -> list[Sum]:
    """The sums of money a claim gives a named thing ("a $10 billion budget", "a budget of $10 billion", "the
    budget is $10 billion")."""
    found: list[Sum] = []
    for q in find_quantities(text):
        if q.unit not in _currencies() or q.qualifier != "exact":
            continue
        before = text[max(0, q.start - 50) : q.start]
        det = _DETERMINED.search(before)
        after = _THING_AFTER.match(text, q.end)
        if det is not None and after is not None:
            found.append(Sum(claim, q, after.group(1), (det.group("owner") or "").lower()))
            continue
        of = _THING_OF.search(before)
        if of is not None:
            found.append(Sum(claim, q, of.group("thing").lower(), (of.group("owner") or "").lower()))
    return [
        Sum(s.claim, s.quantity, stem(s.thing), "" if s.owner in stopwords() else s.owner)
        for s in found
        if s.thing not in stopwords()
    ]


def currency_conflicts(texts: list[str], skip: frozenset[int]) -> list[Size]:
    """Pairs of sums of one thing with the same figure in two currencies (see the module docstring)."""
    sums: dict[str, list[Sum]] = {}
    for index, text in enumerate(texts):
        lowered = text.lower()
        if _conversion_gate().search(lowered) and not _conversion().isdisjoint(_WORD.findall(lowered)):
            return []  # a conversion is stated somewhere: the two may be one sum told in two currencies
        if not may_hold(text, _currency_gate(), lowered):
            continue  # no currency: no sum, and not two currencies
        units = {q.unit for q in find_quantities(text) if q.unit in _currencies()}
        if len(units) > 1:
            return []  # two currencies in one claim: the two may be one sum told in two currencies
        if index in skip:
            continue
        for s in find_sums(index, text):
            if not apart(text, s.quantity):
                sums.setdefault(s.thing, []).append(s)
    found: list[Size] = []
    for thing, told in sums.items():
        if len({s.quantity.unit for s in told}) < 2 or not _sole(thing, texts):
            continue
        first = told[0]
        for later in told[1:]:
            if later.quantity.unit == first.quantity.unit or later.quantity.value != first.quantity.value:
                continue
            if _may_be_one(first.quantity, later.quantity):
                continue  # "CAD 4,200" / "$4,200": the dollar sign of either
            if later.owner and first.owner and later.owner != first.owner:
                continue  # "the museum's £40 million budget" / "the council's $40 million budget"
            if _names_apart(texts[first.claim], texts[later.claim]):
                continue  # "the EU's €10 billion budget" / "the $10 billion budget of Nasa"
            if years_near(texts[first.claim], first.quantity) != years_near(texts[later.claim], later.quantity):
                continue
            found.append(Size(later.claim, first.claim, later.quantity, first.quantity, thing))
            break
    return found


_SIGN = re.compile(r"(?<![A-Za-z])[$¥]|\bdollars?\b", re.IGNORECASE)


@cache
def _shared_signs() -> dict[str, frozenset[str]]:
    return {sign: frozenset(units) for sign, units in load("currencies")["shared_signs"].items()}


def _may_be_one(one: Quantity, other: Quantity) -> bool:
    """Whether either sum is written with a sign that the other's currency writes too ("$4,200" may be Canadian
    dollars, "¥10 million" may be yuan)."""
    for a, b in ((one, other), (other, one)):
        sign = _SIGN.search(a.text)
        if sign is not None and b.unit in _shared_signs().get(sign.group().lower(), frozenset()):
            return True
    return False


_NAME = re.compile(r"(?<![\w'’-])[A-Z][\w&-]*")


def _names_apart(one: str, other: str) -> bool:
    """Whether each claim names something the other does not (a capitalised word, its first word too unless it is
    a function word: "NASA has a $10 billion budget"): the two sums may be of two bodies."""
    return _names_beyond(one, other) and _names_beyond(other, one)


def _names_beyond(text: str, other: str) -> bool:
    words = set(re.findall(r"[\w&-]+", other.lower())) | stopwords()
    return any(m.group().lower() not in words for m in _NAME.finditer(text))


def _sole(thing: str, texts: list[str]) -> bool:
    """No plural of the thing's noun and no "another", "a second" or "each" one in the article."""
    others = frozenset(load("currencies")["others"])
    word = re.escape(thing)
    pattern = re.compile(rf"\b(\w+)\s+(?:\S+\s+)?{word}\w*\b|\b{word}\w*(?:s|es)\b", re.IGNORECASE)
    for text in texts:
        for m in pattern.finditer(text):
            if m.group(1) is None or m.group(1).lower() in others:
                return False
    return True

"""Shortfalls: parts said to make up a whole that add up to less than it, or, with their sum stated after them,
to anything else.

:mod:`auditor.compare.arithmetic` reads only parts that exceed their whole, since a list may leave parts out. A list
after a word that says it is the whole ("split into", "divided between", "made up of", "consists of", "comprising",
"split three ways:") may not, so here parts that fall short are read too:

>>> [s.kind for s in shortfall_slips(["The £30 million fund is split into £12 million for housing and £9 million for"
...                                   " transport."])]
['shortfall']
>>> [s.kind for s in shortfall_slips(["The 24-member panel is made up of 10 elected members and 8 co-opted ones."])]
['shortfall']
>>> [s.kind for s in shortfall_slips(["The poll split three ways: 40% yes, 35% no and 10% unsure."])]
['shortfall']

Parts that add up, or whose list is not said to be the whole, or that may leave a part to another claim, are not:

>>> [s.kind for s in shortfall_slips(["The £30 million fund is split into £12 million for housing and £18 million for"
...                                   " transport."])]
[]
>>> [s.kind for s in shortfall_slips(["The £30 million fund is split into £12 million for housing, £9 million for"
...                                   " transport and the rest for parks."])]
[]
>>> [s.kind for s in shortfall_slips(["The £30 million fund includes £12 million for housing and £9 million for"
...                                   " transport."])]
[]
>>> [s.kind for s in shortfall_slips(["The £30 million fund is split into £12 million for housing and £9 million for"
...                                   " transport.", "A further £9 million is held back."])]
[]

A sum stated after the parts ("making up the", "make up the", "add up to", "a total of", "totalling") must be
their sum, either way:

>>> [s.kind for s in shortfall_slips(["A 6 km canal path and a 3 km lane make up the 11 km loop."])]
['shortfall']
>>> [s.kind for s in shortfall_slips(["The café sold 140 pies on Friday and 90 on Saturday, a total of 210 pies."])]
['parts']
>>> [s.kind for s in shortfall_slips(["The café sold 140 pies on Friday and 90 on Saturday, a total of 230 pies."])]
[]

What is read: the whole is the last figure before the marker with at most a few words and no figure between ("the
£30 million fund is", "the 24-member panel is"); when every part is a percentage and the whole is not one, the
whole is 100%. Each part opens an item of the list ("£12 million for housing", "a 5-day block", "10 elected
members"), one figure per item; bare figures take the unit of the item after them ("three sections of 120, 90 and
40 pages"); a count before the list ("three sections of", "three ways") must be the number of parts. Units must be
one: a money code, a percentage, a dimension of ``quantities`` (metres and km summed in metres), days and weeks (in
days), or the noun the whole counts ("pages", "members"; "ones"). A size of people ("the 30-member board", "the
40 staff") also takes parts of other plural nouns, not nouns of groups ("teams", "shifts").

After the parts, the whole is the figure right after the marker (and a determiner), with no figure after it,
and the list runs from the start of the claim or of its clause (after ";", ":", "(" or a dash), the first item
alone opening with other words ("The café sold 140 pies on Friday"). No figure of the claim may follow "from",
"to", "than" or "by" (an earlier value or a difference: "up from $40 million").

Quiet: any word of ``open`` in the claim ("including", "such as", "about", "at least", "the rest", "other", "each",
"not", "would", "so far" ...), a word of ``remainder`` or a figure in the whole's unit (any count, for a count) up
to :data:`NEAR` claims either side, or a figure anywhere in the article of the value missing (the part left out may
be told there), an item without a figure ("and the rest for parks"), a figure after the list, years, hedged
figures. The parts must miss by at least one unit of the finest figure of the list and by more than
:data:`SHORT_SHARE` of the whole (a list of rounded percentages that adds up to 99% is quiet). Words:
``knowledge/shortfalls.json``.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Container, Iterator, Sequence
from dataclasses import dataclass
from functools import cache
from itertools import accumulate
from typing import Any

from auditor.compare.arithmetic import Slip
from auditor.compare.quantities import Quantity, bare_year, find_quantities, spelled_numbers
from auditor.knowledge import load
from auditor.text import has_digit

SHORT_SHARE = 0.05
"""Parts must fall short of their whole by more than this share of it (rounded parts drift by a unit or two)."""
MAX_PARTS = 8
NEAR = 2
"""Claims either side in which a word of ``remainder`` or a figure in the whole's unit keeps a list quiet."""
MAX_GAP_WORDS = 5
"""Words allowed between the whole and the marker ("the $40 million capital budget for next year is")."""


@cache
def words() -> dict[str, Any]:
    """The word lists of ``knowledge/shortfalls.json``."""
    return dict(load("shortfalls"))


@cache
def _gate() -> tuple[str, ...]:
    """Fragments one of which every claim read holds ("plit" finds "split" and "Split"): plain substring tests, far
    cheaper than a pattern, so that an article without one costs a scan per fragment."""
    return tuple(words()["gate"])


def _any_of(phrases: Sequence[str]) -> re.Pattern[str]:
    alternation = "|".join(re.escape(p).replace(r"\ ", r"\s+") for p in sorted(phrases, key=len, reverse=True))
    return re.compile(rf"(?<![\w'’-])(?:{alternation})(?![\w'’-])", re.IGNORECASE)


@cache
def _open() -> re.Pattern[str]:
    return _any_of(words()["open"])


@cache
def _remainder() -> re.Pattern[str]:
    return _any_of(words()["remainder"])


@cache
def _marker() -> re.Pattern[str]:
    numbers = "|".join(sorted(spelled_numbers(), key=len, reverse=True))
    ways = rf"(?P<ways>\d+|{numbers})\s+ways\b\s*[:,–—]?"
    return re.compile(
        rf"\b(?:(?:split|divided|broken\s+down|carved\s+up)\s+(?:(?:evenly\s+|equally\s+)?(?:into|between|among|amongst)\b|{ways})"
        r"|(?:made|composed)\s+up\s+of\b|composed\s+of\b|consist(?:s|ed|ing)?\s+of\b|compris(?:es|ed|ing)\b(?:\s+of\b)?"
        r"|breaks?\s+down\s+into\b)\s*:?\s*",
        re.IGNORECASE,
    )


@cache
def _counted_prefix() -> re.Pattern[str]:
    """A count of the parts before them: "three sections of", "two blocks:"."""
    numbers = "|".join(sorted(spelled_numbers(), key=len, reverse=True))
    return re.compile(rf"(?P<n>\d+|{numbers})\s+[a-z]+s\s*(?:of\b|:)\s*(?=[^\s\d]?\d)", re.IGNORECASE)


_ITEM_SPLIT = re.compile(r"\s*,\s+(?:and\s+)?|\s+and\s+")
_LIST_END = re.compile(
    r"[;:()\[\]?!]|\s[–—-]\s|[–—]|\.(?:\s|$)"
    r"|,\s+(?:which|who|where|when|but|while|as|so|the|its|their|with|a|an|after|before)\b"
)
_ARTICLE = re.compile(r"(?:a|an|the)\s+", re.IGNORECASE)
_GAP = re.compile(rf"(?:-[A-Za-z]+)?(?:\s+[A-Za-z'’-]+){{0,{MAX_GAP_WORDS}}}?\s*,?\s*")


@dataclass(frozen=True, slots=True)
class _Figure:
    quantity: Quantity
    unit: str
    """"%", a money code, a dimension, "days", or "count:" and the noun counted; "" when the item names none."""
    value: float
    finest: float
    """One unit of the figure's last written digit, in ``value``'s unit ("120" -> 10, "4.5 km" -> 100 m)."""


def shortfall_slips(texts: Sequence[str], skip: Container[int] = frozenset()) -> Iterator[Slip]:
    """Every claim of ``texts`` whose parts, said to make up a whole, add up to less than it; claims in ``skip``
    are not read."""
    for index in _marked(texts):
        text = texts[index]
        if not has_digit(text) or index in skip:
            continue
        slip = _shortfall(texts, index) or _stated_total(texts, index)
        if slip is not None:
            yield slip


def _marked(texts: Sequence[str]) -> list[int]:
    """The indexes of the claims that hold a stem of ``gate``, in order: each stem is found in the joined article by
    plain substring search (the cost of a normal article, which has few, is a scan per stem)."""
    joined = "\n".join(texts)
    starts = list(accumulate((len(t) + 1 for t in texts[:-1]), initial=0))
    marked: set[int] = set()
    for stem in _gate():
        at = joined.find(stem)
        while at != -1:
            marked.add(bisect_right(starts, at) - 1)
            at = joined.find(stem, at + len(stem))
    return sorted(marked)


def _shortfall(texts: Sequence[str], index: int) -> Slip | None:
    text = texts[index]
    marker = _marker().search(text)
    if marker is None or _open().search(text) is not None or _marker().search(text, marker.end()) is not None:
        return None
    quantities = find_quantities(text)
    if any(bare_year(text, q.start, q.end) or q.qualifier != "exact" for q in quantities):
        return None
    before = [q for q in quantities if q.end <= marker.start()]
    whole = before[-1] if before and _GAP.fullmatch(text, before[-1].end, marker.start()) else None
    if (whole is None and before) or (whole is not None and _compared(text, whole)):
        return None  # a figure before the marker that is not its whole: the list may be of something else
    parts = _parts(text, marker, quantities, whole)
    if parts is None:
        return None
    total = _figure(text, whole, "") if whole is not None else None
    if total is not None and total.unit == "":
        return None
    if total is not None and total.unit != "%" and all(p.unit == "%" for p in parts):
        total = None  # shares of the whole: they make up 100%
    if total is None and not all(p.unit == "%" for p in parts):
        return None
    whole_value = total.value if total else 100.0
    whole_unit = total.unit if total else "%"
    if any(p.unit != whole_unit for p in parts):
        return None
    finest = min(p.finest for p in parts) if total is None else min(total.finest, *(p.finest for p in parts))
    missing = whole_value - sum(p.value for p in parts)
    if missing < finest * (1 - 1e-9) or missing <= SHORT_SHARE * whole_value:
        return None
    if _told_elsewhere(texts, index, whole_unit, missing, finest):
        return None
    listed = " + ".join(_shown(text, p.quantity) for p in parts)
    said = _shown(text, whole) if total is not None and whole is not None else "100%"
    finding = f"its parts ({listed}) add up to less than the whole ({said}) they are said to make up"
    return Slip(index, None, "shortfall", finding, (said, listed))


@cache
def _total_marker() -> re.Pattern[str]:
    """A word that states the sum of the parts before it, then the whole ("making up the", "a total of")."""
    return re.compile(
        r"(?:,\s*)?(?:(?:which|that)\s+)?(?:(?:together|between\s+them|combined)\s+)?(?:make|makes|made|making)\s+up\s+"
        r"|(?:,\s*)?(?:together\s+)?(?:add|adds|added|adding)\s+up\s+to\s+"
        r"|,\s*(?:for\s+)?a\s+(?:combined\s+|grand\s+)?total\s+of\s+|,?\s*(?:totall?ing|totals|totall?ed)\s+",
        re.IGNORECASE,
    )


def _shifted(q: Quantity, by: int) -> Quantity:
    """``q``, found in ``text[by:]``, at its place in ``text``."""
    return Quantity(q.value, q.unit, q.low, q.high, q.qualifier, q.start + by, q.end + by, q.text, q.factor,
                    q.adjective)


_CLAUSE_OPEN = re.compile(r".*(?:[;:(]|\s[–—-]\s|[–—])", re.DOTALL)
_DETERMINER = re.compile(r"(?:the|a|an|its|their|his|her)\s+", re.IGNORECASE)


def _stated_total(texts: Sequence[str], index: int) -> Slip | None:
    """Parts listed and then said to make up a stated whole ("£3 million from X and £4 million from Y, a total of £9
    million"; "a 5 km climb and a 4 km descent make up the 12 km route"): they must add up to it, either way."""
    text = texts[index]
    marker = _total_marker().search(text)
    if marker is None or _total_marker().search(text, marker.end()) is not None:
        return None
    if _open().search(text[: marker.start()] + " " + text[marker.end() :]) is not None:
        return None  # ("add up to" is no bound)
    det = _DETERMINER.match(text, marker.end())
    at = det.end() if det else marker.end()
    quantities = [q for q in find_quantities(text) if q.end <= marker.start()]
    quantities += [_shifted(q, at) for q in find_quantities(text[at:]) if q.start == 0]  # not "up to" it
    if any(bare_year(text, q.start, q.end) or q.qualifier != "exact" for q in quantities):
        return None
    whole = next((q for q in quantities if q.start == at), None)
    if whole is None or has_digit(text[whole.end :]) or any(_compared(text, q) for q in quantities if q is not whole):
        return None
    opening = _CLAUSE_OPEN.match(text, 0, marker.start())
    start = opening.end() if opening else 0
    before = [q for q in quantities if start <= q.start and q.end <= marker.start()]
    items = [i.strip() for i in _ITEM_SPLIT.split(text[start : marker.start()]) if i.strip()]
    if not 2 <= len(before) <= MAX_PARTS or len(items) != len(before):
        return None
    total = _figure(text, whole, "")
    noun = _noun(text, whole)
    parts: list[_Figure] = []
    for n, (item, part) in enumerate(zip(items, before, strict=True)):
        opened = _ARTICLE.match(item)
        body = item[opened.end() :] if opened else item
        if not body.startswith(part.text):
            if n:
                return None  # only the first item may open with the words of its clause ("The trust received")
            body = body[body.find(part.text) :]
        parts.append(_figure(text, part, noun, body[len(part.text) :]))
    filled = _filled(parts, items, before)
    if total.unit == "" or filled is None or any(p.unit != total.unit for p in filled):
        return None
    parts = filled
    finest = min(total.finest, *(p.finest for p in parts))
    gap = total.value - sum(p.value for p in parts)
    if abs(gap) < finest * (1 - 1e-9) or abs(gap) <= SHORT_SHARE * total.value:
        return None
    if gap > 0 and _told_elsewhere(texts, index, total.unit, gap, finest):
        return None
    listed = " + ".join(_shown(text, p.quantity) for p in parts)
    said = _shown(text, whole)
    if gap > 0:
        finding = f"its parts ({listed}) add up to less than the whole ({said}) they are said to make up"
        return Slip(index, None, "shortfall", finding, (said, listed))
    finding = f"its parts ({listed}) add up to more than the whole ({said}) they are said to make up"
    return Slip(index, None, "parts", finding, (said, listed))


def _parts(
    text: str, marker: re.Match[str], quantities: list[Quantity], whole: Quantity | None
) -> list[_Figure] | None:
    """The figures of the list after ``marker``, each opening its item, with their units; None when the text
    after the marker is not such a list."""
    start = marker.end()
    announced = marker["ways"]
    counted = _counted_prefix().match(text, start)
    if counted is not None and announced is None:
        announced, start = counted["n"], counted.end()
    stop = _LIST_END.search(text, start)
    end = stop.start() if stop else len(text)
    if text[: marker.start()].rstrip().endswith(","):  # "the 60-seat hall, made up of ..., opens": the apposition
        closing = text.rfind(", ", start, end)       # closes at its last comma
        end = closing if closing > 0 else end
    if has_digit(text[end:]):
        return None  # a figure after the list may be a part it leaves out
    parts = [q for q in quantities if start <= q.start and q.end <= end]
    items = [i.strip() for i in _ITEM_SPLIT.split(text[start:end]) if i.strip()]
    if not 2 <= len(parts) <= MAX_PARTS or len(items) != len(parts):
        return None
    if announced is not None and _count(announced) != len(parts):
        return None
    whole_noun = _noun(text, whole) if whole is not None else ""
    figures: list[_Figure] = []
    for item, part in zip(items, parts, strict=True):
        opened = _ARTICLE.match(item)
        body = item[opened.end() :] if opened else item
        if not body.startswith(part.text):
            return None
        figures.append(_figure(text, part, whole_noun, body[len(part.text) :]))
    return _filled(figures, items, parts)


_COMPARED = re.compile(r"\b(?:from|to|than|by|versus|vs)\.?\s+$", re.IGNORECASE)


def _compared(text: str, q: Quantity) -> bool:
    """Whether a figure follows a word that makes it another figure: an earlier value or a difference ("up from
    $40 million", "by 12", "more than")."""
    return _COMPARED.search(text, max(0, q.start - 10), q.start) is not None


def _shown(text: str, q: Quantity) -> str:
    """A figure as written, with its hyphen suffix ("14-day")."""
    suffix = re.match(r"-[A-Za-z]+", text[q.end : q.end + 30])
    return q.text + (suffix.group() if suffix else "")


def _count(word: str) -> int | None:
    return int(word) if word.isdigit() else spelled_numbers().get(word.lower())


def _noun(text: str, q: Quantity) -> str:
    """The word a figure counts: its hyphen suffix ("40-member") or the word after it ("40 members")."""
    m = re.match(r"-([A-Za-z]+)|\s+([A-Za-z]+)", text[q.end : q.end + 30])
    return (m.group(1) or m.group(2)).lower() if m else ""


def _figure(text: str, q: Quantity, whole_noun: str, rest: str | None = None) -> _Figure:
    """``q`` with its unit: its own, a unit of time or the noun it counts (in ``rest``, the words of its item
    after it, when it is a part; the word after it when it is the whole)."""
    finest = _finest(q)
    if q.unit:
        return _Figure(q, q.unit, q.value, finest)
    w = words()
    head = _noun(text, q)
    if head in w["time"]:
        factor = float(w["time"][head])
        return _Figure(q, "days", q.value * factor, finest * factor)
    if rest is None:
        return _Figure(q, f"count:{_singular(head)}" if head else "", q.value, finest)
    nouns = [t.lower() for t in re.findall(r"[A-Za-z]+", rest)]
    if not nouns and not rest.startswith("-"):
        return _Figure(q, "", q.value, finest)  # a bare figure: the unit of the item after it
    if nouns[0] in _ELLIPSIS:
        return _Figure(q, "<", q.value, finest)  # "90 on Saturday": the unit of the item before it
    for noun in nouns[:3]:  # "25 government seats", "4 elevated km": a unit of measure a word or two after
        if noun in _measure_units():
            dimension, factor = _measure_units()[noun]
            return _Figure(q, dimension, q.value * factor, finest * factor)
    if whole_noun and (_singular(whole_noun) in map(_singular, nouns) or "ones" in nouns or "one" in nouns):
        return _Figure(q, f"count:{_singular(whole_noun)}", q.value, finest)
    if whole_noun in w["people"]:
        plural = next((n for n in nouns if n.endswith("s") and not n.endswith("ss")), None)
        if plural is not None and plural not in w["groups"]:
            return _Figure(q, f"count:{_singular(whole_noun)}", q.value, finest)
    return _Figure(q, f"count:{_singular(head)}" if head else "", q.value, finest)


@cache
def _measure_units() -> dict[str, tuple[str, float]]:
    """Every written form of a unit of ``knowledge/measures.json`` -> (dimension, factor to its base unit)."""
    units: dict[str, dict[str, float]] = load("measures")["units"]
    return {form: (dimension, factor) for dimension, forms in units.items() for form, factor in forms.items()}


_ELLIPSIS = frozenset(["in", "on", "at", "for", "from", "by", "to", "across", "under", "inside", "outside", "during"])


def _rescaled(bare: _Figure, like: _Figure) -> _Figure:
    """``bare`` in the unit of ``like`` (and its factor: "3 and 2 weeks" are 21 and 14 days)."""
    factor = like.value / like.quantity.value if like.quantity.value else 1.0
    return _Figure(bare.quantity, like.unit, bare.value * factor, bare.finest * factor)


def _filled(figures: list[_Figure], items: list[str], parts: list[Quantity]) -> list[_Figure] | None:
    """The figures with the units of their neighbours filled in: a bare figure takes the unit of the item after it
    ("120, 90 and 40 pages"), a figure followed by a preposition the unit of the item before it ("140 pies on
    Friday and 90 on Saturday"); None when one is left without a unit."""
    filled = list(figures)
    for i in range(1, len(filled)):
        if filled[i].unit == "<" and filled[i - 1].unit not in ("", "<"):
            filled[i] = _rescaled(filled[i], filled[i - 1])
    for i in range(len(filled) - 2, -1, -1):
        if filled[i].unit == "" and items[i].endswith(parts[i].text):
            filled[i] = _rescaled(filled[i], filled[i + 1])
    return None if any(f.unit in ("", "<") for f in filled) else filled


def _singular(noun: str) -> str:
    if noun in words()["people"]:
        return "member"  # "40-member", "40 members", "40 staff": one count of people
    return noun[:-1] if noun.endswith("s") and not noun.endswith("ss") else noun


def _finest(q: Quantity) -> float:
    digits = re.search(r"\d[\d,]*(?:\.\d+)?", q.text)
    if digits is None:
        return 1.0 * (q.value / _written(q) if _written(q) else 1.0)
    written = digits.group().replace(",", "")
    number = float(written)
    scale = q.value / number if number else 1.0
    if "." in written:
        return 10.0 ** -len(written.split(".", 1)[1]) * scale
    zeros = len(written) - len(written.rstrip("0")) if written.strip("0") else 0
    return 10.0**zeros * scale


def _written(q: Quantity) -> float:
    return _count(q.text.lower()) or q.value


def _told_elsewhere(texts: Sequence[str], index: int, unit: str, missing: float, finest: float) -> bool:
    """Whether another claim may tell the part the list leaves out: a word of ``remainder`` or a figure in the
    whole's unit up to :data:`NEAR` claims away, or a figure anywhere of the value missing."""
    for near, other in enumerate(texts):
        if near == index or (not has_digit(other) and abs(near - index) > NEAR):
            continue
        if abs(near - index) <= NEAR and _remainder().search(other) is not None:
            return True
        for q in find_quantities(other) if has_digit(other) else ():
            kin = _kin(_figure(other, q, "").unit, unit)
            if kin and (abs(near - index) <= NEAR or abs(q.value - missing) <= finest):
                return True
    return False


def _kin(unit: str, whole: str) -> bool:
    """Whether a figure of ``unit`` may be a part of a whole of ``whole``: the same unit, any two counts (a count
    of nurses may be a part of a count of staff), or a figure with no unit."""
    return unit == whole or unit == "" or (unit.startswith("count:") and whole.startswith("count:"))

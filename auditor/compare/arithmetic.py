"""Arithmetic: figures of one claim (or of two claims side by side about one thing) whose own sums do not hold.

Each check is exact, with the rounding of the figures as written allowed, so a finding is a sum anyone can redo:

- parts listed as making up a whole that add up to more than it ("has 120 staff: 70 nurses and 60 doctors",
  "85 members, of whom 50 are juniors and 41 are adults", "the £12 million budget – £8 million for repairs and
  £6 million for junctions –"). A list after "including" may leave parts out, and so may any list: only parts
  that exceed their whole are read, never parts that fall short. Each part must be smaller than the whole (or
  the list counts something else: "3 depots: 40 drivers in Leeds and 30 in York"), must be a count of a plural
  noun or a place ("70 nurses", "40 in Leeds"; not "50 are retired", which may overlap "60 are women"), and
  the list must have no word that lets parts overlap or count another thing ("also", "each", "of them");
- a change whose direction or size its own endpoints deny ("rose 10%, from 200,000 to 180,000", "fell by 3
  points to 45% from 52%", "doubled from 40 to 60", "increased by £150, from £900 to £1,200"). A percentage
  change of two percentages may be meant in points or in per cent, so either reading clears it; a stated size
  is allowed a fifth of itself (and one unit) beyond the rounding of the endpoints. Endpoints that are years,
  ranks or places ("fell from 3rd to 10th place"), or negative, are not read;
- a group's size against "all N" of the same group ("the 14-member board" / "all 16 board members"), in one
  claim or in the next one, when neither says the size changed ("was expanded to", "now", "new");
- a fraction of a group against a percentage of the same group for the same act and object ("two thirds of
  members voted for the strike" / "40% of members backed the strike"), in one claim or the next, allowing
  :data:`SHARE_SLACK` points beyond the fraction's range; another year, group or object is another share.

The article's date is not needed; :mod:`auditor.compare.chronology` reads ordinal anniversaries and the order of
a career, which are the calendar's arithmetic. Word lists: ``knowledge/arithmetic.json``.
"""

from __future__ import annotations

import re
from collections.abc import Container, Iterator, Sequence
from dataclasses import dataclass
from functools import cache
from typing import Any

from auditor.compare.quantities import Quantity, bare_year, find_quantities, spelled_numbers
from auditor.knowledge import load
from auditor.text import folds_plainly, has_digit

SIZE_SLACK = 0.2
"""A stated change may miss what its endpoints give by this share of itself (writers round, and compute from
figures more precise than the ones they print)."""
SHARE_SLACK = 8.0
"""Percentage points a fraction word ("two thirds") may differ from a percentage of the same group and act."""
MAX_PARTS = 8


@dataclass(frozen=True, slots=True)
class Slip:
    """Figures whose arithmetic does not hold: in claim ``claim`` alone, or with the earlier claim ``related``."""

    claim: int
    related: int | None
    kind: str
    finding: str
    """What does not add up, as the message says it (no full stop)."""
    values: tuple[str, ...]


@cache
def words() -> dict[str, Any]:
    """The word lists of ``knowledge/arithmetic.json``."""
    return dict(load("arithmetic"))


def _alternation(phrases: Sequence[str]) -> str:
    return "|".join(re.escape(p).replace(r"\ ", r"\s+") for p in sorted(phrases, key=len, reverse=True))


def arithmetic_slips(texts: Sequence[str], skip: Container[int] = frozenset()) -> Iterator[Slip]:
    """Every slip of the claims ``texts``; claims in ``skip`` (dialogue, conditions) are not read. ``skip`` is
    asked only about claims with a figure (it may work each answer out when asked)."""
    for index, text in enumerate(texts):
        if not has_digit(text) and "-member" not in text:
            if _fraction_word(text) and index not in skip:
                yield from _share_slips(texts, index, skip)
            continue
        if index in skip:
            continue
        quantities = find_quantities(text)
        yield from _part_slips(index, text, quantities)
        yield from _change_slips(index, text, quantities)
        yield from _size_slips(texts, index, skip)
        yield from _share_slips(texts, index, skip)


# ---------------------------------------------------------------- parts of a whole


@cache
def _breakdown() -> re.Pattern[str]:
    marks = "|".join(
        re.escape(m.strip()) if m.strip() in (":", "–", "—", "-") else _alternation([m]) for m in words()["breakdown"]
    )
    return re.compile(rf"((?:\s+[A-Za-z'’-]+){{0,3}}?)\s*(?:{marks})\s+")


_PART_SPLIT = re.compile(r"\s*,\s+(?:and\s+)?|\s+and\s+")
_PARTS_END = re.compile(
    r"[;)(]|\s[–—-]\s|[–—]|\.(?:\s|$)|,\s+(?:which|who|where|when|but|while|as|so|the|its|their)\b|\s+(?:but|while|whereas)\s"
)


def _part_slips(index: int, text: str, quantities: list[Quantity]) -> Iterator[Slip]:
    for position, whole in enumerate(quantities):
        money = len(whole.unit) == 3
        if (whole.unit and not money) or whole.adjective or bare_year(text, whole.start, whole.end):
            continue  # a count or an amount of money (a share of a share, a length, is not summed)
        m = _breakdown().match(text, whole.end)
        if m is None or any(ch.isdigit() for ch in m.group(1)):
            continue
        stop = _PARTS_END.search(text, m.end())
        region_end = stop.start() if stop else len(text)
        region = text[m.end() : region_end]
        parts = [q for q in quantities[position + 1 :] if q.end <= region_end]
        if not 2 <= len(parts) <= MAX_PARTS or _overlapping(region) or _has_year(text, parts, m.end(), region_end):
            continue
        if not _listed(text, m.end(), region_end, parts, whole):
            continue
        low = sum(p.low for p in parts)
        if low > whole.high * (1 + 1e-9) and all(p.value < whole.value for p in parts):
            listed = " + ".join(p.text for p in parts)
            yield Slip(index, None, "parts", f"its parts ({listed}) add up to more than the whole ({whole.text})",
                       (whole.text, listed))
            return


def _overlapping(region: str) -> bool:
    lowered = f" {region.lower()} "
    return any(f" {w} " in lowered for w in words()["overlap"])


def _has_year(text: str, parts: list[Quantity], start: int, end: int) -> bool:
    if any(bare_year(text, p.start, p.end) for p in parts):
        return True
    return re.search(r"\b(?:1[89]|20)\d\d\b", text[start:end]) is not None


def _listed(text: str, start: int, end: int, parts: list[Quantity], whole: Quantity) -> bool:
    """Whether ``start:end`` is a list of the figures ``parts``, each opening its item and followed by a plural noun
    or a preposition, all in the whole's unit."""
    items = [i for i in _PART_SPLIT.split(text[start:end]) if i.strip()]
    if len(items) != len(parts) or any(p.unit != whole.unit or p.adjective for p in parts):
        return False
    w = words()
    for item, part in zip(items, parts, strict=True):
        if not item.lstrip().startswith(part.text) or any(ch.isdigit() for ch in item[len(part.text) + 1 :]):
            return False
        rest = item.lstrip()[len(part.text) :].split()
        while rest and rest[0].lower() in ("are", "were", "is", "was", "went", "go", "goes"):
            rest = rest[1:]
        if not rest:
            return False
        head = rest[0].lower().strip(",'’")
        plural = (head.endswith("s") and not head.endswith("ss")) or head in w["plurals"]
        if not plural and head not in w["prepositions"]:
            return False
    return True


# ---------------------------------------------------------------- a change against its endpoints


@cache
def _direction_words() -> tuple[re.Pattern[str], dict[str, int]]:
    w = words()
    signs = {**{v: 1 for v in [*w["rise"], *w["rise_nouns"]]}, **{v: -1 for v in [*w["fall"], *w["fall_nouns"]]}}
    verbs = _alternation([*signs, *w["factors"]])
    return re.compile(rf"\b(?:{verbs})\b", re.IGNORECASE), signs


@cache
def _nouns() -> frozenset[str]:
    return frozenset([*words()["rise_nouns"], *words()["fall_nouns"]])


_ARTICLE = re.compile(r"\b(?:a|an|the)\s+(?:[^\s]+\s+){0,2}$", re.IGNORECASE)
"""An article up to two words before a noun of change ("a 10% rise", "the sharp drop"): the noun is the change."""


_FROM_TO = re.compile(r"\s+to\s+$")
_TO_FROM = re.compile(r",?\s+from\s+$")


def _endpoints(text: str, quantities: list[Quantity]) -> Iterator[tuple[int, Quantity, Quantity]]:
    """(index of the first endpoint, from, to) for every "from A to B" and "to B from A"."""
    for i in range(len(quantities) - 1):
        a, b = quantities[i], quantities[i + 1]
        between = text[a.end : b.start]
        before = text[max(0, a.start - 6) : a.start].lower()
        if re.fullmatch(r"\s+to\s+", between) and re.search(r"\bfrom\s+$", before):
            yield i, a, b
        elif re.fullmatch(r",?\s+from\s+", between) and re.search(r"\bto\s+$", before):
            yield i, b, a


def _same_scale(first: Quantity, second: Quantity) -> tuple[Quantity, Quantity] | None:
    """The two endpoints in one unit and scale ("from 1.2 to 1.5 million": 1.2 is millions too), or None."""
    bare_first, bare_second = _bare(first.text), _bare(second.text)
    if bare_first and not bare_second:
        first = _scaled(first, second)
    elif bare_second and not bare_first:
        second = _scaled(second, first)
    return (first, second) if first.unit == second.unit else None


def _bare(text: str) -> bool:
    return re.fullmatch(r"[\d.,]+", text) is not None


def _scaled(bare: Quantity, like: Quantity) -> Quantity:
    """``bare`` read in the unit and scale of ``like``."""
    digits = re.search(r"\d[\d.,]*", like.text)
    if digits is None:
        return bare
    written = float(digits.group().replace(",", ""))
    scale = like.value / written if written else 1.0
    return Quantity(bare.value * scale, like.unit, bare.low * scale, bare.high * scale, bare.qualifier, bare.start,
                    bare.end, bare.text, like.factor)


def _change_slips(index: int, text: str, quantities: list[Quantity]) -> Iterator[Slip]:
    if len(quantities) < 2:
        return
    pattern, signs = _direction_words()
    factors: dict[str, float] = words()["factors"]
    for position, start, end in _endpoints(text, quantities):
        first = min(start.start, end.start)
        opening = re.search(r"\b(?:from|to)\s+$", text[max(0, first - 6) : first])
        first -= len(opening.group()) if opening else 0
        if _rank_or_year(text, start) or _rank_or_year(text, end):
            continue
        scaled = _same_scale(start, end)
        if scaled is None:
            continue
        a, b = scaled
        head = _change_head(text, first, quantities[:position], pattern)
        if head is None:
            continue
        verb, change, qualified = head
        key = re.sub(r"\s+", " ", verb.lower())
        if key in factors:
            finding = _factor_slip(factors[key], a, b, qualified)
        elif key in signs:
            finding = _direction_slip(signs[key], verb, a, b) or (
                _size_slip(signs[key], change, text, a, b) if change is not None else None)
        else:
            finding = None
        if finding is not None:
            yield Slip(index, None, "change", finding, (f"{verb} {change.text}" if change else verb, a.text, b.text))
            return


def _rank_or_year(text: str, q: Quantity) -> bool:
    """Whether a figure is a year, a rank or place, or a negative number (where a fall is not a smaller value)."""
    if bare_year(text, q.start, q.end) or (q.start and text[q.start - 1] in "-−–"):
        return True
    if re.match(r"(?:st|nd|rd|th)\b", text[q.end : q.end + 3], re.IGNORECASE):
        return True  # "from 3rd to 10th": places
    near = (text[max(0, q.start - 12) : q.start] + " " + text[q.end : q.end + 14]).lower()
    near_words = set(re.findall(r"[a-z°]+", near))
    return not near_words.isdisjoint(words()["rank"]) or "#" in text[max(0, q.start - 2) : q.start]


def _change_head(text: str, first: int, before: list[Quantity],
                 pattern: re.Pattern[str]) -> tuple[str, Quantity | None, bool] | None:
    """The change word before the endpoints at ``first`` ("rose", "doubled", "a ... rise"), the change figure
    if any, and whether the change is qualified ("more than doubled"); None when none is right before them."""
    window = max(0, first - 90)
    found = [m for m in pattern.finditer(text, window, first)]
    if not found:
        return None
    verb = found[-1]
    if verb.group().lower() in _nouns() and not _ARTICLE.search(text, max(0, verb.start() - 30), verb.start()):
        return None  # "capital gains from 12% to 5%": a noun without an article names a thing, not its change
    change = next((q for q in reversed(before) if q.start >= verb.end()), None)
    gap_words = set(words()["gap"])
    stretch = text[verb.end() : first]
    if change is not None:
        stretch = text[verb.end() : change.start] + " " + text[change.end : first]
    elif before and 0 <= verb.start() - before[-1].end <= 3 and before[-1].end > window:
        change = before[-1]  # "a 10% rise from ...", "a 3-point drop"
        if not re.fullmatch(r"[\s-]*(?:point|percentage[\s-]point)?[\s-]*", text[change.end : verb.start()]):
            change = None
    rest = re.findall(r"[A-Za-z'’-]+|[^\sA-Za-z'’-]", stretch)
    if any(t.lower() not in gap_words and t not in ",%" for t in rest):
        return None
    qualified = bool(re.search(r"(?:more\s+than|over|nearly|almost|about|roughly|around|some|close\s+to)\s+$",
                               text[max(0, verb.start() - 16) : verb.start()], re.IGNORECASE))
    return verb.group(), change, qualified


def _direction_slip(sign: int, verb: str, a: Quantity, b: Quantity) -> str | None:
    if (sign > 0 and b.value < a.value) or (sign < 0 and b.value > a.value):
        moved = "fell" if b.value < a.value else "rose"
        return f"it says {verb}, but from {a.text} to {b.text} the figure {moved}"
    return None


def _points(change: Quantity, text: str) -> bool:
    after = text[change.end : change.end + 22].lower()
    written = re.match(r"[\s-]*(?:percentage[\s-])?(?:points?|pts|pp)\b", after)
    return "point" in change.text.lower() or written is not None


def _size_slip(sign: int, change: Quantity, text: str, a: Quantity, b: Quantity) -> str | None:
    """What a stated size of change misses, against every reading its unit allows, or None when one fits."""
    low, high = sign * change.low, sign * change.high
    if sign < 0:
        low, high = high, low
    slack = max(1.0, SIZE_SLACK * abs(change.value))
    points = _points(change, text)
    readings: list[tuple[float, float]] = []
    if change.unit == "%" and not points and a.low > 0:
        readings.append(((b.low / a.high - 1) * 100, (b.high / a.low - 1) * 100))  # per cent of the start
    if points or change.unit == a.unit:
        readings.append((b.low - a.high, b.high - a.low))  # points, or an amount in the endpoints' unit
    if not readings:
        return None
    if any(not (high < lo - slack or low > hi + slack) for lo, hi in readings):
        return None
    said = f"{change.text} points" if points and "point" not in change.text else change.text
    return f"a change of {said} does not take {a.text} to {b.text}"


def _factor_slip(factor: float, a: Quantity, b: Quantity, qualified: bool) -> str | None:
    if a.low <= 0 or (qualified and factor < 1):
        return None
    low, high = b.low / a.high, b.high / a.low
    if qualified:  # "more than doubled": at least the factor; "nearly doubled": not read
        if high >= factor * (1 - SIZE_SLACK / 2):
            return None
    elif low * (1 - SIZE_SLACK / 2) <= factor <= high * (1 + SIZE_SLACK / 2):
        return None
    return f"from {a.text} to {b.text} is {b.value / a.value:.2g} times, not {factor:g} times"


# ---------------------------------------------------------------- a group's size against "all N"


@cache
def _size_patterns() -> tuple[re.Pattern[str], re.Pattern[str]]:
    numbers = "|".join(sorted(spelled_numbers(), key=len, reverse=True))
    count = rf"(?P<n>\d+|(?:{numbers})(?:-(?:{numbers}))?)"
    sizes = _alternation(words()["size"])
    size = re.compile(rf"\b{count}[-\s](?:{sizes})\s+(?P<noun>[a-z]+)\b", re.IGNORECASE)
    named = r"(?P<noun>[a-z]+)\s+members\b|members\s+of\s+(?:the|its|their)\s+(?P<of>[a-z]+)\b|(?P<bare>members)\b"
    every = re.compile(rf"\ball\s+{count}\s+(?:{named})", re.IGNORECASE)
    return size, every


@cache
def _size_gate() -> re.Pattern[str]:
    """A part every match of the size pattern holds (its size word between a space or hyphen and a word), found
    far faster than the pattern, which tries every number word at every word boundary."""
    return re.compile(rf"[-\s](?:{_alternation(words()['size'])})\s+[a-z]", re.IGNORECASE)


def _count(word: str) -> int | None:
    if word.isdigit():
        return int(word)
    numbers = spelled_numbers()
    parts = word.lower().split("-")
    if all(p in numbers for p in parts):
        return sum(numbers[p] for p in parts)
    return None


def _resized(text: str) -> bool:
    return not set(re.findall(r"[a-z]+", text.lower())).isdisjoint(words()["resized"])


def _size_slips(texts: Sequence[str], index: int, skip: Container[int]) -> Iterator[Slip]:
    """A size phrase in claim ``index`` against "all N" in it or in the next claim."""
    size, every = _size_patterns()
    text = texts[index]
    if _size_gate().search(text) is None:
        return
    sizes = list(size.finditer(text))
    if len(sizes) != 1:
        return
    declared = sizes[0]
    n, noun = _count(declared["n"]), declared["noun"].lower()
    if n is None or _resized(text[: declared.start()] + " " + text[declared.end() :]):
        return
    later = index + 1
    for where in (index, later):
        if where >= len(texts) or where in skip or (where != index and _resized(texts[where])):
            continue
        for m in every.finditer(texts[where]):
            named = (m["noun"] or m["of"] or "").lower()
            if (not named and where != index) or (named and named.rstrip("s") != noun.rstrip("s")):
                continue
            if where == index and m.start() < declared.end():
                continue
            stated = _count(m["n"])
            if stated is not None and stated != n:
                finding = f"{declared.group(0)} gives {n}, but {m.group(0)} gives {stated}"
                yield Slip(where, index if where != index else None, "size", finding, (declared.group(0), m.group(0)))
                return


# ---------------------------------------------------------------- a fraction against a percentage


_FRACTION_WORD = re.compile(r"\b(?:half|halves|thirds?|quarters?|fifths?|tenths?)\s+of\b", re.IGNORECASE)
_FRACTION_STEMS = ("half", "halves", "third", "quarter", "fifth", "tenth")


def _fraction_word(text: str) -> bool:
    """Whether :data:`_FRACTION_WORD` is in ``text``, asked only when the lower case holds "of" and a stem of it."""
    if folds_plainly(text):
        lowered = text.lower()
        if "of" not in lowered or not any(w in lowered for w in _FRACTION_STEMS):
            return False
    return _FRACTION_WORD.search(text) is not None


@dataclass(frozen=True, slots=True)
class _Share:
    quantity: Quantity
    group: str
    sign: int
    object: frozenset[str]
    years: frozenset[str]


@cache
def _share_pattern() -> re.Pattern[str]:
    w = words()
    acts = _alternation([*w["support"], *w["oppose"]])
    return re.compile(rf"\s+of\s+(?:the\s+|its\s+|their\s+|all\s+)?(?P<group>(?:[A-Za-z'’-]+\s+){{0,2}}?[A-Za-z'’-]+?)"
                      rf"\s+(?P<act>{acts})\b(?P<obj>[^.;:]{{0,60}})", re.IGNORECASE)




def _shares(text: str) -> list[_Share]:
    pattern = _share_pattern()
    found: list[_Share] = []
    for q in find_quantities(text):
        if q.unit != "%":
            continue
        m = pattern.match(text, q.end)
        if m is None:
            continue
        if not found:  # most claims have no share of a group: the word lists and the years are read for those that do
            w, oppose = words(), _oppose()
            years = frozenset(re.findall(r"\b(?:1[89]|20)\d\d\b", text))
        obj = m["obj"].split(",")[0]
        own = frozenset(re.findall(r"\b(?:1[89]|20)\d\d\b", obj))
        content = frozenset(t for t in re.findall(r"[a-z]+", obj.lower()) if t not in w["object_stop"])
        group = " ".join(m["group"].lower().split())
        sign = -1 if re.sub(r"\s+", " ", m["act"].lower()) in oppose else 1
        named = content - frozenset(own) or frozenset({"it"} if re.match(r"\s+it\b", obj) else ())
        found.append(_Share(q, group, sign, named, own or years))
    return found


@cache
def _oppose() -> frozenset[str]:
    """The verbs of opposing ("voted against"), white space made single."""
    return frozenset(re.sub(r"\s+", " ", a) for a in words()["oppose"])


def _spelled(q: Quantity) -> bool:
    return not any(ch.isdigit() for ch in q.text)


def _share_slips(texts: Sequence[str], index: int, skip: Container[int]) -> Iterator[Slip]:
    """A fraction word of claim ``index`` against a percentage in it or in the next claim."""
    mine = _shares(texts[index])
    fractions = [s for s in mine if _spelled(s.quantity)]
    if not fractions:
        return
    later = index + 1
    for where in (index, later):
        if where >= len(texts) or where in skip:
            continue
        others = mine if where == index else _shares(texts[where])
        for f in fractions:
            for p in others:
                if _spelled(p.quantity) or p.group != f.group or p.sign != f.sign or p.years != f.years:
                    continue
                if not p.object or not f.object or (p.object.isdisjoint(f.object) and "it" not in p.object):
                    continue
                q, r = f.quantity, p.quantity
                if r.high < q.low - SHARE_SLACK or r.low > q.high + SHARE_SLACK:
                    finding = f"{q.text.lower()} of {f.group} is not {r.text}"
                    yield Slip(where, index if where != index else None, "share", finding, (q.text, r.text))
                    return

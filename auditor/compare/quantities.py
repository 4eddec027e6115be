"""Quantities: numbers and amounts as written ("about 1,200", "1.2m", "twelve hundred", "€5 million", "a third"),
normalised to a value, a unit and the range of values the wording allows.

Two figures contradict each other only when no value fits both ranges, so "about 1,200" and "more than 1,100"
agree while "1,200" and "1,500" do not. A round figure stands for its rounding interval ("1,200" is 1,150 to
1,250, "1.2 million" is 1.15 to 1.25 million); a small or precise figure stands for itself.
"""

from __future__ import annotations

import math
import re
from collections.abc import Callable
from dataclasses import dataclass
from functools import cache, lru_cache
from typing import Any

from auditor.knowledge import load
from auditor.memos import per_document
from auditor.reading import reading
from auditor.text import folds_plainly, lowered_plainly, lowered_twin

APPROX_SHARE = 0.1
"""An approximate figure ("about", "around", "some") allows this share either side of its value."""
ALMOST_SHARE = 0.15
""""Nearly" and "almost" allow a value up to this share below the figure, and not above it."""

Range = tuple[float, float]


@dataclass(frozen=True, slots=True)
class Quantity:
    """A figure found in a text: its value, unit ("" for a count, "%", an ISO currency code, or a dimension
    such as "length" with the value in that dimension's base unit) and range."""

    value: float
    unit: str
    low: float
    high: float
    qualifier: str
    start: int
    end: int
    text: str
    factor: float = 1.0
    """For a unit of measurement, the written unit's size in the dimension's base unit (1000 for "km")."""
    adjective: bool = False
    """Written as a modifier with a hyphen ("the 680-metre crossing", "a 12-storey block"): what it measures
    is the noun after it."""

    def overlaps(self, other: Quantity) -> bool:
        """True when some value fits both figures' ranges (the figures can both be true)."""
        return self.low <= other.high * (1 + 1e-9) and other.low <= self.high * (1 + 1e-9)


@cache
def _tables() -> dict[str, Any]:
    return dict(load("numbers"))


@cache
def spelled_numbers() -> dict[str, int]:
    """The numbers written as one word and their values ("two": 2, "twelve": 12, "forty": 40): the units and tens
    of ``knowledge/numbers.json``, without "a", "an" and "dozen", which count only as part of a phrase."""
    tables = _tables()
    return {w: int(n) for w, n in {**tables["units"], **tables["tens"]}.items() if w not in ("a", "an", "dozen")}


@cache
def _units() -> dict[str, tuple[str, float]]:
    """Every written form of a unit of measurement -> (dimension, factor to the dimension's base unit)."""
    units: dict[str, dict[str, float]] = load("measures")["units"]
    return {form: (dimension, factor) for dimension, forms in units.items() for form, factor in forms.items()}


@cache
def _patterns() -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str]]:
    """Figures in words, what may follow a figure, and what may precede it.

    Digits are found with a plain ``\\d`` pattern (which the regex engine scans for fast) and number words
    with their own pattern, run only when the text has one; the words around a figure are then read with
    anchored patterns at its two ends, so a text is never matched position by position against all of them.
    """
    t = _tables()
    words = sorted([*t["units"], *t["tens"], *t["scales"]], key=len, reverse=True)
    word = "|".join(re.escape(w) for w in words if w not in ("a", "an"))
    scale = "|".join(t["scales"])
    qualifiers = "|".join(re.escape(q).replace(r"\ ", r"\s+") for q in sorted(t["qualifiers"], key=len, reverse=True))
    currency_words = "|".join(
        re.escape(c) for c in sorted(t["currencies"], key=len, reverse=True) if c[-1].isalpha() and len(c) > 2
    )
    fractions = "|".join(t["fractions"])
    in_words = re.compile(
        rf"\b(?:(?P<frac>(?:a|one|two|three|four|nine)[\s-]+(?:{fractions})|half)(?=\s+of\b)"
        rf"|(?P<words>(?:(?:a|an|{word})(?:[\s-]+|\s+and\s+(?=[a-z])))*(?:{word}))\b)",
        re.IGNORECASE,
    )
    suffixes = "|".join(sorted(t["suffixes"], key=len, reverse=True))
    percent = "|".join(
        re.escape(w).replace(r"\ ", r"\s+") for w in sorted(t["percent"], key=len, reverse=True) if w != "%"
    )
    measure_units = "|".join(
        re.escape(u).replace(r"\ ", r"[\s-]+") for u in sorted(_units(), key=len, reverse=True)
    )
    tail = re.compile(
        rf"(?P<suffix>(?<=\d)(?:{suffixes})\b)?"
        rf"(?P<scale>(?:[\s-]+(?:{scale}))+\b)?"
        rf"(?P<pct>\s?%|\s+(?:{percent})\b)?"
        rf"(?P<curword>\s+(?:{currency_words})\b)?"
        rf"(?P<measure>(?P<joint>\s?|-)(?:{measure_units})(?![\w/²]))?"
        r"(?P<post>\s+or\s+(?:less|fewer|lower|below|under|more|greater|higher|above|over)\b"
        r"|\s+and\s+(?:up|above|over|more)\b|\s+at\s+(?:most|least)\b)?",
        re.IGNORECASE,
    )
    head = re.compile(
        rf"(?:\b(?P<qual>{qualifiers})\s+)?(?P<cur>US\$|A\$|C\$|[$€£¥₹]|\b(?:USD|EUR|GBP|CHF|AUD|CAD)\s)?\s?$",
        re.IGNORECASE,
    )
    return in_words, tail, head


@cache
def _in_words_lowered() -> re.Pattern[str]:
    """The figures-in-words pattern for the lower case of a text (:func:`auditor.text.lowered_twin`)."""
    return lowered_twin(_patterns()[0])


@cache
def _number_tokens() -> frozenset[str]:
    """The words one of which every match of the figures-in-words pattern ends with or holds ("twelve", "million",
    "half", "thirds"), each a whole word: a text whose words (:attr:`auditor.reading.Reading.words`) have none of
    them spells no figure, and the pattern, which tries every number word at every word boundary, is not run on
    it (unless :func:`auditor.text.folds_plainly` says its lower case may hide one)."""
    t = _tables()
    words = [*t["units"], *t["tens"], *t["scales"], *t["fractions"], "half"]
    return frozenset(w.lower() for w in words if w not in ("a", "an"))


_ODD_FOLDS = ("\u0130", "\u0131", "\u017f")
"""The letters besides the Kelvin sign (which lower-cases to "k") that an IGNORECASE pattern matches to an ASCII
letter: "İ" and "ı" to "i", "ſ" to "s"; lower-casing keeps them apart from it."""


def _folds_plainly(text: str) -> bool:
    """Whether the lower case of ``text`` spells, in ASCII, every word an IGNORECASE pattern of ASCII words finds."""
    return text.isascii() or not any(c in text for c in _ODD_FOLDS)


_NUMBER = re.compile(r"\d{1,2}(?:,\d\d)+,\d{3}(?![,\d])(?:\.\d+)?|\d+(?:,\d{3})*(?:\.\d+)?")
"""A number in digits: grouped in thousands ("1,200,000"), or in the Indian way, a lakh's and a crore's groups of
two before the last three digits ("12,00,000", "66,26,291"); "1,00" and "1,2,3" are no number."""
_HEAD_WINDOW = 32
"""Characters before a figure searched for its qualifier and currency ("an estimated $")."""


def _head_from(text: str, start: int) -> int:
    """Where to search for the qualifier or currency before a figure at ``start``.

    The head pattern tries every position of its window, and most windows hold neither: when no qualifier or
    currency can end there (:func:`_may_have_head`), all it can match is a space before the figure (and a line
    break, which ``$`` matches before), so the last two characters are searched, with the same result.
    """
    first = max(0, start - _HEAD_WINDOW)
    return first if _may_have_head(text, start) else max(0, start - 2)


def _may_have_head(text: str, start: int) -> bool:
    """Whether the head pattern may find a qualifier or a currency before a figure at ``start``.

    A currency is a sign or a code (looked for anywhere in the window, in lower case); a qualifier must end
    right before the figure, followed by white space: the window ends with white space, and its last word is
    the last word of a qualifier ("more *than* ", "up *to* "). Characters other than ASCII are left to the
    pattern: case-insensitive matching folds some of them into ASCII letters.
    """
    window = text[max(0, start - _HEAD_WINDOW) : start]
    if not window.isascii():
        return True
    lowered = window.lower()
    if _currency_gate().search(lowered):
        return True
    if not lowered[-1:].isspace():
        return False
    words = lowered.split()
    return bool(words) and words[-1] in _qualifier_ends()


@cache
def _currency_gate() -> re.Pattern[str]:
    """The currency signs and codes the head pattern reads, taken literally in lower case."""
    signs = ("$", "€", "£", "¥", "₹", "usd", "eur", "gbp", "chf", "aud", "cad")
    return re.compile("|".join(re.escape(g) for g in signs))


@cache
def _qualifier_ends() -> frozenset[str]:
    """The last word of each qualifier ("than" of "more than"), in lower case."""
    return frozenset(q.lower().split()[-1] for q in _tables()["qualifiers"])


def _may_have_tail(text: str, end: int) -> bool:
    """Whether the tail pattern can match more than nothing after a figure that ends at ``end``.

    Everything it matches (a suffix, a scale, a percentage, a currency, a unit, "or more") starts, after
    white space and hyphens, with the first three characters of a word of :func:`_tail_starts`, or is a word
    of two letters there, or a sign ("%"), or a one-letter suffix glued to the digits ("5m", "3k"). Most
    figures are followed by a word that starts no such word ("1,200 tickets", "in 1990 the"), and the
    pattern, which tries each of its many words in turn, is not run for them. Characters other than ASCII
    are left to the pattern: case-insensitive matching folds some of them into ASCII letters.
    """
    size = len(text)
    j = _SEPARATORS.match(text, end).end()  # type: ignore[union-attr]  # it matches, maybe nothing
    if j == size:
        return False  # every part of the tail needs a word or a sign after the figure
    head = text[j : j + 3]
    if not head.isascii():
        return True
    head = head.lower()
    three, two, one = _tail_starts()
    if head[0] == "%":
        return True
    if head[:2] in two and (len(head) == 2 or not (head[2].isalnum() or head[2] == "_")):
        return True  # "km", "ft", "or", "bn" end where a word does
    if j == end and head[0] in one and (len(head) == 1 or not (head[1].isalnum() or head[1] == "_")):
        return True  # "5m", "3k"
    if not head.isalnum():
        head = "".join(" " if c.isspace() or c == "-" else c for c in head)  # "sq-m", "per  cent"
    return head in three


_SEPARATORS = re.compile(r"[\s-]*")


@cache
def _tail_starts() -> tuple[frozenset[str], frozenset[str], frozenset[str]]:
    """The first three characters (lower case, a space for a space) of every word of three or more the tail
    pattern of :func:`_patterns` can match after a figure, its words of two, and its words of one."""
    t = _tables()
    currency_words = [c for c in t["currencies"] if c[-1].isalpha() and len(c) > 2]
    words = [*t["suffixes"], *t["scales"], *t["percent"], *currency_words, *_units(), "or", "and", "at"]
    forms = {w.lower() for w in words}
    return (
        frozenset(w[:3] for w in forms if len(w) > 2),
        frozenset(w for w in forms if len(w) == 2),
        frozenset(w for w in forms if len(w) == 1),
    )


def _words_value(text: str) -> float | None:
    """The value of a number in words ("twelve hundred", "one million", "forty-five"), or None."""
    t = _tables()
    total = current = 0.0
    seen = False
    previous = ""
    for w in re.split(r"[\s-]+", text.lower()):
        if w == "and":
            continue  # "three hundred and fifty"
        if current in (1.0, 0.0) and previous in ("a", "an") and (w in t["units"] or w in t["tens"]):
            current = 0.0  # "a two-storey house": the article, not one
        previous = w
        if w in t["units"]:
            current += t["units"][w]
        elif w in t["tens"]:
            current += t["tens"][w]
        elif w == "hundred":
            current = (current or 1) * 100
        elif w in t["scales"]:
            total += (current or 1) * t["scales"][w]
            current = 0
        else:
            return None
        seen = seen or w not in ("a", "an")
    return total + current if seen else None


def _rounding(digits: str, value: float, multiplier: float) -> Range:
    """The values a figure written as ``digits`` (times ``multiplier``) may have been rounded from."""
    if "." in digits:
        places = len(digits.split(".", 1)[1])
        half = 0.5 * 10**-places * multiplier if multiplier > 1 else 0.0
        return value - half, value + half
    plain = digits.replace(",", "")
    zeros = len(plain) - len(plain.rstrip("0"))
    if multiplier > 1 and plain != "0":
        half = 0.5 * multiplier * 10 ** min(zeros, len(plain) - 1)
        return value - half, value + half
    if zeros >= 2 and len(plain) > zeros:
        # "1,200" reads as a round figure (1,150 to 1,250); "10" and "150" are taken as exact.
        half = 0.5 * 10**zeros
        return value - half, value + half
    return value, value


def range_of(value: float, qualifier: str, rounded: Range) -> Range:
    """The range a qualifier ("about", "more than", "up to" ...) gives a figure of ``value``."""
    low, high = rounded
    if qualifier == "approx":
        return min(low, value * (1 - APPROX_SHARE)), max(high, value * (1 + APPROX_SHARE))
    if qualifier == "almost":
        return value * (1 - ALMOST_SHARE), high
    if qualifier in ("above", "at_least"):
        return low, math.inf
    if qualifier in ("below", "at_most"):
        return 0.0, high
    return low, high


def find_quantities(
    text: str, words: bool = True, skip: Callable[[str, int, int], bool] | None = None
) -> list[Quantity]:
    """Every figure in ``text`` with a value, in order (``words=False``: digits only, a shortcut for callers
    that know the text spells no number; ``skip(text, start, end)``: numbers in digits the caller has no use
    for, left out before their figure is read, such as :func:`bare_year`). Figures glued to letters or other
    figures are left out.

    Read once per text and arguments (:data:`REMEMBERED`): the CON rules read the same claims several times
    (their arithmetic, shares, measures and summary); the caller gets its own list."""
    if not folds_plainly(text):  # "a fıfth": the patterns match it as "fifth", which the tables must find too
        text = text.translate(_FOLDED)
    return list(_found(text, words, skip))


_FOLDED = str.maketrans("\u0130\u0131\u017f", "Iis")
"""The letters a case-insensitive pattern reads as ASCII letters that lower-casing does not turn into them ("İ",
"ı", "ſ"): each replaced by that letter, so offsets do not move."""


REMEMBERED = 131072
"""Texts (and, for :func:`_found`, arguments) whose figures :func:`find_quantities` keeps: every form of every claim
of a long article that the rules read (1 MB of one-line figures asks for 26,000 texts, 80,000 with their
arguments; with room for 16,384 every figure was read six times over, 14.5 cpu-s instead of 8.4). Both memos hold
one long document at a time (:mod:`auditor.memos`); a text with no figure keeps an empty tuple."""
KEPT = 16384
"""Entries the two memos keep from one document to the next (what they held at most before a long document's
texts needed more room): a process auditing many articles keeps no more."""


@per_document(KEPT)
@lru_cache(maxsize=REMEMBERED)
def _found(text: str, words: bool, skip: Callable[[str, int, int], bool] | None) -> tuple[Quantity, ...]:
    numbers = _numbers(text)
    read = numbers.figures
    found: list[Quantity] = []
    for start, end, kind, core in numbers.with_words(text) if words else numbers.digits:
        if skip is not None and kind == "num" and skip(text, start, end):
            continue
        if found and start < found[-1].end:
            continue  # "million" in "1.2 million" is part of the figure before it
        if (start, kind) in read:
            quantity = read[(start, kind)]
        else:
            _, tail, head = _patterns()
            quantity = read[(start, kind)] = _quantity(text, start, end, kind, core, tail, head)
        if quantity is not None:
            found.append(quantity)
    return tuple(found)


_Core = tuple[int, int, str, str]
"""(start, end, kind, the number as written): "num" for digits, "words" or "frac" for a number in words."""


class _Numbers:
    """The numbers of a text that may open a figure, found once whatever a caller skips, and their figures read
    on first use. The callers of :func:`find_quantities` ask for the same text with different ``skip`` functions
    (bare years, numbers no measure has) and with or without numbers in words: the numbers are found and each
    figure is read once for all of them; only what is skipped, and which figure a longer one before it takes in,
    are each call's own (skipping numbers from the sorted list keeps the order of those left)."""

    __slots__ = ("digits", "figures", "spelled")

    def __init__(self, text: str) -> None:
        cores: list[_Core] = []
        for m in _NUMBER.finditer(text):
            start, end = m.span()
            if start and (text[start - 1].isalnum() or text[start - 1] in ".,"):
                continue  # "A380", "v2.1": part of a name
            if end < len(text) - 1 and text[end] in ",." and text[end + 1].isdigit():
                continue  # "1,20" or "1.2.3": not one figure
            cores.append((start, end, "num", m.group()))
        self.digits = cores
        """The numbers in digits, in order."""
        self.spelled: list[_Core] | None = None
        """The numbers in digits and in words, in order, once asked for."""
        self.figures: dict[tuple[int, str], Quantity | None] = {}
        """The figure read at a number (its start and kind), None for none."""

    def with_words(self, text: str) -> list[_Core]:
        """The numbers in digits and in words, in order."""
        if self.spelled is None:
            cores = self.digits
            if not (folds_plainly(text) and _number_tokens().isdisjoint(reading(text).words)):
                lowered = lowered_plainly(text)  # find_quantities folded the letters that fold otherwise
                found = _in_words_lowered().finditer(lowered) if lowered else _patterns()[0].finditer(text)
                spans = [(m.start(), m.end(), "frac" if m["frac"] else "words") for m in found]
                cores = sorted(cores + [(s, e, kind, text[s:e]) for s, e, kind in spans])
            self.spelled = cores
        return self.spelled


@per_document(KEPT)
@lru_cache(maxsize=REMEMBERED)
def _numbers(text: str) -> _Numbers:
    return _Numbers(text)


def plain_number(text: str, end: int) -> bool:
    """Whether nothing after a number that ends at ``end`` belongs to its figure (no suffix, scale,
    percentage, currency word, unit or "or more"): the figure ends where its digits do."""
    return not _may_have_tail(text, end)


def bare_year(text: str, start: int, end: int) -> bool:
    """Whether the number at ``start:end`` is a year written bare: four digits from 1000 to 2100 with no
    qualifier or currency before them and no suffix, scale, percentage or unit after (the figure
    :func:`find_quantities` would give for it is those four digits, "in 1990")."""
    if end - start != 4 or not text[start:end].isdigit() or not 1000 <= int(text[start:end]) <= 2100:
        return False
    return not _may_have_head(text, start) and not _may_have_tail(text, end)


def _quantity(
    text: str, start: int, end: int, kind: str, core: str, tail: re.Pattern[str], head: re.Pattern[str]
) -> Quantity | None:
    """The figure whose number is ``core`` at ``start:end``, with what is written around it."""
    t = _tables()
    after = tail.match(text, end) if _may_have_tail(text, end) else None
    before = head.search(text, _head_from(text, start), start)
    # Every group read once (the tail pattern always matches, maybe empty; the head one may not match).
    suffix, scale, pct, curword, measure, joint, post = after.group(*_TAIL_GROUPS) if after else _NO_TAIL
    qual, cur = before.group("qual", "cur") if before else (None, None)
    multiplier = 1.0
    if suffix:
        multiplier = t["suffixes"][suffix.lower()]
    if scale:
        for w in re.split(r"[\s-]+", scale.lower()):
            if w:  # the white space or hyphen before the first scale word ("1,200\nmillion") splits off nothing
                multiplier *= t["scales"][w]
    unit = ""
    if kind == "frac":
        parts = re.split(r"[\s-]+", core.lower())
        count = 1.0 if len(parts) == 1 else (_words_value(parts[0]) or 1.0)
        value = count * t["fractions"][parts[-1]]
        rounded: Range = (value - 1, value + 1)
        unit = "%"
    elif kind == "num":
        value = float(core.replace(",", "")) * multiplier
        rounded = _rounding(core, value, multiplier)
    else:
        parsed = _words_value(core)
        if parsed is None:
            return None
        value = parsed * multiplier
        rounded = (value, value) if value < 100 or (multiplier == 1 and value % 100) else _word_rounding(value)
    if pct:
        unit = "%"
    elif cur:
        unit = t["currencies"].get(cur.strip().lower(), "")
    elif curword:
        unit = t["currencies"].get(curword.strip().lower(), "")
    qualifier = "exact"
    first = start
    if qual and before:
        qualifier = t["qualifiers"][" ".join(qual.lower().split())]
        first = before.start("qual")
    elif cur and before:
        first = before.start("cur")
    last = after.end() if after else end
    if post:
        last_word = post.split()[-1].lower()
        qualifier = "at_most" if last_word in ("less", "fewer", "lower", "below", "under", "most") else "at_least"
    low, high = range_of(value, qualifier, rounded)
    adjective = False
    factor = 1.0
    if measure and not unit:
        form = " ".join(measure[len(joint or "") :].lower().replace("-", " ").split())
        dimension, factor = _units().get(form, _units().get(form.replace(" ", "-"), ("", 1.0)))
        if dimension:
            if kind == "num" and "." in core and multiplier == 1:
                half = 0.5 * 10 ** -len(core.split(".", 1)[1])  # "0.9 km" is 0.85 to 0.95 km
                low, high = min(low, value - half), max(high, value + half)
            unit, value, low, high = dimension, value * factor, low * factor, high * factor
            adjective = joint == "-"
    elif measure and after:
        last = after.start("measure")  # "$5 million" then a unit that belongs to something else
    written = " ".join(text[first:last].split())
    return Quantity(value, unit, low, high, qualifier, first, last, written, factor, adjective)


_TAIL_GROUPS = ("suffix", "scale", "pct", "curword", "measure", "joint", "post")
"""The groups of the tail pattern (:func:`_patterns`) that :func:`_quantity` reads, in order."""
_NO_TAIL: tuple[str | None, ...] = (None,) * len(_TAIL_GROUPS)


def _word_rounding(value: float) -> Range:
    """Figures in words ("twelve hundred", "two million") are round by nature: half their last unit either side."""
    magnitude = 10 ** math.floor(math.log10(value)) if value > 0 else 1
    step = magnitude / 10 if value % magnitude else magnitude
    return value - step / 2, value + step / 2


def parse_quantity(text: str) -> Quantity | None:
    """The first figure in ``text`` ("1.2 million", "about 1,200", "$5bn"), or None."""
    found = find_quantities(text)
    return found[0] if found else None

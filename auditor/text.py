"""Small text helpers shared by the stages: quoting claims in messages, key-term stems, month names."""

from __future__ import annotations

import re
from collections.abc import Mapping
from functools import cache
from types import MappingProxyType

from auditor.knowledge import HERE

_ASCII_DIGIT = re.compile("[0-9]")

QUOTE_LENGTH = 100
"""Messages quote at most this many characters of a claim."""
STEM_LENGTH = 5
"""Words are compared by their first characters, a crude stemmer that needs no dictionary."""
DAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
"""The days of the week, as written."""
MONTHS: Mapping[str, int] = MappingProxyType(
    {
        name: number
        for number, names in enumerate(
            (
                ("january", "jan"),
                ("february", "feb"),
                ("march", "mar"),
                ("april", "apr"),
                ("may",),
                ("june", "jun"),
                ("july", "jul"),
                ("august", "aug"),
                ("september", "sep", "sept"),
                ("october", "oct"),
                ("november", "nov"),
                ("december", "dec"),
            ),
            1,
        )
        for name in names
    }
)
"""English month names and their abbreviations, lower case -> month number (the one table of them)."""
_WORDS = re.compile(r"[^\W\d_][\w'’-]*")
_ASCII_WORDS = re.compile(r"[a-z][a-z0-9_'-]*")
"""``_WORDS`` for lower-cased ASCII text, where it matches the same words: ASCII ranges are tested faster than
``_WORDS``' Unicode categories, and :func:`stems` reads every claim for several rules."""


OBJECT_PREPOSITIONS = frozenset({"into", "onto", "with", "without", "against", "beyond"})
"""Prepositions whose object a noun is when they stand right before it (or before its one modifier): a verb
right after that noun belongs to an earlier subject ("data fed into official estimates indicate ...": the data
indicate, not the estimates)."""


def object_of_preposition(before: list[str]) -> bool:
    """The (up to two) words ``before`` a noun put it after one of :data:`OBJECT_PREPOSITIONS`, right before it or
    before its one modifier ("into official", "with")."""
    last = [w.lower() for w in before[-2:]]
    return bool(last) and (last[-1] in OBJECT_PREPOSITIONS or (len(last) == 2 and last[0] in OBJECT_PREPOSITIONS))


@cache
def stopwords() -> frozenset[str]:
    """English function words (``knowledge/stopwords.txt``)."""
    text = (HERE / "stopwords.txt").read_text(encoding="utf-8")
    return frozenset(w for line in text.splitlines() if not line.startswith("#") for w in line.split())


def folds_plainly(text: str) -> bool:
    """Whether the lower case of ``text`` spells in ASCII every ASCII word an IGNORECASE pattern finds in it (so a
    pattern of such words needs one of them in the lower case to match): true unless it has one of the few letters
    the pattern folds to an ASCII letter and lower-casing does not: "İ" and "ı" ("i"), "ſ" ("s"); the Kelvin sign
    lower-cases to "k")."""
    return text.isascii() or not ("\u0130" in text or "\u0131" in text or "\u017f" in text)


_SYNTAX = re.compile(r"\(\?P[<=]\w+>?|\\[A-Za-z]")
"""Group names and escapes (``\\b``, ``\\S``): the parts of a pattern whose capitals are no letters it matches."""


def lowered_twin(pattern: re.Pattern[str]) -> re.Pattern[str]:
    """The case-sensitive twin of an IGNORECASE ``pattern`` whose letters are all in lower case: on the lower case
    of a text that :func:`folds_plainly` and that lower-casing does not lengthen (only "İ" lengthens), it matches
    at the same places as ``pattern`` on the text, several times faster (the case-blind pattern folds the case of
    each character it tries). A ValueError when ``pattern`` has a capital letter to match."""
    plain = _SYNTAX.sub("", pattern.pattern)
    if plain != plain.lower():
        raise ValueError(f"{pattern.pattern[:60]!r}...: a capital letter, which lower-cased text never has")
    return re.compile(pattern.pattern, pattern.flags & ~re.IGNORECASE)


def lowered_plainly(text: str, lowered: str | None = None) -> str | None:
    """The lower case of ``text`` when a :func:`lowered_twin` may read it in place of ``text``, else None
    (``lowered``: ``text.lower()``, when the caller has it)."""
    if not folds_plainly(text):
        return None
    if lowered is None:
        lowered = text.lower()
    return lowered if len(lowered) == len(text) else None


def has_digit(text: str) -> bool:
    """Whether a character of ``text`` is a digit as :meth:`str.isdigit` says (also "²" or "٣"): the answer of
    ``any(c.isdigit() for c in text)``, from one regex scan when the text is ASCII, where only 0-9 are digits."""
    if text.isascii():
        return _ASCII_DIGIT.search(text) is not None
    return any(map(str.isdigit, text))


def quote(text: str, limit: int = QUOTE_LENGTH) -> str:
    """``text`` in double quotes, shortened with an ellipsis in the middle of a word boundary."""
    # Only the head is ever shown: collapse the spaces of a growing head, never of a whole long text
    # (a claim of 100 KB quoted by each of its findings would make a message cost its full length each time).
    size = max(2 * limit, 64)
    while True:
        collapsed = " ".join(text[:size].split())
        if size >= len(text) or len(collapsed) > limit:
            break
        size *= 4
    text = collapsed
    if len(text) > limit:
        cut = text.rfind(" ", 0, limit - 1)
        text = text[: cut if cut > limit // 2 else limit - 1].rstrip(",;: ") + "…"
    return f'"{text}"'


def stems(text: str) -> set[str]:
    """The key-term stems of ``text``: content words of three letters or more, cut to a common prefix."""
    stop = stopwords()
    found = set()
    lowered = text.lower()
    for word in (_ASCII_WORDS if lowered.isascii() else _WORDS).findall(lowered):
        if not word.isalnum():  # only a word with an apostrophe, hyphen or underscore has anything to cut
            word = word.strip("'’-").removesuffix("'s").removesuffix("’s")
        if len(word) > 2 and word not in stop:
            found.add(word[:STEM_LENGTH])
    return found


_WINDOW = 64
"""Characters first looked at on one side of a position by :func:`words_before` and :func:`words_after`."""


def words_before(text: str, end: int, count: int) -> list[str]:
    """``text[:end].split()[-count:]`` (the last ``count`` words before ``end``) without splitting all of the text
    before it: a window that grows until it holds a word more than asked (so that the first word kept is whole) or
    reaches the start. A claim of thousands of figures, each reading the words before it, stays linear."""
    if count <= 0:
        return []
    window = _WINDOW
    while True:
        start = max(0, end - window)
        words = text[start:end].split()
        if start == 0 or len(words) > count:
            return words[-count:]
        window *= 4


def words_after(text: str, start: int, count: int) -> list[str]:
    """``text[start:].split()[:count]`` (the first ``count`` words from ``start``), reading a growing window as
    :func:`words_before` does."""
    if count <= 0:
        return []
    window = _WINDOW
    while True:
        end = start + window
        words = text[start:end].split()
        if end >= len(text) or len(words) > count:
            return words[:count]
        window *= 4

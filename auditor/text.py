"""Small text helpers shared by the stages: quoting claims in messages, key-term stems, month names."""

from __future__ import annotations

import re
from collections.abc import Mapping
from functools import cache
from types import MappingProxyType

from auditor.knowledge import HERE

QUOTE_LENGTH = 100
"""Messages quote at most this many characters of a claim."""
STEM_LENGTH = 5
"""Words are compared by their first characters, a crude stemmer that needs no dictionary."""
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

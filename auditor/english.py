"""English vocabulary: whether the words of a cited address's slug are English words.

An English summary may cite a page whose slug is in another language ("...-wohnungen-tauschen"): its words cannot
share a key word with the claim, whatever the page says, so a slug mostly made of words that are no common English
word (``knowledge/english_words.txt``, from SCOWL) is one the tool cannot judge. Names (of places, people, firms)
are no English words either, which only makes the tool quiet more often, never louder.
"""

from __future__ import annotations

from collections.abc import Iterable
from functools import cache

from auditor.knowledge import HERE

ENGLISH_SHARE = 0.5
"""A slug reads as English when at least this share of its key words are English words."""


@cache
def english_words() -> frozenset[str]:
    """The common English words of ``knowledge/english_words.txt`` (lower case, three letters or more)."""
    text = (HERE / "english_words.txt").read_text(encoding="utf-8")
    return frozenset(w for line in text.splitlines() if not line.startswith("#") for w in line.split())


def reads_as_english(words: Iterable[str]) -> bool:
    """Whether at least half of ``words`` (lower-case key words of three letters or more) are English words.
    An empty set of words reads as English: nothing says otherwise."""
    found = [w for w in words if len(w) > 2]
    if not found:
        return True
    known = english_words()
    return sum(w in known for w in found) >= ENGLISH_SHARE * len(found)

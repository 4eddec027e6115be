"""Surnames: the one or two capitalised words written right before a word ("Mira Tallis" before "tallis").

CON004 asks, for each one-word subject of an event, which full names of the article end in it
(:func:`auditor.compare.subjects.full_name`). The question was a pattern compiled for each word,
``\\b((?:[A-Z][\\w'’&-]*\\s+){1,2})(?i:word)\\b``: some 0.6 ms a word, 6% of a long article's audit.
:func:`names_before` gives the matches that pattern gives, in order, with patterns compiled once: an ASCII word is
compared in lower case (a case-insensitive ASCII word matches only ASCII letters in a text without the few
characters that fold to them); other text, or a word that does not open with a letter or digit, is read with the
pattern itself.
"""

from __future__ import annotations

import re
from functools import lru_cache

CAPITALISED = r"[A-Z][\w'’&-]*"
"""A capitalised word, as a regex."""
_CAPITALISED_THEN_SPACE = re.compile(rf"{CAPITALISED}\s+")
_CAPITAL_AT_START = re.compile(r"\b[A-Z]")
_BOUNDARY = re.compile(r"\b")
_FOLDS_TO_ASCII = re.compile("[ßİıŉſǰẖẗẘẙẚ\u212aﬀ-ﬆ]")
"""The characters other than ASCII that a case-insensitive ASCII letter matches, or whose case changes give ASCII
letters (all of Unicode tried, Python 3.11): in a text without them, an ASCII word matches only its ASCII forms."""


def names_before(text: str, word: str) -> list[tuple[str, str]]:
    """(the capitalised words, the whole match) of each match of ``\\b((?:CAPITALISED\\s+){1,2})(?i:word)\\b`` in
    ``text``, as ``re.finditer`` gives them (leftmost first, each after the one before)."""
    if not (word.isascii() and word[:1].isalnum() and (text.isascii() or _FOLDS_TO_ASCII.search(text) is None)):
        return [(m.group(1), m.group()) for m in _pattern(word).finditer(text)]
    size, lowered = len(word), word.lower()

    def word_at(at: int) -> bool:  # the word in any case, ending at a word boundary
        return text[at : at + size].lower() == lowered and _BOUNDARY.match(text, at + size) is not None

    found = []
    pos = 0
    while (start := _CAPITAL_AT_START.search(text, pos)) is not None:
        s = start.start()
        first = _CAPITALISED_THEN_SPACE.match(text, s)
        # The capitalised words and the spaces after them cannot give back characters (a word is followed by
        # space, and the word looked for opens with a letter or digit): two words are tried first, then one.
        end = 0
        if first is not None:
            second = _CAPITALISED_THEN_SPACE.match(text, first.end())
            if second is not None and word_at(second.end()):
                end = second.end()
            elif word_at(first.end()):
                end = first.end()
        if end:
            found.append((text[s:end], text[s : end + size]))
            pos = end + size
        else:
            pos = s + 1
    return found


@lru_cache(maxsize=256)
def _pattern(word: str) -> re.Pattern[str]:
    return re.compile(rf"\b((?:{CAPITALISED}\s+){{1,2}})(?i:{re.escape(word)})\b")

"""Clauses: the words of a stretch of a claim, and how the clause around a figure presents it.

A figure's clause runs between the punctuation around it (:data:`_CLAUSE`). Read once per figure, it tells a
comparison ("faster about 8% of the time"), a goal or limit ("a maximum depth of five") and the scope of the
figure (a total, "208 total bids", or one part of several, "19 bids on the busiest day") from a plain level
that another claim's figure can contradict (``knowledge/measures.json``).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache, lru_cache

from auditor.knowledge import load

FIGURE_MEMO = 8192
"""What is read around a figure (its frame, context, subject) is kept for this many figures: a figure is
compared with up to :data:`~auditor.compare.figures.MAX_LATER` others in each of its buckets, and read once,
not once a pair. (Holding every figure of a 1 MB article, 65,536, kept what find_measures read for the pair loop
but cost 24 MB of peak memory for under 0.1 s: the memos stay bounded.)"""

_CLAUSE = re.compile(r"[,;:()\[\]—–]|\s-\s|\.\s")
_WORD = re.compile(r"[^\W\d_][\w'’-]*|\d{4}\b")
_ASCII_WORD = re.compile(r"[a-z][\w'’-]*|\d{4}\b")
""":data:`_WORD` for lower-case ASCII text, where a letter is ``[a-z]``: a range the engine tests at once, not a
class of Unicode categories (some twice as fast on a claim's words)."""


def _words(segment: str) -> list[str]:
    """The lower-case words of a stretch of a claim (curly apostrophes made straight)."""
    if segment.isascii():
        return _ASCII_WORD.findall(segment.lower())  # lower case first: no ASCII letter changes class or length
    return [w.lower().replace("’", "'") for w in _WORD.findall(segment)]


def _plain_words(segment: str) -> list[str]:
    """:func:`_words` without what follows an apostrophe ("nation's" -> "nation")."""
    words = _words(segment)
    if "'" not in segment and "’" not in segment:
        return words
    return [w.split("'")[0] for w in words]


@cache
def _comparative() -> re.Pattern[str]:
    """A comparison: its figure is a difference or a relative share, of two things at once."""
    words = "|".join(re.escape(w) for w in load("measures")["comparatives"])
    return re.compile(rf"\b(?:{words})\b(?:\s+than\b)?", re.IGNORECASE)


_FIGURE_NEXT = re.compile(r"\s+(?:[$€£¥₹]?\d|(?:a|an|one|two|three|four|five|six|seven|eight|nine|ten|half)\b)", re.I)
"""After "than", a figure: "more than 1,100", "less than a third" bound a figure; they compare nothing."""


@dataclass(frozen=True, slots=True)
class _Frame:
    """How a figure's clause presents it."""

    comparative: bool
    """A comparison ("better about 8% of the time", "more fees than ..."): a difference, not a level."""
    norm: bool
    """A goal, limit or rule ("a maximum depth of five"), not a measurement."""
    scope: str
    """ "whole" for a total ("208 total bids"), "part" for one of several ("19 bids on the busiest day")."""


@lru_cache(maxsize=FIGURE_MEMO)
def _frame(text: str, first: int, last: int) -> _Frame:
    """How the clause of the figure at ``first:last`` presents it (the memo is keyed by offsets, which hash
    faster than a :class:`Quantity`)."""
    start = max((m.end() for m in _CLAUSE.finditer(text, 0, first)), default=0)
    end_match = _CLAUSE.search(text, last)
    clause = text[start : end_match.start() if end_match else len(text)]
    runs = _letter_runs(clause)
    # "more than 1,100" and "less than a third" bound a figure; "faster about 70% of the time" compares.
    comparative = _may_hold(runs, _comparative_gate()) and any(
        not (m.group().lower().endswith("than") and _FIGURE_NEXT.match(clause, m.end()))
        for m in _comparative().finditer(clause)
    )
    words = set(_plain_words(clause))
    norms, wholes, parts = _scope_words()
    if not words.isdisjoint(wholes):
        scope = "whole"
    else:
        scope = "part" if _may_hold(runs, _parts_gate()) and parts.search(clause) else ""
    return _Frame(comparative, not words.isdisjoint(norms), scope)


_LETTERS = bytes(c + 32 if 65 <= c <= 90 else c if 97 <= c <= 122 else 32 for c in range(256))
"""Byte table: ASCII letters to lower case, every other byte to a space."""


def _letter_runs(text: str) -> frozenset[bytes] | None:
    """The runs of ASCII letters of an ASCII text, in lower case; None for a text with other characters
    (case-insensitive patterns fold some of them into ASCII letters)."""
    if not text.isascii():
        return None
    return frozenset(text.encode().translate(_LETTERS).split())


def _gate(words: list[str]) -> frozenset[bytes] | None:
    """The words of a case-insensitive ``\\b(?:word|...)\\b`` pattern, to test a text for before the pattern is run
    (:func:`_may_hold`), when every word is lower-case ASCII letters; None (always run it) otherwise."""
    if all(w.isascii() and w.isalpha() and w.islower() for w in words):
        return frozenset(w.encode() for w in words)
    return None


def _may_hold(runs: frozenset[bytes] | None, gate: frozenset[bytes] | None) -> bool:
    """Whether a text whose letter runs are ``runs`` may match a pattern whose words are ``gate``: a word of
    it matched between two word boundaries of an ASCII text is one whole run of letters there."""
    return runs is None or gate is None or not runs.isdisjoint(gate)


@cache
def _comparative_gate() -> frozenset[bytes] | None:
    return _gate(load("measures")["comparatives"])


@cache
def _parts_gate() -> frozenset[bytes] | None:
    data = load("measures")["parts"]
    return _gate([*data["ranked"], *data["each"]])


def _framed_alike(a: _Frame, b: _Frame) -> bool:
    return not (a.comparative or b.comparative or a.norm or b.norm) and a.scope == b.scope


@cache
def _scope_words() -> tuple[frozenset[str], frozenset[str], re.Pattern[str]]:
    """Norm and whole words, and a pattern for one part of several (``knowledge/measures.json``): "on the
    busiest day", "in its first year", "per school"; a superlative said of the figure itself ("the 1,500 cuts
    were the largest") picks out no part."""
    data = load("measures")
    ranked = "|".join(re.escape(w) for w in data["parts"]["ranked"])
    each = "|".join(re.escape(w) for w in data["parts"]["each"])
    parts = re.compile(
        rf"\b(?:on|in|at|for|from|of|during|by|to)\s+(?:the|its|their|his|her|our|a)\s+(?:single\s+)?(?:{ranked})\b"
        rf"|\b(?:{each})\b(?!\s+cent\b)",
        re.IGNORECASE,
    )
    return frozenset(data["norms"]), frozenset(data["wholes"]), parts

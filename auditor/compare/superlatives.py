"""Superlatives: what only one thing can be ("Mount Arvel is the highest summit of the Tarn range").

A :class:`Superlative` is read off a claim that opens with a name, a copula and "the" with a superlative of
``knowledge/superlatives.json`` (measurable ones only: "highest", "largest", "oldest", "first"; not "best" or
"most important", which are opinions): the superlative and the content words after it to the end of the clause.
Two different names given the same superlative of the same thing cannot both be right (CON006). Years in the
phrase must agree (the tallest building in 1930 is not the tallest in 2020), and "was" or "became" against "is"
is two times, not two answers (but for "first", which stays first).
"""

from __future__ import annotations

import re
from collections import defaultdict
from dataclasses import dataclass
from functools import cache

from auditor.compare.pairing import Pairing
from auditor.compare.predicates import claim_subject, past_apposition, without_asides
from auditor.compare.statements import stem
from auditor.knowledge import load
from auditor.text import stopwords

MIN_OF = 2
"""What the superlative is of needs this many content words ("summit of the Tarn range"): "the first" alone says
too little."""
MAX_LATER = 12
"""Each superlative is compared with at most this many others of the same key."""

_COPULA = re.compile(r"\s*(?P<verb>is|was|are|were|remains|remained|became|becomes)\s+the\s+(?P<word>[a-z]+)\s+")
_CLAUSE_END = re.compile(
    r"[;:!?,]|\.(?:\s|$)|\s(?:and|but|while|which|who|where|when|because|although|since|after|before|until)\s"
)
_YEAR = re.compile(r"\b(?:1\d{3}|20\d{2})\b")


@dataclass(frozen=True, slots=True)
class Superlative:
    """A name said to be the one thing with a superlative ("the highest summit of the Tarn range")."""

    claim: int
    subject: str
    word: str
    of: tuple[str, ...]
    tense: str
    """"is" for the present, "was" for the past or a change ("became")."""
    years: frozenset[str]
    text: str
    """The superlative phrase as written, for messages."""


@cache
def _words() -> frozenset[str]:
    return frozenset(load("superlatives")["words"])


def find_superlative(claim: int, text: str, p: Pairing) -> Superlative | None:
    """The superlative a claim gives the name it opens with, when it gives one."""
    text = without_asides(text)
    subject, end = claim_subject(text, p)
    if not subject:
        return None
    rest = past_apposition(text[end:])
    m = _COPULA.match(rest)
    if m is None or m.group("word") not in _words():
        return None
    after = rest[m.end() :]
    stop = _CLAUSE_END.search(after)
    clause = after[: stop.start()] if stop else after
    of = tuple(stem(w.lower()) for w in re.findall(r"[^\W_][\w'’-]*", clause) if w.lower() not in stopwords())
    if len(of) < MIN_OF:
        return None
    tense = "is" if m.group("verb") in ("is", "are", "remains") else "was"
    phrase = f"the {m.group('word')} {clause.strip()}"
    return Superlative(claim, subject, m.group("word"), of, tense, frozenset(_YEAR.findall(clause)), phrase)


@cache
def superlative_words() -> frozenset[bytes]:
    """The superlatives as bytes: a claim without one gives none."""
    return frozenset(w.encode() for w in _words())


def _same_name(a: str, b: str) -> bool:
    """Whether two subjects may be one name ("arvel" and "mount arvel")."""
    return a == b or a.endswith(" " + b) or b.endswith(" " + a)


def superlative_conflicts(p: Pairing) -> list[tuple[Superlative, Superlative]]:
    """Pairs (earlier, later) that give the same superlative of the same thing to two different names."""
    buckets: dict[tuple[str, tuple[str, ...]], list[Superlative]] = defaultdict(list)
    words = superlative_words()
    for index, text in enumerate(p.texts):
        if p.words[index].isdisjoint(words) or p.hedged(index) or not text[:1].isupper():
            continue
        found = find_superlative(index, text, p)
        if found is not None:
            buckets[(found.word, found.of)].append(found)
    conflicts: dict[tuple[int, int], tuple[Superlative, Superlative]] = {}
    for same in buckets.values():
        for n, first in enumerate(same):
            for second in same[n + 1 : n + 1 + MAX_LATER]:
                if _same_name(first.subject, second.subject) or first.years != second.years:
                    continue
                if first.tense != second.tense and first.word != "first":
                    continue  # "was the tallest" then, "is the tallest" now: two times
                conflicts.setdefault((first.claim, second.claim), (first, second))
    return [conflicts[k] for k in sorted(conflicts)]

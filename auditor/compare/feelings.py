"""Feelings: one claim that gives a feeling about something and the opposite feeling about the same thing.

"Holmes grows angry when Watson touches his things, explaining that he does not mind his things being touched"
says two things that cannot both be true: anger at an act and no objection to the same act. A :class:`Feeling` is a
word of ``knowledge/feelings.json`` on one side (against: "angry", "hates", "objects to"; for: "pleased",
"welcomes", "enjoys"), turned to the other side by a negator right before it ("does not mind", "was not happy"),
and what it is about: the words after it, up to the next feeling. Two feelings of one claim on opposite sides whose
subjects share a word (by stem: "touches" / "touched") are a statement and its opposite (CON005).

Feelings are compared only inside one claim, where they are most likely one person's about one moment: across
claims, people's feelings change and a story tells how. A claim with a word that sets two times or two things
against each other ("at first", "later", "but", "and", "grows to", "would") is not read, nor is a claim with
fewer than two feelings. "Mind" is a feeling only after a negator ("doesn't mind"; "changes his mind" is no
feeling), "object" only before "to". Each claim is read once, so the cost is linear.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from auditor.compare.pairing import Pairing
from auditor.compare.statements import stem
from auditor.knowledge import load
from auditor.text import stopwords

WINDOW = 8
"""Words after a feeling read as what it is about."""
MAX_FEELINGS = 6
"""A claim with more feelings than this is a list of them, not read (and the pairs of one claim stay few)."""
NEGATED_WITHIN = 3
"""A negator this many words or fewer before a feeling turns it to the other side."""

_TOKENS = re.compile(r"[A-Za-z]+")


@dataclass(frozen=True, slots=True)
class Feeling:
    """A feeling in a claim: its word, its side, and the stems of what it is about."""

    claim: int
    word: str
    against: bool
    """Whether the feeling is against what it is about (after any negator)."""
    about: frozenset[str]


@cache
def _lists() -> dict[str, frozenset[str]]:
    return {k: frozenset(v) for k, v in load("feelings").items() if isinstance(v, list)}


@cache
def _gate() -> frozenset[bytes]:
    """The feeling words as bytes, to pass over claims with none."""
    data = _lists()
    return frozenset(w.encode() for w in data["against"] | data["for"])


@cache
def _change() -> re.Pattern[str]:
    """The words that set two times or two things against each other."""
    words = sorted(_lists()["change"], key=len, reverse=True)
    return re.compile(r"\b(?:" + "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in words) + r")\b", re.IGNORECASE)


def find_feelings(claim: int, text: str) -> list[Feeling]:
    """The feelings of a claim, in order (none when the claim sets two times or things against each other)."""
    if _change().search(text):
        return []
    data = _lists()
    tokens = [t.lower() for t in _TOKENS.findall(text)]
    spots: list[tuple[int, str, bool]] = []
    for n, word in enumerate(tokens):
        against = word in data["against"]
        if not against and word not in data["for"]:
            continue
        negated = any(t in data["negators"] for t in tokens[max(0, n - NEGATED_WITHIN) : n])
        if stem(word) == "mind" and not negated:
            continue  # "changes his mind", "the mind of the race"
        if stem(word) == "object" and tokens[n + 1 : n + 2] != ["to"]:
            continue  # "the object of"
        spots.append((n, word, against != negated))
    stop = stopwords()
    feelings = []
    for k, (n, word, against) in enumerate(spots):
        end = spots[k + 1][0] if k + 1 < len(spots) else len(tokens)
        about = frozenset(stem(t) for t in tokens[n + 1 : min(end, n + 1 + WINDOW)] if t not in stop and len(t) > 2)
        feelings.append(Feeling(claim, word, against, about - {stem(w) for w in data["against"] | data["for"]}))
    return feelings


def feeling_conflicts(p: Pairing) -> list[tuple[Feeling, Feeling]]:
    """Pairs of feelings of one claim on opposite sides about the same thing (one pair per claim at most)."""
    gate = _gate()
    found = []
    for index, text in enumerate(p.texts):
        if len(p.words[index] & gate) < 1 or p.hedged(index):
            continue
        feelings = find_feelings(index, text)
        if len(feelings) > MAX_FEELINGS:
            continue
        pairs = ((a, b) for n, a in enumerate(feelings) for b in feelings[n + 1 :] if a.against != b.against)
        pair = next(((a, b) for a, b in pairs if a.about & b.about), None)
        if pair is not None:
            found.append(pair)
    return found

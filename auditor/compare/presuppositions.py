"""Presuppositions: an act a claim says did not happen, and a claim soon after that speaks of it as done.

"When they learn that she is not in her room, they decide not to search for her" and, next, "The search reveals
the nature of each" cannot both be true: "the search" takes for granted the search the claim before denied. A
:class:`Denial` is a verb of ``knowledge/presuppositions.json`` ('acts', by stem: "search", "investig") after a
phrase that says it did not happen ("decide not to", "refused to", "did not", "never"); the later claim is one of
the next few that names one occurrence of the act with "the" ("the search", "the investigation").

Someone else may have done it after all: a claim in between, or the later claim itself, that uses the verb again
("the police searched the house") leaves the pair alone, and so does a word that makes the denial conditional or
temporary or the mention another act ("until", "without", "instead"; "another search", "the search will ..."). Each
denial looks at most a few claims ahead, and only the few claims before one that names an act are read, so the
cost is linear.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from auditor.compare.pairing import Pairing
from auditor.compare.statements import stem
from auditor.knowledge import load
from auditor.phrases import alternation

MAX_AFTER = 3
"""A denial is compared with this many claims after it."""

_TOKENS = re.compile(r"[A-Za-z]+")
_NEGATED = re.compile(r"\b(?:not|never|no|nobody|none)\b|n['’]t\b", re.IGNORECASE)


@dataclass(frozen=True, slots=True)
class Denial:
    """An act a claim says did not happen, and a later claim that speaks of it as done."""

    claim: int
    act: str
    """The stem of the denied verb ("search")."""
    later: int
    noun: str
    """The noun of the later claim that names the act ("search")."""


@cache
def _data() -> tuple[dict[str, tuple[str, ...]], re.Pattern[str], re.Pattern[str], frozenset[bytes]]:
    """The acts and their nouns, the denial pattern, the quiet words, and the gate of nouns as bytes."""
    data = load("presuppositions")
    acts = {k: tuple(v) for k, v in data["acts"].items()}
    denial = re.compile(rf"\b(?:{alternation(data['denials'])})\s+(?P<verb>[A-Za-z]+)", re.IGNORECASE)
    quiet = re.compile(rf"\b(?:{alternation(data['quiet'])})\b", re.IGNORECASE)
    gate = frozenset(n.encode() for nouns in acts.values() for n in nouns)
    return acts, denial, quiet, gate


def _act(verb: str, acts: dict[str, tuple[str, ...]]) -> str | None:
    """The act a verb form names, by stem ("searched" -> "search", "investigate" -> "investig")."""
    s = stem(verb.lower())
    for act in acts:
        if s == act or (s.startswith(act) and len(s) - len(act) <= 1):
            return act
    return None


def _uses_verb(text: str, act: str, noun: str) -> bool:
    """Whether a claim uses the act's verb, other than as the noun after "the" ("the search")."""
    definite = {m.start(1) for m in re.finditer(rf"\bthe\s+({re.escape(noun)})\b", text, re.IGNORECASE)}
    return any(m.start() not in definite and stem(m.group().lower()).startswith(act) for m in _TOKENS.finditer(text))


def presupposed_denials(p: Pairing) -> list[Denial]:
    """Denied acts that one of the next few claims speaks of as done (one per denial)."""
    acts, denial, quiet, gate = _data()
    named = [index for index, words in enumerate(p.words) if not words.isdisjoint(gate)]
    candidates = sorted({d for later in named for d in range(max(0, later - MAX_AFTER), later)})
    found = []
    for index in candidates:
        text = p.texts[index]
        if denial.search(text) is None or p.hedged(index) or quiet.search(_without_denial(text, denial)):
            continue
        for m in denial.finditer(text):
            act = _act(m.group("verb"), acts)
            if act is None:
                continue
            hit = _later(p, index, act, acts[act], gate, quiet)
            if hit is not None:
                found.append(Denial(index, act, *hit))
                break
    return found


def _without_denial(text: str, denial: re.Pattern[str]) -> str:
    """A claim without its denial phrases (their "not" and "never" are what is read, not a quiet word)."""
    return denial.sub(lambda m: m.group("verb"), text)


def _later(
    p: Pairing, index: int, act: str, nouns: tuple[str, ...], gate: frozenset[bytes], quiet: re.Pattern[str]
) -> tuple[int, str] | None:
    """The first of the next claims that names the act with "the", unless the verb is used again before it."""
    for later in range(index + 1, min(index + 1 + MAX_AFTER, len(p.texts))):
        text = p.texts[later]
        if p.words[later].isdisjoint(gate):
            if _uses_verb(text, act, "\0"):
                return None  # someone else did it after all
            continue
        for noun in nouns:
            if re.search(rf"\bthe\s+{re.escape(noun)}\b", text, re.IGNORECASE):
                if p.hedged(later) or quiet.search(text) or _NEGATED.search(text) or _uses_verb(text, act, noun):
                    return None
                return later, noun
        if _uses_verb(text, act, "\0"):
            return None
    return None

"""Winners: who won a dated contest ("Corran Rowing Club won the 2008 Tarn Regatta").

A :class:`Win` is read off a claim that opens with a name and goes on "won the ..." or "beat/defeated NAME in the
..." (``knowledge/winners.json``), with the contest up to the end of the clause. A contest with a year in its name
has one winner: two different names said to have won it, or a loser said to have beaten the winner, cannot both
be right (CON006). Contests without a year ("won the Kelso Cup") recur and are left alone, and so are shared wins
("Ada Kerr and Mary Vale won ...") against one of their names.
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

MAX_LATER = 12
"""Each win is compared with at most this many later wins of the same contest."""

_NAME = r"[A-Z][\w'’.-]*(?:\s+(?:(?:of|the|de|van|von)\s+)?[A-Z][\w'’.-]*){0,4}"
_CLAUSE_END = re.compile(r"[;:!?,]|\.(?:\s|$)|\s(?:and|but|while|which|who|where|when|after|before|by|with)\s")
_YEAR = re.compile(r"\b(?:1\d{3}|20\d{2})\b")


@dataclass(frozen=True, slots=True)
class Win:
    """A name said to have won a contest, and the name it beat (when said)."""

    claim: int
    winner: frozenset[str]
    """The winner's names, lower case (one, or each of a shared win: "ada kerr", "mary vale")."""
    loser: frozenset[str]
    contest: tuple[str, ...]
    text: str
    """Who won, as written, for messages."""


@cache
def _patterns() -> tuple[re.Pattern[str], re.Pattern[str]]:
    data = load("winners")
    won = "|".join(re.escape(w) for w in data["won"])
    beat = "|".join(re.escape(w) for w in data["beat"])
    return (
        re.compile(rf"\s*(?:{won})\s+the\s+"),
        re.compile(rf"\s*(?:{beat})\s+(?P<loser>{_NAME})(?:['’]s\s+{_NAME})?\s+(?:in|at)\s+the\s+"),
    )


def _names(name: str) -> frozenset[str]:
    """The names of a subject, each lower case ("Ada Kerr and Mary Vale": "ada kerr", "mary vale")."""
    parts = re.split(r"\s*(?:,|&|\band\b)\s*", name.lower())
    return frozenset(" ".join(w.strip(".'’") for w in part.split() if w not in stopwords()) for part in parts if part)


def _same(a: str, b: str) -> bool:
    """Whether two names may be one ("kerr" and "ada kerr")."""
    return a == b or a.endswith(" " + b) or b.endswith(" " + a)


def _meets(a: frozenset[str], b: frozenset[str]) -> bool:
    """Whether two sets of names share one."""
    return any(_same(x, y) for x in a for y in b)


def find_win(claim: int, text: str, p: Pairing) -> Win | None:
    """The win a claim gives the name it opens with, when the contest has a year."""
    text = without_asides(text)
    subject, end = claim_subject(text, p)
    if not subject:
        return None
    rest = past_apposition(text[end:])
    won, beat = _patterns()
    loser = frozenset[str]()
    m = won.match(rest)
    if m is None:
        m = beat.match(rest)
        if m is None:
            return None
        loser = _names(m.group("loser"))
    after = rest[m.end() :]
    stop = _CLAUSE_END.search(after)
    clause = after[: stop.start()] if stop else after
    if not _YEAR.search(clause):
        return None  # "won the Kelso Cup": a contest that recurs
    contest = tuple(stem(w.lower()) for w in re.findall(r"[^\W_][\w'’-]*", clause) if w.lower() not in stopwords())
    written = text[:end].strip()
    return Win(claim, _names(written), loser, contest, written)


@cache
def win_words() -> frozenset[bytes]:
    """The verbs of winning as bytes: a claim without one gives no win."""
    data = load("winners")
    return frozenset(w.split()[0].encode() for w in [*data["won"], *data["beat"]])


def _conflict(a: Win, b: Win) -> bool:
    """Whether two wins of one contest cannot both be true."""
    if _meets(a.winner, b.winner):
        return _meets(a.loser, b.winner) or _meets(b.loser, a.winner)  # one name, or a shared win; unless it lost
    return True


def win_conflicts(p: Pairing) -> list[tuple[Win, Win]]:
    """Pairs (earlier, later) of claims that give one dated contest two winners."""
    buckets: dict[tuple[str, ...], list[Win]] = defaultdict(list)
    words = win_words()
    for index, text in enumerate(p.texts):
        if p.words[index].isdisjoint(words) or not p.has_figure(index) or not text[:1].isupper() or p.hedged(index):
            continue
        found = find_win(index, text, p)
        if found is not None:
            buckets[found.contest].append(found)
    conflicts: dict[tuple[int, int], tuple[Win, Win]] = {}
    for same in buckets.values():
        for n, first in enumerate(same):
            for second in same[n + 1 : n + 1 + MAX_LATER]:
                if first.claim != second.claim and _conflict(first, second):
                    conflicts.setdefault((first.claim, second.claim), (first, second))
    return [conflicts[k] for k in sorted(conflicts)]

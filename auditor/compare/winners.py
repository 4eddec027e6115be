"""Winners: who won a dated contest ("Corran Rowing Club won the 2008 Tarn Regatta").

A :class:`Win` is read off a claim that opens with a name and goes on "won the ..." or "beat/defeated NAME in the
..." (``knowledge/winners.json``), with the contest up to the end of the clause. A contest with a year in its name
has one winner: two different names said to have won it, or a loser said to have beaten the winner, cannot both
be right (CON006). Contests without a year ("won the Kelso Cup") recur and are left alone, and so are shared wins
("Ada Kerr and Mary Vale won ...") against one of their names.

A place in a dated contest is read the same way ("Velez finished third in the 2019 national 10,000 metres", "The
Harriers were runners-up in the 2018 county cup final", "took first place at", "won silver in"): one name with two
places in one contest, or a win and another place, cannot both be right. The contest ends at a clause's end or at a
preposition that says how or against whom ("in record time", "behind Kerr", "by two lengths"), so "won the 2021
marathon in record time" and "finished second in the 2021 marathon behind ..." are one contest. Not read: a place in a
meeting of many events with no event named before it ("third in the 2019 national championships": it may be another
event than the one won), a stage or heat ("fourth on the first stage of ..." has no "in the" after the place), and
places of different names (ties, and a loser's place, are not known).
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
from auditor.phrases import alternation
from auditor.text import stopwords

MAX_LATER = 12
"""Each win is compared with at most this many later wins of the same contest."""

_NAME = r"[A-Z][\w'’.-]*(?:\s+(?:(?:of|the|de|van|von)\s+)?[A-Z][\w'’.-]*){0,4}"
_CLAUSE_END = re.compile(
    r"[;:!?]|,(?!\d)|\.(?:\s|$)|\s(?:and|but|while|which|who|where|when|after|before|by|with|behind|ahead)\s|\sin\s(?!the\b)"
)
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
    place: int | None = None
    """The place a name is said to have taken: 1 for "won the ...", 2 for "finished second in the ..."; None for
    "beat NAME in the ..." (a heat may be won without the contest)."""
    placing: str = "won"
    """How the place is written, for messages ("won", "finished third in")."""


@cache
def _patterns() -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str]]:
    data = load("winners")
    won = alternation(data["won"])
    beat = alternation(data["beat"])
    placed = alternation(data["placed"])
    places = alternation(data["places"])
    medal = alternation(data["medal_verbs"])
    return (
        re.compile(rf"\s*(?:{won})\s+the\s+"),
        re.compile(rf"\s*(?:{beat})\s+(?P<loser>{_NAME})(?:['’]s\s+{_NAME})?\s+(?:in|at)\s+the\s+"),
        re.compile(
            rf"\s*(?:(?:{placed})\s+(?:in\s+|joint\s+(?=last))?(?P<place>{places})(?:\s+place)?"
            rf"|(?:{medal})\s+(?:the\s+)?(?P<medal>{places})(?:\s+medal)?)\s+(?:in|at|for)\s+the\s+",
            re.IGNORECASE,
        ),
    )


@cache
def _places() -> dict[str, int]:
    return {k.lower(): v for k, v in load("winners")["places"].items()}


@cache
def _meetings() -> frozenset[str]:
    return frozenset(load("winners")["meetings"])


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
    won, beat, placed = _patterns()
    loser = frozenset[str]()
    place: int | None = 1
    placing = "won"
    m = placed.match(rest)  # first: "won silver in the ..." is a place, not a win of "silver"
    if m is not None:
        place = _places()[(m.group("place") or m.group("medal")).lower()]
        placing = m.group().strip()[: -len("the")].strip()
    else:
        m = won.match(rest)
    if m is None:
        m = beat.match(rest)
        if m is None:
            return None
        place = None
        loser = _names(m.group("loser"))
    after = rest[m.end() :]
    stop = _CLAUSE_END.search(after)
    clause = after[: stop.start()] if stop else after
    if not _YEAR.search(clause):
        return None  # "won the Kelso Cup": a contest that recurs
    words = [w.lower() for w in re.findall(r"[^\W_][\w'’-]*", clause)]
    if place != 1 and words and words[-1] in _meetings() and "at" not in words:
        return None  # "third in the 2019 championships": maybe in another event than the one won
    contest = tuple(stem(w) for w in words if w not in stopwords())
    written = text[:end].strip()
    return Win(claim, _names(written), loser, contest, written, place, placing)


@cache
def win_words() -> frozenset[bytes]:
    """The verbs of winning as bytes: a claim without one gives no win."""
    data = load("winners")
    return frozenset(w.split()[0].lower().encode() for w in [*data["won"], *data["beat"], *data["placed"]])


def _conflict(a: Win, b: Win) -> bool:
    """Whether two wins (or places) of one contest cannot both be true."""
    if (a.placing != "won" or b.placing != "won") and not a.place == b.place == 1:
        if a.place is None or b.place is None or not _meets(a.winner, b.winner):
            return False  # a place of another name, or a head-to-head win: not known to clash
        return a.place != b.place
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

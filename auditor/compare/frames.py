"""Frames: who gives a figure, and which words name the same measure (``knowledge/measures.json``).

"Officials say the network now reaches 53% of households" gives the network's reach, on the officials' word:
the speaker is not what the figure counts. :func:`attribution` finds such a reporting frame ("X said",
"..., X said.", "according to X") so the rules read the statement without it and know who made it; two
sources that give two figures report a disagreement, which is no contradiction of the article.

:func:`concept` folds the words of one measure to one key ("staff", "employees", "workforce" and "employs"
count the same people), and :func:`change_of` tells a change ("cut 300 jobs") from a level ("employs 1,200").
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from functools import cache

from auditor.compare.statements import signed_key, stem
from auditor.knowledge import load
from auditor.text import stopwords

SPEAKER_WORDS = 6
"""A reporting frame names its speaker in at most this many words."""


@dataclass(frozen=True, slots=True)
class Attribution:
    """A claim's reporting frame: who (content-word stems, empty when nobody is named) and where it stands."""

    speaker: frozenset[str]
    start: int
    end: int


@cache
def _reporting() -> str:
    return "|".join(sorted((re.escape(w) for w in load("measures")["reporting"]), key=len, reverse=True))


ACCORDING = 3
"""The place in :func:`_frames` of the pattern of "according to X"."""


@cache
def _frames() -> tuple[re.Pattern[str], ...]:
    verbs = _reporting()
    speech = "|".join(re.escape(w) for w in load("measures")["reporting_clause"])
    who = rf"(?P<who>[^\W\d][\w'’.&-]*(?:\s+[\w'’.&-]+){{0,{SPEAKER_WORDS - 1}}}?)"
    return (
        # "Officials say (that) ...", "The company's chief executive told reporters ...": verbs of speech, or
        # any reporting verb with "that" ("The harbour reported 6 visitors" reports no one's words).
        re.compile(
            rf"^\s*{who}\s+(?:(?:{speech})(?:\s+(?:reporters|journalists|[A-Z]\w+))?(?:\s+that)?|(?:{verbs})\s+that)"
            rf"\s+(?=\w)"
        ),
        # "..., the company said." / "..., said the mayor." / "..., police told the BBC."
        re.compile(rf",\s*{who}\s+(?:{verbs})(?:\s+[\w'’.-]+){{0,3}}\s*[.!]?\s*$"),
        re.compile(rf",\s*(?:{verbs})\s+{who}\s*[.!]?\s*$"),
        # "according to X", to the end of its clause
        re.compile(r",?\s*\b[Aa]ccording to\s+(?P<who>[^,;.]{1,60})"),
    )


def attribution(text: str) -> Attribution | None:
    """The reporting frame of a claim, if it has one, with its speaker."""
    for n, pattern in enumerate(_frames()):
        if n == ACCORDING and "ccording to" not in text:
            continue  # the pattern tries every position of the text to find its first literal words
        m = pattern.search(text)
        if m is None:
            continue
        words = [w.lower() for w in re.findall(r"[^\W\d_][\w'’-]*", m.group("who"))]
        if len(words) > SPEAKER_WORDS or any(w in ("it", "which", "that") for w in words[:1]):
            continue
        speaker = frozenset(stem(w.split("'")[0].split("’")[0]) for w in words if w not in stopwords())
        return Attribution(speaker, m.start(), m.end())
    return None


def same_source(a: Attribution | None, b: Attribution | None) -> bool:
    """Whether two claims can be held to one account: neither names a source, only one does, or the two
    sources share a word ("the company" / "a company spokesperson")."""
    if a is None or b is None or not a.speaker or not b.speaker:
        return True
    return not a.speaker.isdisjoint(b.speaker)


@cache
def _concepts() -> dict[str, str]:
    """Stem of each single word of a synonym group -> the stem of the group's first word."""
    found: dict[str, str] = {}
    for group in load("measures")["synonyms"]:
        head = stem(group[0])
        for word in group:
            if " " not in word:
                found.setdefault(stem(word), head)
                found.setdefault(signed_key(word), head)  # "employ" is also half of an antonym pair
    return found


def concept(key: str) -> str:
    """A stem folded to its measure's key ("employe", "workforc", "employ" -> "staff")."""
    return _concepts().get(key, key)


def concepts(keys: Iterable[str]) -> frozenset[str]:
    """:func:`concept` of every key."""
    table = _concepts()
    return frozenset([table.get(k, k) for k in keys])


@cache
def _changes() -> dict[str, str]:
    """Each written form of a change word (lower case) -> its group, named by the group's first word."""
    found: dict[str, str] = {}
    for group in load("measures")["changes"]:
        for word in group:
            found.setdefault(word, group[0])
            found.setdefault(stem(word), group[0])  # the stems of a figure's noun ("job cuts" -> "cut")
    return found


def change_of(words: Iterable[str]) -> str:
    """The change the words around a figure speak of ("cut", "rise" ...), or "" for a level."""
    table = _changes()
    for w in words:
        group = table.get(w)
        if group is not None:
            return group
    return ""


@cache
def noun_stops() -> frozenset[str]:
    """Words that end the noun after a figure."""
    return frozenset(load("measures")["noun_stops"])

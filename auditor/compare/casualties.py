"""Casualties: an event said to have killed or hurt nobody in one claim and somebody in another.

"No deaths were reported after the Lydd storm" and "The Lydd storm killed three people" cannot both be true; nor
can "The Lydd fire caused no injuries" and "Four people were injured in the Lydd fire". A :class:`Toll` is an
event (a noun of ``knowledge/casualties.json`` and the capitalised words right before it: "the Lydd storm"), a
kind of harm ("dead" or "hurt") and whether the claim says nobody or somebody suffered it. A nobody and a somebody
of one event and one kind are a conflict of a statement and its denial (CON005). Two counts of somebody are
CON003's figures (:mod:`auditor.compare.measures`). A claim that names two events, or none, is not read.
"""

from __future__ import annotations

import re
from collections import defaultdict
from dataclasses import dataclass
from functools import cache

from auditor.compare.pairing import Pairing
from auditor.knowledge import load
from auditor.phrases import alternation
from auditor.text import stopwords

MAX_LATER = 12
"""Each toll is compared with at most this many later tolls of the same event and kind."""


@dataclass(frozen=True, slots=True)
class Toll:
    """What a claim says an event did to people: nobody or somebody dead or hurt."""

    claim: int
    event: str
    """The event's noun and the capitalised words before it, lower case ("lydd storm")."""
    kind: str
    nobody: bool
    text: str


@cache
def _patterns() -> tuple[re.Pattern[str], dict[str, list[tuple[re.Pattern[str], bool]]]]:
    """The event pattern, and for each kind of harm its (pattern, says nobody) pairs."""
    data = load("casualties")
    numbers = load("numbers")
    words = [w for w in [*numbers["units"], *numbers["tens"]] if w not in ("zero", "no", "none")]
    count = rf"(?<!no )(?<!no-)(?:\d[\d,]*|{alternation(words)}|a|an|dozens|scores|hundreds)"
    people = alternation(data["people"])
    qualified = r"(?:(?:at\s+least|more\s+than|over|nearly|almost|about|around|some)\s+)?"
    names = r"(?P<name>(?:[A-Z][\w'’-]*\s+(?:\d[\w-]*\s+)?){0,3})"
    after = r"(?:\s+of\s+(?:the\s+)?(?P<after>[A-Z][\w'’-]*(?:\s+[A-Z0-9][\w'’-]*){0,3}))?"
    event = re.compile(rf"\b{names}(?P<noun>(?i:{alternation(data['events'])}))\b{after}")
    kinds: dict[str, list[tuple[re.Pattern[str], bool]]] = {}
    for kind in ("dead", "hurt"):
        forms = data[kind]
        parts = alternation(forms["participles"])
        verbs = alternation(forms["verbs"]) if forms["verbs"] else "(?!)"
        nouns = alternation(forms["nouns"])
        nobody = [
            rf"\b(?:no\s+one|nobody|no-one|none)\s+(?:(?:of\s+the\s+\w+\s+)?(?:was|were|has\s+been|had\s+been)\s+(?:{parts})|(?:{verbs}))\b",
            rf"\b(?:there\s+(?:were|was|have\s+been)\s+no|caused\s+no|claimed\s+no|left\s+no|no|without\s+any|without)\s+(?:{nouns})\b",
        ]
        somebody = [
            rf"\b{qualified}{count}\s+(?:(?:of\s+the\s+)?(?:{people})\s+)?(?:were|was|have\s+been|had\s+been)\s+(?:{parts})\b",
            rf"\b(?:{parts})\s+{qualified}{count}\s+(?:{people})\b",
            rf"\b{qualified}{count}\s+(?:(?:{people})\s+)?(?:{verbs})\b",
            rf"\b(?:claimed|left|caused)\s+{qualified}{count}\s+(?:{nouns}|(?:{people})\s+(?:dead|injured))\b",
        ]
        kinds[kind] = [(re.compile(p, re.IGNORECASE), True) for p in nobody]
        kinds[kind] += [(re.compile(p, re.IGNORECASE), False) for p in somebody]
    return event, kinds


@cache
def _words() -> frozenset[bytes]:
    """The event nouns as bytes, to find the claims worth reading."""
    return frozenset(w.encode() for w in load("casualties")["events"])


def _event(m: re.Match[str]) -> str:
    """An event as compared: its capitalised words but function words, and its noun, lower case."""
    name = [w for w in f"{m.group('name')} {m.group('after') or ''}".lower().split() if w not in stopwords()]
    return " ".join([*name, m.group("noun").lower()])


def find_tolls(claim: int, text: str) -> list[Toll]:
    """What a claim that names one event says it did to people."""
    event_pattern, kinds = _patterns()
    events = {_event(m) for m in event_pattern.finditer(text)}
    if len(events) != 1:
        return []
    event = events.pop()
    found = []
    for kind, patterns in kinds.items():
        said = {nobody for pattern, nobody in patterns if pattern.search(text)}
        if len(said) == 1:
            found.append(Toll(claim, event, kind, said.pop(), text))
    return found


@cache
def _updates() -> re.Pattern[str]:
    """Words of a report that a later one may correct ("so far", "initially")."""
    return re.compile(rf"\b(?:{alternation(load('casualties')['updates'])})\b", re.IGNORECASE)


@cache
def _others() -> str:
    """Words before an event noun that tell of another event of its kind ("another fire")."""
    return alternation(load("casualties")["others"])


def toll_conflicts(p: Pairing) -> list[tuple[Toll, Toll]]:
    """Pairs (earlier, later) of one event and kind of harm said to befall nobody and somebody."""
    words = _words()
    by_event: dict[tuple[str, str], list[Toll]] = defaultdict(list)
    updates = _updates()
    for index, text in enumerate(p.texts):
        if p.words[index].isdisjoint(words) or p.hedged(index) or updates.search(text):
            continue
        for toll in find_tolls(index, text):
            by_event[(toll.event, toll.kind)].append(toll)
    if by_event:
        others = _others()
        joined = "\n".join(p.texts)
        for event, kind in list(by_event):
            if " " not in event and re.search(rf"\b(?:{others})\s+{re.escape(event)}", joined, re.IGNORECASE):
                del by_event[(event, kind)]  # "the fire" when the article tells of another fire: which one?
    conflicts: dict[tuple[int, int], tuple[Toll, Toll]] = {}
    flagged: set[int] = set()
    for tolls in by_event.values():
        for n, first in enumerate(tolls):
            for second in tolls[n + 1 : n + 1 + MAX_LATER]:
                if first.nobody != second.nobody and first.claim != second.claim and second.claim not in flagged:
                    conflicts.setdefault((first.claim, second.claim), (first, second))
                    flagged.add(second.claim)
    return [conflicts[k] for k in sorted(conflicts)]

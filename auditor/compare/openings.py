"""Openings: the first event of one thing, told in other words, given two years (CON004).

A thing starts once, and English tells it many ways: "the museum opened in 1998", "since its opening in 2001",
"The Kell Gallery first opened its doors in 1975", "the zoo welcomed its first visitors in 1931", "the helpline
began operating in 2015", "The hospital, which opened in 1971, ...", "Launched in 2008, the firm ...", "the bakery
has traded since it opened in 1994" (``knowledge/events.json`` "first_events", "first_nouns"). An :class:`Opening`
is the thing (its head noun and the words before it), the kind of event (an opening or a founding) and the year.
Two openings or two foundings of one thing with two years conflict, and so does an opening dated before the
founding (a body founded in 1979 cannot open its doors in 1975; one founded in 1975 may open in 1979).

Quiet where the two may not be the first event of one thing: a thing the article also has in the plural or as
"a", "another", "new" one, different words before the head ("the museum's new wing"), a verb with what was opened
or launched after it ("launched its app in 2015", "set up a Paris office"), a thing told anywhere with a word that
it started more than once or changed ("reopened", "closed", "moved", "again": "first_again"), each claim naming
something the other does not, and claims in a quotation or hedged.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from auditor.compare.traits import DET, HEAD, MODS, a_thing, alike_mods, names_beyond, sole
from auditor.knowledge import load
from auditor.phrases import alternation


@dataclass(frozen=True, slots=True)
class Opening:
    """The first event of a thing as one claim tells it."""

    claim: int
    thing: str
    mods: tuple[str, ...]
    kind: str
    """"opened" or "founded"."""
    year: int
    text: str
    """The words that tell it ("first opened its doors in 1975")."""


_MONTH = r"(?:January|February|March|April|May|June|July|August|September|October|November|December)"
_YEAR = (
    rf"(?:in\s+(?:(?:early|late|mid)[- ])?(?:{_MONTH}\s+)?|on\s+\d{{1,2}}\s+{_MONTH}\s+|on\s+{_MONTH}\s+\d{{1,2}},?\s+)"
    r"(?P<year>1[5-9]\d\d|20\d\d)\b"
)
"""The date of a first event: "in 1998", "in March 1998", "on 4 March 1998", "on March 4, 1998"."""


@cache
def _verbs() -> dict[str, str]:
    table: dict[str, list[str]] = load("events")["first_events"]
    return {phrase: kind for kind, phrases in table.items() for phrase in phrases}


@cache
def _patterns() -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str], re.Pattern[str]]:
    verbs = alternation(_verbs())
    nouns = alternation(load("events")["first_nouns"])
    link = r"(?:,\s+(?:which|that)\s+|\s+(?:which|that)\s+|,\s+|\s+)"
    aux = r"(?:(?:was|were|is|has\s+been|had\s+been)\s+)?(?:(?P<adverb>first|originally|[a-z]+ly)\s+)?"
    verb = rf"(?P<verb>{verbs})\s+{_YEAR}"
    named = re.compile(rf"^(?:The\s+)?(?P<name>(?:[A-Z][\w&'’-]*\s+){{1,4}}?){aux}{verb}")
    fronted = re.compile(
        rf"^\s*(?:First\s+)?(?P<verb>[A-Z][a-z]+(?:\s+up)?)\s+{_YEAR}(?:\s+by\s+[^,]{{1,60}})?,"
        rf"\s+{DET}\s+{MODS}{HEAD}{_VERB_AFTER}"
    )
    states = alternation(load("events")["open_since"])
    state = rf"(?:has|have|had)\s+been\s+(?P<state>{states})\s+since\s+(?P<since>1[5-9]\d\d|20\d\d)\b"
    clause = re.compile(rf"\b{DET}\s+{MODS}{HEAD}{link}(?:{aux}{verb}|{state})")
    since = re.compile(
        rf"\b[Ss]ince\s+(?:its\s+(?P<noun>{nouns})|it\s+(?:was\s+)?(?:first\s+)?(?P<verb>{verbs}))\s+{_YEAR}"
    )
    return clause, named, fronted, since


_VERB_AFTER = r"(?=\s+(?:has|have|had|is|was|were|will|can|now|still|[a-z]+s|[a-z]+ed)\b)"
"""A word after a subject's head that may be its verb ("the arts centre has", "the centre hosts"): the head is the
last noun before it, not a noun modifier ("arts")."""
_SUBJECT = re.compile(rf"^\s*{DET}\s+{MODS}{HEAD}{_VERB_AFTER}")
_AFTER_COMMA = re.compile(rf"\s*,\s+{DET}\s+{MODS}{HEAD}{_VERB_AFTER}")


def find_openings(claim: int, text: str) -> list[Opening]:
    """The first events of things a claim dates (see the module docstring for the wordings read)."""
    clause, named, fronted, since = _patterns()
    found: list[Opening] = []
    later = frozenset(load("events")["second_launch"]) - {"first", "originally"}
    for m in clause.finditer(text):
        if m.group("adverb") not in later:  # "officially launched": after the start
            verb = m.group("verb") or "opened"  # "has been open since 1998"
            found.append(_opening(claim, m.group("head"), m.group("mods"), verb, m))
    if (n := named.match(text)) is not None and n.group("adverb") not in later:
        name = n.group("name").split()
        found.append(_opening(claim, name[-1].lower(), " ".join(name[:-1]), n.group("verb"), n))
    if (f := fronted.match(text)) is not None and f.group("verb").lower() in _verbs():
        found.append(_opening(claim, f.group("head"), f.group("mods"), f.group("verb").lower(), f))
    for m in since.finditer(text):
        subject = _AFTER_COMMA.match(text, m.end()) or _SUBJECT.match(text)
        if subject is None:
            continue
        kind = load("events")["first_nouns"].get(m.group("noun") or "", "") or m.group("verb")
        found.append(_opening(claim, subject.group("head"), subject.group("mods"), kind, m))
    return [o for o in found if o.kind and a_thing(o.thing)]


def _opening(claim: int, head: str, mods: str, verb: str, m: re.Match[str]) -> Opening:
    kind = _verbs().get(verb.lower(), verb.lower() if verb.lower() in ("opened", "founded") else "")
    year = m.groupdict().get("year") or m.group("since")
    return Opening(claim, head.lower(), tuple(mods.split()), kind, int(year), m.group(0).strip())


def opening_conflicts(texts: list[str], skip: frozenset[int]) -> list[tuple[Opening, Opening]]:
    """Pairs of first events of one thing whose years cannot both be true (earlier claim first)."""
    by_thing: dict[str, list[Opening]] = {}
    for index, text in enumerate(texts):
        if index in skip or not _gate(text):
            continue
        for o in find_openings(index, text):
            by_thing.setdefault(o.thing, []).append(o)
    found: list[tuple[Opening, Opening]] = []
    flagged: set[int] = set()
    again = frozenset(load("events")["first_again"])
    for thing, told in by_thing.items():
        if len({o.claim for o in told}) < 2 or not sole(thing, texts):
            continue
        if any(thing in words and not again.isdisjoint(words) for words in (_words(t) for t in texts)):
            continue  # "the theatre reopened in 1998": it started more than once
        for n, first in enumerate(told):
            for second in told[n + 1 :]:
                if second.claim == first.claim or second.claim in flagged or not _conflict(first, second):
                    continue
                if not alike_mods(first.mods, second.mods):
                    continue
                one, other = texts[first.claim], texts[second.claim]
                if names_beyond(one, other) and names_beyond(other, one):
                    continue  # "Ludd Foods opened in 1990" / "Corran Bakeries, the firm, opened in 1994"
                found.append((first, second))
                flagged.add(second.claim)
    return found


def _words(text: str) -> frozenset[str]:
    return frozenset(re.findall(r"[a-z][a-z'’-]*", text.lower()))


_A_YEAR = re.compile(r"(?:1(?<!\w1)[5-9]\d\d|2(?<!\w2)0\d\d)\b")
"""A year from 1500 to 2099 as a word, the word boundary before it read after its first digit: the regex engine
skips to the digits 1 and 2 instead of trying the boundary at every position."""


def _gate(text: str) -> bool:
    return _A_YEAR.search(text) is not None


def _conflict(one: Opening, other: Opening) -> bool:
    if one.year == other.year:
        return False
    if one.kind == other.kind:
        return True
    opened, founded = (one, other) if one.kind == "opened" else (other, one)
    return opened.year < founded.year

"""Durations: one duration of one thing given two values (CON003).

"Grey seals have a lifespan of around 35 years" and later "Their lifespan of around 25 years ...", or "a 3-minute
test" and "The test takes 10 minutes": how long one thing lasts is one quantity, told as a noun and "of" ("a lifespan
of 35 years"), as a modifier ("the 3-minute test", "the 90-minute journey") or with a verb of lasting ("the test
takes", "the course lasts"; ``knowledge/durations.json``); one event's length also with a past verb ("the strike
lasted eleven days") or fronted before a verb that ends it ("After six days on strike, the workers returned"). Each
duration is read in seconds, so "the 90-minute journey" and "the journey takes 1.5 hours" agree.

Hedged values: two values hedged alike ("around 35 years", "about 25 years") are two estimates of one value by one
writer, and conflict when they differ by more than :data:`HEDGED_SLACK` of the larger ("around 30" and "around 28"
do; "about 100" and "about 98" do not); a hedged value against an exact one keeps the hedge's range (10% either side,
:data:`auditor.compare.quantities.APPROX_SHARE`), and exact values conflict when they differ. Values in different
units ("4 weeks", "one month") conflict only when they differ by more than :data:`UNIT_SLACK`, and days against
weeks never when the days are five or seven a week ("a 10-day standard" / "two weeks": working days). Nouns of a
stretch of time an article may give for many things ("period", "window", "delay", "standard": ``generic``) are not
read without a word before them ("a gestation period" is read), nor two claims that each name something the other
does not ("Ruiz's 12-month sentence" / "Cole's").

Quiet where the two may not be one duration of one thing: a thing the article also has in the plural or as
"another" or "a second" one, different words before the thing ("the return journey"), an owner one claim names and
the other does not ("the female's lifespan"), a word right after that narrows it ("to York", "in the wild", "per
patient", "by car"), different words of population or setting in the two claims ("wild", "captivity", "males"), a
word of change, time or scope near either ("now", "originally", "new": ``knowledge/sizes.json`` "apart"), different
years, a bound ("up to", "more than"), a range ("25 to 30 years"), and claims in a quotation or hedged.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from functools import cache

from auditor.compare.gates import literal_gate, may_hold
from auditor.compare.quantities import Quantity, find_quantities
from auditor.compare.sizes import Size, apart, years_near
from auditor.compare.statements import stem
from auditor.knowledge import load
from auditor.phrases import alternation
from auditor.text import stopwords

HEDGED_SLACK = 0.05
"""Two hedged values of one duration agree when they differ by at most this share of the larger."""
DAY, WEEK = 86400, 604800
"""Seconds in a day and in a week: a week is five working days or seven days."""
UNIT_SLACK = 0.25
"""Values written in different units agree when they differ by at most this share of the larger (a month is 28 to
31 days; "4 weeks" and "a month" are one length told loosely)."""


@dataclass(frozen=True, slots=True)
class Duration:
    """How long one thing lasts, as one claim tells it."""

    claim: int
    quantity: Quantity
    unit: str
    seconds: float
    thing: str
    """The stem of the thing's noun ("lifespan", "test")."""
    noun: str
    """The thing's noun as written, in lower case."""
    modifiers: tuple[str, ...]
    """Words between the determiner and the thing ("rail" in "the rail journey takes")."""
    owner: str
    """A possessive name or noun before the thing ("female" in "the female's lifespan"), or ""."""
    tense: str = ""
    """"past" for one event's length ("the strike lasted"), "present" for a verb of lasting ("the test takes"), ""
    for a modifier or a noun and "of" ("the five-day strike", "a lifespan of 35 years")."""


@cache
def _data() -> tuple[dict[str, float], dict[str, frozenset[str]]]:
    data = load("durations")
    return dict(data["units"]), {k: frozenset(v) for k, v in data.items() if isinstance(v, list)}


@cache
def _unit_gate() -> re.Pattern[str]:
    """The units of time: every duration read names one after its figure."""
    return literal_gate(_data()[0])


def _unit_pattern() -> str:
    units, _ = _data()
    return alternation(units)


@cache
def _patterns() -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str], re.Pattern[str], re.Pattern[str]]:
    """The unit after a figure, the unit and thing after a modifier figure, the thing and "of" before a figure,
    the thing and a verb of lasting before a figure, and the thing and a past verb of one event's length."""
    _, words = _data()
    units = _unit_pattern()
    owner = r"(?P<det>the|a|an|its|their|his|her|this|our|(?P<owner>[A-Za-z][\w-]*)['’]s?)\s+"
    modifiers = r"(?P<mods>(?:[a-z][a-z-]*\s+){0,2}?)"
    verbs = "|".join(sorted(words["takes"]))
    lasted = alternation(words["lasted"])
    aux = "|".join(sorted(words["auxiliaries"]))
    return (
        re.compile(rf"\s+(?P<unit>{units})\b(?![-'’])", re.IGNORECASE),
        re.compile(rf"-(?P<unit>{units})(?:-long)?\s+(?P<thing>[a-z][a-z-]*)\b(?!['’-])", re.IGNORECASE),
        re.compile(rf"\b{owner}{modifiers}(?P<thing>[a-z][a-z-]*)\s+of\s+$", re.IGNORECASE),
        re.compile(rf"\b{owner}{modifiers}(?P<thing>[a-z][a-z-]*)\s+(?:(?:{aux})\s+)?(?:{verbs})\s+$", re.IGNORECASE),
        re.compile(rf"\b{owner}{modifiers}(?P<thing>[a-z][a-z-]*)\s+(?:{lasted})\s+$", re.IGNORECASE),
    )


@cache
def _ended() -> re.Pattern[str]:
    """After a fronted "After <length>": the event and a verb that ends it, told of a whole subject ("on strike, the
    workers returned"; not "some workers returned", nor "..., but the town held out")."""
    _, words = _data()
    ends = alternation(words["ends"])
    return re.compile(
        rf"\s+(?:on|of|under)\s+(?:the\s+)?(?P<thing>[a-z][a-z-]*)\s*,\s+(?:the|its|their|all|both)\s+"
        rf"(?:[\w'’-]+\s+){{0,3}}?(?:{ends})\b(?![^.;]*\b(?:but|while|although|though|yet|others|rest|some|most)\b)"
    )


_TOKEN = re.compile(r"[a-z][a-z'’-]*")
_WORD = re.compile(r"[a-z]+")
_DETERMINED = re.compile(
    r"\b(?P<det>the|a|an|its|their|his|her|this|our|(?P<owner>[A-Za-z][\w-]*)['’]s?)\s+(?P<mods>(?:[a-z][a-z-]*\s+){0,2}?)$",
    re.IGNORECASE,
)
"""A determiner or a possessive, and at most two modifiers, before a modifier figure ("the new | 3-minute test")."""
_RANGE_AFTER = re.compile(r"\s*(?:-|–|to|or|and)\s*\d")
_RANGE_BEFORE = re.compile(r"(?:\d\s*(?:-|–|to|or|and)|\b(?:between|from))\s*$", re.IGNORECASE)


def find_durations(claim: int, text: str) -> list[Duration]:
    """The durations of things a claim gives (see the module docstring for the wordings read)."""
    if not may_hold(text, _unit_gate()):
        return []  # no unit of time
    units, words = _data()
    after_unit, modifier, of, lasting, lasted = _patterns()
    found: list[Duration] = []
    for q in find_quantities(text):
        if q.unit or q.qualifier not in ("exact", "approx") or q.value <= 0:
            continue
        if _RANGE_AFTER.match(text, q.end) or _RANGE_BEFORE.search(text, max(0, q.start - 12), q.start):
            continue  # "25 to 30 years", "between 2 and 3 minutes": a range
        before = text[max(0, q.start - 60) : q.start]
        m = modifier.match(text, q.end)
        if m is not None:
            det = _DETERMINED.search(before)
            after = _tokens(text[m.end() : m.end() + 30])[:1]
            counted = det is not None or q.text.lower().startswith(("a ", "an "))  # "a two-year course"
            if not counted or (after and after[0] in words["narrowing"]):
                continue  # "the 90-minute journey to York": one route of several
            q = replace(q, text=re.sub(r"^(?i:an?)\s+", "", text[q.start : m.end("unit")]))
            mods, owner = (det.group("mods"), det.group("owner")) if det else ("", "")
            found.append(_duration(claim, q, m.group("unit"), m.group("thing"), mods, owner))
            continue
        u = after_unit.match(text, q.end)
        if u is None:
            continue
        ended = _ended().match(text, u.end()) if text[: q.start].strip() == "After" else None
        if ended is not None:  # "After six days on strike, the workers returned": the strike's length
            q = replace(q, text=text[q.start : u.end()])
            found.append(replace(_duration(claim, q, u.group("unit"), ended.group("thing"), "", ""), tense="past"))
            continue
        following = _tokens(text[u.end() : u.end() + 30])[:1]
        if following and following[0] in words["narrowing"]:
            continue  # "around 7 years in the wild", "10 minutes per patient"
        said = of.search(before) or lasting.search(before) or lasted.search(before)
        if said is not None:
            q = replace(q, text=text[q.start : u.end()])
            thing, mods, owner = said.group("thing", "mods", "owner")
            tense = {lasting: "present", lasted: "past"}.get(said.re, "")
            found.append(replace(_duration(claim, q, u.group("unit"), thing, mods, owner), tense=tense))
    unread = stopwords() | frozenset(units)
    generic = words["generic"]  # "a period of 30 days" is unread; "a gestation period of 22 months" is read
    return [d for d in found if d.noun not in unread and (d.modifiers or d.noun not in generic) and d.seconds > 0]


def _duration(claim: int, q: Quantity, unit: str, thing: str, mods: str | None, owner: str | None) -> Duration:
    units, _ = _data()
    size = units[unit.lower()]
    owned = (owner or "").lower()
    if owned in stopwords():
        owned = ""
    noun = thing.lower()
    return Duration(claim, q, unit.lower(), q.value * size, stem(noun), noun, tuple(_tokens(mods or "")), owned)


def _tokens(text: str) -> list[str]:
    return _TOKEN.findall(text.lower())


def duration_conflicts(texts: list[str], skip: frozenset[int]) -> list[Size]:
    """Pairs of durations of one thing that cannot both be true, each later claim against one earlier claim."""
    _, words = _data()
    durations = [d for index, text in enumerate(texts) if index not in skip for d in find_durations(index, text)]
    by_thing: dict[str, list[Duration]] = {}
    for d in durations:
        text = texts[d.claim]
        if d.tense == "past" and text.startswith("After "):
            text = " " * len("After") + text[len("After") :]  # "After six days on strike, ...": the length, not a time
        if not apart(text, d.quantity) and words["others"].isdisjoint(d.modifiers):
            by_thing.setdefault(d.thing, []).append(d)
    found: list[Size] = []
    flagged: set[int] = set()
    for thing, told in by_thing.items():
        if len({d.claim for d in told}) < 2 or not _sole(thing, texts):
            continue
        for n, first in enumerate(told):
            for second in told[n + 1 :]:
                if second.claim == first.claim or second.claim in flagged or not _one_thing(first, second, texts):
                    continue
                if _conflict(first, second):
                    found.append(Size(second.claim, first.claim, second.quantity, first.quantity, first.noun))
                    flagged.add(second.claim)
    return found


def _sole(thing: str, texts: list[str]) -> bool:
    """Whether the article speaks of one such thing only: no plural of its noun, no "another" or "a second" one."""
    _, words = _data()
    pattern = re.compile(rf"\b(\w+)\s+{re.escape(thing)}\w*\b|\b{re.escape(thing)}\w*(?:s|es)\b", re.IGNORECASE)
    for text in texts:
        for m in pattern.finditer(text):
            if m.group(1) is None or m.group(1).lower() in words["others"]:
                return False
    return True


def _one_thing(one: Duration, other: Duration, texts: list[str]) -> bool:
    """Whether two durations of a noun may be of one thing: the same words before it, the same owner (or an owner
    the other claim names), the same words of population or setting, the same years near the figures."""
    if one.modifiers != other.modifiers or {one.tense, other.tense} == {"past", "present"}:
        return False
    for a, b in ((one, other), (other, one)):
        if a.owner and a.owner != b.owner and not any(w.startswith(a.owner) for w in _tokens(texts[b.claim])):
            return False
    if _names_beyond(texts[one.claim], texts[other.claim]) and _names_beyond(texts[other.claim], texts[one.claim]):
        return False  # "Ruiz was given a 12-month sentence" / "Cole's sentence of 18 months": two people's
    scope = [_scope(texts[d.claim]) for d in (one, other)]
    if scope[0] != scope[1]:
        return False
    return years_near(texts[one.claim], one.quantity) == years_near(texts[other.claim], other.quantity)


_NAME = re.compile(r"(?<![\w'’-])[A-Z][\w&-]*")


def _names_beyond(text: str, other: str) -> bool:
    """Whether ``text`` names something ``other`` does not (a capitalised word that is not a function word)."""
    words = set(re.findall(r"[\w&-]+", other.lower())) | stopwords()
    return any(m.group().lower() not in words for m in _NAME.finditer(text))


def _scope(text: str) -> frozenset[str]:
    """The stems of the words of population or setting a claim holds ("females", "the female's": "femal")."""
    _, words = _data()
    return frozenset(stem(w) for w in words["scope"].intersection(_WORD.findall(text.lower())))


def _conflict(one: Duration, other: Duration) -> bool:
    """Whether two values of one duration cannot both be true (see the module docstring for hedges and units)."""
    a, b = one.seconds, other.seconds
    larger = max(a, b)
    units, _ = _data()
    if units[one.unit] != units[other.unit]:
        if {units[one.unit], units[other.unit]} == {DAY, WEEK}:
            days, weeks = (one, other) if units[one.unit] == DAY else (other, one)
            if any(abs(days.quantity.value - weeks.quantity.value * n) <= 1 for n in (5, 7)):
                return False  # "10 days" and "two weeks": ten working days
        return abs(a - b) > UNIT_SLACK * larger
    if one.quantity.qualifier == "approx" and other.quantity.qualifier == "approx":
        return abs(a - b) > HEDGED_SLACK * larger
    return not one.quantity.overlaps(other.quantity)

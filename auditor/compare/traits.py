"""Traits: one attribute of one thing, told in any grammatical form, given two values (CON003).

English gives a thing's size, capacity, staff or length in many forms: a compound modifier ("the 450-bed hospital",
"the 6-mile tunnel", "the 70-member orchestra", "the 600-year-old abbey"), possession ("the hospital has 520
beds", "the museum's 55 rooms", "a workforce of 420", "its battery life of 14 hours"), a verb of holding or
measure ("seats 850 people", "employs 45 people", "sleeps eight", "stretches 26 miles", "runs for 95 minutes"), an
adjective after a measure ("is 4 miles long", "800 years old"), a fronted or appositive measure ("At 650 seats, the
hall ...", "The bridge, 420 metres long, ...") or a relative clause ("the agency, which employs 2,700 people").
A :class:`Trait` reads each as the thing (its head noun and the words before it), the attribute (a count noun
folded by ``knowledge/traits.json`` "counts", a dimension, a duration or an age) and the value, and
:func:`trait_conflicts` compares values of one attribute of one thing across the article.

Precision first, quiet where the two may not be one attribute of one thing at one time: a thing the article also
has in the plural or as "a", "another", "new" one (but "X is a 450-bed hospital" names the one), different words
before the head ("the new wing", "the dinosaur hall"), each claim naming something the other does not, a past
verb ("had 400 beds") against a present or tenseless one, different years, a word of change, time, scope, plan or
rate near either ("after", "each", "average", "plans", "a day": ``knowledge/sizes.json`` and
``knowledge/traits.json`` "apart"), a bound or range ("up to", "more than", "300 to 500"), a compound after "a" that
is not a predicate ("plans for a 600-seat hall"), and claims in a quotation or hedged. A modifier with no
dimension word ("the 95-metre tower") is read as the thing's one main dimension only when the article gives it
length or height, not both. Values written in different units agree within :data:`UNIT_SLACK` (a rounded
conversion).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from functools import cache

from auditor.compare.measures import extent_before
from auditor.compare.quantities import Quantity, find_quantities
from auditor.compare.sizes import Size, years_near
from auditor.compare.starts import Names, kinds_of_things, stands_for
from auditor.compare.statements import stem
from auditor.knowledge import load
from auditor.phrases import alternation
from auditor.text import stopwords, words_after, words_before

UNIT_SLACK = 0.1
"""Values of one measure written in different units agree when they differ by at most this share of the larger."""
DURATION_SLACK = 0.25
"""The same for durations: a month is 28 to 31 days ("4 weeks" and "a month" are one length told loosely)."""
MAX_LATER = 12
"""Each trait is compared with at most this many later traits of its thing and attribute (as
:data:`~auditor.compare.figures.MAX_LATER` bounds the figures compared): one hospital's beds told in every paragraph
of a long text was every pair of them, quadratic."""
BEFORE_WORDS, AFTER_WORDS = 6, 4
"""Words read either side of a figure for a word of another time, scope or plan."""


@dataclass(frozen=True, slots=True)
class Trait:
    """One attribute of one thing with its value, as one claim tells it."""

    claim: int
    thing: str
    """The head noun of the thing ("hospital"), or a name ("calder haulage")."""
    mods: tuple[str, ...]
    """The words before the head, as written ("Royal", "food"): lower-case ones must be in the other's too."""
    attribute: str
    """"beds", "staff", "length", "height", "duration", "age" ..."""
    quantity: Quantity
    low: float
    high: float
    """The value's range in the attribute's base unit (metres, seconds, years, a count)."""
    unit: str
    """The unit as written ("miles", "minute", ""), to allow a rounded conversion between units."""
    past: bool
    main: bool = False
    """A modifier with no dimension word ("the 95-metre tower"): the thing's main dimension."""
    owner: str = ""
    """A possessive name before the thing ("trust" in "the trust's hospital"), in lower case, or ""."""


@cache
def _data() -> dict[str, object]:
    return dict(load("traits"))


@cache
def _list(key: str) -> frozenset[str]:
    value = _data()[key]
    assert isinstance(value, list)
    return frozenset(value)


@cache
def _map(key: str) -> dict[str, str]:
    value = _data()[key]
    assert isinstance(value, dict)
    return dict(value)


@cache
def _counts() -> dict[str, str]:
    """Each count noun to its attribute ("employees": "staff")."""
    table = _data()["counts"]
    assert isinstance(table, dict)
    return {noun: attribute for attribute, nouns in table.items() for noun in nouns}


@cache
def _time_units() -> dict[str, float]:
    return dict(load("durations")["units"])


@cache
def _sizes_apart() -> frozenset[str]:
    return frozenset(load("sizes")["apart"]) | _list("apart")


DET = r"(?P<det>[Tt]he|[Ii]ts|[Tt]his|[Oo]ur|[Tt]heir|(?P<owner>[A-Za-z][\w-]*)['’]s)"
MODS = r"(?P<mods>(?:[A-Za-z][\w-]*\s+){0,2}?)"
HEAD = r"(?P<head>[a-z][a-z-]*)"
"""Regex parts of a thing's noun phrase, shared with :mod:`auditor.compare.openings`: a determiner or a possessive
(``DET``: "the", "its", "the trust's"), at most two words before the head (``MODS``) and the head noun (``HEAD``)."""


@cache
def _patterns() -> dict[str, re.Pattern[str]]:
    verbs = alternation(_list("verbs"))
    modals = alternation(_list("modals"))
    hedges = alternation(_list("hedges"))
    of_nouns = alternation(frozenset(_map("of_nouns")))
    of_figure = rf"(?:a|an)\s+(?:(?P<nmod>[a-z]+)\s+)??(?P<ofnoun>{of_nouns})\s+of\s+"  # "has a bed capacity of"
    tail = rf"(?:{of_figure}|(?:to|for)\s+)?(?:(?:{hedges})\s+)?$"
    owned = alternation(_list("owned_verbs"))
    link = r"(?:,\s+(?:which|that)\s+|\s+(?:which|that)\s+|,\s+|\s+)"
    return {
        "clause": re.compile(rf"\b{DET}\s+{MODS}{HEAD}{link}(?:(?:{modals})\s+)?(?P<verb>{verbs})\s+{tail}"),
        "named": re.compile(
            rf"^(?:The\s+)?(?P<name>(?:[A-Z][\w&'’-]*\s+){{1,4}}?)(?:(?:{modals})\s+)?(?P<verb>{verbs})\s+{tail}"
        ),
        "possessive": re.compile(rf"\b{DET}\s+{MODS}{HEAD}['’]s\s+(?:(?:{hedges})\s+)?$"),
        "owned": re.compile(
            rf"\b{DET}\s+{MODS}{HEAD}['’]s\s+(?:(?P<nmod>[a-z]+)\s+)??(?P<ofnoun>{of_nouns})\s+(?:{owned})\s+"
            rf"(?:(?:{hedges})\s+)?$"
        ),
        "of": re.compile(rf"\b{DET}\s+{MODS}(?P<ofnoun>{of_nouns})\s+of\s+(?:(?:{hedges})\s+)?$"),
        "apposition": re.compile(rf"\b{DET}\s+{MODS}{HEAD},\s+(?:(?:{hedges})\s+)?$"),
        "compound_det": re.compile(
            rf"(?:(?P<pred>\b(?:is|was|as)\s+|,\s+)(?P<a>an?)|\b{DET})\s+(?P<mods2>(?:[A-Za-z][\w-]*\s+){{0,2}}?)$"
        ),
        "fronted_subject": re.compile(rf"\s*,\s+{DET}\s+{MODS}{HEAD}\b(?!['’-])"),
    }


_COMPOUND = re.compile(
    r"-(?P<noun>[a-z]+)(?:-(?P<adj>old|long|tall|high|wide|deep))?\s+(?P<head>[a-z][a-z-]*)\b(?!['’-])"
)
_UNIT_COMPOUND = re.compile(r"(?:-(?P<adj>long|tall|high|wide|deep))?\s+(?P<head>[a-z][a-z-]*)\b(?!['’-])")
_NOUN_AFTER = re.compile(r"\s+(?P<noun>[a-z][a-z-]*)\b")
_WORD = re.compile(r"[a-z][a-z'’-]*")
_RANGE_AFTER = re.compile(r"\s*(?:-|–|to|or)\s*\d")
_RANGE_BEFORE = re.compile(r"(?:\d\s*(?:-|–|to|or|and)|\b(?:between|from))\s*$", re.IGNORECASE)
_DIMENSION_AFTER = re.compile(
    r"\s+(?:(?P<adj>long|tall|high|wide|deep|old)\b|(?P<across>across)(?=\s*(?:[,.;:)]|$))|in\s+(?P<in>length|height|width|depth)\b)"
)


def find_traits(claim: int, text: str) -> list[Trait]:
    """The attributes of things a claim gives with their values (see the module docstring for the forms)."""
    found: list[Trait] = []
    for q in find_quantities(text):
        if q.qualifier not in ("exact", "approx") or q.value <= 0 or q.unit in _currencies() or q.unit == "%":
            continue
        if _RANGE_AFTER.match(text, q.end) or _RANGE_BEFORE.search(text, max(0, q.start - 12), q.start):
            continue
        if text[q.end : q.end + 1].isalnum():
            continue  # "18F": a name, not a figure
        trait = _compound(claim, text, q) or _plain(claim, text, q)
        if trait is not None and a_thing(trait.thing):
            found.append(trait)
    return found


def a_thing(head: str) -> bool:
    """Whether a head word may name a thing: a word, not a function word, an adverb ("officially") or a word of
    ``knowledge/traits.json`` "not_things"."""
    return bool(head) and head not in stopwords() and not head.endswith("ly") and head not in _list("not_things")


@cache
def _currencies() -> frozenset[str]:
    return frozenset(load("numbers")["currencies"].values())


def _compound(claim: int, text: str, q: Quantity) -> Trait | None:
    """"The 450-bed hospital", "the 6-mile tunnel", "the 600-year-old abbey", "Aldgate is a 450-bed hospital"."""
    det = _patterns()["compound_det"].search(text, max(0, q.start - 60), q.start)
    if det is None:
        return None
    if q.unit:
        if not q.adjective:
            return None
        m = _UNIT_COMPOUND.match(text, q.end)
        if m is None:
            return None
        attribute, dimension = _unit_attribute(q, m.group("adj") or "")
        low, high, unit = q.low, q.high, q.text.split("-")[-1].lower()
    else:
        m = _COMPOUND.match(text, q.end)
        if m is None:
            return None
        noun, adj = m.group("noun"), m.group("adj") or ""
        seconds = _time_units().get(noun)
        if seconds is not None:
            if adj == "old" and noun in ("year", "years"):
                attribute, dimension, low, high = "age", "", q.low, q.high
            elif not adj:
                attribute, dimension, low, high = "duration", "", q.low * seconds, q.high * seconds
            else:
                return None
        elif adj or noun == "strong" or noun in _list("not_units"):
            return None  # "-strong" is read by auditor.compare.sizes; "twenty-first", "two-plus"
        else:
            attribute, dimension, low, high = _counts().get(noun, stem(noun)), "", q.low, q.high
        unit = noun
    mods = tuple((det.group("mods2") or "").split())
    head = m.group("head")
    main = bool(q.unit) and not dimension and attribute == "length"
    return Trait(claim, head, mods, attribute + dimension, q, low, high, unit, False, main, _owner(det))


def _unit_attribute(q: Quantity, dimension_word: str) -> tuple[str, str]:
    """The attribute of a figure with a unit ("length", "area", "storeys") and its dimension ("/height")."""
    if q.unit == "height":
        return "storeys", ""  # "12-storey", "15 floors": quantities reads storeys as a height
    if q.unit == "seats":
        return "seats", ""
    dimension = _map("dimensions").get(dimension_word, "")
    return q.unit, (f"/{dimension}" if dimension else "")


def _plain(claim: int, text: str, q: Quantity) -> Trait | None:
    """A figure after its thing and a verb, a possessive, "a NOUN of", an apposition or a fronted phrase."""
    before = text[max(0, q.start - 90) : q.start]
    after = _DIMENSION_AFTER.match(text, q.end)
    adjective = (after.group("adj") or after.group("across") or after.group("in")) if after else ""
    noun_m = _NOUN_AFTER.match(text, q.end)
    noun = noun_m.group("noun") if noun_m and not q.unit else ""
    if noun_m and noun in _time_units() and (after := _DIMENSION_AFTER.match(text, noun_m.end())):
        adjective = after.group("adj") or after.group("across") or after.group("in")  # "800 years old"
    pats = _patterns()
    head, mods, verb, ofnoun, past = "", (), "", "", False
    if (m := pats["owned"].search(before)) is not None:  # "the club's membership stands at 650"
        head, mods, ofnoun = m.group("head"), tuple(m.group("mods").split()), m.group("ofnoun")
        noun = _nmod(m) or noun
    elif (m := pats["possessive"].search(before)) is not None:
        head, mods = m.group("head"), tuple(m.group("mods").split())
        if not noun and not q.unit:
            return None  # "the club's 35": a count with no noun
    elif (m := pats["of"].search(before)) is not None:
        words, ofnoun = m.group("mods").split(), m.group("ofnoun")
        if words and words[-1].lower() in _counts():
            noun, words = noun or words[-1].lower(), words[:-1]  # "its bed capacity of 450": the beds it has
        if _map("of_nouns").get(ofnoun) == "duration" and words:
            head, mods = words[-1].lower(), tuple(words[:-1])  # "its battery life of 14 hours": the battery's
        else:
            head, mods = (m.group("owner") or "").lower(), tuple(words)
    elif (m := pats["clause"].search(before)) is not None or (m := pats["named"].search(before)) is not None:
        verb, ofnoun = m.group("verb"), m.group("ofnoun") or ""
        noun = _nmod(m) or noun
        if "name" in m.groupdict():
            name = m.group("name").split()
            if any("'" in w or "’" in w for w in name):
                return None  # "We’ve had ...", "Estonia’s Information System Authority has ..."
            last = name[-1].lower()
            head, mods = (last, tuple(name[:-1])) if last in _kinds() else (" ".join(name).lower(), ())
        else:
            head, mods = m.group("head"), tuple(m.group("mods").split())
        if verb in _list("needs_adjective") and not adjective:
            return None  # "the tower is 120 metres" with no dimension; "the firm is 300 ..."
        past = verb in _list("past")
    elif (m := pats["apposition"].search(before)) is not None and (adjective or noun):
        head, mods = m.group("head"), tuple(m.group("mods").split())
        end = after.end() if after else noun_m.end() if noun_m else q.end  # "300 years old", "420 metres long"
        if not re.match(r"\s*,", text[end:]):
            return None  # "The bridge, 420 metres long, opened": the measure closes with a comma
    elif _opening(text, q.start) in _list("fronts") and (
        m := pats["fronted_subject"].match(text, after.end() if after else noun_m.end() if noun_m and noun else q.end)
    ):
        head, mods = m.group("head"), tuple(m.group("mods").split())
    else:
        return None
    if re.search(r"\bof\s+$", before[: m.start()]) and m.re is not pats["fronted_subject"]:
        return None  # "Each session of the course runs for two hours": a part of the thing
    found = _valued(claim, q, head, mods, verb, ofnoun, noun, adjective, past)
    return replace(found, owner=_owner(m)) if found is not None else None


def _opening(text: str, end: int) -> str | None:
    """``text[:end].strip()`` when it is no longer than the longest fronted opening ("Standing at"), else None:
    only the white space at its two ends and that many characters are looked at, not all of a long claim before
    each of its figures."""
    stop = end
    while stop > 0 and text[stop - 1].isspace():
        stop -= 1
    begin = 0
    while begin < stop and text[begin].isspace():
        begin += 1
    return text[begin:stop] if stop - begin <= _longest_front() else None


@cache
def _longest_front() -> int:
    return max(map(len, _list("fronts")), default=0)


def _nmod(m: re.Match[str]) -> str:
    """A count noun before an attribute noun ("bed" in "a bed capacity of 450"), or ""."""
    nmod = (m.groupdict().get("nmod") or "").lower()
    return nmod if nmod in _counts() else ""


def _owner(m: re.Match[str]) -> str:
    owner = (m.groupdict().get("owner") or "").lower()
    return "" if owner in stopwords() else owner


def _valued(
    claim: int,
    q: Quantity,
    head: str,
    mods: tuple[str, ...],
    verb: str,
    ofnoun: str,
    noun: str,
    adjective: str,
    past: bool,
) -> Trait | None:
    """The trait a plain figure gives, from its unit, the noun after it, the noun before "of" or the verb."""
    if q.unit:
        attribute, dimension = _unit_attribute(q, adjective or verb)
        unit, main = q.text.split()[-1].lower(), not dimension and attribute == "length"
        return Trait(claim, head, mods, attribute + dimension, q, q.low, q.high, unit, past, main)
    seconds = _time_units().get(noun)
    if seconds is not None:
        if adjective == "old" and noun in ("years", "year"):
            return Trait(claim, head, mods, "age", q, q.low, q.high, noun, past)
        lasting = adjective == "long" or (
            not adjective and (not verb or verb in _map("dimensions") or stem(verb) in ("last", "take", "run"))
        )
        if not lasting and _map("of_nouns").get(ofnoun) != "duration":
            return None  # "will have 10 days", "is 3 hours wide"
        return Trait(claim, head, mods, "duration", q, q.low * seconds, q.high * seconds, noun, past)
    if adjective:
        return None
    if noun == "people" or not noun or noun in stopwords():
        attribute = _map("people").get(verb, "") or _map("of_nouns").get(ofnoun, "")
        if not attribute:
            return None
    elif noun in _counts():
        attribute = _counts()[noun]
    elif noun.endswith("s") and not noun.endswith(("ss", "us", "is")) and q.value != 1:
        attribute = stem(noun)
    else:
        return None  # "has four main roles", "4 possible endpoints": not a count noun right after the figure
    return Trait(claim, head, mods, attribute, q, q.low, q.high, "", past)


@cache
def _kinds() -> frozenset[str]:
    return kinds_of_things() | _list("kinds")


def _near(text: str, q: Quantity) -> frozenset[str]:
    before = _WORD.findall(" ".join(words_before(text, q.start, BEFORE_WORDS)).lower())
    after = _WORD.findall(" ".join(words_after(text, q.end, AFTER_WORDS)).lower())
    return frozenset(before) | (frozenset(after) - _list("before_only"))


def _apart(text: str, t: Trait) -> bool:
    """A word of change, time, scope, plan or rate near the figure, or a rate right after its noun."""
    own = {"old"} if t.attribute == "age" else set()
    if not (_sizes_apart() - own).isdisjoint(_near(text, t.quantity)):
        return True
    words = _WORD.findall(text[t.quantity.end : t.quantity.end + 40].lower())
    if not t.quantity.unit and words:
        words = words[1:]  # the count noun
    if words[:1] == ["of"]:
        return True  # "the museum's 55 rooms of the east wing", "the city's 1,600 miles of gas lines": a part
    if words[:1] and words[0] in _list("placing") and not extent_before(text, t.quantity.start):
        return True  # "stands 120 metres above the town", "3 miles from the coast": a place, not a size
    if words and words[0] in _map("dimensions"):
        words = words[1:]
    return bool(words) and words[0] in _list("rates")


def trait_conflicts(texts: list[str], skip: frozenset[int]) -> list[Size]:
    """Pairs of values of one attribute of one thing that cannot both be true, each later claim against one
    earlier claim among the :data:`MAX_LATER` traits of the kind before it (see the module docstring)."""
    read = [t for i, text in enumerate(texts) if i not in skip for t in find_traits(i, text) if not _apart(text, t)]
    names = {t.thing for t in read if " " in t.thing}  # "Calder Haulage has a fleet of 120 lorries"
    named = Names(names)
    by_key: dict[tuple[str, str], list[Trait]] = {}
    for t in read:
        if names and t.thing in kinds_of_things() and not t.mods and (name := stands_for(named, t.claim, texts)):
            t = replace(t, thing=name)  # "The company's 95 lorries": the one firm its claim or the one before names
        by_key.setdefault((t.thing, t.attribute.split("/")[0]), []).append(t)
    found: list[Size] = []
    flagged: set[int] = set()
    single: dict[str, bool] = {}
    for (thing, _), told in by_key.items():
        if len({t.claim for t in told}) < 2:
            continue
        if thing not in single:
            single[thing] = " " in thing or sole(thing, texts)
        if not single[thing]:
            continue
        dims = {t.attribute for t in told if not t.main}
        told = [t for t in told if not t.main or len(dims & {"length/length", "length/height"}) <= 1]
        for n, first in enumerate(told):
            for second in told[n + 1 : n + 1 + MAX_LATER]:
                if second.claim == first.claim or second.claim in flagged or not _alike(first, second, texts):
                    continue
                if _conflict(first, second):
                    found.append(Size(second.claim, first.claim, second.quantity, first.quantity, _name(first)))
                    flagged.add(second.claim)
    return found


_MEASURED = frozenset(
    {"length", "height", "width", "depth", "area", "duration", "age", "mass", "volume", "power", "speed"}
)


def _name(t: Trait) -> str:
    """What the message calls the attribute: "tunnel's length", "hospital's beds count"."""
    what = t.attribute.split("/")[-1]
    return f"{t.thing}'s {what}" if what in _MEASURED else f"{t.thing}'s {what} count"


def _alike(one: Trait, other: Trait, texts: list[str]) -> bool:
    """Whether two traits may be one attribute of one thing at one time."""
    if one.attribute != other.attribute and not (one.main or other.main):
        return False
    if any(t.attribute.endswith(("width", "depth")) for t in (one, other)) and (one.main or other.main):
        return False  # "the 300-metre bridge" is its length or height, not its width
    if one.past != other.past:
        return False
    if not alike_mods(one.mods, other.mods):
        return False
    first, second = texts[one.claim], texts[other.claim]
    for a, b, text in ((one, other, second), (other, one, first)):
        if a.owner and a.owner != b.owner and a.owner not in text.lower():
            return False  # "Ruiz's hospital" / "the hospital": maybe another's
    if names_beyond(first, f"{second} {one.thing}") and names_beyond(second, f"{first} {one.thing}"):
        return False
    return years_near(first, one.quantity) == years_near(second, other.quantity)


def alike_mods(one: tuple[str, ...], other: tuple[str, ...]) -> bool:
    """Whether the words before two heads may describe one thing: each lower-case word of one is in the other
    ("the food bank" / "The Brackley Food Bank"); a capitalised name may be left out ("The Ashcombe school")."""
    return all({w for w in a if w[:1].islower()} <= {w.lower() for w in b} for a, b in ((one, other), (other, one)))


_NAME = re.compile(r"(?<![\w'’-])[A-Z][\w&-]*")


def names_beyond(text: str, other: str) -> bool:
    """Whether ``text`` names something ``other`` does not: a capitalised word that is not a function word, nor
    the claim's first word (a capital of the sentence: "Tickets for the 280-seat cinema ..."; a name there that
    is the thing's owner is read as its owner)."""
    words = set(re.findall(r"[\w&-]+", other.lower())) | stopwords()
    first = len(text) - len(text.lstrip())
    return any(m.start() > first and m.group().lower() not in words for m in _NAME.finditer(text))


def _conflict(one: Trait, other: Trait) -> bool:
    """Whether two values cannot both be true: ranges that do not meet or only touch, by more than a rounded
    conversion's slack when written in different units; for durations, days against weeks agree at five or seven
    days a week."""
    rounded = one.low < one.high and other.low < other.high and one.quantity.value != other.quantity.value
    touching = rounded and bool({one.low, one.high} & {other.low, other.high})
    if not touching and one.low <= other.high * (1 + 1e-9) and other.low <= one.high * (1 + 1e-9):
        return False  # round figures whose ranges only touch ("200" / "300": 250) meet where a writer would write 250
    units = one.unit.rstrip("s"), other.unit.rstrip("s")
    if units[0] == units[1]:
        return True
    if set(units) == {"day", "week"}:
        days, weeks = (one, other) if units[0] == "day" else (other, one)
        if any(abs(days.quantity.value - weeks.quantity.value * n) <= 1 for n in (5, 7)):
            return False  # "the 10-day standard" / "two weeks": working days
    slack = DURATION_SLACK if one.attribute == "duration" else UNIT_SLACK
    gap = max(one.low, other.low) - min(one.high, other.high)
    return gap > slack * max(one.high, other.high)


def sole(head: str, texts: list[str]) -> bool:
    """Every mention of ``head`` is singular and not after "a", "another", "new" ... unless it is the predicate
    of a naming ("Aldgate is a 450-bed hospital"): the article speaks of one such thing."""
    pattern = re.compile(rf"(\S+\s+)?(\S+\s+)?\b{re.escape(head)}(s|es)?\b(?!['’]?-)", re.IGNORECASE)
    others = _list("others")
    for text in texts:
        for m in pattern.finditer(text):
            if m.group(3):
                return False
            before = [w.strip().lower().strip(",") for w in (m.group(1) or "", m.group(2) or "") if w.strip()]
            if before and before[-1] in others:
                if before[-1] in ("a", "an") and len(before) > 1 and before[0] in ("is", "was"):
                    continue
                return False
            if len(before) > 1 and before[0] in ("a", "an") and not re.search(r"\d", before[-1]):
                return False  # "a new hospital", "a children's hospital"
    return True

"""Sizes: a thing's size written as a modifier or a fronted phrase against the size told plainly (CON003).

"The firm employs 4,100 people" and "the 3,800-strong workforce": a count written as "N-strong" before a noun of
staff (``knowledge/sizes.json`` "staff") is the staff count the plain figure gives (:func:`strong_counts`; the
plain figure read by :func:`~auditor.compare.measures.find_measures`, its noun folded to "staff"). "Planners
approved the 180-metre tower" and "At 210 metres, the tower ...": a dimension fronted before the thing it
measures (:func:`fronted_sizes`) is the size its modifier ("the 180-metre tower") or a plain clause ("the tower
is 180 metres tall") gives.

Quiet where the two may be of different times, scopes or things: a word of change, time or scope in either
claim ("now", "cut", "originally", "extended", "worldwide"; ``knowledge/sizes.json`` "apart"), different years,
a narrowed noun ("employs 4,100 people at its plant", "the 3,800-strong UK workforce"), plain figures that
disagree among themselves, a second thing of the kind ("towers", "a tower"), another dimension ("wide"), a
claim in a quotation or hedged. A value within the other's rounding agrees.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from auditor.compare.measures import find_measures
from auditor.compare.quantities import Quantity, find_quantities
from auditor.compare.setting import YEAR
from auditor.compare.statements import stem
from auditor.knowledge import load
from auditor.text import stopwords, words_after, words_before


@dataclass(frozen=True, slots=True)
class Size:
    """A size given as a modifier or a fronted phrase, against the plain figure an earlier or later claim gives."""

    claim: int
    other: int
    written: Quantity
    plain: Quantity
    thing: str


@cache
def _words() -> dict[str, frozenset[str]]:
    data = load("sizes")
    return {key: frozenset(value) for key, value in data.items() if not key.startswith("_")}


_TOKEN = re.compile(r"[a-z][a-z'’-]*")


def _tokens(text: str) -> list[str]:
    return _TOKEN.findall(text.lower())


BEFORE_WORDS = 6
"""Words before a size read for a word of change, time or scope, and for a year ("cut its staff to ...")."""
AFTER_WORDS = 3
"""Words after a size read the same way ("4,100 people worldwide", "the 3,800-strong workforce was cut")."""


def _near(text: str, q: Quantity) -> list[str]:
    """The words around a size in its claim: :data:`BEFORE_WORDS` before it and :data:`AFTER_WORDS` after it."""
    before = words_before(text, q.start, BEFORE_WORDS)
    after = words_after(text, q.end, AFTER_WORDS)
    return [*before, *after]


def _apart(text: str, q: Quantity, own: frozenset[str] = frozenset()) -> bool:
    """A word of change, time or scope near the size (not one of ``own``, the words of what is counted): it may be
    of another time or part."""
    return not (_words()["apart"] - own).isdisjoint(_tokens(" ".join(_near(text, q))))


def apart(text: str, q: Quantity) -> bool:
    """Whether a word of change, time or scope (``knowledge/sizes.json`` "apart") lies near the figure."""
    return _apart(text, q)


def years_near(text: str, q: Quantity) -> frozenset[str]:
    """The years written near a figure in its claim (figures near different years may be of different times)."""
    return _years(text, q)


def _years(text: str, q: Quantity) -> frozenset[str]:
    return frozenset(YEAR.findall(" ".join(_near(text, q))))


def _agree(one: Quantity, other: Quantity) -> bool:
    return one.low <= other.high and other.low <= one.high


_STRONG = re.compile(r"-strong\s+([a-z]+)\b(?!['’-])")


def strong_counts(texts: list[str], skip: frozenset[int]) -> list[Size]:
    """"The 3,800-strong workforce" against the one staff count the article gives plainly ("employs 4,100
    people", "has 4,100 employees"), when every plain staff count agrees and this one does not; and "the
    40-strong team" against "a team of 25" (:func:`_group_counts`)."""
    staff = _words()["staff"]
    written: list[tuple[int, Quantity]] = []
    groups: dict[str, list[tuple[int, Quantity]]] = {}
    professions: dict[str, list[tuple[int, Quantity]]] = {}
    for index, text in enumerate(texts):
        if "-strong" not in text or index in skip or not _words()["others"].isdisjoint(_tokens(text)):
            continue
        for q in find_quantities(text):
            m = _STRONG.match(text, q.end)
            exact = q.value >= 2 and not q.unit and q.qualifier == "exact"
            if m and exact and not _apart(text, q):
                if m.group(1) in staff:
                    written.append((index, q))
                elif profession := _profession(text, q.end):
                    professions.setdefault(profession, []).append((index, q))
                elif m.group(1) not in stopwords():
                    groups.setdefault(m.group(1), []).append((index, q))
    found = [size for head, sizes in groups.items() for size in _group_counts(head, sizes, texts, skip)]
    found += [size for noun, sizes in professions.items() for size in _profession_counts(noun, sizes, texts, skip)]
    if not written:
        return found
    plain: list[tuple[int, Quantity]] = []
    for index, text in enumerate(texts):
        if index in skip:
            continue
        for measure in find_measures(index, text):
            q = measure.quantity
            level = not measure.change and not measure.restriction and not q.unit and not q.adjective
            if measure.noun == {"staff"} and level and "-strong" not in text[q.end : q.end + 8]:
                plain.append((index, q))
    if any(not _words()["others"].isdisjoint(_tokens(texts[i])) for i, _ in plain):
        return found
    staffed = _against(written, plain, texts, skip, "staff")
    return found + [s for s in staffed if _owned_alike(texts[s.claim], s.written, texts[s.other])]


_PROFESSION_STAFF = re.compile(r"-strong\s+([a-z]+)\s+([a-z]+)\b(?!['’-])")


def _profession(text: str, end: int) -> str:
    """The people a body's staff of one profession are ("nurses" for "the 1,900-strong nursing staff"), when
    "N-strong" is followed by a word of ``knowledge/sizes.json`` "professions" and a noun of staff; or ""."""
    m = _PROFESSION_STAFF.match(text, end)
    if m is None or m.group(2) not in _words()["staff"] | _words()["bodies"]:
        return ""
    return str(load("sizes")["professions"].get(m.group(1), ""))


def _profession_counts(
    noun: str, written: list[tuple[int, Quantity]], texts: list[str], skip: frozenset[int]
) -> list[Size]:
    """"The 1,900-strong nursing staff" against the count of that profession the body employs, told plainly:
    "employs 1,400 nurses", "has 1,400 nurses", "its 1,400 nurses" (a word of ``employing`` right before the
    figure, a level, not narrowed)."""
    key = frozenset({stem(noun)})
    plain: list[tuple[int, Quantity]] = []
    for index, text in enumerate(texts):
        if index in skip or noun not in text.lower() or not _words()["others"].isdisjoint(_tokens(text)):
            continue
        for measure in find_measures(index, text):
            q = measure.quantity
            level = not measure.change and not measure.restriction and not q.unit and not q.adjective
            before = [w for w in _tokens(text[max(0, q.start - 30) : q.start]) if w not in _words()["hedges"]][-1:]
            if measure.noun == key and level and before and before[0] in _words()["employing"]:
                plain.append((index, q))
    found = _against(written, plain, texts, skip, f"{noun} on the staff")
    return [s for s in found if _owned_alike(texts[s.claim], s.written, texts[s.other])]


def _group_counts(head: str, written: list[tuple[int, Quantity]], texts: list[str], skip: frozenset[int]) -> list[Size]:
    """"The 40-strong team" against the size the article gives the team plainly: "a team of 25", "the team of
    25 engineers" (a plural noun or a word of ``members`` after the figure), "the team has 25 members"."""
    plain: list[tuple[int, Quantity]] = []
    of = re.compile(
        rf"\b(?:(?:a|an|the|its|their)\s+{re.escape(head)}\s+(?:of|has|had|numbers)"
        rf"|(?P<own>(?:the|its|their)\s+{re.escape(head)}['’]s?))\s+$",
        re.IGNORECASE,
    )
    for index, text in enumerate(texts):
        if index in skip or head not in text.lower() or not _words()["others"].isdisjoint(_tokens(text)):
            continue
        for q in find_quantities(text):
            after = _tokens(text[q.end : q.end + 20])[:1]
            plural = bool(after) and after[0].endswith("s") and not after[0].endswith("ss")
            members = not after or plural or after[0] in _words()["members"] or after[0] in stopwords()
            m = of.search(text, max(0, q.start - 40), q.start)
            if m and m.group("own") and not (after and after[0] in _words()["members"]):
                continue  # "the team's 35 wins": a possessive figure counts members only when it says so
            if m and not q.unit and members:
                plain.append((index, q))
    found = _against(written, plain, texts, skip, head, _words()["members"])
    return [s for s in found if _owned_alike(texts[s.claim], s.written, texts[s.other])]


_OWNER = re.compile(r"(?:\b(its|their|our)|([A-Z][\w&-]*)['’]s?)\s+$")
_PLACE_BEFORE = frozenset({"in", "at", "from", "of", "across", "near", "outside", "around", "on"})


def _owned_alike(text: str, q: Quantity, plain: str) -> bool:
    """Whether "the 3,800-strong workforce" may be of the body the plain count is of: after "the" or "a", yes;
    after a possessive name, when the plain claim names it; after "its", "their" or "our", when every name of
    its claim (not its first word, nor a place after "in", "at" ...) is a word of the plain claim."""
    m = _OWNER.search(text, 0, q.start)
    if m is None:
        return True
    if m.group(2):
        return m.group(2) in plain
    words = set(re.findall(r"[\w&-]+", plain))
    for name in re.finditer(r"(?<![\w'’-])[A-Z][\w&-]*", text):
        before = text[: name.start()].split()[-1:]
        if not before or before[0].lower() in _PLACE_BEFORE or name.group().lower() in stopwords():
            continue
        if name.group() not in words:
            return False
    return True


def _against(
    written: list[tuple[int, Quantity]],
    plain: list[tuple[int, Quantity]],
    texts: list[str],
    skip: frozenset[int],
    thing: str,
    own: frozenset[str] = frozenset(),
) -> list[Size]:
    """Each written size against the plain ones: all plain sizes agree among themselves, every one is in a
    readable claim of the same years, and the written size agrees with none. Words of ``own`` (what is counted:
    "the team's 35 volunteers") are no sign of another scope."""
    if not plain or any(not _agree(a, b) for _, a in plain for _, b in plain):
        return []
    found = []
    for index, q in written:
        others = [(i, p) for i, p in plain if i != index]
        if not others or any(_agree(q, p) for _, p in others):
            continue
        if any(_apart(texts[i], p, own) or _years(texts[i], p) != _years(texts[index], q) for i, p in others):
            continue
        i, p = min(others, key=lambda o: abs(o[0] - index))
        found.append(Size(index, i, q, p, thing))
    return found


_OPENINGS = ("At ", "Measuring ", "Standing ", "Covering ", "Spanning ", "Stretching ")
_FRONTED = re.compile(
    r"\s*(?:At|Measuring|Standing at|Covering|Spanning|Stretching)\s+"
    r"(?:(?:a|an)\s+(?:total\s+)?(?:length|height|span|area|size)\s+of\s+)?"
    r"(?:(?:some|about|around|nearly|almost|roughly)\s+)?$"
)
_SUBJECT = re.compile(
    r"\s*(?:[a-z]+(?:\s+[a-z]+)?\s*)?,\s*(?:the|its|this)\s+((?:[a-z][a-z-]*\s+){0,2}?)([a-z][a-z-]*)\s+(?=[a-z])"
)
"""What follows a fronted size: a dimension word or two ("long", "in length"), a comma and the thing measured."""


def fronted_sizes(texts: list[str], skip: frozenset[int]) -> list[Size]:
    """"At 210 metres, the tower ..." against the tower's size told elsewhere ("the 180-metre tower", "the tower
    is 180 metres tall"), when every such size agrees and the fronted one does not."""
    verbs, dims = _words()["verbs"], _words()["main_dimension"]
    found: list[Size] = []
    for index, text in enumerate(texts):
        if not text[:14].lstrip().startswith(_OPENINGS):
            continue
        quantities = find_quantities(text)
        if index in skip or not quantities or not _FRONTED.fullmatch(text, 0, quantities[0].start):
            continue
        q = quantities[0]
        if _apart(text, q):
            continue
        m = _SUBJECT.match(text, q.end)
        if not q.unit or (q.factor == 1.0 and q.unit not in _dimensions()) or m is None:
            continue
        dimension = text[q.end : m.start(1)].split(",")[0].lower().split()
        other_thing = m.group(1).strip() or m.group(2) in stopwords() or m.group(2) in verbs
        if any(word not in dims for word in dimension) or other_thing:
            continue  # "At 40 metres wide, ...", "the old tower": another dimension, maybe another thing
        head = m.group(2)
        if not _sole(head, texts):
            continue
        plain = _sizes_of(head, q.unit, texts, skip, index)
        found.extend(_against([(index, q)], plain, texts, skip, head))
    return found


@cache
def _dimensions() -> frozenset[str]:
    return frozenset(load("measures")["units"])


def _sole(head: str, texts: list[str]) -> bool:
    """Every mention of ``head`` in the article is singular and definite or a described one ("the tower", "the
    180-metre tower", "its tower"): no "towers", no "a tower", "another tower"."""
    pattern = re.compile(rf"(\S+\s+)?(\S+\s+)?\b{re.escape(head)}(s|es)?\b", re.IGNORECASE)
    for text in texts:
        for m in pattern.finditer(text):
            if m.group(3):
                return False
            before = [w.strip().lower().strip(",") for w in (m.group(1) or "", m.group(2) or "") if w.strip()]
            if before and before[-1] in ("a", "an", "another", "second", "other", "each", "every", "one"):
                return False
    return True


def _sizes_of(head: str, unit: str, texts: list[str], skip: frozenset[int], fronted: int) -> list[tuple[int, Quantity]]:
    """The sizes of the unit the article gives ``head`` elsewhere: as its modifier right before it ("the
    180-metre tower"), or after it and a verb of size ("the tower is 180 metres tall", "the tower stands 180
    metres")."""
    dims, verbs = _words()["main_dimension"], _words()["verbs"]
    found: list[tuple[int, Quantity]] = []
    for index, text in enumerate(texts):
        if index == fronted or index in skip or head not in text.lower():
            continue
        for q in find_quantities(text):
            if q.unit != unit:
                continue
            after = _tokens(text[q.end : q.end + 30])
            if q.adjective and head in after[:2]:  # "the 180-metre tower", "the 54-metre viewing tower"
                found.append((index, q))
                continue
            before = _tokens(text[max(0, q.start - 40) : q.start])
            if q.adjective or head not in before:
                continue
            between = before[before.index(head) + 1 :] if before.count(head) == 1 else ["?"]
            main = not after or after[0] in dims or after[0] in stopwords()
            if between and all(w in verbs for w in between) and main:
                found.append((index, q))
    return found


_CAPACITY = re.compile(r"-([a-z]+)\s+([a-z][a-z-]*)\b(?!['’-])")
"""A capacity modifier's noun and the thing it is the capacity of: "-passenger ferry", "-bed hospital"."""
NEAR_CLAIMS = 2
"""A plain capacity that does not name the thing is read as its capacity only this many claims after the modifier."""


def capacities(texts: list[str], skip: frozenset[int]) -> list[Size]:
    """"The 120-passenger ferry" against the capacity the article gives the thing plainly: "the ferry carries 200
    passengers", "The vessel can carry 200 passengers" in the next claims, "the hospital will hold 140 patients"
    (a word of ``knowledge/sizes.json`` "holding" right before the figure, a noun the modifier's ``capacity``
    counts after it, no rate after it: "200 passengers a day"). One thing of the kind in the article, one
    modifier of the capacity, and no other name in the plain claim."""
    table: dict[str, list[str]] = load("sizes")["capacity"]
    written: dict[tuple[str, str], list[tuple[int, Quantity]]] = {}
    for index, text in enumerate(texts):
        if index in skip or "-" not in text or not _words()["others"].isdisjoint(_tokens(text)):
            continue
        for q in find_quantities(text):
            noun, head = _capacity_of(text, q)
            exact = q.value >= 2 and q.qualifier == "exact"
            if noun in table and exact and head not in stopwords() and not _capacity_apart(text, q):
                written.setdefault((noun, head), []).append((index, q))
    found: list[Size] = []
    for (noun, head), sizes in written.items():
        if len({n for n, _ in written} & {noun}) != 1 or len([k for k in written if k[0] == noun]) != 1:
            continue  # two things with a capacity of one kind: which is which is not told
        if not _sole(head, texts):
            continue
        plain = _plain_capacities(frozenset(table[noun]), head, [i for i, _ in sizes], texts, skip)
        against = _against(sizes, plain, texts, skip, head)
        found += [s for s in against if _owned_alike(texts[s.claim], s.written, texts[s.other])]
    return found


def _capacity_of(text: str, q: Quantity) -> tuple[str, str]:
    """The noun of a capacity modifier and the thing it is the capacity of ("passenger", "ferry" for "the
    120-passenger ferry"; "seat", "venue" for "the 600-seat venue", whose figure is read with its unit); or ("",
    "")."""
    if q.unit == SEATS and q.adjective:
        m = re.match(r"\s+([a-z][a-z-]*)\b(?!['’-])", text[q.end : q.end + 40])
        return ("seat", m.group(1)) if m else ("", "")
    m = _CAPACITY.match(text, q.end)
    return (m.group(1), m.group(2)) if m and not q.unit else ("", "")


SEATS = "seats"
"""The unit of ``knowledge/measures.json`` a figure of seats is read with ("600-seat", "900 seats")."""


def _capacity_apart(text: str, q: Quantity) -> bool:
    """A word of change, time, scope or another thing near a capacity ("the older ferry", "each carriage"), also in
    the words after a modifier's thing ("a 450-bed hospital is planned")."""
    after_head = _tokens(" ".join(words_after(text, q.end, 1 + AFTER_WORDS)[1:]))  # "-bed hospital | is planned in"
    near = [*_tokens(" ".join(_near(text, q))), *after_head]
    return _apart(text, q) or not (_words()["capacity_apart"] | _words()["apart"]).isdisjoint(near)


def _plain_capacities(
    nouns: frozenset[str], head: str, modified: list[int], texts: list[str], skip: frozenset[int]
) -> list[tuple[int, Quantity]]:
    """The plain capacities of the thing: in a claim that names it, or in one of the :data:`NEAR_CLAIMS` claims
    after a modifier's claim that names nothing the modifier's claim does not."""
    holding, rates, openers = _words()["holding"], _words()["rates"], _words()["rate_openers"]
    found: list[tuple[int, Quantity]] = []
    for index, text in enumerate(texts):
        if index in skip or index in modified or not _words()["others"].isdisjoint(_tokens(text)):
            continue
        near = [m for m in modified if 0 < index - m <= NEAR_CLAIMS]
        if head not in _tokens(text) and not (near and all(_names_within(text, texts[m]) for m in near)):
            continue
        for q in find_quantities(text):
            after = _tokens(text[q.end : q.end + 40])
            before = [w for w in _tokens(text[max(0, q.start - 30) : q.start]) if w not in _words()["hedges"]][-1:]
            counted = (q.unit == SEATS and "seats" in nouns) or (not q.unit and bool(after) and after[0] in nouns)
            if q.adjective or not counted or not before or before[0] not in holding:
                continue
            flow = after[1:2] and (after[1] in rates or (after[1] in openers and after[2:3] and after[2] in rates))
            if flow or _capacity_apart(text, q):
                continue  # "200 passengers a day": a flow; "the older ferry": another thing
            found.append((index, q))
    return found


def _names_within(text: str, other: str) -> bool:
    """Whether every capitalised word of ``text`` but its first is a word of ``other``."""
    words = set(re.findall(r"[\w&-]+", other))
    for m in re.finditer(r"(?<![\w'’-])[A-Z][\w&-]*", text):
        if m.start() and m.group().lower() not in stopwords() and m.group() not in words:
            return False
    return True

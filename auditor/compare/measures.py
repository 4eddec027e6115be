"""Measures: the figures of a claim with what they count and the words around them ("cut 1,200 jobs").

Two claims worded differently can still give one quantity two values ("Harwell cut 1,200 jobs" and "Harwell's
1,500 job cuts"). A :class:`Measure` keeps what tells whether two figures measure the same thing: the counted
noun, the predicate before the figure, and the claim's :class:`Setting` (its names, dates, ordinals, modals).
Figures that are not measures (years, dates, clock times, identifiers, ages, changes "by" or "from ... to")
are left out. The figures of an article are compared pair by pair in :mod:`auditor.compare.figures`.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache, lru_cache

from auditor.compare.clauses import _CLAUSE, FIGURE_MEMO, _frame, _framed_alike, _plain_words, _words
from auditor.compare.frames import Attribution, attribution, change_of, concepts, noun_stops, same_source
from auditor.compare.owners import DETERMINER, PRONOUNS, WHICH_OF_THEM, home_to, named_noun, owner_parts
from auditor.compare.owners import key as _key
from auditor.compare.pairing import Pairing
from auditor.compare.quantities import Quantity, bare_year, find_quantities, plain_number
from auditor.compare.setting import YEAR, _period_keys, event_frames
from auditor.compare.statements import labels, signed_key, stem, wordlist
from auditor.knowledge import load
from auditor.phrases import alternation
from auditor.text import stopwords

NOUN_WORDS = 3
"""At most this many words after a figure name what it counts ("1,500 job cuts")."""
CONTEXT_WORDS = 4
"""At most this many words before a figure, in its clause, say what happened to it ("the plant cut")."""
WINDOW = 80
"""Characters read either side of a figure for its noun and its context."""
AFTER_WORDS = 3
"""Content words after a figure's noun that still say what happened to it ("the 3,800 nurses it employs")."""

_OPEN = frozenset(" \t\n(\"'“‘[")
_AFTER_NOT_MEASURE = re.compile(
    r"(?:[:.][\w]|\s*(?:[ap]\.?m\b|o['’]clock)|[-–−—/)\w]|(?:st|nd|rd|th)\b)", re.IGNORECASE
)


@dataclass(frozen=True, slots=True)
class Measure:
    """A figure of a claim and what it measures."""

    claim: int
    quantity: Quantity
    noun: frozenset[str]
    """Measure keys of what the figure counts ("nurs"; "staff" for "employees"), synonyms folded."""
    change: str = ""
    """The change the figure is an amount of ("cut", "rise"), or "" for a level ("employs 1,200")."""
    restriction: frozenset[str] = frozenset()
    """What narrows the noun ("txs *with multiple outputs*"): a part of a whole is not the whole."""

    def same_kind(self, other: Measure) -> bool:
        """Same unit and kind of amount, and the same counted noun (or, for money, percentages and units of
        measurement, none on either side)."""
        if self.quantity.unit != other.quantity.unit or self.change != other.change:
            return False
        if self.measured:
            return True  # a length is the length of what the claims name around it (see figures._same_thing)
        if self.noun and other.noun:
            return not self.noun.isdisjoint(other.noun)
        return not self.noun and not other.noun and bool(self.quantity.unit)

    @property
    def measured(self) -> bool:
        """Whether the figure has a unit of measurement (a length, an area ...), not a count, money or a share."""
        return self.quantity.factor != 1.0 or self.quantity.unit in _dimensions()


@cache
def _dimensions() -> frozenset[str]:
    return frozenset(load("measures")["units"])


def find_measures(claim: int, text: str, words: bool = True) -> list[Measure]:
    """The figures of a claim that measure something, each with the noun it counts.

    Durations ("two months ago", "five years of work", "a lifespan of around 9 years") are left out: an article
    gives many, for many things (one duration of one thing told twice is read by :mod:`auditor.compare.durations`).
    """
    found = []
    for q in find_quantities(text, words, _no_measure):
        if is_measure(q, text):
            keys, after, following = noun_after(text, q.end)
            # "around 9 years": "years" ends the noun as a period, so the keys alone miss it (durations.py reads these)
            if _duration_keys().isdisjoint(keys) and not _how_long(q, text):
                before = _before(text, q.start)
                # "climb the 59-metre tower": a verb before a described dimension is done to the thing, not to its size
                said = _description_start(before) if q.adjective else 0
                near = [*before[-CONTEXT_WORDS:][said:], *following] if not said else [*before[said:], *following]
                noun = named_noun(concepts(keys), before)
                found.append(Measure(claim, q, noun, change_of(near), _restriction(text, q, after)))
    return found


def _description_start(before: tuple[str, ...]) -> int:
    """Where the description a modifier figure stands in starts among the words before it: after its last
    determiner ("visitors climb the | 59-metre tower"), or 0 when there is none."""
    for n in range(len(before) - 1, -1, -1):
        if before[n] in _DETERMINING:
            return n + 1
    return 0


_DETERMINING = frozenset({"the", "a", "an", "its", "their", "his", "her", "this", "that", "our"})


def _no_measure(text: str, start: int, end: int) -> bool:
    """A number in digits whose figure :func:`is_measure` always refuses, told before the figure is read: a
    bare year ("in 1990"), or a number with nothing after it that belongs to its figure before a month or a
    day ("1 August 1942", "5 Monday")."""
    if bare_year(text, start, end):
        return True
    following = text[end : end + 12].split()
    return bool(following) and following[0].lower().strip(",.") in wordlist("months_and_days") and plain_number(
        text, end
    )


def is_duration(q: Quantity, text: str) -> bool:
    """Whether a figure counts units of time ("nine months ago", "two years of work")."""
    following = _plain_words(text[q.end : q.end + 20])
    return bool(following) and stem(following[0]) in _duration_keys()


def _how_long(q: Quantity, text: str) -> bool:
    """Whether a figure counts units of time that say how long something lasts ("a lifespan of around 9 years"),
    not how long ago it happened ("closed 12 years ago": when, compared as the figure comparer does)."""
    following = _plain_words(text[q.end : q.end + 30])
    return is_duration(q, text) and not (len(following) > 1 and following[1] in load("measures")["time_back"])


@cache
def _duration_keys() -> frozenset[str]:
    """Stems of units of time: durations are left out of the figures compared."""
    return frozenset(stem(w) for w in wordlist("durations"))


def is_measure(q: Quantity, text: str) -> bool:
    """A level of something: not a year, date, clock time, duration, identifier, age, change or range."""
    if q.start and text[q.start - 1] not in _OPEN:
        return False  # "graphic-2.jpg", "status/5785": part of a name
    if q.start and text[q.start - 1] == "[" and text[q.end : q.end + 1] == "]":
        return False  # "[3]": a reference marker
    if q.text.isdigit() and len(q.text) == 4 and 1000 <= q.value <= 2100:
        return False  # a year
    if q.text.lower() in ("one", "a", "an") or q.value == 0:
        return False  # "one of the", not a count
    if not q.adjective and _AFTER_NOT_MEASURE.match(text, q.end):
        return False  # "10:30", "3pm", "10-year", "5/6", "1st", "20 (", "5x"; "the 680-metre span" is a measure
    before = text[max(0, q.start - 20) : q.start].split()
    word_before = before[-1].lower().rstrip(".") if before else ""
    if (
        (word_before in wordlist("not_measure_before") and not home_to(before) and not _level_at(before))
        or word_before in wordlist("months_and_days")
        or word_before in labels()
    ):
        return False
    if "|" in text and (_visible_before(text, q.start) == "|" or _visible_after(text, q.end) == "|"):
        return False  # a table cell (most claims have no "|" at all, and nothing is read around the figure)
    if before and before[-1][:1].isupper() and word_before not in stopwords():
        return False  # "Sprint 2", "Route 66": a name
    following = text[q.end : q.end + 12].split()
    return not (following and following[0].lower().strip(",.") in wordlist("months_and_days"))  # "1 August 1942"


_LEVEL_AT = frozenset({"stands", "stood", "standing", "stand", "remains", "remained", "steady", "unchanged"})


def _level_at(before: list[str]) -> bool:
    """Whether the words before a figure end with a level "at" ("unemployment stands at 6 per cent", "remained at
    40"): where something is, not a clock time or the start of a change ("at 9 the meeting began")."""
    return len(before) > 1 and before[-1].lower() == "at" and before[-2].lower() in _LEVEL_AT


def _visible_before(text: str, end: int) -> str:
    """The last character before ``end`` that is not white space ("" when there is none), read backwards from
    ``end``: stripping all the text before each figure was quadratic in a long claim."""
    while end > 0 and text[end - 1].isspace():
        end -= 1
    return text[end - 1] if end else ""


def _visible_after(text: str, start: int) -> str:
    """The first character from ``start`` on that is not white space ("" when there is none)."""
    size = len(text)
    while start < size and text[start].isspace():
        start += 1
    return text[start] if start < size else ""


@lru_cache(maxsize=FIGURE_MEMO)
def _before(text: str, start: int) -> tuple[str, ...]:
    """The plain words before a figure in its clause (read by :func:`find_measures` and :func:`_context`)."""
    parts = _CLAUSE.split(text[max(0, start - WINDOW) : start])
    words = _plain_words(parts[-1])
    if len(parts) > 1 and words[:1] in (["which"], ["who"]):
        # "The Tarrow footbridge, which spans 420 metres": the clause is said of the noun it follows
        return (*_plain_words(parts[-2]), *words[1:])
    return tuple(words)


@lru_cache(maxsize=FIGURE_MEMO)
def noun_after(text: str, end: int) -> tuple[tuple[str, ...], tuple[str, ...], tuple[str, ...]]:
    """Stems of the words right after a figure that name what it counts, the words that follow them in its
    clause, and the first words of the clause (read by :func:`find_measures` and :func:`_after`)."""
    segment = _CLAUSE.split(text[end : end + WINDOW], 1)[0]
    words = _words(segment)
    # The clause's first plain words (what follows an apostrophe dropped, as _plain_words does), for the change.
    following = tuple(w.split("'")[0] for w in words[: NOUN_WORDS + AFTER_WORDS])
    noun: list[str] = []
    linking, ends, periods = wordlist("linking"), _noun_ends(), _period_keys()
    n = 0
    for n, word in enumerate(words):
        if not noun and (word in linking or word.endswith("'s")):
            continue  # "a third of its vegetables", "10% of the nation's fruit"
        base = word.split("'")[0]
        if base in ends:
            break  # "fell 12% last year", "1,200 in March": no noun
        key = signed_key(base)
        if key in periods and not noun:
            break
        noun.append(key)
        if len(noun) == NOUN_WORDS:
            n += 1
            break
    else:
        n = len(words)
    return tuple(noun), tuple(w.split("'")[0] for w in words[n:]), following


@cache
def _noun_ends() -> frozenset[str]:
    """Words that end the noun after a figure: function words, ``noun_stops``, linking words, ordinals, months
    and days (one set, looked up once per word)."""
    words = wordlist("linking") | wordlist("ordinals") | wordlist("months_and_days")
    return stopwords() | noun_stops() | words


_NARROWING = frozenset({"with", "without", "of", "from", "in", "at", "on", "aged", "under", "over", "for", "using"})
"""Prepositions after a counted noun that narrow it ("txs with multiple outputs", "pupils aged 11")."""


_RELATIVE = frozenset({"who", "that", "which"})
_BE = frozenset({"is", "are", "was", "were"})


def _restriction(text: str, q: Quantity, after: tuple[str, ...]) -> frozenset[str]:
    """Content words that narrow what a figure counts: a phrase right after its noun that opens with a
    preposition of :data:`_NARROWING` or a relative clause of state ("the adults *who were disabled*"), to the
    end of the clause or a word of ``noun_stops``; or what the counted
    said, when a verb of saying follows the figure (:func:`_answer`). After a pronoun and its verb ("the 1,200
    paintings it has *on display*", "the nurses it employs *full-time*") the phrase is read the same way."""
    if len(after) > 2 and after[0] in PRONOUNS:
        after = after[2:]
        if after[0] in WHICH_OF_THEM and after[0] not in _NARROWING:
            return concepts([signed_key(after[0])])
    if len(after) > 2 and after[0] in _RELATIVE and after[1] in _BE:
        after = ("of", *after[2:])  # "30% of the adult population *who were disabled*": a part of the whole
    if not after or after[0] not in _NARROWING:
        return _answer(text, q)
    if len(after) > 2 and after[1] in _POSSESSIVES and after[2] in _holdings():
        return frozenset()  # "the 1,900 nurses on its payroll": all the owner has, not a part of it
    found = []
    stop, stops = stopwords(), noun_stops()
    for w in after[1:]:
        day = w[:-1] if w.endswith("s") else w
        if w in stops or day in wordlist("months_and_days") or stem(w) in _period_keys() or YEAR.fullmatch(w):
            break  # "pupils in May", "musicians on Tuesdays": when, not which
        if w not in stop and w not in wordlist("linking"):
            found.append(signed_key(w))
    return concepts(found)


_POSSESSIVES = frozenset({"its", "their", "his", "her", "our"})


@cache
def _holdings() -> frozenset[str]:
    """What an owner's whole stock is held in (``knowledge/measures.json`` "holdings": "payroll", "collection")."""
    return frozenset(load("measures")["holdings"])


def _described(text: str, q: Quantity) -> bool:
    """A figure inside a description of its noun ("the 680-metre crossing", "the 3,800 nurses it employs"):
    the mood of the clause around it ("drivers will pay to use ...") is not the figure's."""
    return q.adjective or DETERMINER.search(text, max(0, q.start - 8), q.start) is not None


def _answer(text: str, q: Quantity) -> frozenset[str]:
    """What the people a figure counts said, when a verb of saying follows it in its clause: "almost 2,000 people
    responded *saying they were Rust users*", "1,400 respondents said they use it daily" count those who gave that
    answer, a part of all who answered ("the 3,086 people who responded"). A described figure ("the 3,800 nurses
    it employs said ...") still counts all of its noun."""
    if _described(text, q):
        return frozenset()
    words = _plain_words(_CLAUSE.split(text[q.end : q.end + WINDOW], 1)[0])
    saying = _saying()
    for n, word in enumerate(words):
        if word in saying:
            stop, linking = stopwords(), wordlist("linking")
            return concepts([signed_key(w) for w in words[n + 1 :] if w not in stop and w not in linking])
    return frozenset()


@cache
def _saying() -> frozenset[str]:
    """Verbs of saying after a figure (``knowledge/measures.json`` "reporting", and "saying")."""
    return frozenset(load("measures")["reporting"]) | {"saying"}


@lru_cache(maxsize=FIGURE_MEMO)
def _context(text: str, start: int) -> frozenset[str]:
    """Measure keys of the words before a figure, back to the start of its clause."""
    content = [signed_key(w) for w in _before(text, start) if w not in stopwords() and not w[0].isdigit()]
    return concepts(content[-CONTEXT_WORDS:])


@lru_cache(maxsize=FIGURE_MEMO)
def _after(text: str, end: int) -> frozenset[str]:
    """Measure keys of the few content words after a figure's noun in its clause ("the 3,800 nurses *it
    employs*"), for the figure that ends at ``end``."""
    _, after, _ = noun_after(text, end)
    stop = stopwords()
    return concepts([signed_key(w) for w in after if w not in stop][:AFTER_WORDS])


@cache
def number_words() -> frozenset[bytes]:
    """Numbers written in words ("twelve", "million"), to find the claims with figures that have no digit."""
    tables = load("numbers")
    words = (*tables["units"], *tables["tens"], *tables["scales"], *tables["fractions"])
    return frozenset(w.encode() for w in words if w not in ("a", "an", "one"))


@dataclass(frozen=True, slots=True)
class _Read:
    """A claim with its reporting frame blanked out, and who gives its figures."""

    text: str
    source: Attribution | None


def _read(text: str) -> _Read:
    source = attribution(text)
    if source is not None:
        text = text[: source.start] + " " * (source.end - source.start) + text[source.end :]
    return _Read(text, source)


def comparable(first: str, q1: Quantity, second: str, q2: Quantity) -> bool:
    """Whether figure ``q1`` of claim ``first`` and ``q2`` of ``second`` can contradict each other: no
    comparison, goal or limit, one scope (a total and a part of it differ), and not two sources that each
    report their own figure."""
    a, b = _read(first), _read(second)
    return (
        rate_of(first, q1) == rate_of(second, q2)
        and event_frames(first) == event_frames(second)
        and not other_dimensions(first, q1, second, q2)
        and same_source(a.source, b.source)
        and _framed_alike(_frame(first, q1.start, q1.end), _frame(second, q2.start, q2.end))
        and _narrowed_alike(a.text, q1, b.text, q2)
    )


RATE_WORDS = 6
"""A rate's period is read at most this many words after its figure, in the figure's clause."""


@cache
def _rate() -> re.Pattern[str]:
    """A period that divides the figure before it ("a day", "per year", "every week", "daily"), not one that dates
    it ("a year ago", "a day after"): ``knowledge/measures.json`` "rate_periods" (adverbs end in "ly")."""
    data = load("measures")
    periods = data["rate_periods"]
    adverbs = alternation(w for w in periods if w.endswith("ly"))
    nouns = alternation(w for w in periods if not w.endswith("ly"))
    return re.compile(
        rf"\b(?:(?:{alternation(data['rate_openers'])})\s+(?P<noun>{nouns})|(?P<adverb>{adverbs}))\b"
        rf"(?!\s+(?:{alternation(data['rate_not_after'])})\b)",
        re.IGNORECASE,
    )


@lru_cache(maxsize=FIGURE_MEMO)
def rate_of(text: str, q: Quantity) -> str:
    """The period a figure is counted per ("carries 2,000 passengers *a day*", "grew 5% *a year*", "serves 300
    meals *daily*": "day", "year"), or "" for a level or an amount. A rate and a level, or two rates of two
    periods, are different quantities ("carries 400 passengers" / "carries 2,000 passengers a day")."""
    clause = _CLAUSE.split(text[q.end : q.end + WINDOW], 1)[0]
    words = clause.split()[:RATE_WORDS]
    m = _rate().search(" ".join(words))
    if m is None:
        return ""
    return str(load("measures")["rate_periods"][(m.group("noun") or m.group("adverb")).lower()])


_DIMENSION_WORD = re.compile(r"\s+(?:in\s+)?([a-z]+)\b(?<!across)|\s+(across)(?=\s*(?:[,.;:)]|$))")
"""The word after a measure that may name its dimension ("long", "in length"); "across" only at a clause's end
("12 metres across.", not "300 metres across the estuary")."""


def other_dimensions(first: str, q1: Quantity, second: str, q2: Quantity) -> bool:
    """Whether two measures name different dimensions after them ("4 miles long" / "40 metres deep"), or one is a
    distance or place ("3 miles from the coast")."""
    one, other = _dimension_after(first, q1), _dimension_after(second, q2)
    return bool(one and other and one != other) or _PLACE in (one, other)


_PLACE = "place"


def _dimension_after(text: str, q: Quantity) -> str:
    """The dimension a measure's word after it names ("long": length, "deep": depth; ``knowledge/traits.json``
    "dimensions"), :data:`_PLACE` for a word of a distance or place ("above", "from": "placing"), or ""."""
    m = _DIMENSION_WORD.match(text, q.end) if q.unit in _dimensions() else None
    if m is None:
        return ""
    word, data = m.group(1) or m.group(2), load("traits")
    if word in data["placing"] and not extent_before(text, q.start):
        return _PLACE
    return str(data["dimensions"].get(word, ""))


def extent_before(text: str, start: int) -> bool:
    """Whether a verb of extent ("stretches", "runs": ``knowledge/traits.json`` "extent_verbs") comes right before
    a measure, hedges aside: a "from" after it starts the extent ("stretches 56 km from Ely to the sea")."""
    words = [w for w in re.findall(r"[a-z]+", text[max(0, start - 40) : start].lower()) if w not in _HEDGES][-1:]
    return bool(words) and words[0] in load("traits")["extent_verbs"]


_HEDGES = frozenset({"some", "about", "around", "nearly", "almost", "roughly", "approximately", "over", "for"})


def _narrowed_alike(first: str, q1: Quantity, second: str, q2: Quantity) -> bool:
    """Whether neither figure counts a part the other claim does not name: "46 animals *in its reptile house*"
    (:func:`_restriction`) or "the estate's *woodland* covers 54 hectares" (:func:`part_of_owner`)."""
    if part_of_owner(first, q1.start, second) or part_of_owner(second, q2.start, first):
        return False
    if q1.unit in _dimensions() or q2.unit in _dimensions():
        return True  # a length's noun is read around it, not after it (see figures._same_thing)
    r1 = _restriction(first, q1, noun_after(first, q1.end)[1])
    r2 = _restriction(second, q2, noun_after(second, q2.end)[1])
    return r1 <= _stems(second) and r2 <= _stems(first)


def part_of_owner(text: str, start: int, other: str) -> bool:
    """A figure whose clause before it names a part of an owner that the other claim names without the part
    ("the estate's woodland covers 54 hectares" / "the estate covers 450 hectares"): the part's figure, not
    the owner's. A part the other claim names ("the library's service" / "the service") is the same thing."""
    found = owner_parts(text, start)
    if not found:
        return False
    named = _stems(other)
    return any(owner in named and part not in named for owner, part in found)


@lru_cache(maxsize=FIGURE_MEMO)
def _stems(text: str) -> frozenset[str]:
    stop = stopwords()
    words = (w.split("'")[0] for w in _words(text))
    return frozenset(_key(w) for w in words if w not in stop and not w[0].isdigit())


def subject_of(p: Pairing, first: Measure, second: Measure) -> str:
    """What two figures of the same measure count, for messages: their shared noun, or shared context words."""
    shared = first.noun & second.noun
    if not shared:
        a = _context(p.texts[first.claim], first.quantity.start)
        shared = a & _context(p.texts[second.claim], second.quantity.start)
    # The words as written around the later figure, not their stems (or around the earlier one: "a city of 1.2
    # million people" counts the "population" of the earlier claim).
    for m in (second, first):
        text, q = p.texts[m.claim], m.quantity
        window = _words(text[max(0, q.start - WINDOW) : q.end + WINDOW])
        words = dict.fromkeys(w for w in window if _key(w.split("'")[0]) in shared)
        if words:
            return " ".join(words)
    return second.quantity.unit

"""Measures: the figures of a claim with what they count and the words around them ("cut 1,200 jobs").

Two claims worded differently can still give one quantity two values ("Harwell cut 1,200 jobs" and "Harwell's
1,500 job cuts"). A :class:`Measure` keeps what tells whether two figures measure the same thing: the counted
noun, the predicate before the figure, and the claim's :class:`Setting` (its names, dates, ordinals, modals).
Figures that are not measures (years, dates, clock times, identifiers, ages, changes "by" or "from ... to")
are left out. Figures are blocked by unit and noun, and the rest is read only for figures that disagree.
"""

from __future__ import annotations

import dataclasses
import re
from collections import defaultdict
from dataclasses import dataclass
from functools import cache, cached_property, lru_cache

from auditor.compare.clauses import _CLAUSE, FIGURE_MEMO, _Frame, _frame, _framed_alike, _plain_words, _words
from auditor.compare.frames import Attribution, attribution, change_of, concept, concepts, noun_stops, same_source
from auditor.compare.owners import (
    DEFINITE,
    DETERMINER,
    PRONOUNS,
    WHICH_OF_THEM,
    apposition_head,
    held,
    home_to,
    named_noun,
    norms_elsewhere,
    owned,
    owned_by_pronoun,
    owner_parts,
    placed,
    possessive,
)
from auditor.compare.owners import key as _key
from auditor.compare.pairing import Pairing
from auditor.compare.quantities import Quantity, find_quantities
from auditor.compare.setting import _YEAR, Setting, _period_keys, setting_of
from auditor.compare.statements import labels, signed_key, stem, wordlist
from auditor.knowledge import load
from auditor.text import stopwords

NOUN_WORDS = 3
"""At most this many words after a figure name what it counts ("1,500 job cuts")."""
CONTEXT_WORDS = 4
"""At most this many words before a figure, in its clause, say what happened to it ("the plant cut")."""
WINDOW = 80
"""Characters read either side of a figure for its noun and its context."""
AFTER_WORDS = 3
"""Content words after a figure's noun that still say what happened to it ("the 3,800 nurses it employs")."""
MAX_LATER = 12
"""Each figure is compared with at most this many later figures of its bucket: linear in long texts."""

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
            return True  # a length is the length of what the claims name around it (see _same_thing)
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

    Durations ("two months ago", "five years of work") are left out: an article gives many, for many things.
    """
    found = []
    for q in find_quantities(text, words):
        if is_measure(q, text):
            keys, after = _noun(text, q.end)
            if _duration_keys().isdisjoint(keys):
                before = _before(text, q.start)
                following = _plain_words(_CLAUSE.split(text[q.end : q.end + WINDOW], 1)[0])
                near = [*before[-CONTEXT_WORDS:], *following[: NOUN_WORDS + AFTER_WORDS]]
                noun = named_noun(concepts(keys), before)
                found.append(Measure(claim, q, noun, change_of(near), _restriction(text, q, after)))
    return found


def is_duration(q: Quantity, text: str) -> bool:
    """Whether a figure counts units of time ("nine months ago", "two years of work")."""
    following = _plain_words(text[q.end : q.end + 20])
    return bool(following) and stem(following[0]) in _duration_keys()


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
        (word_before in wordlist("not_measure_before") and not home_to(before))
        or word_before in wordlist("months_and_days")
        or word_before in labels()
    ):
        return False
    if _visible_before(text, q.start) == "|" or _visible_after(text, q.end) == "|":
        return False  # a table cell
    if before and before[-1][:1].isupper() and word_before not in stopwords():
        return False  # "Sprint 2", "Route 66": a name
    following = text[q.end : q.end + 12].split()
    return not (following and following[0].lower().strip(",.") in wordlist("months_and_days"))  # "1 August 1942"


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
    return tuple(_plain_words(_CLAUSE.split(text[max(0, start - WINDOW) : start])[-1]))


@lru_cache(maxsize=FIGURE_MEMO)
def _noun(text: str, end: int) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """Stems of the words right after a figure that name what it counts, and the words that follow them in
    its clause (read by :func:`find_measures` and :func:`_after`)."""
    segment = _CLAUSE.split(text[end : end + WINDOW], 1)[0]
    words = _words(segment)
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
    return tuple(noun), tuple(w.split("'")[0] for w in words[n:])


@cache
def _noun_ends() -> frozenset[str]:
    """Words that end the noun after a figure: function words, ``noun_stops``, linking words, ordinals, months
    and days (one set, looked up once per word)."""
    words = wordlist("linking") | wordlist("ordinals") | wordlist("months_and_days")
    return stopwords() | noun_stops() | words


_NARROWING = frozenset({"with", "without", "of", "from", "in", "at", "on", "aged", "under", "over", "for", "using"})
"""Prepositions after a counted noun that narrow it ("txs with multiple outputs", "pupils aged 11")."""


def _restriction(text: str, q: Quantity, after: tuple[str, ...]) -> frozenset[str]:
    """Content words that narrow what a figure counts: a phrase right after its noun that opens with a
    preposition of :data:`_NARROWING`, to the end of the clause or a word of ``noun_stops``; or what the counted
    said, when a verb of saying follows the figure (:func:`_answer`). After a pronoun and its verb ("the 1,200
    paintings it has *on display*", "the nurses it employs *full-time*") the phrase is read the same way."""
    if len(after) > 2 and after[0] in PRONOUNS:
        after = after[2:]
        if after[0] in WHICH_OF_THEM and after[0] not in _NARROWING:
            return concepts([signed_key(after[0])])
    if not after or after[0] not in _NARROWING:
        return _answer(text, q)
    found = []
    stop, stops = stopwords(), noun_stops()
    for w in after[1:]:
        day = w[:-1] if w.endswith("s") else w
        if w in stops or day in wordlist("months_and_days") or stem(w) in _period_keys() or _YEAR.fullmatch(w):
            break  # "pupils in May", "musicians on Tuesdays": when, not which
        if w not in stop and w not in wordlist("linking"):
            found.append(signed_key(w))
    return concepts(found)


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
    _, after = _noun(text, end)
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
        same_source(a.source, b.source)
        and _framed_alike(_frame(first, q1.start, q1.end), _frame(second, q2.start, q2.end))
        and _narrowed_alike(a.text, q1, b.text, q2)
    )


def _narrowed_alike(first: str, q1: Quantity, second: str, q2: Quantity) -> bool:
    """Whether neither figure counts a part the other claim does not name: "46 animals *in its reptile house*"
    (:func:`_restriction`) or "the estate's *woodland* covers 54 hectares" (:func:`_part_of_owner`)."""
    if _part_of_owner(first, q1.start, second) or _part_of_owner(second, q2.start, first):
        return False
    if q1.unit in _dimensions() or q2.unit in _dimensions():
        return True  # a length's noun is read around it, not after it (see _same_thing)
    r1 = _restriction(first, q1, _noun(first, q1.end)[1])
    r2 = _restriction(second, q2, _noun(second, q2.end)[1])
    return r1 <= _stems(second) and r2 <= _stems(first)


def _part_of_owner(text: str, start: int, other: str) -> bool:
    """A figure whose clause before it names a part of an owner that the other claim names without the part
    ("the estate's woodland covers 54 hectares" / "the estate covers 450 hectares"): the part's figure, not
    the owner's. A part the other claim names ("the library's service" / "the service") is the same thing."""
    found = owner_parts(text, start)
    if not found:
        return False
    named = _stems(other)
    return any(owner in named and part not in named for owner, part in found)


def measure_conflicts(p: Pairing) -> list[tuple[Measure, Measure]]:
    """Pairs (earlier, later) of figures in different claims that count the same thing and cannot both be true.

    Figures are bucketed by unit, counted noun and the years their claims name, and each is compared with
    at most :data:`MAX_LATER` later figures of its bucket, so the cost stays linear however many figures
    an article gives; a claim is reported against one earlier claim at most.
    """
    for memo in (_context, _after, _frame, _subject_words, _stems, _before, _noun, owner_parts):
        memo.cache_clear()  # one article's figures at a time: memory stays small, and a new article reads afresh
    buckets: dict[tuple[str, str, str, frozenset[str]], list[Measure]] = defaultdict(list)
    by_claim: dict[int, list[Measure]] = {}
    reads: dict[int, _Read] = {}
    undated: set[tuple[int, int]] = set()  # (claim, start) of the figures whose claim's dates are not theirs
    spelling = number_words()
    claims = [
        (index, spelled)
        for index, words in enumerate(p.words)
        if ((spelled := not words.isdisjoint(spelling)) or p.has_figure(index)) and not p.hedged(index)
    ]
    if len(claims) < 2:
        return []  # figures are compared across claims only: one claim with figures has nothing to contradict it
    for index, spelled in claims:
        text = p.texts[index]
        read = reads[index] = _read(text)
        found = find_measures(index, read.text, spelled)
        by_claim[index] = found
        years = frozenset(_YEAR.findall(text))
        paired = _paired(found)
        for n, m in enumerate(found):
            if _fixed(read.text, m, p.words[index]):
                undated.add((index, m.quantity.start))
            # A claim with two figures of one kind ("from 1,200 to 1,500") states a change, not a level.
            if paired[n]:
                continue
            for noun in sorted(m.noun) or [""]:  # in a fixed order: the first bucket to pair a claim reports it
                counted = "" if m.measured else noun  # a length is compared with lengths of whatever noun
                dated = frozenset() if (index, m.quantity.start) in undated else years
                buckets[(m.quantity.unit, m.change, counted, dated)].append(m)
    settings: dict[int, Setting] = {}
    figures: dict[tuple[int, int], _Figure] = {}
    conflicts: dict[tuple[int, int], tuple[Measure, Measure]] = {}
    reported: set[int] = set()
    for bucket in buckets.values():
        for n, first in enumerate(bucket):
            for at, second in enumerate(bucket[n + 1 : n + 1 + MAX_LATER], n + 1):
                key = (first.claim, second.claim)
                if first.claim == second.claim or key in conflicts or second.claim in reported:
                    continue
                qa, qb = first.quantity, second.quantity
                if qa.overlaps(qb) or _converted_agree(qa, qb):
                    continue
                a, b = reads[first.claim], reads[second.claim]
                if not same_source(a.source, b.source):
                    continue
                fa = figures.get((first.claim, qa.start))
                if fa is None:
                    fa = figures[(first.claim, qa.start)] = _Figure(first, a.text)
                fb = figures.get((second.claim, qb.start))
                if fb is None:
                    fb = figures[(second.claim, qb.start)] = _Figure(second, b.text)
                if not _framed_alike(fa.frame, fb.frame):
                    continue
                if not _same_thing(fa, fb):
                    continue
                for index in key:
                    if index not in settings:
                        spans = [(m.quantity.start, m.quantity.end) for m in by_claim[index]]
                        settings[index] = setting_of(reads[index].text, spans, p.not_a_name)
                # the mood of the clause is not that of a described or owned figure ("the co-op's 6,000 members
                # will vote")
                loose = fa.described or fb.described or fa.owned or fb.owned
                one = _figure_setting(settings[first.claim], a.text, qa, (first.claim, qa.start) in undated)
                two = _figure_setting(settings[second.claim], b.text, qb, (second.claim, qb.start) in undated)
                if one.compatible(two, modals=not loose) and not (fb.definite and _agrees_before(bucket, at)):
                    conflicts[key] = (first, second)
                    reported.add(second.claim)
    return [conflicts[k] for k in sorted(conflicts)]


def _agrees_before(bucket: list[Measure], index: int) -> bool:
    """Whether a figure of another claim shortly before ``bucket[index]`` in its bucket has its value: a later
    "the $90 million budget" may describe that one ("a separate $90 million budget"), not the one it differs
    from."""
    later = bucket[index]
    earlier = bucket[max(0, index - MAX_LATER) : index]
    return any(o.claim != later.claim and o.quantity.overlaps(later.quantity) for o in earlier)


def _paired(found: list[Measure]) -> list[bool]:
    """For each figure of a claim, whether another figure of the claim is of its kind (``other.same_kind(it)``).

    Figures are grouped by unit and change, and each group counts its figures with a unit of measurement, its
    figures with no noun and the figures of each noun key, so a claim with thousands of figures is read once,
    not once a pair.
    """
    if len(found) < 2:
        return [False] * len(found)
    groups: dict[tuple[str, str], _KindCounts] = defaultdict(_KindCounts)
    for m in found:
        groups[(m.quantity.unit, m.change)].add(m)
    return [groups[(m.quantity.unit, m.change)].has_other(m) for m in found]


class _KindCounts:
    """The figures of one unit and change in a claim, counted as :meth:`Measure.same_kind` reads them."""

    __slots__ = ("keys", "measured", "nounless")

    def __init__(self) -> None:
        self.measured = 0
        self.nounless = 0
        self.keys: dict[str, int] = defaultdict(int)

    def add(self, m: Measure) -> None:
        self.measured += m.measured
        self.nounless += not m.noun
        for key in m.noun:
            self.keys[key] += 1

    def has_other(self, m: Measure) -> bool:
        """Whether a figure of the group other than ``m`` is of its kind (``m`` itself is counted once)."""
        if self.measured - m.measured > 0:
            return True  # a length is of the kind of any length
        if m.noun:
            return any(self.keys[key] > 1 for key in m.noun)
        return bool(m.quantity.unit) and self.nounless > 1


def _figure_setting(claim: Setting, text: str, q: Quantity, undated: bool) -> Setting:
    """The setting of one figure of a claim: the claim's, without its periods when they are not the figure's
    (``undated``), and without the ordinals that pick out something else (:func:`_other_things`)."""
    periods = frozenset() if undated else claim.periods
    ordinals = claim.ordinals - _other_things(text, q) if claim.ordinals else claim.ordinals
    return Setting(claim.names, periods, ordinals, claim.modals)


_INDEFINITE = re.compile(r"\b(?:a|an)\s+([^\W\d_]+)", re.IGNORECASE)


def _other_things(text: str, q: Quantity) -> frozenset[str]:
    """The ordinals that pick out something else than a described figure ("the 2,300 midwives it employs were
    offered *a new* contract"): after the figure, in an indefinite noun phrase. The description names its thing
    as known; what the rest of the claim introduces with "a" does not say which of them it is. So does a place
    in apposition ("Kelso, a town of 5,700 people, has *a new* school")."""
    if not _described(text, q) and not placed(_before(text, q.start)):
        return frozenset()
    ordinals = wordlist("ordinals")
    found = [w for m in _INDEFINITE.finditer(text, q.end) if (w := m.group(1).lower()) in ordinals]
    everywhere = _plain_words(text)  # an ordinal also said elsewhere ("in its new wing") still counts
    return frozenset(w for w in found if everywhere.count(w) == found.count(w))


def _fixed(text: str, m: Measure, words: frozenset[bytes]) -> bool:
    """A dimension that describes the thing a claim names ("the 680-metre bridge opened in 2019"): the claim's
    dates are those of its event, not of the thing's size, unless the claim speaks of a change of size or sets
    one time against another ("the 680-metre bridge was extended in 2019"; ``knowledge/measures.json``
    "reshaping")."""
    q = m.quantity
    described = DETERMINER.search(text, max(0, q.start - 8), q.start) is not None
    return m.measured and q.adjective and described and words.isdisjoint(_reshaping())


@cache
def _reshaping() -> frozenset[bytes]:
    return frozenset(w.encode() for w in load("measures")["reshaping"])


def _described(text: str, q: Quantity) -> bool:
    """A figure inside a description of its noun ("the 680-metre crossing", "the 3,800 nurses it employs"):
    the mood of the clause around it ("drivers will pay to use ...") is not the figure's."""
    return q.adjective or DETERMINER.search(text, max(0, q.start - 8), q.start) is not None


CONVERSION_SLACK = 0.05
"""Figures written in different units ("5 miles", "8 km") were converted and rounded: they agree within this
share of each other."""


def _converted_agree(a: Quantity, b: Quantity) -> bool:
    if a.factor == b.factor:
        return False
    return abs(a.value - b.value) <= CONVERSION_SLACK * max(abs(a.value), abs(b.value))


_OF = re.compile(r"\s+of\s")
_RESTRICTIVE = frozenset(
    {"the", "a", "an", "that", "which", "who", "whom", "whose", "it", "they", "he", "she", "we", "you", "i", "this"}
)
"""Words that open a clause right after a described noun which says which one it is ("the budget *the mayor*
proposed", "the budget *that* failed")."""


class _Figure:
    """What the pair loop of :func:`measure_conflicts` reads around one figure (in its claim's text with the
    reporting frame blanked out), each part read on first use and kept: a figure is compared with up to
    :data:`MAX_LATER` others in each of its buckets, and read once."""

    def __init__(self, measure: Measure, text: str) -> None:
        self.measure = measure
        self.text = text
        self.measured = measure.measured

    @cached_property
    def frame(self) -> _Frame:
        q = self.measure.quantity
        frame = _frame(self.text, q.start, q.end)
        if frame.norm and _described(self.text, q) and self._norms_elsewhere():
            return dataclasses.replace(frame, norm=False)
        return frame

    @cached_property
    def context(self) -> frozenset[str]:
        """Measure keys of the words before the figure in its clause (none for a modifier, "the 680-metre")."""
        q = self.measure.quantity
        return frozenset() if q.adjective else _context(self.text, q.start)

    @cached_property
    def after(self) -> frozenset[str]:
        return _after(self.text, self.measure.quantity.end)

    @cached_property
    def of_thing(self) -> bool:
        """A measurement of a named thing: "1,600 miles *of* gas lines" (the noun after "of" is what is measured)."""
        return bool(self.measure.noun) and _OF.match(self.text, self.measure.quantity.end) is not None

    @cached_property
    def owned(self) -> bool:
        q = self.measure.quantity
        return owned(self.text, q, _noun(self.text, q.end)[1])

    def _norms_elsewhere(self) -> bool:
        q = self.measure.quantity
        after = _CLAUSE.split(self.text[q.end : q.end + WINDOW], 1)[0]
        return norms_elsewhere(_CLAUSE.split(self.text[max(0, q.start - WINDOW) : q.start])[-1], after)

    @cached_property
    def definite(self) -> bool:
        """A figure in a definite description ("the $421 million budget"): what the article has named before."""
        start = self.measure.quantity.start
        return DEFINITE.search(self.text, max(0, start - 8), start) is not None

    @cached_property
    def noun_keys(self) -> tuple[str, ...]:
        """The measure keys of the figure's noun in the order written ("rare", "book")."""
        return tuple(concept(k) for k in _noun(self.text, self.measure.quantity.end)[0])

    @cached_property
    def first_noun(self) -> str:
        """The measure key of the first word of the figure's noun ("budget" in "the $421 million budget also
        funds"; "" when it has none): the words after it may be the verb of a description."""
        segment = _CLAUSE.split(self.text[self.measure.quantity.end : self.measure.quantity.end + WINDOW], 1)[0]
        linking = wordlist("linking")
        words = [w.split("'")[0] for w in _words(segment)]
        first = next((n for n, w in enumerate(words) if w not in linking), None)
        if first is None or not self.measure.noun:
            return ""
        if first + 1 < len(words) and words[first + 1] in _RESTRICTIVE:
            return ""  # "the $421 million budget *the mayor proposed*": one budget of several
        return _key(words[first])

    @cached_property
    def placed(self) -> bool:
        """A figure of what a place named before it holds ("Northvale, a city of 1.2 million people")."""
        return placed(_before(self.text, self.measure.quantity.start))

    @cached_property
    def held(self) -> bool:
        return held(self.text, self.measure.quantity)

    @cached_property
    def described(self) -> bool:
        return _described(self.text, self.measure.quantity)

    @cached_property
    def subject_words(self) -> frozenset[str]:
        q = self.measure.quantity
        # "the 2.3 km tunnel" is a modifier like "the 2.3-km tunnel": its subject is the noun after it
        modifier = q.adjective or (self.measured and bool(self.measure.noun) and self.definite)
        return _subject_words(self.text, q.start, q.end, modifier)


def _same_thing(fa: _Figure, fb: _Figure) -> bool:
    """Whether two figures of one kind measure the same thing of the same subject.

    They must share a word of what happened to them besides the noun they count ("cut 1,200 jobs" and "the
    1,500 job cuts"; "a staff of 4,100 nurses" and "the 3,800 nurses it employs"), and neither figure's
    clause may name a subject the other claim lacks ("the harbour in Pellow reported 6 visitors" and "the
    tramway in Pellow reported 16 visitors" are two subjects). A length is the length of what both
    clauses name ("the crossing spans 860 metres", "the 680-metre crossing").
    """
    first, second = fa.measure, fb.measure
    a_text, b_text = fa.text, fb.text
    ctx_a, ctx_b = fa.context, fb.context
    if fa.measured:
        if fa.of_thing and fb.of_thing and first.noun.isdisjoint(second.noun):
            return False  # "the city's 1,600 miles of gas lines" / "the city's 6,000 miles of streets": two things
        things_a, things_b = first.noun | ctx_a, second.noun | ctx_b
        if things_a.isdisjoint(things_b):
            return False
    else:
        around_a, around_b = ctx_a | fa.after, ctx_b | fb.after
        shared = ((around_a & (around_b | second.noun)) | (around_b & first.noun)) - (first.noun & second.noun)
        # A bare percentage or amount ("cut ... 83 percent") needs more than one shared word to be the same measure;
        # a count of what something has needs none when the other names it as its owner's ("the school's 310
        # pupils", "its 3,800 nurses": all of them).
        # So does a later definite description whose noun starts with a word of what an earlier claim counts ("a
        # $412 million transit budget" ... "the $421 million budget also funds"; not "the $90 million housing budget").
        if len(shared) < (1 if first.noun else 2) and not _owned_pair(fa, fb):
            return False
    if not fa.measured and _modified(fa, fb):
        return False  # "the library holds 82,000 books" / "the library's 8,200 *rare* books"
    if not fa.measured and not (first.restriction <= _stems(b_text) and second.restriction <= _stems(a_text)):
        return False  # "txs with OP_RETURN outputs" / "txs with *multiple* OP_RETURN outputs": a part
    qa, qb = first.quantity, second.quantity
    if _part_of_owner(a_text, qa.start, b_text) or _part_of_owner(b_text, qb.start, a_text):
        return False  # "the estate covers 450 hectares" / "the estate's woodland covers 54 hectares"
    # The stems of a whole claim are read only when a subject word needs looking up.
    return not (fa.subject_words - _stems(b_text)) or not (fb.subject_words - _stems(a_text))


def _owned_pair(fa: _Figure, fb: _Figure) -> bool:
    """Whether one of two counts of a level is all its owner has and the other a level the subject holds, or the
    later one a definite description of the earlier one (read only when the claims share too few words)."""
    first = fa.measure
    return (
        not first.change
        and bool(first.noun)
        and (
            (fb.held and (fa.owned or fa.placed))
            or (fa.held and (fb.owned or fb.placed))
            or (fb.definite and fb.first_noun in first.noun)
        )
    )


def _modified(fa: _Figure, fb: _Figure) -> bool:
    """Whether a word before the shared noun of two counts narrows one of them and the other claim lacks it:
    "8,200 *rare* books" after "82,000 books". An earlier figure's modifier may be left out by a later
    description or possessive of all of it ("a $412 million *transit* budget" ... "the $421 million budget")."""
    shared = fa.measure.noun & fb.measure.noun
    if not shared:
        return False
    later = _modifiers(fb.noun_keys, shared)
    if later and later - _stems(fa.text):
        return True
    earlier = _modifiers(fa.noun_keys, shared)
    return bool(earlier) and not (fb.definite or fb.owned) and bool(earlier - _stems(fb.text))


def _modifiers(keys: tuple[str, ...], shared: frozenset[str]) -> frozenset[str]:
    """The keys of a figure's noun before its first shared key ("rare" in "8,200 rare books")."""
    found: list[str] = []
    for k in keys:
        if k in shared:
            return frozenset(found)
        found.append(k)
    return frozenset()


@lru_cache(maxsize=FIGURE_MEMO)
def _subject_words(text: str, start: int, end: int, adjective: bool) -> frozenset[str]:
    """Measure keys of the content words of a figure's clause before it: its subject and verb (none for a
    figure used as a modifier, "the 680-metre crossing", whose subject is the noun after it, nor for one
    owned by a common noun or a pronoun, "the school's 310 pupils", "the 3,800 nurses it employs"), for the figure
    at ``start:end``."""
    if adjective:
        return frozenset()
    clause = max((m.end() for m in _CLAUSE.finditer(text, 0, start)), default=0)
    if placed(_before(text, start)):
        # "Northvale, a city of 1.2 million": the place is the apposition's head
        return apposition_head(text[max(0, clause - WINDOW) : clause])
    owner = possessive(text, start)
    if owner is not None and owner.group()[:1].islower():
        return frozenset()  # "the school's 310 pupils", "its 3,800 nurses": what the article is about
    if owner is None and owned_by_pronoun(text, start, _noun(text, end)[1]):
        return frozenset()  # "the 3,800 nurses it employs": the same
    return frozenset(_stems(text[clause:start]))


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

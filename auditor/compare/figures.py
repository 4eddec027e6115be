"""Figures: the figures of an article compared pair by pair, for CON003 (:func:`measure_conflicts`).

Each figure that measures something (:func:`~auditor.compare.measures.find_measures`) is read once into a
:class:`_Figure` (its measure, who gives it, whether its claim's dates are its own, and what is read around it
on first use), and bucketed by unit, change, counted noun and the years its claim names. Each figure is then
compared with at most :data:`MAX_LATER` later figures of its bucket: values that cannot both be true, one
source, the same frame, the same thing measured (:func:`_same_thing`) and compatible settings make a conflict.
"""

from __future__ import annotations

import dataclasses
import re
from collections import defaultdict
from functools import cache, lru_cache

from auditor.compare.clauses import _CLAUSE, FIGURE_MEMO, _Frame, _frame, _framed_alike, _plain_words, _words
from auditor.compare.frames import change_of, concept, concepts, same_source
from auditor.compare.measures import (
    CONTEXT_WORDS,
    WINDOW,
    Measure,
    _after,
    _before,
    _context,
    _described,
    _duration_keys,
    _Read,
    _read,
    _stems,
    find_measures,
    noun_after,
    number_words,
    other_dimensions,
    part_of_owner,
    rate_of,
)
from auditor.compare.opposites import opposed_signs, signs_of
from auditor.compare.owners import (
    DEFINITE,
    DETERMINER,
    another_owner,
    apposition_head,
    held,
    norms_elsewhere,
    owned_by_pronoun,
    owner_noun,
    owner_parts,
    placed,
    possessive,
)
from auditor.compare.owners import key as _key
from auditor.compare.pairing import Pairing
from auditor.compare.quantities import Quantity
from auditor.compare.setting import YEAR, Setting, setting_of
from auditor.compare.statements import signed_key, stem, wordlist
from auditor.knowledge import load
from auditor.text import stopwords

MAX_LATER = 12
"""Each figure is compared with at most this many later figures of its bucket: linear in long texts."""


def measure_conflicts(p: Pairing) -> list[tuple[Measure, Measure]]:
    """Pairs (earlier, later) of figures in different claims that count the same thing and cannot both be true.

    Figures are bucketed by unit, counted noun and the years their claims name, and each is compared with
    at most :data:`MAX_LATER` later figures of its bucket, so the cost stays linear however many figures
    an article gives; a claim is reported against one earlier claim at most.
    """
    for memo in (_context, _after, _frame, _subject_words, _stems, _before, noun_after, owner_parts, _object):
        memo.cache_clear()  # one article's figures at a time: memory stays small, and a new article reads afresh
    buckets: dict[tuple[str, str, str, frozenset[str]], list[_Figure]] = defaultdict(list)
    by_claim: dict[int, list[Measure]] = {}
    reads: dict[int, _Read] = {}
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
        years = frozenset(YEAR.findall(text))
        paired = _paired(found)
        for n, m in enumerate(found):
            # The claim's dates are not those of a dimension that describes its thing (_fixed).
            if m.change and _owned_level(read.text, m):
                m = dataclasses.replace(m, change="")  # "the trust's 2,600 employees will get a pay rise"
            figure = _Figure(m, read, _fixed(read.text, m, p.words[index]))
            # A claim with two figures of one kind ("from 1,200 to 1,500") states a change, not a level.
            if paired[n]:
                continue
            figure.read_around()
            for noun in sorted(m.noun) or [""]:  # in a fixed order: the first bucket to pair a claim reports it
                counted = "" if m.measured else noun  # a length is compared with lengths of whatever noun
                dated = frozenset() if figure.undated else years
                buckets[(m.quantity.unit, m.change, counted, dated)].append(figure)
    settings: dict[int, Setting] = {}
    conflicts: dict[tuple[int, int], tuple[Measure, Measure]] = {}
    reported: set[int] = set()  # the later claims of the conflicts found
    for bucket in buckets.values():
        for n, fa in enumerate(bucket):
            first = fa.measure
            qa = first.quantity
            for at, fb in enumerate(bucket[n + 1 : n + 1 + MAX_LATER], n + 1):
                second = fb.measure
                if first.claim == second.claim or second.claim in reported:
                    continue  # (a pair already in conflict has its later claim reported)
                qb = second.quantity
                if (qa.overlaps(qb) and not _two_maxima(qa, qb)) or _converted_agree(qa, qb):
                    continue
                if not same_source(fa.source, fb.source):
                    continue
                if not _framed_alike(fa.frame, fb.frame) and not _whole_held(fa, fb):
                    continue
                if not _same_thing(fa, fb) or _asides_apart(fa, fb, by_claim):
                    continue
                for index in (first.claim, second.claim):
                    if index not in settings:
                        spans = [(m.quantity.start, m.quantity.end) for m in by_claim[index]]
                        settings[index] = setting_of(reads[index].text, spans, p.not_a_name)
                # a level its subject has ("its 3,800 employees"), not a change, is not dated by an event's day
                owned_a, owned_b = fa.owned and not first.change, fb.owned and not second.change
                one = _figure_setting(settings[first.claim], fa.text, qa, fa.undated, owned_a)
                two = _figure_setting(settings[second.claim], fb.text, qb, fb.undated, owned_b)
                # the mood of the clause is not that of a described or owned figure ("the co-op's 6,000 members
                # will vote"), read only when the moods differ
                loose = one.modals != two.modals and (fa.described or fb.described or fa.owned or fb.owned)
                if one.compatible(two, modals=not loose) and not (fb.definite and _agrees_before(bucket, at)):
                    conflicts[(first.claim, second.claim)] = (first, second)
                    reported.add(second.claim)
    return [conflicts[k] for k in sorted(conflicts)]


def _whole_held(fa: _Figure, fb: _Figure) -> bool:
    """Whether one figure is marked as a whole ("the 1,900 nurses ... all received") and the other is the level
    its subject holds ("the hospital employs 2,300 nurses"): all it has, the same whole, though unmarked."""
    one, two = fa.frame, fb.frame
    if one.comparative or two.comparative or one.norm or two.norm or {one.scope, two.scope} != {"", "whole"}:
        return False
    unmarked = fa if one.scope == "" else fb
    return unmarked.held and not unmarked.measure.change


def _owned_level(text: str, m: Measure) -> bool:
    """A figure after a possessive whose change word comes only after its noun ("the trust's 2,600 employees will
    receive a pay rise", "its 540 members voted for a fee cut"): the change is what happens to them, and the figure
    is the level of what the subject has. Not "its 2,600 job cuts" (the change is the noun)."""
    q = m.quantity
    if possessive(text, q.start) is None:
        return False
    keys, _, following = noun_after(text, q.end)
    return change_of([*_before(text, q.start)[-CONTEXT_WORDS:], *following[: len(keys)]]) == ""


def _agrees_before(bucket: list[_Figure], index: int) -> bool:
    """Whether a figure of another claim shortly before ``bucket[index]`` in its bucket has its value: a later
    "the $90 million budget" may describe that one ("a separate $90 million budget"), not the one it differs
    from."""
    later = bucket[index].measure
    earlier = bucket[max(0, index - MAX_LATER) : index]
    return any(o.measure.claim != later.claim and o.measure.quantity.overlaps(later.quantity) for o in earlier)


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


def _figure_setting(claim: Setting, text: str, q: Quantity, undated: bool, owned: bool = False) -> Setting:
    """The setting of one figure of a claim: the claim's, without its periods when they are not the figure's
    (``undated``), without the days and months of an event when the figure is what its subject has (``owned``: "managers
    met its 3,800 employees on Tuesday" gives its staff, not Tuesday's), and without the ordinals that pick out
    something else (:func:`_other_things`)."""
    if owned and not undated and claim.periods & _EVENT_DAYS:
        claim = Setting(claim.names, claim.periods - _EVENT_DAYS, claim.ordinals, claim.modals)
    if not claim.ordinals and not undated:
        return claim  # nothing to take out (most figures): the claim's own setting
    periods = frozenset() if undated else claim.periods
    ordinals = claim.ordinals - _other_things(text, q) if claim.ordinals else claim.ordinals
    return Setting(claim.names, periods, ordinals, claim.modals)


_EVENT_DAYS = frozenset({
    "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "january", "february", "march",
    "april", "may", "june", "july", "august", "september", "october", "november", "december",
})
"""The days and months of an event: a level its subject has (its staff, its members) is not dated by when
something happens to them ("its 2,600 employees will get a pay rise from April"); a year still is."""

_INDEFINITE = re.compile(r"\b(?:a|an)\s+([^\W\d_]+)", re.IGNORECASE)
_DEFINITE_NP = re.compile(r"\b(?:the|its|their)\s+([^\W\d_]+)", re.IGNORECASE)
_MODAL_AFTER = re.compile(r"\b(?:would|will|could|should|may|might|must|can|shall)\b")


def _other_things(text: str, q: Quantity) -> frozenset[str]:
    """The ordinals that pick out something else than a described figure ("the 2,300 midwives it employs were
    offered *a new* contract"): after the figure, in an indefinite noun phrase, or in any noun phrase after a modal
    verb that follows it ("the 1,900 nurses ... would receive *the new* contract": what will happen to them). The
    description names its thing as known; what the rest of the claim introduces with "a" does not say which of them
    it is. So does a place
    in apposition ("Kelso, a town of 5,700 people, has *a new* school")."""
    if not _described(text, q) and not placed(_before(text, q.start)):
        return frozenset()
    ordinals = wordlist("ordinals")
    found = [w for m in _INDEFINITE.finditer(text, q.end) if (w := m.group(1).lower()) in ordinals]
    modal = _MODAL_AFTER.search(text, q.end)
    if modal is not None:  # "the 1,900 nurses ... would receive *the new* contract": what happens to them
        found += [w for m in _DEFINITE_NP.finditer(text, modal.end()) if (w := m.group(1).lower()) in ordinals]
    everywhere = _plain_words(text)  # an ordinal also said elsewhere ("in its new wing") still counts
    return frozenset(w for w in found if everywhere.count(w) == found.count(w))


def _fixed(text: str, m: Measure, words: frozenset[bytes]) -> bool:
    """A dimension that describes the thing a claim names ("the 680-metre bridge opened in 2019"): the claim's
    dates are those of its event, not of the thing's size, unless the claim speaks of a change of size or sets
    one time against another ("the 680-metre bridge was extended in 2019"; ``knowledge/measures.json``
    "reshaping")."""
    q = m.quantity
    described = q.adjective and DETERMINER.search(text, max(0, q.start - 8), q.start) is not None
    # "The footbridge, which spans 420 metres, opened in May": the relative clause describes the thing too
    relative = not described and _RELATIVE_BEFORE.search(text, max(0, q.start - 40), q.start) is not None
    return m.measured and (described or relative) and words.isdisjoint(_reshaping())


_RELATIVE_BEFORE = re.compile(
    r",\s*(?:which|that)\s+(?:is|was|spans|covers|measures|stretches|runs)\s+(?:about\s+|some\s+|nearly\s+|almost\s+)?$"
)
"""A relative clause that gives a dimension of the noun before it ("the footbridge, which spans 420 metres")."""


@cache
def _time_back() -> frozenset[str]:
    """Stems of the words that put a figure back in time ("ago": ``knowledge/measures.json`` "time_back")."""
    return frozenset(stem(w) for w in load("measures")["time_back"])


@cache
def _reshaping() -> frozenset[bytes]:
    return frozenset(w.encode() for w in load("measures")["reshaping"])


CONVERSION_SLACK = 0.05
"""Figures written in different units ("5 miles", "8 km") were converted and rounded: they agree within this
share of each other."""


_MAXIMUM = re.compile(r"(?:up\s+to|a\s+maximum\s+of)\s", re.IGNORECASE)


def _two_maxima(a: Quantity, b: Quantity) -> bool:
    """Whether two figures give one maximum two values ("carries up to 600 passengers" / "up to 900
    passengers"): their ranges overlap (both start at nothing), but a stated maximum is one value. Other bounds
    do not conflict so ("more than 1,100" and "more than 1,200" may both be true)."""
    if not (_MAXIMUM.match(a.text) and _MAXIMUM.match(b.text)):
        return False
    return abs(a.value - b.value) > CONVERSION_SLACK * max(abs(a.value), abs(b.value))


def _anchor(f: _Figure, found: list[Measure]) -> Measure | None:
    """The figure of its claim that a figure in brackets qualifies: "653 dogs were adopted (a 30% increase)"
    gives the change of the 653 dogs; None for a figure not in brackets, or with no figure before them."""
    text, start = f.text, f.measure.quantity.start
    opening = text.rfind("(", max(0, start - ASIDE), start)
    if opening < 0 or text.find(")", opening, start) >= 0:
        return None
    return next((m for m in reversed(found) if m.quantity.end <= opening), None)


ASIDE = 120
"""Characters before a figure within which the bracket it stands in opens ("(a 30% increase from 2012)")."""


def _asides_apart(fa: _Figure, fb: _Figure, by_claim: dict[int, list[Measure]]) -> bool:
    """Whether a figure in brackets qualifies another figure of its claim that the other claim does not give: two
    bracketed rises ("(a 30% increase from 2012)" / "(a 20% increase from 2012)") belong to the counts before them,
    and are one quantity's only when those count the same thing."""
    one, two = _anchor(fa, by_claim[fa.measure.claim]), _anchor(fb, by_claim[fb.measure.claim])
    if one is None and two is None:
        return False
    if one is None or two is None:
        return True
    if one.noun or two.noun:
        return one.noun.isdisjoint(two.noun)
    return one.quantity.unit != two.quantity.unit  # "$4 a month (a $1 fee ...)": amounts of no noun, by their unit


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
    """A figure as the pair loop of :func:`measure_conflicts` reads it (in its claim's text with the reporting
    frame blanked out): its measure, who gives it, whether its claim's dates are its own, and what is read
    around it, each part on first use and kept. A figure is compared with up to :data:`MAX_LATER` others in
    each of its buckets, and read once. (Plain attributes, not ``functools.cached_property``, which takes a
    lock on every first read in Python 3.11.)"""

    __slots__ = (
        "_after", "_around", "_claim_stems", "_context", "_definite", "_described", "_first_noun", "_frame", "_held",
        "_noun_keys", "_other_owner", "_owned", "_placed", "_signs", "_subject", "compound", "measure", "measured",
        "parts", "source", "text", "undated",
    )

    def __init__(self, measure: Measure, read: _Read, undated: bool) -> None:
        self.measure = measure
        self.text = read.text
        self.source = read.source
        self.undated = undated
        """The claim's dates are not the figure's (a dimension that describes its thing, :func:`_fixed`)."""
        self.measured = measure.measured
        self._frame: _Frame | None = None
        self._context: frozenset[str] | None = None
        self._after: frozenset[str] | None = None
        self._around: frozenset[str] | None = None
        self._subject: frozenset[str] | None = None
        self._owned: bool | None = None
        self._held: bool | None = None
        self._described: bool | None = None
        self._definite: bool | None = None
        self._placed: bool | None = None
        self._noun_keys: tuple[str, ...] | None = None
        self._first_noun: str | None = None
        self._signs: dict[str, set[str]] | None = None
        self._other_owner: bool | None = None
        self._claim_stems: frozenset[str] | None = None
        self.parts: tuple[tuple[str, str], ...] = ()
        """The possessives before the figure in its clause (:func:`~auditor.compare.owners.owner_parts`)."""
        self.compound = False
        """Whether the figure's noun has more than one word, one of which may narrow it (:func:`_modified`)."""

    @property
    def frame(self) -> _Frame:
        """How the figure's clause presents it (:func:`~auditor.compare.clauses._frame`)."""
        if self._frame is None:
            q = self.measure.quantity
            frame = _frame(self.text, q.start, q.end)
            if frame.norm and self.described and self._norms_elsewhere():
                frame = dataclasses.replace(frame, norm=False)  # "the $421 million budget also funds a fare cap"
            self._frame = frame
        return self._frame

    def _norms_elsewhere(self) -> bool:
        q = self.measure.quantity
        after = _CLAUSE.split(self.text[q.end : q.end + WINDOW], 1)[0]
        return norms_elsewhere(_CLAUSE.split(self.text[max(0, q.start - WINDOW) : q.start])[-1], after)

    @property
    def context(self) -> frozenset[str]:
        """Measure keys of the words before the figure in its clause (none for a modifier, "the 680-metre")."""
        if self._context is None:
            q = self.measure.quantity
            self._context = frozenset() if q.adjective else _context(self.text, q.start)
        return self._context

    def read_around(self) -> None:
        """Read the words before and after the figure now, while what :func:`find_measures` read around it is
        still in the memos (bounded: a long article's later claims would push it out before the pairs are read)."""
        context = self.context
        q = self.measure.quantity
        self.parts = owner_parts(self.text, q.start)
        self.compound = len(noun_after(self.text, q.end)[0]) > 1
        self._placed = placed(_before(self.text, q.start))
        if not self.measured:  # a length is compared by its context and noun only (_same_thing)
            self._around = context | self.after

    @property
    def around(self) -> frozenset[str]:
        """:attr:`context` and :attr:`after`: what happened to the figure, for :func:`_same_thing`."""
        if self._around is None:
            self._around = self.context | self.after
        return self._around

    @property
    def after(self) -> frozenset[str]:
        if self._after is None:
            self._after = _after(self.text, self.measure.quantity.end)
        return self._after

    @property
    def signs(self) -> dict[str, set[str]]:
        """The antonym groups of the figure's noun and the words around it, with their signs
        (:func:`~auditor.compare.opposites.signs_of`)."""
        if self._signs is None:
            self._signs = signs_of(self.measure.noun | self.around)
        return self._signs

    @property
    def other_owner(self) -> bool:
        """Whether the claim opens with an indefinite subject that has the figure
        (:func:`~auditor.compare.owners.another_owner`)."""
        if self._other_owner is None:
            self._other_owner = another_owner(self.text, self.measure.quantity)
        return self._other_owner

    @property
    def claim_stems(self) -> frozenset[str]:
        """The measure keys of the content words of the figure's claim (:func:`~auditor.compare.measures._stems`),
        which the other figures of its pairs look their words up in."""
        if self._claim_stems is None:
            self._claim_stems = _stems(self.text)
        return self._claim_stems

    @property
    def of_thing(self) -> bool:
        """A measurement of a named thing: "1,600 miles *of* gas lines" (the noun after "of" is what is measured)."""
        return bool(self.measure.noun) and _OF.match(self.text, self.measure.quantity.end) is not None

    @property
    def owned(self) -> bool:
        if self._owned is None:
            q, text = self.measure.quantity, self.text
            # after a possessive ("the school's 310 pupils"), or owned by a pronoun after its noun ("the 3,800
            # nurses it employs"); the words after the noun are read only for a described figure
            self._owned = possessive(text, q.start) is not None or (
                DETERMINER.search(text, max(0, q.start - 8), q.start) is not None
                and owned_by_pronoun(text, q.start, noun_after(text, q.end)[1])
            )
        return self._owned

    @property
    def held(self) -> bool:
        if self._held is None:
            self._held = held(self.text, self.measure.quantity)
        return self._held

    @property
    def definite(self) -> bool:
        """A figure in a definite description ("the $421 million budget"): what the article has named before."""
        if self._definite is None:
            start = self.measure.quantity.start
            self._definite = DEFINITE.search(self.text, max(0, start - 8), start) is not None
        return self._definite

    @property
    def noun_keys(self) -> tuple[str, ...]:
        """The measure keys of the figure's noun in the order written ("rare", "book")."""
        if self._noun_keys is None:
            self._noun_keys = tuple(concept(k) for k in noun_after(self.text, self.measure.quantity.end)[0])
        return self._noun_keys

    @property
    def first_noun(self) -> str:
        """The measure key of the first word of the figure's noun ("budget" in "the $421 million budget also
        funds"; "" when it has none): the words after it may be the verb of a description."""
        if self._first_noun is None:
            self._first_noun = self._read_first_noun()
        return self._first_noun

    def _read_first_noun(self) -> str:
        q = self.measure.quantity
        segment = _CLAUSE.split(self.text[q.end : q.end + WINDOW], 1)[0]
        linking = wordlist("linking")
        words = [w.split("'")[0] for w in _words(segment)]
        first = next((n for n, w in enumerate(words) if w not in linking), None)
        if first is None or not self.measure.noun:
            return ""
        if first + 1 < len(words) and words[first + 1] in _RESTRICTIVE:
            return ""  # "the $421 million budget *the mayor proposed*": one budget of several
        return _key(words[first])

    @property
    def placed(self) -> bool:
        """A figure of what a place named before it holds ("Northvale, a city of 1.2 million people")."""
        if self._placed is None:
            self._placed = placed(_before(self.text, self.measure.quantity.start))
        return self._placed

    @property
    def described(self) -> bool:
        if self._described is None:
            self._described = _described(self.text, self.measure.quantity)
        return self._described

    @property
    def subject_words(self) -> frozenset[str]:
        if self._subject is None:
            q = self.measure.quantity
            # "the 2.3 km tunnel" is a modifier like "the 2.3-km tunnel": its subject is the noun after it
            modifier = q.adjective or (self.measured and bool(self.measure.noun) and self.definite)
            self._subject = _subject_words(self.text, q.start, q.end, modifier, self.placed)
        return self._subject


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
    if rate_of(a_text, first.quantity) != rate_of(b_text, second.quantity):
        return False  # "carries 400 passengers" / "carries 2,000 passengers a day": a level and a rate
    if fa.signs and opposed_signs(fa.signs, fb.signs):
        return False  # "the 90% the regulator rejects" / "the 10% it approves": two parts of one whole
    if fb.other_owner:
        return False  # "The plant employs 800 workers." / "A sister plant in Leeds has 600 workers.": another one
    # Most pairs of one bucket differ here (each figure's words are read once and kept), so it is asked first.
    if (fa.subject_words and fa.subject_words - fb.claim_stems) and (
        fb.subject_words and fb.subject_words - fa.claim_stems
    ):
        return False
    if _narrowed(fa, fb):
        return False  # "The repair kit costs $15" / later "The deluxe repair kit costs $25": another kit
    object_a, object_b = _object(a_text, first.quantity.end), _object(b_text, second.quantity.end)
    if object_a and object_b and object_a.isdisjoint(object_b):
        return False  # "70% gave a positive rating for the planner" / "61% ... for the map": two things rated
    if fa.measured:
        if other_dimensions(a_text, first.quantity, b_text, second.quantity):
            return False  # "the canal is 56 km long" / "the canal is 12 metres wide"
        ctx_a, ctx_b = fa.context, fb.context
        if fa.of_thing and fb.of_thing and first.noun.isdisjoint(second.noun):
            return False  # "the city's 1,600 miles of gas lines" / "the city's 6,000 miles of streets": two things
        things_a, things_b = first.noun | ctx_a, second.noun | ctx_b
        if things_a.isdisjoint(things_b):
            return False
    else:
        around_b = fb.around
        shared = ((fa.around & (around_b | second.noun)) | (around_b & first.noun)) - (first.noun & second.noun)
        if not shared.isdisjoint(_time_back()):
            shared -= _time_back() | _duration_keys()  # "150 years ago" / "a talk three years ago": when, not what
        # A bare percentage or amount ("cut ... 83 percent") needs more than one shared word to be the same measure;
        # a count of what something has needs none when the other names it as its owner's ("the school's 310
        # pupils", "its 3,800 nurses": all of them).
        # So does a later definite description whose noun starts with a word of what an earlier claim counts ("a
        # $412 million transit budget" ... "the $421 million budget also funds"; not "the $90 million housing budget").
        if len(shared) < (1 if first.noun else 2) and not _owned_pair(fa, fb):
            return False
        if (fa.compound or fb.compound) and _modified(fa, fb):
            return False  # "the library holds 82,000 books" / "the library's 8,200 *rare* books"
        if (first.restriction and not first.restriction <= fb.claim_stems) or (
            second.restriction and not second.restriction <= fa.claim_stems
        ):
            return False  # "txs with OP_RETURN outputs" / "txs with *multiple* OP_RETURN outputs": a part
    # "the estate covers 450 hectares" / "the estate's woodland covers 54 hectares": a part of the owner
    return not (fa.parts and part_of_owner(a_text, first.quantity.start, b_text)) and not (
        fb.parts and part_of_owner(b_text, second.quantity.start, a_text)
    )


@lru_cache(maxsize=FIGURE_MEMO)
def _object(text: str, end: int) -> frozenset[str]:
    """Measure keys of what the clause of the figure that ends at ``end`` says it is for or about, after the first
    preposition of ``knowledge/measures.json`` "object_prepositions" ("gave a positive rating *for the map*",
    "spent $2 million *on roads*"); none when that phrase tells a time ("for three years", "on Tuesday", "for
    the first time") or holds no content word."""
    clause = _CLAUSE.split(text[end : end + WINDOW], 1)[0]
    words = _plain_words(clause)
    start = next((n for n, w in enumerate(words) if w in _object_prepositions()), None)
    if start is None:
        return frozenset()
    stop, linking = stopwords(), wordlist("linking")
    content = [w for w in words[start + 1 :] if w not in stop and w not in linking]
    timely = wordlist("months_and_days") | wordlist("periods") | wordlist("durations") | {"time"}
    if not content or any(w[0].isdigit() or w.rstrip("s") in timely or w in timely for w in content):
        return frozenset()
    return concepts([signed_key(w) for w in content])


@cache
def _object_prepositions() -> frozenset[str]:
    return frozenset(load("measures")["object_prepositions"])


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
    if later and later - fa.claim_stems:
        return True
    earlier = _modifiers(fa.noun_keys, shared)
    return bool(earlier) and not (fb.definite or fb.owned) and bool(earlier - fb.claim_stems)


def _modifiers(keys: tuple[str, ...], shared: frozenset[str]) -> frozenset[str]:
    """The keys of a figure's noun before its first shared key ("rare" in "8,200 rare books")."""
    found: list[str] = []
    for k in keys:
        if k in shared:
            return frozenset(found)
        found.append(k)
    return frozenset()


_PAIR = re.compile(r"\b([a-z][a-z'’-]*)\s+([A-Za-z][\w'’-]*)")


def _narrowed(plain: _Figure, other: _Figure) -> bool:
    """Whether the later figure's subject is the earlier one's with a lower-case word written right before its head
    ("the repair kit" ... "the deluxe repair kit", "the bridge" ... "the rail bridge"): another one of the kind, when
    the plain subject has no word of its own that the other claim lacks. The other way round, the later claim's
    shorter subject is a reference back ("The Ferrow fibre network ..." ... "the network"): the same thing."""
    extra = other.subject_words - plain.claim_stems
    if not extra or not plain.subject_words or plain.subject_words - other.claim_stems:
        return False
    head = other.text[: other.measure.quantity.start]
    return any(
        _key(word) in extra and _key(after.lower()) in plain.subject_words
        for word, after in _PAIR.findall(head)
    )


@lru_cache(maxsize=FIGURE_MEMO)
def _subject_words(text: str, start: int, end: int, adjective: bool, in_place: bool) -> frozenset[str]:
    """Measure keys of the content words of a figure's clause before it: its subject and verb (none for a
    figure used as a modifier, "the 680-metre crossing", whose subject is the noun after it, nor for one
    owned by a common noun or a pronoun, "the school's 310 pupils", "the 3,800 nurses it employs"), for the figure
    at ``start:end`` (``in_place``: a figure of what a place holds, :func:`~auditor.compare.owners.placed`)."""
    if adjective:
        return frozenset()
    clause = max((m.end() for m in _CLAUSE.finditer(text, 0, start)), default=0)
    if in_place:
        # "Northvale, a city of 1.2 million": the place is the apposition's head
        return apposition_head(text[max(0, clause - WINDOW) : clause])
    owner = possessive(text, start)
    if owner is not None and owner.group()[:1].islower():
        return frozenset()  # "the school's 310 pupils", "its 3,800 nurses": what the article is about
    described = owner is None and DETERMINER.search(text, max(0, start - 8), start) is not None
    after = noun_after(text, end)[1]
    if described and owned_by_pronoun(text, start, after):
        # "the 3,800 nurses it employs": the same; "the 3,800 nurses the trust employs": the trust's
        return frozenset({_key(named)}) if (named := owner_noun(after)) else frozenset()
    return frozenset(_stems(text[clause:start]))

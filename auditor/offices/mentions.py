"""Mentions: the places in a text that tie a named person to an office.

"the Biden administration", "President Joe Biden", "Prime Minister Starmer", "the Modi government",
"former President Obama" ... A bare surname ("Biden said") names a person, not the office, and is not a
mention. The words just before a match decide whether it is one at all ("Vice President X", "Israeli Prime
Minister X" are not), whether it is historical ("former", "then-", "the late") and which country's office
it is ("German Chancellor X"); those word lists are in ``knowledge/office_words.json``.
"""

from __future__ import annotations

import datetime
import functools
from bisect import bisect_left
from collections.abc import Mapping
from dataclasses import dataclass
from typing import cast

from auditor.knowledge import load
from auditor.offices.keys import _DASHES, _key
from auditor.offices.model import Form, Holder, _knowledge
from auditor.offices.names import (
    _ADMINISTRATION_WORDS,
    _FORMER_WORDS,
    _HONORIFICS,
    _ORDINALS_FORMER,
    _THE_FORMER_WORDS,
    _VICE_WORDS,
    _Entry,
    _name_tokens,
    _plural,
    _scanner,
)


@dataclass(frozen=True)
class Mention:
    """A place in a text that names an office holder in their office.

    ``holders`` lists every candidate (several when a surname fits more than
    one holder of the office, e.g. "President Bush"); ``holder`` is the single
    candidate, or None when the mention is ambiguous.  When a span fits holders
    of two offices (e.g. "the Chirac government": French president and prime
    minister), one Mention per office is returned for the same span.
    """

    start: int
    end: int
    office_id: str
    holder: Holder | None
    holders: tuple[Holder, ...]
    form: Form
    former: bool
    text: str

    @property
    def ambiguous(self) -> bool:
        """True when more than one holder fits."""
        return len(self.holders) > 1

    def in_office_on(self, day: datetime.date) -> bool:
        """Whether any candidate holder held the office on ``day``."""
        return any(h.in_office_on(day) for h in self.holders)


@functools.cache
def _qualifiers() -> tuple[Mapping[str, str], frozenset[str]]:
    """Country words that may stand before a title: own (-> country) and other countries'."""
    data = load("office_words")
    return cast(dict[str, str], data["own_qualifiers"]), frozenset(data["foreign_qualifiers"])


_QUALIFIER_SIZES = (3, 2, 1)
_OPENERS = "([{\"'\u201c\u2018"  # "(former President X)" reads as "former"
_NO_CONTEXT: tuple[bool, bool, str | None] = (False, False, None)
_FOREIGN = "foreign"


def _take_qualifier(words: list[str]) -> str | None:
    """Pop a country word ("German", "U.S.", "New Zealand") from the end of ``words``.

    Returns the country it names, ``_FOREIGN`` for another country's word, or
    None when the last words are no country word.
    """
    for size in _QUALIFIER_SIZES:
        if len(words) < size:
            continue
        phrase = " ".join(words[-size:])
        own, foreign = _qualifiers()
        if phrase in own:
            del words[-size:]
            return own[phrase]
        if phrase in foreign:
            del words[-size:]
            return _FOREIGN
    return None


def _context(text: str, start: int) -> tuple[bool, bool, str | None] | None:
    """Read the words just before a match: ``(former, has_the, country)``.

    Returns None when the match is not a mention: "Vice President X",
    "Deputy Prime Minister X", or a title qualified by another country
    ("Israeli Prime Minister X").  ``country`` is the country named by a word
    such as "German" or "U.S." right before the match, else None.  ``former``
    is set by "former", "the late", "ex-", "then-", "the previous ...".
    """
    window = text[max(0, start - 48) : start]
    last = window[-1:]
    if not last or not (last.isspace() or last in _DASHES):
        return _NO_CONTEXT  # start of text, "(President X", ...
    for dash in _DASHES:
        if dash in window:
            window = window.replace(dash, "- ")
    words = [w.lstrip(_OPENERS) for w in window.split()]
    if words and words[-1].lower() in _VICE_WORDS:
        return None
    country = _take_qualifier(words)
    former = False
    lowered = words[-1].lower() if words else ""
    if lowered in _FORMER_WORDS or (lowered == "time" and words[-2:-1] == ["one-"]):
        former = True
        del words[-2 if lowered == "time" else -1 :]
        if country is None:  # "Germany's former Chancellor X"
            country = _take_qualifier(words)
    if country == _FOREIGN:
        return None
    lowered = words[-1].lower() if words else ""
    if lowered == "the":
        return (former, True, country)
    if lowered in _THE_FORMER_WORDS and len(words) > 1 and words[-2].lower() == "the":
        return (True, True, country)
    return (former, False, country)


_Candidate = tuple[str, tuple[Holder, ...], Form, bool]  # office id, holders, form, former (from wording)


@functools.lru_cache(maxsize=4096)
def _candidates(matched: str, is_title: bool, country: str | None, has_the: bool) -> tuple[_Candidate, ...]:
    """Offices and holders a matched phrase can refer to (cached per phrase and context)."""
    scanner = _scanner()
    all_offices = _knowledge().offices
    title_offices: frozenset[int] | None = None
    if is_title:
        parts = scanner.title_parse.fullmatch(matched)
        if parts is None:  # pragma: no cover - the scanning regex guarantees the shape
            return ()
        title_offices = scanner.titles.get(_key(parts["title"]), frozenset())
        possessive = parts["gov"] is not None
    else:
        parts = scanner.gov_parse.fullmatch(matched)
        if parts is None:  # pragma: no cover
            return ()
        possessive = parts["poss"] is not None
    word: str | None = parts["gov"]
    ordinal: str | None = parts["ord"]
    former = ordinal is not None and ordinal.lower() in _ORDINALS_FORMER
    entries, bare = _resolve_name(parts["name"])
    word_offices = scanner.words.get(_key(word), frozenset()) if word else None
    per_office: dict[int, list[Holder]] = {}
    for oi, hi in entries:
        off = all_offices[oi]
        if title_offices is not None and oi not in title_offices:
            continue
        if word_offices is not None and oi not in word_offices:
            continue
        if country is not None and off.country != country:
            continue
        holder = off.holders[hi]
        if title_offices is None and bare and holder.common_word_surname and (possessive or not has_the):
            continue  # "May government figures", "Major government reforms", "the King's government"
        per_office.setdefault(oi, []).append(holder)
    form = _form_of(word)
    return tuple((all_offices[oi].id, tuple(per_office[oi]), form, former) for oi in sorted(per_office))


@functools.lru_cache(maxsize=4096)
def _resolve_name(name_text: str) -> tuple[tuple[_Entry, ...], bool]:
    """Candidates for a name as written, and whether only a bare surname was used.

    Tries the whole text as a known form first, then drops leading given names,
    which must then fit the holder's names ("Helmut Kohl" is not Schmidt).
    """
    scanner = _scanner()
    raw_tokens = name_text.split()
    for i in range(len(raw_tokens)):
        key = _key(" ".join(raw_tokens[i:]))
        entries = scanner.forms.get(key)
        if not entries:
            continue
        given = [t for t in _name_tokens(" ".join(raw_tokens[:i])) if t not in _HONORIFICS]
        if not given:
            return entries, key not in scanner.full_forms
        return tuple(e for e in entries if all(_fits(g, scanner.holder_tokens[e]) for g in given)), False
    return (), False


def _fits(given: str, tokens: frozenset[str]) -> bool:
    """Whether a given name (or initial) appears among a holder's name tokens."""
    if given in tokens:
        return True
    return len(given) == 1 and any(t.startswith(given) for t in tokens)


def _form_of(word: str | None) -> Form:
    if word is None:
        return "title"
    if _key(word) in _ADMINISTRATION_WORDS:
        return "administration"
    return "government"


@functools.cache
def _anchor_words() -> tuple[frozenset[str], frozenset[str]]:
    """Every title and government word of the data: (acronyms, as written; the rest, in lower case)."""
    acronyms: set[str] = set()
    words: set[str] = {w.lower() for w in _ADMINISTRATION_WORDS}
    for off in _knowledge().offices:
        for word in (*off.titles, *off.government_words, *map(_plural, off.government_words)):
            if word.isupper():
                acronyms.add(word)
            else:
                words.add(word.lower())
    return frozenset(acronyms), frozenset(words)


@functools.cache
def _fewest_anchor_words() -> tuple[frozenset[str], tuple[str, ...]]:
    """:func:`_anchor_words` less every word that holds another ("presidents" holds "president", "federal
    chancellor" holds "chancellor"): where a word is in a text, so is the one it holds, so the test of
    :func:`may_mention` gives the same answer with about half the look-ups."""
    acronyms, words = _anchor_words()
    return acronyms, tuple(sorted(w for w in words if not any(v != w and v in w for v in words)))


def may_mention(text: str) -> bool:
    """Whether ``text`` holds a title or government word of the data. Without one :func:`find_mentions`
    finds nothing, so this cheap substring test can spare the full scan (and building its pattern)."""
    acronyms, words = _fewest_anchor_words()
    lowered = text.lower()
    return any(w in lowered for w in words) or any(a in text for a in acronyms)


class MentionIndex:
    """Where a text holds the title and government words :func:`may_mention` looks for, found with one scan of
    the whole text, so that :meth:`may_mention` of each of its sentences is a look-up, not a lower-casing and a
    dozen substring searches of the sentence."""

    def __init__(self, text: str) -> None:
        self.text = text
        acronyms, words = _fewest_anchor_words()
        lowered = text.lower()
        # The lower-cased text read at a sentence's offsets is the lower-cased sentence, unless a letter
        # lower-cases to two ("İ") or by its context (a final capital sigma).
        self.aligned = len(lowered) == len(text) and "Σ" not in text
        spans: list[tuple[int, int]] = []
        if self.aligned:
            for haystack, needles in ((lowered, words), (text, acronyms)):
                for needle in needles:
                    at = haystack.find(needle)
                    while at >= 0:
                        spans.append((at, at + len(needle)))
                        at = haystack.find(needle, at + 1)
            spans.sort()
        self.starts = [start for start, _ in spans]
        self.ends = [end for _, end in spans]

    def may_mention(self, start: int, end: int) -> bool:
        """:func:`may_mention` of ``text[start:end]``: whether one of the words found lies inside it."""
        if not self.aligned:
            return may_mention(self.text[start:end])
        k = bisect_left(self.starts, start)
        while k < len(self.starts) and self.starts[k] < end:
            if self.ends[k] <= end:
                return True
            k += 1  # a word that starts inside and runs past the end: only the last few characters hold one
        return False


def find_mentions(text: str) -> list[Mention]:
    """Every place in ``text`` that names an office holder tied to the office.

    Recognised: a title before the name ("President Joe Biden", "PM Keir
    Starmer", "Chancellor Scholz", optionally continued by "'s administration"),
    and a name before a government word ("the Biden administration", "Biden's
    administration", "the Trump White House", "the Sunak government").
    ``former`` is True for historical phrasing: "former", "ex-", "then-",
    "the late", "the previous X administration", "Trump's first administration".
    Not mentions: a bare surname ("Biden said"), "Vice President Biden",
    "Deputy Prime Minister X", and titles qualified by another country
    ("Israeli Prime Minister Bennett").  Mentions are ordered by position.
    """
    pattern = _scanner().pattern
    found: list[Mention] = []
    for match in pattern.finditer(text):
        start = match.start()
        ctx = _context(text, start)
        if ctx is None:
            continue
        former, has_the, country = ctx
        matched = match.group()
        for office_id, holders, form, worded_former in _candidates(
            matched, match.lastindex is not None, country, has_the
        ):
            found.append(
                Mention(
                    start=start,
                    end=match.end(),
                    office_id=office_id,
                    holder=holders[0] if len(holders) == 1 else None,
                    holders=holders,
                    form=form,
                    former=former or worded_former,
                    text=matched,
                )
            )
    return found

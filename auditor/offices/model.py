"""Office holders: who held which office when (``knowledge/office_holders.json``).

Terms are half-open: a :class:`Term` covers ``start <= day < end``; ``end`` is
the day the successor took office, so on a transition day only the incoming
holder is returned.  ``end is None`` means still in office as of
:func:`as_of`: the data knows nothing after that day, and callers must treat
any later day as unknown (:func:`known_through`).
"""

from __future__ import annotations

import datetime
import functools
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Literal, cast

from auditor.knowledge import HERE, load
from auditor.offices.keys import _key

DATA_FILE = HERE / "office_holders.json"
"""The JSON file the knowledge is loaded from."""

Form = Literal["administration", "title", "government"]
"""How a mention ties the person to the office."""


@dataclass(frozen=True)
class Term:
    """One continuous period in office: ``start <= day < end``."""

    start: datetime.date
    end: datetime.date | None  # None: ongoing as of the data's as_of date

    def contains(self, day: datetime.date) -> bool:
        """Whether ``day`` falls in this term (the end day belongs to the successor)."""
        day = _as_date(day)
        return self.start <= day and (self.end is None or day < self.end)

    @property
    def ongoing(self) -> bool:
        """True when the term had not ended as of the data's ``as_of`` date."""
        return self.end is None


@dataclass(frozen=True)
class Holder:
    """A person who held an office, with the name forms used in prose."""

    name: str
    surnames: tuple[str, ...]
    aliases: tuple[str, ...]
    terms: tuple[Term, ...]
    homonyms: tuple[str, ...] = ()
    common_word_surname: bool = False

    def in_office_on(self, day: datetime.date) -> bool:
        """Whether any of the holder's terms covers ``day``."""
        return any(term.contains(day) for term in self.terms)

    @property
    def first_start(self) -> datetime.date:
        """The day the holder first took office."""
        return self.terms[0].start


@dataclass(frozen=True)
class Office:
    """An office (head of government or head of state) and its holders in order."""

    id: str
    title: str
    country: str
    titles: tuple[str, ...]
    government_words: tuple[str, ...]
    holders: tuple[Holder, ...]

    def holders_on(self, day: datetime.date) -> tuple[Holder, ...]:
        """The holders in office on ``day`` (usually one, none in a gap)."""
        return tuple(h for h in self.holders if h.in_office_on(day))

    @property
    def covered_from(self) -> datetime.date:
        """First day covered by the data; lookups before it know nothing."""
        return min(h.first_start for h in self.holders)


def _as_date(day: datetime.date) -> datetime.date:
    if isinstance(day, datetime.datetime):
        return day.date()
    return day


def _parse_date(value: object, what: str) -> datetime.date:
    if not isinstance(value, str):
        raise ValueError(f"{what}: expected a YYYY-MM-DD string, got {value!r}")
    try:
        return datetime.date.fromisoformat(value)
    except ValueError as exc:
        raise ValueError(f"{what}: bad date {value!r}") from exc


def _str_tuple(value: object, what: str) -> tuple[str, ...]:
    if value is None:
        return ()
    if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
        raise ValueError(f"{what}: expected a list of strings")
    return tuple(cast(list[str], value))


def _load_holder(raw: Mapping[str, object], where: str) -> Holder:
    name = raw.get("name")
    if not isinstance(name, str) or not name:
        raise ValueError(f"{where}: holder without a name")
    where = f"{where}/{name}"
    raw_terms = raw.get("terms")
    if not isinstance(raw_terms, list) or not raw_terms:
        raise ValueError(f"{where}: no terms")
    terms: list[Term] = []
    for i, raw_term in enumerate(raw_terms):
        if not isinstance(raw_term, dict):
            raise ValueError(f"{where}: term {i} is not an object")
        start = _parse_date(raw_term.get("start"), f"{where} term {i} start")
        end_raw = raw_term.get("end")
        end = None if end_raw is None else _parse_date(end_raw, f"{where} term {i} end")
        terms.append(Term(start, end))
    return Holder(
        name=name,
        surnames=_str_tuple(raw.get("surnames"), f"{where} surnames"),
        aliases=_str_tuple(raw.get("aliases"), f"{where} aliases"),
        terms=tuple(terms),
        homonyms=_str_tuple(raw.get("homonyms"), f"{where} homonyms"),
        common_word_surname=bool(raw.get("common_word_surname", False)),
    )


def _load_office(raw: Mapping[str, object]) -> Office:
    office_id = raw.get("id")
    if not isinstance(office_id, str) or not office_id:
        raise ValueError("office without an id")
    raw_holders = raw.get("holders")
    if not isinstance(raw_holders, list) or not raw_holders:
        raise ValueError(f"{office_id}: no holders")
    return Office(
        id=office_id,
        title=str(raw.get("title", office_id)),
        country=str(raw.get("country", "")),
        titles=_str_tuple(raw.get("titles"), f"{office_id} titles"),
        government_words=_str_tuple(raw.get("government_words"), f"{office_id} government_words"),
        holders=tuple(_load_holder(cast(dict[str, object], h), office_id) for h in raw_holders),
    )


@dataclass(frozen=True)
class _Knowledge:
    about: str
    source: str
    as_of: datetime.date
    offices: tuple[Office, ...]
    by_id: Mapping[str, Office]


@functools.cache
def _knowledge() -> _Knowledge:
    raw = load(DATA_FILE.stem)
    if not isinstance(raw, dict):
        raise ValueError(f"{DATA_FILE}: top level is not an object")
    raw_offices = raw.get("offices")
    if not isinstance(raw_offices, list):
        raise ValueError(f"{DATA_FILE}: no offices list")
    loaded = tuple(_load_office(cast(dict[str, object], o)) for o in raw_offices)
    return _Knowledge(
        about=str(raw.get("about", "")),
        source=str(raw.get("source", "")),
        as_of=_parse_date(raw.get("as_of"), "as_of"),
        offices=loaded,
        by_id={o.id: o for o in loaded},
    )


def offices() -> tuple[Office, ...]:
    """All offices in the data, in file order."""
    return _knowledge().offices


def office(office_id: str) -> Office:
    """The office with id ``office_id`` (KeyError if unknown)."""
    try:
        return _knowledge().by_id[office_id]
    except KeyError:
        raise KeyError(f"unknown office id {office_id!r}") from None


def as_of() -> datetime.date:
    """The date up to which the data is believed accurate."""
    return _knowledge().as_of


def about() -> str:
    """What the data is, its coverage and conventions."""
    return _knowledge().about


def source() -> str:
    """Where the terms come from."""
    return _knowledge().source


def holders_on(office_id: str, day: datetime.date) -> tuple[Holder, ...]:
    """Who held ``office_id`` on ``day`` (usually one; empty in a gap or before coverage)."""
    return office(office_id).holders_on(_as_date(day))


def terms_of(office_id: str, holder_name: str) -> tuple[Term, ...]:
    """The terms of the holder of ``office_id`` named ``holder_name``.

    ``holder_name`` may be the full name, an alias or a surname form
    (accents, case and dash style are ignored).  Raises KeyError when nobody
    fits and ValueError when a surname fits several holders (e.g. "Bush").
    """
    holders = office(office_id).holders
    key = _key(holder_name)
    exact = [h for h in holders if _key(h.name) == key]
    if not exact:
        exact = [h for h in holders if key in {_key(a) for a in (*h.aliases, *h.surnames)}]
    if not exact:
        raise KeyError(f"no holder of {office_id!r} named {holder_name!r}")
    if len(exact) > 1:
        names = ", ".join(h.name for h in exact)
        raise ValueError(f"{holder_name!r} is ambiguous for {office_id!r}: {names}")
    return exact[0].terms




def known_through(day: datetime.date) -> bool:
    """Whether the data can say who held office on ``day``: not after :func:`as_of`."""
    return day <= as_of()

"""Ages at death: an age that the dates of birth and death given elsewhere do not allow.

"Dana Reyes (4 June 1920 – 2 March 1990)" lived 69 years; "Reyes died in 1990, aged 74" cannot be true of her,
nor can "she died at the age of 74" when "she was born in 1920" and "died in 1990". The years of birth and death
come from :mod:`auditor.compare.events` (and a bracketed lifespan after a name, "(1920 – 1990)"); an age at
death from "died ... aged 74", "died ... at the age of 74" or "at age 74". Without a month and a day on both
dates, an age is allowed a year either way of the difference of the years (a birthday not yet reached). Only
claims that the rules compare (:meth:`~auditor.compare.pairing.Pairing.hedged`) are read (CON006).
"""

from __future__ import annotations

import re
from collections import defaultdict
from dataclasses import dataclass

from auditor.compare.events import Date, find_events
from auditor.compare.pairing import Pairing
from auditor.compare.predicates import full_names, lead_person, lead_pronoun
from auditor.compare.tenures import LIFESPAN, People

_AGE_AT_DEATH = re.compile(
    r"\b(?P<verb>died|passed\s+away)\b(?P<mid>[^.;:!?()]{0,60}?)(?:,\s*)?\b(?:aged|at\s+the\s+age\s+of|at\s+age)\s+"
    r"(?P<age>\d{1,3})\b(?!\s*(?:years?\s+and|and\s+\d|[-–]))",
    re.IGNORECASE,
)
_LIFE_WORDS = frozenset({b"born", b"died", b"passed"})
"""A claim without one of these words dates no birth or death (bar a lifespan in brackets)."""
_AGE_WORDS = frozenset({b"aged", b"age"})
_MID_YEAR = re.compile(r"\b(?:in|on)\s+(?:[\w\s,]{0,20}?)(?P<year>1\d{3}|20\d{2})\b")


@dataclass(frozen=True, slots=True)
class Dated:
    """A person's birth or death and where it is said."""

    claim: int
    person: str
    date: Date
    when: str


@dataclass(frozen=True, slots=True)
class AgeAtDeath:
    """A person's age at death, maybe with the year of that death, and where it is said."""

    claim: int
    person: str
    age: int
    year: int | None


def _lived(born: Date, died: Date) -> tuple[int, int]:
    """The ages a person born on ``born`` can have on dying on ``died``: one when both have a day, else two."""
    years = died.low - born.low
    if born.low != born.high or died.low != died.high:
        return (died.low - born.high - 1, died.high - born.low)
    if born.month and died.month and born.day and died.day:
        exact = years - ((died.month, died.day) < (born.month, born.day))
        return (exact, exact)
    return (years - 1, years)


def _read(p: Pairing) -> tuple[list[Dated], list[Dated], list[AgeAtDeath]]:
    """Births, deaths and ages at death, each with the person as written (or the lead person for he/she)."""
    births: list[Dated] = []
    deaths: list[Dated] = []
    ages: list[AgeAtDeath] = []
    people = People(p)
    pronoun = lead_pronoun(p)
    lead = lead_person(p) if pronoun else ""
    for index, text in enumerate(p.texts):
        if not p.has_figure(index) or p.hedged(index):
            continue
        if lifespan := LIFESPAN.match(text):
            name = lifespan.group("name").lower()
            births.append(Dated(index, name, Date(int(lifespan["born"]), int(lifespan["born"])), lifespan["born"]))
            deaths.append(Dated(index, name, Date(int(lifespan["died"]), int(lifespan["died"])), lifespan["died"]))
        if p.words[index].isdisjoint(_LIFE_WORDS):
            continue
        said = text
        if lead and text.startswith(("He ", "She ")) and text[: text.index(" ")].lower() == pronoun:
            said = lead.title() + text[text.index(" ") :]
        for event in find_events(index, said):
            if event.group == "born":
                births.append(Dated(index, event.subject, event.date, event.when))
            elif event.group == "died":
                deaths.append(Dated(index, event.subject, event.date, event.when))
        for m in _AGE_AT_DEATH.finditer(text) if not p.words[index].isdisjoint(_AGE_WORDS) else ():
            person = people.before(text, m.start())
            if not person:
                continue
            year = _MID_YEAR.search(m.group("mid"))
            ages.append(AgeAtDeath(index, person, int(m.group("age")), int(year.group("year")) if year else None))
    return births, deaths, ages


def age_conflicts(p: Pairing) -> list[tuple[int, int, str, AgeAtDeath, str]]:
    """(earlier claim, later claim, person, age at death, the dates it conflicts with) for each age at death that
    the person's dates of birth and death, said in another claim, do not allow."""
    births, deaths, ages = _read(p)
    if not ages or not births:
        return []
    names = full_names({d.person for d in births + deaths} | {a.person for a in ages}, p)
    born: dict[str, list[Dated]] = defaultdict(list)
    died: dict[str, list[Dated]] = defaultdict(list)
    for d in births:
        born[names.get(d.person, d.person)].append(d)
    for d in deaths:
        died[names.get(d.person, d.person)].append(d)
    found: dict[tuple[int, int], tuple[int, int, str, AgeAtDeath, str]] = {}
    for age in ages:
        person = names.get(age.person, age.person)
        births_of, deaths_of = born.get(person, [])[:2], died.get(person, [])[:2]
        if len(births_of) != 1:
            continue  # no birth, or two (which CON004 compares)
        birth = births_of[0]
        ends = [(age.claim, Date(age.year, age.year))] if age.year else [(d.claim, d.date) for d in deaths_of]
        if len(ends) != 1:
            continue
        end_claim, end = ends[0]
        low, high = _lived(birth.date, end)
        if low <= age.age <= high or {birth.claim, end_claim} == {age.claim}:
            continue
        other = birth.claim if birth.claim != age.claim else end_claim
        pair = (min(other, age.claim), max(other, age.claim))
        dates = f"born {birth.when}, died {end.low}"
        found.setdefault(pair, (*pair, person, age, dates))
    return [found[k] for k in sorted(found)]

"""Holders: one office of one organisation given to two people in the article's present.

"Alan Moss, the chief executive of Lydd Foods" and "Lydd Foods chief executive Peter Crane" cannot both be true at
once: a company has one chief executive, a team one head coach, a school one principal. A :class:`Holder` is a
person, an office (``knowledge/holders.json`` and the executive offices of ``knowledge/roles.json``) and the
organisation named with it, read from three shapes: an apposition ("Moss, the chief executive of Lydd Foods," or
"Moss, Lydd Foods' chief executive,"), a present copula ("Moss is the chief executive of Lydd Foods") and a title
before the name ("Lydd Foods chief executive Alan Moss"). A qualifier ("former", "interim", "co-") makes it
another office or another time, and a claim that names a year speaks of that year: two holders are compared only
when neither claim has a qualifier and both name the same years (usually none) (CON006).
"""

from __future__ import annotations

import re
from collections import defaultdict
from dataclasses import dataclass
from functools import cache

from auditor.compare.pairing import Pairing
from auditor.compare.predicates import full_names
from auditor.compare.statements import CAPITALISED as _CAP
from auditor.compare.statements import PERSON_NAME as _NAME
from auditor.knowledge import load
from auditor.text import stopwords

_ORG = rf"(?:the\s+)?{_CAP}(?:\s+(?:of\s+|and\s+|&\s+)?{_CAP}){{0,4}}"
_END = r"(?=\s*(?:[,.;:!?)]|$)|\s+(?:and|who|which|said|says|has|had|since|for|in|on|at)\b)"
"""Where an organisation's name ends: not before "'s" or another noun ("Lydd Foods' parent company")."""
_YEAR = re.compile(r"\b(?:1\d{3}|20\d{2})\b")
MAX_LATER = 12
"""Each holder is compared with at most this many later holders of the same office."""


@dataclass(frozen=True, slots=True)
class Holder:
    """A person said to hold an office of an organisation."""

    claim: int
    person: str
    office: str
    organisation: str
    text: str
    years: frozenset[str]


@cache
def _forms() -> dict[str, str]:
    """Each way an office is written, lower case, and the office it is."""
    forms = {f: office for office, written in load("holders")["offices"].items() for f in written}
    forms.update({f: office for office, written in load("roles")["executive"].items() for f in written})
    return forms


@cache
def _patterns() -> tuple[re.Pattern[str], ...]:
    """The apposition, copula and title-before-name patterns."""
    office = "|".join(re.escape(f).replace(r"\ ", r"\s+") for f in sorted(_forms(), key=len, reverse=True))
    office = rf"(?P<office>(?i:{office}))"
    possessed = office.replace("office>", "office2>")
    described = rf"(?:(?:the\s+)?{office}\s+of\s+(?P<org>{_ORG})|(?P<org2>{_ORG})['’]s?\s+{possessed})"
    apposition = re.compile(rf"(?P<name>{_NAME}),\s+{described}\s*,")
    copula = re.compile(rf"(?P<name>{_NAME})\s+is\s+(?=the\s){described}{_END}")
    title = re.compile(rf"(?P<org>{_ORG})\s+{office}\s+(?P<name>{_NAME})\b")
    return apposition, copula, title


def _case_sensitive_names(m: re.Match[str]) -> bool:
    """Whether the name and every word of the organisation but its function words are capitalised."""
    org = m.group("org") or m.groupdict().get("org2") or ""
    org_words = [w for w in org.split() if w.lower() not in ("the", "of", "and", "&")]
    return bool(org_words) and all(w[:1].isupper() for w in org_words) and m.group("name")[:1].isupper()


def find_holders(claim: int, text: str) -> list[Holder]:
    """The offices a claim says named people hold."""
    qualifiers = frozenset(load("holders")["qualifiers"])
    lowered = text.lower()
    if any(q in qualifiers for q in re.findall(r"[a-z]+-?", lowered)):
        return []
    years = frozenset(_YEAR.findall(text))
    found = []
    for pattern in _patterns():
        for m in pattern.finditer(text):
            if not _case_sensitive_names(m):
                continue
            office = m.group("office") or m.groupdict().get("office2") or ""
            org = m.group("org") or m.groupdict().get("org2") or ""
            person = " ".join(w for w in m.group("name").lower().split() if w not in stopwords())
            organisation = " ".join(w for w in org.lower().split() if w not in stopwords())
            if person and organisation and person != organisation:
                held = _forms()[" ".join(office.lower().split())]
                found.append(Holder(claim, person, held, organisation, m.group(), years))
    return found


@cache
def _words() -> frozenset[bytes]:
    """The last word of every office as written, to find the claims worth reading."""
    return frozenset(f.split()[-1].encode() for f in _forms())


def holder_conflicts(p: Pairing) -> list[tuple[Holder, Holder]]:
    """Pairs (earlier, later) of two people given one office of one organisation at one time."""
    by_office: dict[tuple[str, str], list[Holder]] = defaultdict(list)
    words = _words()
    for index, text in enumerate(p.texts):
        if p.words[index].isdisjoint(words) or p.hedged(index):
            continue
        for holder in find_holders(index, text):
            by_office[(holder.office, holder.organisation)].append(holder)
    if not any(len(h) > 1 for h in by_office.values()):
        return []
    names = full_names({h.person for held in by_office.values() for h in held}, p)
    conflicts: dict[tuple[int, int], tuple[Holder, Holder]] = {}
    flagged: set[int] = set()  # a claim is reported against one earlier claim at most
    for held in by_office.values():
        for n, first in enumerate(held):
            for second in held[n + 1 : n + 1 + MAX_LATER]:
                one, other = names.get(first.person, first.person), names.get(second.person, second.person)
                if first.claim == second.claim or first.years != second.years or second.claim in flagged:
                    continue
                if one == other or one.endswith(" " + other) or other.endswith(" " + one):
                    continue
                conflicts.setdefault((first.claim, second.claim), (first, second))
                flagged.add(second.claim)
    return [conflicts[k] for k in sorted(conflicts)]

"""Attributes: what appositions and copulas say about a named person.

"Dana Reyes, 45, ..." and "Reyes, who is 45," give an age; "Reyes, the company's chief executive, ..." an office;
"Kolderup is Godfrey's father", "Kolderup, his uncle," and "Godfrey's uncle Kolderup" a kinship; "Reyes, a British
engineer," and "the British engineer Dana Reyes" a nationality. An :class:`Attribute` records one of them, so that
two that cannot both hold of one person can be found (CON006). Word lists are in
``knowledge/roles.json``.
"""

from __future__ import annotations

import re
from collections import defaultdict
from dataclasses import dataclass
from functools import cache
from typing import Any

from auditor.compare.birthplaces import apart, find_birthplaces
from auditor.compare.hometowns import MAY_HAVE as _MAY_HAVE_HOMETOWN
from auditor.compare.hometowns import find_hometowns
from auditor.compare.pairing import Pairing
from auditor.compare.statements import CAPITALISED as _CAP
from auditor.compare.statements import PERSON_NAME as _NAME
from auditor.knowledge import load
from auditor.reading import reading
from auditor.text import stopwords

_OWNER = rf"(?:the|a|an|his|her|its|their|(?P<owner>{_CAP}(?:\s+{_CAP}){{0,2}})(?:['’]s|(?<=s)['’](?=\s)))"
"""What a description opens with: an article, a possessive pronoun, or a name's possessive ("Acme's", "Kelso
Rovers'")."""
_DESC_END = r"(?=,|;|\.\s|\.$|\s+(?:who|which|said|says|and|has|had|is|was)\b|$)"
_AGE = re.compile(
    rf"(?P<name>{_NAME}),\s+(?:aged\s+)?(?P<age>\d{{1,3}}),|(?P<name2>{_NAME})\s+\((?:aged\s+)?(?P<age2>\d{{1,3}})\)"
)
_APPOSITION = re.compile(rf"(?P<name>{_NAME}),\s+(?P<desc>{_OWNER}\s+[^,;:()]{{1,60}}?){_DESC_END}")
_COPULA = re.compile(rf"(?P<name>{_NAME})\s+(?:is|was|are|were)\s+(?P<desc>{_OWNER}\s+[^,;:()]{{1,60}}?){_DESC_END}")
_OF = re.compile(rf"\b(?:of|at|for)\s+(?:the\s+)?(?P<of>{_CAP}(?:\s+{_CAP}){{0,3}})")
_AGE_COMMA = re.compile(r",\s+(?:aged\s+)?\d{1,3}[,)]|\(\d{1,3}\)|\d-year-old\s+[A-Z]")
_AGED_NAME = re.compile(rf"\b(?P<age>\d{{1,3}})-year-old\s+(?P<name>{_NAME})\b(?!['’]s)(?:\s+(?P<next>[a-z]+))?")
"""An age before a name ("the 36-year-old Kevin Marsh of Austell"); not before a noun the name qualifies ("a
41-year-old Sun Valley man")."""
_WHO_IS = re.compile(
    rf"(?P<name>{_NAME}),\s+(?:who\s+is|now)\s+(?P<age>\d{{1,3}})(?:\s+years\s+old)?,"
    rf"|(?P<name2>{_NAME})\s+is\s+(?P<age2>\d{{1,3}})\s+years\s+old\b"
)
"""An age now, in a clause or a copula ("Marta Kowal, who is 41, ...", "Kowal is 41 years old"); not "who was 41",
an age at some past moment."""
_PREMODIFIED = re.compile(
    rf"(?:\b(?P<owner>{_CAP}(?:\s+{_CAP}){{0,2}})['’]s|\b(?P<pronoun>[Hh]is|[Hh]er))\s+(?P<kin>[a-z][\w-]*)"
    rf",?\s+(?P<name>{_NAME})\b(?!['’])"
)
"""A kinship before a name ("Tom's son Sam", "with his brother Sam Vale", "her husband, Piet,")."""
_DEMONYM_BEFORE = re.compile(
    rf"\b(?:[Tt]he|[Aa]n?)\s+(?P<dem>[A-Z][a-z]+)\s+(?P<noun>[a-z]+(?:\s+[a-z]+)?)\s+(?P<name>{_NAME})\b"
)
"""A nationality before a name ("the French painter Lena Hart")."""
_DEMONYM_PREDICATE = re.compile(rf"(?P<name>{_NAME})\s+(?:is|was)\s+(?P<dem>[A-Z][a-z]+)(?=\s*(?:[.;]|$))")
"""A nationality as the whole predicate of a name ("Lars Vik is Norwegian.")."""
_YEAR = re.compile(r"(?<!since )(?<!Since )\b(?:1\d{3}|20\d{2})\b")
"""A year that dates what a claim says ("In 2010, Moss, 34, ..."); "since 2019" only says how long."""
_HONORIFICS = frozenset(
    ["mr", "mrs", "ms", "miss", "dr", "sir", "lady", "lord", "dame", "prof", "professor", "rev", "captain", "capt"]
)
MAX_DESCRIPTION_WORDS = 6
"""Longer appositions are clauses, not descriptions."""


@dataclass(frozen=True, slots=True)
class Attribute:
    """One thing an article says a named person is: an age, a kinship, an office, a nationality, a birthplace or a
    home town."""

    claim: int
    person: str
    """The name as the key it is compared by: lower case, honorific kept ("mrs frisby")."""
    kind: str
    value: str
    relative: str
    """Whose relative (kinship) or which organisation (office); "" when not said."""
    text: str
    """The description as written."""


@cache
def _roles() -> dict[str, Any]:
    data = dict(load("roles"))
    data["office_of"] = {form: office for office, forms in data["executive"].items() for form in forms}
    return data


@cache
def _office_pattern() -> re.Pattern[str]:
    """Every way an office is written ("chief executive", "ceo"), longest first, as whole words."""
    forms = sorted(_roles()["office_of"], key=len, reverse=True)
    return re.compile(r"\b(?:" + "|".join(re.escape(f) for f in forms) + r")\b")


@cache
def attribute_words() -> frozenset[bytes]:
    """Words (as bytes) that make a claim worth reading for kinships, offices and nationalities."""
    roles = _roles()
    words = {w for w in roles["kinship"] if w.isascii() and "-" not in w} | set(roles["demonyms"])
    words |= {form.split()[-1] for form in roles["office_of"]} | {"born", "native"}
    return frozenset(w.encode() for w in words)


def person_key(name: str) -> str:
    """The key a name is compared by: words in lower case, leading function words dropped."""
    words = [w.strip(".,'’").lower() for w in name.split()]
    while words and words[0] in stopwords() and words[0] not in _HONORIFICS:
        words.pop(0)
    return " ".join(w for w in words if w)


def find_attributes(claim: int, text: str) -> list[Attribute]:
    """The ages, kinships, offices and nationalities the claim gives named people."""
    found: list[Attribute] = []
    for m in _AGE.finditer(text) if _AGE_COMMA.search(text) else ():
        name, age = (m.group("name"), m.group("age")) if m.group("name") else (m.group("name2"), m.group("age2"))
        key = person_key(name)
        if key and 0 < int(age) < 120:
            found.append(Attribute(claim, key, "age", age, "", age))
    for m in _AGED_NAME.finditer(text) if "-year-old" in text else ():
        key = person_key(m.group("name"))
        if key and 0 < int(m.group("age")) < 120 and (m.group("next") or "of") in stopwords():
            found.append(Attribute(claim, key, "age", m.group("age"), "", m.group("age")))
    for m in _WHO_IS.finditer(text) if " is " in text or " now " in text else ():
        name, age = (m.group("name"), m.group("age")) if m.group("name") else (m.group("name2"), m.group("age2"))
        key = person_key(name)
        if key and 0 < int(age) < 120:
            found.append(Attribute(claim, key, "age", age, "", age))
    found += _premodified(claim, text)
    for name, place, written in find_birthplaces(text) if "orn " in text or "native" in text else ():
        key = person_key(name)
        if key:
            found.append(Attribute(claim, key, "birthplace", place, "", written))
    for name, place, written in find_hometowns(text):
        key = person_key(name)
        if key:
            found.append(Attribute(claim, key, "hometown", place, "", written))
    for pattern in (_APPOSITION, _COPULA):
        for m in pattern.finditer(text):
            key = person_key(m.group("name"))
            if key:
                found.extend(_described(claim, key, m, text))
    return found


def _described(claim: int, key: str, m: re.Match[str], text: str) -> list[Attribute]:
    """The attributes in one description ("his uncle", "Acme's chief executive", "a British engineer")."""
    roles = _roles()
    desc = " ".join(m.group("desc").split())
    words = [w.strip(".,'’").lower() for w in desc.split()]
    if len(words) > MAX_DESCRIPTION_WORDS or any(w in roles["qualifiers"] or w.endswith("-born") for w in words):
        return []
    owner = m.group("owner") or ""
    of = _OF.search(desc)
    relative = person_key(owner or (of.group("of") if of else ""))
    lowered = " ".join(words)
    found = []
    kin = [w for w in words[1:] if w in roles["kinship"]]
    if len(kin) == 1 and not of:
        if not relative and words[0] in ("his", "her", "their"):
            relative = _other_name(text, key)
        if relative:
            found.append(Attribute(claim, key, "kinship", kin[0], relative, desc))
    offices = {roles["office_of"][m.group()] for m in _office_pattern().finditer(lowered)}
    if len(offices) == 1:
        found.append(Attribute(claim, key, "office", offices.pop(), relative, desc))
    # "a British engineer", "The Amps were an American rock group", "a 1917 American film"
    at = 2 if len(words) > 2 and re.fullmatch(r"1\d{3}|20\d{2}", words[1]) else 1
    if len(words) >= at + 2 and words[0] in ("a", "an") and words[at] in roles["demonyms"]:
        found.append(Attribute(claim, key, "nationality", words[at], "", desc))
    return found


def _premodified(claim: int, text: str) -> list[Attribute]:
    """Kinships and nationalities written before a name ("Tom's son Sam", "his brother Sam", "the French painter
    Lena Hart"), and a nationality as a name's whole predicate ("Lars Vik is Norwegian."). "His" or "her" is read
    as the one other name before it in the sentence; with two, it is not read."""
    roles = _roles()
    found = []
    for m in _PREMODIFIED.finditer(text):
        kin = m.group("kin").lower()
        key = person_key(m.group("name"))
        if kin not in roles["kinship"] or not key or key in stopwords() or m.group("name").endswith(("'s", "’s")):
            continue  # "her brother Owen's house": what is named is Owen's, and he may be anyone's brother
        if m.group("owner"):
            relative = person_key(m.group("owner"))
        else:
            before = {person_key(n.group()) for n in re.finditer(_NAME, text[: m.start()])} - {"", key}
            before = {b for b in before if b not in stopwords()}
            relative = before.pop() if len(before) == 1 else ""
        if relative and relative != key:
            found.append(Attribute(claim, key, "kinship", kin, relative, m.group()))
    for m in _DEMONYM_PREDICATE.finditer(text):
        key = person_key(m.group("name"))
        if key and key not in stopwords() and m.group("dem").lower() in roles["demonyms"]:
            found.append(Attribute(claim, key, "nationality", m.group("dem").lower(), "", m.group()))
    for m in _DEMONYM_BEFORE.finditer(text):
        demonym, noun = m.group("dem").lower(), m.group("noun")
        nouns = roles["nationality_nouns"]
        if demonym in roles["demonyms"] and (noun in nouns or noun.split()[-1] in nouns):
            key = person_key(m.group("name"))
            if key and (noun in nouns or noun.split()[0] not in roles["qualifiers"]):
                found.append(Attribute(claim, key, "nationality", demonym, "", m.group()))
    return found


def _other_name(text: str, key: str) -> str:
    """The first other name of the sentence, whom "his" or "her" most likely points to ("Godfrey ... lives with
    Kolderup, his uncle")."""
    for m in re.finditer(_NAME, text):
        other = person_key(m.group())
        if other and other != key and not key.endswith(other) and not other.endswith(key.split()[-1]):
            return other
    return ""


def conflicting(a: Attribute, b: Attribute) -> bool:
    """Whether two attributes of one person cannot both hold."""
    if a.kind != b.kind or a.value == b.value:
        return False
    if a.kind == "kinship":
        return bool(a.relative) and a.relative == b.relative and not _compatible_kinships(a.value, b.value)
    if a.kind == "office":
        return not a.relative or not b.relative or a.relative == b.relative
    if a.kind == "nationality":
        nested = _nested()
        return b.value not in nested.get(a.value, ()) and a.value not in nested.get(b.value, ())
    return True


def _compatible_kinships(one: str, other: str) -> bool:
    """Whether one person may be both to another ("brother" and "twin", "wife" and "widow", "uncle" and "godfather")."""
    if one.startswith("god") or other.startswith("god"):
        return True
    return any(one in group and other in group for group in _roles()["kinship_compatible"])


@cache
def _nested() -> dict[str, frozenset[str]]:
    """Each demonym that includes others, with them ("british": "english", "scottish" ...)."""
    return {outer: frozenset(inner) for outer, inner in _roles()["nested_demonyms"].items()}


MAX_LATER = 24
"""How many later descriptions of the same person each one is compared with."""


def attribute_conflicts(p: Pairing) -> list[tuple[Attribute, Attribute]]:
    """Pairs (earlier, later) of attributes of one person that cannot both hold (two ages, two offices ...)."""
    found: list[Attribute] = []
    words = attribute_words()
    for index, text in enumerate(p.texts):
        read = not p.words[index].isdisjoint(words) or (p.has_figure(index) and _aged(text))
        if not read and _MAY_HAVE_HOMETOWN.search(text) is None:
            continue
        if p.hedged(index):
            continue
        found.extend(find_attributes(index, text))
    if len(found) < 2:
        return []
    people = _resolve({a.person for a in found}, p)
    by_person: dict[str, list[Attribute]] = defaultdict(list)
    for a in found:
        if people.get(a.person):
            by_person[people[a.person]].append(a)
    conflicts: dict[tuple[int, int], tuple[Attribute, Attribute]] = {}
    flagged: set[int] = set()  # a claim is reported against one earlier claim at most
    for attributes in by_person.values():
        for n, first in enumerate(attributes):
            # Each description is compared with the next few of the same person: linear in long texts,
            # and a contradiction between the 1st and the 40th mention is still found through those between.
            for second in attributes[n + 1 : n + 1 + MAX_LATER]:
                key = (first.claim, second.claim)
                if first.claim == second.claim or key in conflicts or second.claim in flagged:
                    continue
                if not conflicting(first, second):
                    continue
                if first.kind in ("birthplace", "hometown") and not apart(first.value, second.value, p.texts):
                    continue  # "Hull" and "East Riding", named together somewhere: one may hold the other
                if first.kind == "nationality" and _dual(p.texts):
                    continue  # "holds Spanish and Portuguese passports": two nationalities may both hold
                if first.kind in ("age", "hometown") and _years(p.texts[first.claim]) != _years(p.texts[second.claim]):
                    continue  # an age "in 2010" is not an age now, nor a home town then one now
                conflicts[key] = (first, second)
                flagged.add(second.claim)
    return [conflicts[k] for k in sorted(conflicts)]


_DUAL = re.compile(
    r"\b(?:dual|citizenships?|passports?|naturali[sz](?:ed|ation)|nationalities|became\s+an?\s+[A-Z][a-z]+\s+citizen)\b"
)


def _dual(texts: list[str]) -> bool:
    """Whether an article speaks of citizenship, passports or naturalisation: a person may hold two nationalities."""
    return any(_DUAL.search(text) for text in texts)


def _aged(text: str) -> bool:
    """Whether a claim with a figure may give a person's age ("Reyes, 45,", "Reyes, who is 45,")."""
    return _AGE_COMMA.search(text) is not None or (_may_say_age_now(text) and _WHO_IS.search(text) is not None)


def _may_say_age_now(text: str) -> bool:
    """Whether the claim's words hold what :data:`_WHO_IS` cannot match without ("who is", "now", "is ... years
    old"), each between white space or a word's end: one look at the claim's reading, where the pattern tries a
    name at every capital (some 12 us a claim)."""
    words = reading(text).words
    return "now" in words or ("is" in words and ("who" in words or ("years" in words and "old" in words)))


def _years(text: str) -> set[str]:
    return set(_YEAR.findall(text))


def _resolve(keys: set[str], p: Pairing) -> dict[str, str]:
    """Each name's person: a surname alone stands for the one full name of the article that ends with it.

    Full names are looked for in every claim that has the surname, not only in the descriptions: "Peterson,
    53," is not "Stacy Peterson, 23," when the article also names Drew Peterson. A name of three words or more
    that ends with that one full name ("Councillor Maria Brennock", "Harbour Master Colin Drury") is its person
    too: the words before are a title.
    """
    people = {}
    # The claims that hold each surname, from one pass over the claims (not one pass per surname).
    surnames = {key.rsplit(" ", 1)[-1] for key in keys if " " not in key or key.count(" ") >= 2}
    holders: dict[bytes, list[int]] = {surname.encode(): [] for surname in surnames}
    wanted = frozenset(holders)
    for index, words in enumerate(p.words):
        for word in words & wanted:
            holders[word].append(index)
    full: dict[str, str] = {}
    for surname in surnames:
        pattern = re.compile(rf"\b([A-Z][\w'’-]+\.?)\s+{re.escape(surname.title())}\b")
        firsts = {
            m.group(1).lower().rstrip(".")
            for index in holders[surname.encode()]
            for m in pattern.finditer(p.texts[index])
            if m.group(1).lower().rstrip(".") not in stopwords()
        }
        if len(firsts) <= 1:
            full[surname] = f"{firsts.pop()} {surname}" if firsts else surname
    for key in keys:
        if " " not in key:
            if key in full:
                people[key] = full[key]
            continue
        parts = key.split()
        one = full.get(parts[-1], "")
        people[key] = one if len(parts) >= 3 and " " in one and key.endswith(" " + one) else key
    return people

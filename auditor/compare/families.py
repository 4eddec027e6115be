"""Families: how many sons, daughters, children or siblings an article gives a named person.

"Osric Vane had three sons" and "Vane's four sons" count one set twice, in other words; "Mira Castell was an
only child" gives her no siblings, which "Castell's brother Piet" or "Castell and her two sisters" deny. A
:class:`Count` is a person, a kind of relative (``knowledge/roles.json`` "counted_kin") and how many, read from
a few shapes: "<name> had <n> <kin>" (also "<name> and his wife have <n> <kin>"), "<name> is a father of <n>",
"<name> and her husband ... their <n> <kin>", "<name>'s <n> <kin>", "his <n> <kin>", "all <n> of <name>'s <kin>",
"<name> was an only child", "<name>'s only son", and a sibling named before a name ("<name>'s brother Piet",
"<name> and his brother"), which says there is at least one. Two counts of one person and one kind that differ
are a numeric conflict (CON003).

A count qualified as part of the whole ("his two eldest sons", "two sons by his first wife", "his surviving
sons") is not read; nor is one of a claim that names a year the other does not, or that tells a time ("by then",
"at the time", "later"): a family grows.
"""

from __future__ import annotations

import re
from collections import defaultdict
from dataclasses import dataclass
from functools import cache

from auditor.compare.pairing import Pairing
from auditor.compare.predicates import full_names, lead_person, lead_pronoun
from auditor.compare.statements import PERSON_NAME as _NAME
from auditor.knowledge import load
from auditor.phrases import alternation
from auditor.text import stopwords

_YEAR = re.compile(r"\b(?:1\d{3}|20\d{2})\b")
_TIMED = re.compile(
    r"\b(?:by then|by now|by the time|at the time|at that time|later|eventually|another|more|other|remaining"
    r"|surviving|living|late|then|until|before|after|when)\b",
    re.IGNORECASE,
)
"""Words that put a count at one time, or count part of a family ("another son", "his other two sons")."""
_PART = re.compile(r"^\s*(?:by|with|from|of|in|at|who\s+(?:died|survived))\b", re.IGNORECASE)
"""What after the counted noun makes it a part ("two sons by his first wife", "three sons from that marriage")."""
_SIBLINGS = ("brothers", "sisters", "siblings")
_OFFSPRING = ("sons", "son", "daughters", "daughter", "children", "child")
"""Kin a couple has together ("Sato and his wife have three children", "... with their five children")."""
MAX_LATER = 12
"""Each count is compared with at most this many later counts of the same person and kind."""


@dataclass(frozen=True, slots=True)
class Count:
    """How many relatives of one kind a claim gives a person; ``at_least`` when it only says there are some."""

    claim: int
    person: str
    kin: str
    value: int
    at_least: bool
    text: str
    years: frozenset[str]
    couple: bool = False
    """Counted as a couple's ("Sato and his wife have three children"): the person may have more of their own."""


@cache
def _kin() -> dict[str, str]:
    """Each counted kin noun, plural or singular, with the kind it counts ("sons" and "son": "sons")."""
    found: dict[str, str] = {}
    for plural, singular in load("roles")["counted_kin"].items():
        found[plural] = found[singular] = plural
    return found


@cache
def _numbers() -> dict[str, int]:
    units = load("numbers")["units"]
    return {w: int(v) for w, v in units.items() if w not in ("a", "an", "zero", "dozen")}


@cache
def _patterns() -> tuple[re.Pattern[str], ...]:
    kin = "|".join(sorted(_kin(), key=len, reverse=True))
    num = r"(?P<num>\d{1,2}|" + "|".join(sorted(_numbers(), key=len, reverse=True)) + ")"
    owner = rf"(?:(?P<owner>{_NAME})['’]s|(?P<pronoun>\b[Hh]is|\b[Hh]er))"
    spouse = rf"(?P<spouse>\s+and\s+(?:his|her)\s+(?:wife|husband|partner)(?:,?\s+{_NAME},?)?)"
    offspring = alternation(k for k in _kin() if k in _OFFSPRING)
    return (
        re.compile(rf"(?P<name>{_NAME})(?:{spouse})?\s+(?:had|has|have|fathered|mothered|bore)\s+{num}\s+(?P<kin>{kin})\b"),
        re.compile(
            rf"(?P<name>{_NAME}),?\s+(?:is\s+|was\s+)?(?:a|the)\s+(?:father|mother|parent)\s+of\s+{num}"
            rf"(?:\s+(?P<kin>{offspring})\b|(?P<parent>(?=\s*[,.;:)]|\s*$)))"
        ),
        re.compile(rf"(?P<name>{_NAME}){spouse}\s[^.;:]{{0,60}}?\btheir\s+{num}\s+(?P<kin>{offspring})\b"),
        re.compile(rf"(?<!\bof )\b{owner}\s+{num}\s+(?P<kin>{kin})\b"),
        re.compile(rf"\b[Aa]ll\s+{num}\s+of\s+{owner}\s+(?P<kin>{kin})\b"),
        re.compile(rf"(?P<name>{_NAME})\s+(?:was|is)\s+(?:an|the)\s+only\s+(?P<only>child)\b(?!\s+of\b)"),
        re.compile(rf"{owner}\s+only\s+(?P<one>son|daughter|child|brother|sister)\b"),
        re.compile(rf"{owner}\s+(?:(?:older|younger|elder|big|little|twin)\s+)?(?P<sibling>brother|sister)\b(?![-\w])"),
        re.compile(
            rf"(?P<name>{_NAME})\s+and\s+(?:his|her)\s+(?:{num}\s+)?(?P<kin>brothers?|sisters?|siblings)\b(?![-\w])"
        ),
    )


@cache
def count_words() -> frozenset[bytes]:
    """Words (as bytes) of a claim that may count someone's relatives."""
    return frozenset(w.encode() for w in {*_kin(), "only", "father", "mother", "parent"})


def find_counts(claim: int, text: str, person: tuple[str, str] = ("", "")) -> list[Count]:
    """The counts of relatives a claim gives named people; "his" or "her" is the one name before it in the
    sentence, else ``person`` (whom the article's "he" or "she" stands for)."""
    if _TIMED.search(text):
        return []
    years = frozenset(_YEAR.findall(text))
    numbers = _numbers()
    found: list[Count] = []
    for pattern in _patterns():
        for m in pattern.finditer(text):
            groups = m.groupdict()
            if groups.get("kin") and _PART.match(text[m.end() :]):
                continue
            who = _who(text, m, person)
            if not who:
                continue
            if groups.get("only"):  # "<name> was an only child": no brothers, sisters or siblings
                found += [Count(claim, who, kin, 0, False, m.group(), years) for kin in _SIBLINGS]
                continue
            if groups.get("sibling"):  # "<name>'s brother Piet": at least one
                kin = _kin()[groups["sibling"]]
                found += [Count(claim, who, k, 1, True, m.group(), years) for k in (kin, "siblings")]
                continue
            if groups.get("one"):  # "<name>'s only son": one
                found.append(Count(claim, who, _kin()[groups["one"]], 1, False, m.group(), years))
                continue
            kin = _kin()[groups["kin"]] if groups.get("kin") else "children"  # "a father of three"
            raw = groups.get("num")
            if raw is None:  # "<name> and his brothers": at least one (two for a plural)
                plural = groups["kin"].endswith("s")
                found += [Count(claim, who, k, 2 if plural and k == kin else 1, True, m.group(), years)
                          for k in {kin, "siblings"}]
            else:
                value = int(raw) if raw.isdigit() else numbers[raw.lower()]
                if 0 < value < 30:
                    found.append(Count(claim, who, kin, value, False, m.group(), years, bool(groups.get("spouse"))))
                    if kin in ("brothers", "sisters"):
                        found.append(Count(claim, who, "siblings", value, True, m.group(), years))
    return found


def _who(text: str, m: re.Match[str], person: tuple[str, str]) -> str:
    """Whose relatives a match counts, as a lower-case name; "" when it cannot be told."""
    groups = m.groupdict()
    name = groups.get("name") or groups.get("owner")
    if name:
        key = " ".join(w.lower() for w in name.split() if w.lower() not in stopwords())
        return key if key and name.split()[0].lower() not in ("the", "a", "an") else ""
    before = {
        " ".join(w.lower() for w in n.group().split())
        for n in re.finditer(_NAME, text[: m.start()])
        if n.group().lower() not in stopwords()
    }
    if len(before) == 1:
        return before.pop()
    lead, pronoun = person
    return lead if not before and m.group("pronoun").lower() == {"he": "his", "she": "her"}.get(pronoun) else ""


def _conflicting(a: Count, b: Count) -> bool:
    if a.years != b.years or a.claim == b.claim:
        return False
    if a.at_least and b.at_least:
        return False
    if a.couple != b.couple:  # a couple's children are some of each parent's: only fewer of the parent's clash
        own, couple = (b, a) if a.couple else (a, b)
        return not own.at_least and own.value < couple.value
    if a.at_least:
        return b.value < a.value
    if b.at_least:
        return a.value < b.value
    return a.value != b.value


def family_conflicts(p: Pairing) -> list[tuple[Count, Count]]:
    """Pairs (earlier, later) of counts of one person's relatives of one kind that cannot both hold."""
    words = count_words()
    person: tuple[str, str] | None = None  # the article's lead person, read once a claim counts relatives
    found: list[Count] = []
    for index, text in enumerate(p.texts):
        if p.words[index].isdisjoint(words) or p.hedged(index):
            continue
        if person is None:
            lead, pronoun = lead_person(p), lead_pronoun(p)
            person = (lead, pronoun) if lead and pronoun else ("", "")
        found += find_counts(index, text, person)
    if len(found) < 2:
        return []
    names = full_names({c.person for c in found}, p)
    by_kind: dict[tuple[str, str], list[Count]] = defaultdict(list)
    for c in found:
        by_kind[(names.get(c.person, c.person), c.kin)].append(c)
    conflicts: dict[tuple[int, int], tuple[Count, Count]] = {}
    for counts in by_kind.values():
        for n, first in enumerate(counts):
            for second in counts[n + 1 : n + 1 + MAX_LATER]:
                if _conflicting(first, second):
                    conflicts.setdefault((first.claim, second.claim), (first, second))
    return [conflicts[k] for k in sorted(conflicts)]

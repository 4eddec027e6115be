"""Birthplaces: where an article says a named person was born ("Mira Tallis was born in Hull", "Tallis, who was
born in Leeds,", "Born in Cardiff, Owen Pryce ...", "Pryce, a native of Swansea,").

One person is born in one place; two birthplaces of one person contradict each other unless one may hold the
other. Places that hold others (countries, states, counties: ``knowledge/birthplaces.json``) are never compared,
nor two places the article names side by side ("Hull, in East Riding"), nor one name inside the other
("Newcastle", "Newcastle upon Tyne"). Found as :class:`~auditor.compare.attributes.Attribute` values of kind
"birthplace" (CON006).
"""

from __future__ import annotations

import re
from functools import cache

from auditor.compare.statements import CAPITALISED as _CAP
from auditor.compare.statements import PERSON_NAME as _NAME
from auditor.knowledge import load

_PLACE = rf"(?P<place>{_CAP}(?:\s+(?:upon|on|de|la)?\s*{_CAP}){{0,2}})(?!['’]s)"
_WHEN = r"(?:(?:on|in)\s+[^,;.()]{0,20}?\b(?:1\d{3}|20\d{2})\s+)?"
"""A date of birth before the place ("born in 1961 in Hull", "born on 4 May 1961 in Hull")."""
_BORN_AFTER = re.compile(
    rf"(?P<name>{_NAME}),?\s+(?:(?:who\s+)?(?:was|is)\s+)?born\s+{_WHEN}in\s+{_PLACE}"
    rf"|(?P<name2>{_NAME}),?\s+(?:(?:who\s+)?(?:is|was)\s+)?a\s+native\s+of\s+{_PLACE.replace('place', 'place2')}"
)
"""A birthplace after the name, in a clause or an apposition."""
_BORN_BEFORE = re.compile(rf"(?:^|[.;]\s+)[Bb]orn\s+{_WHEN}in\s+{_PLACE}(?:\s+in\s+\d{{4}})?,\s+(?P<name>{_NAME})")
"""A birthplace in a phrase that opens the claim ("Born in Cardiff, Owen Pryce joined ...")."""
_MONTHS = frozenset(
    ["january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november",
     "december"]
)


@cache
def _wide() -> tuple[frozenset[str], frozenset[str]]:
    data = load("birthplaces")
    return frozenset(p.lower() for p in data["wide"]), frozenset(data["wide_words"])


def wide(place: str) -> bool:
    """Whether a place may hold other places (a country, a state, a county): a birthplace it does not compare."""
    places, words = _wide()
    lowered = place.lower().removeprefix("the ")
    return lowered in places or lowered.split()[-1] in words


def find_birthplaces(text: str) -> list[tuple[str, str, str]]:
    """(name, place, the words as written) of each birthplace the claim gives."""
    found = []
    for m in _BORN_AFTER.finditer(text):
        name, place = (m.group("name"), m.group("place")) if m.group("name") else (m.group("name2"), m.group("place2"))
        found.append((name, place, m.group()))
    for m in _BORN_BEFORE.finditer(text):
        found.append((m.group("name"), m.group("place"), m.group().lstrip(".; ")))
    return [(n, p, t) for n, p, t in found if p.split()[0].lower() not in _MONTHS and not wide(p)]


def apart(one: str, other: str, texts: list[str]) -> bool:
    """Whether two birthplaces cannot both be right: different names, neither inside the other, and never named
    together in one claim of the article (which may say that one holds the other)."""
    a, b = one.lower(), other.lower()
    if a == b or a in b or b in a:
        return False
    return not any(a in t and b in t for t in (text.lower() for text in texts))

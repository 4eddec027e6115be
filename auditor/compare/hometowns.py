"""Home towns: where an apposition says a named person is from ("Colin Drury, from Whitby, ...", "Ana Ruiz, 34,
from Corby, ...", "Priya Santhe, a retired teacher from Corby,").

One person named in one article is from one place; two places of one person contradict each other unless one may
hold the other. Read only in an apposition that ends where the place does (a comma, or "said", "who", "has" ...),
with the place right after "from" (not "from the ...", an organisation's department), and compared as birthplaces
are (:func:`auditor.compare.birthplaces.apart`: never two places the article names together, nor one name inside
the other, nor places that hold others). Found as :class:`~auditor.compare.attributes.Attribute` values of kind
"hometown" (CON006).
"""

from __future__ import annotations

import re

from auditor.compare.birthplaces import wide
from auditor.compare.statements import CAPITALISED as _CAP
from auditor.compare.statements import PERSON_NAME as _NAME

_PLACE = rf"(?P<place>{_CAP}(?:\s+(?:upon|on|de|la)?\s*{_CAP}){{0,2}})(?!['’]s)"
_FROM = re.compile(
    rf"(?P<name>{_NAME}),\s+(?:(?:aged\s+)?\d{{1,3}},\s+)?(?P<desc>(?:an?\s+(?:[a-z-]+\s+){{1,4}})?from\s+{_PLACE})"
    r"(?=\s*,|\s*\.|\s+(?:said|says|told|who|has|had|is|was|and)\b)"
)
"""A home town in an apposition: "Drury, from Whitby,", "Ana Ruiz, 34, from Corby,", "Santhe, a retired teacher
from Corby,"."""


MAY_HAVE = re.compile(r",[^,]{0,60}\bfrom\s+[A-Z]")
"""A cheap look for what :func:`find_hometowns` reads: a comma, then "from" and a capital."""


def find_hometowns(text: str) -> list[tuple[str, str, str]]:
    """(name, place, the apposition as written) for each home town the text gives a named person."""
    if MAY_HAVE.search(text) is None:
        return []
    found = []
    for m in _FROM.finditer(text):
        place = m.group("place")
        if wide(place):
            continue  # "from Wales": a place that holds others
        found.append((m.group("name"), place, m.group("desc")))
    return found

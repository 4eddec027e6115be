"""Reference knowledge: the date a state was admitted, a country became independent or a city was incorporated.

"Utah was admitted to the Union on January 4, 1896." "Ghana gained independence in 1957." Such a date is what an
almanac or an encyclopedia's first line gives, not a finding of the writer's that needs its source. It is read
only when the sentence is that fact and no more: it opens with the proper name the event is told of, the event
phrase follows it (``knowledge/almanac.json``; "became the 45th state" too), and the sentence holds no figure but
the event's dates and an ordinal ("the 45th state"). "Utah was admitted in 1896 with 250,000 residents" still
needs its source for the figure; "The town says it was incorporated in 1890" is not the name's own event.
"""

from __future__ import annotations

import re
from functools import cache

from auditor.knowledge import load
from auditor.phrases import alternation

_DATE = re.compile(
    r"\b(?:(?:on|in)\s+)?(?:(?:January|February|March|April|May|June|July|August|September|October|November|December)"
    r"\.?\s+\d{1,2},?\s+)?\d{4}\b|\b\d{1,2}\s+(?:January|February|March|April|May|June|July|August|September|October|"
    r"November|December)\s+\d{4}\b"
)
_ORDINAL = re.compile(r"\b\d{1,2}(?:st|nd|rd|th)\b")


@cache
def _event() -> re.Pattern[str]:
    data = load("almanac")
    events = alternation(data["founding_events"])
    ordinal = alternation(data["ordinal_states"])
    name = r"(?:The\s+)?[A-Z][\w.'’-]*(?:\s+(?:of\s+)?[A-Z][\w.'’-]*){0,3}"
    return re.compile(rf"{name}\s+(?i:(?:(?:was|were)\s+)?(?:{events}|(?:{ordinal})\s+\w+\s+(?:u\.s\.\s+)?state)\b)")


def almanac_fact(text: str) -> bool:
    """The sentence is a state's admission, a country's independence or a city's incorporation, dated, and no more.

    >>> almanac_fact("Utah was admitted to the Union on January 4, 1896.")
    True
    >>> almanac_fact("Ghana became independent in 1957."), almanac_fact("Utah became the 45th state in 1896.")
    (True, True)
    >>> almanac_fact("Utah joined in 1896 with 250,000 people."), almanac_fact("The town joined the Union in 1890.")
    (False, False)
    """
    if _event().match(text) is None:
        return False
    rest = _ORDINAL.sub(" ", _DATE.sub(" ", text))
    return _DATE.search(text) is not None and not any(ch.isdigit() for ch in rest)

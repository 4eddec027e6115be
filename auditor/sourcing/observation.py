"""What the writer saw on the scene: a crowd counted by the one who describes it.

"At least 30 people lined up outside the hall before it opened", "About 200 fans sang on the steps": a count
of people who are at a scene the writer describes, doing what the writer watched them do (``presence_verbs``
in ``knowledge/need.json``), is the writer's own observation, not a figure taken from elsewhere. A count of
what happened to people (killed, arrested, laid off) is none: those verbs are not presence verbs. Nor is a
crowd the sentence dates by its year ("On May 28, 2014, some 7,000 people gathered ..."): that is a record of
a past event, not the scene the writer is at.
"""

from __future__ import annotations

import re
from functools import cache

from auditor.knowledge import load
from auditor.phrases import alternation


@cache
def _crowd() -> re.Pattern[str]:
    data = load("need")
    return re.compile(
        rf"(?i:\b(?:\d[\d,]*|dozens|hundreds|scores)\s+(?:of\s+)?(?:[\w'’-]+\s+){{0,2}}?"
        rf"(?:{alternation(data['population_nouns'])})\s+(?:(?:had|have|already|still|who|were|was|all)\s+){{0,2}}"
        rf"(?:{alternation(data['presence_verbs'])})\b)"
    )


def observed_crowd(text: str) -> bool:
    """The sentence counts people at a scene the writer describes ("at least 30 people lined up outside")."""
    return _crowd().search(text) is not None and _YEAR.search(text) is None


_YEAR = re.compile(r"\b(?:1[5-9]|20)\d\d\b")

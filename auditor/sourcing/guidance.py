"""A body's own stated outlook: "Management narrowed its full-year outlook to $9.05-$9.45 a share".

A company's guidance, a central bank's forecast, an agency's target are statements their maker publishes; a sentence
that tells how the maker changed or stated its own ("raised its forecast", "cut its growth outlook to 2.1%")
attributes the figure to its maker, as "the bank said" would. :func:`states_own_outlook` reads the verb and the
outlook owned by the sentence's subject ("its"); others' expectations ("analysts expect", "their forecasts") are
not the maker's own and are left to the other readings. The words live in ``knowledge/guidance.json``.
"""

from __future__ import annotations

import re
from functools import cache

from auditor.knowledge import load
from auditor.phrases import alternation


@cache
def _pattern() -> re.Pattern[str]:
    data = load("guidance")
    return re.compile(
        rf"\b(?:{alternation(data['verbs'])})\s+its\s+(?:[\w-]+\s+){{0,3}}?(?:{alternation(data['nouns'])})\b",
        re.IGNORECASE,
    )


def states_own_outlook(text: str) -> bool:
    """The sentence tells how its subject stated or changed its own outlook (see the module docstring).

    >>> states_own_outlook("Management narrowed its full-year outlook to $9.05 a share.")
    True
    >>> states_own_outlook("Analysts raised their forecasts to $9.05 a share.")
    False
    """
    return _pattern().search(text) is not None

"""A percentage given as the amount of a change that happened: a measurement of the world, not a description.

"The licensing reform reduced the number of rural pharmacies by 40%", "Enrolment fell 12% over the
decade", "Prices rose by about 9%": a verb of change in the past tense whose amount is the percentage reports
what was measured to have happened, which a reader expects sourced like any statistic, whether or not the
sentence names someone or dates it. Left out (``knowledge/change.json``):

- the present tense ("the patch reduces memory use by 30%", "signatures are 10% smaller"): how something works;
- a percentage that is the level reached or a bound rather than the change ("fell to 4%", "rose above 10%",
  "cut from 40%"): the sentence states the level, which the other readings of a statistic weigh;
- a verb of change far from its amount: at most ``MAX_GAP_WORDS`` words between them (the verb's object).

Whether the writer reports their own work (first person, an organisation's page) is asked elsewhere
(:mod:`auditor.sourcing.voice`, :mod:`auditor.checks.unsourced`).
"""

from __future__ import annotations

import re
from functools import cache

from auditor.knowledge import load
from auditor.phrases import alternation

MAX_GAP_WORDS = 6
"""The verb's object stands between it and its amount: "reduced the number of rural pharmacies by 40%"."""


@cache
def _change() -> re.Pattern[str]:
    data = load("change")
    verbs = alternation(data["past_verbs"])
    bounds = alternation(data["bound_words"])
    amounts = alternation(data["amount_words"])
    return re.compile(
        rf"\b(?:{verbs})\b(?:\s+(?!(?:{bounds})\b)[\w'’,-]+){{0,{MAX_GAP_WORDS}}}?\s+"
        rf"(?:(?:{amounts})\s+){{0,3}}"
        r"(?P<figure>\d[\d,]*(?:\.\d+)?\s?(?:%|percent\b|per cent\b))",
        re.IGNORECASE,
    )


def changed_by(text: str, figure: str) -> bool:
    """``figure`` (a percentage as :func:`auditor.sourcing.need.figures` found it) is the amount of a change the
    sentence reports in the past tense.

    >>> changed_by("The licensing reform reduced the number of rural pharmacies by 40%.", "40%")
    True
    >>> changed_by("Enrolment fell 12% over the decade.", "12%")
    True
    >>> changed_by("The patch reduces memory use by 30%.", "30%")
    False
    >>> changed_by("Unemployment fell to 4% in the spring.", "4%")
    False
    """
    if "%" not in figure and "cent" not in figure.lower():
        return False
    wanted = figure.replace(" ", "").lower()
    return any(m["figure"].replace(" ", "").lower() == wanted for m in _change().finditer(text))

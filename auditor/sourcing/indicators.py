"""An official statistic's release named by what it measures: "data showed producer prices fell for a second month".

A markets or economy story says "after data showed producer prices fell" or "a separate report showed applications
for unemployment insurance rose": the data are the official release of that statistic (a government's or a central
bank's, on its calendar), identified by what it measures, as a wire story identifies it. The sentence attributes
its figure to that release (CIT008's at most, an attribution without a link); it points at no unnamed source. What
counts as such a statistic is ``indicators`` in ``knowledge/markets.json``. "Data show the policy works", "a report
showed most clinics were short of nurses" name no statistic, and still point at a source they do not name.
"""

from __future__ import annotations

import re
from functools import cache

from auditor.knowledge import load
from auditor.phrases import alternation

GAP_WORDS = 5
"""At most this many words stand between the verb and the statistic ("showing a key measure of US producer
prices")."""


@cache
def _release() -> re.Pattern[str]:
    data = load("markets")
    return re.compile(
        rf"(?i:\b(?:{alternation(data['release_nouns'])})\s+(?:also\s+)?(?:{alternation(data['release_verbs'])})\s+"
        rf"(?:that\s+)?(?:[\w'’.-]+\s+){{0,{GAP_WORDS}}}?(?:{alternation(data['indicators'])})\b)"
    )


def official_release(text: str) -> str | None:
    """The words that point at an official statistic's release ("data showed producer prices"), or None."""
    m = _release().search(text)
    return m.group() if m else None

"""A fact sheet: an issuer's own summary of what it is doing and expects, whose estimates are its own.

An agency's or an administration's fact sheet ("FACT SHEET: The Department's plan for rooftop solar") states
the issuer's goals and what it expects of them ("will avoid an estimated 4 million metric tons of emissions a
year"): the estimate is the issuer's, as an institute's is on its own page (:mod:`auditor.genres.publisher`). The page
is read as one from what it declares itself, never from its wording: its title opens with a fact-sheet label of
``knowledge/fact_sheet.json`` and a colon, a dash or a bar. A news story about a fact sheet is titled otherwise.

The figures of the issuer's goals are its own too: on a fact sheet, a sentence that names a date after the page's
own ("a goal of putting solar panels on one million homes by 2030") states what the issuer plans
(:func:`states_own_goal`), not a record of the world.
"""

from __future__ import annotations

import re
from functools import cache

from auditor.article import Article, per_article
from auditor.dating import periods_in
from auditor.knowledge import load
from auditor.phrases import alternation


@cache
def _label() -> re.Pattern[str]:
    labels = alternation(load("fact_sheet")["labels"])
    return re.compile(rf"^\W*(?:{labels})\s*(?::|\||[-–—]\s)", re.IGNORECASE)


@per_article
def is_fact_sheet(article: Article) -> bool:
    """The page's title declares it a fact sheet ("FACT SHEET: ...", "Fact sheet – ...").

    >>> from auditor.article import analyse
    >>> from auditor.load import load_document
    >>> is_fact_sheet(analyse(load_document("---\\ntitle: 'FACT SHEET: Solar'\\n---\\nText.\\n", "markdown")))
    True
    >>> is_fact_sheet(analyse(load_document("---\\ntitle: What the new fact sheet says\\n---\\nText.\\n", "markdown")))
    False
    """
    title = article.document.title
    return title is not None and _label().match(title) is not None


def states_own_goal(article: Article, text: str) -> bool:
    """On a fact sheet, the sentence ``text`` names a date after the page's own: the issuer's goal or plan."""
    published = article.dating.day
    if published is None or not is_fact_sheet(article):
        return False
    return any(first > published for _, (first, _last) in periods_in(text, None))

"""A hedge whose source its context names: "researchers believe" of the team the sentence before named, and a
general appeal to research ("Growing evidence indicates ...") on a page that lists its references.

- **the team named just before**: "A team led by marine geologist Carla Ruiz at Harbor University mapped 40 new
  vents. Researchers believe the vents formed within the last 10,000 years." The researchers are the named team:
  the sentence before, in the same paragraph, names a person and a research group ("team", "group", "lab", "led
  by", or an institution: ``team_words`` in ``need.json``, ``institution_words``). Only people heads count
  ("researchers", "scientists": ``team_heads``); "experts say" after a named team is other people.
- **a page with its reference list**: a research claim that appeals to research in general ("growing evidence",
  "studies show") with no figure of its own, on a page with a reference section of at least ``LISTED`` entries,
  points at the works the page lists: the writer of a referenced essay sums up the literature it cites.
"""

from __future__ import annotations

import re
from functools import cache

from auditor.article import Article, per_article
from auditor.knowledge import load
from auditor.phrases import alternation
from auditor.reference_lists import reference_entries
from auditor.sourcing.voice import names_in

LISTED = 2
"""A reference section with at least this many entries is the page's list of works."""


@cache
def _words() -> tuple[frozenset[str], re.Pattern[str]]:
    data = load("need")
    team = alternation([*data["team_words"], *data["institution_words"]])
    return frozenset(data["team_heads"]), re.compile(rf"\b(?:{team})\b", re.IGNORECASE)


def team_named_before(article: Article, k: int, unnamed: str, known: frozenset[str]) -> bool:
    """Whether the unnamed people of sentence ``k`` ("Researchers believe") are the research team the sentence
    before it, in its paragraph, names."""
    heads, team = _words()
    if k == 0 or not {w.lower() for w in re.findall(r"[A-Za-z]+", unnamed)} & heads:
        return False
    before, here = article.sentences[k - 1], article.sentences[k]
    if before.block != here.block:
        return False
    text = article.sentence_text(before)
    return bool(names_in(text, known)) and team.search(text) is not None


@per_article
def lists_references(article: Article) -> bool:
    """Whether the page has a reference section of at least ``LISTED`` entries."""
    return len(reference_entries(article.document)) >= LISTED

"""A hedge whose source its context names: "researchers believe" of the team the sentence before named, and a
general appeal to research ("Growing evidence indicates ...") on a page that lists its references.

- **the team named near it**: "A team led by marine geologist Carla Ruiz at Harbor University mapped 40 new
  vents. Researchers believe the vents formed within the last 10,000 years." The researchers are the named team:
  a sentence of its section a few sentences before or after (news gives the finding first and its authors
  paragraphs later) names a person and a research group ("team", "group", "lab", "led
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

REACH = 8
"""How many sentences before or after an unnamed team's claim its naming is looked for (news names a study's authors
a few paragraphs after its finding)."""
LISTED = 2
"""A reference section with at least this many entries is the page's list of works."""


@cache
def _words() -> tuple[frozenset[str], re.Pattern[str]]:
    data = load("need")
    team = alternation([*data["team_words"], *data["institution_words"]])
    # the team's people ("researchers") or the team itself ("the Canadian team"), a word each
    heads = frozenset(w for w in (*data["team_heads"], *data["team_words"]) if " " not in w)
    return heads, re.compile(rf"\b(?:{team})\b", re.IGNORECASE)


def team_named_before(article: Article, k: int, unnamed: str, known: frozenset[str]) -> bool:
    """Whether the unnamed people of sentence ``k`` ("Researchers believe", "scientists say", "according to the
    Canadian team") are a research team its section names near it: a sentence up to ``REACH`` sentences before or
    after, with no heading between, that names a person and a research group or institution ("Lead author Ana Ruiz,
    of Harbor University, said ...")."""
    heads, team = _words()
    if not {w.lower() for w in re.findall(r"[A-Za-z]+", unnamed)} & heads:
        return False
    sentences, blocks = article.sentences, article.document.blocks
    for step in (-1, 1):
        j = k + step
        while 0 <= j < len(sentences) and abs(j - k) <= REACH and blocks[sentences[j].block].kind != "heading":
            text = article.sentence_text(sentences[j])
            if team.search(text) is not None and names_in(text, known):
                return True
            j += step
    return False


@per_article
def lists_references(article: Article) -> bool:
    """Whether the page has a reference section of at least ``LISTED`` entries."""
    return len(reference_entries(article.document)) >= LISTED

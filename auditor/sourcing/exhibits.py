"""The document's own exhibits: a sentence that points at a figure, table or chart of the article ("shown in
Figure 2", "(see Table 1)", "the chart below shows"), and the data note that says where the article's data come
from ("Data source & notes: The data used in these analyses were sourced from ...").

A sentence that tells what the writer's own exhibit shows is the writer's reading of their own data. Where the
document says where those data come from, in a data note that links or names the source, that note is the
sentence's source, as a chart's caption is the chart's; without one, the sentence needs a source like any other
("The following scatter plot shows ..." on a page that never says whose data it plots).
"""

from __future__ import annotations

import re
from functools import cache

from auditor.article import Article, per_article
from auditor.knowledge import load
from auditor.phrases import alternation
from auditor.scope import source_line

NOTE_MIN_WORDS = 3
"""A data note names its source: a label followed by a couple of words ("Source: BLS" is too short to be read as
the note of a whole article; it is the caption of the block above it, which :mod:`auditor.scope` reads)."""


@cache
def _exhibit() -> re.Pattern[str]:
    nouns = alternation(load("scope")["exhibit_nouns"])
    return re.compile(
        # Figure 2, Table 1b, Exhibit A; the chart below; the following scatter plot
        rf"\b(?:{nouns})\.?\s+(?:\d{{1,3}}[a-z]?|[A-Z])\b(?!\s*(?:%|percent|per\s+cent))"
        rf"|\bthe\s+(?:following\s+)?(?:[a-z]+\s+)?(?:{nouns})s?\s+(?:below|above)\b"
        rf"|\bthe\s+following\s+(?:[a-z]+\s+)?(?:{nouns})s?\b",
        re.I,
    )


def points_at_exhibit(text: str) -> bool:
    """The sentence points at an exhibit of the document ("shown in Figure 2", "see Table 1", "the map below").

    >>> points_at_exhibit("The distribution in 2004 is shown in Figure 2.")
    True
    >>> points_at_exhibit("As the chart below shows, prices rose 4% in 2023.")
    True
    >>> points_at_exhibit("Prices rose 4% in 2023.")
    False
    """
    return _exhibit().search(text) is not None


@per_article
def has_data_note(article: Article) -> bool:
    """The document says where its data come from: a block opens with a source label ("Data source:",
    "Sources & notes:") and names or links the source in more than a word or two.

    >>> from auditor.article import analyse
    >>> from auditor.load import load_document
    >>> note = "Prices rose.\\n\\nData sources and notes: monthly prices from the [statistics office](https://example.org).\\n"
    >>> has_data_note(analyse(load_document(note, "markdown")))
    True
    >>> has_data_note(analyse(load_document("Prices rose.\\n\\nSee you next week.\\n", "markdown")))
    False
    """
    doc = article.document
    pattern = source_line()
    for block in doc.blocks:
        if block.kind == "heading":
            continue
        m = pattern.match(doc.text, block.start, block.end)
        if m and len(doc.text[m.start("rest") : block.end].split()) >= NOTE_MIN_WORDS:
            return True
    return False


def describes_own_exhibit(article: Article, text: str) -> bool:
    """The sentence tells what one of the document's own exhibits shows, and the document's data note is its
    source (see the module docstring)."""
    return points_at_exhibit(text) and has_data_note(article)

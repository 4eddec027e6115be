"""The document's own exhibits: a sentence that points at a figure, table or chart of the article ("shown in
Figure 2", "(see Table 1)", "the chart below shows"), and the data note that says where the article's data come
from ("Data source & notes: The data used in these analyses were sourced from ...").

A data report may say it in a sentence of its prose instead ("This ridership data is taken from the transit
agency's open data portal."): :func:`data_provenance` reads what data it names ("ridership") and the named source.
A figure of the report that counts what those data count ("41,200 riders in March") is the report's reading of
the data it named, and that sentence is its source.

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
from auditor.text import stems

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
        rf"|\bthe\s+following\s+(?:[a-z]+\s+)?(?:{nouns})s?\b"
        # this chart shows; these tables compare
        rf"|\b(?:this|these)\s+(?:[a-z]+\s+)?(?:{nouns})s?\s+(?:shows?|illustrates?|displays?|compares?|breaks?\s+down)\b",
        re.I,
    )


def points_at_exhibit(text: str) -> bool:
    """The sentence points at an exhibit of the document ("shown in Figure 2", "see Table 1", "the map below").

    >>> points_at_exhibit("The distribution in 2004 is shown in Figure 2.")
    True
    >>> points_at_exhibit("As the chart below shows, prices rose 4% in 2023.")
    True
    >>> points_at_exhibit("This crosstab shows the change by district from 2022 to 2023.")
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
    return points_at_exhibit(text) and (has_data_note(article) or bool(data_provenance(article)))


_PROVENANCE = re.compile(
    r"\b(?:the|this|these|our|all|its)\s+(?P<what>(?:[\w-]+\s+){0,3}?)(?:data|dataset|datasets|figures|statistics)\s+"
    r"(?:used\s+(?:here|in\s+this\s+\w+)\s+|in\s+this\s+\w+\s+)?"
    r"(?:(?:is|are|was|were|has\s+been|have\s+been)\s+(?:taken|drawn|obtained|sourced|downloaded|pulled|compiled|derived"
    r"|collected|published)|comes?|came)\s+(?:directly\s+)?(?:from|by)\s+(?P<source>[^.;\n]{3,120})",
    re.IGNORECASE,
)
"""A sentence that says where the report's data come from: "This adult arrest data is taken from the city's open
data portal", "The figures used here come from the 2021 census"."""


@per_article
def data_provenance(article: Article) -> frozenset[str]:
    """The stems of what the data a report's prose says it took from a named source count ("ridership" of "This
    ridership data is taken from the Transit Authority's portal"); empty when it says none. The source must be
    named (a capitalised word) or linked (a link or an address in the sentence)."""
    text = article.document.text
    if "data" not in text and "figures" not in text and "statistics" not in text:
        return frozenset()
    found: set[str] = set()
    for m in _PROVENANCE.finditer(text):
        source = m["source"]
        linked = any(m.start() <= link.start < m.end("source") + 2 for link in article.document.links)
        what = m["what"].split()
        if what and (linked or "http" in source or any(word[:1].isupper() for word in source.split())):
            found |= stems(what[-1])  # "adult arrest data": arrests, not adults
    return frozenset(found)


def reads_named_data(article: Article, text: str) -> bool:
    """The sentence counts what the data the report named its source for count ("19,300 arrests in 2024" under
    "This arrest data is taken from ...")."""
    counted = data_provenance(article)
    return bool(counted) and not counted.isdisjoint(stems(text))

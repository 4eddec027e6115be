"""A collection's description: a page that presents an archive's, library's or museum's own holdings.

"This collection consists of posters, programs and photographs documenting the history of the festival": the
page that says so introduces materials its holder keeps, and the history it goes on to tell (who directed the
festival from which year, how many students came) is the one those materials document. An archivist's
description is sourced by the collection it describes, as a bulletin's counts are by the office that counts
them: figures, dates and rankings there are the holder's testimony. Words taken from others (a quotation, a
research finding, "experts say") still need their source.

The page is read as one from what it declares, near its top (``HEAD_BLOCKS``): a sentence that opens with
"This" (or "The present"), a noun of ``knowledge/collection.json`` and one of its verbs. A news story about a
museum's new collection says "The collection includes ..." and stays a news story.
"""

from __future__ import annotations

import re
from functools import cache

from auditor.article import Article, per_article
from auditor.knowledge import load
from auditor.phrases import alternation

HEAD_BLOCKS = 6
"""The declaration stands among the page's first blocks of prose (headings not counted)."""


@cache
def _declaration() -> re.Pattern[str]:
    data = load("collection")
    return re.compile(
        rf"(?:^|[.!?]\s+)(?:this|the\s+present)\s+(?:{alternation(data['nouns'])})\s+(?:{alternation(data['verbs'])})\b",
        re.I | re.M,
    )


@per_article
def presents_collection(article: Article) -> bool:
    """The page declares that it presents a collection of its holder's materials (see the module docstring).

    >>> from auditor.article import analyse
    >>> from auditor.load import load_document
    >>> page = "# About\\n\\nThis collection consists of letters about the mill.\\n\\nThe mill opened in 1891.\\n"
    >>> presents_collection(analyse(load_document(page, "markdown")))
    True
    >>> news = "# Gift\\n\\nThe collection includes 400 letters, the museum said.\\n\\nThe mill opened in 1891.\\n"
    >>> presents_collection(analyse(load_document(news, "markdown")))
    False
    """
    doc = article.document
    pattern = _declaration()
    seen = 0
    for block in doc.blocks:
        if block.kind == "heading":
            continue
        if pattern.search(doc.text, block.start, block.end):
            return True
        seen += 1
        if seen >= HEAD_BLOCKS:
            break
    return False

"""A study write-up: the research claims of an item are the study's that the item names further on.

A science news brief tells of a study in a few paragraphs and names it once, often last: "Experiments on mice at
a university have shown that a gas could limit brain damage. ... The research builds on earlier experiments
that showed ... The group's findings, published in the journal *Neural Repair*, may lead to trials." The
findings, and the background the study itself states, are the named study's: an editor does not ask each
sentence for the source the item gives. :func:`study_named_after` says whether a research claim is followed,
in the same item, by a sentence that names where the study was published ("published in the journal X",
"appeared in Nature", or a study with its publisher: :func:`auditor.sourcing.antecedent.names_publisher`).

The same item: no heading between the claim and the naming sentence, at most ``REACH`` sentences on, and every
paragraph from the claim's to the naming one on the subject of those before it (a key term in common). A brief
that names no study, or names one only under another item's subject, leaves its claims unsourced.
"""

from __future__ import annotations

import re
from functools import cache

from auditor.article import Article
from auditor.phrases import alternation
from auditor.sourcing.antecedent import names_publisher
from auditor.text import MONTHS, stems

REACH = 12
"""The naming sentence stands at most this many sentences after the claim."""


@cache
def _venue() -> re.Pattern[str]:
    """Where a study was published, named: "published in the journal Cell", "appeared in Nature" (not a date:
    "published in March")."""
    months = alternation(MONTHS)
    return re.compile(
        r"\b(?:published|appears?|appeared|reported|described)\s+(?:online\s+)?in\s+(?:the\s+)?"
        r"(?:(?:[a-z-]+\s+)?journal\s+)?[*_]?(?!(?i:" + months + r")\b)[A-Z][\w&'’-]*"
    )


def names_venue(text: str, known: frozenset[str]) -> bool:
    """The sentence names where a study was published (see the module docstring)."""
    return _venue().search(text) is not None or names_publisher(text, known)


def study_named_after(article: Article, k: int, known: frozenset[str]) -> bool:
    """A sentence of the same item after sentence ``k`` names where the study was published (see the module
    docstring)."""
    sentences, blocks = article.sentences, article.document.blocks
    block = sentences[k].block
    subject = _block_stems(article, block)
    for j in range(k + 1, min(len(sentences), k + 1 + REACH)):
        s = sentences[j]
        if s.block != block:
            if any(blocks[b].kind == "heading" for b in range(block + 1, s.block + 1)):
                return False
            block = s.block
            words = _block_stems(article, block)
            if words.isdisjoint(subject):
                return False  # a paragraph on another subject: another item
            subject |= words
        if names_venue(article.sentence_text(s), known):
            return True
    return False


def _block_stems(article: Article, block: int) -> set[str]:
    """The key-term stems of one block of the article."""
    b = article.document.blocks[block]
    return stems(article.document.text[b.start : b.end])

"""Notes on works the page links: show notes, a journal club, a reading list with a section for each item.

Show notes list the articles an episode discusses, each under a short label ("Article 2 - [Why wasps matter](...)"),
and give each its own section under a heading that names it by that label or by its title ("## Article 2"). A
sentence in that section that speaks of the work by its noun ("Several entomologists are quoted in the article,
with links to their papers", "The article puts the risk beside that of bee stings") describes the linked work: the
link is its source, as a link on a heading is for its section (:func:`auditor.scope.section_below`).

Read: a heading names a linked work when its words are the label before a link in another block ("Article 2") or
the link's own words; the section runs to the next heading of the same or a higher level. The sentence refers to
the work by a determiner ("the", "this", "that") and a work's noun (``work_nouns`` in ``need.json`` and
``piece_nouns`` in ``citation_markers.json``), before its evidence or in it, with no clause break (":", ";")
between. The same sentence outside such a section, or one that gives a figure of its own ("Wasps kill 60 people a
year in the US"), is read as before.
"""

from __future__ import annotations

import re
from functools import cache

from auditor.article import Article, per_article
from auditor.knowledge import load
from auditor.phrases import alternation
from auditor.scope import section_below

LABEL_WORDS = 4
"""A label before a link ("Article 2 -", "Episode 14:") is at most this many words."""
_SEPARATORS = " \t-–—:|.*_\\"
_WORD = re.compile(r"[\w'’]+")


def _key(text: str) -> str:
    """A label or heading as compared: its words, lower-cased ("**Article 2** \\- " -> "article 2")."""
    return " ".join(_WORD.findall(text.lower()))


@cache
def _reference() -> re.Pattern[str]:
    """A definite reference to a work: "the article", "this episode", "that paper"."""
    nouns = {*load("need")["work_nouns"], *load("citation_markers")["piece_nouns"]}
    return re.compile(rf"\b(?:the|this|that)\s+(?:{alternation(nouns)})s?\b", re.IGNORECASE)


@per_article
def _labels(article: Article) -> frozenset[str]:
    """The labels and the words of the links to works on the page: a short label that opens a block before its link
    ("Article 2 - [...]"), and the link's own words."""
    doc = article.document
    found = set()
    for marker in article.markers:
        if marker.kind not in ("link", "url") or not marker.url or doc.blocks[marker.block].kind == "heading":
            continue
        before = _key(doc.text[doc.blocks[marker.block].start : marker.start].strip(_SEPARATORS))
        if before and len(before.split()) <= LABEL_WORDS:
            found.add(before)
        if _key(marker.text):
            found.add(_key(marker.text))
    return frozenset(found)


@per_article
def _described(article: Article) -> frozenset[int]:
    """The blocks of the sections whose heading names a work the page links (see the module docstring)."""
    labels = _labels(article)
    if not labels:
        return frozenset()
    doc = article.document
    found: set[int] = set()
    for i, block in enumerate(doc.blocks):
        if block.kind == "heading" and _key(doc.text[block.start : block.end]) in labels:
            found.update(section_below(doc, i))
    return frozenset(found)


def describes_linked_work(article: Article, block: int, text: str, evidence: str) -> bool:
    """The sentence ``text`` of ``block`` stands in the section of a linked work and speaks of it by its noun ("the
    article") before or in its ``evidence``, in one clause."""
    if block not in _described(article):
        return False
    at = text.find(evidence)
    if at < 0:
        return False
    end = at + len(evidence)
    return any(
        m.start() < end and not re.search(r"[:;]", text[min(m.end(), at) : max(m.end(), at)])
        for m in _reference().finditer(text)
    )

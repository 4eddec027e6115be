"""A news sentence whose document is linked in the next sentences of its paragraph.

A news story tells what happened, then links the document it happened in a sentence or two later: "A state appeals
court on Friday blocked a law requiring voters to show photo ID, finding that it burdens 300,000 voters. The panel
ruled 2-1, and the [ruling](...) sends the case back." The link, written as a definite reference to a document
("the [ruling]", "Their [study]", "the agency's [release]", "[The decision](...)"), is the source of the sentences
before it in its paragraph that told of it: an editor does not ask the first sentence for the source the paragraph
gives next.

Read: at most ``REACH`` sentences after the claim, in its paragraph; the link's words, or the three words before
it, hold a determiner or a possessive ("the", "its", "their", "this", "the court's") and a document's noun
(``document_nouns`` and ``decision_nouns`` in ``need.json``). A link named for something else ("[SeatGeek]", "a
[video] of it") or a document of another paragraph sources nothing here.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from functools import cache

from auditor.article import Article, per_article
from auditor.knowledge import load
from auditor.phrases import alternation

REACH = 2
"""The linking sentence stands at most this many sentences after the claim, in its paragraph."""
BEFORE = 40
"""How many characters before a link are read for its determiner ("the court's [opinion]")."""


@cache
def _definite_document() -> re.Pattern[str]:
    data = load("need")
    nouns = alternation([*data["document_nouns"], *data["decision_nouns"]])
    return re.compile(
        rf"\b(?:the|its|their|this|these|that|his|her|[a-z]+['’]s?)\s+(?:[a-z-]+\s+){{0,2}}(?:{nouns})\s*$",
        re.IGNORECASE,
    )


@per_article
def _linking_sentences(article: Article) -> frozenset[int]:
    """The sentences with a link written as a definite reference to a document."""
    text = article.document.text
    found = set()
    starts = [s.start for s in article.sentences]
    for marker in article.markers:
        if marker.kind not in ("link", "url") or not marker.url:
            continue
        k = _sentence_at(starts, marker.start)
        if k is None or article.sentences[k].end < marker.start:
            continue
        shown = " ".join(marker.text.split())
        before = text[max(article.sentences[k].start, marker.start - BEFORE) : marker.start]
        before = re.sub(r"[\[(<]+\s*$", "", before.replace("\n", " "))
        if _definite_document().search(f"{before.rstrip()} {shown}".strip()) or _definite_document().search(shown):
            found.add(k)
    return frozenset(found)


def _sentence_at(starts: list[int], offset: int) -> int | None:
    """The index of the sentence that starts at or before ``offset`` (the last such)."""
    k = bisect_right(starts, offset) - 1
    return k if k >= 0 else None


def document_linked_next(article: Article, k: int) -> bool:
    """Whether one of the next ``REACH`` sentences of sentence ``k``'s paragraph links a document it refers to
    definitely ("the [ruling]")."""
    sentences = article.sentences
    linking = _linking_sentences(article)
    block = sentences[k].block
    return any(
        j < len(sentences) and sentences[j].block == block and j in linking for j in range(k + 1, k + 1 + REACH)
    )

"""Speech: the parts of an article that are people talking, not the article stating.

A transcript ("Anna Lee: That still exists." ... "Mike Ross: So it doesn't?"), an interview in questions and
answers ("Q: ..." / "A: ..."), or a chat log records what people said to each other. Two turns that disagree
are a conversation, not a contradiction of the article, and a figure one speaker gives for one thing is not
the article's figure for another: the contradiction rules leave these claims out.

A block is a *turn* when it opens with a speaker's label: one to four capitalised words, or Q/A/Question/
Answer, then a colon. One labelled block could be a heading-like lead-in ("Update: ..."); an article is a
dialogue when it has at least :data:`MIN_TURNS` turns and some speaker talks more than once. From its first
turn on, every block of a dialogue is speech (a long turn runs on over several paragraphs without a label).

A quotation that opens a paragraph ("“Two months ago I joined the team.” - a colleague") is its speaker's
words too, up to its closing quotation mark: a page that collects people's words has a speaker per quote.
"""

from __future__ import annotations

import re

from auditor.article import Article, per_article

MIN_TURNS = 3
"""Labelled blocks an article needs to read as a dialogue."""

_LABEL = re.compile(
    r"\s*(?:[*_>#-]+\s*)?(?P<who>Q|A|Question|Answer|[A-Z][\w'’.-]*(?:\s+(?:\"[^\"\n]{1,20}\"\s+)?[A-Z][\w'’.-]*){0,3})"
    r"\s*(?:\*\*|__)?\s*:\s+\S"
)
_NOT_SPEAKERS = frozenset(
    {
        "note", "update", "edit", "source", "sources", "warning", "tip", "caveat", "summary", "example",
        "examples", "step", "status", "result", "results", "correction", "disclaimer", "background",
        "context", "abstract", "important", "tl;dr",
    }
)
"""Labels that introduce a remark of the article itself, not a speaker."""
_QA = frozenset({"q", "a", "question", "answer"})


def speaker(block_text: str) -> str | None:
    """The speaker label a block opens with ("Mark Erhardt", "Q"), in lower case, or None."""
    m = _LABEL.match(block_text)
    if m is None:
        return None
    who = " ".join(m.group("who").split()).lower()
    if who in _QA:
        return who
    return None if who in _NOT_SPEAKERS or who.split()[0] in _NOT_SPEAKERS else who


@per_article
def spoken_blocks(article: Article) -> frozenset[int]:
    """Indexes of the blocks that are turns of a dialogue (and every block after the first turn)."""
    text = article.document.text
    labels: dict[int, str] = {}
    for index, block in enumerate(article.document.blocks):
        who = speaker(text[block.start : min(block.end, block.start + 120)])
        if who is not None:
            labels[index] = who
    if len(labels) < MIN_TURNS:
        return frozenset()
    speakers = list(labels.values())
    qa = any(w in _QA for w in speakers)
    if not qa and len(set(speakers)) == len(speakers):
        return frozenset()  # a list of labelled items ("Leeds: ...", "Derby: ..."), nobody speaks twice
    first = min(labels)
    return frozenset(range(first, len(article.document.blocks)))


_OPENING = re.compile(r"\s*(?:[*_>-]+\s*)?[“\"]")
_CLOSING = re.compile(r"[”\"]")


def _quoted(article: Article) -> set[int]:
    """Claims inside a quotation that opens a block ("“Two months ago I joined ...” - a colleague"): the
    speaker's words, up to the closing quotation mark."""
    text = article.document.text
    found: set[int] = set()
    open_until: dict[int, int] = {}
    for index, block in enumerate(article.document.blocks):
        head = _OPENING.match(text, block.start, block.end)
        if head is not None:
            closing = _CLOSING.search(text, head.end(), block.end)
            open_until[index] = closing.end() if closing else block.end
    if not open_until:
        return found
    for n, claim in enumerate(article.claims):
        until = open_until.get(claim.block)
        if until is not None and claim.start < until:
            found.add(n)
    return found


@per_article
def spoken_claims(article: Article) -> frozenset[int]:
    """Indexes (into ``article.claims``) of the claims that are part of a dialogue, or quoted words that open
    their paragraph."""
    blocks = spoken_blocks(article)
    found = _quoted(article)
    if blocks:
        found.update(n for n, c in enumerate(article.claims) if c.block in blocks)
    return frozenset(found)

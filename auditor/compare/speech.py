"""Speech: the parts of an article that are people talking, or notes of releases, not the article stating.

A transcript ("Anna Lee: That still exists." ... "Mike Ross: So it doesn't?"), an interview in questions
and answers, or a chat log records what people said to each other: two turns that disagree are a
conversation, not a contradiction of the article, and a figure one speaker gives for one thing is not the
article's figure for another. Release notes give each version its own figures ("six bug fixes" in one,
"four" in the next). :mod:`auditor.form` finds both kinds of blocks; the contradiction rules leave their
claims out.

So do quotations that open a paragraph ("“Two months ago I joined the team.” - a colleague"), up to
their closing quotation mark: a page that collects people's words has a speaker per quote.
"""

from __future__ import annotations

import re

from auditor.article import Article, per_article

_OPENING = re.compile(r"\s*(?:[*_>-]+\s*)?[“\"]")
_CLOSING = re.compile(r"[”\"]")


def _quoted(article: Article) -> set[int]:
    """Claims inside a quotation that opens a block: the speaker's words, up to the closing mark."""
    text = article.document.text
    open_until: dict[int, int] = {}
    for index, block in enumerate(article.document.blocks):
        head = _OPENING.match(text, block.start, block.end)
        if head is not None:
            closing = _CLOSING.search(text, head.end(), block.end)
            open_until[index] = closing.end() if closing else block.end
    if not open_until:
        return set()
    return {
        n for n, claim in enumerate(article.claims) if claim.start < open_until.get(claim.block, -1)
    }


@per_article
def spoken_claims(article: Article) -> frozenset[int]:
    """Indexes (into ``article.claims``) of the claims that are turns of a conversation, release notes, or
    quoted words that open their paragraph."""
    blocks = article.form.spoken | article.form.release_notes
    found = _quoted(article)
    if blocks:
        found.update(n for n, c in enumerate(article.claims) if c.block in blocks)
    return frozenset(found)

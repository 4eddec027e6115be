"""writer: who writes the page, read once per article for CIT001 (:mod:`auditor.checks.unsourced`) and the page
readings that ask it (:mod:`auditor.genres.testimony`).

The writer's own first-person sentences (quotations and conversations left out), the circle of names they speak
from when they tell of their own work (:func:`insider_circle`), a "we" that is everyone's
(:func:`speaks_as_everyone`), a writer the page declares ("About X" at its end, a release's issuer:
:func:`writer_names`), and an interview's speakers (:func:`interviewees`).
"""

from __future__ import annotations

import re
from functools import cache

from auditor.article import Article, per_article
from auditor.checks.cited import known_names
from auditor.genres.release import issuer
from auditor.knowledge import load
from auditor.phrases import alternation
from auditor.sourcing.own_work import tells_own_work
from auditor.sourcing.voice import (
    initials,
    is_first_person,
    name_tokens,
    names_in,
    speaks_of_the_document,
    unquoted,
)

INSIDER_MIN = 2
"""A writer who speaks of their work in at least this many sentences tells it from inside; so does one who speaks
for an organisation ("we", "our work", "get in touch with us") at all: an organisation's post is its own account."""

_ADDRESS = re.compile(r"\bhttps?://[^\s)\]>]+|\bwww\.[^\s)\]>]+")
"""A web address in a sentence's text (a link written out): its ".us" or "/we/" is no first person."""


@per_article
def first_person_sentences(article: Article) -> tuple[tuple[int, str], ...]:
    """(block, text) of the writer's first-person sentences (quoted words and conversations left out)."""
    skip = article.form.spoken
    found = []
    for s in article.sentences:
        text = unquoted(_ADDRESS.sub(" ", article.sentence_text(s))) if s.block not in skip else ""
        if text and is_first_person(text) and not speaks_of_the_document(text):
            found.append((s.block, text))
    return tuple(found)


def in_first_person(article: Article, words: str) -> bool:
    """Whether one of the writer's first-person sentences holds ``words``."""
    if _SEPARATOR in words:
        return any(words in text for _, text in first_person_sentences(article))
    return words in first_person_text(article)


@per_article
def first_person_text(article: Article) -> str:
    # One search in the sentences joined, not one a sentence: asked per claim, that loop was quadratic.
    return _SEPARATOR.join(text for _, text in first_person_sentences(article))


@cache
def _we() -> re.Pattern[str]:
    """The writer speaking for a group ("us" only in lower case: "US" is a country)."""
    words = [w for w in load("need")["first_person_plural"] if w != "us"]
    return re.compile(rf"(?i:\b(?:{alternation(words)})(?![\w'’]))|\bus\b")


_SEPARATOR = "\x00"
"""Joins sentences searched at once: words without it cannot match across two sentences."""


@per_article
def insider_circle(article: Article) -> frozenset[str] | None:
    """When the writer tells of their own work (an organisation's blog, a team's report), the words of the
    names they use while speaking of themselves ("we worked with the Census Bureau"); else None."""
    mine = first_person_sentences(article)
    if len(mine) < INSIDER_MIN and not any(_we().search(text) for _, text in mine):
        return None
    known = known_names(article)
    return frozenset(token for _, text in mine for name in names_in(text, known) for token in name_tokens(name))


@per_article
def speaks_as_everyone(article: Article) -> bool:
    """The writer says "we" or "us" only as everyone ("we understand little of ...", "it keeps us from
    seeing ...": :mod:`auditor.sourcing.own_work`), and nothing else says who writes (no declared writer, no release's issuer):
    the first person that makes the page read as told from inside tells of no work of the writer's."""
    mine = first_person_sentences(article)
    return bool(mine) and not writer_names(article) and not any(tells_own_work(text) for _, text in mine)


@per_article
def declared_writer(article: Article) -> frozenset[str]:
    """The words of the name an "About Valley Rail" section gives at the end of a press release or a company
    post: the document's writer, speaking of itself. The "About" line may open the block of the section's text
    (a page that breaks the line rather than starting a paragraph), and the name may be a brand written in
    lower case ("About my6sense")."""
    doc = article.document
    found: set[str] = set()
    for block in doc.blocks[len(doc.blocks) // 2 :]:
        line_end = doc.text.find("\n", block.start, block.end)
        line_end = block.end if line_end < 0 else line_end
        if line_end - block.start <= ABOUT_MAX_CHARS and (m := _ABOUT.match(doc.text, block.start, line_end)):
            found.update(name_tokens(m["name"]) or [m["name"]])
    return frozenset(found)


@per_article
def writer_names(article: Article) -> frozenset[str]:
    """The words of the name of the document's declared writer: the "About X" section's
    (:func:`declared_writer`), or the issuer of a press release (:func:`auditor.genres.release.issuer`)."""
    about = declared_writer(article)
    return about | issuer(article, about)


ABOUT_MAX_CHARS = 60
_ABOUT = re.compile(
    r"About\s+(?P<name>(?:[A-Z0-9]|[a-z]+(?=[\w&'’.-]*[0-9A-Z]))[\w&'’.-]*(?:\s+[A-Z0-9][\w&'’.-]*){0,4})\s*:?\s*$"
)


@per_article
def interviewees(article: Article) -> frozenset[str]:
    """The words of the names of an interview's speakers ("Bill Barry" for the label "BB")."""
    speakers = set(article.form.speakers)
    if not speakers:
        return frozenset()
    known = known_names(article)
    found: set[str] = set()
    for s in article.sentences:
        for name in names_in(article.sentence_text(s), known):
            if initials(name) & speakers:
                found.update(name_tokens(name))
    return frozenset(found)

"""A news story written as plain text: how a report with no markup and no metadata still shows what it is.

A wire or broadcaster's story saved as text keeps no schema.org type, often no dateline and no byline, and may
attribute to institutions more than to named people ("the court ruled that", "the companies deny") so that
:func:`auditor.sourcing.voice.reports_speech` counts few of its sentences. What it keeps is the layout of a news story:

- a **headline** line (at most ``HEADLINE_MAX_WORDS`` words, no full stop), then
- a **lede**: one sentence alone in the first paragraph, at least ``LEDE_MIN_WORDS`` words, that tells the news;
- a **body** of at least ``BODY_MIN`` more paragraphs;
- told **from outside**: neither the headline, the lede nor the first body paragraph says "I" or "we" in the
  writer's own voice (an essay, a diary, a review or a press release does);
- **reporting**: at least ``REPORTING_MIN`` verbs that report what someone said, ruled or claimed ("said",
  "ruled", "deny", "told") in the body's own voice (outside quotations), from ``story_reporting_verbs`` in
  ``knowledge/genre.json``.

All five together make the document read as a reported piece (:mod:`auditor.genres.genre`), where the attribution is
the citation and the reporter's own figures are their reporting. Read from the document's blocks only, never
from a sentence's words beyond those verbs and pronouns.
"""

from __future__ import annotations

import re
from functools import cache

from auditor.knowledge import load
from auditor.model import Document
from auditor.phrases import alternation
from auditor.segment import sentence_spans
from auditor.sourcing.voice import unquoted

HEADLINE_MAX_WORDS = 16
LEDE_MIN_WORDS = 12
BODY_MIN = 2
REPORTING_MIN = 2

_FIRST_PERSON = re.compile(r"\b(?:I|I'm|I’m|I've|I’ve|I'd|I’d|me|my|My|mine|we|We|we're|We're|our|Our|ours|us)\b")
"""The writer speaking of themselves (case matters: "US" is a country, "I" alone is the writer)."""


def first_person(text: str) -> bool:
    """Whether ``text``, outside its quotations, has the writer speak of themselves ("I", "we", "our")."""
    return bool(_FIRST_PERSON.search(unquoted(text)))


@cache
def _reporting() -> re.Pattern[str]:
    return re.compile(rf"\b(?:{alternation(load('genre')['story_reporting_verbs'])})\b")


def plain_story(doc: Document) -> bool:
    """The document is a plain-text news story (see the module docstring)."""
    if doc.format != "text" or len(doc.blocks) < 2 + BODY_MIN:
        return False
    text = doc.text
    head, lede, *body = doc.blocks
    headline = text[head.start : head.end].strip()
    if head.kind != "heading" or len(headline.split()) > HEADLINE_MAX_WORDS or headline.endswith("."):
        return False
    first = text[lede.start : lede.end].strip()
    if lede.kind != "paragraph" or len(first.split()) < LEDE_MIN_WORDS:
        return False
    if len(sentence_spans(text, lede.start, lede.end)) > 1:
        return False  # the lede is one sentence alone
    paragraphs = [unquoted(text[b.start : b.end]) for b in body if b.kind == "paragraph"]
    if len(paragraphs) < BODY_MIN:
        return False
    if any(_FIRST_PERSON.search(t) for t in (headline, unquoted(first), paragraphs[0])):
        return False
    reporting = _reporting()
    return sum(len(reporting.findall(t)) for t in paragraphs) >= REPORTING_MIN

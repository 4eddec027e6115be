"""A published piece kept as Markdown or text: the headline, standfirst and date line an outlet sets above a story.

A magazine or newspaper article exported to Markdown (an archive of an issue, a reading-list mirror) loses its
page metadata, but keeps the top an editor laid out for it:

- a **headline**: a heading (a rubric heading above it, "## After the vote", is allowed);
- a **standfirst**: right under the headline, one short block (a blockquote or a paragraph of at most
  ``STANDFIRST_MAX_WORDS`` words) that sums the piece up;
- a **date line**: the next block is only a date ("Mar 5th 2020", "5 March 2020"), perhaps run into the
  place it was filed from ("Mar 5th 2020SAN FRANCISCO AND SHANGHAI");
- a **body** of at least ``BODY_MIN`` paragraphs, told **from outside**: neither the headline, the standfirst
  nor the first two paragraphs say "I" or "we" in the writer's own voice (a blog post, a diary or a company
  announcement does).

All of it together makes the document read as a piece an outlet published (:mod:`auditor.genres.genre`): its
reporter's figures and dates are their reporting, its attributions its citations. A blog post's date sits in
its front matter, not in a line of its own between a standfirst and the body. Read from the blocks' layout
only, never from the words of a sentence beyond the first-person pronouns.
"""

from __future__ import annotations

import re
from functools import cache

from auditor.genres.story import first_person
from auditor.model import Document
from auditor.text import MONTHS

STANDFIRST_MAX_WORDS = 40
BODY_MIN = 3
TOP_BLOCKS = 4
"""The headline is among the first blocks (an image or a rubric heading may come before it)."""
OPENING_PARAGRAPHS = 2


@cache
def _date_line() -> re.Pattern[str]:
    month = "(?i:" + "|".join(sorted((re.escape(m) for m in MONTHS), key=len, reverse=True)) + r")\.?"
    day = r"\d{1,2}(?:st|nd|rd|th)?"
    year = r"(?:19|20)\d\d"
    date = rf"(?:{month}\s+{day},?\s+{year}|{day}\s+{month},?\s+{year})"
    # Only a date, or a date run into the place it was filed from, written in capitals.
    return re.compile(rf"\s*{date}(?:\s*[A-Z][A-Z ,.'’&-]*)?\s*")


def _words(doc: Document, index: int) -> str:
    block = doc.blocks[index]
    return doc.text[block.start : block.end].strip()


def published_layout(doc: Document) -> bool:
    """The document opens with an outlet's headline, standfirst and date line (see the module docstring)."""
    if doc.format not in ("markdown", "text"):
        return False
    blocks = doc.blocks
    pattern = _date_line()
    for head in range(min(TOP_BLOCKS, len(blocks))):
        if blocks[head].kind != "heading":
            continue
        stand, dated = head + 1, head + 2
        if dated >= len(blocks) or blocks[stand].kind not in ("quote", "paragraph"):
            continue
        if blocks[stand + 1].kind == "heading":
            continue  # a rubric heading: the headline is the next one
        standfirst = _words(doc, stand)
        if not standfirst or len(standfirst.split()) > STANDFIRST_MAX_WORDS:
            return False
        if not pattern.fullmatch(_words(doc, dated).lstrip("> ")):
            return False
        paragraphs = [i for i in range(dated + 1, len(blocks)) if blocks[i].kind == "paragraph"]
        if len(paragraphs) < BODY_MIN:
            return False
        opening = [_words(doc, head), standfirst, *(_words(doc, i) for i in paragraphs[:OPENING_PARAGRAPHS])]
        return not any(first_person(text) for text in opening)
    return False

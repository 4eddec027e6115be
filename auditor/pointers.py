"""Pointers to a link that is not there: "more information can be found here." with nothing linked.

A sentence that sends the reader "here" ("click here", "read the full report here", "sign up here") was written
around a link. When neither the word nor anything near it is linked, the link was lost when the text was copied
or converted, and the reader is sent nowhere (CIT005, the residue of a removed link). Read: "click", "sign up"
or "register", "take a look", "can be found", "is available", "read the full report", "learn more" or "more
information", then "here" at the end of its sentence ("take a look here.", "The minutes are available here!").

Not read: "here" inside a link (in any markup: ``[here](...)``, ``<a>here</a>``, a reference or a template
link); a pointer followed by an address or a link in its block, or by a block that opens with one ("Sign
up here: https://...", a link on the next line); "here" as a place or a point in an argument ("we grow our own herbs
here.", "the same rule applies here.", "see the value here."); the turns of a conversation.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right

from auditor.article import Article
from auditor.model import Document

_DOCUMENTS = (
    r"(?:report|article|post|paper|study|video|recording|episode|podcast|interview|notes|release\s+notes|guide"
    r"|document|story|list|details|announcement|transcript|slides|text|map|schedule|timetable|agenda|minutes|form"
    r"|application|programme|program|menu|results|photos|pictures|gallery|letter|statement|press\s+release|survey"
    r"|data|dataset|recipe|newsletter|brochure|leaflet|flyer|booklet|policy|terms|rules)"
)
"""What a pointer sends the reader to read ("read the full report here")."""
_POINTER = re.compile(
    r"\b(?:(?:click|tap|sign\s+up|register|subscribe|donate|rsvp|enrol|enroll)"
    r"|(?:take|have)\s+a\s+(?:closer\s+|quick\s+)?look"
    r"|(?:can|may|will)\s+be\s+(?:found|read|seen|viewed|downloaded|accessed|watched|heard)"
    r"|(?:is|are)\s+(?:available|posted|published)(?:\s+online)?"
    rf"|(?:see|read|download|watch|listen\s+to|view)\s+(?:it|them|more|the\s+(?:full\s+|whole\s+|complete\s+)?{_DOCUMENTS})"
    r"|(?:learn|find\s+out|read)\s+more"
    r"|more\s+(?:information|info|details)(?:\s+(?:is|are))?"
    r")\s+(?P<here>here)(?=[ \t]*[.!](?:\s|$)|[ \t]*$)",
    re.IGNORECASE,
)
_ADDRESS = re.compile(r"https?://|\bwww\.\w", re.IGNORECASE)
_MARKUP_AROUND = frozenset("[]<>()|{}")
"""Characters beside the word in the input that show it was written as (part of) a link or template."""


def lost_pointers(article: Article) -> list[tuple[int, int, int]]:
    """(start, end, sentence index) of each unlinked "here" a pointer in the article's prose sends the reader to.
    The turns of a conversation ("let me take a look here") are not read."""
    doc = article.document
    body = doc.text
    if "here" not in body and "HERE" not in body and "Here" not in body:
        return []
    spoken = article.form.spoken
    sentences = article.sentences
    starts = [s.start for s in sentences]
    links = _Links(doc)
    found = []
    for m in _POINTER.finditer(body):
        at, stop = m.span("here")
        k = bisect_right(starts, at) - 1
        if k < 0 or sentences[k].end < stop or sentences[k].block in spoken:
            continue  # outside the prose (a heading, chrome), or spoken
        if links.covers(at, stop) or _address_near(doc, links, sentences[k].block, stop):
            continue
        raw_at, raw_stop = doc.to_raw(at), doc.to_raw(stop - 1) + 1
        beside = doc.raw[max(0, raw_at - 1) : raw_at] + doc.raw[raw_stop : raw_stop + 1]
        if raw_stop - raw_at != stop - at or not _MARKUP_AROUND.isdisjoint(beside):
            continue  # written as markup the loader read some other way: not a plain word
        found.append((at, stop, k))
    return found


class _Links:
    """The document's links by where their text starts (``doc.links`` is sorted so), asked in two look-ups."""

    def __init__(self, doc: Document) -> None:
        self._links = doc.links
        self._starts = [link.start for link in doc.links]

    def covers(self, start: int, end: int) -> bool:
        """A link covers the span (or ends right at it: a footnote marker after the word)."""
        i = bisect_right(self._starts, end) - 1
        return i >= 0 and self._links[i].end >= start

    def starts_in(self, start: int, end: int) -> bool:
        """A link's text starts in ``[start, end)``."""
        i = bisect_left(self._starts, start)
        return i < len(self._starts) and self._starts[i] < end


def _address_near(doc: Document, links: _Links, block: int, end: int) -> bool:
    """An address or a link follows the pointer in its block (within :data:`REACH`), or opens the next block."""
    blocks = doc.blocks
    stop = min(blocks[block].end, end + REACH)
    if _ADDRESS.search(doc.text, end, stop) or links.starts_in(end, stop):
        return True
    if block + 1 == len(blocks):
        return False
    following = blocks[block + 1].start
    return bool(_ADDRESS.search(doc.text, following, following + OPENING)) or links.starts_in(
        following, following + OPENING
    )


REACH = 200
"""Characters after the pointer in which an address or link is the one it meant ("Sign up here: https://...")."""
OPENING = 8
"""Characters at the start of the next block in which a link or address is the one the pointer meant."""

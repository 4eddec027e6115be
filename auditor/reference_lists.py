"""Reference lists: the entries that numbered markers (``[3]``) and note links (``<sup><a href="#fn3">``) point at.

Three shapes are recognised, in every input format:

- a **reference section**: the items under a heading that names one ("References", "Sources",
  "Notes", "Bibliography", ...; the words are in ``knowledge/citation_markers.json``), numbered by the
  number written before each (``1.``, ``[1]``) or else by their position;
- a **numbered entry** anywhere: a block that starts with a bracketed number (``[3] Author, title``), or
  with a number and carries a link (``3. Author, title, https://...``); and the numbered list that ends
  an article which cites by ``[3]`` markers; a block that is only ``[3]`` inside a run of such entries is an
  entry left empty (:func:`_empty_entries`): it has no label, so a marker pointing at it still dangles;
- a **note**: the element a note link points at (``<li id="fn4">`` for ``<a href="#fn4">4</a>``);
- a **parenthesised note**: a block in the second half of the article that starts with a number in
  parentheses and reads as a reference (``(1) Author, 2006``: a year or a link, and short), or an entry of
  the numbered list that ends the article, when the prose before it holds the same number in parentheses
  (``... in 2004 (1) but ...``): :func:`parenthesised_notes`. Only numbers the prose uses that way count,
  so a list of steps at the end of a post is not read as notes because the body enumerates "(1) ... (2)".
  A note number glued after a word's full stop (``... cancer.1 Rates``, as a page copied without its
  ``<sup>`` leaves it: :func:`glued_markers`) is used that way too.

Entries are not prose: they never become claims (see :mod:`auditor.artifacts`).
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from functools import cache

from auditor.knowledge import load
from auditor.model import Document, Link
from auditor.segment import note_number_after

_NUMBERED = re.compile(r"^\s*(?:\[(\d{1,3})\]|(\d{1,3})[.)])\s+\S")
_WRITTEN_NUMBER = re.compile(r"(?:\[(\d{1,3})\]|(\d{1,3})[.)])[ \t]*$")
_NUMBER_CHARS = 5
"""The longest number _WRITTEN_NUMBER reads before its spaces: ``[123]``."""
_NOTE_TEXT = re.compile(r"^[\[(]?(\d{1,3}|[*†‡§¶])[\])]?$")
_HEADING_TRIM = " \t:#*_.0123456789"


@dataclass(frozen=True, slots=True)
class Entry:
    """One entry of a reference list: the block it is, and the marker label that refers to it."""

    block: int
    label: str | None


@cache
def _headings() -> frozenset[str]:
    return frozenset(h.lower() for h in load("citation_markers")["reference_headings"])


def note_label(link: Link) -> str | None:
    """The number (or symbol) a note link shows, when it is one: ``4`` for ``<a href="#fn4">4</a>``."""
    if not link.url or not link.url.startswith("#"):
        return None
    m = _NOTE_TEXT.match(link.text.strip())
    return m[1] if m else None


def is_reference_heading(text: str) -> bool:
    """Whether a heading names a reference section ("References", "Notes and sources:")."""
    return " ".join(text.strip(_HEADING_TRIM).lower().split()) in _headings()


def _written_number(doc: Document, start: int) -> str | None:
    """The number written before a block: in its text (``[3] ...``) or before it in the input (``3. ...``)."""
    m = _NUMBERED.match(doc.text, start)
    if m:
        return m[1] or m[2]
    raw, raw_start = doc.raw, doc.to_raw(start)
    # The number ends where the spaces before the block begin, and is at most _NUMBER_CHARS long: the line before
    # it is searched from there, not from its start (a minified page is one line, and a search from the line's
    # start at every entry of its notes list was quadratic).
    end = raw_start
    while end > 0 and raw[end - 1] in " \t":
        end -= 1
    line_start = raw.rfind("\n", max(0, end - _NUMBER_CHARS), raw_start) + 1
    before = _WRITTEN_NUMBER.search(raw, max(line_start, end - _NUMBER_CHARS), raw_start)
    return (before[1] or before[2]) if before else None


def outside_links(doc: Document) -> list[Link]:
    """The document's links to other pages (not ``#`` fragments), in body order: ``doc.links`` is sorted."""
    return [k for k in doc.links if k.url and not k.url.startswith("#")]


def first_link_in(links: list[Link], starts: list[int], start: int, end: int) -> Link | None:
    """The first of ``links`` (whose start offsets are ``starts``) that starts in ``[start, end)``."""
    i = bisect_left(starts, start)
    return links[i] if i < len(links) and starts[i] < end else None


def reference_entries(doc: Document) -> list[Entry]:
    """Every reference-list entry of the document, in body order, one per block."""
    found: dict[int, str | None] = {}
    blocks = doc.blocks
    links = outside_links(doc)
    starts = [k.start for k in links]
    section = False
    position = 0
    for i, block in enumerate(blocks):
        text = doc.text[block.start : block.end]
        numbered = _NUMBERED.match(text)
        linked = first_link_in(links, starts, block.start, block.end) is not None
        if numbered and (numbered[1] or "://" in text or linked):
            position += 1
            found[i] = numbered[1] or numbered[2]  # "[3] Author, title" or "3. https://..." wherever it stands
        elif block.kind == "heading":
            # The article's own title ("Notes", "Sources" as a post's name) opens no reference section.
            section = is_reference_heading(text) and not (i == 0 and text.strip() == (doc.title or "").strip())
            position = 0
        elif section:
            written = _written_number(doc, block.start)
            if block.kind == "list" or written or linked:
                position += 1
                found[i] = written or str(position)
    _closing_list(doc, found)
    _empty_entries(doc, found)
    _note_targets(doc, found)
    for i, label in parenthesised_notes(doc).items():
        found.setdefault(i, label)
    return [Entry(i, label) for i, label in sorted(found.items())]


_MARKER = re.compile(r"(?<![\w\]])\[\d{1,3}\]")
_BARE_ENTRY = re.compile(r"\s*\[(\d{1,3})\]\s*")


def empty_entry_numbers(doc: Document, blocks: Iterable[int]) -> frozenset[str]:
    """The numbers of the entries left empty (``[7]`` alone) among the given entry blocks."""
    found = set()
    for i in blocks:
        m = _BARE_ENTRY.fullmatch(doc.text, doc.blocks[i].start, doc.blocks[i].end)
        if m:
            found.add(m[1])
    return frozenset(found)


def _empty_entries(doc: Document, found: dict[int, str | None]) -> None:
    """A block that is only a bracketed number (``[7]``) inside a run of numbered entries is an entry whose text
    was left empty (a wiki export drops the citation templates and keeps the numbers): an entry, never an in-text
    marker. It gets no label, so the marker that points at it in the prose still finds no source there."""
    blocks = doc.blocks
    bare = {i for i, b in enumerate(blocks) if i not in found and _BARE_ENTRY.fullmatch(doc.text, b.start, b.end)}
    if not bare or not found:
        return
    run: list[int] = []
    for i in range(len(blocks) + 1):
        if i in bare or i in found:
            run.append(i)
            continue
        if len(run) > 1 and any(k in found for k in run):
            found.update((k, None) for k in run if k in bare)
        run = []



def _closing_list(doc: Document, found: dict[int, str | None]) -> None:
    """A numbered list that ends the article, in one that cites by ``[3]`` markers: its notes, heading or not."""
    blocks = doc.blocks
    i = len(blocks)
    numbers: list[tuple[int, str]] = []
    while i > 0 and blocks[i - 1].kind == "list" and (written := _written_number(doc, blocks[i - 1].start)):
        i -= 1
        numbers.append((i, written))
    if not numbers or any(k in found for k, _ in numbers):
        return
    first = blocks[i].start
    if _MARKER.search(doc.text, 0, first):
        found.update(numbers)


PAREN_MARKER = re.compile(r"(?<=[^\s(])[ \t]?\((\d{1,3})\)(?![\w(\[])")
"""A note number in parentheses in the prose, after a word or a closing mark: "... in 2004) (1) but"."""
_GLUED_MARKER = re.compile(r"[.!?](?<=[A-Za-z%][.!?])[\"'”’)]?(\d{1,3})(?=\s|\Z)")
"""The stop comes first and the look-behind (a letter or "%" before it) after it: the regex engine skips to stops
instead of trying the look-behind at every position (4.6x faster on the corpora, the same matches)."""


def glued_markers(text: str, start: int, end: int) -> Iterator[re.Match[str]]:
    """The note numbers glued after a word's full stop in text[start:end] ("... cancer.1 Rates", number in
    group 1), as :mod:`auditor.segment` keeps them with their sentence; not a label such as "Fig.1"."""
    for m in _GLUED_MARKER.finditer(text, start, end):
        before = text[max(start, m.start() - 40) : m.start()].rsplit(None, 1)
        if before and note_number_after(before[-1]):
            yield m


_PAREN_ENTRY = re.compile(r"\((\d{1,3})\)[ \t]+\S")
_REFERENCE_LIKE = re.compile(r"\b(?:1[5-9]|20)\d\d\b|://")
NOTE_MAX_CHARS = 400
"""A note entry is short: a longer block that opens with "(1)" is prose."""


_last_parenthesised: tuple[Document | None, dict[int, str]] = (None, {})
"""The last document :func:`parenthesised_notes` read and its answer: the reference entries and then the citation
markers ask for it, one after the other. One tuple, rebound at once (thread-safe), as ``_last_notes`` below."""


def parenthesised_notes(doc: Document) -> dict[int, str]:
    """Block index -> label of the notes that parenthesised numbers in the prose point at (see the module
    docstring): ``(1) Author, 2006`` in the second half of the article, or the numbered list that ends it.
    The answer is shared: callers must not change it."""
    global _last_parenthesised
    last, found = _last_parenthesised
    if last is not doc:
        found = _parenthesised_notes(doc)
        _last_parenthesised = (doc, found)
    return found


def _parenthesised_notes(doc: Document) -> dict[int, str]:
    text, blocks = doc.text, doc.blocks
    candidates: dict[int, str] = {}
    for i in range(len(blocks) // 2, len(blocks)):
        block = blocks[i]
        if block.end - block.start > NOTE_MAX_CHARS:
            continue
        m = _PAREN_ENTRY.match(text, block.start, block.end)
        if m and _REFERENCE_LIKE.search(text, block.start, block.end):
            candidates[i] = m[1]
    i = len(blocks)
    while i > 0 and blocks[i - 1].kind == "list" and (written := _written_number(doc, blocks[i - 1].start)):
        i -= 1
        candidates.setdefault(i, written)
    if not candidates:
        return {}
    first = min(candidates)
    end = blocks[first].start
    used = {m[1] for m in PAREN_MARKER.finditer(text, 0, end)} | {m[1] for m in glued_markers(text, 0, end)}
    return {i: label for i, label in candidates.items() if label in used}


def _note_targets(doc: Document, found: dict[int, str | None]) -> None:
    """Add the blocks that note links point at (by element id) to ``found``."""
    if not doc.anchors:
        return
    anchors = dict(doc.anchors)
    ends = [b.end for b in doc.blocks]
    for link in doc.links:
        label = note_label(link)
        target = anchors.get(link.url[1:]) if label and link.url else None
        if target is None or target < 0:
            continue
        i = bisect_right(ends, target)  # the first block that ends after the element starts
        if i < len(doc.blocks) and i not in found:
            found[i] = label


@dataclass(frozen=True, slots=True)
class _Notes:
    """What :func:`entry_url` looks up in a document, in order: element offsets, block ends, outside links."""

    anchors: list[int]
    ends: list[int]
    links: list[Link]
    starts: list[int]


_last_notes: tuple[Document | None, _Notes | None] = (None, None)
"""The last document :func:`entry_url` was asked about and its look-ups. It is asked once per note link of one
document in turn: building them at each call (a pass over every anchor, block and link) was quadratic in a page
of notes. One tuple, rebound at once (thread-safe); it keeps that one document alive until the next."""


def _notes(doc: Document) -> _Notes:
    global _last_notes
    last, notes = _last_notes
    if last is not doc or notes is None:
        links = outside_links(doc)
        notes = _Notes(
            sorted(pos for _, pos in doc.anchors), [b.end for b in doc.blocks], links, [k.start for k in links]
        )
        _last_notes = (doc, notes)
    return notes


def entry_url(doc: Document, anchor: int) -> str | None:
    """The first outside address linked from the note that starts at body offset ``anchor`` (up to the next
    element with an id, or the end of its block)."""
    notes = _notes(doc)
    i = bisect_right(notes.ends, anchor)
    stop = doc.blocks[i].end if i < len(doc.blocks) else len(doc.text)
    k = bisect_right(notes.anchors, anchor)  # the first element with an id after the note's start
    if k < len(notes.anchors):
        stop = min(stop, notes.anchors[k])
    link = first_link_in(notes.links, notes.starts, anchor, stop)
    return link.url if link else None

"""Wiki image markup in a Markdown page: a picture and its caption, never the article's prose.

A page converted from a wiki keeps its pictures as wiki markup, ``[[File:Pier.jpg|thumb|The pier in 1920,
seen from the beach.|alt=A long wooden pier]]`` (also ``[[Image:...]]``, a caption holding links of its own,
the markup running over several lines). A converter that drops the opening ``[[File:`` leaves a residue at the
start of a line: the file's name, its caption, and the options up to the closing brackets (``Pier.jpg The pier
in 1920, seen from the beach.|alt=A long wooden pier]]``), or the file's name alone before the paragraph's own
text. A caption describes the picture: it is no claim of the article. :func:`wiki_file_spans` gives the spans
of the input to leave out of the body: every ``[[File:``/``[[Image:`` link whole; at the start of a line, a
picture's file name with what follows it up to ``]]`` when a ``|`` option stands before those brackets in the
same paragraph, or else the file name alone, when the page holds other wiki image markup.
"""

from __future__ import annotations

import re

_OPEN = re.compile(r"\[\[\s*(?:File|Image)\s*:", re.I)
_RESIDUE = re.compile(
    r"^[ \t]*(?P<name>[^\s|\[\]()<>!]+\.(?:svg|png|jpe?g|gif|tiff?|webp))(?=[\s,.;:|]|$)", re.I | re.M
)
"""A picture's file name at the start of a line (no spaces: a wiki file name writes them as underscores)."""
_CLOSE_AFTER_OPTION = re.compile(r"\|[^\n]*?\]\]")
_PARAGRAPH_END = re.compile(r"\n[ \t]*\n")
_MAX_LINK = 5000
"""The longest a wiki image link runs: one with no closing brackets that near is left as text."""


def wiki_file_spans(raw: str, start: int = 0) -> list[tuple[int, int]]:
    """The spans of ``raw`` from ``start`` on that hold wiki image markup or its residue, in order."""
    found = _links(raw, start) if "[[" in raw else []
    residues = [m for m in _RESIDUE.finditer(raw, start) if not any(a <= m.start("name") < b for a, b in found)]
    if not residues:
        return found
    closed = []
    for m in residues:
        stop = _PARAGRAPH_END.search(raw, m.end())
        limit = stop.start() if stop else len(raw)
        close = _CLOSE_AFTER_OPTION.search(raw, m.end(), limit)
        closed.append((m.start("name"), close.end() if close else None, m.end("name")))
    if not found and all(end is None for _, end, _ in closed):
        return []  # a line that starts with a file name on a page with no other wiki image markup is its text
    found.extend((at, end if end is not None else name_end) for at, end, name_end in closed)
    return sorted(found)


def _links(raw: str, start: int) -> list[tuple[int, int]]:
    """The whole ``[[File:...]]`` links, nested ``[[...]]`` in their captions counted."""
    found: list[tuple[int, int]] = []
    for m in _OPEN.finditer(raw, start):
        if found and m.start() < found[-1][1]:
            continue  # inside the link just read
        depth, at = 1, m.end()
        limit = min(len(raw), m.start() + _MAX_LINK)
        while depth and at < limit:
            opened, closed = raw.find("[[", at, limit), raw.find("]]", at, limit)
            if closed < 0:
                break
            if 0 <= opened < closed:
                depth, at = depth + 1, opened + 2
            else:
                depth, at = depth - 1, closed + 2
        if not depth:
            found.append((m.start(), at))
    return found


def outside(spans: list[tuple[int, int]], start: int, end: int) -> list[tuple[int, int]]:
    """The pieces of ``[start, end)`` outside ``spans`` (sorted, not overlapping one another)."""
    pieces, at = [], start
    for a, b in spans:
        if b <= at or a >= end:
            continue
        if a > at:
            pieces.append((at, a))
        at = max(at, b)
    if at < end:
        pieces.append((at, end))
    return pieces

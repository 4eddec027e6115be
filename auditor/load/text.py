"""Plain text: paragraphs by blank lines or line ends, pasted Markdown-style links recognised.

The body of a text file is the file itself, except that ``[text](url)`` links
render as their text. Text pasted from a web page puts one paragraph on each
line, often with no blank line between; hard-wrapped text (mail, READMEs)
breaks lines inside paragraphs and separates paragraphs by blank lines. The
line lengths tell the two apart: in wrapped text nearly every long line fits a
narrow width.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from auditor.load.body import BodyBuilder
from auditor.load.inline import render
from auditor.model import BlockKind, Document

_FINISHED = tuple('.!?:;"”’)]')
_LIST_START = re.compile(r"\s*(?:[-*+•‣⁃]|\d{1,3}[.)])\s+")
HEADING_WORDS = 8
"""A line without a full stop is a heading when it has at most this many words (or is in title case)."""
WRAP_WIDTH = 100
"""Hard-wrapped text keeps its lines within this width."""


def _line_spans(raw: str) -> list[tuple[int, int]]:
    """(start, end) of each line, without its line break."""
    spans = []
    start = 0
    for line in raw.split("\n"):
        end = start + len(line)
        spans.append((start, end - 1 if line.endswith("\r") else end))
        start = end + 1
    return spans


def is_hard_wrapped(lines: list[tuple[int, int]]) -> bool:
    """True when the long lines of a text all fit one narrow width, as wrapped prose does."""
    lengths = [end - start for start, end in lines if end - start >= 40]
    return (
        len(lengths) >= 3
        and max(lengths) <= WRAP_WIDTH + 20
        and sum(n <= WRAP_WIDTH for n in lengths) >= 0.9 * len(lengths)
    )


def text_blocks(raw: str) -> Iterator[tuple[int, int, BlockKind]]:
    """(start, end, kind) of the paragraphs of plain text, trimmed, in order."""
    lines = _line_spans(raw)
    wrapped = is_hard_wrapped(lines)
    block: list[tuple[int, int]] = []
    for start, end in lines:
        line = raw[start:end].strip()
        if not line:
            yield from _close(raw, block)
            block = []
            continue
        if block and (not wrapped or _LIST_START.match(line)):
            yield from _close(raw, block)
            block = []
        block.append((start, end))
    yield from _close(raw, block)


def _close(raw: str, lines: list[tuple[int, int]]) -> Iterator[tuple[int, int, BlockKind]]:
    if not lines:
        return
    start, end = lines[0][0], lines[-1][1]
    text = raw[start:end]
    start += len(text) - len(text.lstrip())
    end -= len(text) - len(text.rstrip())
    yield start, end, _kind(raw[start:end], single_line=len(lines) == 1)


def _kind(text: str, single_line: bool) -> BlockKind:
    if _LIST_START.match(text):
        return "list"
    if single_line and len(text) < 120 and not text.endswith((*_FINISHED, ",")) and _title_like(text):
        return "heading"
    return "paragraph"


def _title_like(text: str) -> bool:
    """Short, or mostly capitalised words: a heading, not a sentence cut off without its full stop."""
    words = text.split()
    return len(words) <= HEADING_WORDS or sum(w[:1].isupper() or not w[:1].isalpha() for w in words) * 2 >= len(words)


def load_text(raw: str, source: str | None = None) -> Document:
    """Load plain text: one block per paragraph, links in Markdown style or bare URLs recognised."""
    out = BodyBuilder()
    pos = 0
    for start, end, kind in text_blocks(raw):
        out.add(raw[pos:start], pos)
        out.open_block(kind)
        render(raw, start, end, out, markdown=False)
        out.close_block()
        pos = end
    out.add(raw[pos:], pos)
    return out.build(raw, "text", source=source)

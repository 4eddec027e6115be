"""Body spans: sorted spans of the body (code and math, link texts, markers found), and where a span stands:
inside one of them, as written in the input, inside quoted words."""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Iterable, Sequence

from auditor.model import Document


def merged(spans: Iterable[tuple[int, int]]) -> list[tuple[int, int]]:
    """The spans sorted, overlapping ones joined (for :class:`Spans`)."""
    joined: list[tuple[int, int]] = []
    for start, end in sorted(spans):
        if joined and start < joined[-1][1]:
            joined[-1] = (joined[-1][0], max(end, joined[-1][1]))
        else:
            joined.append((start, end))
    return joined


class Spans:
    """Sorted, non-overlapping body spans (code and math, link texts), asked whether a span falls in one."""

    def __init__(self, spans: Sequence[tuple[int, int]]) -> None:
        self.starts = [s for s, _ in spans]
        self.ends = [e for _, e in spans]

    def _at(self, offset: int) -> int:
        return bisect_right(self.starts, offset) - 1

    def covers(self, start: int, end: int) -> bool:
        """Whether ``[start, end)`` lies inside one span."""
        k = self._at(start)
        return k >= 0 and end <= self.ends[k] and start < self.ends[k]

    def touches(self, start: int, end: int) -> bool:
        """Whether ``[start, end)`` overlaps any span."""
        k = self._at(end - 1)
        return k >= 0 and self.ends[k] > start


def as_written(doc: Document, start: int, end: int) -> bool:
    """Whether ``body[start:end]`` stands in the input as it reads (whitespace aside), nothing left out of it."""
    first, last = doc.to_raw(start), doc.to_raw(end - 1)
    written, read = doc.raw[first : last + 1], doc.text[start:end]
    return written == read or "".join(written.split()) == "".join(read.split())


def quoted(doc: Document, block: int, offset: int) -> bool:
    """Whether ``offset`` is inside quoted words: a block quotation, or quotation marks left open before it in
    its block."""
    b = doc.blocks[block]
    if b.kind == "quote":
        return True
    before = doc.text[b.start : offset]
    curly = before.count("“") + before.count("«") - before.count("”") - before.count("»")
    return curly > 0 or before.count('"') % 2 == 1

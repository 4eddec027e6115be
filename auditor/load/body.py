"""Building a body text piece by piece while remembering where each piece came from.

Every loader (text, Markdown, HTML) renders its input into plain body text with
a :class:`BodyBuilder`: it appends text along with the input span it was read
from, opens and closes blocks (paragraphs, headings, list items), and records
links. ``build`` returns a :class:`~auditor.model.Document` whose offset map
sends any body offset back to the input, so findings point at the right line.
"""

from __future__ import annotations

from auditor.model import Block, BlockKind, Document, InputFormat, Link, LinkKind, OffsetMap

_SPACE = " \t\n\r\f\v\u00a0"


class BodyBuilder:
    """Accumulates body text, its blocks and links, with a map back to the input."""

    def __init__(self) -> None:
        self._parts: list[str] = []
        self._length = 0
        self._body_starts: list[int] = []
        self._raw_starts: list[int] = []
        self._raw_ends: list[int] = []
        self._blocks: list[Block] = []
        self._links: list[Link] = []
        self._block_start: int | None = None
        self._block_group: int | None = None
        self._block_kind: BlockKind = "paragraph"
        self._groups = 0
        self.group: int | None = None
        """The list item or table row the blocks opened now belong to (see :meth:`new_group`)."""
        self._verbatim: list[tuple[int, int]] = []
        self._anchors: dict[str, int] = {}

    @property
    def position(self) -> int:
        """The current length of the body: where the next text will start."""
        return self._length

    def add(self, text: str, raw_start: int, raw_end: int | None = None) -> None:
        """Append ``text``, read from ``raw[raw_start:raw_end]``.

        Without ``raw_end`` the text is taken to be a verbatim copy of the input
        at ``raw_start`` (the common case, mapped one to one).
        """
        if not text:
            return
        if raw_end is None:
            raw_end = raw_start + len(text)
        ends = self._raw_ends
        # Extend the last piece when this one continues it verbatim: keeps the map small.
        if (
            ends
            and ends[-1] == raw_start
            and raw_end - raw_start == len(text)
            and self._raw_starts[-1] + (self._length - self._body_starts[-1]) == raw_start
        ):
            ends[-1] = raw_end
        else:
            self._body_starts.append(self._length)
            self._raw_starts.append(raw_start)
            ends.append(raw_end)
        self._parts.append(text)
        self._length += len(text)

    def separate(self, raw_pos: int, separator: str = "\n\n") -> None:
        """Append a separator between blocks unless the body already ends in one."""
        if self._length and not self._parts[-1].endswith(separator):
            self.add(separator, raw_pos, raw_pos)

    def new_group(self) -> int:
        """A fresh group number for a list item or table row; set :attr:`group` to it to use it."""
        self._groups += 1
        return self._groups

    def open_block(self, kind: BlockKind = "paragraph") -> None:
        """Start a block at the current position (closing any open one)."""
        self.close_block()
        self._block_start = self._length
        self._block_kind = kind
        self._block_group = self.group

    def break_block(self, raw_pos: int, kind: BlockKind | None = None) -> None:
        """At an HTML block tag inside the open block (``<h3>..</h3><p>..`` in Markdown): end the block there
        and open the next one, of ``kind`` or else the same kind, so the two never run together."""
        if self._block_start is None:
            return
        kind = kind or self._block_kind
        self.close_block()
        self.separate(raw_pos)
        self.open_block(kind)

    def close_block(self) -> None:
        """End the open block, trimmed of surrounding whitespace; empty blocks are dropped."""
        if self._block_start is None:
            return
        start, end = self._block_start, self._length
        self._block_start = None
        start, end = self._trim(start, end)
        if end > start:
            self._blocks.append(Block(start, end, self._block_kind, self._block_group))

    def _trim(self, start: int, end: int) -> tuple[int, int]:
        body = self._tail(start)
        lo, hi = 0, end - start
        while lo < hi and body[lo] in _SPACE:
            lo += 1
        while hi > lo and body[hi - 1] in _SPACE:
            hi -= 1
        return start + lo, start + hi

    def _tail(self, start: int) -> str:
        """The body from ``start`` to the end, joining only the parts needed."""
        tail: list[str] = []
        covered = self._length
        for part in reversed(self._parts):
            tail.append(part)
            covered -= len(part)
            if covered <= start:
                break
        return "".join(reversed(tail))[start - covered :]

    def link(
        self,
        kind: LinkKind,
        url: str | None,
        text: str,
        start: int,
        end: int,
        label: str | None = None,
        *,
        defined: bool | None = True,
        note: str | None = None,
    ) -> None:
        """Record a link whose visible text spans ``body[start:end]``."""
        self._links.append(Link(kind, url, text, start, end, label, defined, note))

    def verbatim(self, start: int, end: int) -> None:
        """Mark ``body[start:end]`` as code or math: text shown as written, never searched for citations."""
        if end > start:
            self._verbatim.append((start, end))

    def anchor(self, name: str, elsewhere: bool = False) -> None:
        """Record that an element with id ``name`` starts here (the target of ``href="#name"`` links), or,
        with ``elsewhere``, that it is in the input but outside the body (offset -1)."""
        name = name.strip()
        if name:
            self._anchors.setdefault(name, -1 if elsewhere else self._length)

    @property
    def has_fragment_links(self) -> bool:
        """Whether some link points into the page itself (``href="#..."``)."""
        return any(link.url and link.url.startswith("#") for link in self._links)

    def build(
        self,
        raw: str,
        input_format: InputFormat,
        source: str | None = None,
        title: str | None = None,
        published: str | None = None,
        published_from: str | None = None,
        published_year: int | None = None,
        references_known: bool = True,
        publishers: tuple[str, ...] = (),
    ) -> Document:
        """The finished document."""
        self.close_block()
        offsets = OffsetMap(tuple(self._body_starts), tuple(self._raw_starts), tuple(self._raw_ends))
        return Document(
            raw=raw,
            text="".join(self._parts),
            format=input_format,
            offsets=offsets,
            blocks=tuple(self._blocks),
            links=tuple(sorted(self._links, key=lambda link: (link.start, link.end))),
            source=source,
            title=title,
            published=published,
            published_from=published_from,
            published_year=published_year,
            publishers=publishers,
            verbatim=tuple(sorted(self._verbatim)),
            anchors=tuple(self._anchors.items()),
            references_known=references_known,
        )

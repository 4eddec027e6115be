"""The values that flow through the pipeline, all immutable.

Every span inside the pipeline is a pair of character offsets into the *body*
(``Document.text``, the article as a reader sees it). Offsets into the input as
given (``Document.raw``) are derived only when a report is written, through the
document's :class:`OffsetMap`; line and column come from a :class:`LineIndex`.
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Mapping
from dataclasses import dataclass, field
from types import MappingProxyType
from typing import Any, Literal

Severity = Literal["error", "warning", "info"]
SEVERITIES: tuple[Severity, ...] = ("error", "warning", "info")
SEVERITY_RANK: Mapping[str, int] = MappingProxyType({"info": 1, "warning": 2, "error": 3})

InputFormat = Literal["html", "markdown", "text"]


@dataclass(frozen=True, slots=True)
class OffsetMap:
    """Maps body offsets back to input offsets.

    The body is built from pieces of the input. Each piece is recorded as
    ``(body_start, raw_start, raw_end)``; inside a piece whose length is the
    same in both (most text), offsets map one to one, and inside a piece that
    was rewritten (an HTML entity, a collapsed run of spaces) they clamp to the
    piece's input span.
    """

    body_starts: tuple[int, ...]
    raw_starts: tuple[int, ...]
    raw_ends: tuple[int, ...]

    @classmethod
    def identity(cls, length: int) -> OffsetMap:
        """The map of a body that is the input itself."""
        return cls((0,), (0,), (length,))

    def to_raw(self, offset: int) -> int:
        """The input offset of body offset ``offset``."""
        k = bisect_right(self.body_starts, offset) - 1
        if k < 0:
            return self.raw_starts[0] if self.raw_starts else 0
        raw = self.raw_starts[k] + offset - self.body_starts[k]
        return raw if raw < self.raw_ends[k] else self.raw_ends[k]


@dataclass(frozen=True, slots=True)
class LineIndex:
    """1-based line and column of offsets in a text, by bisection over line starts."""

    starts: tuple[int, ...]

    @classmethod
    def of(cls, text: str) -> LineIndex:
        """Index the line starts of ``text``."""
        starts = [0]
        find = text.find
        i = find("\n")
        while i >= 0:
            starts.append(i + 1)
            i = find("\n", i + 1)
        return cls(tuple(starts))

    def line_col(self, offset: int) -> tuple[int, int]:
        """The (line, column) of ``offset``, both counted from 1."""
        k = bisect_right(self.starts, offset) - 1
        return k + 1, offset - self.starts[k] + 1


BlockKind = Literal["paragraph", "heading", "list", "quote", "table"]


@dataclass(frozen=True, slots=True)
class Block:
    """A paragraph-like piece of the body: sentences never cross a block.

    ``group`` is shared by the blocks of one list item (its paragraphs and nested items) or one table row
    (its cells), so that a citation anywhere in the item or row can be seen to cover all of it; None
    elsewhere.
    """

    start: int
    end: int
    kind: BlockKind = "paragraph"
    group: int | None = None


LinkKind = Literal["link", "reference", "footnote", "url"]


@dataclass(frozen=True, slots=True)
class Link:
    """A link as written in the input, found by a loader.

    ``start``/``end`` span its visible text in the body (zero width for a
    footnote marker, which leaves no text behind). ``label`` names a reference
    or footnote; ``defined`` is False when its definition is missing, None when
    it is unknown (the article pulls in definitions from an include or template
    the loader could not read), and ``note`` holds a footnote definition's text.
    """

    kind: LinkKind
    url: str | None
    text: str
    start: int
    end: int
    label: str | None = None
    defined: bool | None = True
    note: str | None = None


@dataclass(frozen=True, slots=True)
class Suppression:
    """An inline ``auditor-disable`` comment: rule codes (or prefixes) silenced on input lines ``start`` to ``end``."""

    codes: frozenset[str]
    start: int
    end: int
    reason: str | None = None
    at: int = 0
    """Input offset of the comment itself."""
    directive: str = "disable"
    """``disable-next-line`` or ``disable`` (a range closed by ``enable``, or the end of the file)."""


@dataclass(frozen=True, slots=True)
class Document:
    """A loaded article: its input, its body text, and what the loader found."""

    raw: str
    text: str
    format: InputFormat
    offsets: OffsetMap
    blocks: tuple[Block, ...]
    links: tuple[Link, ...] = ()
    source: str | None = None
    title: str | None = None
    published: str | None = None
    published_from: str | None = None
    published_year: int | None = None
    """The year of a publication date the page gives with its day and month in an order it does not say
    (``date: 11-07-2021``: 11 July or 7 November), when ``published`` is None; ``published_from`` says where."""
    publishers: tuple[str, ...] = ()
    """The names the page gives for its site, publisher and author (:mod:`auditor.load.publishers`)."""
    verbatim: tuple[tuple[int, int], ...] = ()
    """Body spans of code and math, in order: shown as written, never searched for citation markers."""
    anchors: tuple[tuple[str, int], ...] = ()
    """Element ids (``<li id="fn4">``, ``<a name="ref-2">``) and the body offset where each element starts
    (-1 for one that is in the input but outside the body, such as a notes list left out as page chrome)."""
    references_known: bool = True
    """False when the article pulls in reference definitions from where the loader could not look (an
    include or template it could not read): a label it defines nowhere seen is then unknown, not missing."""

    def to_raw(self, offset: int) -> int:
        """The input offset of a body offset."""
        return self.offsets.to_raw(offset)


@dataclass(frozen=True, slots=True)
class Sentence:
    """A sentence of the body, in the block with index ``block``."""

    start: int
    end: int
    block: int


ClaimKind = Literal["attribution", "causal", "comparative", "event", "numeric", "quote", "temporal"]


@dataclass(frozen=True, slots=True)
class Claim:
    """A statement of the article, scored for check-worthiness."""

    id: str
    text: str
    start: int
    end: int
    sentence: int
    block: int
    score: float
    check_worthy: bool
    kinds: tuple[str, ...]
    citations: tuple[str, ...] = ()


CitationKind = Literal["link", "reference", "footnote", "numbered", "url", "attribution", "placeholder", "empty"]


@dataclass(frozen=True, slots=True)
class Citation:
    """Something that cites (or pretends to cite) a source, and the claims it supports."""

    id: str
    kind: CitationKind
    url: str | None
    text: str
    start: int
    end: int
    claims: tuple[str, ...] = ()
    label: str | None = None


def _frozen(mapping: Mapping[str, Any]) -> Mapping[str, Any]:
    return mapping if isinstance(mapping, MappingProxyType) else MappingProxyType(dict(mapping))


@dataclass(frozen=True, slots=True)
class Hit:
    """What a rule reports: where, why, and the values behind it.

    The engine turns a hit into a :class:`Finding` by adding the rule's code,
    name and configured severity, so a rule never repeats its own identity.
    """

    start: int
    end: int
    message: str
    claim: str | None = None
    related: tuple[str, ...] = ()
    citation: str | None = None
    evidence: Mapping[str, Any] = field(default_factory=dict)

    def __post_init__(self) -> None:
        object.__setattr__(self, "evidence", _frozen(self.evidence))


@dataclass(frozen=True, slots=True)
class Finding:
    """A reported problem: a rule's hit with the rule's identity and severity."""

    rule: str
    name: str
    severity: Severity
    message: str
    start: int
    end: int
    claim: str | None = None
    related: tuple[str, ...] = ()
    citation: str | None = None
    evidence: Mapping[str, Any] = field(default_factory=dict)

    def __post_init__(self) -> None:
        object.__setattr__(self, "evidence", _frozen(self.evidence))


@dataclass(frozen=True, slots=True)
class RuleError:
    """A rule that crashed on this input: reported beside the findings, never as one of them."""

    rule: str
    name: str
    message: str

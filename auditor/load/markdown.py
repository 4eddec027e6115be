"""Markdown: front matter (:mod:`auditor.load.front_matter`), blocks, links, reference definitions and footnotes.

Markdown libraries give line ranges at best, and the report needs the character
offset of every word, so this is a small line-oriented block reader (headings,
paragraphs, list items, block quotes, tables; code, comments, rules and
definitions are not prose) over the inline renderer in :mod:`auditor.load.inline`.
"""

from __future__ import annotations

import os
import re
from collections.abc import Iterator
from dataclasses import replace
from itertools import pairwise
from typing import NamedTuple

from auditor.load.body import BodyBuilder
from auditor.load.dates import parse_date, year_of_ambiguous_date
from auditor.load.front_matter import front_matter
from auditor.load.includes import article_path, included_references
from auditor.load.inline import render
from auditor.load.publishers import front_matter_publishers
from auditor.load.refdefs import read_definitions
from auditor.load.siteconfig import site_values
from auditor.load.wiki_files import outside, wiki_file_spans
from auditor.model import BlockKind, Document

_DATE = re.compile(r"(\d{4})-(\d{2})-(\d{2})")
_FENCE = re.compile(r"^ {0,3}(`{3,}|~{3,})")
_ATX = re.compile(r"^ {0,3}#{1,6}(?:[ \t]+|$)")
_SETEXT = re.compile(r"^ {0,3}(?:=+|-+)[ \t]*$")
_RULE = re.compile(r"^ {0,3}([-*_])(?:[ \t]*\1){2,}[ \t]*$")
_LIST = re.compile(r"^[ \t]*(?:[-*+]|\d{1,9}[.)])[ \t]+")
_QUOTE = re.compile(r"^[ \t]*>[ \t]?")
_TABLE_SEP = re.compile(r"^[ \t]*(?:\|[ \t]*)?:?-+:?[ \t]*(?:\|[ \t]*:?-+:?[ \t]*)*(?:\|[ \t]*)?$")
"""A table's separator line (GFM's delimiter row: ``|---|:-:|``, ``--- | ---``, ``|:-|-:|``). Its leading spaces,
pipe and spaces are one run and an optional pipe with its own spaces: two runs of spaces around an optional pipe
try every split of a long indent (quadratic in it). A cell of one dash is a delimiter only in a line with a pipe
(:func:`_separator`): a lone ``-`` is an empty list item."""
_INDENTED_CODE = re.compile(r"^(?: {4}|\t)")
_TEMPLATE_LINE = re.compile(r"^\s*(?:\{%.*%\}|\{\{.*\}\}|<(?:script|style)\b.*)\s*$", re.S)
_RAW_BLOCK_START = re.compile(r"^\s*<(script|style|pre|svg)\b", re.I)
_HEADING_TAIL = re.compile(r"[ \t]+#+[ \t]*$|[ \t]*$")
# Blocks that are not prose, from an opening line to a closing mark: template comments and raw or
# highlighted code (Liquid, Nunjucks, Hugo), display math.
_OPAQUE = (
    (re.compile(r"^\s*\{%-?\s*comment\s*-?%\}"), re.compile(r"\{%-?\s*endcomment\s*-?%\}")),
    (re.compile(r"^\s*\{%-?\s*raw\s*-?%\}"), re.compile(r"\{%-?\s*endraw\s*-?%\}")),
    (re.compile(r"^\s*\{%-?\s*highlight\b"), re.compile(r"\{%-?\s*endhighlight\s*-?%\}")),
    (re.compile(r"^\s*\{#"), re.compile(r"#\}")),
    (re.compile(r"^\s*\{\{<\s*highlight\b"), re.compile(r"\{\{<\s*/\s*highlight\s*>\}\}")),
    (re.compile(r"^\s*\$\$"), re.compile(r"\$\$")),
    (re.compile(r"^\s*\{%(?!.*%\})"), re.compile(r"%\}")),  # a template tag written over several lines
    (re.compile(r"^\s*\{\{(?!.*\}\})"), re.compile(r"\}\}")),
)
_TITLE_KEYS = ("title",)
_DATE_KEYS = (
    "date", "published", "publishdate", "pubdate", "published_at", "created",
    # a page that says only when it was last changed is dated by that (Hugo's lastmod, Jekyll plugins' last_modified)
    "updated", "updated_at", "last_updated", "lastmod", "last_modified", "modified", "date_modified", "datemodified",
)


class _Line(NamedTuple):
    """A line of the input, its line break left out. A named tuple: one is made for every line, and a frozen
    dataclass's ``__init__`` costs several times as much."""

    start: int
    end: int

    def text(self, raw: str) -> str:
        return raw[self.start : self.end]


def _lines(raw: str, start: int) -> list[_Line]:
    """The lines from ``start`` on: what ``[^\n]*(?:\n|$)`` matched, less line-break characters at the end,
    found by ``str.find`` instead of a match per line."""
    lines = []
    size = len(raw)
    find = raw.find
    while start < size:
        newline = find("\n", start)
        after = size if newline < 0 else newline + 1
        end = after
        while end > start and raw[end - 1] in "\r\n":
            end -= 1
        lines.append(_Line(start, end))
        start = after
    return lines


_MARKUP_STARTS = frozenset("`~<{#>|-*_+=0123456789:$")
"""First characters of a line that may be more than paragraph text; any other line is prose."""


def _separator(stripped: str) -> bool:
    """Whether a stripped line is a table's delimiter row."""
    return "-" in stripped and ("--" in stripped or "|" in stripped) and _TABLE_SEP.match(stripped) is not None


def _cell_count(stripped: str) -> int:
    """How many cells a table line has, its outer pipes left out (an escaped ``\\|`` divides nothing)."""
    return stripped.strip("|").replace("\\|", "").count("|") + 1


def _table_rows(raw: str, lines: list[_Line]) -> set[int]:
    """The lines that are rows of a GFM table: a header line with a pipe, a delimiter row of as many cells under
    it, and the lines after it that hold a pipe, up to a blank line. A table written without outer pipes
    ("Item | Cost" over "--- | ---") is a table too, not a paragraph of its rows."""
    rows: set[int] = set()
    for i in range(len(lines) - 1):
        if i in rows:
            continue
        header = lines[i].text(raw).strip()
        if "|" not in header or _separator(header):
            continue
        below = lines[i + 1].text(raw).strip()
        if "|" not in below or not _separator(below) or _cell_count(header) != _cell_count(below):
            continue
        rows.add(i)
        for j in range(i + 2, len(lines)):
            row = lines[j].text(raw).strip()
            if "|" not in row or _separator(row):
                break
            rows.add(j)
    return rows


def _blocks(raw: str, lines: list[_Line], skip: set[int]) -> Iterator[tuple[BlockKind, list[tuple[int, int]]]]:
    """(kind, [(start, end) of each line's content]) for every prose block."""
    rows = _table_rows(raw, lines) if "|" in raw else set()
    kind: BlockKind | None = None
    parts: list[tuple[int, int]] = []
    in_fence = ""
    in_comment = False
    in_raw = ""
    opaque: re.Pattern[str] | None = None
    for i, line in enumerate(lines):
        text = line.text(raw)
        if in_comment:
            in_comment = "-->" not in text
            continue
        if opaque is not None:  # inside a template comment, raw or highlighted code, or display math
            opaque = None if opaque.search(text) else opaque
            continue
        if in_raw:  # inside <script>, <style>, <pre> or <svg>: not prose
            in_raw = "" if f"</{in_raw}" in text.lower() else in_raw
            continue
        stripped = text.strip()
        first = stripped[:1]
        if not in_fence and first and first not in _MARKUP_STARTS and i not in skip and i not in rows:
            # Plain prose, the common case: no pattern can match, decide at once.
            if kind is None and text[:1] in " \t" and _INDENTED_CODE.match(text):
                continue  # indented code
            if kind in ("paragraph", "list"):
                parts.append((line.start + len(text) - len(text.lstrip()), line.end))
                continue
            if kind:
                yield kind, parts
            kind, parts = "paragraph", [(line.start + len(text) - len(text.lstrip()), line.end)]
            continue
        if not in_fence and first in ("{", "$") and (opened := _opaque_start(text)):
            if kind:
                yield kind, parts
                kind = None
            opaque = opened[0]
            continue
        if kind is None and first in ("<", "{") and (raw_tag := _RAW_BLOCK_START.match(text)):
            in_raw = "" if f"</{raw_tag[1].lower()}" in text.lower() else raw_tag[1].lower()
            continue
        fence = _FENCE.match(text) if first in ("`", "~") else None
        if in_fence or fence:
            if kind:
                yield kind, parts
                kind = None
            if fence and (not in_fence or fence[1][0] == in_fence[0]):
                in_fence = "" if in_fence else fence[1]
            continue
        if kind is None and stripped and (_INDENTED_CODE.match(text) or _TEMPLATE_LINE.match(stripped)):
            continue  # indented code, or a template tag ({% image ... %}) on a line of its own
        if i in skip or not stripped or _RULE.match(text) or _separator(stripped):
            if kind and _SETEXT.match(text) and stripped and kind == "paragraph":
                kind = "heading"
            if kind:
                yield kind, parts
                kind = None
            continue
        if stripped.startswith("<!--"):
            in_comment = "-->" not in stripped
            continue
        if kind == "paragraph" and _SETEXT.match(text) and stripped.startswith("="):
            yield "heading", parts
            kind = None
            continue
        offset = len(text) - len(text.lstrip())
        new_kind: BlockKind | None = None
        if m := _ATX.match(text):
            new_kind, offset = "heading", m.end()
        elif m := _LIST.match(text):
            new_kind, offset = "list", m.end()
        elif m := _QUOTE.match(text):
            new_kind, offset = "quote", m.end()
            if kind == "quote":
                parts.append((line.start + offset, line.end))
                continue
        elif i in rows or stripped.startswith("|") or (stripped.count("|") >= 2 and kind in (None, "table")):
            new_kind = "table"
        elif kind in ("paragraph", "list"):
            parts.append((line.start + offset, line.end))
            continue
        else:
            new_kind = "paragraph"
        if kind:
            yield kind, parts
        kind, parts = new_kind, [(line.start + offset, line.end)]
        if new_kind == "heading":
            end = line.end - (len(text) - len(_HEADING_TAIL.sub("", text)))
            parts = [(line.start + offset, max(line.start + offset, end))]
            yield kind, parts
            kind = None
    if kind:
        yield kind, parts


def _indent(raw: str, at: int) -> int:
    """How far the line holding ``at`` is indented (for a list item, where its marker stands)."""
    line = raw[raw.rfind("\n", 0, at) + 1 : at]
    return len(line) - len(line.lstrip(" \t"))


def _opaque_start(text: str) -> tuple[re.Pattern[str] | None] | None:
    """When ``text`` opens a block that is not prose: the closing mark to wait for (None inside when it
    closes on the same line)."""
    for start, end in _OPAQUE:
        m = start.match(text)
        if m:
            return (None if end.search(text, m.end()) else end,)
    return None


_ELEMENT_ID = re.compile(r"""<[A-Za-z][^<>]*?\s(?:id|name)\s*=\s*(?:"([^"]+)"|'([^']+)'|([^\s>"']+))""")
_COMPONENT = re.compile(r"<[A-Z][\w.]*[\s/>]")
_ESM = re.compile(r"^(?:import|export)\s")


def _esm_lines(raw: str, lines: list[_Line]) -> set[int]:
    """The lines of MDX ``import``/``export`` statements (each runs to the next blank line): code, not prose."""
    found: set[int] = set()
    inside = in_fence = False
    for i, line in enumerate(lines):
        text = line.text(raw)
        if _FENCE.match(text):
            in_fence = not in_fence
        if not in_fence and (inside or _ESM.match(text)):
            inside = bool(text.strip())
            if inside:
                found.add(i)
    return found


def _without_quote_marks(raw: str, quotes: list[list[tuple[int, int]]]) -> str:
    """``raw`` with the ``>`` marks that continue block quotations blanked out (same length, so offsets hold)."""
    if not quotes:
        return raw
    chars = list(raw)
    for parts in quotes:
        for (_, previous_end), (start, _) in pairwise(parts):
            for i in range(previous_end, start):
                if chars[i] not in "\r\n":
                    chars[i] = " "
    return "".join(chars)


def load_markdown(raw: str, source: str | None = None, location: str | os.PathLike[str] | None = None) -> Document:
    """Load Markdown: blocks rendered to body text, links resolved, front matter title and date read.
    ``location`` is the file the text came from, where site-generator includes are looked up from."""
    body_start, fields = front_matter(raw)
    lines = _lines(raw, body_start)
    own, definitions = read_definitions(raw, [(line.start, line.end) for line in lines])
    if source and source.lower().endswith(".mdx"):
        definitions |= _esm_lines(raw, lines)
    refs = own.under(included_references(raw, source, location))
    if "{{" in raw and "site." in raw:  # {{ site.key }}: printed from the site's settings where they say plainly
        refs = replace(refs, values=site_values(article_path(source, location)))
    out = BodyBuilder()
    blocks = list(_blocks(raw, lines, definitions))
    unquoted = _without_quote_marks(raw, [parts for kind, parts in blocks if kind == "quote"])
    pictures = wiki_file_spans(raw, body_start)  # a wiki page's [[File:...]] markup: a caption is no claim
    items: list[tuple[int, int]] = []  # the open list items, nested ones last: (marker indentation, group)
    for kind, parts in blocks:
        indent = _indent(raw, parts[0][0]) if kind != "heading" else -1
        while items and items[-1][0] >= indent:
            items.pop()  # a block no deeper than an item's marker ends that item
        if kind == "list":  # a nested item belongs to the item it is nested in
            items.append((indent, items[-1][1] if items else out.new_group()))
        out.group = items[-1][1] if items else None
        out.separate(parts[0][0])
        out.open_block(kind)
        # One span, so that a link may wrap across lines (in a quotation, across its "> " marks too).
        for start, end in outside(pictures, parts[0][0], parts[-1][1]) if pictures else [(parts[0][0], parts[-1][1])]:
            render(unquoted if kind == "quote" else raw, start, end, out, refs, markdown=True)
        out.close_block()
    if out.has_fragment_links:  # a note's target may be in markup the loader left out (raw HTML, comments)
        for element in _ELEMENT_ID.finditer(raw):
            out.anchor(element[1] or element[2] or element[3], elsewhere=True)
    title = next((fields[k] for k in _TITLE_KEYS if fields.get(k)), None)
    published, published_from, year = None, None, None
    for key in _DATE_KEYS:
        value = fields.get(key)
        found = (m[0] if (m := _DATE.search(value)) else parse_date(value)) if value else None
        if found:
            published, published_from = found, f"front-matter:{key}"
            break
        if value and year is None and (year := year_of_ambiguous_date(value)):
            published_from = f"front-matter:{key}"  # "11-07-2021": its year, unless another key gives a day
    return out.build(
        raw,
        "markdown",
        source=source,
        title=title,
        published=published,
        published_from=published_from,
        published_year=year if not published else None,
        publishers=front_matter_publishers(fields),
        # A component (<Footnotes notes={...} />) may render anything, note lists included.
        references_known=not refs.unknown and not _COMPONENT.search(raw),
    )

"""The HTML loader: a web page -> its article body as plain text, with a map back to the page.

The page is parsed into a small tree that keeps input offsets (:mod:`auditor.load.html_tree`), the
article is told from the page's chrome by a readability-style search (:mod:`auditor.load.html_article`:
navigation, comment sections,
share bars, related-story lists and the like are left out), and the article's text is rendered
block by block: whitespace runs collapse to one space, entities are decoded, and every piece of
body text is mapped back to the characters of the page it came from, so a finding can point at the
right line of the HTML. Links in the body are kept with their body spans; the title and the
publication date come from the page's metadata.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from html import unescape
from html.entities import html5
from typing import Any
from urllib.parse import urljoin, urlsplit

from auditor.dating import url_date, written_dates
from auditor.load.body import BodyBuilder
from auditor.load.dates import parse_date
from auditor.load.html_article import ArticleFinder
from auditor.load.html_tree import Node, Text, inner_text, parse
from auditor.load.html_words import Words, words
from auditor.load.publishers import page_publishers
from auditor.load.templates import template_url
from auditor.model import BlockKind, Document

# What text cannot be copied as it is: whitespace other than single spaces, and character references.
_SPECIAL = re.compile(r"[\t\n\f\r \xa0]{2,}|[\t\n\f\r\xa0]|&(?:#[0-9]+;?|#[xX][0-9a-fA-F]+;?|[A-Za-z][A-Za-z0-9]*;?)")
_SPACES = " \t\n\r\f\xa0"
_NESTING_KINDS = ("quote", "list", "table")
_NOTE_TEXT = re.compile(r"^[\[(]?(?:\d{1,3}|[*†‡§¶])[\])]?$")
_GROUP_TAGS = frozenset({"li", "tr"})
"""A list item's paragraphs and a table row's cells form one group (see :class:`~auditor.model.Block`)."""
_VERBATIM_TAGS = frozenset(["code", "pre", "kbd", "samp", "math", "tt"])
"""Elements whose text is code or math: kept as written, never searched for citation markers."""


def load_html(raw: str, source: str | None = None) -> Document:
    """Load an HTML page: its article body, blocks, links, title and publication date."""
    root = parse(raw)
    meta = _read_meta(root, raw)
    title = _title(meta, raw)
    article = ArticleFinder(root, raw, title).find()
    builder = BodyBuilder()
    renderer = _Renderer(raw, builder, article.skip, _base_url(meta.base, source), words())
    for node in article.roots:
        renderer.render(node)
    if builder.has_fragment_links:  # a note's target may be outside the article (a notes list left as chrome)
        for node in root.iter():
            name = node.attrs.get("id") or (node.attrs.get("name") if node.tag == "a" else None)
            if name:
                builder.anchor(name, elsewhere=True)
    published, published_from = _published(meta, article.roots, article.top, raw, source)
    publishers = page_publishers(meta.meta, (_node_text(script, raw, decode=False) for script in meta.json_ld))
    return builder.build(
        raw,
        "html",
        source=source,
        title=title,
        published=published,
        published_from=published_from,
        publishers=publishers,
    )


# ---------------------------------------------------------------- rendering


@dataclass
class _OpenLink:
    """An ``<a href>`` being rendered: where its visible text starts and what it says so far."""

    url: str
    start: int | None = None
    end: int = 0
    parts: list[str] = field(default_factory=list)


class _Renderer:
    """Writes the text of kept elements into a :class:`BodyBuilder`, block by block."""

    def __init__(self, raw: str, builder: BodyBuilder, skip: set[int], base: str | None, w: Words) -> None:
        self.raw = raw
        self.out = builder
        self.skip = skip
        self.base = base
        self.kinds_of = w.block_kinds
        self.kinds: list[BlockKind] = ["paragraph"]
        self.in_block = False
        self.space: tuple[int, int] | None = None  # a collapsed whitespace run waiting for the next word
        self.breaks = 0  # <br> elements since the last word
        self.break_span = (0, 0)
        self.links: list[_OpenLink] = []
        self.groups: list[int | None] = []  # the enclosing groups of nested list items and rows
        self.verbatim_depth = 0
        self.verbatim_start = 0

    def render(self, root: Node) -> None:
        """Render ``root`` and everything below it that is not skipped (iteratively)."""
        stack: list[tuple[bool, Node | Text]] = [(True, root)]
        while stack:
            entering, item = stack.pop()
            if isinstance(item, Text):
                self._text(item)
            elif not entering:
                self._exit(item)
            elif id(item) not in self.skip and self._enter(item):
                stack.append((False, item))
                stack.extend((True, child) for child in reversed(item.children))
        self._end_block()

    def _enter(self, node: Node) -> bool:
        """Open an element; False when its content is not rendered (a note marker)."""
        tag = node.tag
        if tag in _GROUP_TAGS:  # a nested list item or table belongs to the item or row it is nested in
            self.groups.append(self.out.group)
            if self.out.group is None:
                self.out.group = self.out.new_group()
        anchor = node.attrs.get("id") or (node.attrs.get("name") if tag == "a" else None)
        if anchor:
            self.out.anchor(anchor)
        if tag == "a" and (marker := self._note_marker(node)):
            # <sup><a href="#fn4">4</a></sup>: like a Markdown footnote marker, it leaves no text behind.
            self.out.link("link", node.attrs["href"].strip(), marker, self.out.position, self.out.position)
            return False
        if tag in _VERBATIM_TAGS:
            if not self.verbatim_depth:
                self.verbatim_start = self.out.position
            self.verbatim_depth += 1
        kind = self.kinds_of.get(tag)
        if kind is not None:
            self._end_block()
            current = self.kinds[-1]
            # A paragraph inside a list item, quotation or table cell belongs to that.
            self.kinds.append(current if kind == "paragraph" and current in _NESTING_KINDS else kind)
        elif tag == "br":
            if self.in_block:
                self.breaks += 1
                self.break_span = (node.start, node.start)
        elif tag == "a" and "href" in node.attrs:
            self.links.append(_OpenLink(_resolve(node.attrs["href"], self.base)))
        return True

    def _note_marker(self, node: Node) -> str | None:
        """The text of a note marker: a link to an element of this page, in superscript, showing a number or
        a note sign (``<sup><a href="#fn4">4</a></sup>``, ``<a href="#note-2"><sup>[2]</sup></a>``)."""
        if not node.attrs.get("href", "").strip().startswith("#"):
            return None
        raised = (node.parent is not None and node.parent.tag == "sup") or any(
            isinstance(c, Node) and c.tag == "sup" for c in node.children
        )
        text = inner_text(node, self.raw)
        return text if raised and _NOTE_TEXT.match(text) else None

    def _exit(self, node: Node) -> None:
        tag = node.tag
        if tag in _GROUP_TAGS and self.groups:
            self._end_block()
            self.out.group = self.groups.pop()
        if tag in _VERBATIM_TAGS and self.verbatim_depth:
            self.verbatim_depth -= 1
            if not self.verbatim_depth:
                self.out.verbatim(self.verbatim_start, self.out.position)
        if tag in self.kinds_of:
            self._end_block()
            self.kinds.pop()
        elif tag == "a" and "href" in node.attrs and self.links:
            link = self.links.pop()
            if link.start is not None:
                text = "".join(link.parts)[: link.end - link.start]
                self.out.link("link", link.url, text, link.start, link.end)

    def _end_block(self) -> None:
        if self.in_block:
            self.out.close_block()
            self.in_block = False
        self.space = None
        self.breaks = 0

    def _text(self, text: Text) -> None:
        """Render a text run: collapse whitespace, decode references, copy the rest verbatim."""
        raw, pos = self.raw, text.start
        for match in _SPECIAL.finditer(raw, text.start, text.end):
            if match.start() > pos:
                self._verbatim(pos, match.start())
            piece, at = match.group(), match.start()
            if piece[0] != "&":
                self._space(at, match.end())
            else:
                decoded, used = _decode_reference(piece)
                if decoded is None:
                    self._word(piece, at, match.end())
                else:
                    if decoded.strip(_SPACES):
                        self._word(decoded, at, at + used)
                    else:
                        self._space(at, at + used)
                    if used < len(piece):
                        self._word(piece[used:], at + used, match.end())
            pos = match.end()
        if pos < text.end:
            self._verbatim(pos, text.end)

    def _verbatim(self, start: int, end: int) -> None:
        """Copy ``raw[start:end]``, which has single spaces at most, minus a space at either edge."""
        raw = self.raw
        if raw[start] == " ":
            self._space(start, start + 1)
            start += 1
        trailing = end > start and raw[end - 1] == " "
        if trailing:
            end -= 1
        if end > start:
            self._word(raw[start:end], start, end)
        if trailing:
            self._space(end, end + 1)

    def _space(self, start: int, end: int) -> None:
        if self.in_block and self.space is None:
            self.space = (start, end)

    def _word(self, text: str, start: int, end: int) -> None:
        """Append visible text, opening a block or adding the pending space or line break first."""
        if not self.in_block:
            self._separate(start, "\n\n")
            self.out.open_block(self.kinds[-1])
            self.in_block = True
        elif self.breaks >= 2:  # two <br> in a row end a paragraph
            self.out.close_block()
            self._separate(self.break_span[0], "\n\n")
            self.out.open_block(self.kinds[-1])
        elif self.breaks == 1:
            self._put("\n", *self.break_span)
        elif self.space is not None:
            self._put(" ", *self.space)
        self.space = None
        self.breaks = 0
        for link in self.links:
            if link.start is None:
                link.start = self.out.position
        # Verbatim text maps one to one; a decoded reference maps to the whole reference.
        self._put(text, start, end if end - start != len(text) else None)
        for link in self.links:
            link.end = self.out.position

    def _put(self, text: str, start: int, end: int | None) -> None:
        self.out.add(text, start, end)
        for link in self.links:
            if link.start is not None:
                link.parts.append(text)

    def _separate(self, at: int, separator: str) -> None:
        before = self.out.position
        self.out.separate(at, separator)
        if self.out.position != before:
            for link in self.links:
                if link.start is not None:
                    link.parts.append(separator)


def _decode_reference(piece: str) -> tuple[str | None, int]:
    """A character reference's text and how many characters of ``piece`` it used (None: not one)."""
    if piece[1] == "#":
        decoded = unescape(piece)
        return (None, 0) if decoded == piece else (decoded, len(piece))
    name = piece[1:]
    if name.endswith(";") and name in html5:
        return html5[name], len(piece)
    bare = name.rstrip(";")
    # Legacy references work without ';' and as a prefix ("&copy2019"); html5 lists those bare.
    for size in range(min(len(bare), 8), 1, -1):
        if bare[:size] in html5:
            return html5[bare[:size]], size + 1
    return None, 0


def _resolve(href: str, base: str | None) -> str:
    """``href`` as written, made absolute against ``base`` when it is relative."""
    href = template_url(href.strip(" \t\n\r\f"))  # a page with {{ site.baseurl }} in its links
    if not href or href.startswith("#") or base is None:  # "#fn4" points into this page: kept as written
        return href
    try:
        if urlsplit(href).scheme:
            return href
        return urljoin(base, href)
    except ValueError:  # malformed (e.g. an unclosed IPv6 bracket): keep it as written
        return href


def _base_url(base_href: str | None, source: str | None) -> str | None:
    """The URL relative links resolve against: ``<base href>`` (itself resolved) or an http(s) source."""
    base = source if source and _is_http(source) else None
    if base_href:
        try:
            joined = urljoin(base, base_href) if base else base_href
        except ValueError:
            joined = ""
        if _is_http(joined):
            return joined
    return base


def _is_http(url: str) -> bool:
    return url.lower().startswith(("http://", "https://"))


# ---------------------------------------------------------------- metadata


@dataclass
class _Meta:
    """What the page says about itself, gathered in one pass over the tree."""

    meta: dict[str, str] = field(default_factory=dict)
    base: str | None = None
    canonical: str | None = None
    """The page's own address, from ``<link rel="canonical">``."""
    title: Node | None = None
    h1: Node | None = None
    json_ld: list[Node] = field(default_factory=list)
    times: list[Node] = field(default_factory=list)
    bylines: list[Node] = field(default_factory=list)
    """Elements whose class names a date or byline (``<span class="post-date">``, ``<p class="byline">``)."""


def _read_meta(root: Node, raw: str) -> _Meta:
    found = _Meta()
    for node in root.iter():
        tag = node.tag
        if tag == "meta":
            content = node.attrs.get("content")
            for attr in ("property", "name", "itemprop"):
                key = node.attrs.get(attr, "").strip().lower()
                if key and content is not None:
                    found.meta.setdefault(key, content.strip())
        elif tag == "link" and found.canonical is None and "canonical" in node.attrs.get("rel", "").lower().split():
            found.canonical = node.attrs.get("href", "").strip() or None
        elif tag == "base" and found.base is None and "href" in node.attrs:
            found.base = node.attrs["href"].strip()
        elif tag == "title" and found.title is None:
            found.title = node
        elif tag == "h1" and found.h1 is None:
            found.h1 = node
        elif tag == "script" and "ld+json" in node.attrs.get("type", "").lower():
            found.json_ld.append(node)
        elif _is_dated(node):
            found.times.append(node)
        elif "class" in node.attrs and _DATED_CLASS.search(node.attrs["class"]):
            found.bylines.append(node)
    return found


_DATED_CLASS = re.compile(
    r"(?:^|[\s_-])(?:date|dateline|byline|pubdate|postdate|entrydate|publishdate|published|posted|posted-on"
    r"|timestamp|author|meta)(?:$|[\s_-])",
    re.I,
)
"""A class that marks an element as the page's date or byline: ``date``, ``post-date``, ``entry_date``, ``byline``,
``article-byline``, ``published``, ``timestamp``, and the author and meta lines that blogs put the date in
(``<div class="author">Ann Lee · 6 min read · April 27, 2025</div>``, ``entry-meta``, ``post-meta``): a class word,
not a part of one (``candidate``, ``authority`` are none)."""
BYLINE_LENGTH = 160
"""An element marked as a date or byline holding more text than this is no byline (a whole paragraph or list)."""
BYLINE_MARKUP = 4000
"""... nor one whose markup runs longer than this: its text is not even read (elements marked "meta" nested
deep, or a whole page inside one, would be read again for each)."""


def _is_dated(node: Node) -> bool:
    """A ``<time>`` with a date, or an element marked up as the publication date."""
    if node.tag == "time":
        return "datetime" in node.attrs or "pubdate" in node.attrs
    return node.tag != "meta" and "datepublished" in node.attrs.get("itemprop", "").lower()


def _node_text(node: Node, raw: str, decode: bool = True) -> str:
    """All text below ``node``, whitespace collapsed (for titles and dates, not the body)."""
    text = inner_text(node, raw)
    return unescape(text) if decode else text


def _title(meta: _Meta, raw: str) -> str | None:
    """``og:title``, else ``<title>`` without its site name, else the first ``<h1>``."""
    site = " ".join(meta.meta.get("og:site_name", meta.meta.get("application-name", "")).split()).lower()
    for key in ("og:title", "twitter:title"):
        value = " ".join(meta.meta.get(key, "").split())
        if value:
            # og:title rarely names the site; when it does, the site is the name the page gives itself.
            for sep in words().title_separators:
                if site and value.lower().endswith(sep + site) and len(value) > len(sep + site):
                    return value[: -len(sep + site)].strip()
            return value
    if meta.title is not None:
        title = _strip_site_name(_node_text(meta.title, raw), words().title_separators)
        if title:
            return title
    if meta.h1 is not None:
        return _node_text(meta.h1, raw) or None
    return None


def _strip_site_name(title: str, separators: tuple[str, ...]) -> str:
    """'Headline | Site' -> 'Headline' (when what is left still reads like a headline)."""
    cut = max((title.rfind(sep), sep) for sep in separators)
    if cut[0] > 0:
        head = title[: cut[0]].strip()
        if len(head.split()) >= 3 or cut[1] == " | ":
            return head
    return title


# ---------------------------------------------------------------- publication date


def _published(
    meta: _Meta, roots: list[Node], top: Node | None, raw: str, source: str | None
) -> tuple[str | None, str | None]:
    """The publication date and where it was read: meta tags, JSON-LD, a <time> in the article."""
    for key in words().published_meta:
        value = meta.meta.get(key)
        found = parse_date(value) if value else None
        if found:
            return found, f"meta:{key}"
    for script in meta.json_ld:
        in_json = _json_ld_date(_node_text(script, raw, decode=False))
        if in_json:
            return in_json[0], f"json-ld:{in_json[1]}"
    found = _time_date(meta, roots, top, raw)
    if found:
        return found, "time"
    found = _byline_date(meta, roots, top, raw)
    if found:
        return found, "byline"
    # The page's own address names its day ("/2011/12/01/slug/"): a file saved from the web keeps it in its head.
    for key, address in (("meta:og:url", meta.meta.get("og:url")), ("link:canonical", meta.canonical)):
        dated = url_date(address) if address else None
        if dated and dated[1]:
            return dated[0].isoformat(), key
    return None, None  # a date in the page's URL is read with every other format's, by auditor.dating


_JSON_LD_DATES = ("datePublished", "dateCreated")
"""The keys of a JSON-LD object that date the work, the first present winning: a page that gives only when its work
was created ("dateCreated", as many interactive features do) is dated by it."""


def _json_ld_date(text: str) -> tuple[str, str] | None:
    """The date of the first article-like object in a JSON-LD script (any nesting, @graph), and its key."""
    text = text.strip()
    if text.startswith("<!--"):
        text = text[4:].rsplit("-->", 1)[0]
    try:
        data: Any = json.loads(text)
    except ValueError:
        return None
    fallback: tuple[str, str] | None = None
    stack: list[Any] = [data]
    while stack:
        item = stack.pop()
        if isinstance(item, list):
            stack.extend(reversed(item))
        elif isinstance(item, dict):
            found = None
            for key in _JSON_LD_DATES:
                value = item.get(key)
                day = parse_date(value) if isinstance(value, str) else None
                if day:
                    found = (day, key)
                    break
            kind = item.get("@type")
            kinds = " ".join(kind) if isinstance(kind, list) else str(kind)
            if found and ("Article" in kinds or "Posting" in kinds or "Report" in kinds):
                return found
            fallback = fallback or found
            stack.extend(v for v in item.values() if isinstance(v, list | dict))
    return fallback


def _article_spans(meta: _Meta, roots: list[Node], top: Node | None) -> list[tuple[int, int]]:
    """The input spans "of the article": the extracted body, the ``<article>`` element around it, and from the
    page's ``<h1>`` to the end of the body (where a byline stands)."""
    spans = [(r.start, r.end) for r in roots]
    if top is not None:
        enclosing = next((a for a in top.ancestors() if a.tag == "article"), None)
        if enclosing is not None:
            spans.append((enclosing.start, enclosing.end))
    if meta.h1 is not None and meta.h1.start < roots[-1].end:
        spans.append((meta.h1.start, roots[-1].end))
    return spans


def _time_date(meta: _Meta, roots: list[Node], top: Node | None, raw: str) -> str | None:
    """The first dated ``<time>`` of the article, or one marked as the publication date anywhere.

    "Of the article" is inside the extracted body, inside the ``<article>`` element around it, or
    between the page's ``<h1>`` and the end of the body: where a byline's date stands.
    """
    if not meta.times or not roots:
        return None
    spans = _article_spans(meta, roots, top)
    for node in meta.times:
        marked = "pubdate" in node.attrs or "datepublished" in node.attrs.get("itemprop", "").lower()
        if marked or any(start <= node.start < end for start, end in spans):
            value = node.attrs.get("datetime") or node.attrs.get("content") or _node_text(node, raw)
            found = parse_date(value)
            if found:
                return found
    return None


def _byline_date(meta: _Meta, roots: list[Node], top: Node | None, raw: str) -> str | None:
    """The date in the first element of the article marked by its class as its date or byline
    (``<span class="date">March 3, 2021</span>``, ``<p class="byline">By Ann Lee · March 3, 2021</p>``), in the
    same reach as :func:`_time_date`'s; only a date the element's text opens with or ends with is taken."""
    if not meta.bylines or not roots:
        return None
    spans = _article_spans(meta, roots, top)
    for node in meta.bylines:
        if node.end - node.start > BYLINE_MARKUP or not any(start <= node.start < end for start, end in spans):
            continue
        text = _node_text(node, raw)
        if not text or len(text) > BYLINE_LENGTH:
            continue
        for at, day in written_dates(text):
            if at < 25 or len(text) - at <= 40:
                return day.isoformat()
    return None

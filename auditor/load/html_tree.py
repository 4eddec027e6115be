"""A small, forgiving HTML tree that remembers where every piece came from.

The HTML loader must map each character of the body back to the input, so the
tree keeps, for every element, the span from its start tag to where it closed
and, for every run of text, its exact span in the input. Browsers' full
tree-building algorithm is not needed for extracting an article; :func:`parse`
follows the parts of it that change what text ends up where (void elements,
raw-text elements such as ``<script>``, implied end tags of ``<p>``, ``<li>``,
table cells, stray end tags) and is otherwise lenient. (The standard library's
``html.parser`` reports positions as line and column and only per event; a
scanner of our own gives exact offsets directly and is faster.)

The article inside the tree is found by :mod:`auditor.load.html_article`.

Everything is iterative and linear in the input: no recursion (100,000 nested
``<div>`` are fine), every search up the stack of open elements is bounded, and
the regular expressions use possessive quantifiers so a malformed tag cannot
make them backtrack.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from html import unescape

_W = r"[\t\n\f\r ]"
_START_TAG = re.compile(
    rf"<([a-zA-Z][^\t\n\f\r />]*+)"
    rf"((?:[\t\n\f\r /]*+[^\t\n\f\r />][^\t\n\f\r />=]*+"
    rf"(?:{_W}*+={_W}*+(?:\"[^\"]*+\"|'[^']*+'|[^\t\n\f\r >]*+))?+)*+)"
    rf"[\t\n\f\r /]*+>"
)
_ATTR = re.compile(rf"([^\t\n\f\r />][^\t\n\f\r />=]*)(?:{_W}*={_W}*(?:\"([^\"]*)\"|'([^']*)'|([^\t\n\f\r >]*)))?")
_END_TAG = re.compile(r"</([a-zA-Z][^\t\n\f\r />]*+)[^>]*+>")
_BOGUS = re.compile(r"<[!?/][^>]*+>?")

VOID = frozenset(
    [
        "area",
        "base",
        "basefont",
        "bgsound",
        "br",
        "col",
        "embed",
        "frame",
        "hr",
        "img",
        "input",
        "keygen",
        "link",
        "meta",
        "param",
        "source",
        "track",
        "wbr",
    ]
)
"""Elements that never have content or an end tag."""

RAW_TEXT = frozenset(
    ["script", "style", "xmp", "iframe", "noembed", "noframes", "noscript", "textarea", "title", "plaintext"]
)
"""Elements whose content is text up to their own end tag, never markup."""

_CLOSES_P = frozenset(
    [
        "address",
        "article",
        "aside",
        "blockquote",
        "center",
        "details",
        "dialog",
        "dir",
        "div",
        "dl",
        "fieldset",
        "figcaption",
        "figure",
        "footer",
        "form",
        "h1",
        "h2",
        "h3",
        "h4",
        "h5",
        "h6",
        "header",
        "hgroup",
        "hr",
        "main",
        "menu",
        "nav",
        "ol",
        "p",
        "pre",
        "section",
        "summary",
        "table",
        "ul",
        "li",
        "dd",
        "dt",
    ]
)
_HEADINGS = frozenset(["h1", "h2", "h3", "h4", "h5", "h6"])
# Elements an implied end tag may not look past (a <p> in a table cell is not closed by a <div> outside it).
_SCOPE = frozenset(
    ["html", "body", "table", "td", "th", "caption", "template", "object", "applet", "marquee", "button"]
)
_END_STOP: dict[str, frozenset[str]] = {
    # End tags of table parts look past the cells and rows inside them, but not out of their table.
    "td": frozenset({"tr", "table"}),
    "th": frozenset({"tr", "table"}),
    "tr": frozenset({"table"}),
    "thead": frozenset({"table"}),
    "tbody": frozenset({"table"}),
    "tfoot": frozenset({"table"}),
    "caption": frozenset({"table"}),
    "table": frozenset({"html"}),
}
_SIBLING_CLOSE: dict[str, tuple[frozenset[str], frozenset[str]]] = {
    # tag: (open elements it implicitly closes, elements that stop the search)
    "li": (frozenset({"li"}), frozenset({"ul", "ol", "menu", "table", "body"})),
    "dt": (frozenset({"dt", "dd"}), frozenset({"dl", "table", "body"})),
    "dd": (frozenset({"dt", "dd"}), frozenset({"dl", "table", "body"})),
    "tr": (frozenset({"tr", "td", "th"}), frozenset({"table", "thead", "tbody", "tfoot"})),
    "td": (frozenset({"td", "th"}), frozenset({"tr", "table"})),
    "th": (frozenset({"td", "th"}), frozenset({"tr", "table"})),
    "thead": (frozenset({"thead", "tbody", "tfoot", "tr", "td", "th"}), frozenset({"table"})),
    "tbody": (frozenset({"thead", "tbody", "tfoot", "tr", "td", "th"}), frozenset({"table"})),
    "tfoot": (frozenset({"thead", "tbody", "tfoot", "tr", "td", "th"}), frozenset({"table"})),
    "option": (frozenset({"option"}), frozenset({"select", "datalist", "optgroup"})),
    "a": (frozenset({"a"}), frozenset({"table", "td", "th", "body"})),
}
_IGNORED_END = frozenset({"html", "body"})
_HEAD_TAGS = frozenset(["meta", "link", "title", "style", "script", "base", "noscript", "template"])
MAX_WALK = 256
"""How far up the stack of open elements an implied or stray end tag is looked for."""


class Text:
    """A run of character data: the input span ``raw[start:end]`` (entities still encoded)."""

    __slots__ = ("end", "start")

    def __init__(self, start: int, end: int) -> None:
        self.start = start
        self.end = end


class Node:
    """An element: lower-case tag name, attributes, and the input span from its start tag to its end.

    ``end`` is where the element was closed (its end tag, the tag that implied its end, or the end
    of the input), so ``a.contains(b)`` is a comparison of offsets, not a walk up the tree.
    """

    __slots__ = ("attrs", "children", "end", "parent", "start", "tag")

    def __init__(self, tag: str, attrs: dict[str, str], start: int, parent: Node | None) -> None:
        self.tag = tag
        self.attrs = attrs
        self.start = start
        self.end = start
        self.parent = parent
        self.children: list[Node | Text] = []

    def contains(self, other: Node) -> bool:
        """Whether ``other`` is this element or inside it."""
        return other is self or self.start <= other.start < self.end

    def iter(self) -> Iterator[Node]:
        """This element and every element below it, in document order (iteratively)."""
        stack: list[Node] = [self]
        while stack:
            node = stack.pop()
            yield node
            stack.extend(child for child in reversed(node.children) if isinstance(child, Node))

    def ancestors(self) -> Iterator[Node]:
        """The parent, its parent, and so on up to the root."""
        node = self.parent
        while node is not None:
            yield node
            node = node.parent


def inner_text(node: Node, raw: str, skip: set[int] | frozenset[int] = frozenset()) -> str:
    """The text below ``node`` in document order, whitespace collapsed, references left as written.

    Elements whose id is in ``skip`` are left out with everything inside them.
    """
    parts: list[str] = []
    stack: list[Node | Text] = [node]
    while stack:
        item = stack.pop()
        if isinstance(item, Text):
            parts.append(raw[item.start : item.end])
        elif id(item) not in skip:
            stack.extend(reversed(item.children))
    return " ".join("".join(parts).split())


def parse_attrs(text: str) -> dict[str, str]:
    """Attributes of a start tag's attribute text; the first of a repeated name wins."""
    attrs: dict[str, str] = {}
    for match in _ATTR.finditer(text):
        name = match.group(1).lower()
        if name not in attrs:
            value = next((g for g in match.groups()[1:] if g is not None), "")
            attrs[name] = unescape(value) if "&" in value else value
    return attrs


class _TreeBuilder:
    """The stack of open elements, with the implied-end-tag rules that shape the text."""

    def __init__(self) -> None:
        self.root = Node("#document", {}, 0, None)
        self.stack: list[Node] = [self.root]
        self.open_count: dict[str, int] = {}

    def text(self, start: int, end: int) -> None:
        """Append character data to the current element."""
        if end > start:
            self.stack[-1].children.append(Text(start, end))

    def start(self, tag: str, attrs: dict[str, str], pos: int, self_closing: bool) -> Node:
        """Open an element (or add a void one), closing what its start implies."""
        if tag in ("html", "body", "head") and self.open_count.get(tag):
            return self.stack[-1]  # a second <body> adds nothing
        if self.open_count.get("head") and tag not in _HEAD_TAGS:
            self._close_nearest(frozenset({"head"}), frozenset(), pos)  # <body> need not be written
        if tag in _CLOSES_P and self.open_count.get("p"):
            self._close_nearest(frozenset({"p"}), _SCOPE, pos)
        if tag in _HEADINGS and self.stack[-1].tag in _HEADINGS:
            self._pop(pos)
        rule = _SIBLING_CLOSE.get(tag)
        if rule is not None and any(self.open_count.get(t) for t in rule[0]):
            self._close_nearest(*rule, pos)
        node = Node(tag, attrs, pos, self.stack[-1])
        self.stack[-1].children.append(node)
        if tag not in VOID and not self_closing:
            self.stack.append(node)
            self.open_count[tag] = self.open_count.get(tag, 0) + 1
        return node

    def end(self, tag: str, pos: int) -> None:
        """Close the nearest open element named ``tag``; a stray end tag is ignored."""
        if tag == "br":
            self.start("br", {}, pos, True)
        elif tag not in _IGNORED_END and self.open_count.get(tag):
            self._close_nearest(frozenset({tag}), _END_STOP.get(tag, _SCOPE), pos)

    def pop_raw(self, pos: int) -> None:
        """Close the raw-text element just filled."""
        self._pop(pos)

    def finish(self, pos: int) -> None:
        """Close every element still open at the end of the input."""
        while len(self.stack) > 1:
            self._pop(pos)
        self.root.end = pos

    def _close_nearest(self, names: frozenset[str], stop: frozenset[str], pos: int) -> None:
        """Pop up to and including the nearest open element in ``names``, unless ``stop`` comes first."""
        stack = self.stack
        for depth in range(len(stack) - 1, max(0, len(stack) - 1 - MAX_WALK), -1):
            tag = stack[depth].tag
            if tag in names:
                while len(stack) > depth:
                    self._pop(pos)
                return
            if tag in stop:
                return

    def _pop(self, pos: int) -> None:
        node = self.stack.pop()
        node.end = pos
        self.open_count[node.tag] -= 1


_RAW_END = {tag: re.compile(rf"</{tag}[\t\n\f\r />]", re.I) for tag in RAW_TEXT}


def _raw_text_end(raw: str, tag: str, pos: int) -> tuple[int, int]:
    """Where a raw-text element's content ends and where its end tag ends."""
    if tag == "plaintext":
        return len(raw), len(raw)
    match = _RAW_END[tag].search(raw, pos)
    if match is None:
        return len(raw), len(raw)
    close = raw.find(">", match.end() - 1)
    return match.start(), len(raw) if close < 0 else close + 1


def parse(raw: str) -> Node:
    """Parse ``raw`` into a tree of :class:`Node` and :class:`Text`; never raises on bad markup."""
    builder = _TreeBuilder()
    pos, n = 0, len(raw)
    find = raw.find
    while pos < n:
        lt = find("<", pos)
        if lt < 0:
            builder.text(pos, n)
            break
        builder.text(pos, lt)
        pos = _markup(raw, lt, builder)
    builder.finish(n)
    return builder.root


def _markup(raw: str, lt: int, builder: _TreeBuilder) -> int:
    """Handle the markup at ``raw[lt] == '<'``; return where the text after it starts."""
    nxt = raw[lt + 1 : lt + 2]
    if nxt.isascii() and nxt.isalpha():
        match = _START_TAG.match(raw, lt)
        if match is None:
            # The scan only fails at the end of the input, so no '>' closes a tag from here on:
            # the rest is text (looking again at every later '<' would be quadratic).
            builder.text(lt, len(raw))
            return len(raw)
        tag = match.group(1).lower()
        attr_text = match.group(2)
        attrs = parse_attrs(attr_text) if attr_text.strip() else {}
        # "/>" after the last attribute (not inside an unquoted value such as href=/) closes the element.
        self_closing = "/" in raw[match.end(2) : match.end() - 1] and tag not in RAW_TEXT
        builder.start(tag, attrs, lt, self_closing)
        if tag in RAW_TEXT and tag not in VOID:
            content_end, after = _raw_text_end(raw, tag, match.end())
            builder.text(match.end(), content_end)
            builder.pop_raw(content_end)
            return after
        return match.end()
    if raw.startswith("<!--", lt):
        close = raw.find("-->", lt + 4)
        if raw.startswith(">", lt + 4) or raw.startswith("->", lt + 4):  # <!--> and <!---> are empty comments
            return raw.find(">", lt + 4) + 1
        return len(raw) if close < 0 else close + 3
    if nxt == "/":
        end = _END_TAG.match(raw, lt)
        if end is not None:
            builder.end(end.group(1).lower(), lt)
            return end.end()
    if nxt in ("!", "?", "/"):
        bogus = _BOGUS.match(raw, lt)
        return bogus.end() if bogus is not None else lt + 1
    builder.text(lt, lt + 1)  # a lone '<' is text
    return lt + 1

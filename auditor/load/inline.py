"""Inline markup inside one block of Markdown or plain text: links out, text kept.

One compiled alternation finds every construct; the text between matches is
copied verbatim. Plain text gets only what people paste into it (Markdown-style
``[text](url)`` links, ``<url>`` and bare URLs, character references); Markdown
also gets images, reference links, footnote markers, code spans, math, emphasis,
attribute lists, inline HTML, comments, MDX components and template expressions (a
link whose address is a template, ``[text]({{ "/2016/06/15/post/" | url }})``, is a
link; ``{{ site.key }}`` prints the site setting's value when it is plainly known).

Code spans and math are kept as written and marked *verbatim*, so that nothing
inside them is read as a citation marker.
"""

from __future__ import annotations

import re
from html import unescape

from auditor.load.body import BodyBuilder
from auditor.load.refdefs import References, normalise_label
from auditor.load.templates import TEMPLATE_PIECE, expression, template_url

_URL_CHARS = r"[^\s<>()\[\]]"
_TPL = TEMPLATE_PIECE
_LINE = r"(?:[^\[\]\n]|\n(?![ \t]*\n))"
"""A character of bracketed text: anything but brackets, and line breaks but not a blank line."""
_ATTRIBUTE_VALUE = r"""(?:"[^"\n]{0,300}"|'[^'\n]{0,300}')"""
_ATTRIBUTE_LIST = (
    # kramdown: {: .note}, {:target="_blank"}, {::options ... /}
    r"\{:(?:[^{}\n\"']|\"[^\"\n]{0,300}\"|'[^'\n]{0,300}'){0,300}\}"
    # Pandoc and markdown-it-attrs: {.lead}, {#id}, {target="_blank"}; it starts with a class, an id or a quoted value
    r"|\{[ \t]*(?:[.#][A-Za-z_][\w-]*|[A-Za-z_][\w-]*=" + _ATTRIBUTE_VALUE + r")"
    r"(?:[ \t]+(?:[.#][A-Za-z_][\w-]*|[A-Za-z_][\w-]*=(?:" + _ATTRIBUTE_VALUE + r"|[^\s\"'{}]{1,300}))){0,50}[ \t]*\}"
)
"""An attribute list: markup for the renderer (classes, ids, link targets), never text."""
_PATTERNS = {
    "image": r"!\[",  # an opener: render() matches _IMAGE_REFERENCE, or checks a ")" follows and matches _IMAGE
    "link": (
        r"\[(?P<ltext>(?:[^\[\]]|\[[^\[\]\n]*\])*)\]"
        r"\(\s*(?P<url><[^>\n]*>|(?:" + _TPL + r"|[^()\s{]|\{(?![{%])|\([^()\s]*\))*+)"
        r"(?:\s+(?:\"[^\"\n]*\"|'[^'\n]*'|\([^()\n]*\)))?\s*\)"
    ),
    "footnote": r"\[\^(?P<fid>[^\]\s]{1,200})\]",
    "reference": rf"\[(?P<rtext>(?:{_LINE}|\[[^\[\]\n]*\])+)\]\[(?P<rlabel>{_LINE}*)\]",
    "shortcut": rf"\[(?P<stext>{_LINE}+)\](?![\[(])",
    "comment": r"<!--",  # an opener: its end is found by render() (see _CLOSERS)
    "anchor": r"<(?P<atag>a|[A-Z][\w.]*)\s",  # an opener: render() checks its end is near, then matches _ANCHOR
    "autolink": r"<(?P<aurl>(?:https?|ftp)://[^>\s]+)>",
    "bare": rf"(?<![\w/=\"'\[<])(?P<bare>https?://{_URL_CHARS}*(?:\({_URL_CHARS}*\){_URL_CHARS}*)*)",
    "code": r"(?<!`)(?P<ticks>`++)(?P<code>.{1,4000}?)(?<!`)(?P=ticks)(?!`)",
    "math": (
        r"\$\$(?P<dmath>[^$]{1,2000}?)\$\$"
        r"|(?<![\w$\\])\$(?=[^\s$])(?P<imath>[^$\n]{0,300}?[^\s$\\])\$(?![\d$])"
        r"|\\\((?P<pmath>[^\n]{1,300}?)\\\)"
    ),
    "escape": r"\\(?P<escaped>[!-/:-@\[-`{-~])",
    "raw": r"\{%-?\s*raw\s*-?%\}",  # openers, like "comment"
    "tcomment": r"\{%-?\s*comment\s*-?%\}",
    "attrs": _ATTRIBUTE_LIST,
    "hcomment": r"\{#.{0,2000}?#\}",
    "template": _TPL,
    "entity": r"&(?:#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[A-Za-z][A-Za-z0-9]{1,31});",
    "tag": r"</?[A-Za-z][A-Za-z0-9-]*(?:\s[^<>]*)?/?>",
    "strong": r"\*\*|__(?=\w)|(?<=\w)__",
    "emphasis": r"(?<![\w*])\*(?=[^\s*])|(?<=[^\s*])\*(?![\w*])|(?<![\w_])_(?=[^\s_])|(?<=[^\s_])_(?!\w)",
}
# Every construct starts with one of these characters; checking it first lets most positions fail at once.
_MARKDOWN = re.compile(
    r"(?=[!\[<h`*_{$\\&])(?:" + "|".join(f"(?P<{k}_>{v})" for k, v in _PATTERNS.items()) + ")", re.S
)
_TEXT = re.compile(
    r"(?=[\[<h&])(?:" + "|".join(f"(?P<{k}_>{_PATTERNS[k]})" for k in ("link", "autolink", "bare", "entity")) + ")",
    re.S,
)
_OPENERS = {
    _MARKDOWN: re.compile(r"[!\[<`*_{$\\&]"),
    _TEXT: re.compile(r"[\[<&]"),
}
"""The characters other than "h" that a construct of each pattern starts with (the patterns' look-aheads, less the
"h" of a bare URL, which is looked for as "http"). :func:`_search` tries the pattern only there: a character class
lets ``re`` skip through the text in one step, where the patterns' look-ahead costs a step at every position and
passes at every "h" of the prose."""
_ANCHOR = re.compile(
    (
        r"<(?P<atag>a|[A-Z][\w.]*)\s(?P<attrs>(?:" + _TPL + r"|\{[^{}\n]{0,2000}\}|\"[^\"]{0,2000}\""
        r"|'[^']{0,2000}'|[^>\"'{]){0,2000})>"
        r"(?P<atext>.{0,2000}?)</(?P=atag)\s*>"
    ),
    re.S,
)
_IMAGE = re.compile(
    r"!\[(?P<alt>" + _LINE + r"{0,2000})\]\((?P<src>(?:" + _TPL + r"|[^)\n{]|\{(?![{%])){0,2000}+)\)", re.S
)
"""An image: matched only where a ``)`` follows near enough (:func:`_image_at`), so that a run of ``![a](`` costs
one search for the next ``)``, not a scan of up to 2,000 characters at each opener."""
_IMAGE_REFERENCE = re.compile(r"!\[(?P<alt>" + _LINE + r"{0,2000})\]\[[^\[\]\n]{0,999}\]", re.S)
"""An image by reference, ``![alt][label]`` or ``![][label]``: its alt text stops at the first bracket, so a run of
openers is read once."""
_ANCHOR_SPAN = 6000
"""The most an inline anchor spans (tag and text): one whose ``>`` and closing tag are not that near is text."""
_TAG = re.compile(_PATTERNS["tag"], re.S)
_CLOSERS = {
    "comment_": re.compile(r"-->"),
    "raw_": re.compile(r"\{%-?\s*endraw\s*-?%\}"),
    "tcomment_": re.compile(r"\{%-?\s*endcomment\s*-?%\}"),
}
"""The ends of the constructs that may run long: found once per opener, and known absent after a miss, so
that a thousand unclosed ``<!--`` cost one scan, not one each (the scans of a lazy ``.*?`` were quadratic)."""
_ATTRIBUTE = r"""\s*=\s*(?:"((?:(?>\{\{.{0,2000}?\}\})|[^"{]|\{(?!\{))*+)"|'([^']*)'|\{([^{}]*)\}|([^\s>]+))"""
_HREF = re.compile(r"\bhref" + _ATTRIBUTE, re.I | re.S)
_COMPONENT_HREF = re.compile(r"\b(?:href|to)" + _ATTRIBUTE, re.I | re.S)
_ID = re.compile(r"""\b(?:id|name)\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>"']+))""", re.I)
_JSX_LITERAL = re.compile(r"""^\s*(?:"([^"]*)"|'([^']*)'|`([^`$]*)`)\s*$""")
_TRAILING_PUNCT = ".,;:!?'\""
_SPACES = " \t\n\r\f\v\u00a0\u2002\u2003\u2009"


def render(
    raw: str, start: int, end: int, out: BodyBuilder, refs: References | None = None, *, markdown: bool = True
) -> None:
    """Append ``raw[start:end]`` to ``out`` as body text, recording the links found in it."""
    refs = refs or References()
    pattern = _MARKDOWN if markdown else _TEXT
    pos = scan = start
    missing: dict[str, int] = {}  # closer -> an offset after which it does not occur in this span
    ahead: dict[str, int] = {}  # character -> where it next occurs (see _next)
    while (m := _search(pattern, raw, scan, end, ahead)) is not None:
        kind = m.lastgroup or ""
        if kind == "anchor_":
            found = _anchor_or_tag(m, raw, end)
            if found is None:  # neither an anchor nor a tag: its "<" is text
                scan = m.start() + 1
                continue
            m, kind = found
        elif kind == "image_":
            image = _image_at(m, raw, end, ahead)
            if image is None:  # no image starts at this "!": nothing else does either
                scan = m.start() + 1
                continue
            m = image
        closer = _CLOSERS.get(kind)
        close = None
        if closer is not None:
            close = closer.search(raw, m.end(), end) if m.end() < missing.get(kind, end + 1) else None
            if close is None:
                missing[kind] = min(m.end(), missing.get(kind, end + 1))
                if kind == "comment_":  # an unclosed "<!--" is text
                    scan = m.start() + 1
                    continue
        out.add(raw[pos : m.start()], pos)
        pos = scan = close.end() if close else m.end()
        if kind == "raw_" and close:  # {% raw %} ... {% endraw %}: the inside as written
            _kept_as_written(raw[m.end() : close.start()], m.end(), out)
        elif closer is None:
            _HANDLERS[kind](m, raw, out, refs)
        # a closed comment, or an unclosed template opener (a template tag), leaves no text
    out.add(raw[pos:end], pos)


_OPENER = "opener"
"""_search's key in ``ahead``: where the next opening character is (see :func:`_next`)."""


def _search(pattern: re.Pattern[str], raw: str, scan: int, end: int, ahead: dict[str, int]) -> re.Match[str] | None:
    """``pattern.search(raw, scan, end)``, the pattern tried only where one of its constructs can start (see
    ``_OPENERS``): at the first such place where it matches, the same match. ``scan`` only grows between calls."""
    openers = _OPENERS[pattern]
    while True:
        at = ahead.get(_OPENER, -1)  # kept like _next's: the first opener at or after an earlier scan
        if at < scan:
            opener = openers.search(raw, scan, end)
            at = ahead[_OPENER] = opener.start() if opener else end
        at = min(at, _next(raw, "http", scan, end, ahead))
        if at >= end:
            return None
        found = pattern.match(raw, at, end)
        if found is not None:
            return found
        scan = at + 1


def _image_at(m: re.Match[str], raw: str, end: int, ahead: dict[str, int]) -> re.Match[str] | None:
    """At an image's opener, the whole image (by reference, or inline), or None when neither is there: an inline
    one needs a ``)`` near enough to close it."""
    by_reference = _IMAGE_REFERENCE.match(raw, m.start(), end)
    if by_reference is not None:
        return by_reference
    paren = _next(raw, ")", m.end(), end, ahead)
    if paren == end:
        return None
    if paren - m.end() > _IMAGE_REACH and _next(raw, "{", m.end(), end, ahead) > paren:
        return None  # with no template in it, an image's text and address are at most 2,000 characters each
    return _IMAGE.match(raw, m.start(), end)


_IMAGE_REACH = 2000 + 2 + 2000
"""The farthest an image's ``)`` stands from its ``![`` when no template is inside (see ``_IMAGE``)."""


def _next(raw: str, char: str, at: int, end: int, ahead: dict[str, int]) -> int:
    """The first ``char`` at or after ``at`` in ``raw[:end]`` (``end`` when there is none). ``ahead`` keeps the
    last one found: offsets only grow within a span, so it still answers while it lies at or after ``at``."""
    found = ahead.get(char, -1)
    if found < at:
        found = raw.find(char, at, end)
        found = ahead[char] = end if found < 0 else found
    return found


def _anchor_or_tag(m: re.Match[str], raw: str, end: int) -> tuple[re.Match[str], str] | None:
    """At an anchor's opener: the whole anchor when its ``>`` and closing tag are near, else a bare tag, else None.

    Two bounded ``str.find`` calls first: a page of ``<a `` openers with no end must not cost a full
    pattern match, scanning thousands of characters, at each of them."""
    start, tag = m.start(), m["atag"]
    limit = min(end, start + _ANCHOR_SPAN)
    if raw.find(">", m.end(), limit) >= 0 and raw.find("</" + tag, m.end(), limit) >= 0:
        full = _ANCHOR.match(raw, start, end)
        if full:
            return full, "anchor_"
    plain = _TAG.match(raw, start, end)
    return (plain, "tag_") if plain else None


def _link(m: re.Match[str], raw: str, out: BodyBuilder, refs: References) -> None:
    url = m["url"].strip()
    if url.startswith("<") and url.endswith(">"):
        url = url[1:-1]
    _visible("link", template_url(url), m.start("ltext"), m.end("ltext"), raw, out, refs)


def _visible(
    kind: str,
    url: str | None,
    t0: int,
    t1: int,
    raw: str,
    out: BodyBuilder,
    refs: References,
    label: str | None = None,
    defined: bool | None = True,
) -> None:
    """Render a link's visible text (which may hold markup itself) and record the link."""
    body_start = out.position
    render(raw, t0, t1, out, refs, markdown=True)
    text = " ".join(raw[t0:t1].split())
    out.link(kind, url, text, body_start, out.position, label, defined=defined)  # type: ignore[arg-type]


def _reference(m: re.Match[str], raw: str, out: BodyBuilder, refs: References) -> None:
    label = normalise_label(m["rlabel"] or m["rtext"])
    defined, url = refs.link(label)
    _visible("reference", url, m.start("rtext"), m.end("rtext"), raw, out, refs, label, defined)


def _shortcut(m: re.Match[str], raw: str, out: BodyBuilder, refs: References) -> None:
    label = normalise_label(m["stext"])
    defined, url = refs.link(label)
    if defined:
        _visible("reference", url, m.start("stext"), m.end("stext"), raw, out, refs, label, defined)
    else:  # not a link, or unknown: text in brackets ("[source]", "[3]", "[...]") stays as written, as it renders
        out.add(m[0], m.start())


def _footnote(m: re.Match[str], raw: str, out: BodyBuilder, refs: References) -> None:
    fid = m["fid"]
    defined, url, note = refs.footnote(fid)
    # The marker leaves no text behind; the link is zero-width where it stood.
    out.link("footnote", url, m[0], out.position, out.position, fid, defined=defined, note=note)


def _attribute(m: re.Match[str] | None) -> str | None:
    """An attribute's value: quoted, bare, or a JSX expression (a string literal in it, else as written)."""
    if m is None:
        return None
    if m[3] is not None:
        literal = _JSX_LITERAL.match(m[3])
        return next((g for g in literal.groups() if g is not None), "") if literal else "{" + m[3] + "}"
    return next(g for g in (m[1], m[2], m[4]) if g is not None)


def _anchor(m: re.Match[str], raw: str, out: BodyBuilder, refs: References) -> None:
    attrs = m["attrs"]
    if "id" in attrs or "name" in attrs:
        _record_anchor(attrs, out)
    component = m["atag"] != "a"
    url = _attribute((_COMPONENT_HREF if component else _HREF).search(attrs))
    if url is None:  # <a id="x"> or a component that links nowhere: a place or a wrapper, its text is prose
        render(raw, m.start("atext"), m.end("atext"), out, refs, markdown=True)
        return
    _visible("link", template_url(url) if url else url, m.start("atext"), m.end("atext"), raw, out, refs)


def _record_anchor(attrs: str, out: BodyBuilder) -> None:
    found = _ID.search(attrs)
    if found:
        out.anchor(next(g for g in found.groups() if g is not None))


def _autolink(m: re.Match[str], raw: str, out: BodyBuilder, refs: References) -> None:
    body_start = out.position
    out.add(m["aurl"], m.start("aurl"))
    out.link("url", m["aurl"], m["aurl"], body_start, out.position)


def _bare(m: re.Match[str], raw: str, out: BodyBuilder, refs: References) -> None:
    url = m["bare"].rstrip(_TRAILING_PUNCT)
    body_start = out.position
    out.add(url, m.start())
    out.link("url", url, url, body_start, out.position)
    out.add(m["bare"][len(url) :], m.start() + len(url))


def _kept_as_written(text: str, at: int, out: BodyBuilder) -> None:
    body_start = out.position
    out.add(text, at)
    out.verbatim(body_start, out.position)


def _code(m: re.Match[str], raw: str, out: BodyBuilder, refs: References) -> None:
    _kept_as_written(m["code"], m.start("code"), out)


def _math(m: re.Match[str], raw: str, out: BodyBuilder, refs: References) -> None:
    _kept_as_written(m[0], m.start(), out)


def _escape(m: re.Match[str], raw: str, out: BodyBuilder, refs: References) -> None:
    """A backslash escape (``\\[``, ``\\*``): the character itself, as plain text."""
    out.add(m["escaped"], m.start("escaped"))


def _entity(m: re.Match[str], raw: str, out: BodyBuilder, refs: References) -> None:
    decoded = unescape(m[0])
    if decoded == m[0]:  # not a character reference after all ("&madeup;")
        out.add(m[0], m.start())
    else:  # the decoded character stands for the whole reference in the input
        out.add(" " if decoded.strip(_SPACES) == "" else decoded, m.start(), m.end())


def _tag(m: re.Match[str], raw: str, out: BodyBuilder, refs: References) -> None:
    """A bare HTML tag has no text of its own; an id on it is a place links can point at. A block tag
    (``</h3><p>``) ends the block it stands in, and a ``<br>`` breaks the line: neither runs words together."""
    if block := _BLOCK_TAG.match(m[0]):
        out.break_block(m.start(), ("paragraph" if block[1] else "heading") if block[2] else None)
    elif _LINE_BREAK.match(m[0]):
        out.add("\n", m.start(), m.end())
    if "id" in m[0] or "name" in m[0]:
        _record_anchor(m[0], out)


_BLOCK_TAG = re.compile(
    r"<(/?)(?:(h[1-6])|p|div|li|[uo]l|dl|d[td]|tr|t[hd]|table|blockquote|section|article|header|footer|aside|"
    r"figure|figcaption|nav|main|hr)\b",
    re.I,
)
"""An HTML tag that starts or ends a block; group 2 is a heading's (its opener starts a heading block)."""
_LINE_BREAK = re.compile(r"<br\b", re.I)


def _image(m: re.Match[str], raw: str, out: BodyBuilder, refs: References) -> None:
    """Images are not prose: their alt text is dropped from the body."""


def _template(m: re.Match[str], raw: str, out: BodyBuilder, refs: References) -> None:
    """A template piece prints what only the generator knows (no text), unless it is a site setting
    with a plain value (``{{ site.title }}``, see :mod:`auditor.load.siteconfig`): that value."""
    if refs.values and m[0].startswith("{{") and m[0][2:3] not in ("<", "%"):
        value = refs.values.get(expression(m[0]))
        if value is not None:
            out.add(value, m.start(), m.end())


def _drop(m: re.Match[str], raw: str, out: BodyBuilder, refs: References) -> None:
    """Markup with no text of its own (emphasis markers, comments, template tags)."""


_HANDLERS = {
    "image_": _image,
    "link_": _link,
    "footnote_": _footnote,
    "reference_": _reference,
    "shortcut_": _shortcut,
    "anchor_": _anchor,
    "autolink_": _autolink,
    "bare_": _bare,
    "code_": _code,
    "math_": _math,
    "escape_": _escape,
    "attrs_": _drop,
    "hcomment_": _drop,
    "template_": _template,
    "entity_": _entity,
    "tag_": _tag,
    "strong_": _drop,
    "emphasis_": _drop,
}

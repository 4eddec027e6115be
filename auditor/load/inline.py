"""Inline markup inside one block of Markdown or plain text: links out, text kept.

One compiled alternation finds every construct; the text between matches is
copied verbatim. Plain text gets only what people paste into it (Markdown-style
``[text](url)`` links, ``<url>`` and bare URLs); Markdown also gets images,
reference links, footnote markers, code spans, emphasis and inline HTML.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass, field

from auditor.load.body import BodyBuilder

_URL_CHARS = r"[^\s<>()\[\]]"
_PATTERNS = {
    "image": r"!\[(?P<alt>[^\]\n]*)\]\((?P<src>[^)\n]*)\)",
    "link": (
        r"\[(?P<ltext>(?:[^\[\]]|\[[^\[\]\n]*\])*)\]"
        r"\(\s*(?P<url><[^>\n]*>|(?:[^()\s]|\([^()\s]*\))*)"
        r"(?:\s+(?:\"[^\"\n]*\"|'[^'\n]*'|\([^()\n]*\)))?\s*\)"
    ),
    "footnote": r"\[\^(?P<fid>[^\]\s]+)\]",
    "reference": r"\[(?P<rtext>(?:[^\[\]\n]|\[[^\[\]\n]*\])+)\]\[(?P<rlabel>[^\[\]\n]*)\]",
    "shortcut": r"\[(?P<stext>[^\[\]\n]+)\](?![\[(:])",
    "anchor": r"<a\s(?P<attrs>[^>]*)>(?P<atext>.*?)</a\s*>",
    "autolink": r"<(?P<aurl>(?:https?|ftp)://[^>\s]+)>",
    "bare": rf"(?<![\w/=\"'(\[<])(?P<bare>https?://{_URL_CHARS}*(?:\({_URL_CHARS}*\){_URL_CHARS}*)*)",
    "code": r"(?P<ticks>`+)(?P<code>.+?)(?P=ticks)",
    "template": r"\{%.*?%\}|\{\{.*?\}\}",
    "tag": r"</?[A-Za-z][A-Za-z0-9-]*(?:\s[^<>]*)?/?>",
    "strong": r"\*\*|__(?=\w)|(?<=\w)__",
    "emphasis": r"(?<![\w*])\*(?=[^\s*])|(?<=[^\s*])\*(?![\w*])|(?<![\w_])_(?=[^\s_])|(?<=[^\s_])_(?!\w)",
}
# Every construct starts with one of these characters; checking it first lets most positions fail at once.
_MARKDOWN = re.compile(r"(?=[!\[<h`*_{])(?:" + "|".join(f"(?P<{k}_>{v})" for k, v in _PATTERNS.items()) + ")", re.S)
_TEXT = re.compile(
    r"(?=[\[<h])(?:" + "|".join(f"(?P<{k}_>{_PATTERNS[k]})" for k in ("link", "autolink", "bare")) + ")", re.S
)
_HREF = re.compile(r"""\bhref\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>]+))""", re.I)
_TRAILING_PUNCT = ".,;:!?'\""


@dataclass(frozen=True, slots=True)
class References:
    """Reference-style link definitions and footnote definitions of a Markdown document."""

    links: Mapping[str, str] = field(default_factory=dict)
    footnotes: Mapping[str, tuple[str | None, str]] = field(default_factory=dict)
    """Footnote id -> (the first URL in its definition, the definition's text)."""


def normalise_label(label: str) -> str:
    """Reference labels match case-insensitively with whitespace collapsed (CommonMark)."""
    return " ".join(label.split()).casefold()


def render(
    raw: str, start: int, end: int, out: BodyBuilder, refs: References | None = None, *, markdown: bool = True
) -> None:
    """Append ``raw[start:end]`` to ``out`` as body text, recording the links found in it."""
    refs = refs or References()
    pattern = _MARKDOWN if markdown else _TEXT
    pos = start
    for m in pattern.finditer(raw, start, end):
        kind = m.lastgroup or ""
        out.add(raw[pos : m.start()], pos)
        pos = m.end()
        _HANDLERS[kind](m, raw, out, refs)
    out.add(raw[pos:end], pos)


def _link(m: re.Match[str], raw: str, out: BodyBuilder, refs: References) -> None:
    url = m["url"].strip()
    if url.startswith("<") and url.endswith(">"):
        url = url[1:-1]
    _visible("link", url, m.start("ltext"), m.end("ltext"), raw, out, refs)


def _visible(
    kind: str, url: str | None, t0: int, t1: int, raw: str, out: BodyBuilder, refs: References, label: str | None = None
) -> None:
    """Render a link's visible text (which may hold markup itself) and record the link."""
    body_start = out.position
    render(raw, t0, t1, out, refs, markdown=True)
    out.link(kind, url, raw[t0:t1], body_start, out.position, label)  # type: ignore[arg-type]


def _reference(m: re.Match[str], raw: str, out: BodyBuilder, refs: References) -> None:
    label = normalise_label(m["rlabel"] or m["rtext"])
    url = refs.links.get(label)
    body_start = out.position
    render(raw, m.start("rtext"), m.end("rtext"), out, refs, markdown=True)
    out.link("reference", url, m["rtext"], body_start, out.position, label, defined=url is not None)


def _shortcut(m: re.Match[str], raw: str, out: BodyBuilder, refs: References) -> None:
    label = normalise_label(m["stext"])
    if label in refs.links:
        _visible("reference", refs.links[label], m.start("stext"), m.end("stext"), raw, out, refs, label)
    else:  # not a link: text in brackets, e.g. a "[source]" placeholder, stays as written
        out.add(m[0], m.start())


def _footnote(m: re.Match[str], raw: str, out: BodyBuilder, refs: References) -> None:
    fid = m["fid"]
    url, note = refs.footnotes.get(fid, (None, None))
    # The marker leaves no text behind; the link is zero-width where it stood.
    out.link("footnote", url, m[0], out.position, out.position, fid, defined=note is not None, note=note)


def _anchor(m: re.Match[str], raw: str, out: BodyBuilder, refs: References) -> None:
    href = _HREF.search(m["attrs"])
    url = next((g for g in href.groups() if g is not None), "") if href else None
    _visible("link", url, m.start("atext"), m.end("atext"), raw, out, refs)


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


def _code(m: re.Match[str], raw: str, out: BodyBuilder, refs: References) -> None:
    out.add(m["code"], m.start("code"))


def _image(m: re.Match[str], raw: str, out: BodyBuilder, refs: References) -> None:
    """Images are not prose: their alt text is dropped from the body."""


def _drop(m: re.Match[str], raw: str, out: BodyBuilder, refs: References) -> None:
    """Markup with no text of its own (emphasis markers, bare HTML tags)."""


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
    "tag_": _drop,
    "template_": _drop,
    "strong_": _drop,
    "emphasis_": _drop,
}

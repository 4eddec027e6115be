"""load: input bytes or text -> :class:`~auditor.model.Document` (body text with offsets).

One loader per format (``text``, ``markdown``, ``html``) and one for URLs; the
format is taken from the caller, the file name, or the content.
"""

from __future__ import annotations

import re
from dataclasses import replace
from pathlib import Path

from auditor.errors import InputError
from auditor.model import Document, InputFormat

MAX_BYTES = 20_000_000
"""Inputs larger than this are refused: no article is that long, and the cap keeps memory bounded."""

FORMATS = ("auto", "html", "markdown", "text")
_EXTENSIONS: dict[str, InputFormat] = {
    ".html": "html",
    ".htm": "html",
    ".xhtml": "html",
    ".md": "markdown",
    ".markdown": "markdown",
    ".mdown": "markdown",
    ".mkd": "markdown",
    ".mdx": "markdown",
    ".txt": "text",
    ".text": "text",
}
_HTML_START = re.compile(r"\s*(?:<!--.*?-->\s*)*<(?:!doctype\s+html|html|head|body|meta|div|article|p)\b", re.I | re.S)
_MARKDOWN_HINT = re.compile(r"^(?:---\s*$|\+\+\+\s*$|#{1,6} \S|```|\[[^\]\n]+\]:\s*\S|\[\^[^\]\n]+\]:)", re.M)


def detect_format(text: str, name: str | None = None) -> InputFormat:
    """The input format: from the file extension when it has a known one, else from the content."""
    if name:
        suffix = Path(name.split("?", 1)[0]).suffix.lower()
        if suffix in _EXTENSIONS:
            return _EXTENSIONS[suffix]
    head = text[:4096]
    if _HTML_START.match(head):
        return "html"
    if _MARKDOWN_HINT.search(head):
        return "markdown"
    return "text"


def decode(data: bytes, name: str = "input") -> str:
    """Bytes -> text: UTF-8 (with or without BOM); binary or other encodings are an error."""
    if len(data) > MAX_BYTES:
        raise InputError(f"{name}: {len(data):,} bytes is larger than the {MAX_BYTES:,}-byte limit")
    if b"\x00" in data[:8192]:
        raise InputError(f"{name}: looks like a binary file (NUL bytes), not an article")
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise InputError(
            f"{name}: not valid UTF-8 (byte 0x{data[exc.start]:02x} at offset {exc.start}); "
            "convert it with e.g. `iconv -f latin1 -t utf-8`"
        ) from None
    return text


def load_document(text: str, input_format: str = "auto", source: str | None = None) -> Document:
    """Load an article from its text; ``input_format`` is ``auto``, ``html``, ``markdown`` or ``text``."""
    if input_format not in FORMATS:
        raise InputError(f"unknown input format {input_format!r}; choose one of {', '.join(FORMATS)}")
    fmt: InputFormat = detect_format(text, source) if input_format == "auto" else input_format  # type: ignore[assignment]
    if fmt == "html":
        from auditor.load.html import load_html

        return load_html(text, source)
    if fmt == "markdown":
        from auditor.load.markdown import load_markdown

        doc = load_markdown(text, source)
    else:
        from auditor.load.text import load_text

        doc = load_text(text, source)
    if doc.title is None and doc.blocks and doc.blocks[0].kind == "heading":
        doc = replace(doc, title=doc.text[doc.blocks[0].start : doc.blocks[0].end])
    return doc

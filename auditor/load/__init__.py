"""load: input bytes or text -> :class:`~auditor.model.Document` (body text with offsets).

One loader per format (``text``, ``markdown``, ``html``) and one for URLs; the
format is taken from the caller, the file name, or the content.
"""

from __future__ import annotations

import os
import re
from dataclasses import replace
from pathlib import Path

from auditor.config import DEFAULT_MAX_BYTES
from auditor.errors import InputError, UsageError
from auditor.load.bounded import check_text, decode, read_file, read_stream
from auditor.load.front_matter import front_matter
from auditor.model import Document, InputFormat

MAX_BYTES = DEFAULT_MAX_BYTES
"""Inputs larger than this are refused by default (``Config.max_bytes``): no article is that long."""
__all__ = ["FORMATS", "MAX_BYTES", "decode", "detect_format", "load_document", "read_file", "read_stream"]

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
    if _MARKDOWN_HINT.search(head) or (head.lstrip("\ufeff")[:1] == "{" and front_matter(text)[0]):
        return "markdown"  # a JSON or EDN settings block at the top is a site generator's Markdown page
    return "text"


def load_document(
    text: str,
    input_format: str = "auto",
    source: str | None = None,
    *,
    max_bytes: int = DEFAULT_MAX_BYTES,
    location: str | os.PathLike[str] | None = None,
) -> Document:
    """Load an article from its text; ``input_format`` is ``auto``, ``html``, ``markdown`` or ``text``.

    ``location`` is the file the text was read from, when ``source`` (the name reports show) does not
    lead to it from the working directory: site-generator includes are read relative to it.
    """
    check_arguments(text, input_format, source)
    check_text(text, source or "input", max_bytes)
    fmt: InputFormat = detect_format(text, source) if input_format == "auto" else input_format  # type: ignore[assignment]
    if fmt == "html":
        from auditor.load.html import load_html

        return load_html(text, source)
    if fmt == "markdown":
        from auditor.load.markdown import load_markdown
        from auditor.load.wrapped import load_fenced_html

        doc = load_markdown(text, source, location)
        doc = load_fenced_html(text, source, doc) or doc
    else:
        from auditor.load.text import load_text

        doc = load_text(text, source)
    if doc.title is None and doc.blocks and doc.blocks[0].kind == "heading":
        doc = replace(doc, title=doc.text[doc.blocks[0].start : doc.blocks[0].end])
    return doc


def check_arguments(text: object, input_format: object, source: object) -> None:
    """Raise :class:`UsageError` (or :class:`InputError`) for arguments of the wrong kind, naming the fix."""
    if isinstance(text, bytes | bytearray | memoryview):
        raise UsageError("the article must be text (str), not bytes; decode it first: auditor.load.decode(data)")
    if not isinstance(text, str):
        raise UsageError(f"the article must be text (str), not {type(text).__name__}")
    if not isinstance(input_format, str):
        raise UsageError(f"input_format must be one of {', '.join(FORMATS)}, not {type(input_format).__name__}")
    if input_format not in FORMATS:
        raise InputError(f"unknown input format {input_format!r}; choose one of {', '.join(FORMATS)}")
    if source is not None and not isinstance(source, str):
        raise UsageError(f"source must be a str (a file name or URL) or None, not {type(source).__name__}")

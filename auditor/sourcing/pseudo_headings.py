"""A paragraph written as a heading: one short line set wholly in bold, with no sentence's closing stop.

Many writers, and the editors of GitBook and wiki pages, head a step or a case with a bold line instead of a
heading: ``**Option 1: Build the plant for $40 million**`` over the paragraphs that work the option through. It
names what follows, as a heading does; it is not a claim in need of its own source (the paragraphs under it make
the claims). :func:`bold_heading` reads it from the input's markup around the block: ``**...**`` or ``__...__`` in
Markdown, ``<strong>`` or ``<b>`` around the whole of an HTML paragraph. A bold sentence that ends with a full stop
("**Nine in ten drugs fail.**") is a claim set in bold, and stays one.
"""

from __future__ import annotations

from auditor.model import Document

HEADING_MAX_WORDS = 14
"""A bold line of more words than this is a paragraph in bold, not a heading."""
HEADING_MAX_CHARS = 300
"""... and a block longer than this is no short line (asked first: every claim of a long paragraph asks)."""
MARKUP_REACH = 16
"""How many characters of the input around the block the bold markup may take ("<p><strong>")."""
_OPEN = ("**", "__")
_CLOSE = ("**", "__")


def bold_heading(doc: Document, block: int) -> bool:
    """The block is one short line wholly in bold, with no closing stop (see the module docstring)."""
    b = doc.blocks[block]
    if b.end - b.start > HEADING_MAX_CHARS:
        return False
    text = doc.text[b.start : b.end].strip()
    if not text or "\n" in text or len(text.split()) > HEADING_MAX_WORDS or text[-1] in ".!?…":
        return False
    start, end = doc.to_raw(b.start), doc.to_raw(b.end - 1) + 1
    if not (0 <= start < end <= len(doc.raw)):
        return False
    before = doc.raw[max(0, start - MARKUP_REACH) : start].rstrip().lower()
    after = doc.raw[end : end + MARKUP_REACH].lstrip().lower()
    if doc.format == "html":
        return before.endswith(("<p><strong>", "<p><b>")) and after.startswith(("</strong></p>", "</b></p>"))
    line_start = doc.raw.rfind("\n", 0, start) + 1
    if doc.raw[line_start:start].strip(" \t>*_"):
        return False  # words before the bold on its line: a bold lead-in, not a heading
    return before.endswith(_OPEN) and after.startswith(_CLOSE)

"""A Markdown page whose whole body is one fenced block of HTML: an import that kept the old page's markup.

Site migrations and archive tools sometimes keep a page's HTML and fence it inside a Markdown post::

    ---
    title: Open day at the Hill Street school
    date: 2014-05-02
    ---

    ```html
    <p>The school opens its doors to families on 10 May.</p>
    ```

Read as Markdown, that page is a single code block and holds no words at all. When a fence tagged ``html``
(or untagged) is all there is after the front matter, and its markup has paragraphs, the fenced markup is the
article: it is read as HTML, and the front matter still gives the title and the date. A Markdown page that
shows an HTML snippet among prose of its own is left as it is.
"""

from __future__ import annotations

import re
from dataclasses import replace

from auditor.load.front_matter import front_matter
from auditor.load.html import load_html
from auditor.model import Document

_FENCE_CHARS = ("```", "~~~")
"""How a fence opens: three or more backticks or tildes."""
_HTML_INFO = frozenset({"", "html", "htm", "xhtml"})
_PARAGRAPH = re.compile(r"<(?:p|br|h[1-6]|li)\b", re.IGNORECASE)
_BLANKED = re.compile(r"[^\n]")


def fenced_markup(raw: str) -> tuple[int, int] | None:
    """The span of the HTML inside a fence that is the page's whole body, or None.

    >>> page = "---\\ntitle: T\\n---\\n```html\\n<p>Hello.</p>\\n```\\n"
    >>> start, end = fenced_markup(page)
    >>> page[start:end]
    '<p>Hello.</p>'
    >>> fenced_markup("Some prose.\\n```html\\n<p>Hello.</p>\\n```\\n") is None
    True
    """
    end = len(raw.rstrip())
    if raw[end - 3 : end] not in _FENCE_CHARS:
        return None  # most pages: the body does not even end with a fence, and its front matter is not read again
    body_start = front_matter(raw)[0]
    start = len(raw) - len(raw[body_start:].lstrip())
    if raw[start : start + 3] not in _FENCE_CHARS:
        return None
    opener_end = raw.find("\n", start, end)
    if opener_end < 0:
        return None
    opener = raw[start:opener_end]
    fence = opener[0] * (len(opener) - len(opener.lstrip(opener[0])))
    if opener[len(fence) :].strip().lower() not in _HTML_INFO:
        return None
    closer = raw.rfind("\n", opener_end, end)
    if closer <= opener_end or raw[closer + 1 : end].strip() != fence:
        return None  # the body does not end with the fence that opened it
    inner_start, inner_end = opener_end + 1, closer
    if re.compile(r"^[ \t]*" + re.escape(fence), re.M).search(raw, inner_start, inner_end):
        return None  # more than one fenced block: a page that shows code among text of its own
    if not _PARAGRAPH.search(raw, inner_start, inner_end):
        return None
    return inner_start, inner_end


def load_fenced_html(raw: str, source: str | None, markdown: Document) -> Document | None:
    """The page read as the HTML its fence holds, with the Markdown page's title and date; None when
    the page is not one fenced block of markup. Offsets stay those of ``raw``."""
    span = fenced_markup(raw)
    if span is None:
        return None
    start, end = span
    masked = _BLANKED.sub(" ", raw[:start]) + raw[start:end] + _BLANKED.sub(" ", raw[end:])
    page = load_html(masked, source)
    dated = markdown if markdown.published or markdown.published_year else page
    return replace(
        page,
        raw=raw,
        format="markdown",
        title=markdown.title or page.title,
        published=dated.published,
        published_from=dated.published_from,
        published_year=dated.published_year,
        publishers=markdown.publishers or page.publishers,
    )

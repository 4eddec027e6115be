"""A Markdown page whose whole body is one fenced block of HTML is read as that HTML (auditor.load.wrapped)."""

from __future__ import annotations

from auditor.load import load_document
from auditor.load.wrapped import fenced_markup

FRONT = "---\ntitle: Library hours\ndate: 2021-03-08\n---\n\n"
MARKUP = "<p>The branch library now opens at 8 a.m. on Saturdays.</p>\n<p>It lent 4,200 books in February.</p>"


def test_a_fenced_page_is_read_as_its_html() -> None:
    raw = FRONT + "```html\n" + MARKUP + "\n```\n"
    doc = load_document(raw, source="hours.md")
    assert "lent 4,200 books in February." in doc.text
    assert "<p>" not in doc.text
    assert (doc.title, doc.published, doc.format) == ("Library hours", "2021-03-08", "markdown")
    at = doc.text.index("It lent")
    assert raw[doc.to_raw(at) : doc.to_raw(at) + 7] == "It lent"  # offsets are the Markdown file's


def test_an_untagged_fence_and_tildes_also_count() -> None:
    assert fenced_markup("```\n" + MARKUP + "\n```") is not None
    assert fenced_markup("~~~~ HTML\n" + MARKUP + "\n~~~~\n") is not None


def test_a_snippet_among_prose_is_left_as_code() -> None:
    raw = FRONT + "Here is the markup we use:\n\n```html\n" + MARKUP + "\n```\n"
    assert fenced_markup(raw) is None
    assert "4,200 books" not in load_document(raw, source="snippet.md").text


def test_other_languages_two_blocks_and_markup_without_paragraphs_are_left_alone() -> None:
    assert fenced_markup("```python\nprint('<p>hi</p>')\n```\n") is None
    assert fenced_markup("```html\n" + MARKUP + "\n```\n\n```html\n" + MARKUP + "\n```\n") is None
    assert fenced_markup('```html\n<img src="a.png">\n```\n') is None
    assert fenced_markup("```html\n" + MARKUP + "\n") is None  # never closed
    assert fenced_markup("") is None

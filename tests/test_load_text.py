"""Plain text and Markdown loading: blocks, links, front matter, and offsets back into the input."""

from __future__ import annotations

import pytest

from auditor.errors import InputError
from auditor.load import decode, detect_format, load_document
from auditor.model import Document


def raw_of(doc: Document, start: int, end: int) -> str:
    return doc.raw[doc.to_raw(start) : doc.to_raw(end - 1) + 1]


def test_text_one_paragraph_per_line_and_links_rendered() -> None:
    raw = "Title line\nPrices rose 4% in May ([Daily Ledger](https://ledger.example/prices)).\nWages fell.\n"
    doc = load_document(raw, "text")
    texts = [doc.text[b.start : b.end] for b in doc.blocks]
    assert texts == ["Title line", "Prices rose 4% in May (Daily Ledger).", "Wages fell."]
    assert [b.kind for b in doc.blocks] == ["heading", "paragraph", "paragraph"]
    (link,) = doc.links
    assert (link.url, link.text, doc.text[link.start : link.end]) == (
        "https://ledger.example/prices",
        "Daily Ledger",
        "Daily Ledger",
    )
    assert raw_of(doc, link.start, link.end) == "Daily Ledger"
    assert raw_of(doc, doc.text.index("Wages"), doc.text.index("Wages") + 5) == "Wages"


def test_text_hard_wrapped_paragraphs_join() -> None:
    para = "The committee met on Tuesday to discuss the proposed changes to the\nzoning code, which would allow taller buildings near the new station\nand reduce parking requirements for apartment blocks in the centre.\n"
    doc = load_document(para + "\n" + para, "text")
    assert len(doc.blocks) == 2 and all(b.kind == "paragraph" for b in doc.blocks)


def test_text_bare_urls_are_links() -> None:
    doc = load_document("Read the report at https://stats.example/report-2023. It is long.", "text")
    (link,) = doc.links
    assert link.kind == "url" and link.url == "https://stats.example/report-2023"


def test_markdown_front_matter_blocks_and_references() -> None:
    raw = (
        '---\ntitle: "A title"\ndate: 2024-05-02T10:00:00Z\n---\n\n# Heading\n\n'
        "Rents rose 6% ([Borough][b]) and **prices** rose too.[^1]\n\n"
        "- first item with [a link](https://x.example/one)\n- second item\n\n"
        "```\ncode is not prose\n```\n\n[b]: https://borough.example/rents\n[^1]: Census Office, 2024.\n"
    )
    doc = load_document(raw, "auto", "post.md")
    assert doc.format == "markdown" and doc.title == "A title"
    assert (doc.published, doc.published_from) == ("2024-05-02", "front-matter:date")
    texts = [doc.text[b.start : b.end] for b in doc.blocks]
    assert texts == ["Heading", "Rents rose 6% (Borough) and prices rose too.", "first item with a link", "second item"]
    kinds = [(k.kind, k.url, k.defined) for k in doc.links]
    assert kinds == [
        ("reference", "https://borough.example/rents", True),
        ("footnote", None, True),
        ("link", "https://x.example/one", True),
    ]
    assert doc.links[1].note == "Census Office, 2024."


def test_markdown_undefined_reference_and_footnote() -> None:
    doc = load_document("Fact one [src][nope]. Fact two.[^9]\n", "markdown")
    assert [(k.kind, k.defined, k.label) for k in doc.links] == [("reference", False, "nope"), ("footnote", False, "9")]


def test_markdown_offsets_survive_markup() -> None:
    raw = "Intro with *emphasis* and `code` and [link text](https://a.example/x) here.\n"
    doc = load_document(raw, "markdown")
    assert doc.text == "Intro with emphasis and code and link text here."
    for word in ("emphasis", "code", "link text", "here"):
        i = doc.text.index(word)
        assert raw_of(doc, i, i + len(word)) == word


def test_html_comments_are_not_prose() -> None:
    doc = load_document("<!-- a note -->\nPrices rose.\n\n<!--\nmulti\nline\n-->\nWages fell.\n", "markdown")
    assert [doc.text[b.start : b.end] for b in doc.blocks] == ["Prices rose.", "Wages fell."]


@pytest.mark.parametrize(
    ("text", "name", "expected"),
    [
        ("<!DOCTYPE html><html><body><p>x</p></body></html>", None, "html"),
        ("---\ntitle: x\n---\nbody", None, "markdown"),
        ("# Title\n\nText", None, "markdown"),
        ("Plain words.", None, "text"),
        ("Plain words.", "notes.md", "markdown"),
        ("# not markdown", "page.html", "html"),
        ("<p>x</p>", "https://site.example/story.txt?x=1", "text"),
    ],
)
def test_detect_format(text: str, name: str | None, expected: str) -> None:
    assert detect_format(text, name) == expected


def test_decode_errors_name_the_problem() -> None:
    assert decode("\ufeffhello".encode()) == "hello"
    with pytest.raises(InputError, match="binary"):
        decode(b"ab\x00cd")
    with pytest.raises(InputError, match="not valid UTF-8"):
        decode(b"caf\xe9")


def test_unknown_input_format() -> None:
    with pytest.raises(InputError, match="unknown input format 'pdf'"):
        load_document("x", "pdf")


def test_cut_off_sentence_is_not_a_heading() -> None:
    doc = load_document("Harbour News\nThe ferry line was reopened by the council after a long and costly repair of the\n", "text")
    assert [b.kind for b in doc.blocks] == ["heading", "paragraph"]


@pytest.mark.parametrize(
    ("written", "read"),
    [("January 01 2020", "2020-01-01"), ("Mar 3, 2021", "2021-03-03"), ("4 July 2019", "2019-07-04"), ("soon", None)],
)
def test_markdown_front_matter_dates_written_out(written: str, read: str | None) -> None:
    doc = load_document(f"---\ntitle: T\ndate: {written}\n---\n\nText.\n", "markdown")
    assert doc.published == read


def test_markdown_raw_html_blocks_do_not_run_together() -> None:
    raw = (
        "<h3>Programme opens in the fall</h3><p>The college won a grant.\n</p><p>It starts in May.<br>"
        "Forty places are open.</p>\n"
    )
    doc = load_document(raw, "markdown")
    blocks = [(b.kind, doc.text[b.start : b.end]) for b in doc.blocks]
    assert blocks == [
        ("heading", "Programme opens in the fall"),
        ("paragraph", "The college won a grant."),
        ("paragraph", "It starts in May.\nForty places are open."),
    ]
    assert raw_of(doc, *next((b.start, b.end) for b in doc.blocks if b.kind == "heading")) == "Programme opens in the fall"

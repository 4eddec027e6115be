"""Reference sections in their usual shapes resolve numbered markers; a marker with nowhere to go dangles."""

from __future__ import annotations

import pytest

import auditor
from auditor.article import analyse
from auditor.load import load_document


def rules(text: str, fmt: str = "auto", source: str | None = None) -> list[str]:
    return sorted(f.rule for f in auditor.audit_text(text, fmt, source).findings if f.rule.startswith("CIT"))


def citations(text: str, fmt: str) -> list[tuple[str, str | None, bool | None]]:
    article = analyse(load_document(text, fmt))
    return [(m.kind, m.url, m.defined) for m in article.markers]


MARKDOWN_SECTION = (
    "The bridge opened in 1932 [1]. It carries 160,000 vehicles a day [2].\n\n"
    "## References\n\n"
    "1. Harbour Trust, *Bridge history*, https://harbour.example/history\n"
    "2. Roads Agency, traffic counts 2023, https://roads.example/counts-2023\n"
)


def test_numbered_list_under_a_references_heading_resolves_markers() -> None:
    assert citations(MARKDOWN_SECTION, "markdown") == [
        ("numbered", "https://harbour.example/history", True),
        ("numbered", "https://roads.example/counts-2023", True),
    ]
    assert rules(MARKDOWN_SECTION, "markdown") == []


def test_entries_without_links_still_define_their_numbers() -> None:
    text = "The bridge opened in 1932 [1].\n\n## Sources\n\n1. Harbour Trust, Bridge history, 1990, p. 12.\n"
    assert citations(text, "markdown") == [("numbered", None, True)]
    article = analyse(load_document(text, "markdown"))
    assert [c.text for c in article.claims] == ["The bridge opened in 1932."]  # the entry is not a claim


def test_a_marker_beyond_the_list_dangles() -> None:
    text = MARKDOWN_SECTION.replace("a day [2]", "a day [3]")
    assert rules(text, "markdown") == ["CIT004"]


HTML_NOTES = (
    "<html><body><article><h1>The bridge</h1>"
    '<p>The bridge opened in 1932 after eight years of work.<sup><a href="#fn1">1</a></sup> '
    'It carries 160,000 vehicles a day.<sup><a href="#fn4">4</a></sup></p>'
    '<ol><li id="fn1">Harbour Trust, <a href="https://harbour.example/history">Bridge history</a>.</li></ol>'
    "</article></body></html>"
)


def test_html_note_links_resolve_to_their_entry_or_dangle() -> None:
    assert citations(HTML_NOTES, "html") == [
        ("numbered", "https://harbour.example/history", True),
        ("numbered", "#fn4", False),
    ]
    found = [f for f in auditor.audit_text(HTML_NOTES, "html").findings if f.rule == "CIT004"]
    assert len(found) == 1 and "#fn4" in found[0].message


def test_note_entries_are_not_claims() -> None:
    article = analyse(load_document(HTML_NOTES, "html"))
    assert not any("Harbour Trust" in c.text for c in article.claims)


@pytest.mark.parametrize("heading", ["References", "Notes", "Bibliography", "Sources and notes:", "WORKS CITED"])
def test_reference_headings(heading: str) -> None:
    text = f"Fact one happened in 2001 [1].\n\n## {heading}\n\n- Author, Title, https://x.example/a\n"
    assert citations(text, "markdown")[0] == ("numbered", "https://x.example/a", True)


def test_a_numbered_list_elsewhere_is_not_a_reference_list() -> None:
    text = "## Steps\n\n1. Open the [settings](https://app.example/settings) page in 2024.\n2. Click save.\n"
    article = analyse(load_document(text, "markdown"))
    assert not article.artifacts.of_kind("references")


def test_unknown_definitions_make_numbered_markers_unknown() -> None:
    text = "The bridge opened in 1932 [1].\n\n{% include notes.html %}\n"
    assert citations(text, "markdown") == [("numbered", None, None)]
    assert "CIT004" not in rules(text, "markdown")


def test_a_bracketed_number_entry_without_a_link_defines_its_marker() -> None:
    text = "The bridge opened in 1932 [1].\n\n[1] Harbour Trust, Bridge history, 1990, p. 12.\n"
    assert citations(text, "text") == [("numbered", None, True)]
    assert rules(text, "text") == []


def test_a_note_list_outside_the_article_still_defines_its_markers() -> None:
    page = (
        "<html><body><article><h1>The bridge</h1>"
        + "".join(f"<p>The bridge opened in 1932 after {n} years of work on the crossing.<sup><a href=\"#fn1\">1</a></sup></p>" for n in (6, 7, 8))
        + "</article><aside class=\"related\"><ol><li id=\"fn1\">Harbour Trust, history.</li></ol></aside></body></html>"
    )
    assert {m[2] for m in citations(page, "html")} == {True}
    assert "CIT004" not in rules(page, "html")


def test_a_note_target_in_raw_markdown_html_counts() -> None:
    text = 'The bridge opened in 1932.<sup><a href="#n1">1</a></sup>\n\n<div markdown="0">\n<script>var x;</script>\n</div>\n<!-- <p id="n1">Harbour Trust</p> -->\n'
    assert [m[2] for m in citations(text, "markdown")] == [True]


def test_a_component_may_render_the_notes() -> None:
    text = 'Shannon published the theory in 1948.<sup><a href="#fn4">4</a></sup>\n\n<Footnotes notes={NOTES} />\n'
    assert citations(text, "markdown") == [("numbered", "#fn4", None)]
    assert citations(text.replace("<Footnotes notes={NOTES} />", ""), "markdown") == [("numbered", "#fn4", False)]


def test_a_numbered_list_closing_an_article_with_markers_is_its_notes() -> None:
    text = "The bridge opened in 1932 [1]. Traffic doubled by 1960 [2].\n\n---\n\n1. Harbour Trust, Bridge history.\n2. Roads Agency, counts.\n"
    assert [m[2] for m in citations(text, "markdown")] == [True, True]
    steps = "Open the settings page in 2024.\n\n1. Click the blue button.\n2. Save the settings file.\n"
    assert not analyse(load_document(steps, "markdown")).artifacts.of_kind("references")


def test_mkdocs_snippets_make_labels_unknown() -> None:
    text = 'Read the [install guide][guide] first, as 2,000 users did in 2024.\n\n--8<-- "includes/links.md"\n'
    doc = load_document(text, "markdown")
    assert not doc.references_known and [k.defined for k in doc.links] == [None]


@pytest.mark.parametrize("title", ["Notes", "Sources"])
def test_an_article_titled_like_a_reference_section_keeps_its_claims(title: str) -> None:
    text = f"# {title}\n\nUsers scan pages in an F-shaped pattern (https://research.example/scan).\n"
    article = analyse(load_document(text, "markdown"))
    assert [c.text for c in article.claims] == ["Users scan pages in an F-shaped pattern."]
    assert not article.artifacts.of_kind("references")


def test_a_reference_heading_after_the_title_still_opens_a_section() -> None:
    text = "# Notes\n\n## Notes\n\n- Harbour Trust, Bridge history, https://harbour.example/history\n"
    assert analyse(load_document(text, "markdown")).artifacts.of_kind("references")

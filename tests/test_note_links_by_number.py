"""Note links whose fragment names no id on the page, resolved by their number against the page's references list
(CIT004 stays quiet where the note is there, and fires for a number the list does not have)."""

from __future__ import annotations

import auditor

LIST = (
    "\n\n## References\n\n"
    "1. [↑](#cite_ref-1) [The harbour survey](https://example.org/survey) by the Port Board\n"
    "2. [↑](#cite_ref-2) [Annual report](https://example.org/annual-2019), Port Board, 2019\n"
)


def dangling(text: str) -> list[str]:
    report = auditor.audit_text(text, "markdown").to_dict()
    return [text[f["start"] : f["end"]] for f in report["findings"] if f["rule"] == "CIT004"]


def test_a_note_link_whose_number_is_a_list_item_is_defined_whatever_its_fragment() -> None:
    text = "The harbour was dredged in 1998 [[1]](#cite_note-1). Its quay was lengthened in 2019 [[2]](#cite_note-2)."
    assert dangling(text + LIST) == []


def test_a_note_link_beyond_the_list_still_dangles() -> None:
    text = "The harbour was dredged in 1998 [[1]](#cite_note-1). Its quay was lengthened in 2019 [[4]](#cite_note-4)."
    assert dangling(text + LIST) == ["[4]"]


def test_an_html_note_link_whose_id_is_missing_still_dangles() -> None:
    html = (
        '<p>The harbour was dredged in 1998.<sup><a href="#fn1">1</a></sup> Its quay was lengthened in 2019.'
        '<sup><a href="#fn2">2</a></sup></p><ol><li id="fn1">Port Board, harbour survey.</li></ol>'
    )
    report = auditor.audit_text(html, "html").to_dict()
    assert [f["evidence"]["label"] for f in report["findings"] if f["rule"] == "CIT004"] == ["2"]


def test_a_footnote_label_with_no_definition_still_dangles() -> None:
    text = "The harbour was dredged in 1998.[^survey] Its quay was lengthened in 2019 [[1]](#cite_note-1)." + LIST
    report = auditor.audit_text(text, "markdown").to_dict()
    assert [f["evidence"]["label"] for f in report["findings"] if f["rule"] == "CIT004"] == ["survey"]

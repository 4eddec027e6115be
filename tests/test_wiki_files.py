"""Wiki image markup and its residue are left out of a Markdown page's body (auditor.load.wiki_files)."""

from __future__ import annotations

import auditor
from auditor.load.wiki_files import outside, wiki_file_spans


def _body(text: str) -> str:
    return auditor.load_document(text, input_format="markdown").text


def test_wiki_image_links_are_left_out_of_the_body() -> None:
    raw = (
        "The pier opened in 1905.\n\n[[File:Pier_1920.jpg|thumb|The pier in 1920, seen from the [[Beach|beach]].|alt=A long pier]]\n\n"
        "It was rebuilt [[Image:Pier 1950.png|left|after the\nstorm of 1949]] in 1950.\n"
    )
    body = _body(raw)
    assert "1920" not in body and "alt=" not in body and "storm" not in body
    assert "The pier opened in 1905." in body and "It was rebuilt  in 1950." in body


def test_wiki_image_residue_is_left_out_but_the_paragraph_kept() -> None:
    raw = (
        "Pier_1920.jpg The pier in 1920, seen from the beach.|alt=A long pier]] The pier was rebuilt in 1950.\n\n"
        "Pier_storm.jpg After the storm of 1949 the town raised funds.\n"
    )
    body = _body(raw)
    assert "1920" not in body and "Pier_storm" not in body
    assert "The pier was rebuilt in 1950." in body and "After the storm of 1949 the town raised funds." in body


def test_a_file_name_that_opens_a_line_is_text_on_a_page_without_wiki_markup() -> None:
    raw = "logo.png is the file the site shows at the top of each page.\n"
    assert wiki_file_spans(raw) == []
    assert "logo.png is the file" in _body(raw)


def test_outside_gives_the_pieces_between_spans() -> None:
    assert outside([(2, 4), (3, 6), (9, 12)], 0, 10) == [(0, 2), (6, 9)]
    assert outside([], 1, 5) == [(1, 5)]

"""in_text: an author-page citation ("(Brandt 112)") on a page with no list of works counts when the prose names
a person of that surname in full ("the geographer Anna Brandt"); "(Route 66)" still does not
(``fixtures/articles/author-page-no-works-list.md``)."""

from __future__ import annotations

import auditor
from auditor.in_text import in_text_spans
from tests.conftest import FIXTURES


def test_the_named_authors_pages_are_citations() -> None:
    report = auditor.audit_path(str(FIXTURES / "articles" / "author-page-no-works-list.md")).to_dict()
    texts = [c["text"] for c in report["citations"]]  # type: ignore[union-attr]
    assert texts == ["Brandt 112", "Brandt 140-142"]
    assert not [f for f in report["findings"] if f["rule"] == "CIT001"]  # type: ignore[union-attr, index]


def test_an_author_page_shape_needs_a_named_author() -> None:
    text = "The dam was raised in 1794 (Brandt 112). The turnpike was rebuilt in 1861 (Route 66)."
    spans = [text[s:e] for s, e in in_text_spans(text, 0, len(text), frozenset({"brandt"}))]
    assert spans == ["(Brandt 112)"]
    assert [text[s:e] for s, e in in_text_spans(text, 0, len(text), frozenset())] == []


def test_a_number_given_to_the_name_before_it_is_no_page() -> None:
    text = "The rollout began in the Great Lakes Region (Region 5) and in Ohio (Brandt 14)."
    spans = [text[s:e] for s, e in in_text_spans(text, 0, len(text), frozenset({"region", "brandt"}))]
    assert spans == ["(Brandt 14)"]

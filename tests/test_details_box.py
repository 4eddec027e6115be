"""CIT001 and a details box (:mod:`auditor.sourcing.details`): a sentence that restates a year and a name of the
article's own label-value table (a review's credits) is not asked to cite them again; a year or a name alone is."""

from __future__ import annotations

from pathlib import Path

from auditor import audit_text

FIXTURE = Path(__file__).resolve().parent.parent / "fixtures" / "articles" / "review-restates-its-credits.md"


def cit001(text: str) -> list[str]:
    return [f.message for f in audit_text(text, input_format="markdown").findings if f.rule == "CIT001"]


def test_a_sentence_that_restates_the_credits() -> None:
    assert cit001(FIXTURE.read_text(encoding="utf-8")) == []


def test_the_same_sentence_without_the_box_needs_its_source() -> None:
    text = FIXTURE.read_text(encoding="utf-8")
    box = text[text.index("| Field") : text.index("| Platform | PC |") + len("| Platform | PC |")]
    assert any("2011" in m for m in cit001(text.replace(box, "")))


def test_a_year_of_the_box_with_another_name_needs_its_source() -> None:
    text = FIXTURE.read_text(encoding="utf-8").replace("by designer Ana Colby", "by designer Ben Rusk")
    assert any("2011" in m for m in cit001(text))


def test_a_name_of_the_box_with_another_year_needs_its_source() -> None:
    text = FIXTURE.read_text(encoding="utf-8").replace("Released in 2011", "Released in 2009")
    assert any("2009" in m for m in cit001(text))

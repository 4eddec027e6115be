"""CIT001: a data report that names where its data come from is the source of its readings of those data
(auditor.sourcing.exhibits.data_provenance)."""

from __future__ import annotations

import auditor
from auditor.article import analyse
from auditor.load import load_document
from auditor.sourcing.exhibits import data_provenance, reads_named_data

NAMED = "This parking permit data is taken from the Riverside Council open data portal.\n\n"


def _article(text: str) -> auditor.article.Article:
    return analyse(load_document(text, "markdown"))


def _unsourced(text: str) -> list[str]:
    report = auditor.audit_text(text, input_format="markdown")
    return [f.message for f in report.findings if f.rule == "CIT001"]


def test_the_named_data_and_its_noun() -> None:
    assert data_provenance(_article(NAMED + "The council issued 8,400 permits in 2023.\n")) == {"permi"}
    linked = "The figures used here come from the [district survey](https://survey.example.org/2023).\n"
    assert data_provenance(_article(linked)) == frozenset()  # no noun before "figures": nothing it counts is known
    unnamed = "This parking permit data is taken from a spreadsheet we were sent.\n"
    assert data_provenance(_article(unnamed)) == frozenset()


def test_a_reading_of_the_named_data_needs_no_other_source() -> None:
    text = NAMED + "The council issued 8,400 parking permits in 2023, up 14% on 2022.\n"
    assert reads_named_data(_article(text), "The council issued 8,400 parking permits in 2023, up 14% on 2022.")
    assert _unsourced(text) == []


def test_a_figure_about_something_else_still_needs_one() -> None:
    text = NAMED + "The town's population grew by 12% in a decade, to 61,000 people.\n"
    assert len(_unsourced(text)) == 1


def test_without_the_provenance_sentence_the_figure_is_flagged() -> None:
    assert len(_unsourced("The council issued 8,400 parking permits in 2023, up 14% on 2022.\n")) == 1

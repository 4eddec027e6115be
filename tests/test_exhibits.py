"""A sentence that tells what the article's own figure shows is sourced by the article's data note, and only then."""

from __future__ import annotations

from auditor import audit_text
from auditor.sourcing.exhibits import points_at_exhibit

BODY = (
    "# Rainfall\n\nThe valley had a wet decade.\n\n"
    "The wettest month on record in 2019 is shown in Figure 1, with the river gauges beside it.\n\n"
    "Rainfall in 2021 fell by 18% at the upper gauges, as the chart below shows.\n\n"
)
NOTE = "Data source and methods: readings from the [water authority](https://water.example.org/gauges), 2014-2023.\n"


def _unsourced(text: str) -> list[str]:
    report = audit_text(text, input_format="markdown").to_dict()
    return [f["message"] for f in report["findings"] if f["rule"] == "CIT001"]


def test_data_note_sources_the_exhibit_sentences() -> None:
    assert _unsourced(BODY + NOTE) == []


def test_without_a_data_note_they_need_a_source() -> None:
    found = _unsourced(BODY)
    assert len(found) == 2, found
    assert any("2019" in m for m in found) and any("18%" in m for m in found)


def test_a_short_source_caption_is_no_data_note() -> None:
    assert len(_unsourced(BODY + "Source: gauges\n")) == 2


def test_exhibit_pointers() -> None:
    assert points_at_exhibit("Rates in 2020 (see Table 3) were higher.")
    assert points_at_exhibit("The following scatter plot shows ownership by state.")
    assert not points_at_exhibit("She lost 3 figures in the 2020 sale.")
    assert not points_at_exhibit("The company's table of contents runs to 40 pages.")

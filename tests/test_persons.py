"""An attribution to a person the article names is their own words, with no report to link (CIT008 stays quiet);
one to an organisation or a report still asks for its link. Every sentence here is invented for the test."""

from __future__ import annotations

import pytest

import auditor
from auditor.sourcing.persons import is_person
from tests.conftest import FIXTURES


def unlinked(text: str) -> list[str]:
    report = auditor.audit_text(text)
    return [f.message for f in report.findings if f.rule == "CIT008"]


@pytest.mark.parametrize(
    ("source", "text"),
    [
        ("Okafor", "Lena Okafor measured the river. The gauge fell, according to Okafor."),
        ("Okafor", "The work of Lena Okafor’s team is known. The gauge fell, according to Okafor."),
        ("Lena Okafor", "The gauge fell, according to Lena Okafor, a hydrologist at the district."),
        ("Lena Okafor", "Lena Okafor, the district's hydrologist, spoke. The gauge fell, according to Lena Okafor."),
        ("Tomas Greer of Kern", "Yields fell, according to Tomas Greer of Kern, a grower near the river."),
        ("McKay", "Anne McKay runs the mill. Orders rose, according to McKay."),
    ],
)
def test_a_person_the_article_names(source: str, text: str) -> None:
    assert is_person(source, text)


@pytest.mark.parametrize(
    ("source", "text"),
    [
        ("Bloomberg", "Shares fell, according to Bloomberg."),
        ("Harlow Analytics", "Storage fell, according to Harlow Analytics, a research firm that tracks water."),
        ("Okafor", "Storage fell, according to Okafor."),  # a bare name the article never shows as a person's
        ("Census Bureau", "The Census Bureau counted them. Rents rose, according to Census Bureau."),
        ("LN", "Tickets sold out, according to LN, the promoter."),
        ("Monday", "Sales rose on Monday. Sales rose, according to Monday."),
        ("Okafor", "The Okafor report was cited. Storage fell, according to Okafor."),
    ],
)
def test_not_a_person(source: str, text: str) -> None:
    assert not is_person(source, text)


def test_fixture_flags_the_firm_and_not_the_people() -> None:
    messages = unlinked((FIXTURES / "articles" / "CIT008-named-person-own-words.md").read_text(encoding="utf-8"))
    assert len(messages) == 1
    assert "Harlow Analytics" in messages[0]


def test_a_name_shown_only_as_a_publisher_still_asks_for_its_link() -> None:
    text = "Storage stands at 41% of capacity, according to the Valley Water Survey, an annual report."
    assert len(unlinked(text)) == 1

"""One-time events of one subject dated in an order that cannot be (auditor.compare.sequence, reported as CON004).

Every sentence here is invented for the test."""

from __future__ import annotations

import pytest

from auditor.compare.events import Date
from auditor.compare.sequence import after
from tests.conflicts import Conflict, conflicts


def con004(*sentences: str) -> list[Conflict]:
    return conflicts("CON004", *sentences)


@pytest.mark.parametrize(
    ("first", "second", "later"),
    [
        (Date(1950, 1950), Date(1940, 1940), True),
        (Date(1940, 1940), Date(1950, 1950), False),
        (Date(1950, 1950), Date(1950, 1950), False),  # the same year, no month: either order
        (Date(1950, 1950, 5, 9), Date(1950, 1950, 5, 3), True),
        (Date(1950, 1950, 6), Date(1950, 1950, 5, 3), True),
        (Date(1950, 1950, 5), Date(1950, 1950, 5, 3), False),  # a month against a day in it
        (Date(1950, 1959), Date(1955, 1955), False),  # the 1950s
    ],
)
def test_after_is_certain_only_as_far_as_both_dates_are_precise(first: Date, second: Date, later: bool) -> None:
    assert after(first, second) is later


@pytest.mark.parametrize(
    ("sentences", "values"),
    [
        (
            ("Dana Reyes (born 5 May 1950) is a British engineer from Leeds.", "She was elected mayor of Leeds in 1948."),
            ["born 5 May 1950", "elected 1948"],
        ),
        (
            ("Dana Reyes was elected mayor of Leeds in 1988.", "Reyes died in 1985 in York."),
            ["elected 1988", "died 1985"],
        ),
        (
            ("The Marlow Ferry Company was founded in 1921.", "The Marlow Ferry Company was dissolved in 1911."),
            ["founded 1921", "closed 1911"],
        ),
    ],
)
def test_con004_flags_events_of_one_subject_in_an_impossible_order(sentences: tuple[str, str], values: list[str]) -> None:
    first, second = sentences
    assert con004(first, "The weather was mild that spring.", second) == [("c3", ("c1",), values)]


@pytest.mark.parametrize(
    ("first", "second"),
    [
        # the right order
        ("Dana Reyes (born 5 May 1950) is a British engineer.", "She was elected mayor of Leeds in 1988."),
        # two people
        ("Dana Reyes (born 5 May 1950) is a British engineer.", "Tom Vale was elected mayor of Leeds in 1948."),
        # "she" with no person the article opens with
        ("The mayoralty of Leeds dates from 1626.", "She was elected mayor of Leeds in 1948."),
        # a surname that two full names end with
        ("Dana Reyes died in 1985.", "Tom Reyes was elected in 1988. Reyes was elected again in 1992."),
        # a place that closed may open again: openings are not ordered
        ("The Marlow Lido closed down in 1975.", "The Marlow Lido opened in 1990 after a restoration."),
    ],
)
def test_con004_leaves_the_right_order_and_other_subjects_alone(first: str, second: str) -> None:
    assert con004(first, "The weather was mild that spring.", second) == []


def test_con004_reads_he_or_she_only_as_the_pronoun_the_article_uses_for_its_person() -> None:
    lead = "Gethin Rees (born 1988) is a Welsh cellist from Bala."
    assert con004(lead, "He studied in Cardiff.", "She was elected mayor of Bala in 1980.") == []
    assert con004(lead, "He studied in Cardiff.", "He was elected mayor of Bala in 1980.") == [
        ("c3", ("c1",), ["born 1988", "elected 1980"])
    ]


def test_his_death_in_an_article_about_one_man_is_not_his_predecessors() -> None:
    found = con004(
        "Henry Vale (born 1821) was an English bishop.",
        "He served as Bishop of Lydd from 1860 until his death in 1890.",
        "His predecessor, John Marr, died in 1859.",
        "He was buried at Lydd.",
    )
    assert found == []


def test_its_founding_in_an_article_about_one_woman_is_still_the_companys() -> None:
    found = con004(
        "Dana Reyes is a British engineer.",
        "Acme was founded in 1990 by Reyes.",
        "She said Acme has grown since its founding in 1992.",
        "She lives in Leeds.",
    )
    assert found == [("c3", ("c2",), ["1990", "1992"])]


def test_he_died_is_said_of_the_person_the_article_is_about() -> None:
    found = con004(
        "Henry Vale was an English bishop.",
        "He died in 1890 at Lydd.",
        "He served as Bishop of Lydd from 1860 until his death in 1885.",
    )
    assert found == [("c3", ("c2",), ["1890", "1885"])]

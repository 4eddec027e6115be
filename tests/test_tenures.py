"""Positions held until a year after their holder died or lost them (auditor.compare.tenures, reported as CON004).

Every sentence here is invented for the test."""

from __future__ import annotations

import pytest

from tests.conflicts import Conflict, conflicts


def con004(*sentences: str) -> list[Conflict]:
    return conflicts("CON004", *sentences)


@pytest.mark.parametrize(
    ("first", "second", "values"),
    [
        ("Marta Vell remained abbess until 1410.", "Marta Vell died in 1402 at Whitby.", ["abbess until 1410", "died in 1402"]),
        ("Marta Vell died on 4 May 1402 at Whitby.", "Vell served as treasurer of the abbey until 1409.", ["abbey treasurer until 1409", "died on 4 May 1402"]),
        (
            "Osric Hale remained archdeacon of Ripon until 1168.",
            "Osric Hale was stripped of his clerical status and became a layman before 1158.",
            ["archdeacon ripon until 1168", "laicized before 1158"],
        ),
        (
            "Osric Hale held the post until 1931.",
            "Osric Hale was killed in 1925 in a riding accident.",
            ["until 1931", "died in 1925"],
        ),
        (
            "Dana Reyes remained chairman of the board until 1999.",
            "Dana Reyes resigned as chairman of the board in 1994.",
            ["board chairman until 1999", "resigned in 1994"],
        ),
    ],
)
def test_con004_flags_a_position_held_past_its_holders_death_or_loss(first: str, second: str, values: list[str]) -> None:
    assert con004(first, "The weather was mild that spring.", second) == [("c3", ("c1",), values)]


def test_he_or_she_is_the_person_the_article_is_about() -> None:
    found = con004(
        "Osric Hale was an English cleric.",
        "He remained archdeacon until 1168.",
        "Although he was never tried, he was stripped of his clerical status and became a layman before 1158.",
        "He was praised by the chapter.",
    )
    assert found == [("c3", ("c2",), ["archdeacon until 1168", "laicized before 1158"])]


@pytest.mark.parametrize(
    ("first", "second"),
    [
        # the end comes after the tenure, or in its last year
        ("Marta Vell remained abbess until 1402.", "Marta Vell died in 1402 at Whitby."),
        ("Marta Vell remained abbess until 1398.", "Marta Vell died in 1402 at Whitby."),
        # a death dated only from below
        ("Marta Vell remained abbess until 1410.", "Marta Vell died after 1402, perhaps in York."),
        # no position: a reputation may outlive its holder
        ("Marta Vell remained popular until 1410.", "Marta Vell died in 1402 at Whitby."),
        # someone else died: a relative, a possessive, a relative clause
        ("Marta Vell remained abbess until 1410.", "Marta Vell's aunt died in 1402 at Whitby."),
        ("Marta Vell, whose aunt died in 1402, remained abbess until 1410.", "The abbey was rebuilt."),
        ("Marta Vell remained abbess until 1410.", "Agnes Hale died in 1402 at Whitby."),
        # a loss of another kind of position, or of another position
        ("Osric Hale remained mayor until 1168.", "Osric Hale became a layman before 1158."),
        ("Dana Reyes remained chairman of the board until 1999.", "Dana Reyes resigned as treasurer in 1994."),
        # a surname two people share
        ("Ana Vell remained abbess until 1410.", "Vell died in 1402; Rosa Vell outlived her."),
        # too loose a date
        ("Marta Vell remained abbess until about 1410.", "Marta Vell died in 1402 at Whitby."),
    ],
)
def test_con004_leaves_positions_that_may_have_been_held(first: str, second: str) -> None:
    assert con004(first, "The weather was mild that spring.", second) == []


def test_he_after_another_name_in_the_claim_is_that_name() -> None:
    found = con004(
        "Osric Hale was an English cleric.",
        "He remained archdeacon until 1168.",
        "His uncle Thurstan Vane held the see until 1140, and he died in 1140.",
        "He was praised by the chapter.",
    )
    assert found == []


def test_a_lifespan_in_brackets_dates_a_death() -> None:
    found = con004("Marta Vell (1351 – 1402) was an English abbess.", "The weather was mild.", "Vell remained abbess until 1410.")
    assert found == [("c3", ("c1",), ["abbess until 1410", "died in 1402"])]

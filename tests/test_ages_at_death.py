"""An age at death that the dates of birth and death do not allow (auditor.compare.ages, reported as CON006).

Every sentence here is invented for the test."""

from __future__ import annotations

import pytest

from auditor.compare.ages import _lived
from auditor.compare.events import Date
from tests.conflicts import Conflict, conflicts


def con006(*sentences: str) -> list[Conflict]:
    return conflicts("CON006", *sentences)


@pytest.mark.parametrize(
    ("born", "died", "ages"),
    [
        (Date(1920, 1920), Date(1990, 1990), (69, 70)),
        (Date(1920, 1920, 6, 4), Date(1990, 1990, 3, 2), (69, 69)),  # before the birthday
        (Date(1920, 1920, 3, 2), Date(1990, 1990, 6, 4), (70, 70)),
        (Date(1920, 1929), Date(1990, 1990), (60, 70)),  # the 1920s
    ],
)
def test_lived_allows_the_ages_the_dates_leave_open(born: Date, died: Date, ages: tuple[int, int]) -> None:
    assert _lived(born, died) == ages


@pytest.mark.parametrize(
    ("first", "second", "values"),
    [
        ("Dana Reyes (4 June 1920 – 2 March 1990) was a British engineer.", "Reyes died in 1990, aged 74.", ["74", "born 1920, died 1990"]),
        ("Dana Reyes (1920 – 1990) was a British engineer.", "She died at the age of 74 in her home in York.", ["74", "born 1920, died 1990"]),
        ("Dana Reyes was born in 1920 in Leeds.", "Dana Reyes died in 1990 at the age of 74.", ["74", "born 1920, died 1990"]),
    ],
)
def test_con006_flags_an_age_at_death_the_dates_do_not_allow(first: str, second: str, values: list[str]) -> None:
    assert con006(first, "The weather was mild that spring.", second) == [("c3", ("c1",), values)]


@pytest.mark.parametrize(
    ("first", "second"),
    [
        # a birthday not yet reached, or reached
        ("Dana Reyes was born in 1920 in Leeds.", "Dana Reyes died in 1990 at the age of 69."),
        ("Dana Reyes (1920 – 1990) was a British engineer.", "Reyes died in 1990, aged 70."),
        # a floruit or a reign is no lifespan
        ("Dana Reyes (fl. 1920 – 1990) was a British engineer.", "Reyes died in 1990, aged 40."),
        # someone else died
        ("Dana Reyes (born 1920) was a British engineer.", "Her husband, Tom Reyes, died in 1990 at the age of 40."),
        ("Dana Reyes (born 1920) was a British engineer.", "Reyes's father died in 1990 at the age of 40."),
        # no year of death to compare with
        ("Dana Reyes (born 1920) was a British engineer.", "Reyes died at the age of 40."),
    ],
)
def test_con006_leaves_ages_at_death_the_dates_allow(first: str, second: str) -> None:
    assert con006(first, "The weather was mild that spring.", second) == []


def test_con006_leaves_a_surname_two_people_share() -> None:
    found = con006(
        "Dana Reyes (1920 – 1990) was a British engineer.",
        "Her brother Tom Reyes died in 1985 at the age of 71.",
        "Reyes died in 1990, aged 74.",
    )
    assert found == []

"""Two names given one superlative of one thing (auditor.compare.superlatives, reported as CON006).

Every sentence here is invented for the test."""

from __future__ import annotations

import pytest

from tests.conflicts import Conflict, conflicts


def con006(*sentences: str) -> list[Conflict]:
    return conflicts("CON006", *sentences)


@pytest.mark.parametrize(
    ("first", "second", "names"),
    [
        (
            "Mount Arvel is the highest summit of the Tarn range, first climbed in 1850.",
            "Mount Breck is the highest summit of the Tarn range.",
            ["mount arvel", "mount breck"],
        ),
        (
            "Ada Kerr was the first woman to fly solo across the Irish Sea.",
            "Mary Vale became the first woman to fly solo across the Irish Sea.",
            ["ada kerr", "mary vale"],
        ),
    ],
)
def test_con006_flags_one_superlative_given_to_two_names(first: str, second: str, names: list[str]) -> None:
    assert con006(first, "It is popular with walkers.", second) == [("c3", ("c1",), names)]


@pytest.mark.parametrize(
    ("first", "second"),
    [
        # of two things
        ("Mount Arvel is the highest summit of the Tarn range.", "Mount Breck is the highest summit of the Corran range."),
        # then and now
        ("The Halden Tower was the tallest building in the city.", "The Marsh Tower is the tallest building in the city."),
        # two years
        ("Halden Mills was the largest employer in the town in 1950.", "Corran Steel was the largest employer in the town in 1990."),
        # one name, written in full and short
        ("Mount Arvel is the highest summit of the Tarn range.", "Arvel is the highest summit of the Tarn range."),
        # an opinion
        ("Ada Kerr is the best pilot in the Irish Sea club.", "Mary Vale is the best pilot in the Irish Sea club."),
    ],
)
def test_con006_leaves_other_things_times_and_opinions_alone(first: str, second: str) -> None:
    assert con006(first, "It is popular with walkers.", second) == []

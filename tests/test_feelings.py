"""One claim that gives a feeling about something and the opposite feeling about the same thing
(auditor.compare.feelings, reported as CON005). Every sentence here is invented for the test."""

from __future__ import annotations

import pytest

from auditor.compare.feelings import find_feelings
from tests.conflicts import conflicts


@pytest.mark.parametrize(
    ("text", "sides"),
    [
        ("Kerr is upset when visitors move the chairs, explaining that she does not mind the chairs being moved.",
         [("upset", True), ("mind", False)]),
        ("Kerr was not happy about the opening hours.", [("happy", True)]),
        ("Kerr objects to the fee.", [("objects", True)]),
        ("Kerr changes her mind about the fee.", []),  # a mind changed is no feeling
        ("The object of the fee is to pay for books.", []),
        ("At first Kerr hated the new hours, but she came to enjoy them.", []),  # two times
    ],
)
def test_find_feelings_reads_each_feeling_and_its_side(text: str, sides: list[tuple[str, bool]]) -> None:
    assert [(f.word, f.against) for f in find_feelings(0, text)] == sides


def con005(*sentences: str) -> list[tuple[str, tuple[str, ...], list[str]]]:
    return conflicts("CON005", *sentences)


def test_con005_flags_opposite_feelings_about_one_act_in_one_claim() -> None:
    found = con005(
        "The library opens at seven on weekdays.",
        "Kerr is upset when visitors move the chairs, explaining that she does not mind the chairs being moved.",
    )
    assert found == [("c2", (), ["upset", "mind"])]


@pytest.mark.parametrize(
    "text",
    [
        "Kerr is upset when visitors move the chairs, explaining that she does not mind the noise.",  # two things
        "Kerr loves the reading room and hates the reading room's lights.",  # set side by side on purpose
        "Kerr was angry when the chairs were moved; later she was glad the chairs were moved.",  # two times
        "Kerr is pleased when visitors move the chairs, explaining that she does not mind the chairs being moved.",
        "Readers who loved the library's first catalogue hated the library's second catalogue.",  # two catalogues
        "Some visitors love the reading chairs, others hate the reading chairs.",  # two groups of people
    ],
)
def test_con005_leaves_feelings_that_may_both_hold(text: str) -> None:
    assert con005("The library opens at seven on weekdays.", text) == []


@pytest.mark.parametrize(
    ("text", "values"),
    [
        ("Tom is furious that Anna sold the farm, saying he is glad she sold it.", ["furious", "glad"]),
        ("Mara is delighted when her sister borrows the car, insisting that she hates her car being borrowed.",
         ["delighted", "hates"]),
        ("The mayor welcomed the plan to close the bridge, explaining that he objects to closing the bridge.",
         ["welcomed", "objects"]),
    ],
)
def test_con005_reads_opposite_feelings_in_other_words(text: str, values: list[str]) -> None:
    assert con005("The library opens at seven on weekdays.", text) == [("c2", (), values)]

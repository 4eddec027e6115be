"""An age written before a name ("the 36-year-old Kevin Marsh") against one written after it ("Marsh, 38,"):
CON006 (auditor.compare.attributes). Every sentence here is invented for the test."""

from __future__ import annotations

import pytest

from tests.conflicts import Conflict, conflicts


def con006(*sentences: str) -> list[Conflict]:
    return conflicts("CON006", *sentences)


@pytest.mark.parametrize(
    ("first", "second", "values"),
    [
        ("Police followed 36-year-old Kevin Marsh of Austell to a pharmacy.", "Marsh, 38, was charged with robbery.", ["36", "38"]),
        ("Kevin Marsh, 36, was charged with robbery.", "The 38-year-old Kevin Marsh was released on bail.", ["36", "38"]),
        ("He was charged in the death of 50-year-old Walter Scott.", "The 52-year-old Scott was a father of four.", ["50", "52"]),
    ],
)
def test_con006_flags_two_ages_of_one_person_written_before_and_after_the_name(
    first: str, second: str, values: list[str]
) -> None:
    assert con006(first, "The weather was mild that spring.", second) == [("c3", ("c1",), values)]


@pytest.mark.parametrize(
    ("first", "second"),
    [
        # the same age
        ("Police followed 36-year-old Kevin Marsh to a pharmacy.", "Marsh, 36, was charged with robbery."),
        # the name qualifies a noun: a place, not a person
        ("A 41-year-old Sun Valley man was charged.", "A 44-year-old Sun Valley man was released."),
        # an age in another year
        ("Police followed 36-year-old Kevin Marsh to a pharmacy.", "In 2010, Marsh, 31, was charged with robbery."),
        # two people of one surname
        ("The 36-year-old Kevin Marsh was charged.", "Marsh, 38, the brother of Alan Marsh, was released."),
    ],
)
def test_con006_leaves_ages_that_may_both_hold(first: str, second: str) -> None:
    assert con006(first, "The weather was mild that spring.", second) == []

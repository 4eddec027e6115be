"""One day's count of an act against a smaller count of the whole event (auditor.compare.tallies, reported as
CON003). Every sentence here is invented for the test."""

from __future__ import annotations

import pytest

from auditor.compare.tallies import tally_conflicts
from tests.conflicts import conflicts

FILLER = "Crews worked through the night."


@pytest.mark.parametrize(
    ("day", "whole", "found"),
    [
        ("A wildfire destroyed 40 homes near Kelso on Tuesday.", "The fire, which destroyed 25 homes, is now contained.", [40, 25]),
        ("Police arrested 15 people at the march on Saturday.", "The 12 people arrested were released without charge.", [15, 12]),
        ("Police arrested 15 people at the march on Saturday.", "The 12 people arrested were released on Sunday.", [15, 12]),
        ("The storm damaged at least 30 boats in the harbour yesterday.", "The storm, which damaged 20 boats, moved east.", [30, 20]),
        ("The flood, which damaged nine bridges, has receded.", "The river damaged 11 bridges on 6 March.", [9, 11]),
        # the whole is as large or larger, another part, a bound, another place, or another day
        ("A wildfire destroyed 40 homes near Kelso on Tuesday.", "The fire, which destroyed 40 homes, is now contained.", []),
        ("A wildfire destroyed 40 homes near Kelso on Tuesday.", "The fire, which destroyed 65 homes, is now contained.", []),
        ("A wildfire destroyed 40 homes near Kelso on Tuesday.", "The fire, which destroyed 25 more homes, is contained.", []),
        ("A wildfire destroyed 40 homes near Kelso on Tuesday.", "The fire, which destroyed about 25 homes, is contained.", []),
        ("A wildfire destroyed 40 homes near Kelso on Tuesday.", "The fire, which destroyed 25 homes in Hawick, is out.", []),
        ("A wildfire destroyed 40 homes near Kelso on Tuesday.", "The fire, which destroyed 25 homes on Wednesday, is out.", []),
        ("A wildfire destroyed about 40 homes near Kelso on Tuesday.", "The fire, which destroyed 25 homes, is now contained.", []),
        ("A wildfire destroyed 40 homes near Kelso.", "The fire, which destroyed 25 homes, is now contained.", []),
    ],
)
def test_a_whole_smaller_than_a_day(day: str, whole: str, found: list[int]) -> None:
    got = [[a.value, b.value] for a, b in tally_conflicts([day, FILLER, whole])]
    assert got == ([found] if found else [])


def test_two_days_or_two_descriptions_are_not_read() -> None:
    days = ["The fire destroyed 40 homes on Tuesday.", "It destroyed 30 homes on Wednesday.", "The fire, which destroyed 25 homes, is out."]
    assert tally_conflicts(days) == []
    wholes = ["The fire destroyed 40 homes on Tuesday.", "The fire, which destroyed 25 homes, is out.",
              "The blaze, which destroyed 12 homes, started in a barn."]
    assert tally_conflicts(wholes) == []


def test_the_rule_names_both_claims() -> None:
    found = conflicts("CON003", "A wildfire destroyed 40 homes near Kelso on Tuesday.", FILLER,
                      "The fire, which destroyed 25 homes, is now contained.")
    assert found == [("c3", ("c1",), [40, 25])]

"""A level its subject has ("its 3,800 employees") in a claim dated by the day of an event is the subject's level,
not that day's (auditor.compare.figures, CON003). Every sentence here is invented for the test."""

from __future__ import annotations

import pytest

from tests.conflicts import conflicts

FILLER = "Pay talks have gone on since the spring."


@pytest.mark.parametrize(
    ("first", "second", "found"),
    [
        ("The Northvale Trust has a staff of 4,100.", "Managers met its 3,800 employees on Tuesday.", ["4,100", "3,800"]),
        ("The Kelso Rowing Club has 450 members.", "Its coach wrote to the club's 540 members on Friday.", ["450", "540"]),
        # the same value; a change on a day; two days' changes; another year
        ("The Northvale Trust has a staff of 4,100.", "Managers met its 4,100 employees on Tuesday.", []),
        ("The Northvale Trust cut 400 jobs on Monday.", "The trust cut 300 jobs on Tuesday.", []),
        ("The Northvale Trust has a staff of 4,100.", "Managers met its 3,800 employees on Tuesday in 2019.", []),
    ],
)
def test_an_owned_level_on_an_event_day(first: str, second: str, found: list[str]) -> None:
    got = conflicts("CON003", first, FILLER, second)
    assert [[str(v) for v in values] for _, _, values in got] == ([found] if found else [])

"""A later claim that brings in another thing with an indefinite subject ("A sister plant in Leeds has 600
workers") does not count what an earlier claim counted (auditor.compare.figures, CON003). Every sentence here is
invented for the test."""

from __future__ import annotations

import pytest

from tests.conflicts import conflicts

FILLER = "Orders have grown since the spring."


@pytest.mark.parametrize(
    ("first", "second", "found"),
    [
        # another thing, brought in with "a", "another" or "one"
        ("The plant employs 800 workers.", "A sister plant in Leeds has 600 workers.", False),
        ("The depot employs 120 drivers.", "Another depot employs 90 drivers.", False),
        ("The plant employs 800 workers.", "One plant near the port has 600 workers.", False),
        # the same thing: introduced first, then named again; or the figure's own phrase opens the claim
        ("A plant in Leeds has 600 workers.", "The plant employs 800 workers.", True),
        ("The Kelso plant employs 800 workers.", "The Kelso plant has 600 workers.", True),
    ],
)
def test_another_owner(first: str, second: str, found: bool) -> None:
    assert bool(conflicts("CON003", first, FILLER, second)) is found

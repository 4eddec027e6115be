"""An absolute bounded in time ("had never won the title before 2015") is not contradicted by an instance after
the bound (auditor.checks.negation, CON005). Every sentence here is invented for the test."""

from __future__ import annotations

import pytest

from tests.conflicts import conflicts

FILLER = "The club was founded by dock workers and now has 300 members."


@pytest.mark.parametrize(
    ("absolute", "instance", "found"),
    [
        ("The club has never won the national title.", "The club won the national title in 2015 and again in 2018.", True),
        ("The Tarrow club has never won the county cup.", "The club won the county cup in 2019.", True),
        ("Dana Pryce has never lost a case.", "Pryce lost two cases in 2019.", True),
        # bounded: up to a time, or not yet
        ("The club had never won the national title before 2015.", "The club won the national title in 2015 and again in 2018.", False),
        ("The club had never won the national title until 2015.", "The club won the national title in 2015.", False),
        ("The club has never won the county cup since 1990.", "The club won the county cup in 1987.", False),
        ("The club had never won the county cup by then.", "The club won the county cup in 2019.", False),
        # "before" a court, a jury or a crowd is a place, not a bound in time
        ("Dana Pryce has never lost a case before a jury.", "Pryce lost two cases before a jury in 2019.", True),
        ("The club has never lost before its home crowd.", "The club lost twice before its home crowd in 2021.", True),
        ("The club had never lost before the 2019 season.", "The club lost twice in 2021.", False),
        # the absolute qualified further in its own clause: another cause than the instance's
        ("The airline has never cancelled a flight because of fog.", "The airline cancelled 40 flights because of snow in 2021.", False),
        ("The airline has never cancelled a flight because of snow.", "The airline cancelled 40 flights because of snow in 2021.", True),
        ("The firm has never lost a case in the county court.", "The firm lost two cases in the county court in 2019.", True),
        ("The firm has never lost a case at the tribunal, its founder said.", "In 2021 the firm lost three cases at the tribunal.", True),
    ],
)
def test_a_bounded_absolute(absolute: str, instance: str, found: bool) -> None:
    assert bool(conflicts("CON005", absolute, FILLER, instance)) is found

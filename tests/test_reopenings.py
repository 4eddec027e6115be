"""A thing said to reopen before the day it is closed until, or on two whole dates (auditor.compare.reopenings,
reported as CON004). Every sentence here is invented for the test."""

from __future__ import annotations

from pathlib import Path

import pytest

import auditor
from auditor.compare.reopenings import find_reopenings

FILLER = "The council met on a rainy evening and several residents spoke about parking."


def con004(first: str, second: str) -> list[str]:
    report = auditor.audit_text(f"{first}\n\n{FILLER}\n\n{second}\n", input_format="text", source="test")
    return [f.rule for f in report.findings if f.rule == "CON004"]


def test_a_closure_and_a_reopening_are_read_with_their_thing() -> None:
    (closed,) = find_reopenings(0, "The pool is closed until Friday, June 12th for repairs.")
    assert (closed.thing, closed.kind, closed.month, closed.day, closed.year) == ("pool", "until", 6, 12, None)
    (opened,) = find_reopenings(0, "Since it reopened on 2 June 2019, the museum has welcomed record crowds.")
    assert (opened.thing, opened.kind, opened.year) == ("museum", "reopen", 2019)


@pytest.mark.parametrize(
    ("first", "second"),
    [
        ("The pool is closed until Friday, June 12th for repairs.", "The pool reopens Thursday, June 11th at 6am."),
        ("The A68 bridge will remain closed until 14 June.", "The A68 bridge reopens on 9 June after resurfacing."),
        ("Kelso Library has been shut until 3 October while the roof is fixed.", "Kelso Library reopened on 28 September."),
        ("The ferry service is suspended until April 20.", "The ferry service resumes on April 12, the operator said."),
        ("The observatory is closed to the public until 1 May 2024.", "The observatory reopened to the public on 15 April 2024."),
        ("The museum reopened to the public on 14 March 2019 after a long renovation.",
         "Since it reopened on 2 June 2019, the museum has welcomed record crowds."),
        ("The library reopened on 3 May 2021 after repairs.",
         "Since reopening on 17 August 2021, the library has lent 40,000 books."),
    ],
)
def test_a_reopening_told_two_ways_is_flagged(first: str, second: str) -> None:
    assert con004(first, second) == ["CON004"]


@pytest.mark.parametrize(
    ("first", "second"),
    [
        # the day after, or later: "closed until Thursday" may mean it opens on Friday
        ("The pool is closed until Friday, June 12th for repairs.", "The pool reopens Saturday, June 13th at 6am."),
        # another thing
        ("The pool is closed until March 11.", "The gym reopens on March 10."),
        # a moved date
        ("The bridge had been due to stay closed until 14 June.", "The bridge reopened on 9 June, earlier than planned."),
        # a partial reopening
        ("The ferry service is suspended until April 20.", "The ferry service partially resumes on April 12."),
        # a reopening told again, and a closure across the new year
        ("The museum reopened on 14 March 2019.", "The museum closed again in May and reopened on 2 June 2019."),
        ("The rink is closed until 2 January.", "The rink reopens on 30 December for a single gala."),
        # a hope, not a date
        ("The pool is closed until March 11.", "Swimmers hope the pool reopens on March 9."),
    ],
)
def test_reopenings_that_can_both_hold_are_silent(first: str, second: str) -> None:
    assert con004(first, second) == []


def test_fixture_reopening_before_the_closure_ends() -> None:
    path = Path(__file__).resolve().parent.parent / "fixtures" / "articles" / "CON004-reopening-before-closure-ends.md"
    found = [f for f in auditor.audit_path(path).findings if f.rule == "CON004"]
    assert len(found) == 1
    assert "closed until" in found[0].message

"""Figures of one thing that are not one quantity (issue 7, contra16): a rate against a level ("carries 400
passengers" / "carries 2,000 passengers a day"), a level told after an event against one told without it ("had
400 beds" / "After the extension the hospital has 520 beds"), and a fronted size in an article that has another
thing of its kind ("a tower" elsewhere: ``sizes._sole`` read "a " with its space and never matched it). Each quiet
case has a twin that still conflicts, so the readers are narrowed, not switched off. Every sentence here is
invented for the test, in other wordings and domains than the fixtures."""

from __future__ import annotations

import pytest

from auditor.compare.measures import rate_of
from auditor.compare.quantities import find_quantities
from auditor.compare.setting import event_frames
from auditor.compare.sizes import _sole, fronted_sizes
from tests.test_everyday_contradictions import article, con_rules

FILLER = "Local reporters covered the story."

# a rate against a level, or against a rate of another period: quiet
RATES = [
    ("The Harbour Street bakery sells 300 loaves.", "The Harbour Street bakery sells 1,200 loaves a week."),
    ("The Dunmore food bank serves 90 families.", "The Dunmore food bank serves 240 families every month."),
    ("The Ostrava plant makes 800 cars.", "The Ostrava plant makes 150 cars daily."),
    ("Pellow library lends 4,000 books a month.", "Pellow library lends 40,000 books a year."),
    ("Revenue at Tolland Mills grew 4% a year.", "Revenue at Tolland Mills grew 11%."),
    ("The clinic sees 60 patients per day.", "The clinic sees 250 patients."),
]

# the same rate, or the same level, told twice: still a conflict
SAME_RATES = [
    ("The Harbour Street bakery sells 300 loaves a week.", "The Harbour Street bakery sells 1,200 loaves a week."),
    ("The Dunmore food bank serves 90 families every month.", "The Dunmore food bank serves 240 families every month."),
    ("The Ostrava plant makes 800 cars.", "The Ostrava plant makes 150 cars."),
]

# a level set after (or before) an event against a level with no such frame: quiet
EVENTS = [
    ("The school had 310 pupils.", "Since the merger, the school has 540 pupils."),
    ("The museum had 30,000 visitors.", "Following the refurbishment, the museum welcomed 45,000 visitors."),
    ("The club had 120 members.", "After the relaunch the club has 260 members."),
    ("Before the takeover, the brewery employed 85 people.", "The brewery employs 140 people."),
    ("The orchestra has 70 players.", "Until the cuts, the orchestra had 95 players."),
    ("In the wake of the floods, the shelter housed 400 people.", "The shelter housed 150 people."),
]

# the same event frame on both sides, or none: still a conflict
SAME_EVENTS = [
    ("Since the merger, the school has 310 pupils.", "Since the merger, the school has 540 pupils."),
    ("The club had 120 members.", "The club had 260 members."),
]


@pytest.mark.parametrize(("first", "later"), RATES, ids=[r[1][:40] for r in RATES])
def test_rate_and_level_are_apart(first: str, later: str) -> None:
    assert con_rules(article(first, FILLER, later)) == []


@pytest.mark.parametrize(("first", "later"), SAME_RATES, ids=[r[1][:40] for r in SAME_RATES])
def test_same_rate_still_conflicts(first: str, later: str) -> None:
    assert con_rules(article(first, FILLER, later)) == ["CON003"]


@pytest.mark.parametrize(("first", "later"), EVENTS, ids=[r[1][:40] for r in EVENTS])
def test_level_after_an_event_is_apart(first: str, later: str) -> None:
    assert con_rules(article(first, FILLER, later)) == []


@pytest.mark.parametrize(("first", "later"), SAME_EVENTS, ids=[r[1][:40] for r in SAME_EVENTS])
def test_same_event_frame_still_conflicts(first: str, later: str) -> None:
    assert con_rules(article(first, FILLER, later)) == ["CON003"]


def test_rate_of_reads_the_period() -> None:
    def rate(text: str) -> str:
        return rate_of(text, find_quantities(text)[0])

    assert rate("carries 2,000 passengers a day") == "day"
    assert rate("serves 300 meals nightly") == "day"
    assert rate("grew 5% per annum") == "year"
    assert rate("carries 2,000 passengers") == ""
    assert rate("had 2,000 passengers a year ago") == ""  # dates, does not divide
    assert rate("had 2,000 passengers, a year after it opened") == ""  # another clause


def test_event_frames() -> None:
    assert event_frames("After the extension the hospital has 520 beds.") == {"after:extensio"}  # stemmed
    assert event_frames("Since the 2019 refit, it seats 900.") == {"since:refit"}
    assert event_frames("Since 2008 it has grown.") == frozenset()  # a year is read as a year
    assert event_frames("The hospital has 520 beds.") == frozenset()


def test_sole_sees_an_indefinite_one() -> None:
    assert not _sole("tower", ["The town also has a tower by the harbour."])
    assert not _sole("tower", ["Another tower was built in 1990."])
    assert not _sole("tower", ["There are two towers."])
    assert _sole("tower", ["The tower is 18 metres tall.", "Its tower was rebuilt."])
    texts = ["The tower is 180 metres tall.", "At 210 metres, the tower is the tallest.", "A tower is planned nearby."]
    assert fronted_sizes(texts, frozenset()) == []
    assert len(fronted_sizes(texts[:2], frozenset())) == 1
